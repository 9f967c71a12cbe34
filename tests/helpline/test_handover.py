"""Hand-over: a person's case, shared as a bundle for one helpline, imported with its chain continued."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from standfast.errors import InputError, UsageError
from standfast.helpline import schema as t
from standfast.helpline.bundle import key_file_text
from standfast.helpline.handover import import_bundle, verify_case
from standfast.helpline.store import Helpline
from standfast.services import exports
from standfast.vault.keys import KdfParams
from tests.helpline.helpers import PASSPHRASE, PERSON_PASSPHRASE, make_helpline, person_with_case


@pytest.fixture
def helpline(pg_url: str, tmp_path: Path):
    hl = make_helpline(pg_url, tmp_path / "hl")
    try:
        yield hl
    finally:
        hl.close()


def _key_file(hl: Helpline, folder: Path) -> Path:
    p = folder / "helpline.key"
    p.write_text(key_file_text(hl.public_key, "Test helpline"), encoding="utf-8")
    return p


def test_twenty_cases_hand_over_with_signatures_and_chains_verified(helpline: Helpline, tmp_path: Path) -> None:
    key = _key_file(helpline, tmp_path)
    for n in range(20):
        vault, case_id = person_with_case(tmp_path / f"v{n}", n)
        try:
            made = exports.share_case(vault, case_id, key, tmp_path / f"case{n}.age")
        finally:
            vault.close()
        assert made.files == 3
        done = import_bundle(helpline, made.path)
        assert done.items == 3 and done.files == 3
        assert done.fingerprint == made.fingerprint
        check = verify_case(helpline, done.case_id)
        assert check.ok, check.problems
        assert check.helpline_entries == 1 and check.person_entries == done.person_entries
        first_helpline = check.entries[check.person_entries]
        assert first_helpline["action"] == "helpline.imported"
        assert first_helpline["prev_hash"] == check.entries[check.person_entries - 1]["hash"]
    with helpline.read() as c:
        assert c.execute(sa.select(sa.func.count()).select_from(t.case)).scalar() == 20
        assert c.execute(sa.select(sa.func.count()).select_from(t.item)).scalar() == 60
    assert helpline.check_audit() == ([], 21)  # created + 20 imports


def test_the_bundle_opens_nowhere_else_and_holds_nothing_readable(helpline: Helpline, tmp_path: Path,
                                                                  pg_cluster) -> None:
    key = _key_file(helpline, tmp_path)
    vault, case_id = person_with_case(tmp_path / "v", 1)
    try:
        bundle = exports.share_case(vault, case_id, key, tmp_path / "b.age").path
    finally:
        vault.close()
    data = bundle.read_bytes()
    assert data.startswith(b"age-encryption.org/v1")
    assert b"evidence 1/0" not in data and b"Threat by mail" not in data and b"manifest" not in data
    other = Helpline.create(pg_cluster.create_database("t_other_hl"), tmp_path / "other-blobs", PASSPHRASE,
                            actor="x", kdf=KdfParams.fast_for_tests())[0]
    try:
        with pytest.raises(InputError, match="another"):
            import_bundle(other, bundle)
    finally:
        other.close()
    # nothing decrypted is left behind in the work folder
    assert not any((tmp_path / "other-blobs" / "tmp").glob("*"))


def test_a_bundle_changed_in_any_byte_is_refused(helpline: Helpline, tmp_path: Path) -> None:
    key = _key_file(helpline, tmp_path)
    vault, case_id = person_with_case(tmp_path / "v", 2, files=1)
    try:
        bundle = exports.share_case(vault, case_id, key, tmp_path / "b.age").path
    finally:
        vault.close()
    data = bundle.read_bytes()
    bad = tmp_path / "bad.age"
    variants = [data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:] for i in range(len(data))]
    variants += [data + b"\n", data[:-1], data[:len(data) // 2]]
    for v in variants:
        bad.write_bytes(v)
        with pytest.raises(InputError):
            import_bundle(helpline, bad)
    with helpline.read() as c:
        assert c.execute(sa.select(sa.func.count()).select_from(t.case)).scalar() == 0
    done = import_bundle(helpline, bundle)  # the original still imports, once
    assert done.items == 2
    with pytest.raises(UsageError, match="already imported"):
        import_bundle(helpline, bundle)


def test_a_tampered_helpline_entry_breaks_the_chain(helpline: Helpline, tmp_path: Path) -> None:
    key = _key_file(helpline, tmp_path)
    vault, case_id = person_with_case(tmp_path / "v", 3, files=1)
    try:
        bundle = exports.share_case(vault, case_id, key, tmp_path / "b.age").path
    finally:
        vault.close()
    done = import_bundle(helpline, bundle)
    assert verify_case(helpline, done.case_id).ok
    with helpline.transaction() as c:  # one entry's sealed content moved onto another
        c.execute(sa.text("update hl_custody set sealed = (select sealed from hl_custody where case_id = :c "
                          "and seq = 2) where case_id = :c and seq = 1"), {"c": done.case_id})
    assert any("entry 1 was altered" in p for p in verify_case(helpline, done.case_id).problems)
    with helpline.transaction() as c:  # a link rewritten
        c.execute(sa.text("update hl_custody set content_hash = repeat('0', 64) where case_id = :c and seq = 3"),
                  {"c": done.case_id})
    assert any("entry 3" in p for p in verify_case(helpline, done.case_id).problems)


def test_a_key_file_with_a_wrong_fingerprint_is_refused(helpline: Helpline, tmp_path: Path) -> None:
    text = key_file_text(helpline.public_key, "x").replace("fingerprint: ", "fingerprint: 0000 ")
    bad = tmp_path / "k"
    bad.write_text(text.replace("0000 " + text.split("fingerprint: 0000 ")[1][:5], "0000 "), encoding="utf-8")
    vault, case_id = person_with_case(tmp_path / "v", 4, files=1)
    try:
        with pytest.raises((InputError, UsageError)):
            exports.share_case(vault, case_id, bad, tmp_path / "b.age")
    finally:
        vault.close()
    assert not (tmp_path / "b.age").exists()


def test_the_command_line_end_to_end(pg_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "STANDFAST_HELPLINE_DB": pg_url.replace("postgresql+psycopg://", "postgresql://"),
           "STANDFAST_PASSPHRASE": PASSPHRASE, "STANDFAST_TEST_FAST_KDF": "1", "COLUMNS": "200"}

    def run(*args: str, extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "standfast.cli", *args], env={**env, **(extra or {})},
                              capture_output=True, text=True, timeout=300)

    r = run("helpline", "init", "--blobs", str(tmp_path / "blobs"))
    assert r.returncode == 0, r.stderr
    assert "Recovery key" in r.stdout
    pw = tmp_path / "pw"
    pw.write_text("a long staff password\n", encoding="utf-8")
    r = run("helpline", "user", "add", "Sam Lee", "--role", "supervisor", "--password-file", str(pw))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("otpauth://totp/Standfast%20helpline:Sam%20Lee?secret=")
    r = run("helpline", "user", "add", "Sam Lee", "--role", "caseworker", "--password-file", str(pw))
    assert r.returncode == 2 and "already an account" in r.stdout + r.stderr
    r = run("helpline", "key")
    assert r.returncode == 0, r.stderr
    key = tmp_path / "helpline.key"
    key.write_text(r.stdout, encoding="utf-8")
    vault, case_id = person_with_case(tmp_path / "v", 5, files=1)
    vault.close()
    r = run("--vault", str(tmp_path / "v"), "share", case_id, "--to-helpline", str(key), "--out",
            str(tmp_path / "case.age"), extra={"STANDFAST_PASSPHRASE": PERSON_PASSPHRASE})
    assert r.returncode == 0, r.stderr
    r = run("helpline", "import", str(tmp_path / "case.age"))
    assert r.returncode == 0, r.stderr
    r = run("helpline", "audit", "--json")
    assert r.returncode == 0, r.stderr
    import json

    entries = json.loads(r.stdout)
    assert all(set(e) == {"at", "actor", "action", "case", "item"} for e in entries)
    assert [e["action"] for e in entries] == ["helpline.created", "user.added", "helpline.key_shown",
                                              "case.imported"]
    case = entries[3]["case"]
    r = run("helpline", "verify", case)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "then 1 from the helpline" in r.stdout and "The chain is intact." in r.stdout
    r = run("helpline", "purge")
    assert r.returncode == 0 and "0 closed case(s)" in r.stdout
    r = run("helpline", "audit", "--case", case)
    assert r.returncode == 0 and "case.imported" in r.stdout and "case.verified" in r.stdout
    r = run("helpline", "audit", "--json")
    actions = [e["action"] for e in json.loads(r.stdout)]
    assert "retention.run" in actions and actions.count("audit.read") >= 2
    r = run("helpline", "key", extra={"STANDFAST_PASSPHRASE": "wrong passphrase"})
    assert r.returncode == 3 and "Traceback" not in r.stderr


def test_nothing_of_the_case_goes_to_the_temp_folder(helpline: Helpline, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    tmp = tmp_path / "system-tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    key = _key_file(helpline, tmp_path)
    vault, case_id = person_with_case(tmp_path / "v", 6, files=1)
    try:
        bundle = exports.share_case(vault, case_id, key, tmp_path / "b.age")
    finally:
        vault.close()
    import_bundle(helpline, bundle.path)
    assert list(tmp.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".b.age")] == []  # the plain zip is gone
