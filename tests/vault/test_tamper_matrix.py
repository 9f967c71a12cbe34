"""The tamper matrix: every column of every row of every covered table, every blob, every block,
key-file swaps and custody edits. Each change must be found by ``verify`` (100%), and no change may
crash or hang it.

Covered tables: the vault's own (cases, items, blobs, custody log, commitments), the analyze
concern's verdicts and indicators, and the imported message blocks and their files' records.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from standfast.errors import StandfastError
from standfast.vault.keys import KdfParams
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.vault.helpers import changed_cell, jpeg_with_exif

pytestmark = pytest.mark.timeout(900)

TABLES = ("vault_case", "vault_item", "vault_blob", "vault_custody", "vault_commitment", "analyze_result",
          "analyze_indicator", "ingest_block")
SOURCE_COLUMNS = ("seq", "case_id", "item_id", "file", "file_sha256", "parser", "platform", "messages",
                  "attachments", "issues", "status", "started_at", "completed_at")
CHAT = "".join(f"13/03/24, 21:{m % 60:02d} - {'Jess' if m % 2 else 'Sam'}: message {m}"
               + (", pay 500 USD to bc1qexampleexampleexampleexample0000 within 24 hours" if m in (3, 700) else "")
               + "\n" for m in range(1200))
ROWS_PER_TABLE = 4  # every column of every table; rows: the first ones and the last one


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with every kind of row: cases, items of each kind and status, an import, verdicts."""
    os.environ["STANDFAST_TEST_FAST_KDF"] = "1"
    root = tmp_path_factory.mktemp("matrix")
    folder = root / "vault"
    v, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="examiner")
    case = v.create_case("Matrix case", country="US", age_group="adult", platforms=["whatsapp"])
    v.update_case(case.id, title="Matrix case, renamed")
    src = root / "in"
    src.mkdir()
    photo = v.add_file(case.id, jpeg_with_exif(src / "photo.jpg")).item
    (src / "big.bin").write_bytes(os.urandom(1_100_000))
    v.add_file(case.id, src / "big.bin")
    (src / "gone.txt").write_text("to purge")
    gone = v.add_file(case.id, src / "gone.txt").item
    v.purge(gone.id, "asked to")
    (src / "w.txt").write_text("withdrawn")
    w = v.add_file(case.id, src / "w.txt").item
    v.withdraw(w.id, "not relevant")
    v.mark_intimate(photo.id)
    note = v.add_note(case.id, "He wrote: pay 1,200 USD in bitcoin within 48 hours or I send the video.")
    v.add_url(case.id, "https://example.org/profile")
    v.add_hash_only(case.id, name="minor.jpg", sha256="ab" * 32, md5="cd" * 16, size=10, mime="image/jpeg",
                    metadata={}, reason="a minor's image: hashes only")
    from standfast.analyze.store import analyze_item
    from standfast.ingest.importer import import_path

    analyze_item(v, note.id)
    (src / "WhatsApp Chat with Jess.txt").write_text(CHAT)
    import_path(v, case.id, src / "WhatsApp Chat with Jess.txt", zone="UTC")
    report = v.verify()
    assert report.ok, report.problems
    assert report.blocks_checked >= 3
    v.close()
    return folder


@pytest.fixture
def vault_copy(built: Path, tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "v"
    shutil.copytree(built, folder)
    yield folder


def _cells(con: sqlite3.Connection) -> list[tuple[str, str, int, object]]:
    cells = []
    for table in TABLES:
        cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
        rows = con.execute(f'SELECT rowid, {", ".join(chr(34) + c + chr(34) for c in cols)} '
                           f'FROM "{table}" ORDER BY rowid').fetchall()
        for rowid, *values in rows[:ROWS_PER_TABLE - 1] + rows[-1:] if len(rows) > ROWS_PER_TABLE else rows:
            cells.extend((table, col, rowid, val) for col, val in zip(cols, values, strict=True))
    for rowid, *values in con.execute(f'SELECT rowid, {", ".join(SOURCE_COLUMNS)} FROM ingest_source'):
        cells.extend(("ingest_source", col, rowid, val) for col, val in zip(SOURCE_COLUMNS, values, strict=True))
    return cells


def _verify(folder: Path, *, refusal_is_finding: bool = False) -> list[str]:
    """verify's findings. Only where a test says so is a refusal to open the vault a finding: anywhere
    else (a full disk under a loaded machine, say) it is raised, never counted as a miss or a find."""
    try:
        with Vault.open(folder, PASSPHRASE) as v:
            return [f"{p.where}: {p.detail}" for p in v.verify().problems]
    except StandfastError as exc:
        if not refusal_is_finding:
            raise
        return [f"refused: {exc}"]


def test_every_cell_of_every_covered_table(vault_copy: Path) -> None:
    db = vault_copy / "standfast.db"
    con = sqlite3.connect(db)
    cells = _cells(con)
    tables = {c[0] for c in cells}
    assert tables == {*TABLES, "ingest_source"}
    missed, crashed = [], []
    with Vault.open(vault_copy, PASSPHRASE) as v:  # one open vault, as a long-running app would have
        for table, col, rowid, value in cells:
            new = changed_cell(value)
            con.execute(f'UPDATE "{table}" SET "{col}" = ? WHERE rowid = ?', (new, rowid))
            con.commit()
            # An INTEGER PRIMARY KEY is the rowid itself: the changed row is then found by its new value.
            moved = new if isinstance(new, int) and con.execute(f'SELECT 1 FROM "{table}" WHERE rowid = ?',
                                                               (rowid,)).fetchone() is None else rowid
            try:
                problems = v.verify().problems
            except Exception as exc:
                crashed.append((table, col, rowid, repr(exc)))
                problems = ["crash"]
            if not problems:
                missed.append((table, col, rowid))
            con.execute(f'UPDATE "{table}" SET "{col}" = ? WHERE rowid = ?', (value, moved))
            con.commit()
        assert v.verify().ok
    con.close()
    assert crashed == []
    assert missed == [], f"{len(missed)} of {len(cells)} changes not found"
    # Since schema 3 the analyze tables keep most of their columns inside the seal: fewer clear cells
    # (170 in this fixture), each of which is still changed and must be found.
    assert len(cells) > 150
    print(f"tamper matrix: {len(cells)} cells changed, {len(cells) - len(missed)} found, {len(crashed)} crashes")


def test_every_row_deleted(vault_copy: Path) -> None:
    db = vault_copy / "standfast.db"
    con = sqlite3.connect(db)
    rows = [(t, rowid) for t in ("vault_case", "vault_item", "vault_blob", "vault_custody", "vault_commitment",
                                 "ingest_block", "ingest_source")
            for (rowid,) in con.execute(f'SELECT rowid FROM "{t}"')]
    missed = []
    with Vault.open(vault_copy, PASSPHRASE) as v:
        for table, rowid in rows:
            saved = con.execute(f'SELECT * FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
            con.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
            con.commit()
            if v.verify().ok:
                missed.append((table, rowid))
            con.execute(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(saved))})', saved)
            con.commit()
        assert v.verify().ok
    con.close()
    assert missed == []


def test_blocks_reordered_and_swapped(vault_copy: Path) -> None:
    con = sqlite3.connect(vault_copy / "standfast.db")
    ids = [r[0] for r in con.execute("SELECT id FROM ingest_block ORDER BY id")]
    a, b = ids[0], ids[1]
    bodies = {i: con.execute('SELECT "index", body, count, last_id FROM ingest_block WHERE id=?', (i,)).fetchone()
              for i in (a, b)}
    for target, source in ((a, b), (b, a)):
        con.execute('UPDATE ingest_block SET "index"=?, body=?, count=?, last_id=? WHERE id=?', (*bodies[source],
                                                                                             target))
    con.commit()
    con.close()
    problems = _verify(vault_copy)
    assert any(f"block {a}" in p for p in problems) and any(f"block {b}" in p for p in problems)


def test_every_blob_file_flipped_and_removed(vault_copy: Path) -> None:
    missed = []
    for blob in sorted((vault_copy / "blobs").iterdir()):
        original = blob.read_bytes()
        for pos in (0, 20, 40, len(original) // 2, len(original) - 1):
            data = bytearray(original)
            data[pos] ^= 0x80
            blob.write_bytes(bytes(data))
            if not any(blob.name in p for p in _verify(vault_copy)):
                missed.append((blob.name, pos))
        blob.write_bytes(original[:-1])
        if not _verify(vault_copy):
            missed.append((blob.name, "truncated"))
        blob.unlink()
        if not any(blob.name in p for p in _verify(vault_copy)):
            missed.append((blob.name, "removed"))
        blob.write_bytes(original)
    assert missed == []
    assert _verify(vault_copy) == []


def test_key_file_swaps(vault_copy: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, kdf=KdfParams.fast_for_tests())[0].close()
    own = (vault_copy / "vault.json").read_bytes()
    shutil.copy2(other / "vault.json", vault_copy / "vault.json")
    assert any("another vault" in p for p in _verify(vault_copy, refusal_is_finding=True))
    data = json.loads((other / "vault.json").read_text())
    data["vault_id"] = json.loads(own)["vault_id"]
    (vault_copy / "vault.json").write_text(json.dumps(data))
    assert any("refused" in p for p in _verify(vault_copy, refusal_is_finding=True))
    (vault_copy / "vault.json").write_bytes(own)
    assert _verify(vault_copy) == []


def test_custody_head_edits(vault_copy: Path) -> None:
    head = vault_copy / "custody.head"
    original = head.read_bytes()
    data = json.loads(original)
    for change in ({**data, "seq": data["seq"] + 5}, {**data, "mac": "0" * 64}, {**data, "hash": "1" * 64}):
        head.write_text(json.dumps(change))
        assert _verify(vault_copy, refusal_is_finding=True), change
    head.write_bytes(b"{not json")
    assert _verify(vault_copy, refusal_is_finding=True)
    head.unlink()
    assert _verify(vault_copy, refusal_is_finding=True)
    head.write_bytes(original)
    assert _verify(vault_copy) == []
