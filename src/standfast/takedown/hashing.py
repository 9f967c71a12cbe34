"""Hash files the way StopNCII / Take It Down and Meta's reference do: PDQ, MD5, SHA-256, vPDQ.

Everything happens on this machine. Images are decoded with Pillow (+ pillow-heif for HEIC) and
hashed with `pdqhash`, the binding of Meta's C++ reference; videos are hashed with `vpdq`
(one PDQ per second of video). MD5 and SHA-256 are streamed, so huge files never sit in memory.

Choices that matter for matching:

* **Stored pixels, like the reference.** The C++ reference (and `pdqhash`, python-threatexchange)
  ignore the EXIF orientation tag, so we do too and the hashes equal theirs bit for bit. The tag is
  reported as ``orientation``; a copy saved "upright" is one of the 8 dihedral variants, which
  ``scan`` checks anyway.
* **Every image mode** goes through ``Image.convert("RGB")`` (what python-threatexchange does),
  which reproduces the reference hashes for L, LA, P, CMYK, I;16, RGBA, ...
* **Fast mode** (``fast=True``) decodes big JPEGs at 1/2, 1/4 or 1/8 size with Pillow's ``draft``
  (the JPEG decoder skips DCT detail) when the decoded image keeps at least ``DRAFT_MIN_SIDE``
  pixels on its short side. PDQ shrinks every image to 64x64 anyway, so the hash moves by a few
  bits (measured <= 8) for ~4x the speed. Such results carry ``exact=False``. The default is exact.
* **Hostile files** (decompression bombs, truncated or corrupt images, lying extensions, empty
  files) give a result with ``error`` set, never an exception: one bad file must not stop a batch.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
from PIL import Image, UnidentifiedImageError

from standfast.takedown.pdq import DIHEDRAL_NAMES, MIN_RELIABLE_QUALITY, bits_to_hex

try:  # HEIC/HEIF from iPhones; optional at import so a broken wheel does not stop other formats
    import pillow_heif
except ImportError:  # pragma: no cover - pillow-heif is a declared dependency
    pass
else:
    pillow_heif.register_heif_opener()

#: Pillow's decompression-bomb limit, stated here on purpose: images with more pixels than this
#: (about 89 megapixels, e.g. a 9,500 x 9,500 PNG) are refused with an error instead of being
#: decoded, because a tiny hostile file can otherwise expand to gigabytes of memory.
MAX_PIXELS = 89_478_485
#: Frames hashed at most in an animated GIF/WebP with all_frames=True (each frame is a decode),
#: and at most this many pixels over all frames (a hostile GIF can hold 1000 huge frames).
MAX_FRAMES = 1_000
MAX_ANIMATION_PIXELS = 2_000_000_000
#: In fast mode a JPEG is shrunk while decoding only if its short side stays at least this big.
DRAFT_MIN_SIDE = 512
#: Read size for streamed MD5/SHA-256.
CHUNK = 4 * 1024 * 1024
#: Files this big get MD5 and SHA-256 computed in two threads (hashlib releases the GIL).
PARALLEL_DIGEST_BYTES = 64 * 1024 * 1024
#: vPDQ: one frame hash per second of video, as Meta's vPDQ tools do by default.
VPDQ_SECONDS_PER_HASH = 1.0
#: How many bytes are read to recognise a file's real type (extensions can lie).
SNIFF_BYTES = 8192


@dataclass
class HashResult:
    """The hashes of one file. ``pdq``/``quality`` for images, ``vpdq`` for videos."""

    path: str
    kind: str = "other"  # 'image' | 'video' | 'other'
    pdq: str | None = None
    quality: int | None = None
    md5: str | None = None
    sha256: str | None = None
    vpdq: list[dict[str, Any]] | None = None
    error: str | None = None
    mime: str | None = None
    width: int | None = None
    height: int | None = None
    unreliable: bool = False
    size: int | None = None
    #: Image format as Pillow names it (JPEG, PNG, HEIF, GIF, WEBP, ...).
    format: str | None = None
    #: EXIF orientation tag (1-8) when present; the hash is of the stored pixels, like the reference.
    orientation: int | None = None
    #: False when a JPEG was decoded at reduced size (fast mode); the hash may differ by a few bits.
    exact: bool = True
    #: The 8 dihedral variants {name: hex} (original first) when asked for; used to find rotated copies.
    dihedral: dict[str, str] | None = None
    #: Animated images: number of frames, and with all_frames=True one hash per frame.
    n_frames: int | None = None
    frames: list[dict[str, Any]] | None = field(default=None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the command-line contract (plus descriptive extras)."""
        data = asdict(self)
        if data["dihedral"] is None:
            del data["dihedral"]
        if data["frames"] is None:
            del data["frames"]
        if data["n_frames"] is None:
            del data["n_frames"]
        if data["error"] is None:
            del data["error"]
        return data


# --------------------------------------------------------------------------- type sniffing


def sniff_mime(head: bytes) -> str:
    """The MIME type of a file from its first bytes (libmagic), whatever its extension says."""
    if not head:
        return "application/x-empty"
    try:
        import magic

        return str(magic.from_buffer(head, mime=True))
    except Exception:  # libmagic missing or confused: fall back to the few signatures we need
        return _sniff_fallback(head)


def _sniff_fallback(head: bytes) -> str:
    signatures = (
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"GIF8", "image/gif"),
        (b"BM", "image/bmp"),
        (b"II*\x00", "image/tiff"),
        (b"MM\x00*", "image/tiff"),
        (b"\x1aE\xdf\xa3", "video/x-matroska"),
    )
    for sig, mime in signatures:
        if head.startswith(sig):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video/x-msvideo"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis", b"avif"):
            return "image/heic"
        return "video/mp4"
    return "application/octet-stream"


def _kind_for(mime: str) -> str:
    if mime.startswith("image/"):
        return "image"
    if mime.startswith("video/"):
        return "video"
    return "other"


# --------------------------------------------------------------------------- digests


def _digest_stream(stream: BinaryIO, size_hint: int | None = None) -> tuple[str, str, int]:
    """MD5 and SHA-256 of a stream read in chunks; two threads for big inputs."""
    md5 = hashlib.md5(usedforsecurity=False)
    sha = hashlib.sha256()
    total = 0
    if size_hint is not None and size_hint >= PARALLEL_DIGEST_BYTES:
        # SHA-256 and MD5 each run ~1-2 GB/s per core; hashlib drops the GIL, so overlap them.
        with ThreadPoolExecutor(max_workers=1) as pool:
            while chunk := stream.read(CHUNK):
                pending = pool.submit(md5.update, chunk)
                sha.update(chunk)
                pending.result()
                total += len(chunk)
    else:
        while chunk := stream.read(CHUNK):
            md5.update(chunk)
            sha.update(chunk)
            total += len(chunk)
    return md5.hexdigest(), sha.hexdigest(), total


# --------------------------------------------------------------------------- images


class _ImageProblem(Exception):
    """A calm, user-facing reason why an image could not be hashed."""


def _rgb_array(img: Image.Image) -> np.ndarray:
    # convert("RGB") is python-threatexchange's conversion; it reproduces the reference hashes for
    # every mode in the shared test set (1, L, LA, P, PA, CMYK, I, I;16, F, RGBA, YCbCr ...).
    if img.mode != "RGB":
        img = img.convert("RGB")
    return np.asarray(img)


# The 8 rotations/flips of an H x W x 3 array, named as pdqhash / the C++ reference name them
# (their "flipx" mirrors top-bottom, "flipy" left-right; "rotate90" is counter-clockwise).
_TRANSFORMS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "original": lambda a: a,
    "rotate90": lambda a: np.rot90(a, 1),
    "rotate180": lambda a: np.rot90(a, 2),
    "rotate270": lambda a: np.rot90(a, 3),
    "flipx": lambda a: a[::-1],
    "flipy": lambda a: a[:, ::-1],
    "flip_plus1": lambda a: a.transpose(1, 0, 2),
    "flip_minus1": lambda a: np.rot90(a, 2).transpose(1, 0, 2),
}
assert tuple(_TRANSFORMS) == DIHEDRAL_NAMES


def _pdq_of(arr: np.ndarray, *, dihedral: bool) -> tuple[str, int, dict[str, str] | None]:
    import pdqhash

    bits, quality = pdqhash.compute(arr)
    if not dihedral:
        return bits_to_hex(bits), int(quality), None
    # pdqhash.compute_dihedral derives the 8 variants from one DCT for free, but on small images
    # they land far from the hash of the really rotated image (measured: 64-100 bits off on the
    # 256x256 reference images, 0-16 on larger ones). Hashing the 8 transposed pixel arrays gives
    # exactly what anyone hashing a rotated copy gets; it costs 8 hashes, only for case items.
    hexes = {"original": bits_to_hex(bits)}
    small = _reduced_for_variants(arr)
    for name, transform in list(_TRANSFORMS.items())[1:]:
        hexes[name] = bits_to_hex(pdqhash.compute(np.ascontiguousarray(transform(small)))[0])
    return hexes["original"], int(quality), hexes


def _reduced_for_variants(arr: np.ndarray) -> np.ndarray:
    """A box-filtered smaller copy of a big image for the 7 rotated/flipped hashes.

    pdqhash costs ~0.1 s per megapixel here, so 7 variants of a 12 MP photo would take ~10 s. PDQ
    reduces every image to 64x64 anyway; variants from a >= 512-pixel copy move by a few bits
    (like fast mode), well inside the matching threshold. The main hash is always full size.
    """
    factor = min(arr.shape[0], arr.shape[1]) // DRAFT_MIN_SIDE
    if factor < 2:
        return arr
    return np.asarray(Image.fromarray(arr).reduce(factor))


def _draft_scale(img: Image.Image) -> int:
    """The JPEG scale denominator (1, 2, 4, 8) for fast mode: shrink while the short side stays big."""
    short = min(img.size)
    for denom in (8, 4, 2):
        if short // denom >= DRAFT_MIN_SIDE:
            return denom
    return 1


def _open_checked(source: str | Path | BinaryIO) -> Image.Image:
    # Pillow warns above MAX_IMAGE_PIXELS and refuses above twice that. We refuse at the warning:
    # a warning scrolls by unnoticed, while decoding such an image can exhaust memory.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(source)
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise _ImageProblem(
                f"The image is too large to open safely (more than {MAX_PIXELS // 1_000_000} "
                "megapixels); it may be a decompression bomb."
            ) from None
    w, h = img.size
    if w <= 0 or h <= 0:
        raise _ImageProblem("The image has no pixels.")
    if w * h > MAX_PIXELS:
        raise _ImageProblem(
            f"The image is too large to open safely ({w} x {h} pixels; the limit is "
            f"{MAX_PIXELS // 1_000_000} megapixels); it may be a decompression bomb."
        )
    return img


def _hash_image_into(
    result: HashResult,
    source: str | Path | BinaryIO,
    *,
    fast: bool,
    all_frames: bool,
    dihedral: bool,
) -> None:
    try:
        img = _open_checked(source)
        with img:
            result.format = img.format
            result.width, result.height = img.size
            result.orientation = _orientation(img)
            n_frames = int(getattr(img, "n_frames", 1) or 1)
            if n_frames > 1:
                result.n_frames = n_frames
            if fast and img.format == "JPEG":
                denom = _draft_scale(img)
                if denom > 1:
                    # Keep the mode, only shrink: draft picks the DCT scale >= the requested size.
                    img.draft(img.mode, (-(-img.width // denom), -(-img.height // denom)))
                    result.exact = img.size == (result.width, result.height)
            img.load()
            result.pdq, result.quality, result.dihedral = _pdq_of(_rgb_array(img), dihedral=dihedral)
            if all_frames and n_frames > 1:
                result.frames = _all_frames(img, n_frames)
    except _ImageProblem as exc:
        result.error = str(exc)
    except (UnidentifiedImageError, Image.DecompressionBombError):
        result.error = "The file looks like an image but could not be read (unsupported or damaged)."
    except MemoryError:
        result.error = "The image is too large to decode on this computer."
    except Exception as exc:  # truncated data, broken headers, plugin bugs: all damaged input
        result.error = _decode_error_text(exc)
    if result.error is not None:
        result.pdq = result.quality = result.dihedral = result.frames = None
    elif result.quality is not None:
        result.unreliable = result.quality < MIN_RELIABLE_QUALITY


def _decode_error_text(exc: Exception) -> str:
    text = str(exc).lower()
    if "truncated" in text or isinstance(exc, EOFError):
        return "The image is truncated or damaged and could not be decoded."
    return "The image is damaged or in a form that cannot be decoded."


def _orientation(img: Image.Image) -> int | None:
    try:
        value = img.getexif().get(0x0112)
    except Exception:  # a broken EXIF block must not stop hashing
        return None
    return int(value) if isinstance(value, int) and 1 <= value <= 8 else None


def _all_frames(img: Image.Image, n_frames: int) -> list[dict[str, Any]]:
    frames: list[dict[str, Any]] = []
    budget = MAX_ANIMATION_PIXELS // max(1, img.width * img.height)
    for index in range(min(n_frames, MAX_FRAMES, budget)):
        img.seek(index)
        pdq, quality, _ = _pdq_of(_rgb_array(img), dihedral=False)
        frames.append({"frame": index, "pdq": pdq, "quality": quality})
    img.seek(0)
    return frames


# --------------------------------------------------------------------------- videos


def _hash_video_into(result: HashResult, path: Path) -> None:
    import vpdq

    try:
        features = vpdq.computeHash(
            str(path), seconds_per_hash=VPDQ_SECONDS_PER_HASH, thread_count=1
        )
    except Exception:  # vpdq raises a bare Exception for undecodable input
        result.error = "The video could not be decoded (unsupported or damaged)."
        return
    result.vpdq = [
        {
            "frame": int(f.frame_number),
            "timestamp": round(float(f.timestamp), 3),
            "pdq": str(f.hex),
            "quality": int(f.quality),
        }
        for f in features
    ]
    if not result.vpdq:
        result.error = "The video has no frames that could be hashed."
        result.vpdq = None
        return
    result.unreliable = all(frame["quality"] < MIN_RELIABLE_QUALITY for frame in result.vpdq)


#: A file that only a library reading by name needs (vpdq) is kept in memory up to this share of the
#: memory still available; bigger ones go to the caller's private folder (the vault's own tmp).
MEMORY_SHARE = 0.5


def _available_memory() -> int:
    try:
        with open("/proc/meminfo", "rb") as fh:
            for line in fh:
                if line.startswith(b"MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


@contextlib.contextmanager
def private_file(size: int, spill_dir: Path | None = None) -> Iterator[tuple[BinaryIO, Path]]:
    """A private file for bytes that a library can only read by name (vpdq), and a name to open it by.

    An anonymous in-memory file (``memfd``, named ``/proc/self/fd/N``) when the bytes fit in memory;
    otherwise a file readable by this user only inside ``spill_dir`` (the vault folder's tmp, which
    the vault empties at its next start after a crash). Never the system temp folder: decrypted
    evidence must not sit where other programs and the next boot can find it. Removed on exit.
    """
    memfd = getattr(os, "memfd_create", None)
    if memfd is not None and (spill_dir is None or size <= _available_memory() * MEMORY_SHARE):
        fd = memfd("standfast", os.MFD_CLOEXEC)
        with os.fdopen(fd, "w+b") as fh:
            yield fh, Path(f"/proc/self/fd/{fd}")
        return
    if spill_dir is None:
        raise OSError("No private place for a temporary file: in-memory files are not supported here.")
    spill_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = spill_dir / f"hash-{os.urandom(8).hex()}.part"
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield fh, path
    finally:
        path.unlink(missing_ok=True)


# --------------------------------------------------------------------------- public API


def hash_file(
    path: Path | str,
    *,
    all_frames: bool = False,
    fast: bool = False,
    dihedral: bool = False,
) -> HashResult:
    """Hash one file. Never raises for bad content: problems are in ``result.error``."""
    p = Path(path)
    result = HashResult(path=str(path))
    try:
        with open(p, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
            size = os.fstat(fh.fileno()).st_size
            fh.seek(0)
            result.md5, result.sha256, result.size = _digest_stream(fh, size)
    except IsADirectoryError:
        result.error = "This is a folder, not a file."
        return result
    except OSError as exc:
        result.error = f"The file could not be read ({exc.strerror or type(exc).__name__})."
        return result
    result.mime = sniff_mime(head)
    result.kind = _kind_for(result.mime)
    if result.size == 0:
        result.kind = _kind_for(_mime_from_suffix(p))
        if result.kind != "other":
            result.error = "The file is empty (0 bytes)."
        return result
    if result.kind == "image" or (result.kind == "other" and _pillow_can_open(p)):
        result.kind = "image"
        _hash_image_into(result, p, fast=fast, all_frames=all_frames, dihedral=dihedral)
    elif result.kind == "video":
        _hash_video_into(result, p)
    else:
        _note_lying_extension(result, p)
    return result


def _note_lying_extension(result: HashResult, path: Path) -> None:
    claimed = _kind_for(_mime_from_suffix(path))
    if claimed in ("image", "video"):
        result.error = (
            f"The name says {claimed} ({path.suffix}), but the content is not a file of that kind that can "
            "be read; only MD5 and SHA-256 were made."
        )


def hash_bytes(
    data: bytes,
    name: str,
    *,
    all_frames: bool = False,
    fast: bool = False,
    dihedral: bool = False,
) -> HashResult:
    """Hash bytes held in memory (e.g. read from the vault). ``name`` is only reported back."""
    result = HashResult(path=name, size=len(data))
    result.md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    result.sha256 = hashlib.sha256(data).hexdigest()
    result.mime = sniff_mime(data[:SNIFF_BYTES])
    result.kind = _kind_for(result.mime)
    if not data:
        result.kind = _kind_for(_mime_from_suffix(Path(name)))
        if result.kind != "other":
            result.error = "The file is empty (0 bytes)."
        return result
    if result.kind == "image" or (result.kind == "other" and _pillow_can_open(io.BytesIO(data))):
        result.kind = "image"
        _hash_image_into(result, io.BytesIO(data), fast=fast, all_frames=all_frames, dihedral=dihedral)
    elif result.kind == "video":
        # vpdq reads from a file name only: an in-memory file, never the temp folder.
        try:
            with private_file(len(data)) as (fh, path):
                fh.write(data)
                fh.flush()
                _hash_video_into(result, path)
        except OSError as exc:
            result.error = f"The video could not be hashed here ({exc.strerror or exc})."
    else:
        _note_lying_extension(result, Path(name))
    return result


def _mime_from_suffix(path: Path) -> str:
    import mimetypes

    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def _pillow_can_open(source: str | Path | BinaryIO) -> bool:
    # libmagic does not know every image format Pillow reads (e.g. some TGA, HEIC variants).
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(source):
                return True
    except Exception:
        return False


def iter_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files named, and files inside folders named (recursively, sorted; symlinked folders skipped)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    yield Path(root) / name
        else:
            yield p


def _hash_one(args: tuple[str, bool, bool, bool]) -> HashResult:
    path, all_frames, fast, dihedral = args
    return hash_file(path, all_frames=all_frames, fast=fast, dihedral=dihedral)


def hash_paths(
    paths: Iterable[Path | str],
    *,
    workers: int = 2,
    all_frames: bool = False,
    fast: bool = False,
    dihedral: bool = False,
) -> Iterator[HashResult]:
    """Hash many files (folders are walked) on ``workers`` processes; results in input order.

    Processes, not threads: pdqhash holds the GIL while hashing, so threads gain ~1.3x on two cores
    where processes gain ~1.9x. Small batches are hashed here directly: starting workers costs more.
    """
    files = [str(p) for p in iter_files(paths)]
    jobs = [(f, all_frames, fast, dihedral) for f in files]
    if workers <= 1 or not _worth_parallel(files):
        for job in jobs:
            yield _hash_one(job)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context()) as pool:
        yield from pool.map(_hash_one, jobs, chunksize=2)


#: Parallel hashing pays off from about this much input (measured: 12 files / 3.6 MB take 0.5 s
#: serially, about what starting a pool of worker processes costs).
PARALLEL_MIN_FILES = 4
PARALLEL_MIN_BYTES = 4 * 1024 * 1024


def _worth_parallel(files: list[str]) -> bool:
    if len(files) < PARALLEL_MIN_FILES:
        return False
    total = 0
    for f in files:
        try:
            total += os.stat(f).st_size
        except OSError:
            continue
        if total >= PARALLEL_MIN_BYTES:
            return True
    return False


def _mp_context() -> Any:
    import multiprocessing
    import threading

    # fork starts workers in milliseconds, but is only safe in a single-threaded process (a lock held
    # by another thread at fork time stays locked in the child). With threads around (web server,
    # bank search pool, faiss) use spawn: children start clean. Not forkserver, although it starts
    # pools faster (1.7 s instead of 2.7 s for 8 images, measured): its socket folder is made in the
    # temp folder, where nothing of a case's work may appear.
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")
