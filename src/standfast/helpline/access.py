"""What staff may see and do, decided in one place, with every view and change audited.

Rules:
- a case worker (and an admin) sees and opens only the cases assigned to them;
- a supervisor sees the whole queue, opens every case, assigns and closes cases, reads the audit;
- an admin manages accounts and does not read case content unless a case is assigned to them.

Reading content needs the case key, which opens only with the staff member's own secret (held in
memory for their session): even a bug in these checks cannot show a case to someone who holds no
wrap of its key. Assigning gives the new holder a wrap and takes the previous one's away.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO

import sqlalchemy as sa

from standfast.errors import NotFound, Refused, UsageError
from standfast.helpline import casekeys, crypto, retention
from standfast.helpline import schema as t
from standfast.helpline.handover import append_custody
from standfast.helpline.staff import Role, Staff
from standfast.helpline.store import Helpline
from standfast.vault.blobs import BlobStore

PAGE = 50
NO_ACCESS = "You do not have access to this case."


@dataclass
class QueueRow:
    id: str
    state: str
    imported_at: datetime
    due_at: datetime | None
    assigned: str | None
    items: int
    title: str | None  # None when the viewer may not read it


def sees_all(staff: Staff) -> bool:
    return staff.role is Role.SUPERVISOR


def queue(hl: Helpline, staff: Staff, *, state: str | None = None, unassigned: bool = False,
          page: int = 0) -> list[QueueRow]:
    """The queue this staff member may see: a supervisor's is every case, anyone else's their own."""
    q = (sa.select(t.case.c.id, t.case.c.state, t.case.c.imported_at, t.case.c.due_at, t.user.c.name,
                   t.case.c.title_sealed, t.case_key.c.wrapped)
         .select_from(t.case)
         .outerjoin(t.user, t.user.c.id == t.case.c.assigned_to)
         .outerjoin(t.case_key, sa.and_(t.case_key.c.case_id == t.case.c.id, t.case_key.c.holder == staff.id)))
    if not sees_all(staff):
        q = q.where(t.case.c.assigned_to == staff.id)
    if state:
        q = q.where(t.case.c.state == state)
    if unassigned:
        q = q.where(t.case.c.assigned_to.is_(None))
    q = q.order_by(t.case.c.due_at.asc().nulls_last(), t.case.c.imported_at.asc()).limit(PAGE).offset(
        max(page, 0) * PAGE)
    with hl.read() as c:
        found = c.execute(q).all()
        # Items are counted for this page's cases only (the primary key starts with the case id).
        ids = [r[0] for r in found]
        counts: dict[str, int] = {}
        if ids:
            for row in c.execute(sa.select(t.item.c.case_id, sa.func.count().label("n"))
                                 .where(t.item.c.case_id.in_(ids)).group_by(t.item.c.case_id)):
                counts[str(row.case_id)] = int(row.n)
    rows = [(r[0], r[1], r[2], r[3], r[4], counts.get(r[0], 0), r[5], r[6]) for r in found]
    out = []
    for r in rows:
        title = None
        if r[7] is not None and r[6] is not None:
            key = casekeys.unwrap(staff.identity, bytes(r[7]), staff.keys)
            title = crypto.unseal(casekeys.seal_key(key), bytes(r[6]), purpose=f"case-title/{r[0]}").decode()
        out.append(QueueRow(r[0], r[1], r[2], r[3], r[4], int(r[5]), title))
    return out


def _case_row(c: sa.Connection, case_id: str) -> Any:
    row = c.execute(sa.select(t.case).where(t.case.c.id == case_id)).first()
    if row is None:
        raise NotFound("There is no such case.")
    return row


def _may_open(staff: Staff, row: Any) -> bool:
    return sees_all(staff) or row.assigned_to == staff.id


def open_case(hl: Helpline, staff: Staff, case_id: str) -> dict[str, Any]:
    """A case's details and items, opened with the viewer's own key; the view is audited."""
    with hl.viewing() as c:
        row = _case_row(c, case_id)
        if not _may_open(staff, row):
            hl.audit(c, "case.refused", case_id=case_id, actor=staff.actor)
            c.commit()
            raise Refused(NO_ACCESS)
        if row.state == "purged":
            hl.audit(c, "case.opened", case_id=case_id, actor=staff.actor, details={"purged": True})
            return {"id": case_id, "state": "purged", "title": None, "items": [], "row": row}
        key = casekeys.open_key(c, case_id, staff.id, staff.identity, staff.keys)
        sk = casekeys.seal_key(key)
        title = crypto.unseal(sk, bytes(row.title_sealed), purpose=f"case-title/{case_id}").decode()
        items = []
        for it in c.execute(sa.select(t.item).where(t.item.c.case_id == case_id).order_by(t.item.c.id)):
            private = json.loads(crypto.unseal(sk, bytes(it.sealed), purpose=f"item/{case_id}/{it.id}"))
            items.append({"id": it.id, "kind": it.kind, "sha256": it.sha256, "size": it.size, "mime": it.mime,
                          "intimate": it.intimate, "stored": it.blob_id is not None, **private})
        hl.audit(c, "case.opened", case_id=case_id, actor=staff.actor)
    return {"id": case_id, "state": row.state, "title": title, "items": items, "row": row}


def open_item(hl: Helpline, staff: Staff, case_id: str, item_id: str) -> tuple[dict[str, Any], BinaryIO]:
    """An item's stored bytes (decrypting stream) and details; audited."""
    with hl.viewing() as c:
        row = _case_row(c, case_id)
        if not _may_open(staff, row):
            hl.audit(c, "item.refused", case_id=case_id, item_id=item_id[:64], actor=staff.actor)
            c.commit()
            raise Refused(NO_ACCESS)
        it = c.execute(sa.select(t.item).where(t.item.c.case_id == case_id, t.item.c.id == item_id)).first()
        if it is None or it.blob_id is None:
            raise NotFound("There is no stored file for this item.")
        key = casekeys.open_key(c, case_id, staff.id, staff.identity, staff.keys)
        private = json.loads(crypto.unseal(casekeys.seal_key(key), bytes(it.sealed),
                                           purpose=f"item/{case_id}/{it.id}"))
        hl.audit(c, "item.opened", case_id=case_id, item_id=item_id, actor=staff.actor)
    store = BlobStore(hl.blobs_root, casekeys.blob_key(key))
    try:
        data = b"".join(store.chunks(it.blob_id))
    finally:
        store.close()
    import io

    return {"name": private.get("original_name") or it.id, "mime": it.mime, "size": it.size}, io.BytesIO(data)


def assign(hl: Helpline, staff: Staff, case_id: str, user_id: str | None) -> None:
    """A supervisor gives a case to a staff member (or takes it back with ``None``): a re-wrap of its key."""
    if not sees_all(staff):
        with hl.transaction() as c:
            hl.audit(c, "case.assign_refused", case_id=case_id, actor=staff.actor)
        raise Refused("Only a supervisor can assign cases.")
    with hl.transaction() as c:
        row = c.execute(sa.select(t.case).where(t.case.c.id == case_id).with_for_update()).first()
        if row is None:
            raise NotFound("There is no such case.")
        if row.state == "purged":
            raise UsageError("This case's content was deleted; it cannot be assigned.")
        target = None
        if user_id:
            target = c.execute(sa.select(t.user).where(t.user.c.id == user_id, t.user.c.active)).first()
            if target is None or target.role == Role.SUPERVISOR.value:
                raise UsageError("Choose an active case worker or admin.")
        key = casekeys.open_key(c, case_id, staff.id, staff.identity, staff.keys)
        previous = row.assigned_to
        if previous and previous != user_id:
            casekeys.revoke(c, case_id, previous)
        if target is not None:
            casekeys.grant(c, case_id, target.id, target.public_key, key)
        state = "open" if target is not None and row.state == "new" else row.state
        c.execute(sa.update(t.case).where(t.case.c.id == case_id).values(assigned_to=user_id or None, state=state))
        details = {"to": user_id, "from": previous}
        append_custody(hl, c, case_id, "helpline.assigned", details=details, actor=staff.actor, case_key=key)
        hl.audit(c, "case.assigned", case_id=case_id, details=details, actor=staff.actor)


def close_case(hl: Helpline, staff: Staff, case_id: str) -> dict[str, Any]:
    """Supervisors and the assigned worker close a case; its content is then due for purge."""
    with hl.read() as c:
        row = _case_row(c, case_id)
    if not _may_open(staff, row):
        with hl.transaction() as c:
            hl.audit(c, "case.close_refused", case_id=case_id, actor=staff.actor)
        raise Refused(NO_ACCESS)
    return retention.close_case(hl, case_id, actor=staff.actor)


def staff_list(hl: Helpline, staff: Staff) -> list[dict[str, Any]]:
    """Accounts (admins see all details; supervisors see who can be assigned)."""
    if staff.role is Role.CASEWORKER:
        raise Refused("Only administrators and supervisors can see the staff list.")
    with hl.read() as c:
        rows = c.execute(sa.select(t.user.c.id, t.user.c.name, t.user.c.role, t.user.c.active,
                                   t.user.c.locked_until).order_by(t.user.c.name)).all()
    return [{"id": r.id, "name": r.name, "role": r.role, "active": r.active, "locked": r.locked_until is not None}
            for r in rows]


def unlock_account(hl: Helpline, staff: Staff, user_id: str) -> None:
    if staff.role is not Role.ADMIN:
        with hl.transaction() as c:
            hl.audit(c, "user.unlock_refused", actor=staff.actor, details={"user": user_id})
        raise Refused("Only an administrator can unlock accounts.")
    with hl.transaction() as c:
        done = c.execute(sa.update(t.user).where(t.user.c.id == user_id).values(failed_logins=0, locked_until=None))
        if not done.rowcount:
            raise NotFound("There is no such account.")
        hl.audit(c, "user.unlocked", actor=staff.actor, details={"user": user_id})


def audit_page(hl: Helpline, staff: Staff, *, case_id: str | None = None) -> list[dict[str, Any]]:
    """The audit entries, for supervisors only; reading them is audited."""
    if staff.role is not Role.SUPERVISOR:
        with hl.transaction() as c:
            hl.audit(c, "audit.refused", actor=staff.actor)
        raise Refused("Only supervisors can read the audit log.")
    entries = hl.audit_entries(case_id)
    with hl.viewing() as c:
        hl.audit(c, "audit.read", case_id=case_id, actor=staff.actor, details={"entries": len(entries)})
    return [e.to_json() for e in entries]
