"""Vault tables: cases, blobs (content-addressed encrypted files), evidence items, custody log,
commitments of imported blocks and the per-case record digests.

All are sealed rows (``standfast.vault.rows``): only ids, foreign keys, sizes, coarse times,
status codes, keyed lookup tags and the custody chain's hashes are in clear.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from standfast.vault.db import Base
from standfast.vault.rows import SealedField, SealedRow


class Case(SealedRow, Base):
    __tablename__ = "vault_case"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    title = SealedField[str]("text")
    country = SealedField[str | None]("text")
    age_group = SealedField[str]("text", default="unknown")
    platforms = SealedField[list[str]]("json", default=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "country": self.country, "age_group": self.age_group,
            "platforms": list(self.platforms or []), "status": self.status,
            "created_at": self.created_at.isoformat(), "updated_at": self.updated_at.isoformat(),
        }


class Blob(SealedRow, Base):
    __tablename__ = "vault_blob"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sha_tag: Mapped[str] = mapped_column(String(32), unique=True)  # keyed tag of sha256, for dedup
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    sha256 = SealedField[str]("text")
    md5 = SealedField[str]("text")


class Item(SealedRow, Base):
    __tablename__ = "vault_item"
    __table_args__ = (Index("ix_vault_item_case", "case_id", "status"), Index("ix_vault_item_tag", "sha_tag"))

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    sha_tag: Mapped[str] = mapped_column(String(32))  # keyed tag of sha256, for dedup
    size: Mapped[int] = mapped_column(BigInteger)
    acquired_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | withdrawn | purged
    parent_item_id: Mapped[str | None] = mapped_column(ForeignKey("vault_item.id"))
    blob_id: Mapped[str | None] = mapped_column(ForeignKey("vault_blob.id"))
    kind = SealedField[str]("text")  # file | note | url | link | hash_only
    sha256 = SealedField[str]("text")
    md5 = SealedField[str]("text")
    mime = SealedField[str]("text")
    original_name = SealedField[str]("text")
    original_path = SealedField[str | None]("text")
    mtime = SealedField[datetime | None]("datetime")
    source = SealedField[str]("text")
    meta = SealedField[dict[str, Any]]("json", default=dict)
    intimate = SealedField[bool]("bool", default=False)
    status_reason = SealedField[str | None]("text")

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


class CustodyEntry(SealedRow, Base):
    __tablename__ = "vault_custody"
    __committed__ = False  # the chain proves itself; it carries the other tables' commitments
    __table_args__ = (Index("ix_vault_custody_case", "case_id"), Index("ix_vault_custody_item", "item_id"))

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    action: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[str | None] = mapped_column(String(16))
    item_id: Mapped[str | None] = mapped_column(String(16))
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))
    time = SealedField[datetime]("datetime")
    actor = SealedField[str]("text")
    details = SealedField[dict[str, Any]]("json", default=dict)
    records = SealedField[dict[str, Any] | None]("json", default=None)  # per-case record tags (vault.records)

    def to_json(self) -> dict[str, Any]:
        out = {
            "seq": self.seq, "time": self.time.isoformat(), "actor": self.actor, "action": self.action,
            "case_id": self.case_id, "item_id": self.item_id, "details": self.details,
            "content_hash": self.content_hash, "prev_hash": self.prev_hash, "hash": self.hash,
        }
        if self.records:
            out["records"] = self.records
        return out


class Commitment(SealedRow, Base):
    """A sealed record of a set of rows kept by another concern (a parsed file's message blocks).

    ``entries`` lists each row's id and fingerprint in order, so ``verify`` can say which row was
    removed, added, moved or changed since it was committed; ``attachments`` covers the file's
    links from messages to attachments (see ``standfast.vault.ledger``).
    """

    __tablename__ = "vault_commitment"

    scope: Mapped[str] = mapped_column(String(64), primary_key=True)  # e.g. "ingest_source:<id>"
    case_id: Mapped[str | None] = mapped_column(String(16))
    count: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime]
    entries = SealedField[list[list[Any]]]("json", default=list)
    source = SealedField[dict[str, Any] | None]("json", default=None)  # the parsed file's row when committed
    # [count, digest] of the parsed file's attachment links (``ledger.attachment_digest``), since schema 6
    attachments = SealedField[list[Any] | None]("json", default=None)


class RecordState(SealedRow, Base):
    """The running digest of one table's rows of one case (``standfast.vault.records``).

    Only a cache for the next commit: what proves the rows is the tag in the custody chain.
    """

    __tablename__ = "vault_records"
    __committed__ = False

    scope: Mapped[str] = mapped_column(String(16), primary_key=True)  # a case id, or "vault"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    count = SealedField[int]("int", default=0)
    total = SealedField[str]("text", default="0")  # hex of the sum of the rows' keyed terms
