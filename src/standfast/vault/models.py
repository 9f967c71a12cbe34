"""Vault tables: cases, blobs (content-addressed encrypted files), evidence items, custody log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from standfast.vault.db import Base


class Case(Base):
    __tablename__ = "vault_case"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    country: Mapped[str | None] = mapped_column(String(8))
    age_group: Mapped[str] = mapped_column(String(16), default="unknown")
    platforms: Mapped[list[str]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "country": self.country, "age_group": self.age_group,
            "platforms": list(self.platforms or []), "status": self.status,
            "created_at": self.created_at.isoformat(), "updated_at": self.updated_at.isoformat(),
        }


class Blob(Base):
    __tablename__ = "vault_blob"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    md5: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]


class Item(Base):
    __tablename__ = "vault_item"
    __table_args__ = (Index("ix_vault_item_case", "case_id", "status"), Index("ix_vault_item_sha", "sha256"))

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    kind: Mapped[str] = mapped_column(String(16))  # file | note | url | link | hash_only
    sha256: Mapped[str] = mapped_column(String(64))
    md5: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(BigInteger)
    mime: Mapped[str] = mapped_column(String(128))
    original_name: Mapped[str] = mapped_column(Text)
    original_path: Mapped[str | None] = mapped_column(Text)
    mtime: Mapped[datetime | None]
    acquired_at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(64))
    meta: Mapped[dict[str, Any]] = mapped_column(default=dict)
    intimate: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | withdrawn | purged
    status_reason: Mapped[str | None] = mapped_column(Text)
    parent_item_id: Mapped[str | None] = mapped_column(ForeignKey("vault_item.id"))
    blob_id: Mapped[str | None] = mapped_column(ForeignKey("vault_blob.id"))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "case_id": self.case_id, "kind": self.kind, "sha256": self.sha256,
            "md5": self.md5, "size": self.size, "mime": self.mime, "original_name": self.original_name,
            "original_path": self.original_path,
            "mtime": self.mtime.isoformat() if self.mtime else None,
            "acquired_at": self.acquired_at.isoformat(), "source": self.source, "meta": self.meta or {},
            "intimate": self.intimate, "status": self.status, "status_reason": self.status_reason,
            "parent_item_id": self.parent_item_id, "stored": self.blob_id is not None,
        }


class CustodyEntry(Base):
    __tablename__ = "vault_custody"
    __table_args__ = (Index("ix_vault_custody_case", "case_id"), Index("ix_vault_custody_item", "item_id"))

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    time: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[str | None] = mapped_column(String(16))
    item_id: Mapped[str | None] = mapped_column(String(16))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq, "time": self.time.isoformat(), "actor": self.actor, "action": self.action,
            "case_id": self.case_id, "item_id": self.item_id, "details": self.details,
            "content_hash": self.content_hash, "prev_hash": self.prev_hash, "hash": self.hash,
        }
