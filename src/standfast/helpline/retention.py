"""Retention: a closed case's content is purged once the helpline's retention period has passed.

Purging deletes the evidence files, the item rows' sealed details and every wrap of the case key
(so nothing left can be opened), and keeps what the audit needs: the case row (state ``purged``,
dates, source fingerprint), the items' hashes and sizes, the custody chain and the audit chain.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import sqlalchemy as sa

from standfast.errors import UsageError
from standfast.helpline import schema as t
from standfast.helpline.handover import append_custody
from standfast.helpline.store import Helpline
from standfast.vault.db import utcnow

PURGED = b""


def close_case(hl: Helpline, case_id: str, *, actor: str | None = None) -> dict[str, Any]:
    """Close a case and schedule the purge of its content after the retention period."""
    now = utcnow()
    due = now + timedelta(days=hl.retention_days)
    with hl.transaction() as c:
        row = c.execute(sa.select(t.case.c.state).where(t.case.c.id == case_id).with_for_update()).first()
        if row is None:
            raise UsageError("There is no such case.")
        if row.state in ("closed", "purged"):
            raise UsageError("This case is already closed.")
        c.execute(sa.update(t.case).where(t.case.c.id == case_id).values(state="closed", closed_at=now,
                                                                          purge_after=due))
        append_custody(hl, c, case_id, "helpline.case_closed", details={"purge_after": due.isoformat()},
                       actor=actor)
        hl.audit(c, "case.closed", case_id=case_id, details={"purge_after": due.isoformat()}, actor=actor)
    return {"case": case_id, "purge_after": due.isoformat()}


def purge_due(hl: Helpline) -> list[dict[str, Any]]:
    """Purge every closed case whose ``purge_after`` has passed; returns what was purged."""
    now = utcnow()
    with hl.read() as c:
        due: list[str] = list(c.execute(sa.select(t.case.c.id).where(t.case.c.state == "closed",
                                                          t.case.c.purge_after <= now)).scalars())
    return [purge_case(hl, case_id) for case_id in due]


def purge_case(hl: Helpline, case_id: str) -> dict[str, Any]:
    with hl.transaction() as c:
        found: list[str | None] = list(c.execute(sa.select(t.item.c.blob_id).where(
            t.item.c.case_id == case_id)).scalars())
        blobs = [b for b in found if b]
        c.execute(sa.update(t.item).where(t.item.c.case_id == case_id).values(sealed=PURGED, blob_id=None,
                                                                              status="purged"))
        c.execute(sa.update(t.case).where(t.case.c.id == case_id).values(state="purged", purged_at=utcnow(),
                                                                          title_sealed=None))
        append_custody(hl, c, case_id, "helpline.content_purged", details={"files": len(blobs)})
        # What stays: the chain's links (hashes) and the audit; every entry's content goes with the key.
        c.execute(sa.update(t.custody).where(t.custody.c.case_id == case_id).values(sealed=None))
        c.execute(sa.delete(t.case_key).where(t.case_key.c.case_id == case_id))
        hl.audit(c, "case.purged", case_id=case_id, details={"files": len(blobs)})
    # After the commit: a crash here can leave files behind, but nothing can open them (every wrap of
    # their key is gone with the commit).
    for b in blobs:
        (hl.blobs_root / "blobs" / b).unlink(missing_ok=True)
    return {"case": case_id, "files": len(blobs)}
