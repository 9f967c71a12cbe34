"""Tables of the takedown concern: the hashes of a case's images and videos, and scan matches.

Hashes are metadata (they cannot be turned back into an image), so they are stored in clear;
the images themselves stay in the encrypted blob store, or, for a minor's case, nowhere at all.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from standfast.vault.db import Base


class TakedownHash(Base):
    """The hashes of one case item (one row per item; hashing again replaces it)."""

    __tablename__ = "takedown_hash"
    __table_args__ = (Index("ix_takedown_hash_case", "case_id"), Index("ix_takedown_hash_pdq", "pdq"))

    item_id: Mapped[str] = mapped_column(ForeignKey("vault_item.id"), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    kind: Mapped[str] = mapped_column(String(8))  # image | video
    pdq: Mapped[str | None] = mapped_column(String(64))
    quality: Mapped[int | None] = mapped_column(Integer)
    unreliable: Mapped[bool] = mapped_column(Boolean, default=False)
    md5: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    mime: Mapped[str | None] = mapped_column(String(128))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    exact: Mapped[bool] = mapped_column(Boolean, default=True)
    #: The 8 dihedral variants {name: hex}; kept so rotated copies can be found later without the
    #: image (a minor's image is never stored, so it could not be hashed again).
    dihedral: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: vPDQ frames of a video: [{"frame", "timestamp", "pdq", "quality"}].
    vpdq: Mapped[list[Any] | None] = mapped_column(JSON)
    #: Per-frame PDQ of an animated GIF/WebP.
    frames: Mapped[list[Any] | None] = mapped_column(JSON)
    in_place: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str | None] = mapped_column(Text)
    hashed_at: Mapped[datetime]


class TakedownMatch(Base):
    """A file found elsewhere that is a near-duplicate of a case item."""

    __tablename__ = "takedown_match"
    __table_args__ = (Index("ix_takedown_match_case", "case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    case_item_id: Mapped[str] = mapped_column(ForeignKey("vault_item.id"))
    found_path: Mapped[str] = mapped_column(Text)
    found_sha256: Mapped[str | None] = mapped_column(String(64))
    found_pdq: Mapped[str | None] = mapped_column(String(64))
    distance: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))  # sha256 | pdq | vpdq
    transform: Mapped[str | None] = mapped_column(String(16))
    added_item_id: Mapped[str | None] = mapped_column(ForeignKey("vault_item.id"))
    found_at: Mapped[datetime]
