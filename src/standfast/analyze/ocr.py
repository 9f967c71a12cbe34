"""Read the text in a screenshot (PNG, JPEG, HEIC) with Tesseract, in the languages scams use.

Screenshots of chats are small text on flat backgrounds: upscaling small images and converting to
greyscale helps Tesseract more than any other cheap step.

Everything stays in memory: the image is decoded with Pillow, re-encoded into a buffer and piped to
``tesseract stdin stdout``; the text comes back on its standard output. (pytesseract, used before,
wrote the image and the text to files in the temporary folder, where a screenshot of a case must
never be.)
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from functools import lru_cache

from standfast.errors import InputError

_LONE_I = re.compile(r"(?<![^\s])[|l](?=\s)")
WANTED_LANGS = ("eng", "spa", "por", "fra", "deu", "ita", "nld")
MAX_PIXELS = 60_000_000
TIMEOUT_SECONDS = 120
NOT_INSTALLED = "Tesseract (the text reader for screenshots) is not installed. Run scripts/bootstrap.sh."


def is_image(data: bytes) -> bool:
    head = data[:32]
    return (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")
            or (head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis")))


def _tesseract() -> str:
    exe = shutil.which("tesseract")
    if exe is None:
        raise InputError(NOT_INSTALLED)
    return exe


@lru_cache(maxsize=1)
def _langs() -> str:
    try:
        listed = subprocess.run([_tesseract(), "--list-langs"], capture_output=True, timeout=30, check=True)
    except (OSError, subprocess.SubprocessError) as exc:  # a broken install
        raise InputError(NOT_INSTALLED) from exc
    # The first line is a header ("List of available languages in ..."), then one code a line.
    have = {line.strip() for line in listed.stdout.decode("utf-8", "replace").splitlines()[1:]}
    langs = [lang for lang in WANTED_LANGS if lang in have]
    return "+".join(langs or ["eng"])


def _run_tesseract(png: bytes, langs: str) -> str:
    try:
        done = subprocess.run([_tesseract(), "stdin", "stdout", "-l", langs], input=png, capture_output=True,
                              timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise InputError("Reading the text in the image took too long.") from None
    except OSError as exc:
        raise InputError(NOT_INSTALLED) from exc
    if done.returncode != 0:
        raise InputError(f"Tesseract could not read the image ({done.returncode}).")
    return done.stdout.decode("utf-8", "replace")


def ocr_image(data: bytes) -> str:
    """Text in the image. Raises InputError for unreadable images or a missing Tesseract."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # HEIC then simply fails to open, with a clear message below
        pass
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        img: Image.Image = Image.open(io.BytesIO(data))
        img = ImageOps.exif_transpose(img)
        img = img.convert("L")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError(f"The image could not be read ({type(exc).__name__}).") from None
    if img.width < 1000:
        factor = min(3, max(1, 1600 // max(1, img.width)))
        if factor > 1:
            img = img.resize((img.width * factor, img.height * factor), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    # Fast PNG compression: the pipe carries ~30x fewer bytes than raw pixels for a cost of ~10 ms.
    img.save(buf, "PNG", compress_level=1)
    text = _run_tesseract(buf.getvalue(), _langs())
    # Tesseract often reads a lone capital I as "|" or "l"; the word "I" matters for claims ("I hacked").
    return _LONE_I.sub("I", text)
