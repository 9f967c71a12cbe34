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


def changed_cell(value: object) -> object:
    """A different value of the same kind for one stored cell, as a tamperer would write it."""
    if value is None:
        return 1
    if isinstance(value, bool | int) and value in (0, 1):
        return 1 - value  # a flag flipped (a stored 2 would still read as true)
    if isinstance(value, bool | int):
        return value + 1_000_003  # far enough not to hit another row's unique value
    if isinstance(value, float):
        return value + 0.5
    if isinstance(value, bytes):
        data = bytearray(value or b"\0")
        data[len(data) // 2] ^= 0x01
        return bytes(data)
    text = str(value)
    if not text:
        return "x"
    middle = len(text) // 2
    return text[:middle] + ("0" if text[middle] != "0" else "1") + text[middle + 1:]
