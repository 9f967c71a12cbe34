"""What a helpline's operator does from the server's command line: create it, add staff, import, audit.

Each function takes the open :class:`~standfast.helpline.store.Helpline` (or what creates one) and
lets the helpline concern write the audit chain in the same transaction as the change. The web
queue's actions (sign in, open a case, assign) live in ``standfast.helpline.access`` and are
called by ``standfast.helpline.web`` the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from standfast.helpline.handover import CaseCheck, Imported
    from standfast.helpline.store import AuditEntry, Helpline


def init_helpline(url: str, blobs: Path, passphrase: str, *, actor: str) -> tuple[Helpline, str]:
    """Create the schema (migrations), the helpline's keys and its evidence folder; returns the recovery key."""
    from standfast.helpline.store import Helpline

    return Helpline.create(url, Path(blobs), passphrase, actor=actor)


def open_helpline(url: str, passphrase: str, *, actor: str) -> Helpline:
    from standfast.helpline.store import Helpline

    return Helpline.open(url, passphrase, actor=actor)


def public_key_text(hl: Helpline, *, name: str = "") -> str:
    """The key file a person saves and passes to ``standfast share`` (audited: it is given out)."""
    from standfast.helpline.bundle import key_file_text

    with hl.transaction() as c:
        hl.audit(c, "helpline.key_shown", details={"fingerprint": hl.fingerprint})
    return key_file_text(hl.public_key, name or "helpline")


def import_bundle(hl: Helpline, bundle: Path) -> Imported:
    """Check and import a hand-over bundle; the case's custody chain continues here."""
    from standfast.helpline.handover import import_bundle as do_import

    return do_import(hl, Path(bundle))


def verify_case(hl: Helpline, case_id: str) -> CaseCheck:
    from standfast.helpline.handover import verify_case as check

    return check(hl, case_id)


def add_user(hl: Helpline, name: str, role: str, password: str) -> tuple[str, str]:
    """A staff account; returns its id and the TOTP enrolment URI (shown once)."""
    from standfast.helpline.staff import add_user as add

    return add(hl, name, role, password)


def audit_log(hl: Helpline, *, case_id: str | None = None) -> list[AuditEntry]:
    """The audit entries (all, or one case's); reading them is itself audited."""
    entries = hl.audit_entries(case_id)
    with hl.transaction() as c:
        hl.audit(c, "audit.read", case_id=case_id, details={"entries": len(entries)})
    return entries


def check_audit(hl: Helpline) -> tuple[list[str], int]:
    return hl.check_audit()


def run_retention(hl: Helpline) -> list[dict[str, Any]]:
    """Purge the content of closed cases whose retention period has passed; each purge is audited."""
    from standfast.helpline.retention import purge_due

    return purge_due(hl)
