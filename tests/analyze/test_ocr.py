"""Screenshots: text drawn into a PNG is read back by Tesseract and triaged."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from standfast.analyze.inputs import analyze_path
from standfast.analyze.ocr import is_image, ocr_image
from standfast.errors import InputError

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")

LINES = ["I hacked your phone and recorded you", "with your camera watching porn.", "Pay 500 USD in bitcoin",
         "within 48 hours or your contacts", "will see the video."]


def _png(lines: list[str]) -> bytes:
    img = Image.new("RGB", (900, 60 * len(lines) + 40), "white")
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 32)
    except OSError:
        font = ImageFont.load_default(size=32)
    for i, line in enumerate(lines):
        draw.text((20, 20 + 60 * i), line, fill="black", font=font)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def test_screenshot_is_read_and_triaged(tmp_path: Path) -> None:
    data = _png(LINES)
    assert is_image(data)
    assert "bitcoin" in ocr_image(data).lower()
    f = tmp_path / "shot.png"
    f.write_bytes(data)
    assert analyze_path(f).verdict == "mass_scam"


def test_broken_image_is_input_error() -> None:
    with pytest.raises(InputError):
        ocr_image(b"\x89PNG\r\n\x1a\n" + b"garbage" * 10)
