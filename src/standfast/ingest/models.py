"""Tables of the ingest concern: imported sources, messages, their attachments, suspect accounts.

Messages are stored in blocks of a few hundred (:class:`IngestBlock`), not one row each. The
database holds metadata only: message text, times as written, attachment names, reactions and
shared links are sealed per block. Times, positions and flags stay readable in the block's index; the names
in it (platform, conversation, sender, recipients) are sealed as one small list per block, opened
once when the timeline's case index is built. A source's file name and a suspect's account name
are sealed fields of their rows. Times are
integers (microseconds since 1970 UTC).

A message's id is ``ingest_source.seq << 32 | position``: the parsed file (case + file SHA-256, one
``ingest_source`` row with a sequence number) and the line or index in it. It is deterministic (the
same message of the same file always gets the same id, so re-imports and resumed imports find it),
it names the message in indicators and attachments, and a block's id is its first message's.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from standfast.vault.db import Base
from standfast.vault.rows import RowSealer, SealedField, SealedRow

NO_TIME = 2**63 - 1  # sort_us of messages with no readable time at or before them


FILE_PURPOSE = "ingest.source.file"


def seal_file_name(vault: Any, case_id: str, file_sha256: str, name: str) -> bytes:
    """``ingest_source.file`` as stored: the name sealed, bound to the case and the file's hash."""
    return bytes(vault.seal(name.encode("utf-8"), purpose=f"{FILE_PURPOSE}/{case_id}/{file_sha256}"))


def open_file_name(vault: Any, case_id: str, file_sha256: str, token: bytes) -> str:
    return str(vault.unseal(token, purpose=f"{FILE_PURPOSE}/{case_id}/{file_sha256}").decode("utf-8"))


class IngestSource(Base):
    """One parsed file of an export. ``file_sha256`` + position identify a message for dedupe."""

    __tablename__ = "ingest_source"
    __table_args__ = (UniqueConstraint("case_id", "file_sha256", name="uq_ingest_source_file"),)

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)  # 1, 2, 3... in the vault; high bits of message ids
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("vault_item.id"))  # the stored export (zip or file)
    # Path of the parsed file inside the export, sealed (:func:`seal_file_name`): names of files
    # often carry a person's or a group's name.
    file: Mapped[bytes] = mapped_column(LargeBinary)
    file_sha256: Mapped[str] = mapped_column(String(64))
    parser: Mapped[str] = mapped_column(String(32))
    platform: Mapped[str] = mapped_column(String(32))
    messages: Mapped[int] = mapped_column(Integer, default=0)
    attachments: Mapped[int] = mapped_column(Integer, default=0)
    issues: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running | complete
    # Indicators run after the messages are stored, in chunks: "pending" until every new message of
    # this file went through the analyze module ("done"), "none" when that module is not installed.
    # ``indicators_upto`` is the last message id already analysed, so an interrupted run resumes.
    indicators: Mapped[str] = mapped_column(String(16), default="pending")
    indicators_upto: Mapped[int] = mapped_column(BigInteger, default=0)
    started_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]


class IngestBlock(Base):
    """Up to :data:`standfast.ingest.blocks.BLOCK_MESSAGES` consecutive messages of one parsed file.

    One row per block, not per message: SQLite's cost per row (~4 µs with the timeline index) was
    most of a big import's time. ``index`` holds the columns the timeline filters and sorts on, in
    clear as before (positions, times, platform, conversation, sender, recipients, flags, system,
    attachment counts; see :mod:`standfast.ingest.blocks`); ``body`` is every message's text, time
    as written, attachment names, reactions and shared link, sealed together, bound to the block's
    case and id so a body moved to another row or case does not open.
    """

    __tablename__ = "ingest_block"
    __table_args__ = (Index("ix_ingest_block_case", "case_id", "id"),)

    # The id of its first message (ingest_source.seq << 32 | position): blocks of a file are
    # consecutive rowids, in file order, and a file's blocks are a rowid range.
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    last_id: Mapped[int] = mapped_column(BigInteger)  # id of its last message
    count: Mapped[int] = mapped_column(Integer)
    index: Mapped[bytes] = mapped_column(LargeBinary)  # msgpack BlockIndex, clear
    body: Mapped[bytes] = mapped_column(LargeBinary)  # sealed msgpack list of message payloads


class IngestAttachment(Base):
    __tablename__ = "ingest_attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(BigInteger, index=True)  # seq << 32 | position (in a block)
    ordinal: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[str | None] = mapped_column(ForeignKey("vault_item.id"), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    missing: Mapped[bool] = mapped_column(Boolean, default=False)  # not in the export (or not found)


def suspect_tag(sealer: RowSealer, case_id: str, participant: str) -> str:
    """The keyed tag that finds a suspect row by its account name without storing the name."""
    return sealer.lookup_tag("ingest.suspect", f"{case_id}\x00{participant}")


class IngestSuspect(SealedRow, Base):
    """An account the case's user marked as the suspect's; highlighted in the timeline.

    The account name is sealed; ``tag`` (keyed HMAC of case and name, :func:`suspect_tag`) finds it."""

    __tablename__ = "ingest_suspect"

    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(32), primary_key=True)
    marked_at: Mapped[datetime]
    participant = SealedField[str]("text")

    @staticmethod
    def upgrade_clear(old: dict[str, Any], sealer: RowSealer) -> dict[str, Any]:
        """Clear columns of a row from before the name was sealed (see ``standfast.vault.migrate``)."""
        return {"tag": suspect_tag(sealer, old["case_id"], old["participant"])}
