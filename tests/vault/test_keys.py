"""Passphrase, recovery key and key-file handling with real Argon2id and AES-GCM."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from standfast.errors import UsageError, VaultError, WrongPassphrase
from standfast.vault.keys import KdfParams, format_recovery_key, parse_recovery_key
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE


def test_create_open_and_wrong_passphrase(vault_dir: Path) -> None:
    v, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests())
    case = v.create_case("A case")
    v.close()
    assert len(recovery.replace("-", "")) == 52
    with Vault.open(vault_dir, PASSPHRASE) as again:
        assert again.get_case(case.id).title == "A case"
    with pytest.raises(WrongPassphrase, match="does not open this vault"):
        Vault.open(vault_dir, PASSPHRASE + "x")


def test_recovery_key_opens_and_resets_passphrase(vault_dir: Path, tmp_path: Path) -> None:
    v, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests())
    case = v.create_case("Forgotten")
    f = tmp_path / "e.txt"
    f.write_bytes(b"evidence")
    item = v.add_file(case.id, f).item
    v.close()
    with Vault.open_with_recovery_key(vault_dir, recovery.lower().replace("-", " ")) as r:
        assert r.read_item(item.id) == b"evidence"
        r.change_passphrase("a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, "a brand new passphrase") as v2:
        assert v2.read_item(item.id) == b"evidence"
        assert v2.verify().ok
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(vault_dir, format_recovery_key(b"\x00" * 32))


def test_passphrase_change_does_not_reencrypt_blobs(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    f = tmp_path / "e.bin"
    f.write_bytes(b"x" * 3_000_000)
    case = vault.create_case("c")
    vault.add_file(case.id, f)
    before = {p: p.read_bytes() for p in (vault_dir / "blobs").rglob("*") if p.is_file()}
    vault.change_passphrase("another passphrase!")
    after = {p: p.read_bytes() for p in (vault_dir / "blobs").rglob("*") if p.is_file()}
    assert before == after
    vault.close()
    with Vault.open(vault_dir, "another passphrase!") as v:
        assert v.verify().ok


def test_short_passphrase_refused(vault_dir: Path) -> None:
    with pytest.raises(UsageError, match="at least 8"):
        Vault.create(vault_dir, "short", kdf=KdfParams.fast_for_tests())
    assert not (vault_dir / "vault.json").exists()


def test_not_a_vault_and_newer_versions(tmp_path: Path, vault_dir: Path) -> None:
    with pytest.raises(VaultError, match="No vault"):
        Vault.open(tmp_path / "nowhere", PASSPHRASE)
    other = tmp_path / "other"
    other.mkdir()
    (other / "vault.json").write_text("{not json")
    with pytest.raises(VaultError, match="not a Standfast vault"):
        Vault.open(other, PASSPHRASE)
    Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests())[0].close()
    raw = json.loads((vault_dir / "vault.json").read_text())
    raw["version"] = 99
    (vault_dir / "vault.json").write_text(json.dumps(raw))
    with pytest.raises(VaultError, match="newer Standfast"):
        Vault.open(vault_dir, PASSPHRASE)


def test_newer_database_schema_refused(vault_dir: Path) -> None:
    import sqlite3

    Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests())[0].close()
    con = sqlite3.connect(vault_dir / "standfast.db")
    con.execute("UPDATE vault_meta SET value='999' WHERE key='schema_version'")
    con.commit()
    con.close()
    with pytest.raises(VaultError, match="newer Standfast"):
        Vault.open(vault_dir, PASSPHRASE)


def test_create_refuses_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "holiday.jpg").write_bytes(b"x")
    with pytest.raises(VaultError, match="not empty"):
        Vault.create(tmp_path / "busy", PASSPHRASE, kdf=KdfParams.fast_for_tests())


@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_round_trip(raw: bytes) -> None:
    assert parse_recovery_key(format_recovery_key(raw)) == raw


@given(st.text(max_size=80))
def test_recovery_key_parser_never_crashes(text: str) -> None:
    with contextlib.suppress(WrongPassphrase):
        parse_recovery_key(text)


def test_seal_unseal(vault: Vault) -> None:
    from standfast.errors import IntegrityError

    token = vault.seal(b"secret words", purpose="test")
    assert b"secret" not in token
    assert vault.unseal(token, purpose="test") == b"secret words"
    with pytest.raises(IntegrityError):
        vault.unseal(token, purpose="other")
    with pytest.raises(IntegrityError):
        vault.unseal(token[:-1] + bytes([token[-1] ^ 1]), purpose="test")
