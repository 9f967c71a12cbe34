"""Sealed and authenticated rows: one mechanism for every table that keeps facts about a person.

A table that uses it keeps in clear only what the app needs to find rows (random ids, foreign
keys, sizes, coarse times, status codes). Everything else is declared as a :class:`SealedField`
and lives, encrypted, in the row's one ``row_seal`` column: AES-256-GCM under a key derived (HKDF)
from the vault's data key, with associated data that binds the table name and every clear column
of the row, primary key included. So a change to any column of any row, clear or sealed, and a
sealed value moved to another row, fail authentication.

How a concern uses it (see ``standfast.vault.models`` for the vault's own tables)::

    class Note(SealedRow, Base):
        __tablename__ = "guide_note"
        id: Mapped[str] = mapped_column(String(16), primary_key=True)   # clear
        case_id: Mapped[str] = mapped_column(ForeignKey("vault_case.id"))  # clear
        text = SealedField[str]("text")                                  # sealed
        when = SealedField[datetime | None]("datetime")                  # sealed

Objects are used as before (``note.text``); the ORM seals on insert and update and opens on load,
with the key taken from the session (``Vault.transaction()`` and ``Vault.read()`` provide it).
Rules: assign sealed values, do not mutate them in place (``row.meta = {**row.meta, "k": v}``);
change these tables through the ORM only (a Core ``UPDATE`` would leave the seal stale, and
``verify`` would rightly report the row). ``verify`` checks every registered table with
:func:`check_table`, without the ORM, so a damaged value becomes a finding, never a crash.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar, Generic, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Boolean, Connection, DateTime, Integer, LargeBinary, event, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column, object_session
from sqlalchemy.orm.attributes import flag_modified, set_committed_value
from sqlalchemy.orm.base import LoaderCallableStatus
from sqlalchemy.types import TypeDecorator

from standfast.errors import IntegrityError
from standfast.vault.keys import subkey

T = TypeVar("T")
VERSION = b"\x01"
NONCE = 12
KINDS = ("text", "json", "datetime", "bool", "int")
SESSION_KEY = "standfast_row_sealer"
SEAL_COLUMN = "row_seal"
CHANGES_KEY = "standfast_row_changes"  # session.info: (model, clear, sign, seal) of each row written
RECOMPUTE_KEY = "standfast_recompute"  # session.info: tables changed by a bulk statement
_VALUES = "_standfast_sealed_values"
SEALED_VALUES = _VALUES  # where an object keeps its opened sealed values (for objects built without a load)
NO_VALUE = LoaderCallableStatus.NO_VALUE


class RowTampered(IntegrityError):
    """A sealed row does not authenticate: some column of it was changed outside the app."""


class SealedField(Generic[T]):
    """A column whose value is kept inside the row's sealed payload. ``kind`` says how to encode it."""

    def __init__(self, kind: str = "text", *, default: Any = None) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown sealed field kind {kind!r}")
        self.kind = kind
        self.default = default
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        values = obj.__dict__.get(_VALUES)
        if values is None or self.name not in values:
            return self._default()  # type: ignore[no-any-return]
        return values[self.name]  # type: ignore[no-any-return]

    def __set__(self, obj: Any, value: T) -> None:
        obj.__dict__.setdefault(_VALUES, {})[self.name] = value
        state = inspect(obj, raiseerr=False)
        if state is not None and state.key is not None and SEAL_COLUMN in state.dict:
            flag_modified(obj, SEAL_COLUMN)  # so the ORM flushes the row and re-seals it

    def _default(self) -> Any:
        d = self.default
        return d() if callable(d) else d

    def encode(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind == "datetime":
            if not isinstance(value, datetime) or value.tzinfo is None:
                raise ValueError(f"{self.name}: a timezone-aware datetime is needed")
            return value.astimezone(UTC).isoformat()
        if self.kind == "bool":
            return bool(value)
        if self.kind == "int":
            return int(value)
        if self.kind == "text":
            return str(value)
        return json.loads(json.dumps(value, ensure_ascii=False, sort_keys=True))  # what a reader gets back

    def decode(self, value: Any) -> Any:
        if value is None:
            return self._default() if self.kind == "json" else None
        if self.kind == "datetime":
            return datetime.fromisoformat(value)
        return value


class SealedRow:
    """Mixin for a mapped class (put it before ``Base``): adds the ``sealed`` column and the events.

    ``__committed__`` says whether the table's rows count in the per-case commitments of
    ``standfast.vault.records`` (every table but the custody log and the commitments' own state).
    """

    __sealed_fields__: ClassVar[dict[str, SealedField[Any]]] = {}
    __committed__: ClassVar[bool] = True
    row_seal: Mapped[bytes] = mapped_column(LargeBinary)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields: dict[str, SealedField[Any]] = {}
        for klass in reversed(cls.__mro__):
            for name, value in vars(klass).items():
                if isinstance(value, SealedField):
                    fields[name] = value
        cls.__sealed_fields__ = fields
        if getattr(cls, "__tablename__", None):
            REGISTRY.append(cls)

    def sealed_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__sealed_fields__}


REGISTRY: list[type[SealedRow]] = []
"""Every sealed table, in declaration order; ``verify`` checks each one."""


def clear_columns(model: type[SealedRow]) -> list[Any]:
    return [c for c in model.__table__.columns if c.name != SEAL_COLUMN]  # type: ignore[attr-defined]


def _kind_of(column: Any) -> str:
    t = column.type.impl if isinstance(column.type, TypeDecorator) else column.type
    if isinstance(t, DateTime):
        return "datetime"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Integer):
        return "int"
    return "other"


_KINDS: dict[type[Any], list[tuple[str, str]]] = {}


def _clear_kinds(model: type[SealedRow]) -> list[tuple[str, str]]:
    """(name, kind) of each clear column, worked out once per table (sealing is on every write)."""
    found = _KINDS.get(model)
    if found is None:
        found = _KINDS[model] = [(c.name, _kind_of(c)) for c in clear_columns(model)]
    return found


def _norm(column: Any, value: Any) -> Any:
    """A clear value as the same JSON on the way in and on the way back from the database."""
    return _norm_kind(_kind_of(column), value)


def _norm_kind(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "datetime":
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return int(value)
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, int | float | bool):
        return value
    return json.loads(json.dumps(value, sort_keys=True, ensure_ascii=False))


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class RowSealer:
    """Seals and opens rows for one vault. Also makes keyed lookup tags for sealed values."""

    def __init__(self, data_key: bytes) -> None:
        self._aead = AESGCM(subkey(data_key, "rows/v1"))
        self._index_key = subkey(data_key, "rows/index/v1")

    def lookup_tag(self, kind: str, value: str) -> str:
        """A keyed tag to find rows by a sealed value (a file's hash) without storing the value."""
        return hmac.new(self._index_key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]

    @staticmethod
    def _ad(model: type[SealedRow], clear: dict[str, Any]) -> bytes:
        table = model.__tablename__  # type: ignore[attr-defined]
        values = {name: _norm_kind(kind, clear.get(name)) for name, kind in _clear_kinds(model)}
        return b"standfast/row/v1\x00" + _canonical([table, values])

    def seal(self, model: type[SealedRow], clear: dict[str, Any], fields: dict[str, Any]) -> bytes:
        specs = model.__sealed_fields__
        payload = _canonical({name: specs[name].encode(fields.get(name)) for name in specs})
        nonce = secrets.token_bytes(NONCE)
        return VERSION + nonce + self._aead.encrypt(nonce, payload, self._ad(model, clear))

    def open(self, model: type[SealedRow], clear: dict[str, Any], token: bytes | None, *,
             ad: bytes | None = None) -> dict[str, Any]:
        """The row's sealed values. ``ad``: the row's associated data when the caller made it already."""
        if not isinstance(token, bytes) or len(token) < 1 + NONCE + 16 or token[:1] != VERSION:
            raise RowTampered(f"The sealed part of {_where(model, clear)} is missing or damaged.")
        try:
            payload = self._aead.decrypt(token[1:1 + NONCE], token[1 + NONCE:], ad or self._ad(model, clear))
        except InvalidTag:
            raise RowTampered(f"{_where(model, clear)} was changed outside Standfast (it no longer "
                              "authenticates).") from None
        raw = json.loads(payload)
        return {name: spec.decode(raw.get(name)) for name, spec in model.__sealed_fields__.items()}


def _where(model: type[SealedRow], clear: dict[str, Any]) -> str:
    return f"{model.__tablename__} row {_pk_text(model, clear)}"  # type: ignore[attr-defined]


def _pk_text(model: type[SealedRow], clear: dict[str, Any]) -> str:
    pk = [c.name for c in model.__table__.primary_key.columns]  # type: ignore[attr-defined]
    return "/".join(str(clear.get(name)) for name in pk)


def _sealer_of(session: Session | None) -> RowSealer:
    sealer = session.info.get(SESSION_KEY) if session is not None else None
    if sealer is None:
        raise RuntimeError("a sealed table was used outside Vault.transaction() / Vault.read()")
    return sealer  # type: ignore[no-any-return]


def _clear_of(obj: SealedRow) -> dict[str, Any]:
    return {c.name: getattr(obj, c.key) for c in clear_columns(type(obj))}


def seal_object(obj: SealedRow, sealer: RowSealer) -> None:
    obj.row_seal = sealer.seal(type(obj), _clear_of(obj), obj.sealed_values())


def _pk_missing(obj: SealedRow) -> bool:
    return any(getattr(obj, c.key) is None for c in type(obj).__table__.primary_key.columns)  # type: ignore[attr-defined]


def _note(target: SealedRow, clear: dict[str, Any], sign: int, seal: Any) -> None:
    """Remember a row written in this session, for the per-case commitments (``vault.records``)."""
    model = type(target)
    if not model.__committed__:
        return
    session = object_session(target)
    if session is None:
        return
    if not isinstance(seal, bytes) or not seal:
        # The old version is not loaded: the whole table is counted again at commit.
        session.info.setdefault(RECOMPUTE_KEY, set()).add(model)
        return
    session.info.setdefault(CHANGES_KEY, []).append((model, clear, sign, seal))


def _committed_clear(obj: SealedRow) -> dict[str, Any]:
    """The row's clear columns as they are in the database (before this flush's changes)."""
    state = inspect(obj)
    committed = state.committed_state
    out = {}
    for c in clear_columns(type(obj)):
        value = committed.get(c.key, state.dict.get(c.key))
        out[c.name] = None if value is NO_VALUE else value
    return out


def _before_write(_mapper: Any, _conn: Connection, target: SealedRow) -> None:
    if _pk_missing(target):  # an autoincrement id is known only after the INSERT: sealed just after it
        target.row_seal = b""
        return
    seal_object(target, _sealer_of(object_session(target)))


def _before_update(_mapper: Any, conn: Connection, target: SealedRow) -> None:
    state = inspect(target)
    old = state.committed_state.get(SEAL_COLUMN, state.dict.get(SEAL_COLUMN))
    _note(target, _committed_clear(target), -1, None if old is NO_VALUE else old)
    _before_write(_mapper, conn, target)


def _after_update(_mapper: Any, _conn: Connection, target: SealedRow) -> None:
    _note(target, _clear_of(target), 1, target.row_seal)


def _after_insert(_mapper: Any, conn: Connection, target: SealedRow) -> None:
    if target.row_seal == b"":
        model = type(target)
        table = model.__table__  # type: ignore[attr-defined]
        token = _sealer_of(object_session(target)).seal(model, _clear_of(target), target.sealed_values())
        conn.execute(table.update().where(*[c == getattr(target, c.key) for c in table.primary_key.columns])
                     .values({SEAL_COLUMN: token}))
        set_committed_value(target, SEAL_COLUMN, token)
    _note(target, _clear_of(target), 1, target.row_seal)


def _after_delete(_mapper: Any, _conn: Connection, target: SealedRow) -> None:
    old = inspect(target).dict.get(SEAL_COLUMN)
    _note(target, _committed_clear(target), -1, old)


def _on_load(target: SealedRow, context: Any, *_attrs: Any) -> None:
    state = inspect(target)
    if SEAL_COLUMN not in state.dict:
        return
    sealer = _sealer_of(context.session)
    target.__dict__[_VALUES] = sealer.open(type(target), _clear_of(target), state.dict[SEAL_COLUMN])


def _bulk_statement(orm_execute_state: Any) -> None:
    """A bulk ``update()`` / ``delete()`` of a sealed table: its commitments are counted again at commit."""
    if not (orm_execute_state.is_update or orm_execute_state.is_delete):
        return
    for mapper in orm_execute_state.all_mappers:
        model = mapper.class_
        if isinstance(model, type) and issubclass(model, SealedRow) and model.__committed__:
            orm_execute_state.session.info.setdefault(RECOMPUTE_KEY, set()).add(model)


event.listen(SealedRow, "before_insert", _before_write, propagate=True)
event.listen(SealedRow, "after_insert", _after_insert, propagate=True)
event.listen(SealedRow, "before_update", _before_update, propagate=True)
event.listen(SealedRow, "after_update", _after_update, propagate=True)
event.listen(SealedRow, "after_delete", _after_delete, propagate=True)
event.listen(Session, "do_orm_execute", _bulk_statement)
event.listen(SealedRow, "load", _on_load, propagate=True)
event.listen(SealedRow, "refresh", _on_load, propagate=True)


# -- checking a whole table without the ORM (verify, migration) -----------------------------------
@dataclass
class OpenedRow:
    """One row read straight from the database: its clear columns and, if it authenticates, the rest."""

    pk: str
    clear: dict[str, Any]
    fields: dict[str, Any] | None
    problem: str | None = None
    seal: Any = None


def _processors(conn: Connection, model: type[SealedRow]) -> dict[str, Any]:
    dialect = conn.dialect
    return {c.name: c.type.dialect_impl(dialect).result_processor(dialect, None) for c in clear_columns(model)}


def read_table(conn: Connection, model: type[SealedRow], sealer: RowSealer) -> Iterator[OpenedRow]:
    """Every row of a sealed table, opened; a row that fails gets ``problem`` set (never raises)."""
    table = model.__tablename__  # type: ignore[attr-defined]
    columns = [c.name for c in clear_columns(model)]
    procs = _processors(conn, model)
    select_cols = ", ".join(f'"{c}"' for c in [*columns, SEAL_COLUMN])
    cursor = conn.exec_driver_sql(f'SELECT {select_cols} FROM "{table}"')
    for raw in cursor:
        raw_clear = dict(zip(columns, raw[:-1], strict=True))
        pk = _pk_text(model, raw_clear)
        try:
            clear = {k: (procs[k](v) if procs[k] is not None and v is not None else v)
                     for k, v in raw_clear.items()}
            ad = RowSealer._ad(model, clear)  # every clear value must be of its column's kind
        except Exception:
            yield OpenedRow(pk, raw_clear, None, "a value of the wrong kind was written into one of its columns",
                            raw[-1])
            continue
        try:
            fields = sealer.open(model, clear, raw[-1], ad=ad)
        except RowTampered as exc:
            damaged = "missing or damaged" in str(exc)
            yield OpenedRow(pk, clear, None, "its sealed part is missing or damaged" if damaged else
                            "it no longer authenticates (one of its columns was edited)", raw[-1])
            continue
        except (ValueError, TypeError):
            yield OpenedRow(pk, clear, None, "its sealed part is damaged", raw[-1])
            continue
        yield OpenedRow(pk, clear, fields, None, raw[-1])


def check_table(conn: Connection, model: type[SealedRow], sealer: RowSealer) -> tuple[int, list[OpenedRow]]:
    """(rows checked, rows that fail) for one sealed table."""
    count, bad = 0, []
    for row in read_table(conn, model, sealer):
        count += 1
        if row.problem is not None:
            bad.append(row)
    return count, bad


def seal_existing_rows(con: Any, model: type[SealedRow], sealer: RowSealer) -> int:
    """Give every row of a table that just got its ``row_seal`` column a seal (for schema upgrades).

    ``con`` is a raw ``sqlite3`` connection inside the upgrade's transaction. The table's sealed
    fields, if any, must already be filled in by the caller; tables that only authenticate their
    clear columns need nothing else. Returns the number of rows sealed.
    """
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    dialect = sqlite_dialect.dialect()
    table = model.__tablename__  # type: ignore[attr-defined]
    columns = [c.name for c in clear_columns(model)]
    procs = {c.name: c.type.dialect_impl(dialect).result_processor(dialect, None) for c in clear_columns(model)}
    pk = [c.name for c in model.__table__.primary_key.columns]  # type: ignore[attr-defined]
    names = ", ".join(f'"{c}"' for c in columns)
    rows = con.execute(f'SELECT {names} FROM "{table}"').fetchall()
    where = " AND ".join(f'"{c}" = ?' for c in pk)
    for raw in rows:
        raw_clear = dict(zip(columns, raw, strict=True))
        clear = {k: (procs[k](v) if procs[k] is not None and v is not None else v) for k, v in raw_clear.items()}
        token = sealer.seal(model, clear, {})
        con.execute(f'UPDATE "{table}" SET {SEAL_COLUMN} = ? WHERE {where}',
                    [token, *(raw_clear[c] for c in pk)])
    return len(rows)
