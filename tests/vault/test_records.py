"""Per-case commitments (``standfast.vault.records``), tried from outside with sqlite3.

For every sealed table but the custody log: each row deleted, an older version of a row put back
(replay), a row the app removed put back (insertion), rows swapped (reordering), a row moved to
another case, and the digest's own cache edited. Every change must be found by ``verify``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from standfast.vault.keys import KdfParams
from standfast.vault.records import committed_models
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.vault.helpers import jpeg_with_exif

pytestmark = pytest.mark.timeout(600)

CHAT = "".join(f"13/03/24, 21:{m % 60:02d} - {'Jess' if m % 2 else 'Sam'}: message {m}"
               + (", pay 500 USD to bc1qexampleexampleexampleexample0000 within 24 hours" if m == 3 else "")
               + "\n" for m in range(40))
# The tables a person's case keeps, each with at least one row in the fixture.
TABLES = ("vault_case", "vault_item", "vault_blob", "vault_commitment", "analyze_result", "analyze_indicator",
          "analyze_correction", "takedown_hash", "takedown_match", "ingest_suspect", "guide_answers", "guide_step")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A vault with rows in every committed table, and a copy of its database from before the last
    changes (for putting old rows back)."""
    os.environ["STANDFAST_TEST_FAST_KDF"] = "1"
    root = tmp_path_factory.mktemp("records")
    folder = root / "vault"
    v, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="examiner")
    case = v.create_case("Records case", country="US", age_group="adult")
    other = v.create_case("Another case", country="GB", age_group="adult")
    src = root / "in"
    src.mkdir()
    photo = v.add_file(case.id, jpeg_with_exif(src / "photo.jpg")).item
    (src / "a.txt").write_text("first")
    (src / "b.txt").write_text("second")
    v.add_file(case.id, src / "a.txt")
    v.add_file(other.id, src / "b.txt")
    note = v.add_note(case.id, "He wrote: pay 1,200 USD in bitcoin within 48 hours or I send the video.")
    v.add_note(other.id, "Another note: send 300 EUR to bc1qexampleexampleexampleexample0000 today.")
    from standfast.analyze.store import analyze_item, correct_verdict
    from standfast.guide.interview import Answers
    from standfast.guide.store import save_answers, set_step_done
    from standfast.ingest.importer import import_path
    from standfast.ingest.timeline import mark_suspect
    from standfast.takedown.scan import scan_folder
    from standfast.takedown.store import hash_case_items

    analyze_item(v, note.id)
    (src / "WhatsApp Chat with Jess.txt").write_text(CHAT)
    import_path(v, case.id, src / "WhatsApp Chat with Jess.txt", zone="UTC")
    hash_case_items(v, case.id)
    found = root / "found"
    found.mkdir()
    shutil.copy2(src / "photo.jpg", found / "copy.jpg")
    scan_folder(v, case.id, found, add_matches=True)
    mark_suspect(v, case.id, "Jess")
    mark_suspect(v, case.id, "Sam")
    save_answers(v, case.id, Answers(role="self", age_group="adult"))
    set_step_done(v, case.id, "report", True)
    set_step_done(v, case.id, "dont_pay", True)
    with v.read() as s:
        from sqlalchemy import select

        from standfast.analyze.models import AnalyzeResult

        result_id = s.scalars(select(AnalyzeResult.id)).first()
    assert result_id is not None
    correct_verdict(v, result_id, "targeted")
    before = root / "before.db"
    _backup(folder, before)
    # Later changes by the app: each table with an older version of some row in ``before``.
    v.update_case(case.id, title="Records case, renamed")
    v.withdraw(photo.id, "not needed")
    set_step_done(v, case.id, "report", False)
    save_answers(v, case.id, Answers(role="helper", age_group="adult"))
    from standfast.ingest.timeline import unmark_suspect

    unmark_suspect(v, case.id, "Sam")
    analyze_item(v, note.id)
    report = v.verify()
    assert report.ok, report.problems
    v.close()
    con = sqlite3.connect(folder / "standfast.db")
    for table in TABLES:
        assert con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] >= 1, table
    con.close()
    return folder, before, case.id


def _backup(folder: Path, to: Path) -> None:
    src = sqlite3.connect(folder / "standfast.db")
    dst = sqlite3.connect(to)
    src.backup(dst)
    src.close()
    dst.close()


@pytest.fixture
def vault_copy(built: tuple[Path, Path, str], tmp_path: Path) -> Iterator[tuple[Path, Path, str]]:
    folder = tmp_path / "v"
    shutil.copytree(built[0], folder)
    yield folder, built[1], built[2]


def _problems(v: Vault) -> list[str]:
    return [f"{p.kind} | {p.where}: {p.detail}" for p in v.verify().problems]


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]


def test_every_committed_table_is_covered() -> None:
    names = {m.__tablename__ for m in committed_models()}  # type: ignore[attr-defined]
    assert set(TABLES) <= names
    assert "vault_custody" not in names and "vault_records" not in names


def test_every_row_deleted_from_every_table(vault_copy: tuple[Path, Path, str]) -> None:
    folder, _before, _case = vault_copy
    con = sqlite3.connect(folder / "standfast.db")
    con.execute("PRAGMA foreign_keys=OFF")
    missed, tried = [], 0
    with Vault.open(folder, PASSPHRASE) as v:
        for table in TABLES:
            for (rowid,) in con.execute(f'SELECT rowid FROM "{table}"').fetchall():
                saved = con.execute(f'SELECT * FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
                con.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                con.commit()
                tried += 1
                problems = _problems(v)
                if not any(table in p and "removed" in p for p in problems):
                    missed.append((table, rowid, problems))
                con.execute(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(saved))})', saved)
                con.commit()
        assert v.verify().ok
    con.close()
    assert missed == []
    assert tried >= 20


def test_older_versions_put_back(vault_copy: tuple[Path, Path, str]) -> None:
    """Replay: a row the app changed since the backup is put back as it was (it still authenticates)."""
    folder, before, _case = vault_copy
    con = sqlite3.connect(folder / "standfast.db")
    con.execute("PRAGMA foreign_keys=OFF")
    old = sqlite3.connect(before)
    replayed, missed = [], []
    with Vault.open(folder, PASSPHRASE) as v:
        for table in TABLES:
            cols = _columns(con, table)
            now = {r[0]: r for r in con.execute(f'SELECT rowid, * FROM "{table}"')}
            for row in old.execute(f'SELECT rowid, * FROM "{table}"'):
                if row[0] not in now or now[row[0]] == row:
                    continue
                replayed.append(table)
                con.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (row[0],))
                con.execute(f'INSERT INTO "{table}" (rowid, {", ".join(cols)}) VALUES '
                            f'({", ".join("?" * (len(cols) + 1))})', row)
                con.commit()
                problems = _problems(v)
                if not any(table in p for p in problems):
                    missed.append((table, row[0], problems))
                con.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (row[0],))
                con.execute(f'INSERT INTO "{table}" (rowid, {", ".join(cols)}) VALUES '
                            f'({", ".join("?" * (len(cols) + 1))})', now[row[0]])
                con.commit()
        assert v.verify().ok
    con.close()
    old.close()
    assert {"vault_case", "vault_item", "guide_step", "guide_answers"} <= set(replayed)
    assert missed == []


def test_removed_rows_put_back(vault_copy: tuple[Path, Path, str]) -> None:
    """Insertion: a row the app removed (an unmarked suspect, replaced verdicts) comes back from a backup."""
    folder, before, _case = vault_copy
    con = sqlite3.connect(folder / "standfast.db")
    con.execute("PRAGMA foreign_keys=OFF")
    old = sqlite3.connect(before)
    inserted, missed = [], []
    with Vault.open(folder, PASSPHRASE) as v:
        for table in TABLES:
            cols = _columns(con, table)
            pk = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if r[5]]
            keys = ", ".join(f'"{c}"' for c in pk)
            now = set(con.execute(f'SELECT {keys} FROM "{table}"').fetchall())
            for row in old.execute(f'SELECT {keys}, {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{table}"'):
                if tuple(row[:len(pk)]) in now:
                    continue
                inserted.append(table)
                con.execute(f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})',
                            row[len(pk):])
                con.commit()
                problems = _problems(v)
                if not any(table in p and "added" in p for p in problems):
                    missed.append((table, row[:len(pk)], problems))
                con.execute(f'DELETE FROM "{table}" WHERE {" AND ".join(f"{chr(34)}{c}{chr(34)} = ?" for c in pk)}',
                            row[:len(pk)])
                con.commit()
        assert v.verify().ok
    con.close()
    old.close()
    assert "ingest_suspect" in inserted
    assert missed == []


def test_rows_swapped_and_moved(vault_copy: tuple[Path, Path, str]) -> None:
    folder, _before, case_id = vault_copy
    con = sqlite3.connect(folder / "standfast.db")
    con.execute("PRAGMA foreign_keys=OFF")
    other = con.execute("SELECT id FROM vault_case WHERE id != ?", (case_id,)).fetchone()[0]
    with Vault.open(folder, PASSPHRASE) as v:
        # Reordering: two rows trade places (their ids, so the order they are read in changes).
        for table in ("analyze_indicator", "vault_item", "guide_step", "analyze_result"):
            pk = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if r[5]]
            key = pk[-1]
            a, b = [r[0] for r in con.execute(f'SELECT "{key}" FROM "{table}" ORDER BY rowid LIMIT 2')]
            swap = f'UPDATE "{table}" SET "{key}" = ? WHERE "{key}" = ?'
            tmp = -7 if isinstance(a, int) else "tmp-swap"
            for x, y in ((a, tmp), (b, a), (tmp, b)):
                con.execute(swap, (y, x))
            con.commit()
            assert any(table in p for p in _problems(v)), table
            for x, y in ((a, tmp), (b, a), (tmp, b)):
                con.execute(swap, (y, x))
            con.commit()
            assert v.verify().ok
        # A row moved to another case.
        for table in ("analyze_result", "vault_item", "takedown_hash"):
            rowid = con.execute(f'SELECT rowid FROM "{table}" WHERE case_id = ? LIMIT 1', (case_id,)).fetchone()[0]
            con.execute(f'UPDATE "{table}" SET case_id = ? WHERE rowid = ?', (other, rowid))
            con.commit()
            problems = _problems(v)
            assert any(table in p for p in problems), table
            con.execute(f'UPDATE "{table}" SET case_id = ? WHERE rowid = ?', (case_id, rowid))
            con.commit()
        assert v.verify().ok
    con.close()


def test_digest_cache_edited_or_removed(vault_copy: tuple[Path, Path, str]) -> None:
    """The cached digests are sealed rows too; a stale or removed cache is named, not silently trusted."""
    folder, before, _case = vault_copy
    con = sqlite3.connect(folder / "standfast.db")
    old = sqlite3.connect(before)
    stale = [r for r in old.execute("SELECT scope, table_name, row_seal FROM vault_records")
             if r not in set(con.execute("SELECT scope, table_name, row_seal FROM vault_records"))]
    old.close()
    assert stale
    with Vault.open(folder, PASSPHRASE) as v:
        scope, table, seal = stale[0]
        current = con.execute("SELECT row_seal FROM vault_records WHERE scope = ? AND table_name = ?",
                              (scope, table)).fetchone()[0]
        con.execute("UPDATE vault_records SET row_seal = ? WHERE scope = ? AND table_name = ?", (seal, scope, table))
        con.commit()
        assert any("vault_records" in p for p in _problems(v))
        con.execute("UPDATE vault_records SET row_seal = ? WHERE scope = ? AND table_name = ?",
                    (current, scope, table))
        con.execute("DELETE FROM vault_records WHERE scope = ? AND table_name = ?", (scope, table))
        con.commit()
        assert any("vault_records" in p for p in _problems(v))
    con.close()


def test_honest_changes_keep_verify_clean(vault_copy: tuple[Path, Path, str]) -> None:
    """Every kind of write the app makes keeps the commitments in step (no false alarm)."""
    folder, _before, case_id = vault_copy
    with Vault.open(folder, PASSPHRASE) as v:
        from standfast.guide.store import set_step_done
        from standfast.ingest.timeline import mark_suspect, unmark_suspect
        from standfast.takedown.store import hash_case_items

        item = v.list_items(case_id)[0]
        v.mark_intimate(item.id, True)
        v.purge(item.id, "asked to")
        unmark_suspect(v, case_id, "Jess")
        mark_suspect(v, case_id, "Jess")
        set_step_done(v, case_id, "dont_pay", False)
        hash_case_items(v, case_id, rehash=True)
        assert v.verify().ok, v.verify().problems
