"""Commitments to rows that other concerns write in bulk: a parsed file's blocks of messages and
the links from its messages to their attachments.

Blocks and attachment links are inserted many at a time without the ORM (``Vault.bulk_insert``),
and their index stays clear for the timeline, so they are not sealed rows. Instead, when an import
of a file completes, :func:`commit_source` records every block of that file — id, last message id,
message count and SHA-256 of its index and of its sealed body — and the count and SHA-256 of all its
``ingest_attachment`` rows, in one sealed :class:`~standfast.vault.models.Commitment` row.
``verify`` recomputes both and names each block that was removed, added, reordered or changed
(count, offsets, index or body) since, and says when the file's attachment links changed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from standfast.vault.db import utcnow
from standfast.vault.models import Commitment

POSITION_BITS = 32
_SOURCE_SCOPE = "ingest_source:"


# The parsed file's own row, as it stands when its import completes (later indicator runs change
# only ``indicators`` and ``indicators_upto``, which are left out).
SOURCE_FIELDS = ("id", "seq", "case_id", "item_id", "file", "file_sha256", "parser", "platform", "messages",
                 "attachments", "issues", "status", "started_at", "completed_at")


def source_row(conn: Any, source_id: str) -> dict[str, Any] | None:
    """The committed fields of one ingest_source row, as stored (works on SQLAlchemy and sqlite3)."""
    cols = ", ".join(f'"{c}"' for c in SOURCE_FIELDS)
    sql = f"SELECT {cols} FROM ingest_source WHERE id = :id"
    if hasattr(conn, "exec_driver_sql"):
        row = conn.execute(text(sql), {"id": source_id}).first()
    else:
        row = conn.execute(sql.replace(":id", "?"), (source_id,)).fetchone()
    if row is None:
        return None
    return {k: (v if v is None or isinstance(v, int | str) else str(v)) for k, v in zip(SOURCE_FIELDS, row,
                                                                                         strict=True)}


def source_scope(source_id: str) -> str:
    return _SOURCE_SCOPE + source_id


def block_entries(conn: Connection, seq: int) -> list[list[Any]]:
    """[[block id, case id, last id, count, sha256(index)[:32], sha256(body)[:32]], ...] in id order."""
    low = seq << POSITION_BITS
    high = low | ((1 << POSITION_BITS) - 1)
    rows = conn.execute(text('SELECT id, case_id, last_id, count, "index", body FROM ingest_block '
                             "WHERE id BETWEEN :low AND :high ORDER BY id"), {"low": low, "high": high})
    out: list[list[Any]] = []
    for block_id, case_id, last_id, count, index, body in rows:
        out.append([block_id, case_id, last_id, count, _digest(index), _digest(body)])
    return out


def _digest(value: Any) -> str:
    data = value if isinstance(value, bytes) else str(value).encode("utf-8", "surrogateescape")
    return hashlib.sha256(data).hexdigest()[:32]


def attachment_digest(conn: Any, seq: int) -> list[Any] | None:
    """[count, SHA-256 (32 hex digits)] of every ``ingest_attachment`` row of one parsed file, in
    message and attachment order (works on SQLAlchemy and sqlite3); None without that table."""
    low = seq << POSITION_BITS
    high = low | ((1 << POSITION_BITS) - 1)
    sql = ("SELECT id, message_id, ordinal, item_id, kind, missing FROM ingest_attachment "
           "WHERE message_id BETWEEN :low AND :high ORDER BY message_id, ordinal, id")
    try:
        if hasattr(conn, "exec_driver_sql"):
            rows = conn.execute(text(sql), {"low": low, "high": high}).all()
        else:
            rows = conn.execute(sql.replace(":low", "?").replace(":high", "?"), (low, high)).fetchall()
    except (OperationalError, sqlite3.OperationalError) as exc:
        if "no such table" in str(exc):
            return None
        raise
    h = hashlib.sha256()
    for row in rows:
        h.update(json.dumps([_plain(v) for v in row], separators=(",", ":")).encode("ascii") + b"\n")
    return [len(rows), h.hexdigest()[:32]]


def _plain(value: Any) -> Any:
    """A cell as JSON, whatever was written into it (bytes become hex, so an edit is still seen)."""
    if isinstance(value, bytes):
        return "bytes:" + value.hex()
    if value is None or isinstance(value, int | float | str):
        return value
    return str(value)


def compare_attachments(committed: list[Any], current: list[Any] | None) -> str | None:
    """What changed in a parsed file's attachment links since its import completed, or None."""
    now = current or [0, ""]
    if list(committed) == list(now):
        return None
    before, after = _int(committed[0]), _int(now[0])
    if after < before:
        return f"{before - after} of its {before} attachment link(s) were removed"
    if after > before:
        return f"{after - before} attachment link(s) were added"
    return "one or more of its attachment links (message, order, stored item, kind or missing flag) were changed"


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def commit_source(session: Session, source_id: str) -> Commitment:
    """Record the current blocks of one parsed file (call in the transaction that completes it)."""
    row = session.execute(text("SELECT seq, case_id FROM ingest_source WHERE id = :id"), {"id": source_id}).first()
    if row is None:
        raise ValueError(f"no ingest_source {source_id}")
    entries = block_entries(session.connection(), int(row[0]))
    source = source_row(session.connection(), source_id)
    attachments = attachment_digest(session.connection(), int(row[0]))
    found = session.get(Commitment, source_scope(source_id))
    if found is None:
        found = Commitment(scope=source_scope(source_id), case_id=row[1], count=len(entries),
                           updated_at=utcnow(), entries=entries, source=source, attachments=attachments)
        session.add(found)
    else:
        found.count, found.updated_at, found.entries, found.source = len(entries), utcnow(), entries, source
        found.attachments = attachments
    session.flush()
    return found


@dataclass
class BlockChange:
    block_id: int
    what: str


def compare(committed: list[list[Any]], current: list[list[Any]]) -> list[BlockChange]:
    """What differs between the committed blocks of a file and the blocks there now."""
    changes: list[BlockChange] = []
    before = {int(e[0]): e for e in committed}
    now = {int(e[0]): e for e in current}
    for block_id in sorted(before.keys() - now.keys()):
        changes.append(BlockChange(block_id, "was removed"))
    for block_id in sorted(now.keys() - before.keys()):
        changes.append(BlockChange(block_id, "was added or moved here after the import"))
    names = (None, "its case", "its last message id (offsets)", "its message count", "its index (senders, "
             "times, order of messages)", "its sealed messages")
    for block_id in sorted(before.keys() & now.keys()):
        old, new = before[block_id], now[block_id]
        for i in range(1, 6):
            if old[i] != new[i]:
                changes.append(BlockChange(block_id, f"{names[i]} changed"))
    return changes
