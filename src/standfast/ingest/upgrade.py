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
from collections.abc import Callable
from typing import Any, cast

import msgspec
from sqlalchemy import Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from standfast.ingest.blocks import BLOCK_MESSAGES, NO_TIME_US, BlockBuilder, BlockIndex, seal_names
from standfast.ingest.models import FILE_PURPOSE, IngestAttachment, IngestBlock

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


# -- vault schema 3: the names in block indexes and the source file names are sealed ---------------
class _ClearNamesIndex(msgspec.Struct, array_like=True, frozen=True):
    """A block index as written before its names were sealed (``strings`` in clear)."""

    positions: bytes
    time_us: bytes
    sort_us: bytes
    strings: list[str]
    platform: bytes
    conversation: bytes
    sender: bytes
    recipients: bytes
    flags: bytes
    system: bytes
    attachments: bytes


_CLEAR_INDEX = msgspec.msgpack.Decoder(_ClearNamesIndex)
_ENCODER = msgspec.msgpack.Encoder()


def seal_block_names(con: Any, seal: Callable[[bytes, str], bytes], sealer: Any) -> dict[str, int]:
    """Seal every block's list of names and every source's file name, in the caller's transaction.

    Part of the vault's schema-3 upgrade (``standfast.vault.migrate.upgrade_v2``); ``con`` is its raw
    sqlite3 connection. A finished file's commitment (``vault_commitment``) is brought along: an
    index or source row that still matched it gets its new fingerprint; one that did not match
    (changed outside Standfast before the upgrade) keeps the old one, so ``verify`` still reports it.
    """
    from standfast.vault.ledger import _digest, source_row, source_scope

    tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "ingest_source" not in tables:
        return {}
    has_blocks = "ingest_block" in tables
    blocks = sources = 0
    for source_id, seq, case_id, file, sha in con.execute(
            "SELECT id, seq, case_id, file, file_sha256 FROM ingest_source ORDER BY seq").fetchall():
        before = source_row(con, source_id)
        if isinstance(file, str):
            token = seal(file.encode("utf-8"), f"{FILE_PURPOSE}/{case_id}/{sha}")
            con.execute("UPDATE ingest_source SET file = ? WHERE id = ?", (token, source_id))
            sources += 1
        new_digests: dict[int, tuple[str, str]] = {}
        if has_blocks:
            low = int(seq) << _POSITION_BITS
            for block_id, index in con.execute('SELECT id, "index" FROM ingest_block WHERE id BETWEEN ? AND ?',
                                               (low, low | ((1 << _POSITION_BITS) - 1))).fetchall():
                try:
                    old = _CLEAR_INDEX.decode(index)
                except (msgspec.DecodeError, msgspec.ValidationError):
                    continue  # already sealed, or damaged: verify reports the latter
                names = seal_names(seal, old.strings, case_id, sha, int(block_id) & ((1 << _POSITION_BITS) - 1))
                new = _ENCODER.encode(BlockIndex(
                    positions=old.positions, time_us=old.time_us, sort_us=old.sort_us, names=names,
                    platform=old.platform, conversation=old.conversation, sender=old.sender,
                    recipients=old.recipients, flags=old.flags, system=old.system, attachments=old.attachments))
                con.execute('UPDATE ingest_block SET "index" = ? WHERE id = ?', (new, block_id))
                new_digests[int(block_id)] = (_digest(index), _digest(new))
                blocks += 1
        _carry_commitment(con, sealer, source_scope(source_id), before, source_row(con, source_id), new_digests)
    return {"ingest_source.file": sources, "ingest_block.names": blocks}


def _carry_commitment(con: Any, sealer: Any, scope: str, before: Any, after: Any,
                      digests: dict[int, tuple[str, str]]) -> None:
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from standfast.vault.models import Commitment

    row = con.execute("SELECT scope, case_id, count, updated_at, row_seal FROM vault_commitment WHERE scope = ?",
                      (scope,)).fetchone() if _has_table(con, "vault_commitment") else None
    if row is None:
        return
    dialect = sqlite_dialect.dialect()
    proc = Commitment.__table__.c.updated_at.type.dialect_impl(dialect).result_processor(dialect, None)
    clear = {"scope": row[0], "case_id": row[1], "count": row[2],
             "updated_at": proc(row[3]) if proc is not None and row[3] is not None else row[3]}
    try:
        fields = sealer.open(Commitment, clear, row[4])
    except Exception:
        return  # it no longer authenticates: left as it is, verify reports it
    entries = []
    for entry in fields["entries"]:
        old_new = digests.get(int(entry[0]))
        if old_new is not None and entry[4] == old_new[0]:
            entry = [*entry[:4], old_new[1], *entry[5:]]
        entries.append(entry)
    source = after if fields.get("source") == before else fields.get("source")
    token = sealer.seal(Commitment, clear, {**fields, "entries": entries, "source": source})
    con.execute("UPDATE vault_commitment SET row_seal = ? WHERE scope = ?", (token, scope))


def _has_table(con: Any, name: str) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone() is not None
