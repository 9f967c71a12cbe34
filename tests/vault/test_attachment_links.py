"""Imported attachment links (``ingest_attachment``) are covered by their file's commitment.

Tried from outside with sqlite3: every column of every link changed, a link deleted, one added to
the file, one added that belongs to no file. Each must be found by ``verify``. A vault from before
schema 6 gets the digest on upgrade, and the upgrade does not make an earlier change look intact.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from standfast.vault.keys import KdfParams
from standfast.vault.models import Commitment, CustodyEntry
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.vault.helpers import changed_cell

pytestmark = pytest.mark.timeout(600)

CHAT = (
    "13/03/24, 21:03 - Jess_x: hey, saw you on insta\n"
    "14/03/24, 00:14 - Jess_x: IMG-20240314-WA0001.jpg (file attached)\n"
    "14/03/24, 00:15 - Jess_x: VID-20240314-WA0002.mp4 (file attached)\n"
    "14/03/24, 00:40 - Jess_x: Pay 500 USD in bitcoin within 24 hours or I send them to your family.\n"
    "14/03/24, 00:41 - Sam: IMG-20240314-WA0003.jpg (file attached)\n"
)
COLUMNS = ("message_id", "ordinal", "item_id", "kind", "missing")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    os.environ["STANDFAST_TEST_FAST_KDF"] = "1"
    root = tmp_path_factory.mktemp("links")
    folder = root / "vault"
    v, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="examiner")
    case = v.create_case("Links case", country="US", age_group="adult")
    src = root / "in"
    src.mkdir()
    (src / "IMG-20240314-WA0001.jpg").write_bytes(b"\xff\xd8\xff\xe0 a picture sent by the other side")
    (src / "WhatsApp Chat with Jess_x.txt").write_text(CHAT)
    from standfast.ingest.importer import import_path

    import_path(v, case.id, src, zone="UTC")
    report = v.verify()
    assert report.ok, report.problems
    v.close()
    con = sqlite3.connect(folder / "standfast.db")
    assert con.execute("SELECT count(*) FROM ingest_attachment").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM ingest_attachment WHERE item_id IS NOT NULL").fetchone()[0] >= 1
    con.close()
    return folder


@pytest.fixture
def copy(built: Path, tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "v"
    shutil.copytree(built, folder)
    yield folder


def test_the_commitment_records_the_links(built: Path) -> None:
    with Vault.open(built, PASSPHRASE) as v, v.read() as s:
        commitment = s.scalars(select(Commitment)).one()
        assert commitment.attachments is not None and commitment.attachments[0] == 3


def test_every_cell_of_every_link_changed_is_found(copy: Path) -> None:
    con = sqlite3.connect(copy / "standfast.db")
    rows = con.execute(f"SELECT rowid, {', '.join(COLUMNS)} FROM ingest_attachment ORDER BY rowid").fetchall()
    missed = []
    with Vault.open(copy, PASSPHRASE) as v:
        for rowid, *values in rows:
            for col, value in zip(COLUMNS, values, strict=True):
                con.execute(f"UPDATE ingest_attachment SET {col} = ? WHERE rowid = ?", (changed_cell(value), rowid))
                con.commit()
                problems = v.verify().problems
                if not any(p.kind == "block" and "attachment link" in p.detail for p in problems):
                    missed.append((rowid, col))
                con.execute(f"UPDATE ingest_attachment SET {col} = ? WHERE rowid = ?", (value, rowid))
                con.commit()
        assert v.verify().ok
    con.close()
    assert missed == []


def test_links_deleted_added_or_orphaned_are_found(copy: Path) -> None:
    con = sqlite3.connect(copy / "standfast.db")
    first = con.execute("SELECT id, message_id, ordinal, item_id, kind, missing FROM ingest_attachment "
                        "ORDER BY id LIMIT 1").fetchone()
    with Vault.open(copy, PASSPHRASE) as v:
        con.execute("DELETE FROM ingest_attachment WHERE id = ?", (first[0],))
        con.commit()
        details = [p.detail for p in v.verify().problems]
        assert any("1 of its 3 attachment link(s) were removed" in d for d in details), details
        con.execute("INSERT INTO ingest_attachment VALUES (?, ?, ?, ?, ?, ?)", first)
        con.commit()
        assert v.verify().ok

        con.execute("INSERT INTO ingest_attachment (message_id, ordinal, item_id, kind, missing) "
                    "VALUES (?, 5, NULL, 'image', 1)", (first[1],))
        con.commit()
        details = [p.detail for p in v.verify().problems]
        assert any("1 attachment link(s) were added" in d for d in details), details
        con.execute("DELETE FROM ingest_attachment WHERE ordinal = 5")
        con.commit()

        con.execute("INSERT INTO ingest_attachment (message_id, ordinal, item_id, kind, missing) "
                    "VALUES (?, 0, NULL, 'image', 1)", (999 << 32,))
        con.commit()
        details = [p.detail for p in v.verify().problems]
        assert any("1 attachment link(s) belong to no imported file" in d for d in details), details
    con.close()


def _as_schema_5(folder: Path) -> None:
    """The vault as schema 5 left it: the commitment without its links' digest."""
    with Vault.open(folder, PASSPHRASE) as v:
        with v.transaction() as s:
            commitment = s.scalars(select(Commitment)).one()
            commitment.attachments = None
        assert v.verify().ok
    con = sqlite3.connect(folder / "standfast.db")
    con.execute("UPDATE vault_meta SET value = '5' WHERE key = 'schema_version'")
    con.commit()
    con.close()


def test_upgrade_to_schema_6_covers_the_links_of_finished_imports(copy: Path) -> None:
    _as_schema_5(copy)
    with Vault.open(copy, PASSPHRASE) as v:
        with v.read() as s:
            upgrade = s.scalars(select(CustodyEntry).where(CustodyEntry.action == "vault.upgraded")
                                .order_by(CustodyEntry.seq.desc()).limit(1)).one()
            commitment = s.scalars(select(Commitment)).one()
        assert upgrade.details == {"from_schema": 5, "to_schema": 6, "commitments_extended": 1}
        assert commitment.attachments is not None and commitment.attachments[0] == 3
        report = v.verify()
        assert report.ok, report.problems
    con = sqlite3.connect(copy / "standfast.db")
    assert con.execute("SELECT value FROM vault_meta WHERE key='schema_version'").fetchone()[0] == "6"
    con.execute("UPDATE ingest_attachment SET missing = 1 - missing WHERE rowid = (SELECT min(rowid) "
                "FROM ingest_attachment)")
    con.commit()
    con.close()
    with Vault.open(copy, PASSPHRASE) as v:
        assert any("attachment link" in p.detail for p in v.verify().problems)


def test_the_upgrade_moves_only_the_commitments_tag(copy: Path) -> None:
    """Digests are moved by the resealed rows alone, never counted again from the rows: a row
    deleted outside Standfast before the upgrade is still found after it."""
    with Vault.open(copy, PASSPHRASE) as v:
        item = v.add_note(v.list_cases()[0].id, "a note that will be deleted outside Standfast").id
    _as_schema_5(copy)
    con = sqlite3.connect(copy / "standfast.db")
    blocks = con.execute("SELECT count(*) FROM ingest_block").fetchone()[0]
    con.execute("DELETE FROM vault_item WHERE id = ?", (item,))
    con.commit()
    con.close()
    with Vault.open(copy, PASSPHRASE) as v:
        with v.read() as s:
            upgrade = s.scalars(select(CustodyEntry).where(CustodyEntry.action == "vault.upgraded")
                                .order_by(CustodyEntry.seq.desc()).limit(1)).one()
            after = list(s.scalars(select(CustodyEntry).where(CustodyEntry.seq > upgrade.seq)))
        assert [e.action for e in after] == ["records.changed"]
        tags = after[0].records
        assert tags is not None and [set(t) for t in tags.values()] == [{"vault_commitment"}]
        report = v.verify()
        assert report.blocks_checked == blocks
        assert any(item in p.where or item in p.detail for p in report.problems), report.problems
