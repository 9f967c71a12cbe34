"""Hostile and edge cases: empty case, hash-only case, huge and odd names, missing analyses."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from standfast.reports.package import build_package
from standfast.reports.pdf import render_pdf
from standfast.reports.removal import removal_text
from standfast.reports.texts import available_channels, channel_text
from standfast.vault.export import verify_export
from tests.reports.test_pdf import assert_within_margins, pdf_text


def test_empty_case(vault, tmp_path: Path) -> None:
    case = vault.create_case("Nothing yet")
    pdf = render_pdf(vault, case.id)
    assert "There is no evidence in this case yet" in " ".join(pdf_text(pdf, tmp_path).split())
    assert_within_margins(pdf, tmp_path)
    out = tmp_path / "empty.zip"
    build_package(vault, case.id, out)
    assert verify_export(out).ok
    assert available_channels(vault, case.id)  # the international routes, at least
    assert "Case reference" in channel_text(vault, case.id, "police")
    assert "[fill in" in removal_text(vault, case.id, "search")


def test_hash_only_case(vault, tmp_path: Path) -> None:
    case = vault.create_case("Minor, hashes only", age_group="minor", country="GB")
    vault.add_hash_only(case.id, name="photo.jpg", sha256="a" * 64, md5="b" * 32, size=1234, mime="image/jpeg",
                        metadata={}, reason="hashed in place")
    out = tmp_path / "hash-only.zip"
    result = build_package(vault, case.id, out)
    assert result.files == 0 and result.excluded == 1
    with zipfile.ZipFile(out) as zf:
        assert not [n for n in zf.namelist() if n.startswith("originals/")]
    assert verify_export(out).ok
    text = " ".join(pdf_text(render_pdf(vault, case.id), tmp_path).split())
    assert "a" * 32 in text.replace(" ", "")  # the hash is listed (wrapped)
    ids = [c.id for c in available_channels(vault, case.id)]
    assert "gb-ceop" in ids


def test_huge_and_odd_names(vault, tmp_path: Path) -> None:
    case = vault.create_case("Ünïcödé " + "very long title " * 20, country="US", age_group="adult")
    name = ("screenshot 😀 שלום مرحبا " + "x" * 240 + ".txt")[:250]
    src = tmp_path / "odd"
    src.mkdir()
    (src / "a.txt").write_text("Pay 300 USD to " + "w" * 400 + " now or else 🙂")
    vault.add_file(case.id, src / "a.txt", original_path=name)
    vault.add_note(case.id, "note " * 2000, title="n" * 300)
    vault.add_url(case.id, "https://example.com/" + "p" * 1500)
    pdf = render_pdf(vault, case.id)
    assert_within_margins(pdf, tmp_path)
    out = tmp_path / "odd.zip"
    build_package(vault, case.id, out)
    assert verify_export(out).ok


def test_missing_analyses(adult_case, tmp_path: Path, monkeypatch) -> None:
    # As if the analyzer's store were not installed: the reports read the messages themselves.
    monkeypatch.setitem(sys.modules, "standfast.analyze.store", None)
    vault, case_id = adult_case
    text = " ".join(pdf_text(render_pdf(vault, case_id), tmp_path).split())
    assert "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" in text and "Targeted sextortion" in text
    assert "analyze.store" in text  # said plainly what was not available
