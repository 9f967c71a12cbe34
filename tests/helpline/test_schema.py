"""The helpline's schema is made by Alembic migrations that go up and down on real PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from standfast.errors import UsageError, WrongPassphrase
from standfast.helpline import migrate
from standfast.helpline.schema import metadata
from standfast.helpline.store import Helpline, make_engine
from tests.helpline.helpers import PASSPHRASE, make_helpline


def _tables(engine: sa.Engine) -> set[str]:
    return {n for n in sa.inspect(engine).get_table_names() if n.startswith("hl_")}


def test_migrations_go_up_match_the_models_and_come_down(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        migrate.upgrade(engine, "h0001")
        assert "hl_case" in _tables(engine)
        cols = {c["name"] for c in sa.inspect(engine).get_columns("hl_case")}
        assert "purge_after" not in cols
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as c:
            diff = compare_metadata(MigrationContext.configure(c), metadata)
        assert diff == []
        migrate.downgrade(engine, "h0001")
        cols = {c["name"] for c in sa.inspect(sa.create_engine(engine.url)).get_columns("hl_case")}
        assert "purge_after" not in cols
        migrate.downgrade(engine, "base")
        assert _tables(engine) == set()
        migrate.upgrade(engine)
        assert len(_tables(engine)) == 7
    finally:
        engine.dispose()


def test_init_makes_keys_and_opens_only_with_the_passphrase(pg_url: str, tmp_path: Path) -> None:
    hl = make_helpline(pg_url, tmp_path)
    try:
        assert hl.public_key.startswith("age1")
        assert hl.identity().startswith("AGE-SECRET-KEY-1")
        fp = hl.fingerprint
        assert [e.action for e in hl.audit_entries()] == ["helpline.created"]
    finally:
        hl.close()
    with pytest.raises(WrongPassphrase):
        Helpline.open(pg_url, "not the passphrase", actor="x")
    again = Helpline.open(pg_url, PASSPHRASE, actor="x")
    try:
        assert again.fingerprint == fp
        # The secret key is not in the database in clear.
        with again.read() as c:
            dump = " ".join(str(v) for (v,) in c.execute(sa.text("select value from hl_meta")))
        assert "AGE-SECRET-KEY" not in dump
    finally:
        again.close()
    with pytest.raises(UsageError):
        make_helpline(pg_url, tmp_path / "other")
