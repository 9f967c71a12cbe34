"""A schema-3 vault (made by the code before the tracker) is upgraded to schema 5 in one transaction:
3 to 4 adds the per-case record digests, 4 to 5 the tracker's tables."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import select

from standfast.services import tracker
from standfast.vault.db import SCHEMA_VERSION
from standfast.vault.models import CustodyEntry
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE

V3_FIXTURE = Path(__file__).parent / "data" / "v3-vault"


def _tables(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_schema_3_vault_gets_the_tracker_tables_and_a_custody_entry(tmp_path: Path) -> None:
    assert SCHEMA_VERSION == 6
    folder = tmp_path / "old3"
    shutil.copytree(V3_FIXTURE, folder)
    assert "tracker_entry" not in _tables(folder / "standfast.db")
    with Vault.open(folder, PASSPHRASE) as v:
        case = v.list_cases()[0]
        assert case.title == "Planted Case Title Ibex"
        with v.read() as s:
            last = s.scalars(select(CustodyEntry).where(CustodyEntry.action == "vault.upgraded")
                             .order_by(CustodyEntry.seq.desc()).limit(2)).all()[1]  # 5 -> 6 came after
        assert last.action == "vault.upgraded"
        assert last.details == {"from_schema": 4, "to_schema": 5,
                                "tables_created": ["tracker_entry", "tracker_payment"]}
        e = tracker.add_report(v, case.id, "us-ic3", reference="after-upgrade")
        assert tracker.list_reports(v, case.id)[0].id == e.id
        assert v.verify().ok
    con = sqlite3.connect(folder / "standfast.db")
    assert con.execute("SELECT value FROM vault_meta WHERE key='schema_version'").fetchone()[0] == "6"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    with Vault.open(folder, PASSPHRASE) as again:  # a second open does not upgrade again
        with again.read() as s:
            upgrades = list(s.scalars(select(CustodyEntry).where(CustodyEntry.action == "vault.upgraded")))
        assert len(upgrades) == 3  # 3 -> 4, 4 -> 5 and 5 -> 6, once
        assert again.verify().ok


def test_a_failed_upgrade_leaves_the_schema_3_vault_as_it_was(tmp_path: Path) -> None:
    import pytest

    folder = tmp_path / "old3"
    shutil.copytree(V3_FIXTURE, folder)
    con = sqlite3.connect(folder / "standfast.db")
    # An index already holding the name the upgrade needs: it fails half-way, after creating a table.
    con.execute("CREATE INDEX ix_tracker_payment_case ON vault_case (status)")
    con.commit()
    con.close()
    before = _tables(folder / "standfast.db")
    with pytest.raises(Exception, match=r"ix_tracker_payment_case|upgraded"):
        Vault.open(folder, PASSPHRASE)
    con = sqlite3.connect(folder / "standfast.db")
    assert con.execute("SELECT value FROM vault_meta WHERE key='schema_version'").fetchone()[0] == "3"
    con.close()
    assert _tables(folder / "standfast.db") == before  # tracker_entry, made first, was rolled back too
