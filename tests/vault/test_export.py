"""Exports: originals, manifest, custody log, SHA256SUMS; checkable with standard tools alone."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standfast.errors import InputError, UsageError
from standfast.vault.export import verify_export
from standfast.vault.export_check import ExportCheck, check_custody_chain, parse_custody, parse_manifest
from standfast.vault.package import check_member_name, safe_filename
from standfast.vault.vault import Vault
from tests.vault.helpers import png_bytes


@pytest.fixture
def case_with_items(vault: Vault, tmp_path: Path) -> tuple[Vault, str, dict[str, str]]:
    case = vault.create_case("Export me", country="US", age_group="adult")
    src = tmp_path / "src"
    (src / "a").mkdir(parents=True)
    (src / "b").mkdir()
    (src / "a" / "chat.txt").write_text("hello")
    (src / "b" / "chat.txt").write_text("different")
    (src / "nude.png").write_bytes(png_bytes())
    results, _ = vault.add_path(case.id, src)
    ids = {r.item.original_path.split("src/")[1]: r.item.id for r in results}
    vault.mark_intimate(ids["nude.png"])
    return vault, case.id, ids


def test_zip_export_verifies_with_sha256sum(case_with_items, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault, case_id, _ids = case_with_items
    out = tmp_path / "export.zip"
    result = vault.export_case(case_id, out)
    assert result.files == 2 and result.excluded == 1
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    assert {"originals/chat.txt", "originals/chat (2).txt", "manifest.json", "manifest.csv", "custody.jsonl",
            "SHA256SUMS", "README.txt"} <= names
    assert not any("nude" in n for n in names)
    excluded = [r for r in manifest["items"] if r["file"] is None]
    assert excluded[0]["excluded_reason"].startswith("marked intimate")
    unpacked = tmp_path / "unpacked"
    shutil.unpack_archive(out, unpacked)
    proc = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert verify_export(out).ok
    assert verify_export(unpacked).ok
    # The export is in the custody log.
    from sqlalchemy import select

    from standfast.vault.models import CustodyEntry

    with vault.read() as s:
        last = s.scalars(select(CustodyEntry).order_by(CustodyEntry.seq.desc()).limit(1)).one()
    assert last.action == "case.exported" and last.details["files"] == 2


def test_intimate_included_only_when_chosen(case_with_items, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault, case_id, _ = case_with_items
    out = tmp_path / "with.zip"
    vault.export_case(case_id, out, include_intimate=True)
    with zipfile.ZipFile(out) as zf:
        assert "originals/nude.png" in zf.namelist()


def test_minor_case_never_exports_intimate_images(vault: Vault, tmp_path: Path) -> None:
    case = vault.create_case("Teen", age_group="minor")
    f = tmp_path / "img.png"
    f.write_bytes(png_bytes())
    item = vault.add_file(case.id, f, intimate=True).item
    out = tmp_path / "minor.zip"
    vault.export_case(case.id, out, include_intimate=True)
    with zipfile.ZipFile(out) as zf:
        blob = b"".join(zf.read(n) for n in zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    assert png_bytes()[:32] not in blob
    assert manifest["items"][0]["sha256"] == item.sha256 and manifest["items"][0]["file"] is None


def test_other_cases_redacted_in_custody(vault: Vault, tmp_path: Path) -> None:
    mine = vault.create_case("Mine")
    vault.create_case("Someone else's very private case")
    out = tmp_path / "e.zip"
    vault.export_case(mine.id, out)
    with zipfile.ZipFile(out) as zf:
        custody = zf.read("custody.jsonl").decode()
    assert "very private" not in custody
    assert verify_export(out).ok


def test_tampered_export_fails(case_with_items, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault, case_id, _ = case_with_items
    out = tmp_path / "dir-export"
    vault.export_case(case_id, out)
    (out / "originals" / "chat.txt").write_text("HELLO")
    check = verify_export(out)
    assert not check.ok and any("chat.txt" in p.where and p.kind == "edited" for p in check.problems)
    (out / "originals" / "chat.txt").write_text("hello")
    lines = (out / "custody.jsonl").read_text().splitlines()
    (out / "custody.jsonl").write_text("\n".join(lines[:2] + lines[3:]) + "\n")
    assert not verify_export(out).ok


def test_export_refuses_to_overwrite(case_with_items, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault, case_id, _ = case_with_items
    (tmp_path / "x.zip").write_bytes(b"mine")
    with pytest.raises(UsageError, match="already exists"):
        vault.export_case(case_id, tmp_path / "x.zip")
    assert (tmp_path / "x.zip").read_bytes() == b"mine"


def test_hostile_packages_rejected(tmp_path: Path) -> None:
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../../etc/passwd", "x")
        zf.writestr("SHA256SUMS", "")
    check = verify_export(evil)
    assert not check.ok and check.signature == "missing"
    assert [p.kind for p in check.problems if p.where == "../../etc/passwd"] == ["unsafe_name"]
    trunc = tmp_path / "trunc.zip"
    trunc.write_bytes(b"PK\x03\x04" + b"\x00" * 20)
    with pytest.raises(InputError, match="not a readable zip"):
        verify_export(trunc)
    empty = tmp_path / "nosums.zip"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("a.txt", "x")
    check = verify_export(empty)
    assert not check.ok and {p.kind for p in check.problems} >= {"signature", "planted"}


@given(st.text(max_size=300))
def test_safe_filename_is_safe(name: str) -> None:
    out = safe_filename(name)
    assert out and "/" not in out and "\\" not in out and "\x00" not in out
    assert out not in (".", "..") and len(out.encode()) <= 214


@given(st.text(max_size=60))
def test_member_name_check_never_crashes(name: str) -> None:
    try:
        check_member_name(name)
    except InputError:
        return
    assert not name.startswith("/") and ".." not in name.replace("\\", "/").split("/")


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                  max_size=5), max_leaves=25)
_ROW_KEYS = ("id", "file", "sha256", "md5", "size")
_row = st.fixed_dictionaries({"id": st.text(max_size=16), "file": st.none() | st.text(max_size=20),
                              "sha256": st.text("0123456789abcdef", min_size=64, max_size=64),
                              "md5": st.text("0123456789abcdef", min_size=32, max_size=32),
                              "size": st.integers(min_value=0, max_value=1 << 40)})


@given(st.binary(max_size=400))
def test_manifest_parser_never_crashes_on_bytes(data: bytes) -> None:
    manifest, problems = parse_manifest(data)
    assert manifest is not None or problems


@given(_json, st.lists(_row | _json, max_size=6))
def test_manifest_parser_keeps_only_well_formed_items(extra: object, items: list[object]) -> None:
    doc = {"format": "standfast-export", "case": {"id": "abc"}, "items": items, "extra": extra}
    manifest, problems = parse_manifest(json.dumps(doc).encode())
    assert manifest is not None
    assert len(manifest["items"]) + len(problems) == len(items)
    assert len(manifest["items"]) >= sum(1 for r in items if isinstance(r, dict) and set(r) == set(_ROW_KEYS))
    for row in manifest["items"]:
        assert isinstance(row, dict) and isinstance(row["id"], str) and len(row["sha256"]) == 64


@given(st.lists(st.dictionaries(st.sampled_from(["seq", "time", "actor", "action", "case_id", "item_id",
                                                 "details", "content_hash", "prev_hash", "hash", "redacted"]),
                                _json, max_size=11), max_size=6))
def test_custody_chain_check_never_crashes(lines: list[dict]) -> None:  # type: ignore[type-arg]
    check = ExportCheck()
    check_custody_chain(lines, check)
    if lines:
        assert check.problems  # random entries never form a valid chain
    parsed, problems = parse_custody(b"\n".join(json.dumps(x).encode() for x in lines))
    assert problems == [] and parsed == lines


@given(st.binary(max_size=300))
def test_custody_parser_never_crashes(data: bytes) -> None:
    parsed, problems = parse_custody(data)
    assert (parsed is None) == bool(problems)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150)
@given(data=st.binary(max_size=600), prefix=st.sampled_from([b"", b"PK\x03\x04", b"PK\x05\x06" + bytes(18)]))
def test_reader_never_crashes_on_random_files(tmp_path: Path, data: bytes, prefix: bytes) -> None:
    target = tmp_path / "random.zip"
    target.write_bytes(prefix + data)
    try:
        check = verify_export(target)
    except InputError:
        return
    assert not check.ok


def test_export_from_before_signing_reports_missing(case_with_items, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    vault, case_id, _ = case_with_items
    out = tmp_path / "old"
    vault.export_case(case_id, out)
    shutil.rmtree(out / "signature")  # what every export made before signing looks like
    check = verify_export(out)
    assert check.signature == "missing" and not check.ok
    assert "no signature" in check.proves()
    vault.close()
    res = cli("verify-export", str(out), "--json", passphrase=None)
    assert res.exit_code == 5 and "Traceback" not in res.stderr
    report = json.loads(res.stdout)
    assert report["signature"] == "missing" and report["ok"] is False and report["fingerprint"] is None
    assert set(report) >= {"ok", "checked", "problems", "signature", "fingerprint"}
    assert {p["kind"] for p in report["problems"]} == {"signature"}


def test_wrong_fingerprint_is_not_ok(case_with_items, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault, case_id, _ = case_with_items
    out = tmp_path / "e.zip"
    result = vault.export_case(case_id, out)
    assert verify_export(out, fingerprint=result.fingerprint).ok
    wrong = ("0" if result.fingerprint[0] != "0" else "1") + result.fingerprint[1:]
    check = verify_export(out, fingerprint=wrong)
    assert not check.ok and check.fingerprint_matches is False and "NOT signed" in check.proves()
    with pytest.raises(UsageError):
        verify_export(out, fingerprint="not hex")
