"""Small builders of real files for the vault tests."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image


def jpeg_with_exif(path: Path, *, make: str = "TestCam", size: tuple[int, int] = (64, 48)) -> Path:
    img = Image.new("RGB", size, (120, 60, 30))
    exif = Image.Exif()
    exif[0x010F] = make  # Make
    exif[0x0132] = "2026:11:20 21:14:05"  # DateTime
    img.save(path, "JPEG", exif=exif.tobytes())
    return path


def png_bytes(size: tuple[int, int] = (32, 32)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (10, 200, 30)).save(buf, "PNG")
    return buf.getvalue()
