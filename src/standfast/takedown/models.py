"""Tables of the takedown concern: the hashes of a case's images and videos, and scan matches.

Both are sealed rows (``standfast.vault.rows.SealedRow``). Hashes cannot be turned back into an
image, but they are a fingerprint of a person's picture that anyone holding a copy could match, and a
match's path names a folder on someone's computer; so they are sealed. Clear are only ids, foreign
keys, the kind (image or video) and the times. Matching against a bank or a scan reads a case's
hashes and compares them after unsealing (a case has few). The images themselves stay in the
encrypted blob store, or, for a minor's case, nowhere at all.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from standfast.vault.db import Base
from standfast.vault.rows import SealedField, SealedRow


class TakedownHash(SealedRow, Base):
    """The hashes of one case item (one row per item; hashing again replaces it)."""

    __tablename__ = "takedown_hash"
    __table_args__ = (Index("ix_takedown_hash_case", "case_id"),)

    item_id: Mapped[str] = mapped_column(ForeignKey("vault_item.id"), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    kind: Mapped[str] = mapped_column(String(8))  # image | video
    hashed_at: Mapped[datetime]
    pdq = SealedField[str | None]("text")
    quality = SealedField[int | None]("int")
    unreliable = SealedField[bool]("bool", default=False)
    md5 = SealedField[str]("text", default="")
    sha256 = SealedField[str]("text", default="")
    mime = SealedField[str | None]("text")
    width = SealedField[int | None]("int")
    height = SealedField[int | None]("int")
    exact = SealedField[bool]("bool", default=True)
    #: The 8 dihedral variants {name: hex}; kept so rotated copies can be found later without the
    #: image (a minor's image is never stored, so it could not be hashed again).
    dihedral = SealedField[dict[str, Any] | None]("json")
    #: vPDQ frames of a video: [{"frame", "timestamp", "pdq", "quality"}].
    vpdq = SealedField[list[Any] | None]("json")
    #: Per-frame PDQ of an animated GIF/WebP.
    frames = SealedField[list[Any] | None]("json")
    in_place = SealedField[bool]("bool", default=False)
    error = SealedField[str | None]("text")


class TakedownMatch(SealedRow, Base):
    """A file found elsewhere that is a near-duplicate of a case item."""

    __tablename__ = "takedown_match"
    __table_args__ = (Index("ix_takedown_match_case", "case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    case_item_id: Mapped[str] = mapped_column(ForeignKey("vault_item.id"))
    added_item_id: Mapped[str | None] = mapped_column(ForeignKey("vault_item.id"))
    found_at: Mapped[datetime]
    found_path = SealedField[str]("text")
    found_sha256 = SealedField[str | None]("text")
    found_pdq = SealedField[str | None]("text")
    distance = SealedField[int]("int")
    method = SealedField[str]("text")  # sha256 | pdq | vpdq
    transform = SealedField[str | None]("text")
