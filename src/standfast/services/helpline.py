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


def init_helpline(url: str, blobs: Path, passphrase: str, *, actor: str,
                  retention_days: int = 365) -> tuple[Helpline, str]:
    """Create the schema (migrations), the helpline's keys and its evidence folder; returns the recovery key."""
    from standfast.helpline.store import Helpline

    return Helpline.create(url, Path(blobs), passphrase, actor=actor, retention_days=retention_days)


def open_helpline(url: str, passphrase: str, *, actor: str, pool_size: int = 5) -> Helpline:
    from standfast.helpline.store import Helpline

    return Helpline.open(url, passphrase, actor=actor, pool_size=pool_size)


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
    """Check a case's custody chain (audited: the operator read the case's log)."""
    from standfast.helpline.handover import verify_case as check

    result = check(hl, case_id)
    # The helpline's audit chain (and its head outside the database) is part of what a case's record rests on.
    audit_problems, _count = hl.check_audit()
    result.problems += [f"audit log: {p}" for p in audit_problems]
    with hl.transaction() as c:
        hl.audit(c, "case.verified", case_id=case_id, details={"ok": result.ok, "problems": len(result.problems)})
    return result


def serving(hl: Helpline, *, host: str, port: int, tls: bool) -> None:
    """Record that the web queue is being started (who started it, where, with or without TLS)."""
    with hl.transaction() as c:
        hl.audit(c, "helpline.serve", details={"host": host, "port": port, "tls": tls})


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

    done = purge_due(hl)
    with hl.transaction() as c:
        hl.audit(c, "retention.run", details={"purged": len(done)})
    return done


# -- the web queue's actions (staff signed in; every view and change audited by the concern) ----------

def sign_in(hl: Helpline, name: str, password: str, code: str) -> Any:
    """Password (Argon2id) and TOTP code; lockout after repeated failures. Returns the signed-in Staff."""
    from standfast.helpline.staff import sign_in as check

    return check(hl, name, password, code)


def queue(hl: Helpline, staff: Any, *, state: str | None = None, unassigned: bool = False,
          after: str | None = None, before: str | None = None) -> Any:
    """A page of the queue (rows, and where the next and previous pages start)."""
    from standfast.helpline import access

    return access.queue_page(hl, staff, state=state, unassigned=unassigned, after=after, before=before)


def open_case(hl: Helpline, staff: Any, case_id: str, *, after: str | None = None) -> dict[str, Any]:
    from standfast.helpline import access

    return access.open_case(hl, staff, case_id, after=after)


def open_item(hl: Helpline, staff: Any, case_id: str, item_id: str) -> tuple[dict[str, Any], Any]:
    from standfast.helpline import access

    return access.open_item(hl, staff, case_id, item_id)


def assign_case(hl: Helpline, staff: Any, case_id: str, user_id: str | None) -> None:
    """A supervisor assigns (re-wraps the case key for the new holder, removes the old holder's wrap)."""
    from standfast.helpline import access

    access.assign(hl, staff, case_id, user_id)


def close_case(hl: Helpline, staff: Any, case_id: str) -> dict[str, Any]:
    """Close a case; its content is purged after the helpline's retention period."""
    from standfast.helpline import access

    return access.close_case(hl, staff, case_id)


def staff_list(hl: Helpline, staff: Any) -> list[dict[str, Any]]:
    from standfast.helpline import access

    return access.staff_list(hl, staff)


def unlock_account(hl: Helpline, staff: Any, user_id: str) -> None:
    from standfast.helpline import access

    access.unlock_account(hl, staff, user_id)


def audit_page(hl: Helpline, staff: Any, *, case_id: str | None = None) -> list[dict[str, Any]]:
    from standfast.helpline import access

    return access.audit_page(hl, staff, case_id=case_id)
