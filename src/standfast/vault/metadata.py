"""What a file is: MIME type from its content, and image metadata (EXIF, incl. HEIC).

Metadata is read for the record only; it never changes the stored bytes.
"""

from __future__ import annotations

import io
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import magic
from PIL import ExifTags, Image

try:  # iPhone photos
    import pillow_heif

    pillow_heif.register_heif_opener()
except ImportError:  # pragma: no cover - pillow-heif is a pinned dependency
    pass

_MAX_META_VALUE = 500
_GPS_TAG = 0x8825
_EXIF_IFD = 0x8769


def detect_mime(head: bytes) -> str:
    """MIME type from the first bytes (libmagic), never from the file name."""
    if not head:
        return "application/x-empty"
    try:
        return str(_handle().from_buffer(head)) or "application/octet-stream"
    except Exception:
        return "application/octet-stream"


_local = threading.local()
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _handle() -> magic.Magic:
    # A libmagic handle is not safe to share between threads; one per thread, made once.
    found: magic.Magic | None = getattr(_local, "magic", None)
    if found is None:
        found = _local.magic = magic.Magic(mime=True)
    return found


def detect_mime_later(head: bytes) -> Future[str]:
    """:func:`detect_mime` in a worker thread (each with its own libmagic handle; the call releases the
    GIL), so a batch of small files is typed while the next files are read and sealed."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2)),
                                       thread_name_prefix="standfast-magic")
    return _pool.submit(detect_mime, head)


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return value[:64].hex() if len(value) > 0 else ""
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, (int, str, bool)) or value is None:
        return value[:_MAX_META_VALUE] if isinstance(value, str) else value
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)[:_MAX_META_VALUE]


def image_metadata(data: bytes | None = None, *, path: str | None = None) -> dict[str, Any]:
    """Dimensions, format and EXIF (including GPS) of an image; {} when it is not one we can read."""
    try:
        with Image.open(path if path is not None else io.BytesIO(data or b"")) as img:
            out: dict[str, Any] = {"image": {"format": img.format, "width": img.width, "height": img.height,
                                             "mode": img.mode}}
            exif = img.getexif()
            tags: dict[str, Any] = {}
            for tag, value in exif.items():
                tags[ExifTags.TAGS.get(tag, str(tag))] = _plain(value)
            for ifd_id, names in ((_EXIF_IFD, ExifTags.TAGS), (_GPS_TAG, ExifTags.GPSTAGS)):
                try:
                    ifd = exif.get_ifd(ifd_id)
                except Exception:
                    continue
                for tag, value in ifd.items():
                    key = names.get(tag, str(tag))
                    tags[("GPS" + key) if ifd_id == _GPS_TAG and not key.startswith("GPS") else key] = _plain(
                        value
                    )
            tags.pop("MakerNote", None)
            tags.pop("ExifOffset", None)
            tags.pop("GPSInfo", None)
            if tags:
                out["exif"] = tags
            return out
    except Exception:
        # Not an image, or one Pillow cannot parse: the bytes are still kept; only metadata is missing.
        return {}
