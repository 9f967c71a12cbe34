"""Tampering anywhere is found and named: blobs, chunks, the database, the custody log."""

from __future__ import annotations

import json
import os
import random
import sqlite3
from pathlib import Path

import pytest

from standfast.vault.blobs import HEADER, NONCE, TAG
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def filled(vault: Vault, tmp_path: Path) -> tuple[Vault, list[str]]:
    case = vault.create_case("Tamper test")
    ids = []
    for n, size in enumerate((0, 10, 70_000, 2_200_000)):
        f = tmp_path / f"f{n}.bin"
        f.write_bytes(os.urandom(size))
        ids.append(vault.add_file(case.id, f).item.id)
    vault.add_note(case.id, "a note")
    vault.mark_intimate(ids[1])
    assert vault.verify().ok
    return vault, ids


def _reopen(vault: Vault) -> Vault:
    root = vault.root
    vault.close()
    return Vault.open(root, PASSPHRASE)


def _blob_files(vault: Vault) -> list[Path]:
    return sorted(p for p in (vault.root / "blobs").rglob("*") if p.is_file())


def test_every_flipped_byte_in_blobs_is_found(filled: tuple[Vault, list[str]]) -> None:
    vault, _ = filled
    rng = random.Random(7)
    files = _blob_files(vault)
    for trial in range(60):
        f = rng.choice(files)
        data = bytearray(f.read_bytes())
        pos = rng.randrange(len(data))
        data[pos] ^= 1 << rng.randrange(8)
        original = f.read_bytes()
        f.write_bytes(bytes(data))
        report = vault.verify()
        assert not report.ok, f"trial {trial}: flip at {pos} of {f.name} not detected"
        assert any(f.name in p.message for p in report.problems)
        f.write_bytes(original)
    assert vault.verify().ok


def test_reordered_truncated_and_swapped_chunks(filled: tuple[Vault, list[str]]) -> None:
    vault, ids = filled
    big = vault.get_item(ids[3])
    path = vault.blobs.path_for(big.blob_id)
    original = path.read_bytes()
    record = NONCE + (1 << 20) + TAG
    head, body = original[: HEADER.size], original[HEADER.size :]
    chunks = [body[i : i + record] for i in range(0, len(body), record)]
    assert len(chunks) == 3
    path.write_bytes(head + chunks[1] + chunks[0] + chunks[2])
    assert not vault.verify().ok
    path.write_bytes(head + chunks[0] + chunks[1])  # last chunk dropped
    report = vault.verify()
    assert not report.ok and any(big.id in p.message for p in report.problems)
    path.write_bytes(original)
    # Swapping whole blob files between items is caught by the blob id bound into every chunk.
    other = vault.blobs.path_for(vault.get_item(ids[2]).blob_id)
    other_bytes = other.read_bytes()
    other.write_bytes(original)
    path.write_bytes(other_bytes)
    assert not vault.verify().ok
    other.write_bytes(other_bytes)
    path.write_bytes(original)
    assert vault.verify().ok


def test_missing_blob_named(filled: tuple[Vault, list[str]]) -> None:
    vault, ids = filled
    vault.blobs.path_for(vault.get_item(ids[2]).blob_id).unlink()
    report = vault.verify()
    assert any(ids[2] in p.message and "missing" in p.message for p in report.problems)


def _sql(vault: Vault, statement: str, *args: object) -> None:
    con = sqlite3.connect(vault.root / "standfast.db")
    con.execute(statement, args)
    con.commit()
    con.close()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE vault_item SET size = size + 1 WHERE id = ?",
        "UPDATE vault_item SET status = 'withdrawn' WHERE id = ?",
        "UPDATE vault_item SET acquired_at = '2020-01-01 00:00:00.000000' WHERE id = ?",
        # (a tag may already start with 0: one vault in 16; the first character is always changed)
            "UPDATE vault_item SET sha_tag = (CASE WHEN substr(sha_tag, 1, 1) = '0' THEN '1' ELSE '0' END) "
            "|| substr(sha_tag, 2) WHERE id = ?",
        "UPDATE vault_item SET blob_id = NULL WHERE id = ?",
        "UPDATE vault_item SET size = 'a lot' WHERE id = ?",
        "UPDATE vault_item SET row_seal = substr(row_seal, 1, 20) || x'00' || substr(row_seal, 22) WHERE id = ?",
        "UPDATE vault_item SET row_seal = (SELECT row_seal FROM vault_item AS o WHERE o.id != vault_item.id "
        "LIMIT 1) WHERE id = ?",
        "DELETE FROM vault_item WHERE id = ?",
    ],
)
def test_database_tampering_found(filled: tuple[Vault, list[str]], statement: str) -> None:
    vault, ids = filled
    _sql(vault, statement, ids[1])
    report = vault.verify()
    assert any(p.kind == "item" and ids[1] in p.where for p in report.problems), report.problems


def test_row_put_back_to_an_older_version_found(filled: tuple[Vault, list[str]]) -> None:
    vault, ids = filled
    con = sqlite3.connect(vault.root / "standfast.db")
    old = con.execute("SELECT status, row_seal FROM vault_item WHERE id = ?", (ids[2],)).fetchone()
    con.close()
    vault.withdraw(ids[2], "not relevant")
    _sql(vault, "UPDATE vault_item SET status = ?, row_seal = ? WHERE id = ?", *old, ids[2])
    report = vault.verify()
    assert any(ids[2] in p.where and "status" in p.detail and "since custody entry" in p.detail
               for p in report.problems), report.problems


def test_custody_tampering_found(filled: tuple[Vault, list[str]]) -> None:
    vault, _ids = filled
    _sql(vault, "UPDATE vault_custody SET action = 'case.updated' WHERE seq = 3")
    report = vault.verify()
    assert report.problems and report.problems[0].where == "custody entry 3", report.problems
    assert any("intact up to entry 2" in p.detail for p in report.problems)
    _sql(vault, "UPDATE vault_custody SET action = 'item.added' WHERE seq = 3")
    assert vault.verify().ok


def test_custody_rewritten_without_key_found(filled: tuple[Vault, list[str]]) -> None:
    from standfast.vault.custody import link_hash

    vault, _ = filled
    con = sqlite3.connect(vault.root / "standfast.db")
    rows = con.execute("SELECT seq, content_hash FROM vault_custody ORDER BY seq").fetchall()
    # An attacker who knows the format re-links the chain after changing entry 2's content hash.
    prev = "0" * 64
    for seq, ch in rows:
        ch = ("f" if ch[0] != "f" else "e") + ch[1:] if seq == 2 else ch
        h = link_hash(prev, ch)
        con.execute("UPDATE vault_custody SET content_hash=?, prev_hash=?, hash=? WHERE seq=?", (ch, prev, h, seq))
        prev = h
    con.commit()
    con.close()
    report = vault.verify()
    assert any("wrong MAC" in p.detail for p in report.problems)


def test_truncated_custody_log_found(filled: tuple[Vault, list[str]]) -> None:
    vault, _ = filled
    _sql(vault, "DELETE FROM vault_custody WHERE seq = (SELECT max(seq) FROM vault_custody)")
    report = vault.verify()
    assert any("entries were removed" in p.detail for p in report.problems)


def test_flipped_byte_in_database_file_found(filled: tuple[Vault, list[str]]) -> None:
    vault, ids = filled
    item = vault.get_item(ids[2])
    vault = _reopen(vault)  # checkpoint the WAL into the main file
    vault.close()
    db = vault.root / "standfast.db"
    raw = bytearray(db.read_bytes())
    positions = [i for i in range(len(raw)) if raw.startswith(item.sha_tag.encode(), i)]
    assert positions, "hash not found in the database file"
    for pos in positions:
        raw[pos + 5] = ord("0") if raw[pos + 5] != ord("0") else ord("1")
    db.write_bytes(bytes(raw))
    v = Vault.open(vault.root, PASSPHRASE)
    try:
        report = v.verify()
    finally:
        v.close()
    assert not report.ok


def test_cli_verify_exit_codes(filled: tuple[Vault, list[str]], cli) -> None:  # type: ignore[no-untyped-def]
    vault, ids = filled
    vault.close()
    ok = cli("verify")
    assert ok.exit_code == 0, ok.stderr
    assert "Everything is intact" in ok.stdout
    _sql(vault, "UPDATE vault_item SET size = 1 WHERE id = ?", ids[3])
    bad = cli("verify", "--json")
    assert bad.exit_code == 5
    body = json.loads(bad.stdout)
    assert not body["ok"] and any(ids[3] in p["where"] for p in body["problems"])
    assert set(body["checked"]) == {"blobs", "rows", "blocks", "custody_entries"}
    assert set(body["problems"][0]) == {"kind", "where", "detail"}
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_a_missing_blob_is_excused_only_by_a_logged_purge(filled: tuple[Vault, list[str]]) -> None:
    """verify skips a missing blob file only when, after its snapshot, the row went *and* a custody
    entry purged its item. A row removed by hand, or a fresh read that finds nothing, excuses nothing."""
    vault, ids = filled
    item = vault.get_item(ids[2])
    assert item.blob_id is not None
    with vault.read() as s:
        from sqlalchemy import func, select

        from standfast.vault.models import CustodyEntry

        seq = int(s.scalar(select(func.max(CustodyEntry.seq))) or 0)
    assert not vault.blob_purged_since(item.blob_id, seq, [item.id])  # row still there
    _sql(vault, "DELETE FROM vault_item WHERE blob_id = ?", item.blob_id)
    _sql(vault, "DELETE FROM vault_blob WHERE id = ?", item.blob_id)
    assert not vault.blob_purged_since(item.blob_id, seq, [item.id])  # gone, but no purge was logged
    assert not vault.blob_purged_since(item.blob_id, seq, [])


def test_a_purge_after_the_snapshot_excuses_the_missing_file(filled: tuple[Vault, list[str]]) -> None:
    vault, ids = filled
    item = vault.get_item(ids[2])
    assert item.blob_id is not None
    with vault.read() as s:
        from sqlalchemy import func, select

        from standfast.vault.models import CustodyEntry

        seq = int(s.scalar(select(func.max(CustodyEntry.seq))) or 0)
    vault.purge(item.id, "asked to")
    assert vault.blob_purged_since(item.blob_id, seq, [item.id])
    assert not vault.blob_purged_since(item.blob_id, seq + 5, [item.id])
