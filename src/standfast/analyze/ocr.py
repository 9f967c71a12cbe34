"""Read the text in a screenshot (PNG, JPEG, HEIC) with Tesseract, in the languages scams use.

Screenshots of chats are small text on flat backgrounds: upscaling small images and converting to
greyscale helps Tesseract more than any other cheap step.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache

from standfast.errors import InputError

_LONE_I = re.compile(r"(?<![^\s])[|l](?=\s)")
WANTED_LANGS = ("eng", "spa", "por", "fra", "deu", "ita", "nld")
MAX_PIXELS = 60_000_000


def is_image(data: bytes) -> bool:
    head = data[:32]
    return (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")
            or (head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis")))


@lru_cache(maxsize=1)
def _langs() -> str:
    import pytesseract

    try:
        have = set(pytesseract.get_languages(config=""))
    except Exception as exc:  # TesseractNotFoundError or a broken install
        raise InputError("Tesseract (the text reader for screenshots) is not installed. "
                         "Run scripts/bootstrap.sh.") from exc
    langs = [lang for lang in WANTED_LANGS if lang in have]
    return "+".join(langs or ["eng"])


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
        img = Image.open(io.BytesIO(data))
        img = ImageOps.exif_transpose(img)
        img = img.convert("L")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError(f"The image could not be read ({type(exc).__name__}).") from None
    if img.width < 1000:
        factor = min(3, max(1, 1600 // max(1, img.width)))
        if factor > 1:
            img = img.resize((img.width * factor, img.height * factor), Image.Resampling.LANCZOS)
    import pytesseract

    langs = _langs()
    try:
        text = pytesseract.image_to_string(img, lang=langs, timeout=120)
    except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
        raise InputError("Reading the text in the image took too long.") from exc
    except pytesseract.TesseractError as exc:
        raise InputError(f"Tesseract could not read the image ({exc.status}).") from None
    # Tesseract often reads a lone capital I as "|" or "l"; the word "I" matters for claims ("I hacked").
    return _LONE_I.sub("I", text)
