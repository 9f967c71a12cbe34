"""The vault's SQLite database: declarative base, engines, schema version, UTC timestamps.

SQLite runs in WAL mode with full fsync on commit. Writers begin with ``BEGIN IMMEDIATE`` so
the custody chain is appended by one writer at a time, across processes.
"""

from __future__ import annotations

import importlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, Engine, String, create_engine, event, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from standfast.errors import VaultError

SCHEMA_VERSION = 1

# Each concern declares its tables in its own models module; all are created with the vault.
MODEL_MODULES = (
    "standfast.vault.models",
    "standfast.ingest.models",
    "standfast.analyze.models",
    "standfast.takedown.models",
    "standfast.guide.models",
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


def open_engines(db_path: Path, *, create: bool) -> tuple[Engine, Engine]:
    """(writer, reader) engines for the vault database, creating or checking the schema."""
    import_models()
    writer = _make_engine(db_path, immediate=True)
    reader = _make_engine(db_path, immediate=False)
    with writer.begin() as conn:
        if create:
            Base.metadata.create_all(conn)
            conn.execute(Meta.__table__.insert(), [{"key": "schema_version", "value": str(SCHEMA_VERSION)}])
            return writer, reader
        try:
            row = conn.execute(text("SELECT value FROM vault_meta WHERE key='schema_version'")).first()
        except Exception:
            raise VaultError("The vault database is damaged or is not a Standfast database.") from None
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise VaultError("This vault was made by a newer Standfast. Please update Standfast to open it.")
        if version < 1:
            raise VaultError("The vault database has no schema version; it is damaged.")
        # New concerns add tables to existing vaults; existing tables are left as they are.
        Base.metadata.create_all(conn)
    return writer, reader


def utcnow() -> datetime:
    return datetime.now(UTC)
