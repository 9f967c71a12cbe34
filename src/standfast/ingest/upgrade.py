"""Vaults made before messages were stored in blocks: their message rows become blocks, once.

Until 2026-11-25 each imported message was one ``ingest_message`` row with its own sealed body
(purpose ``"ingest.text"``), and ``ingest_attachment`` referred to those rows. The first time such a
vault is used by the ingest concern, in one transaction: every file's rows are read in id order,
unsealed, and written as blocks (:mod:`standfast.ingest.blocks`) with the same ids, times, names and
texts; ``ingest_attachment`` is rebuilt without the reference to the old table; the old table is
dropped; and a custody entry records how many messages were moved. Nothing is lost if it is
interrupted: the transaction is rolled back and runs again next time.
"""

from __future__ import annotations

import json
import threading
import weakref
from typing import Any, cast

import msgspec
from sqlalchemy import Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from standfast.ingest.blocks import BLOCK_MESSAGES, NO_TIME_US, BlockBuilder
from standfast.ingest.models import IngestAttachment, IngestBlock

OLD_PURPOSE = "ingest.text"
_POSITION_BITS = 32
_checked: weakref.WeakSet[Any] = weakref.WeakSet()
_lock = threading.Lock()


class _OldBody(msgspec.Struct):
    text: str = ""
    attachments: list[str] | None = None
    reactions: list[list[str]] | None = None
    share: str | None = None


_OLD_BODY = msgspec.json.Decoder(_OldBody)


def ensure_current(vault: Any) -> None:
    """Move an older vault's messages into blocks, if it has any (checked once per open vault)."""
    if vault in _checked:
        return
    with _lock:
        if vault in _checked:
            return
        with vault.read() as s:
            old = s.connection().exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ingest_message'").first()
        if old is not None:
            upgrade(vault)
        _checked.add(vault)


def upgrade(vault: Any) -> int:
    """Rewrite every ``ingest_message`` row as blocks; returns how many messages were moved."""
    moved = 0
    with vault.transaction() as s:
        conn = s.connection()
        cur = conn.connection.driver_connection.cursor()
        if cur.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ingest_message'").fetchone() \
                is None:
            return 0  # another process did it meanwhile
        # made when the vault opened; here if it was not
        cast(Table, IngestBlock.__table__).create(conn, checkfirst=True)
        sources = cur.execute("SELECT seq, case_id, file_sha256 FROM ingest_source ORDER BY seq").fetchall()
        for seq, case_id, file_sha in sources:
            moved += _move_source(vault, cur, seq, case_id, file_sha)
        stray = cur.execute("SELECT count(*) FROM ingest_message").fetchone()[0] - moved
        _rebuild_attachments(cur)
        cur.execute("DROP TABLE ingest_message")
        if hasattr(vault, "commit_blocks"):  # the vault records each finished file's blocks for verify
            for (source_id,) in cur.execute("SELECT id FROM ingest_source WHERE status = 'complete'").fetchall():
                vault.commit_blocks(s, source_id)
        cur.close()
        vault.log(s, "ingest.upgraded", details={
            "messages": moved, "not_moved": stray,
            "reason": f"messages are now stored in sealed blocks of up to {BLOCK_MESSAGES}"})
    return moved


def _move_source(vault: Any, cur: Any, seq: int, case_id: str, file_sha: str) -> int:
    base = seq << _POSITION_BITS
    rows = cur.execute(
        "SELECT id, platform, conversation, sender, recipients, time_us, sort_us, time_text, system, flags, "
        "attachment_count, body FROM ingest_message WHERE id BETWEEN ? AND ? AND case_id = ? ORDER BY id",
        (base, base | ((1 << _POSITION_BITS) - 1), case_id)).fetchall()
    builder = BlockBuilder(lambda data, purpose: vault.seal(data, purpose=purpose), case_id, file_sha)
    blocks = []
    for (mid, platform, conversation, sender, recipients, time_us, sort_us, time_text, system, flags, n_att,
         sealed) in rows:
        body = _OLD_BODY.decode(vault.unseal(sealed, purpose=OLD_PURPOSE))
        names = json.loads(recipients) if recipients and recipients != "[]" else []
        builder.add(mid & ((1 << _POSITION_BITS) - 1), NO_TIME_US if time_us is None else time_us, sort_us,
                    (sender, tuple(str(n) for n in names), tuple(f for f in flags.split(",") if f), bool(system),
                     conversation, platform),
                    n_att, (body.text, time_text, body.attachments, body.reactions, body.share))
        if len(builder.positions) >= BLOCK_MESSAGES:
            blocks.append(builder.finish())
    if builder.positions:
        blocks.append(builder.finish())
    cur.executemany(
        f'INSERT INTO {IngestBlock.__tablename__} (id, case_id, last_id, count, "index", body) '
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(base | first, case_id, base | last, n, index, body) for first, last, n, index, body in blocks])
    return len(rows)


def _rebuild_attachments(cur: Any) -> None:
    """The old ``ingest_attachment`` referred to ``ingest_message``: the same rows, without that reference."""
    table = cast(Table, IngestAttachment.__table__)
    cur.execute(f"ALTER TABLE {table.name} RENAME TO {table.name}_before_blocks")
    cur.execute(str(CreateTable(table).compile(dialect=sqlite.dialect())))
    cur.execute(f"INSERT INTO {table.name} (id, message_id, ordinal, item_id, kind, missing) "
                f"SELECT id, message_id, ordinal, item_id, kind, missing FROM {table.name}_before_blocks")
    cur.execute(f"DROP TABLE {table.name}_before_blocks")
    for index in table.indexes:
        cur.execute(str(CreateIndex(index).compile(dialect=sqlite.dialect())))
