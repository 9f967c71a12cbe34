"""Nothing is deleted behind the person's back: unlisted blob files go to quarantine, not away."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from standfast.vault.journal import WriteJournal
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def _add(vault: Vault, case_id: str, tmp_path: Path, name: str, size: int = 5000) -> str:
    f = tmp_path / name
    f.write_bytes(os.urandom(size))
    return vault.add_file(case_id, f).item.id


def test_older_database_from_a_backup_removes_no_blob_file(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    case = vault.create_case("backup test")
    _add(vault, case.id, tmp_path, "before.bin")
    vault.close()
    backup = tmp_path / "backup.db"
    shutil.copy2(vault_dir / "standfast.db", backup)
    with Vault.open(vault_dir, PASSPHRASE) as v:
        later = [_add(v, case.id, tmp_path, f"after{n}.bin") for n in range(3)]
        later_blobs = {v.get_item(i).blob_id for i in later}
    all_blobs = _files(vault_dir / "blobs")
    assert later_blobs <= all_blobs
    for suffix in ("-wal", "-shm"):
        (vault_dir / f"standfast.db{suffix}").unlink(missing_ok=True)
    shutil.copy2(backup, vault_dir / "standfast.db")

    with Vault.open(vault_dir, PASSPHRASE) as v:
        kept = _files(vault_dir / "blobs") | _files(vault_dir / "quarantine")
        assert kept == all_blobs  # 0 blob files removed
        assert {q.id for q in v.quarantined()} == later_blobs
        report = v.verify()
        assert not report.ok and report.quarantined == 3
        assert sum(p.kind == "quarantine" for p in report.problems) == 3
        assert all("standfast quarantine restore" in p.detail for p in report.problems if p.kind == "quarantine")
        first, second, third = sorted(later_blobs)
        item = v.restore_quarantined(first[:10], case.id)
        assert item.blob_id == first and item.source == "quarantine"
        assert len(v.read_item(item.id)) == 5000
        v.restore_quarantined(second, case.id)
        v.purge_quarantined(third)
        assert v.quarantined() == []
        assert not (vault_dir / "blobs" / third).exists()
        after = v.verify()
        # The backup's custody log is older than custody.head: that is reported, and nothing else.
        assert {p.kind for p in after.problems} <= {"custody"}, after.problems


def test_crash_cleanup_removes_only_what_the_journal_proves(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    case = vault.create_case("crash")
    keep = _add(vault, case.id, tmp_path, "keep.bin")
    blobs = vault_dir / "blobs"
    ours = "a" * 32  # written by a transaction that did not commit (named in a write-intent note)
    stranger = "b" * 32  # not named anywhere: may be evidence, so it is set aside, never removed
    for name in (ours, stranger):
        (blobs / name).write_bytes(b"x" * 100)
    WriteJournal(vault_dir / "tmp").begin([ours], "add")
    (vault_dir / "tmp" / "leftover.part").write_bytes(b"partial")
    vault.close()
    with Vault.open(vault_dir, PASSPHRASE) as v:
        assert not (blobs / ours).exists()
        assert (vault_dir / "quarantine" / stranger).exists()
        assert _files(vault_dir / "tmp") == set()
        assert v.read_item(keep)
        assert [q.id for q in v.quarantined()] == [stranger]


def test_torn_journal_note_proves_nothing(vault: Vault, vault_dir: Path) -> None:
    blobs = vault_dir / "blobs"
    blobs.mkdir(exist_ok=True)
    name = "c" * 32
    (blobs / name).write_bytes(b"y" * 10)
    (vault_dir / "tmp").mkdir(exist_ok=True)
    (vault_dir / "tmp" / "intent-0000.json").write_text('{"blobs": ["' + name)  # cut off by the crash
    vault.close()
    with Vault.open(vault_dir, PASSPHRASE):
        assert (vault_dir / "quarantine" / name).exists()


def test_purge_interrupted_after_commit_is_finished_at_next_open(vault: Vault, vault_dir: Path,
                                                                  tmp_path: Path) -> None:
    case = vault.create_case("purge")
    item_id = _add(vault, case.id, tmp_path, "gone.bin")
    blob_id = vault.get_item(item_id).blob_id
    assert blob_id is not None
    saved = (vault_dir / "blobs" / blob_id).read_bytes()
    vault.purge(item_id, "asked to")
    # Simulate a crash between the commit and the unlink: the file is back, with its note.
    (vault_dir / "blobs" / blob_id).write_bytes(saved)
    WriteJournal(vault_dir / "tmp").begin([blob_id], "purge")
    vault.close()
    with Vault.open(vault_dir, PASSPHRASE) as v:
        assert not (vault_dir / "blobs" / blob_id).exists()
        assert v.quarantined() == []
        assert v.verify().ok


def test_quarantine_cli(cli, vault_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("init").exit_code == 0
    case_id = cli("case", "new", "--title", "q").stdout.strip().splitlines()[-1]
    assert cli("quarantine", "list").stdout.strip() == "Nothing is in quarantine."
    backup = tmp_path / "backup.db"
    shutil.copy2(vault_dir / "standfast.db", backup)
    f = tmp_path / "late.bin"
    f.write_bytes(os.urandom(300))
    assert cli("add", case_id, str(f)).exit_code == 0
    shutil.copy2(backup, vault_dir / "standfast.db")
    listed = cli("quarantine", "list", "--json")
    assert listed.exit_code == 0, listed.stderr
    (entry,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert entry["size"] > 300
    report = cli("verify", "--json")
    assert report.exit_code == 5
    body = json.loads(report.stdout)
    assert any(p["kind"] == "quarantine" and entry["id"] in p["where"] for p in body["problems"])
    refused = cli("quarantine", "purge", entry["id"])
    assert refused.exit_code == 2 and "--yes" in refused.stderr and "Traceback" not in refused.stderr
    unknown = cli("quarantine", "restore", "f" * 32, case_id)
    assert unknown.exit_code == 2 and "No file" in unknown.stderr
    back = cli("quarantine", "restore", entry["id"][:8], case_id)
    assert back.exit_code == 0, back.stderr
    items = [json.loads(line) for line in cli("items", case_id, "--json").stdout.splitlines()]
    assert [i["source"] for i in items] == ["quarantine"] and items[0]["size"] == 300
    assert cli("quarantine", "list", "--json").stdout.strip() == ""
