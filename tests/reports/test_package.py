"""The evidence package: verifiable with sha256sum and verify-export; no intimate image bytes in a minor's case."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from standfast.reports.demo import demo_image, demo_screenshot
from standfast.reports.package import build_package
from standfast.vault.export import verify_export
from standfast.vault.signing import SIGNATURE_FILES

# Signatures of image and video formats, searched anywhere in every member.
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"JFIF\x00", b"Exif\x00\x00", b"WEBPVP8", b"ftypheic",
               b"ftypmif1", b"ftypisom", b"ftypmp4", b"ftypqt", b"BM6", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1",
               b"\xff\xd8\xff\xdb")


def _names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return zf.namelist()


def test_adult_package_verifies_with_sha256sum_and_verify_export(adult_case, tmp_path: Path) -> None:
    vault, case_id = adult_case
    out = tmp_path / "package.zip"
    result = build_package(vault, case_id, out)
    names = _names(out)
    for must in ("case-report.pdf", "manifest.json", "manifest.csv", "custody.jsonl", "timeline.csv",
                 "indicators.csv", "indicators.json", "image-hashes.csv", "README.txt", "SHA256SUMS"):
        assert must in names
    assert "originals/scam-email.eml" in names and "originals/instagram-demo-export.zip" in names
    assert "originals/1.jpg" not in names  # marked intimate: left out unless chosen
    assert result.excluded == 1
    check = verify_export(out)
    assert check.ok, check.problems
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as zf:
        zf.extractall(unpacked)
    proc = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    listed = {line.split("  ", 1)[1] for line in (unpacked / "SHA256SUMS").read_text().splitlines()}
    assert listed == set(names) - {"SHA256SUMS", *SIGNATURE_FILES}  # the signature covers SHA256SUMS itself
    readme = (unpacked / "README.txt").read_text()
    assert "sha256sum -c SHA256SUMS" in readme and "case-report.pdf" in readme
    timeline = (unpacked / "timeline.csv").read_text()
    assert "sf.demo.lena" in timeline and timeline.count("\n") >= 12
    assert "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" in (unpacked / "indicators.csv").read_text()
    assert "hunter2demo" not in (unpacked / "indicators.csv").read_text()


def test_include_intimate_and_password(adult_case, tmp_path: Path) -> None:
    vault, case_id = adult_case
    out = tmp_path / "locked.zip"
    build_package(vault, case_id, out, include_intimate=True, password="a long secret here")
    assert "originals/1.jpg" in _names(out)
    with zipfile.ZipFile(out) as zf, pytest.raises(RuntimeError):
        zf.read("README.txt")  # encrypted: unreadable without the password
    check = verify_export(out, password="a long secret here")
    assert check.ok, check.problems


def test_minor_package_holds_all_evidence_but_no_intimate_image_bytes(minor_case, tmp_path: Path) -> None:
    # Changed with the safeguarding policy (issue #15): a minor's package used to leave out every
    # image and the chat itself, so the police got an empty package. Now all non-intimate evidence
    # travels (the screenshot, the chat text, the note, the e-mail); the chat's photo (nobody reviewed
    # it) and the image hashed in place are listed by their hashes, never their bytes.
    vault, case_id = minor_case
    out = tmp_path / "minor.zip"
    build_package(vault, case_id, out, include_intimate=True)  # asked for, and still refused
    never = [demo_image(1), demo_image(2, (128, 96))]
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        for name in names:
            data = zf.read(name)
            for image in never:
                assert image[:64] not in data, f"{name} holds an image that must never leave as bytes"
            if name.endswith(".zip"):
                pytest.fail(f"{name}: a zip in a minor's package could hold images")
        assert zf.read("originals/profile-screenshot.png") == demo_screenshot()
        pdf = zf.read("case-report.pdf")
        assert b"/Subtype /Image" not in pdf
        manifest = zf.read("manifest.csv").decode()
        hashes = zf.read("image-hashes.csv").decode()
    assert any(n.startswith("originals/") and n.endswith((".json", ".txt")) for n in names)  # chat and note
    assert any(n.endswith(".eml") for n in names)
    assert "image-sent.jpg" in hashes and "recorded by its hashes only" in manifest
    assert verify_export(out).ok

