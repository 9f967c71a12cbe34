"""Tables for analysis results on a case: one row per verdict, one row per indicator found.

A quoted password is never stored in clear: ``analyze_indicator.sealed`` holds it sealed with the
vault's data key (purpose ``analyze.password``); ``value`` then only holds a mask.

Both tables are sealed rows (``standfast.vault.rows.SealedRow``): what was found (the verdict, its
signals, each indicator's value, offsets and details) is sealed; only ids, foreign keys, the
indicator's type (a coarse category the case view groups by) and the time stay clear. Every
column is covered by the row's seal, so ``verify`` finds any change made outside Standfast.
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from standfast.vault.db import Base
from standfast.vault.rows import SealedField, SealedRow


class AnalyzeResult(SealedRow, Base):
    __tablename__ = "analyze_result"
    __table_args__ = (Index("ix_analyze_result_case", "case_id"), Index("ix_analyze_result_item", "item_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    item_id: Mapped[str | None] = mapped_column(ForeignKey("vault_item.id"))
    created_at: Mapped[datetime]
    source = SealedField[str]("text")
    verdict = SealedField[str]("text")
    confidence = SealedField[float]("json")
    signals = SealedField[list[dict[str, Any]]]("json", default=list)
    campaign = SealedField[str | None]("text")
    error = SealedField[str | None]("text")


class AnalyzeIndicator(SealedRow, Base):
    __tablename__ = "analyze_indicator"
    __table_args__ = (Index("ix_analyze_indicator_case", "case_id", "type"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    result_id: Mapped[int | None] = mapped_column(ForeignKey("analyze_result.id"))
    item_id: Mapped[str | None] = mapped_column(ForeignKey("vault_item.id"))
    message_id: Mapped[int | None] = mapped_column(Integer)  # ingest_message.id when from an import
    type: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]
    value = SealedField[str]("text")
    normalized = SealedField[str | None]("text")
    valid = SealedField[bool]("bool")
    start = SealedField[int]("int")
    end = SealedField[int]("int")
    extra = SealedField[dict[str, Any]]("json", default=dict)
    #: the quoted password, sealed on its own (purpose ``analyze.password``), as text (base64)
    sealed_password = SealedField[str | None]("text")

    @property
    def sealed(self) -> bytes | None:
        raw = self.sealed_password
        return None if raw is None else base64.b64decode(raw)

    @sealed.setter
    def sealed(self, value: bytes | None) -> None:
        self.sealed_password = None if value is None else base64.b64encode(value).decode("ascii")

    @staticmethod
    def upgrade_fields(old: dict[str, Any]) -> dict[str, Any]:
        """Sealed fields of a row from before the values were sealed (see ``standfast.vault.migrate``)."""
        raw = old.get("sealed")
        return {"sealed_password": None if raw is None else base64.b64encode(bytes(raw)).decode("ascii")}


class AnalyzeCorrection(SealedRow, Base):
    """The person's own reading of a stored verdict ("this is targeted, not a bulk scam"). The automatic
    verdict is kept as it was; reports show the person's reading next to it."""

    __tablename__ = "analyze_correction"
    __table_args__ = (Index("ix_analyze_correction_result", "result_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    result_id: Mapped[int] = mapped_column(ForeignKey("analyze_result.id"))
    created_at: Mapped[datetime]
    verdict = SealedField[str]("text")
