"""Per-case commitments over every sealed row: a row deleted, added or put back is found by ``verify``.

A sealed row (``standfast.vault.rows``) proves that it was written by this vault, but not that it
is still there, or that it is the newest version of itself: an old copy of a row authenticates as
well as the current one. So every sealed table except the custody log counts, per case, a keyed
multiset digest of its rows: the sum, modulo 2**256, of HMAC-SHA256(table, primary key, the row's
whole seal) over the rows of that case (rows without a case count under the scope ``vault``).
A seal carries a fresh nonce each time a row is written, so each version of a row has its own
term. The digest is updated at each commit from the rows that commit wrote (the ORM events in
``rows``; a bulk ``update()``/``delete()`` counts its table again) and kept, sealed, in
``vault_records``.

What proves it is the custody chain: the transaction's last custody entry (or a
``records.changed`` entry when the transaction wrote none for that case) carries, in its
``records`` (covered by its content hash, beside its details), a tag per case and table: an
HMAC over (case, table, count, digest), which shows nothing about the rows. The chain and
``custody.head`` stop anyone from rolling those tags back, so ``verify`` recomputes every digest
from the rows it reads and names the case and table where a row was deleted, inserted, replayed
from an older version or moved.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from standfast.vault.keys import subkey
from standfast.vault.rows import CHANGES_KEY, RECOMPUTE_KEY, REGISTRY, SEAL_COLUMN, SealedRow, clear_columns

if TYPE_CHECKING:
    from standfast.vault.models import RecordState

VAULT_SCOPE = "vault"
MODULUS = 1 << 256
Totals = dict[tuple[str, str], list[int]]  # (scope, table) -> [count, sum]


def scope_of(model: type[SealedRow], clear: dict[str, Any]) -> str:
    """The case a row belongs to (``vault`` for rows of no case: stored files, the vault's own)."""
    if model.__tablename__ == "vault_case":  # type: ignore[attr-defined]
        return str(clear.get("id"))
    case_id = clear.get("case_id")
    return str(case_id) if case_id else VAULT_SCOPE


def pk_text(model: type[SealedRow], clear: dict[str, Any]) -> str:
    pk = [c.name for c in model.__table__.primary_key.columns]  # type: ignore[attr-defined]
    return "/".join(str(clear.get(name)) for name in pk)


def committed_models() -> list[type[SealedRow]]:
    from standfast.vault.db import import_models

    import_models()
    return [m for m in REGISTRY if m.__committed__]


class RecordKeeper:
    """Computes terms and tags for one vault (keys derived from its data key)."""

    def __init__(self, data_key: bytes) -> None:
        self._term_key = subkey(data_key, "records/term/v1")
        self._tag_key = subkey(data_key, "records/tag/v1")

    def term(self, table: str, pk: str, seal: Any) -> int:
        data = seal if isinstance(seal, bytes) else str(seal).encode("utf-8", "surrogateescape")
        mac = hmac.new(self._term_key, table.encode() + b"\x00" + pk.encode("utf-8", "surrogateescape") + b"\x00"
                       + data, hashlib.sha256)
        return int.from_bytes(mac.digest(), "big")

    def tag(self, scope: str, table: str, count: int, total: int) -> str:
        msg = f"{scope}\x00{table}\x00{count}\x00{total % MODULUS:064x}".encode()
        return hmac.new(self._tag_key, msg, hashlib.sha256).hexdigest()[:32]

    def add(self, totals: Totals, model: type[SealedRow], clear: dict[str, Any], seal: Any,
            sign: int = 1) -> None:
        table = model.__tablename__  # type: ignore[attr-defined]
        slot = totals.setdefault((scope_of(model, clear), table), [0, 0])
        slot[0] += sign
        slot[1] = (slot[1] + sign * self.term(table, pk_text(model, clear), seal)) % MODULUS

    def table_totals(self, conn: Any, model: type[SealedRow]) -> Totals:
        """Count a whole table again from the database (a bulk statement changed it)."""
        table = model.__tablename__  # type: ignore[attr-defined]
        columns = [c.name for c in clear_columns(model)]
        cols = ", ".join(f'"{c}"' for c in [*columns, SEAL_COLUMN])
        totals: Totals = {}
        sql = f'SELECT {cols} FROM "{table}"'
        rows = conn.exec_driver_sql(sql) if hasattr(conn, "exec_driver_sql") else conn.execute(sql)
        for raw in rows:
            clear = dict(zip(columns, raw[:-1], strict=True))
            self.add(totals, model, clear, raw[-1])
        return totals

    def tags(self, totals: Totals) -> dict[str, dict[str, list[Any]]]:
        out: dict[str, dict[str, list[Any]]] = {}
        for (scope, table), (count, total) in sorted(totals.items()):
            out.setdefault(scope, {})[table] = [count, self.tag(scope, table, count, total)]
        return out

    # -- at commit ---------------------------------------------------------------------------
    def settle(self, session: Session) -> dict[str, dict[str, list[Any]]]:
        """Fold this transaction's row changes into the stored digests; returns the new tags by case.

        Call after the last change of the transaction and before its commit. The caller records
        the tags in the custody chain.
        """
        from standfast.vault.models import RecordState

        session.flush()
        changes: list[tuple[type[SealedRow], dict[str, Any], int, bytes]] = session.info.pop(CHANGES_KEY, [])
        recompute: set[type[SealedRow]] = session.info.pop(RECOMPUTE_KEY, set())
        if not changes and not recompute:
            return {}
        deltas: Totals = {}
        for model, clear, sign, seal in changes:
            if model not in recompute:
                self.add(deltas, model, clear, seal, sign)
        states: dict[tuple[str, str], RecordState] = {}
        for scope, table in deltas:
            state = session.get(RecordState, (scope, table))
            if state is None:
                state = RecordState(scope=scope, table_name=table, count=0, total="0")
                session.add(state)
            states[(scope, table)] = state
        result: Totals = {}
        for key, (dcount, dsum) in deltas.items():
            state = states[key]
            result[key] = [int(state.count) + dcount, (int(state.total, 16) + dsum) % MODULUS]
        conn = session.connection()
        for model in recompute:
            table = model.__tablename__  # type: ignore[attr-defined]
            fresh = self.table_totals(conn, model)
            for state in session.scalars(select(RecordState).where(RecordState.table_name == table)):
                states[(state.scope, table)] = state
                fresh.setdefault((state.scope, table), [0, 0])  # a case whose rows were all removed
            for key in fresh:
                if key not in states:
                    states[key] = RecordState(scope=key[0], table_name=table, count=0, total="0")
                    session.add(states[key])
            result.update(fresh)
        for key, (count, total) in result.items():
            state = states[key]
            state.count, state.total = count, f"{total:x}"
        session.flush()
        return self.tags(result)


def expected_tags(entries: Iterable[tuple[int, Any]]) -> dict[tuple[str, str], tuple[int, str, int]]:
    """(scope, table) -> (count, tag, custody seq) from the newest custody entry that recorded each
    (``records`` of each entry, in chain order)."""
    expected: dict[tuple[str, str], tuple[int, str, int]] = {}
    for seq, records in entries:
        if not isinstance(records, dict):
            continue
        for scope, tables in records.items():
            if not isinstance(tables, dict):
                continue
            for table, value in tables.items():
                if isinstance(value, list) and len(value) == 2:
                    expected[(str(scope), str(table))] = (_int(value[0]), str(value[1]), seq)
    return expected


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def all_totals(keeper: RecordKeeper, conn: Any) -> Totals:
    """Every committed table counted from the database (schema upgrades; a raw sqlite3 connection)."""
    names = {str(n) for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    totals: Totals = {}
    for model in committed_models():
        if model.__tablename__ in names:  # type: ignore[attr-defined]
            totals.update(keeper.table_totals(conn, model))
    return totals
