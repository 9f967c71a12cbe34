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
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

import sqlalchemy as sa

from standfast.errors import NotFound, Refused, UsageError
from standfast.helpline import casekeys, crypto, retention
from standfast.helpline import schema as t
from standfast.helpline.handover import append_custody
from standfast.helpline.staff import Role, Staff
from standfast.helpline.store import Helpline
from standfast.vault.blobs import BlobStore

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
PAGE = 50
ITEM_PAGE = 100
NO_ACCESS = "You do not have access to this case."
BAD_PAGE = "That page link is not valid any more. Please start again from the first page."


@dataclass(slots=True)
class QueueRow:
    id: str
    state: str
    imported_at: datetime
    due_at: datetime | None
    assigned: str | None
    items: int
    title: str | None  # None when the viewer may not read it


@dataclass
class QueuePage:
    """One page of the queue, with where the next and the previous page start (None: there is none)."""

    rows: list[QueueRow]
    next: str | None
    previous: str | None


def sees_all(staff: Staff) -> bool:
    return staff.role is Role.SUPERVISOR


def _cursor(row: QueueRow) -> str:
    """A position in the queue's order (reply due, arrival, id) that a page link can carry."""
    due = "none" if row.due_at is None else str(_micros(row.due_at))
    return f"{due}.{_micros(row.imported_at)}.{row.id}"


def _micros(at: datetime) -> int:
    delta = at - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _parse_cursor(text: str) -> tuple[Any, datetime, str]:
    parts = text.split(".")
    if len(parts) != 3 or not all(parts) or len(parts[2]) > 64:
        raise UsageError(BAD_PAGE)
    try:
        due: Any = (sa.literal_column("'infinity'::timestamp with time zone", t.TS) if parts[0] == "none"
                    else sa.literal(_EPOCH + timedelta(microseconds=int(parts[0])), t.TS))
        imported = _EPOCH + timedelta(microseconds=int(parts[1]))
    except (ValueError, OverflowError):
        raise UsageError(BAD_PAGE) from None
    return due, imported, parts[2]


def queue(hl: Helpline, staff: Staff, *, state: str | None = None, unassigned: bool = False) -> list[QueueRow]:
    """The first page of the queue this staff member may see."""
    return queue_page(hl, staff, state=state, unassigned=unassigned).rows


def queue_page(hl: Helpline, staff: Staff, *, state: str | None = None, unassigned: bool = False,
               after: str | None = None, before: str | None = None) -> QueuePage:
    """A page of the queue this staff member may see: a supervisor's is every case, anyone else's their own.

    Pages follow the queue's order (reply due first, then oldest); ``after``/``before`` name the
    position a page link carries, and every filter reads its rows from its own index
    (migration h0004), so any page costs about the same as the first.
    """
    order = (t.DUE_ORDER, t.case.c.imported_at, t.case.c.id)
    q = (sa.select(t.case.c.id, t.case.c.state, t.case.c.imported_at, t.case.c.due_at, t.user.c.name,
                   t.case.c.item_count, t.case.c.title_sealed, t.case_key.c.wrapped)
         .select_from(t.case)
         .outerjoin(t.user, t.user.c.id == t.case.c.assigned_to)
         .outerjoin(t.case_key, sa.and_(t.case_key.c.case_id == t.case.c.id, t.case_key.c.holder == staff.id)))
    if not sees_all(staff):
        q = q.where(t.case.c.assigned_to == staff.id)
    if state:
        q = q.where(t.case.c.state == state)
    if unassigned:
        q = q.where(t.case.c.assigned_to.is_(None))
    backwards = before is not None and after is None
    mark = after if not backwards else before
    if mark is not None:
        position = sa.tuple_(*_parse_cursor(mark))
        q = q.where(sa.tuple_(*order) < position if backwards else sa.tuple_(*order) > position)
    q = q.order_by(*(c.desc() for c in order) if backwards else order).limit(PAGE + 1)
    with hl.read() as c:
        found = list(c.execute(q).all())
    more = len(found) > PAGE
    if backwards and not more:  # back at the start: show a whole first page
        return queue_page(hl, staff, state=state, unassigned=unassigned)
    found = found[:PAGE]
    if backwards:
        found.reverse()
    out = []
    for r in found:
        title = None
        if r.wrapped is not None and r.title_sealed is not None:
            opener = casekeys.open_wrapped(staff.identity, bytes(r.wrapped), staff.keys).opener
            title = opener.unseal(bytes(r.title_sealed), purpose=f"case-title/{r.id}").decode()
        out.append(QueueRow(r.id, r.state, r.imported_at, r.due_at, r.name, int(r.item_count), title))
    if not out:
        return QueuePage(out, None, None)
    later = True if backwards else more
    earlier = True if backwards else mark is not None
    return QueuePage(out, _cursor(out[-1]) if later else None, _cursor(out[0]) if earlier else None)


# What the case page lists of each item (not md5, status or the blob's name).
_ITEM_COLUMNS = (t.item.c.id, t.item.c.kind, t.item.c.sha256, t.item.c.size, t.item.c.mime, t.item.c.intimate,
                 t.item.c.blob_id.is_not(None).label("stored"), t.item.c.sealed)


def _case_row(c: sa.Connection, case_id: str) -> Any:
    row = c.execute(sa.select(t.case).where(t.case.c.id == case_id)).first()
    if row is None:
        raise NotFound("There is no such case.")
    return row


def _may_open(staff: Staff, row: Any) -> bool:
    return sees_all(staff) or row.assigned_to == staff.id


def open_case(hl: Helpline, staff: Staff, case_id: str, *, after: str | None = None) -> dict[str, Any]:
    """A case's details and a page of its items (those after item ``after``), opened with the viewer's
    own key; the view is audited in the same transaction as the reads."""
    with hl.viewing() as c:
        # The case and the viewer's own wrap of its key in one round trip.
        row = c.execute(sa.select(t.case, t.case_key.c.wrapped).select_from(t.case).outerjoin(
            t.case_key, sa.and_(t.case_key.c.case_id == t.case.c.id, t.case_key.c.holder == staff.id))
            .where(t.case.c.id == case_id)).first()
        if row is None:
            raise NotFound("There is no such case.")
        if not _may_open(staff, row):
            hl.audit(c, "case.refused", case_id=case_id, actor=staff.actor)
            c.commit()
            raise Refused(NO_ACCESS)
        if row.state == "purged":
            hl.audit(c, "case.opened", case_id=case_id, actor=staff.actor, details={"purged": True})
            return {"id": case_id, "state": "purged", "title": None, "items": [], "row": row, "next": None}
        if row.wrapped is None:  # past the role check, only the viewer's own wrap opens the content
            raise Refused(NO_ACCESS)
        opener = casekeys.open_wrapped(staff.identity, bytes(row.wrapped), staff.keys).opener
        title = opener.unseal(bytes(row.title_sealed), purpose=f"case-title/{case_id}").decode()
        q = sa.select(*_ITEM_COLUMNS).where(t.item.c.case_id == case_id)
        if after:
            q = q.where(t.item.c.id > after[:64])
        found = c.execute(q.order_by(t.item.c.id).limit(ITEM_PAGE + 1)).all()
        items = []
        for it in found[:ITEM_PAGE]:
            private = json.loads(opener.unseal(bytes(it.sealed), purpose=f"item/{case_id}/{it.id}").decode())
            items.append({"id": it.id, "kind": it.kind, "sha256": it.sha256, "size": it.size, "mime": it.mime,
                          "intimate": it.intimate, "stored": it.stored, **private})
        hl.audit(c, "case.opened", case_id=case_id, actor=staff.actor,
                 details={"items_after": after[:64]} if after else None)
    following = items[-1]["id"] if len(found) > ITEM_PAGE else None
    return {"id": case_id, "state": row.state, "title": title, "items": items, "row": row, "next": following}


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
