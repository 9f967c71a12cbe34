"""Tracked reports and payments kept on a case in the vault, each change with its custody entry.

Custody details name the entry, its channel and its state, never a reference number, a PIN, an
account or an amount: the log proves what was done and when, the sealed rows say the rest.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from standfast.errors import NotFound, UsageError
from standfast.tracker.clocks import Standing, clock_for, standing
from standfast.tracker.models import TrackerEntry, TrackerPayment
from standfast.vault.db import utcnow

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

METHODS = ("form", "email", "phone", "post", "in_person", "app")
KINDS = ("report", "notice", "handoff")


@dataclass(frozen=True)
class Tracked:
    """One tracked report as shown to people: its facts and where it stands now."""

    id: str
    case_id: str
    channel: str
    channel_name: str
    kind: str
    method: str | None
    state: str
    sent_at: datetime | None
    reference: str | None
    has_pin: bool
    notice: str | None
    clock: dict[str, Any] | None
    answers: list[dict[str, Any]]
    history: list[dict[str, Any]]
    note: str | None
    standing: Standing

    @property
    def due_at(self) -> datetime | None:
        return self.standing.due_at

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "case_id": self.case_id, "channel": self.channel, "channel_name": self.channel_name,
            "kind": self.kind, "method": self.method,
            "sent_at": self.sent_at.isoformat() if self.sent_at else None, "reference": self.reference,
            "state": self.state, "due_at": self.due_at.isoformat() if self.due_at else None,
            "overdue": self.standing.overdue, "pin_stored": self.has_pin, "notice": self.notice,
            "clock": self.clock, "answers": self.answers,
        }


def channel_entry(channel_id: str) -> Any:
    from standfast.guide.directory import get_entry

    return get_entry(channel_id)


def _tracked(row: TrackerEntry, now: datetime) -> Tracked:
    try:
        name = channel_entry(row.channel).name
    except UsageError:
        name = row.channel  # an entry later removed from the directory keeps its id
    return Tracked(
        id=row.id, case_id=row.case_id, channel=row.channel, channel_name=name, kind=row.kind, method=row.method,
        state=row.state, sent_at=row.sent_at, reference=row.reference, has_pin=bool(row.pin), notice=row.notice,
        clock=row.clock, answers=list(row.answers or []), history=list(row.history or []), note=row.note,
        standing=standing(row.state, row.sent_at, row.clock, now))


def add_entry(vault: Vault, case_id: str, channel_id: str, *, kind: str = "report", state: str = "sent",
              sent_at: datetime | None = None, reference: str | None = None, pin: str | None = None,
              method: str | None = None, notice: str | None = None, note: str | None = None) -> Tracked:
    entry = channel_entry(channel_id)  # UsageError for a channel the directory does not know
    if kind not in KINDS:
        raise UsageError(f"The kind must be one of {', '.join(KINDS)}.")
    if method is not None and method not in METHODS:
        raise UsageError(f"How it was sent must be one of {', '.join(METHODS)}.")
    now = utcnow()
    if state != "drafted" and sent_at is None:
        sent_at = now
    if sent_at is not None and sent_at > now:
        raise UsageError("The time it was sent is in the future. Give the time it was really sent.")
    clock = clock_for(entry.id, entry.kind, notice)
    row = TrackerEntry(id=secrets.token_hex(6), case_id=case_id, state=state, created_at=now, updated_at=now)
    row.channel, row.kind, row.method, row.sent_at = entry.id, kind, method, sent_at
    row.reference, row.pin, row.notice, row.note = reference or None, pin or None, notice, note
    row.clock = clock.to_dict() if clock else None
    row.answers, row.history = [], [{"state": state, "at": now.isoformat()}]
    with vault.transaction() as s:
        s.add(row)
        s.flush()
        vault.log(s, "tracker.added", case_id=case_id, details={
            "entry": row.id, "channel": entry.id, "kind": kind, "state": state,
            "clock": clock.id if clock else None, "reference_recorded": bool(reference), "pin_recorded": bool(pin)})
        return _tracked(row, now)


def _row(s: Any, case_id: str, entry_ref: str) -> TrackerEntry:
    ref = entry_ref.strip().lower()
    rows = [r for r in s.scalars(select(TrackerEntry).where(TrackerEntry.case_id == case_id))
            if r.id.startswith(ref)] if ref else []
    if len(rows) != 1:
        raise NotFound(f"No tracked report {entry_ref!r} in this case. `standfast track CASE` lists them."
                       if not rows else f"{entry_ref!r} fits more than one tracked report; type more of its id.")
    found: TrackerEntry = rows[0]
    return found


def update_entry(vault: Vault, case_id: str, entry_ref: str, *, state: str | None = None,
                 reference: str | None = None, pin: str | None = None, answer_item: str | None = None,
                 sent_at: datetime | None = None, note: str | None = None) -> Tracked:
    now = utcnow()
    with vault.transaction() as s:
        row = _row(s, case_id, entry_ref)
        changed: list[str] = []
        if state is not None and state != row.state:
            row.state = state
            row.history = [*row.history, {"state": state, "at": now.isoformat()}]
            changed.append("state")
            if state != "drafted" and row.sent_at is None:
                row.sent_at = sent_at or now
        if sent_at is not None and sent_at != row.sent_at:
            if sent_at > now:
                raise UsageError("The time it was sent is in the future. Give the time it was really sent.")
            row.sent_at = sent_at
            changed.append("sent_at")
        if reference:
            row.reference = reference
            changed.append("reference")
        if pin:
            row.pin = pin
            changed.append("pin")
        if note:
            row.note = note
            changed.append("note")
        if answer_item:
            row.answers = [*row.answers, {"item_id": answer_item, "at": now.isoformat(), "state": row.state}]
            changed.append("answer")
        row.updated_at = now
        vault.log(s, "tracker.updated", case_id=case_id, item_id=answer_item, details={
            "entry": row.id, "channel": row.channel, "state": row.state, "changed": changed})
        s.flush()
        return _tracked(row, now)


def reveal_pin(vault: Vault, case_id: str, entry_ref: str) -> str | None:
    """A hand-off's PIN, for the person to type into the service's site. Showing it is logged."""
    with vault.transaction() as s:
        row = _row(s, case_id, entry_ref)
        vault.log(s, "tracker.pin_shown", case_id=case_id, details={"entry": row.id, "channel": row.channel})
        return row.pin


def entries(vault: Vault, case_id: str | None = None, *, now: datetime | None = None,
            states: frozenset[str] | None = None) -> list[Tracked]:
    """Tracked reports of one case (or of every case), oldest first; only these states when given."""
    now = now or datetime.now(UTC)
    with vault.read() as s:
        query = select(TrackerEntry).order_by(TrackerEntry.created_at, TrackerEntry.id)
        if case_id is not None:
            query = query.where(TrackerEntry.case_id == case_id)
        if states is not None:  # the state is a clear column: rows that cannot be due are never opened
            query = query.where(TrackerEntry.state.in_(sorted(states)))
        return [_tracked(r, now) for r in s.scalars(query)]


def entry(vault: Vault, case_id: str, entry_ref: str, *, now: datetime | None = None) -> Tracked:
    with vault.read() as s:
        return _tracked(_row(s, case_id, entry_ref), now or datetime.now(UTC))


# -- payments ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Payment:
    id: str
    case_id: str
    amount: str
    currency: str
    method: str
    to_account: str
    txid: str | None
    paid_at: datetime | None
    checks: list[dict[str, Any]]
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "case_id": self.case_id, "amount": self.amount, "currency": self.currency,
                "method": self.method, "to": self.to_account, "txid": self.txid,
                "at": self.paid_at.isoformat() if self.paid_at else None, "checks": self.checks}


def _payment(row: TrackerPayment) -> Payment:
    return Payment(row.id, row.case_id, row.amount, row.currency, row.method, row.to_account, row.txid,
                   row.paid_at, list(row.checks or []), row.created_at)


def add_payment(vault: Vault, case_id: str, *, amount: str, currency: str, method: str, to_account: str,
                txid: str | None, paid_at: datetime | None, checks: list[dict[str, Any]]) -> Payment:
    now = utcnow()
    row = TrackerPayment(id=secrets.token_hex(6), case_id=case_id, created_at=now)
    row.amount, row.currency, row.method, row.to_account = amount, currency, method, to_account
    row.txid, row.paid_at, row.checks = txid, paid_at, checks
    with vault.transaction() as s:
        s.add(row)
        s.flush()
        vault.log(s, "tracker.payment_recorded", case_id=case_id, details={
            "payment": row.id, "method": method, "checks": [c["check"] for c in checks]})
        return _payment(row)


def payments(vault: Vault, case_id: str) -> list[Payment]:
    with vault.read() as s:
        rows = s.scalars(select(TrackerPayment).where(TrackerPayment.case_id == case_id)
                         .order_by(TrackerPayment.created_at, TrackerPayment.id))
        return [_payment(r) for r in rows]


def payment(vault: Vault, case_id: str, ref: str) -> Payment:
    found = [p for p in payments(vault, case_id) if p.id.startswith(ref.strip().lower())] if ref.strip() else []
    if len(found) != 1:
        raise NotFound(f"No payment {ref!r} in this case. `standfast paid CASE --list` lists them."
                       if not found else f"{ref!r} fits more than one payment; type more of its id.")
    return found[0]


def log_made(vault: Vault, case_id: str | None, action: str, details: dict[str, Any]) -> None:
    """Custody for a text or file the tracker made (a notice, a calendar): what, never its contents."""
    with vault.transaction() as s:
        vault.log(s, action, case_id=case_id, details=details)
