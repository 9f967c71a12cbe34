"""The vault's SQLite database: declarative base, engines, schema version, UTC timestamps.

SQLite runs in WAL mode with full fsync on commit. Writers begin with ``BEGIN IMMEDIATE`` so
the custody chain is appended by one writer at a time, across processes.
"""

from __future__ import annotations

import hmac
import importlib
import json
import os
import sqlite3
import urllib.parse
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, cast

from sqlalchemy import JSON, Connection, DateTime, Engine, String, Table, create_engine, event, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from standfast.errors import VaultError
from standfast.vault.failures import DAMAGED_DB, DamagedDatabase, explain
from standfast.vault.fsutil import FILE_MODE

SCHEMA_VERSION = 6  # 2: vault tables are sealed rows (standfast.vault.rows); 3: every other table too;
# 4: per-case record digests (standfast.vault.records); 5: the tracker's tables (reports sent, payments
# made), created by an upgrade step with its custody entry; 6: imported attachment links covered by
# their file's commitment (standfast.vault.ledger)

# Each concern declares its tables in its own models module; all are created with the vault.
MODEL_MODULES = (
    "standfast.vault.models",
    "standfast.ingest.models",
    "standfast.analyze.models",
    "standfast.takedown.models",
    "standfast.guide.models",
    "standfast.tracker.models",
    "standfast.reports.models",
    "standfast.web.models",
)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns timezone-aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the vault; use timezone-aware UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[str]: JSON}


class Meta(Base):
    __tablename__ = "vault_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String)


def import_models() -> None:
    for name in MODEL_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def _make_engine(db_path: Path, *, immediate: bool) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"timeout": 30, "check_same_thread": False},
        json_serializer=lambda obj: json.dumps(obj, ensure_ascii=False, sort_keys=True),
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _peek_meta(db_path: Path) -> dict[str, str]:
    """vault_meta read without creating any file (no WAL, no lock): for refusing before writing."""
    uri = "file:" + urllib.parse.quote(str(db_path.absolute())) + "?immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            return {str(k): str(v) for k, v in con.execute("SELECT key, value FROM vault_meta")}
        finally:
            con.close()
    except sqlite3.Error:
        return {}


def _check_binding(meta: dict[str, str], vault_id: str, tag: str) -> None:
    if "vault_id" in meta and meta["vault_id"] != vault_id:
        raise VaultError("The key file (vault.json) belongs to another vault. Nothing was changed; "
                         "put this vault's own vault.json back.")
    if "key_binding" in meta and not hmac.compare_digest(meta["key_binding"], tag):
        raise VaultError("The key file (vault.json) does not match this vault's database. Nothing was changed.")


def _read_meta(engine: Engine, db_path: Path) -> dict[str, str]:
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT key, value FROM vault_meta")).all()
    except Exception as exc:
        plain = explain(exc, db_path.parent)
        if plain is not None and not isinstance(plain, DamagedDatabase):
            raise plain from None  # a full disk or a read-only folder is not a damaged database
        raise DamagedDatabase(DAMAGED_DB) from None
    return {str(k): str(v) for k, v in rows}


def open_engines(db_path: Path, *, create: bool, binding: tuple[str, str],
                 adopt: Callable[[Connection], None] | None = None,
                 upgrade: Callable[[sqlite3.Connection, int], None] | None = None) -> tuple[Engine, Engine]:
    """(writer, reader) engines for the vault database, creating or checking the schema.

    ``binding`` is ``(vault_id, tag)`` from the key file and data key. An existing database that
    names another vault, or another key, is refused before anything is written to it. A database
    from before binding existed is bound once ``adopt`` (run inside the first write transaction)
    has proved the key belongs to it. An older schema is handed to ``upgrade`` with its version (in
    one transaction, foreign-key checks deferred to its end), then scrubbed of old plaintext.
    """
    import_models()
    if create:
        fd = os.open(db_path, os.O_RDWR | os.O_CREAT | os.O_EXCL, FILE_MODE)  # WAL/SHM copy this mode
        os.close(fd)
    elif not db_path.is_file():
        raise VaultError("The vault database (standfast.db) is missing. Restore it from a backup.")
    vault_id, tag = binding
    if not create:
        _check_binding(_peek_meta(db_path), vault_id, tag)
    writer = _make_engine(db_path, immediate=True)
    reader = _make_engine(db_path, immediate=False)
    if create:
        with writer.begin() as conn:
            Base.metadata.create_all(conn)
            conn.execute(cast(Table, Meta.__table__).insert(), [
                {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                {"key": "vault_id", "value": vault_id}, {"key": "key_binding", "value": tag}])
        return writer, reader
    meta = _read_meta(reader, db_path)
    version_text = meta.get("schema_version", "0")
    version = int(version_text) if version_text.isdigit() else 0
    if version > SCHEMA_VERSION:
        raise VaultError("This vault was made by a newer Standfast. Please update Standfast to open it.")
    if version < 1:
        raise VaultError("The vault database has no schema version; it is damaged.")
    _check_binding(meta, vault_id, tag)
    if "vault_id" not in meta or "key_binding" not in meta:
        with writer.begin() as conn:
            if adopt is not None:
                adopt(conn)
            for key, value in (("vault_id", vault_id), ("key_binding", tag)):
                conn.execute(text("INSERT OR REPLACE INTO vault_meta (key, value) VALUES (:k, :v)"),
                             {"k": key, "v": value})
    if version < SCHEMA_VERSION:
        if upgrade is None:
            raise VaultError("This vault needs an upgrade that this program cannot do.")
        _run_upgrade(db_path, upgrade, version)
    with writer.begin() as conn:
        # New concerns add tables to existing vaults; existing tables are left as they are.
        Base.metadata.create_all(conn)
    return writer, reader


def _run_upgrade(db_path: Path, upgrade: Callable[[sqlite3.Connection, int], None], version: int) -> None:
    con = sqlite3.connect(db_path, isolation_level=None, timeout=30)
    try:
        # Tables are rebuilt under their own names: other tables' foreign keys must keep naming them.
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("PRAGMA legacy_alter_table=ON")
        con.execute("PRAGMA secure_delete=ON")  # old plaintext pages are overwritten, not just freed
        con.execute("PRAGMA synchronous=FULL")
        con.execute("BEGIN IMMEDIATE")
        try:
            found = con.execute("SELECT value FROM vault_meta WHERE key='schema_version'").fetchone()
            if found is None or found[0] != str(version):  # another process upgraded it meanwhile
                con.execute("ROLLBACK")
                return
            upgrade(con, version)
            if con.execute("PRAGMA foreign_key_check").fetchall():
                raise VaultError("The vault could not be upgraded: its records do not fit together. "
                                 "Nothing was changed.")
            con.execute("UPDATE vault_meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION),))
            con.execute("COMMIT")
        except BaseException as exc:
            if con.in_transaction:
                con.execute("ROLLBACK")
            if isinstance(exc, Exception) and not isinstance(exc, VaultError | sqlite3.OperationalError):
                raise VaultError("The vault could not be upgraded: one of its records is damaged. Nothing was "
                                 "changed; `standfast --debug` shows which.") from exc
            raise
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("VACUUM")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def utcnow() -> datetime:
    return datetime.now(UTC)
