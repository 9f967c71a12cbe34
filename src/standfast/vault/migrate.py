"""Upgrades of older vaults, each in one transaction: schema 1 (facts in clear) to 2 (the vault's own
tables sealed), 2 to 3 (every other table sealed too), 3 to 4 (per-case record digests), 4 to 5
(the tracker's tables made) and 5 to 6 (imported attachment links covered by their file's commitment).

The four vault tables are rebuilt: each old row is read, its identifying values are sealed with
``standfast.vault.rows``, and the new row is written under the same id, so every other table's
foreign keys still hold. A custody entry records the upgrade. Old plaintext is overwritten
(``secure_delete``), the write-ahead log is emptied and the file is rebuilt (``VACUUM``), so no
copy of a title or a file name stays behind in the database files.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from standfast.vault.custody import GENESIS, content_hash, content_of, link_hash
from standfast.vault.db import import_models
from standfast.vault.ledger import POSITION_BITS, _digest, attachment_digest, source_row, source_scope
from standfast.vault.models import Blob, Case, Commitment, CustodyEntry, Item, RecordState
from standfast.vault.records import MODULUS, VAULT_SCOPE, RecordKeeper, Totals, all_totals
from standfast.vault.rows import REGISTRY, SEAL_COLUMN, RowSealer, SealedRow, seal_existing_rows

_TABLES: tuple[type[SealedRow], ...] = (Case, Blob, Item, CustodyEntry)


def _dt(raw: Any) -> datetime | None:
    if raw is None:
        return None
    value = datetime.fromisoformat(str(raw))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _json(raw: Any, default: Any) -> Any:
    if raw is None:
        return default
    return json.loads(raw) if isinstance(raw, str | bytes) else raw


def _rows(con: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    cur = con.execute(f'SELECT * FROM "_v1_{table}"')
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


def _insert(con: sqlite3.Connection, model: type[SealedRow], sealer: RowSealer, raw_clear: dict[str, Any],
            clear: dict[str, Any], fields: dict[str, Any]) -> None:
    table = model.__tablename__  # type: ignore[attr-defined]
    cols = list(raw_clear)
    sealed = sealer.seal(model, clear, fields)
    con.execute(f'INSERT INTO "{table}" ({", ".join(cols)}, row_seal) VALUES ({", ".join("?" * (len(cols) + 1))})',
                [*raw_clear.values(), sealed])


def _commit_finished_imports(con: sqlite3.Connection, sealer: RowSealer) -> int:
    """Commitments for the blocks of imports finished before commitments existed (as they are now)."""
    con.execute(str(CreateTable(cast(Table, Commitment.__table__), if_not_exists=True).compile(
        dialect=sqlite_dialect.dialect())))
    tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"ingest_source", "ingest_block"} <= tables:
        return 0
    done = 0
    now = datetime.now(UTC)
    for source_id, seq, case_id in con.execute("SELECT id, seq, case_id FROM ingest_source "
                                               "WHERE status = 'complete'").fetchall():
        low = int(seq) << POSITION_BITS
        entries = [[bid, bcase, last, count, _digest(index), _digest(body)] for bid, bcase, last, count, index, body
                   in con.execute('SELECT id, case_id, last_id, count, "index", body FROM ingest_block '
                                  "WHERE id BETWEEN ? AND ? ORDER BY id", (low, low | ((1 << POSITION_BITS) - 1)))]
        raw = {"scope": source_scope(source_id), "case_id": case_id, "count": len(entries),
               "updated_at": now.replace(tzinfo=None).isoformat(sep=" ")}
        _insert(con, Commitment, sealer, raw, {**raw, "updated_at": now},
                {"entries": entries, "source": source_row(con, source_id)})
        done += 1
    return done


def _authenticate_other_tables(con: sqlite3.Connection, sealer: RowSealer) -> dict[str, int]:
    """Other concerns' tables that became sealed rows (no sealed fields): add the column, seal each row."""
    done: dict[str, int] = {}
    tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for model in REGISTRY:
        name = model.__tablename__  # type: ignore[attr-defined]
        if model in _TABLES or model is Commitment or name not in tables or model.__sealed_fields__:
            continue
        cols = {r[1] for r in con.execute(f'PRAGMA table_info("{name}")')}
        if SEAL_COLUMN not in cols:
            con.execute(f'ALTER TABLE "{name}" ADD COLUMN {SEAL_COLUMN} BLOB')
        done[name] = seal_existing_rows(con, model, sealer)
    return done


def _log_upgrade(con: sqlite3.Connection, sealer: RowSealer, *, actor: str, mac: Callable[[str], str],
                 details: dict[str, Any]) -> tuple[int, str, str]:
    """The upgrade itself as a custody entry, chained after the newest one. Returns the new head."""
    last = con.execute("SELECT seq, hash FROM vault_custody ORDER BY seq DESC LIMIT 1").fetchone()
    last_seq, last_hash = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    seq, now = last_seq + 1, datetime.now(UTC)
    chash = content_hash(content_of(seq, now, actor, "vault.upgraded", None, None, details))
    entry_hash = link_hash(last_hash, chash)
    entry_mac = mac(entry_hash)
    raw = {"seq": seq, "action": "vault.upgraded", "case_id": None, "item_id": None, "content_hash": chash,
           "prev_hash": last_hash, "hash": entry_hash, "mac": entry_mac}
    _insert(con, CustodyEntry, sealer, raw, dict(raw), {"time": now, "actor": actor, "details": details})
    return seq, entry_hash, entry_mac


def upgrade_v1(con: sqlite3.Connection, sealer: RowSealer, *, actor: str,
               mac: Callable[[str], str]) -> tuple[int, str, str]:
    """Rebuild the four tables inside the caller's transaction. Returns the new custody head."""
    import_models()  # every concern's sealed tables are known
    for model in _TABLES:
        _recreate(con, model, "_v1_")

    for r in _rows(con, "vault_case"):
        raw = {k: r[k] for k in ("id", "status", "created_at", "updated_at")}
        clear = {"id": r["id"], "status": r["status"], "created_at": _dt(r["created_at"]),
                 "updated_at": _dt(r["updated_at"])}
        _insert(con, Case, sealer, raw, clear, {
            "title": r["title"], "country": r["country"], "age_group": r["age_group"],
            "platforms": _json(r["platforms"], [])})
    for r in _rows(con, "vault_blob"):
        tag = sealer.lookup_tag("sha256", r["sha256"])
        raw = {"id": r["id"], "sha_tag": tag, "size": r["size"], "created_at": r["created_at"]}
        clear = {**raw, "created_at": _dt(r["created_at"])}
        _insert(con, Blob, sealer, raw, clear, {"sha256": r["sha256"], "md5": r["md5"]})
    for r in _rows(con, "vault_item"):
        tag = sealer.lookup_tag("sha256", r["sha256"])
        raw = {"id": r["id"], "case_id": r["case_id"], "sha_tag": tag, "size": r["size"],
               "acquired_at": r["acquired_at"], "status": r["status"], "parent_item_id": r["parent_item_id"],
               "blob_id": r["blob_id"]}
        clear = {**raw, "acquired_at": _dt(r["acquired_at"])}
        _insert(con, Item, sealer, raw, clear, {
            "kind": r["kind"], "sha256": r["sha256"], "md5": r["md5"], "mime": r["mime"],
            "original_name": r["original_name"], "original_path": r["original_path"], "mtime": _dt(r["mtime"]),
            "source": r["source"], "meta": _json(r["meta"], {}), "intimate": bool(r["intimate"]),
            "status_reason": r["status_reason"]})
    for r in _rows(con, "vault_custody"):
        raw = {k: r[k] for k in ("seq", "action", "case_id", "item_id", "content_hash", "prev_hash", "hash", "mac")}
        _insert(con, CustodyEntry, sealer, raw, dict(raw), {
            "time": _dt(r["time"]), "actor": r["actor"], "details": _json(r["details"], {})})
    counts = {m.__tablename__: con.execute(f'SELECT count(*) FROM "{m.__tablename__}"').fetchone()[0]  # type: ignore[attr-defined]
              for m in _TABLES}
    for model in reversed(_TABLES):
        con.execute(f'DROP TABLE "_v1_{model.__tablename__}"')  # type: ignore[attr-defined]

    counts["vault_commitment"] = _commit_finished_imports(con, sealer)
    counts.update(_authenticate_other_tables(con, sealer))

    return _log_upgrade(con, sealer, actor=actor, mac=mac,
                        details={"from_schema": 1, "to_schema": 2, "rows_sealed": counts})


# -- schema 2 -> 3: every other concern's table seals what names a person --------------------------
_OWN: tuple[type[SealedRow], ...] = (*_TABLES, Commitment)


def _old_field(kind: str, raw: Any) -> Any:
    """A value as an older schema stored it in its own column, as its sealed field takes it."""
    if raw is None:
        return None
    if kind == "json":
        return _json(raw, None)
    if kind == "datetime":
        return _dt(raw)
    if kind == "bool":
        return bool(raw)
    if kind == "int":
        return int(raw)
    return str(raw)


def _needs_rebuild(con: sqlite3.Connection, model: type[SealedRow]) -> bool:
    name = model.__tablename__  # type: ignore[attr-defined]
    have = {r[1] for r in con.execute(f'PRAGMA table_info("{name}")')}
    want = {c.name for c in model.__table__.columns}  # type: ignore[attr-defined]
    return bool(have) and have != want


def _rebuild(con: sqlite3.Connection, model: type[SealedRow], sealer: RowSealer) -> int:
    """Rebuild one table under its own name: clear columns copied, the now-sealed ones sealed.

    A model may say how to fill new clear columns (``upgrade_clear(old_row, sealer)``, e.g. a lookup
    tag) and sealed fields whose old column had another name (``upgrade_fields(old_row)``)."""
    dialect = sqlite_dialect.dialect()
    table = model.__tablename__  # type: ignore[attr-defined]
    _recreate(con, model, "_v2_")
    columns = [c for c in model.__table__.columns if c.name != SEAL_COLUMN]  # type: ignore[attr-defined]
    procs = {c.name: c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns}
    extra_clear = getattr(model, "upgrade_clear", None)
    extra_fields = getattr(model, "upgrade_fields", None)
    cur = con.execute(f'SELECT * FROM "_v2_{table}"')
    names = [d[0] for d in cur.description]
    done = 0
    for values in cur.fetchall():
        old = dict(zip(names, values, strict=True))
        raw = {c.name: old.get(c.name) for c in columns}
        if extra_clear is not None:
            raw.update(extra_clear(old, sealer))
        clear = {k: (procs[k](v) if procs[k] is not None and v is not None else v) for k, v in raw.items()}
        fields = {name: _old_field(spec.kind, old.get(name)) for name, spec in model.__sealed_fields__.items()}
        if extra_fields is not None:
            fields.update(extra_fields(old))
        _insert(con, model, sealer, raw, clear, fields)
        done += 1
    con.execute(f'DROP TABLE "_v2_{table}"')
    return done


def upgrade_v2(con: sqlite3.Connection, sealer: RowSealer, *, actor: str, mac: Callable[[str], str],
               seal: Callable[[bytes, str], bytes], from_schema: int) -> tuple[int, str, str]:
    """Seal the other concerns' tables inside the caller's transaction. Returns the new custody head.

    Runs after :func:`upgrade_v1` for a schema-1 vault. Tables whose columns already match are left
    alone; ingest blocks get their index's names sealed (``standfast.ingest.upgrade.seal_block_names``).
    """
    import_models()
    counts: dict[str, int] = {}
    for model in REGISTRY:
        if model in _OWN or not _needs_rebuild(con, model):
            continue
        counts[model.__tablename__] = _rebuild(con, model, sealer)  # type: ignore[attr-defined]
    from standfast.ingest.upgrade import seal_block_names

    counts.update(seal_block_names(con, seal, sealer))
    return _log_upgrade(con, sealer, actor=actor, mac=mac,
                        details={"from_schema": from_schema, "to_schema": 3, "rows_sealed": counts})


def _recreate(con: Any, model: Any, prefix: str) -> None:
    """Move a table aside as ``<prefix><name>`` (its indexes dropped) and create it anew in today's shape."""
    dialect = sqlite_dialect.dialect()
    table = model.__tablename__
    for (index,) in con.execute("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name=? "
                                "AND sql IS NOT NULL", (table,)).fetchall():
        con.execute(f'DROP INDEX "{index}"')
    con.execute(f'ALTER TABLE "{table}" RENAME TO "{prefix}{table}"')
    con.execute(str(CreateTable(model.__table__).compile(dialect=dialect)))
    for index in model.__table__.indexes:
        con.execute(str(CreateIndex(index).compile(dialect=dialect)))


def upgrade_v3(con: sqlite3.Connection, sealer: RowSealer, keeper: RecordKeeper, *, actor: str,
               mac: Callable[[str], str]) -> tuple[int, str, str]:
    """Schema 3 to 4: count every case's sealed rows into the per-case record digests and record their
    tags in the custody chain (``standfast.vault.records``). Returns the new custody head."""
    import_models()
    dialect = sqlite_dialect.dialect()
    con.execute(str(CreateTable(cast(Table, RecordState.__table__), if_not_exists=True).compile(dialect=dialect)))
    return _record_all(con, sealer, keeper, actor=actor, mac=mac, details={"from_schema": 3, "to_schema": 4})


def _record_all(con: sqlite3.Connection, sealer: RowSealer, keeper: RecordKeeper, *, actor: str,
                mac: Callable[[str], str], details: dict[str, Any]) -> tuple[int, str, str]:
    """Count every case's sealed rows into the record digests and chain their tags."""
    totals = all_totals(keeper, con)
    for (scope, table), (count, total) in sorted(totals.items()):
        raw = {"scope": scope, "table_name": table}
        con.execute("DELETE FROM vault_records WHERE scope = ? AND table_name = ?", (scope, table))
        _insert(con, RecordState, sealer, raw, dict(raw), {"count": count, "total": f"{total:x}"})
    return _chain_tags(con, sealer, keeper.tags(totals), actor=actor, mac=mac, details=details)


def _chain_tags(con: sqlite3.Connection, sealer: RowSealer, tags: dict[str, dict[str, list[Any]]], *, actor: str,
                mac: Callable[[str], str], details: dict[str, Any]) -> tuple[int, str, str]:
    """The upgrade's own custody entry (``details``, with the vault's tags), then one
    ``records.changed`` per case whose tags changed. Returns the new custody head."""
    last = con.execute("SELECT seq, hash FROM vault_custody ORDER BY seq DESC LIMIT 1").fetchone()
    seq, entry_hash = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    entry_mac = ""
    # One entry per case, so that an export of one case carries only its own tags.
    scopes = [VAULT_SCOPE, *sorted(s for s in tags if s != VAULT_SCOPE)]
    for scope in scopes:
        case_id = None if scope == VAULT_SCOPE else scope
        records = {scope: tags[scope]} if scope in tags else None
        entry_details: dict[str, Any] = {}
        action = "records.changed"
        if scope == VAULT_SCOPE:
            action, entry_details = "vault.upgraded", details
        seq, now = seq + 1, datetime.now(UTC)
        chash = content_hash(content_of(seq, now, actor, action, case_id, None, entry_details, records))
        prev, entry_hash = entry_hash, link_hash(entry_hash, chash)
        entry_mac = mac(entry_hash)
        row: dict[str, Any] = {"seq": seq, "action": action, "case_id": case_id, "item_id": None,
                               "content_hash": chash, "prev_hash": prev, "hash": entry_hash, "mac": entry_mac}
        _insert(con, CustodyEntry, sealer, row, dict(row), {"time": now, "actor": actor, "details": entry_details,
                                                            "records": records})
    return seq, entry_hash, entry_mac


def _apply_deltas(con: sqlite3.Connection, sealer: RowSealer, keeper: RecordKeeper,
                  deltas: Totals) -> dict[str, dict[str, list[Any]]]:
    """Fold row changes into the stored record digests (never counted again from the rows: an upgrade
    must not make a change made outside Standfast before it look intact). Returns the new tags."""
    result: Totals = {}
    for (scope, table), (dcount, dsum) in sorted(deltas.items()):
        found = con.execute("SELECT row_seal FROM vault_records WHERE scope = ? AND table_name = ?",
                            (scope, table)).fetchone()
        clear = {"scope": scope, "table_name": table}
        try:
            state = sealer.open(RecordState, clear, found[0]) if found is not None else {"count": 0, "total": "0"}
            count, total = int(state["count"]), int(str(state["total"]), 16)
        except Exception:
            continue  # a damaged digest stays as it is: verify reports it
        count, total = count + dcount, (total + dsum) % MODULUS
        con.execute("DELETE FROM vault_records WHERE scope = ? AND table_name = ?", (scope, table))
        _insert(con, RecordState, sealer, clear, dict(clear), {"count": count, "total": f"{total:x}"})
        result[(scope, table)] = [count, total]
    return keeper.tags(result)


# -- schema 4 -> 5: the tracker's tables ------------------------------------------------------------
def upgrade_v4(con: sqlite3.Connection, sealer: RowSealer, *, actor: str,
               mac: Callable[[str], str]) -> tuple[int, str, str]:
    """Create the tracker's tables inside the caller's transaction. Returns the new custody head.

    Runs for every vault older than schema 5 (after the earlier steps for older ones). The tables
    start empty; the custody entry records that they were made, so the log shows when this vault
    began keeping reports sent and payments made.
    """
    import_models()
    from standfast.tracker.models import TrackerEntry, TrackerPayment

    dialect = sqlite_dialect.dialect()
    tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    created = []
    for model in (TrackerEntry, TrackerPayment):
        table = cast(Table, model.__table__)
        if table.name in tables:
            continue
        con.execute(str(CreateTable(table).compile(dialect=dialect)))
        for index in table.indexes:
            con.execute(str(CreateIndex(index).compile(dialect=dialect)))
        created.append(table.name)
    return _log_upgrade(con, sealer, actor=actor, mac=mac,
                        details={"from_schema": 4, "to_schema": 5, "tables_created": created})


# -- schema 5 -> 6: a parsed file's attachment links are covered by its commitment -----------------
def upgrade_v5(con: sqlite3.Connection, sealer: RowSealer, keeper: RecordKeeper, *, actor: str,
               mac: Callable[[str], str]) -> tuple[int, str, str]:
    """Give each finished import's commitment the digest of its attachment links, as they are now
    (``standfast.vault.ledger.attachment_digest``), then record the digests again. Returns the new
    custody head.

    A commitment that no longer authenticates is left as it is (``verify`` reports it); the upgrade's
    custody entry counts the commitments extended, so the log shows from when these links are covered.
    The record digests are moved by the resealed rows alone, as a commit would move them.
    """
    import_models()
    dialect = sqlite_dialect.dialect()
    tables = {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    extended = 0
    deltas: Totals = {}
    if {"vault_commitment", "ingest_source"} <= tables:
        proc = cast(Table, Commitment.__table__).c.updated_at.type.dialect_impl(dialect).result_processor(dialect,
                                                                                                        None)
        seqs = {str(i): int(q) for i, q in con.execute("SELECT id, seq FROM ingest_source")}
        for scope, case_id, count, updated_at, token in con.execute(
                "SELECT scope, case_id, count, updated_at, row_seal FROM vault_commitment").fetchall():
            seq = seqs.get(str(scope).split(":", 1)[1]) if str(scope).startswith("ingest_source:") else None
            if seq is None:
                continue
            clear = {"scope": scope, "case_id": case_id, "count": count,
                     "updated_at": proc(updated_at) if proc is not None and updated_at is not None else updated_at}
            try:
                fields = sealer.open(Commitment, clear, token)
            except Exception:
                continue  # it no longer authenticates: left as it is, verify reports it
            if fields.get("attachments") is not None:
                continue
            new = sealer.seal(Commitment, clear, {**fields, "attachments": attachment_digest(con, seq)})
            con.execute("UPDATE vault_commitment SET row_seal = ? WHERE scope = ?", (new, scope))
            keeper.add(deltas, Commitment, clear, token, -1)
            keeper.add(deltas, Commitment, clear, new, 1)
            extended += 1
    tags = _apply_deltas(con, sealer, keeper, deltas) if deltas else {}
    return _chain_tags(con, sealer, tags, actor=actor, mac=mac,
                       details={"from_schema": 5, "to_schema": 6, "commitments_extended": extended})
