"""Tracker tables: every report, notice or hand-off sent for a case, and every payment already made.

Both are sealed rows (``standfast.vault.rows``). In clear stay only what finds a row: its random
id, its case, its state code and coarse times. Where it went, when it was sent, the reference
number, a hand-off PIN, the answers received, and every detail of a payment (amount, account,
transaction id) are sealed: a copied database file tells nobody who was paid or what to type to
open a StopNCII case.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from standfast.vault.db import Base
from standfast.vault.rows import SealedField, SealedRow


class TrackerEntry(SealedRow, Base):
    """One thing sent somewhere on the person's behalf (a report, a notice, a hand-off)."""

    __tablename__ = "tracker_entry"
    __table_args__ = (Index("ix_tracker_entry_case", "case_id", "state"),)

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    channel = SealedField[str]("text")  # a directory entry id
    kind = SealedField[str]("text", default="report")  # report | notice | handoff
    method = SealedField[str | None]("text")  # form | email | phone | post | in_person | app
    sent_at = SealedField[datetime | None]("datetime")
    reference = SealedField[str | None]("text")
    pin = SealedField[str | None]("text")  # a hand-off's PIN (StopNCII cannot recover a lost one)
    notice = SealedField[str | None]("text")  # the notice kind sent, when it was a notice
    clock = SealedField[dict[str, Any] | None]("json", default=None)  # the clock that applied, with its source
    answers = SealedField[list[dict[str, Any]]]("json", default=list)  # [{item_id, at, state}]
    history = SealedField[list[dict[str, Any]]]("json", default=list)  # [{state, at}]
    note = SealedField[str | None]("text")


class TrackerPayment(SealedRow, Base):
    """Money (or gift cards, or crypto) the person already paid: what IC3 and police ask for first."""

    __tablename__ = "tracker_payment"
    __table_args__ = (Index("ix_tracker_payment_case", "case_id"),)

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    created_at: Mapped[datetime]
    amount = SealedField[str]("text")  # a decimal as text: never a float
    currency = SealedField[str]("text")
    method = SealedField[str]("text")
    to_account = SealedField[str]("text")
    txid = SealedField[str | None]("text")
    paid_at = SealedField[datetime | None]("datetime")
    checks = SealedField[list[dict[str, Any]]]("json", default=list)
