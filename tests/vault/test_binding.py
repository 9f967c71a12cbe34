"""The key file belongs to one vault, and every file of a vault is private to its owner."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from standfast.errors import VaultError
from standfast.vault.keys import KdfParams
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE


def _snapshot(folder: Path) -> dict[str, str]:
    """Hashes of the files that hold evidence and its record (SQLite's -shm index is left out)."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith("-shm")}


def _make(path: Path, tmp_path: Path, title: str) -> None:
    v, _ = Vault.create(path, PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="t")
    case = v.create_case(title)
    f = tmp_path / f"{title}.txt"
    f.write_text(title)
    v.add_file(case.id, f)
    v.close()


def test_other_vaults_key_file_is_refused_before_any_write(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _make(a, tmp_path, "first")
    _make(b, tmp_path, "second")
    shutil.copy2(b / "vault.json", a / "vault.json")
    before = _snapshot(a)
    with pytest.raises(VaultError, match="belongs to another vault"):
        Vault.open(a, PASSPHRASE)
    assert _snapshot(a) == before


def test_vault_id_edited_in_key_file_does_not_unlock(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _make(a, tmp_path, "first")
    _make(b, tmp_path, "second")
    import json

    theirs = json.loads((b / "vault.json").read_text())
    theirs["vault_id"] = json.loads((a / "vault.json").read_text())["vault_id"]
    (a / "vault.json").write_text(json.dumps(theirs))
    before = _snapshot(a)
    with pytest.raises(Exception, match="does not open this vault"):
        Vault.open(a, PASSPHRASE)
    assert _snapshot(a) == before


def test_database_without_binding_is_bound_only_by_its_own_key(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _make(a, tmp_path, "first")
    _make(b, tmp_path, "second")
    for folder in (a, b):
        con = sqlite3.connect(folder / "standfast.db")
        con.execute("DELETE FROM vault_meta WHERE key IN ('vault_id', 'key_binding')")
        con.commit()
        con.close()
    own = (a / "vault.json").read_bytes()
    shutil.copy2(b / "vault.json", a / "vault.json")
    with pytest.raises(VaultError, match="does not belong"):
        Vault.open(a, PASSPHRASE)
    (a / "vault.json").write_bytes(own)
    with Vault.open(a, PASSPHRASE) as v:
        assert v.verify().ok
    con = sqlite3.connect(a / "standfast.db")
    keys = {k for (k,) in con.execute("SELECT key FROM vault_meta")}
    con.close()
    assert {"vault_id", "key_binding"} <= keys


def _modes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): stat.S_IMODE(p.lstat().st_mode) for p in [folder, *folder.rglob("*")]}


def test_init_into_existing_open_folder_and_later_files_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "existing"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    old = os.umask(0)  # the worst umask: nothing may depend on it
    try:
        v, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="t")
        case = v.create_case("private")
        f = tmp_path / "e.bin"
        f.write_bytes(os.urandom(3000))
        v.add_file(case.id, f)
        v.add_note(case.id, "a note")
        assert (folder / "standfast.db-wal").exists()
        modes = _modes(folder)
        v.close()
    finally:
        os.umask(old)
    assert modes.pop(".") == 0o700
    for name, mode in modes.items():
        want = 0o700 if (folder / name).is_dir() else 0o600
        assert mode == want, f"{name} is {oct(mode)}"
    assert any(n.startswith("blobs/") for n in modes)


def test_open_repairs_wide_modes(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder, tmp_path, "x")
    os.chmod(folder, 0o755)
    os.chmod(folder / "standfast.db", 0o644)
    os.chmod(folder / "vault.json", 0o644)
    with Vault.open(folder, PASSPHRASE):
        pass
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "standfast.db").stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "vault.json").stat().st_mode) == 0o600
