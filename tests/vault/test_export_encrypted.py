"""Encrypted exports: AES-256 zip that common tools open with the passphrase; the passphrase is never shown.

Also the plain-sentence errors for inputs verify-export cannot use (truncated, not a zip, wrong
passphrase, damaged manifest) and the OpenSSL check of the signature that the README describes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from standfast.errors import InputError, UsageError
from standfast.vault.export import export_case, verify_export
from standfast.vault.signing import vault_fingerprint
from standfast.vault.vault import Vault

SECRET = "blue river 7 tangerine"
EVIDENCE = b"he said: send the money by friday"


@pytest.fixture
def case_id(vault: Vault, tmp_path: Path) -> str:
    case = vault.create_case("Encrypted export", age_group="adult")
    src = tmp_path / "src"
    src.mkdir()
    (src / "Maria Lopez - chat.txt").write_bytes(EVIDENCE)
    vault.add_path(case.id, src)
    return case.id


def test_encrypted_export_round_trip(vault: Vault, case_id: str, tmp_path: Path) -> None:
    out = tmp_path / "sealed.zip"
    result = export_case(vault, case_id, out, encrypt_passphrase=SECRET)
    assert result.encrypted and result.fingerprint == vault_fingerprint(vault)
    raw = out.read_bytes()
    assert EVIDENCE not in raw and b"Maria Lopez" not in raw  # contents and names are not readable
    with zipfile.ZipFile(out) as zf:
        assert all(i.flag_bits & 1 for i in zf.infolist())
        originals = [n for n in zf.namelist() if n.startswith("originals/")]
    assert len(originals) == 1 and originals[0].endswith(".txt") and "Maria" not in originals[0]
    check = verify_export(out, password=SECRET, fingerprint=result.fingerprint)
    assert check.ok and check.encrypted, check.problems
    with pytest.raises(InputError, match="is encrypted"):
        verify_export(out)
    with pytest.raises(InputError, match="passphrase does not open"):
        verify_export(out, password="not the passphrase")


def test_encrypted_export_refuses_weak_or_misplaced_passphrases(vault: Vault, case_id: str, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="at least"):
        export_case(vault, case_id, tmp_path / "short.zip", encrypt_passphrase="1234")
    with pytest.raises(UsageError, match=r"\.zip"):
        export_case(vault, case_id, tmp_path / "folder", encrypt_passphrase=SECRET)
    assert not (tmp_path / "short.zip").exists() and not (tmp_path / "folder").exists()


@pytest.mark.skipif(shutil.which("7zz") is None and shutil.which("7z") is None, reason="7-Zip is not installed")
def test_seven_zip_opens_the_encrypted_export(vault: Vault, case_id: str, tmp_path: Path) -> None:
    out = tmp_path / "sealed.zip"
    export_case(vault, case_id, out, encrypt_passphrase=SECRET)
    seven = shutil.which("7zz") or shutil.which("7z")
    dest = tmp_path / "opened"
    proc = subprocess.run([str(seven), "x", f"-p{SECRET}", f"-o{dest}", str(out), "-y"], capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=dest, capture_output=True, text=True)
    assert sums.returncode == 0, sums.stdout
    assert EVIDENCE in [p.read_bytes() for p in (dest / "originals").iterdir()]
    wrong = subprocess.run([str(seven), "x", "-pwrong", f"-o{tmp_path / 'no'}", str(out), "-y"],
                           capture_output=True, text=True)
    assert wrong.returncode != 0


@pytest.mark.skipif(shutil.which("openssl") is None, reason="OpenSSL is not installed")
def test_signature_checks_with_openssl_alone(vault: Vault, case_id: str, tmp_path: Path) -> None:
    out = tmp_path / "plain"
    fp = export_case(vault, case_id, out).fingerprint
    sig = out / "signature"
    proc = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(sig / "signer.pem"), "-rawin",
                           "-in", str(sig / "statement.json"), "-sigfile", str(sig / "statement.sig")],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and "Verified Successfully" in proc.stdout, proc.stdout + proc.stderr
    der = subprocess.run(["openssl", "pkey", "-pubin", "-in", str(sig / "signer.pem"), "-outform", "DER"],
                         capture_output=True, check=True).stdout
    import hashlib

    assert hashlib.sha256(der[-32:]).hexdigest() == fp
    assert fp[:4] in (out / "README.txt").read_text()


def test_cli_encrypted_export_never_shows_the_passphrase(vault: Vault, case_id: str, vault_dir: Path,
                                                         tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    vault.close()
    out = tmp_path / "cli.zip"
    res = cli("export", case_id, "--to", str(out), "--encrypt", env={"STANDFAST_EXPORT_PASSPHRASE": SECRET})
    assert res.exit_code == 0, res.stderr
    assert SECRET not in res.stdout + res.stderr
    assert "Fingerprint" in res.stdout
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(SECRET + "\n")
    ok = cli("verify-export", str(out), "--passphrase-file", str(pass_file), "--json", passphrase=None)
    assert ok.exit_code == 0, ok.stdout + ok.stderr
    assert json.loads(ok.stdout)["signature"] == "valid"
    log = cli("log", "--json")
    assert SECRET not in log.stdout
    stored = b"".join(p.read_bytes() for p in vault_dir.rglob("*") if p.is_file())
    assert SECRET.encode() not in stored
    second = tmp_path / "file.zip"
    by_file = cli("export", case_id, "--to", str(second), "--encrypt", "--passphrase-file", str(pass_file))
    assert by_file.exit_code == 0, by_file.stderr
    no_pass = cli("export", case_id, "--to", str(tmp_path / "none.zip"), "--encrypt")
    assert no_pass.exit_code == 2 and "STANDFAST_EXPORT_PASSPHRASE" in no_pass.stderr
    assert not (tmp_path / "none.zip").exists()


def test_cli_unusable_inputs_get_one_plain_sentence(vault: Vault, case_id: str, tmp_path: Path,
                                                    cli) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.zip"
    export_case(vault, case_id, good)
    sealed = tmp_path / "sealed.zip"
    export_case(vault, case_id, sealed, encrypt_passphrase=SECRET)
    vault.close()
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good.read_bytes()[:-300])
    not_zip = tmp_path / "photo.zip"
    not_zip.write_bytes(b"\xff\xd8\xff\xe0 a jpeg, not a zip" * 10)
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(damaged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, b"{ this is not json" if info.filename == "manifest.json" else data)
    cases = [(truncated, {}), (not_zip, {}), (tmp_path / "missing.zip", {}),
             (sealed, {"STANDFAST_EXPORT_PASSPHRASE": "wrong passphrase"}), (sealed, {})]
    for path, env in cases:
        res = cli("verify-export", str(path), env=env, passphrase=None)
        assert res.exit_code not in (0, 70), (path, res.stderr)
        assert "Traceback" not in res.stderr and res.stderr.strip().count("\n") == 0, res.stderr
        assert res.stderr.startswith("standfast: ")
    res = cli("verify-export", str(damaged), "--json", passphrase=None)
    assert res.exit_code == 5 and "Traceback" not in res.stderr
    report = json.loads(res.stdout)
    assert report["ok"] is False and any(p["kind"] == "manifest" for p in report["problems"])
    debug = cli("--debug", "verify-export", str(not_zip), passphrase=None)
    assert "Traceback" in debug.stderr
