"""Clear errors: a full disk, a read-only folder, damaged files, an unknown schema.

Each ends in one plain sentence and a non-zero exit code, without a traceback, and loses nothing.
The full disk and the read-only folder are real: a small tmpfs, filled up or remounted read-only
(these tests need the rights to mount one and are skipped otherwise).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from standfast.vault.keys import KdfParams
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE, REPO

pytestmark = pytest.mark.timeout(300)


def _run(vault_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STANDFAST_VAULT": str(vault_dir), "STANDFAST_PASSPHRASE": PASSPHRASE,
           "PYTHONPATH": str(REPO / "src"), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "standfast.cli", *args], capture_output=True, text=True,
                          env=env, timeout=240)


def _one_plain_sentence(proc: subprocess.CompletedProcess[str], words: str) -> None:
    assert proc.returncode not in (0, 70), proc.stderr
    assert "Traceback" not in proc.stderr and "unexpected error" not in proc.stderr, proc.stderr
    assert words in proc.stderr, proc.stderr
    assert proc.stderr.strip().count("\n") == 0, proc.stderr


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _make(vault_dir: Path, tmp_path: Path) -> tuple[str, str]:
    v, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="t")
    case = v.create_case("disk case")
    f = tmp_path / "first.txt"
    f.write_text("kept evidence")
    item = v.add_file(case.id, f).item
    v.close()
    return case.id, item.id


def test_full_disk(small_disk: Path, tmp_path: Path) -> None:
    vault_dir = small_disk / "vault"
    case_id, item_id = _make(vault_dir, tmp_path)
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(6_000_000))  # more than the disk holds
    _one_plain_sentence(_run(vault_dir, "add", case_id, str(big)), "The disk is full")
    filler = small_disk / "filler"
    with open(filler, "wb") as fh:  # now leave no room at all, not even for the database
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    for args in (("note", case_id, "a note that does not fit " * 2000), ("case", "new", "--title", "x" * 200),
                 ("add", case_id, str(big))):
        proc = _run(vault_dir, *args)
        _one_plain_sentence(proc, "disk is full") if "full" in proc.stderr else _one_plain_sentence(
            proc, "cannot be written")
    filler.unlink()
    with Vault.open(vault_dir, PASSPHRASE) as v:
        assert v.read_item(item_id) == b"kept evidence"
        assert v.count_items(case_id) == 1
        assert v.verify().ok
    assert not [p for p in (vault_dir / "tmp").iterdir() if not p.name.startswith("intent-")]


def test_read_only_folder(small_disk: Path, tmp_path: Path) -> None:
    vault_dir = small_disk / "vault"
    case_id, item_id = _make(vault_dir, tmp_path)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        for args in (("case", "list"), ("note", case_id, "hello"), ("verify",)):
            _one_plain_sentence(_run(vault_dir, *args), "cannot be written")
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    with Vault.open(vault_dir, PASSPHRASE) as v:
        assert v.read_item(item_id) == b"kept evidence"
        assert v.verify().ok


def test_damaged_database(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    case_id, _ = _make(vault_dir, tmp_path)
    db = vault_dir / "standfast.db"
    good = db.read_bytes()
    db.write_bytes(b"this is not a database at all" + good[29:])
    for args in (("case", "list"), ("verify",), ("add", case_id, str(tmp_path / "first.txt"))):
        _one_plain_sentence(_run(vault_dir, *args), "database")
    assert db.read_bytes()[:29] == b"this is not a database at all"  # left as it was, for whoever repairs it
    # A page in the middle overwritten: the table is unreadable, not the header.
    damaged = bytearray(good)
    damaged[4096 * 2: 4096 * 2 + 4096] = os.urandom(4096)
    db.write_bytes(bytes(damaged))
    proc = _run(vault_dir, "case", "list")
    assert "Traceback" not in proc.stderr and "unexpected error" not in proc.stderr, proc.stderr
    db.write_bytes(good)
    assert _run(vault_dir, "verify").returncode == 0


@pytest.mark.parametrize("damage", ["garbage", "truncated", "bad_base64", "short_wrap", "huge_kdf", "no_wraps"])
def test_damaged_key_file(tmp_path: Path, damage: str) -> None:
    vault_dir = tmp_path / "vault"
    _make(vault_dir, tmp_path)
    keyfile = vault_dir / "vault.json"
    good = keyfile.read_bytes()
    data = json.loads(good)
    if damage == "garbage":
        keyfile.write_bytes(os.urandom(300))
    elif damage == "truncated":
        keyfile.write_bytes(good[: len(good) // 2])
    else:
        if damage == "bad_base64":
            data["wraps"]["passphrase"]["ct"] = "!!!not base64!!!"
        elif damage == "short_wrap":
            data["wraps"]["passphrase"]["nonce"] = "AAAA"
        elif damage == "huge_kdf":
            data["kdf"]["memory_kib"] = 2**40
        elif damage == "no_wraps":
            data["wraps"] = {}
        keyfile.write_text(json.dumps(data))
    _one_plain_sentence(_run(vault_dir, "case", "list"), "key file")
    keyfile.write_bytes(good)
    assert _run(vault_dir, "verify").returncode == 0


def test_unknown_schema(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    _make(vault_dir, tmp_path)
    con = sqlite3.connect(vault_dir / "standfast.db")
    con.execute("UPDATE vault_meta SET value = '99' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    _one_plain_sentence(_run(vault_dir, "case", "list"), "newer Standfast")
    con = sqlite3.connect(vault_dir / "standfast.db")
    assert con.execute("SELECT value FROM vault_meta WHERE key = 'schema_version'").fetchone()[0] == "99"
    con.close()


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    _make(vault_dir, tmp_path)
    (vault_dir / "vault.json").write_text("{")
    proc = _run(vault_dir, "--debug", "case", "list")
    assert proc.returncode != 0 and "Traceback" in proc.stderr
