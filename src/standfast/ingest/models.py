"""Tables of the ingest concern: imported sources, messages, their attachments, suspect accounts.

The database holds metadata only. Message text, attachment names, reactions and shared links are
sealed together in ``body`` (``vault.seal(..., purpose="ingest.text")``). Platform, conversation,
sender, recipients and times stay readable so the timeline can filter and sort in SQL.
Times are integers (microseconds since 1970 UTC): compact, exact, index-friendly, and cheap to bind
for hundreds of thousands of rows.

A message's id is ``ingest_source.seq << 32 | position``: the parsed file (case + file SHA-256, one
``ingest_source`` row with a sequence number) and the line or index in it. It is deterministic (the
same message of the same file always gets the same id, so re-imports and resumed imports find it),
it is the integer primary key (SQLite's rowid, no separate unique index to maintain), and a big
import appends to the end of the table's B-tree instead of inserting at random places.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from standfast.vault.db import Base

NO_TIME = 2**63 - 1  # sort_us of messages with no readable time at or before them


class IngestSource(Base):
    """One parsed file of an export. ``file_sha256`` + position identify a message for dedupe."""

    __tablename__ = "ingest_source"
    __table_args__ = (UniqueConstraint("case_id", "file_sha256", name="uq_ingest_source_file"),)

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)  # 1, 2, 3... in the vault; high bits of message ids
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("vault_item.id"))  # the stored export (zip or file)
    file: Mapped[str] = mapped_column(Text)  # path of the parsed file inside the export
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


class IngestMessage(Base):
    __tablename__ = "ingest_message"
    __table_args__ = (
        # The one secondary index: the timeline's order (case, time, then id – SQLite keeps the rowid
        # at the end of every index entry). Platform and participant filters are checked while
        # walking it (a participant filter also matches recipients with LIKE, which no index serves);
        # separate sender/platform indexes cost ~30% of the insert time of a big import.
        Index("ix_ingest_message_case_sort", "case_id", "sort_us"),
    )

    # ingest_source.seq << 32 | position. The source (its export item and file) and the position are
    # read back from the id: storing them per row cost ~100 bytes and 4 bound values a message.
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))
    platform: Mapped[str] = mapped_column(String(32))
    conversation: Mapped[str] = mapped_column(Text)
    sender: Mapped[str] = mapped_column(Text)
    recipients: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    time_us: Mapped[int | None] = mapped_column(BigInteger)  # None when the source's time is unreadable
    # time_us, or the last readable time before it in the file, or NO_TIME (sorts last). Never NULL, so
    # the timeline's ORDER BY is exactly the index order and a page is an index range scan.
    sort_us: Mapped[int] = mapped_column(BigInteger)
    time_text: Mapped[str] = mapped_column(Text, default="")
    system: Mapped[bool] = mapped_column(Boolean, default=False)
    flags: Mapped[str] = mapped_column(Text, default="")  # comma-separated
    attachment_count: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[bytes] = mapped_column(LargeBinary)  # sealed JSON: text, attachment names, reactions, share


class IngestAttachment(Base):
    __tablename__ = "ingest_attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("ingest_message.id"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[str | None] = mapped_column(ForeignKey("vault_item.id"), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    missing: Mapped[bool] = mapped_column(Boolean, default=False)  # not in the export (or not found)


class IngestSuspect(Base):
    """An account the case's user marked as the suspect's; highlighted in the timeline."""

    __tablename__ = "ingest_suspect"

    case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"), primary_key=True)
    participant: Mapped[str] = mapped_column(String(500), primary_key=True)
    marked_at: Mapped[datetime]
