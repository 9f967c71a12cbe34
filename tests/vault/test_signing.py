"""The vault's signing key: made once, sealed, logged; fingerprints; the signed statement."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from standfast.errors import IntegrityError, UsageError
from standfast.vault.custody import canonical
from standfast.vault.keys import KdfParams
from standfast.vault.models import CustodyEntry
from standfast.vault.signing import (
    KEY_CREATED_ACTION,
    META_KEY,
    check_signature,
    fingerprint,
    parse_fingerprint,
    public_pem,
    public_raw,
    show_fingerprint,
    signing_key,
    vault_fingerprint,
)
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE


def _key_entries(vault: Vault) -> list[CustodyEntry]:
    with vault.read() as s:
        return list(s.scalars(select(CustodyEntry).where(CustodyEntry.action == KEY_CREATED_ACTION)))


def test_key_is_made_once_sealed_and_logged(vault: Vault, vault_dir: Path) -> None:
    assert _key_entries(vault) == []  # lazily: not before first use
    fp = vault_fingerprint(vault)
    raw_private = signing_key(vault).private_bytes_raw()
    assert vault_fingerprint(vault) == fp
    entries = _key_entries(vault)
    assert len(entries) == 1
    assert entries[0].details["fingerprint"] == fp
    assert entries[0].details["public_key"] == public_raw(signing_key(vault).public_key()).hex()
    vault.close()
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert vault_fingerprint(reopened) == fp
        assert len(_key_entries(reopened)) == 1
    finally:
        reopened.close()
    db_bytes = b"".join(p.read_bytes() for p in vault_dir.glob("standfast.db*"))
    assert raw_private not in db_bytes and raw_private.hex().encode() not in db_bytes
    assert base64.b64encode(raw_private) not in db_bytes


def test_another_vaults_sealed_key_is_refused(tmp_path: Path, vault: Vault, vault_dir: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="x")
    vault_fingerprint(other)
    other.close()
    vault_fingerprint(vault)
    vault.close()
    with sqlite3.connect(tmp_path / "other" / "standfast.db") as con:
        theirs = con.execute("SELECT value FROM vault_meta WHERE key=?", (META_KEY,)).fetchone()[0]
    with sqlite3.connect(vault_dir / "standfast.db") as con:
        con.execute("UPDATE vault_meta SET value=? WHERE key=?", (theirs, META_KEY))
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        with pytest.raises(IntegrityError):
            signing_key(reopened)
    finally:
        reopened.close()


def test_a_removed_key_is_not_silently_replaced(vault: Vault, vault_dir: Path) -> None:
    vault_fingerprint(vault)
    vault.close()
    with sqlite3.connect(vault_dir / "standfast.db") as con:
        con.execute("DELETE FROM vault_meta WHERE key=?", (META_KEY,))
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        with pytest.raises(IntegrityError, match="missing"):
            signing_key(reopened)
        assert len(_key_entries(reopened)) == 1
    finally:
        reopened.close()


def test_fingerprint_groups_and_parsing() -> None:
    fp = fingerprint(b"\x01" * 32)
    shown = show_fingerprint(fp)
    assert len(shown.splitlines()) == 2 and all(len(g) == 4 for g in shown.split())
    assert parse_fingerprint(shown) == fp
    assert parse_fingerprint(shown.upper().replace(" ", ":")) == fp
    with pytest.raises(UsageError):
        parse_fingerprint(fp[:-1])
    with pytest.raises(UsageError):
        parse_fingerprint("zz" + fp[2:])


@settings(deadline=None)
@given(st.text(max_size=120))
def test_fingerprint_parser_never_crashes(text: str) -> None:
    try:
        out = parse_fingerprint(text)
    except UsageError:
        return
    assert len(out) == 64 and set(out) <= set("0123456789abcdef")


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                  max_size=4), max_leaves=20)


@settings(deadline=None)  # a first example may wait seconds on a loaded machine; speed is not the claim
@given(st.dictionaries(st.text(max_size=10), _json, max_size=6))
def test_statement_signature_round_trip(extra: dict) -> None:  # type: ignore[type-arg]
    key = Ed25519PrivateKey.generate()
    raw = public_raw(key.public_key())
    statement = {**extra, "format": "standfast-export-statement", "files": {"a": "0" * 64},
                 "signer": {"algorithm": "Ed25519", "public_key": raw.hex()}}
    body = canonical(statement)
    good = check_signature(body, key.sign(body), public_pem(key.public_key()))
    assert good.status == "valid" and good.fingerprint == fingerprint(raw)
    # The same statement in another JSON spelling is not what was signed.
    loose = json.dumps(statement, indent=1).encode()
    assert check_signature(loose, key.sign(body), public_pem(key.public_key())).status == "invalid"


@settings(deadline=None)
@given(st.binary(max_size=200), st.binary(max_size=80), st.binary(max_size=200))
def test_signature_check_never_crashes(statement: bytes, sig: bytes, pem: bytes) -> None:
    assert check_signature(statement, sig, pem).status in ("valid", "invalid")


def test_key_fingerprint_command(vault: Vault, cli) -> None:  # type: ignore[no-untyped-def]
    fp = vault_fingerprint(vault)
    vault.close()
    res = cli("key", "fingerprint")
    assert res.exit_code == 0, res.stderr
    assert show_fingerprint(fp).splitlines()[0] in res.stdout
    as_json = cli("key", "fingerprint", "--json")
    assert json.loads(as_json.stdout)["fingerprint"] == fp


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_report_pdf_shows_the_fingerprint(vault: Vault, tmp_path: Path) -> None:
    from standfast.reports.pdf import render_pdf

    case = vault.create_case("PDF fingerprint", age_group="adult")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(vault, case.id))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    grouped = show_fingerprint(vault_fingerprint(vault), per_line=0)
    assert grouped[:19] in " ".join(text.split())
