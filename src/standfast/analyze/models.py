"""Tables for analysis results on a case: one row per verdict, one row per indicator found.

A quoted password is never stored in clear: ``analyze_indicator.sealed`` holds it sealed with the
vault's data key (purpose ``analyze.password``); ``value`` then only holds a mask.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from standfast.vault.db import Base


class AnalyzeResult(Base):
    __tablename__ = "analyze_result"
    __table_args__ = (Index("ix_analyze_result_case", "case_id"), Index("ix_analyze_result_item", "item_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    item_id: Mapped[str | None] = mapped_column(ForeignKey("vault_item.id"))
    source: Mapped[str] = mapped_column(Text)
    verdict: Mapped[str] = mapped_column(String(32))
    confidence: Mapped[float] = mapped_column(Float)
    signals: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    campaign: Mapped[str | None] = mapped_column(String(128))
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


class AnalyzeIndicator(Base):
    __tablename__ = "analyze_indicator"
    __table_args__ = (Index("ix_analyze_indicator_case", "case_id", "type"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    result_id: Mapped[int | None] = mapped_column(ForeignKey("analyze_result.id"))
    item_id: Mapped[str | None] = mapped_column(ForeignKey("vault_item.id"))
    message_id: Mapped[int | None] = mapped_column(Integer)  # ingest_message.id when from an import
    type: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str | None] = mapped_column(Text)
    valid: Mapped[bool] = mapped_column(Boolean)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]


class AnalyzeCorrection(Base):
    """The person's own reading of a stored verdict ("this is targeted, not a bulk scam"). The automatic
    verdict is kept as it was; reports show the person's reading next to it."""

    __tablename__ = "analyze_correction"
    __table_args__ = (Index("ix_analyze_correction_result", "result_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    result_id: Mapped[int] = mapped_column(ForeignKey("analyze_result.id"))
    verdict: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]
