"""The PDF case report, checked as a person would: rendered to PNG, text read back, margins blank."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image

from standfast.reports.pdf import render_pdf

DPI = 50
MARGIN_MM = 15


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def assert_within_margins(pdf: bytes, tmp_path: Path) -> int:
    """Render every page and check that the outer 2/3 of each side margin is blank. Returns pages."""
    path = tmp_path / "m.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(path), str(tmp_path / "pg")], check=True)
    pages = sorted(tmp_path.glob("pg-*.png"))
    strip = int(MARGIN_MM / 25.4 * DPI * 2 / 3)
    for page in pages:
        with Image.open(page) as raw:
            img = raw.convert("L")
            w, h = img.size
            for box in ((w - strip, 0, w, h), (0, 0, strip, h)):
                lo, _hi = img.crop(box).getextrema()
                assert lo > 200, f"{page.name}: something is drawn in the margin {box}"
    return len(pages)


def test_pdf_contains_the_suspects_identifiers(adult_case, tmp_path: Path) -> None:
    vault, case_id = adult_case
    started = time.monotonic()
    pdf = render_pdf(vault, case_id)
    elapsed = time.monotonic() - started
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for needle in ("sf.demo.lena", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "$DemoLenaPay",
                   "lena.demo@example.com", "+1 202-555-0143", f"SF-{case_id.upper()}", "Page 1 of",
                   "Summary", "Evidence index", "sha256sum -c SHA256SUMS", "Targeted sextortion"):
        assert needle in text, needle
    assert "hunter2demo" not in text  # the person's quoted password is hidden
    pages = assert_within_margins(pdf, tmp_path)
    assert 2 <= pages <= 12
    assert pdf.count(b"/Subtype /Image") == 1  # the profile screenshot; the intimate photo is left out
    assert elapsed < 20


def test_blurred_previews_are_an_option(adult_case, tmp_path: Path) -> None:
    vault, case_id = adult_case
    pdf = render_pdf(vault, case_id, intimate_thumbnails="blur")
    assert pdf.count(b"/Subtype /Image") == 2


def test_minor_pdf_has_no_images(minor_case, tmp_path: Path) -> None:
    vault, case_id = minor_case
    pdf = render_pdf(vault, case_id, intimate_thumbnails="blur")
    assert b"/Subtype /Image" not in pdf
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert "under 18" in text and "image-sent.jpg" in text
    assert_within_margins(pdf, tmp_path)


def test_bad_option(adult_case) -> None:
    from standfast.errors import UsageError

    vault, case_id = adult_case
    with pytest.raises(UsageError):
        render_pdf(vault, case_id, intimate_thumbnails="show")
