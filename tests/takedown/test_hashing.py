"""Hashing on generated files: image modes, animation, HEIC, video, parallel runs, hostile input."""

from __future__ import annotations

import hashlib
import json
import tracemalloc
from pathlib import Path

import pytest
from PIL import Image

from standfast.takedown.hashing import MAX_PIXELS, hash_bytes, hash_file, hash_paths
from standfast.takedown.pdq import hamming
from tests.takedown.helpers import jpeg_bytes, make_video, photo, png_bomb, save

CONTRACT_KEYS = {"path", "kind", "pdq", "quality", "md5", "sha256", "vpdq"}


def test_jpeg_hash_fields(tmp_path: Path) -> None:
    p = save(photo(1), tmp_path / "a.jpg", "JPEG", quality=92)
    res = hash_file(p)
    data = p.read_bytes()
    assert res.kind == "image" and res.error is None
    assert res.pdq is not None and len(res.pdq) == 64 and res.pdq == res.pdq.lower()
    assert res.md5 == hashlib.md5(data).hexdigest() and res.sha256 == hashlib.sha256(data).hexdigest()
    assert (res.width, res.height, res.mime, res.size) == (640, 480, "image/jpeg", len(data))
    assert res.quality is not None and res.quality >= 50 and not res.unreliable
    out = res.to_dict()
    assert set(out) >= CONTRACT_KEYS and "error" not in out
    json.dumps(out)


@pytest.mark.parametrize(
    ("mode", "fmt", "ext"),
    [("L", "PNG", "png"), ("LA", "PNG", "png"), ("P", "PNG", "png"), ("PA", "WEBP", "webp"),
     ("RGBA", "PNG", "png"), ("CMYK", "JPEG", "jpg"), ("CMYK", "TIFF", "tif"), ("I;16", "PNG", "png"),
     ("I", "TIFF", "tif"), ("F", "TIFF", "tif"), ("1", "PNG", "png"), ("RGB", "WEBP", "webp"),
     ("RGB", "BMP", "bmp"), ("RGB", "GIF", "gif")],
)
def test_every_mode_hashes(tmp_path: Path, mode: str, fmt: str, ext: str) -> None:
    img = photo(2)
    reference = hash_file(save(img, tmp_path / "ref.png", "PNG")).pdq
    converted = img.convert("L").convert(mode) if mode in ("I;16", "I", "F") else img.convert(mode)
    res = hash_file(save(converted, tmp_path / f"x.{ext}", fmt))
    assert res.error is None and res.kind == "image" and res.pdq
    # 16-bit / float greyscale is clipped by the reference conversion; 1-bit is dithered: only check
    # that they hash. The others stay close to the colour original.
    if mode not in ("I;16", "I", "F", "1"):
        assert hamming(res.pdq, reference or "") <= 24, mode


def test_heic(tmp_path: Path) -> None:
    pytest.importorskip("pillow_heif")
    img = photo(3)
    res = hash_file(save(img, tmp_path / "x.heic", "HEIF", quality=90))
    ref = hash_file(save(img, tmp_path / "x.png", "PNG"))
    assert res.kind == "image" and res.format == "HEIF" and res.pdq
    assert hamming(res.pdq, ref.pdq or "") <= 16


def test_animated_gif_first_frame_and_all_frames(tmp_path: Path) -> None:
    frames = [photo(s).convert("P") for s in (10, 11, 12)]
    p = tmp_path / "anim.gif"
    frames[0].save(p, save_all=True, append_images=frames[1:], duration=100, loop=0)
    first = hash_file(save(frames[0], tmp_path / "first.gif", "GIF"))
    res = hash_file(p)
    assert res.n_frames == 3 and res.frames is None and res.pdq == first.pdq
    allf = hash_file(p, all_frames=True)
    assert allf.frames is not None and [f["frame"] for f in allf.frames] == [0, 1, 2]
    assert allf.frames[0]["pdq"] == first.pdq
    assert hamming(allf.frames[0]["pdq"], allf.frames[2]["pdq"]) > 31


def test_animated_webp_all_frames(tmp_path: Path) -> None:
    frames = [photo(s) for s in (20, 21)]
    p = tmp_path / "anim.webp"
    frames[0].save(p, save_all=True, append_images=frames[1:], duration=100, lossless=True)
    res = hash_file(p, all_frames=True)
    assert res.n_frames == 2 and res.frames is not None and len(res.frames) == 2


def test_hash_bytes_equals_hash_file(tmp_path: Path) -> None:
    p = save(photo(4), tmp_path / "b.jpg", "JPEG")
    a, b = hash_file(p), hash_bytes(p.read_bytes(), "b.jpg")
    assert (a.pdq, a.quality, a.md5, a.sha256, a.kind) == (b.pdq, b.quality, b.md5, b.sha256, b.kind)
    assert b.path == "b.jpg"


def test_fast_mode_on_big_jpeg(tmp_path: Path) -> None:
    p = tmp_path / "big.jpg"
    p.write_bytes(jpeg_bytes(photo(5, size=(1080, 1920))))
    exact, fast = hash_file(p), hash_file(p, fast=True)
    assert exact.exact and not fast.exact
    assert hamming(exact.pdq or "", fast.pdq or "") <= 8
    small = save(photo(5), tmp_path / "small.jpg", "JPEG")  # 480 px short side: never reduced
    assert hash_file(small, fast=True).exact


def test_hash_paths_parallel_same_as_serial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from standfast.takedown import hashing

    monkeypatch.setattr(hashing, "PARALLEL_MIN_BYTES", 0)  # small test files: force the worker pool
    for i in range(6):
        save(photo(30 + i), tmp_path / f"{i}.jpg", "JPEG")
    (tmp_path / "sub").mkdir()
    save(photo(40), tmp_path / "sub" / "x.png", "PNG")
    (tmp_path / "notes.txt").write_text("hello")
    serial = [r.to_dict() for r in hash_paths([tmp_path], workers=1)]
    parallel = [r.to_dict() for r in hash_paths([tmp_path], workers=2)]
    assert serial == parallel and len(serial) == 8
    assert {r["kind"] for r in serial} == {"image", "other"}


def test_dihedral_variants_find_rotations(tmp_path: Path) -> None:
    img = photo(6)
    res = hash_file(save(img, tmp_path / "o.png", "PNG"), dihedral=True)
    assert res.dihedral is not None and len(res.dihedral) == 8 and res.dihedral["original"] == res.pdq
    for t in Image.Transpose:
        moved = hash_file(save(img.transpose(t), tmp_path / f"{t.name}.png", "PNG")).pdq or ""
        assert min(hamming(moved, v) for v in res.dihedral.values()) == 0, t.name


def test_flat_image_is_unreliable(tmp_path: Path) -> None:
    res = hash_file(save(Image.new("RGB", (200, 200), (120, 30, 60)), tmp_path / "flat.png", "PNG"))
    assert res.quality is not None and res.quality < 50 and res.unreliable


# -- videos ------------------------------------------------------------------------------------


def test_video_vpdq(tmp_path: Path) -> None:
    p = make_video(tmp_path / "v.mp4", seconds=3)
    if p is None:
        pytest.skip("ffmpeg not installed")
    res = hash_file(p)
    assert res.kind == "video" and res.error is None and res.pdq is None
    assert res.vpdq is not None and len(res.vpdq) == 3
    assert {"frame", "timestamp", "pdq", "quality"} <= set(res.vpdq[0])
    from_bytes = hash_bytes(p.read_bytes(), "v.mp4")
    assert from_bytes.vpdq == res.vpdq and from_bytes.md5 == res.md5


def test_truncated_video_is_an_error_not_a_crash(tmp_path: Path) -> None:
    p = make_video(tmp_path / "v.mp4", seconds=2)
    if p is None:
        pytest.skip("ffmpeg not installed")
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(p.read_bytes()[:300])
    res = hash_file(cut)
    assert res.md5 == hashlib.md5(cut.read_bytes()).hexdigest()
    assert res.error is not None and res.vpdq is None


# -- hostile input -------------------------------------------------------------------------------


@pytest.mark.parametrize("dims", [(10_000, 10_000), (60_000, 60_000)])  # above Pillow's warn / error limits
def test_decompression_bomb_reported(tmp_path: Path, dims: tuple[int, int]) -> None:
    assert dims[0] * dims[1] > MAX_PIXELS
    p = tmp_path / "bomb.png"
    p.write_bytes(png_bomb(*dims))
    assert p.stat().st_size < 2000
    res = hash_file(p)
    assert res.kind == "image" and res.pdq is None
    assert res.error is not None and "too large" in res.error
    assert hash_bytes(p.read_bytes(), "bomb.png").error == res.error


def test_truncated_jpeg(tmp_path: Path) -> None:
    data = jpeg_bytes(photo(7))
    p = tmp_path / "t.jpg"
    p.write_bytes(data[: len(data) // 2])
    res = hash_file(p)
    assert res.kind == "image" and res.pdq is None and res.error and "truncated" in res.error
    assert res.md5 == hashlib.md5(p.read_bytes()).hexdigest()


def test_corrupt_image_body(tmp_path: Path) -> None:
    data = bytearray(jpeg_bytes(photo(8)))
    data[200:4000] = bytes(range(256)) * 14 + bytes(3800 - 256 * 14)
    p = tmp_path / "c.jpg"
    p.write_bytes(bytes(data))
    res = hash_file(p)  # either decodes with garbage (libjpeg is tolerant) or reports an error
    assert res.kind == "image" and (res.pdq is not None) != (res.error is not None)


def test_header_only_png(tmp_path: Path) -> None:
    p = tmp_path / "h.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    res = hash_file(p)
    assert res.error and res.pdq is None and res.md5


def test_lying_extensions(tmp_path: Path) -> None:
    png_as_jpg = save(photo(9), tmp_path / "really-png.jpg", "PNG")
    res = hash_file(png_as_jpg)
    assert res.kind == "image" and res.mime == "image/png" and res.format == "PNG" and res.pdq
    text_as_jpg = tmp_path / "notes.jpg"
    text_as_jpg.write_text("this is not a picture\n" * 20)
    res = hash_file(text_as_jpg)
    assert res.kind == "other" and res.pdq is None and res.error and "name says image" in res.error
    jpg_as_txt = tmp_path / "photo.txt"
    jpg_as_txt.write_bytes(jpeg_bytes(photo(9)))
    assert hash_file(jpg_as_txt).kind == "image"


def test_zero_byte_files(tmp_path: Path) -> None:
    for name, kind in (("empty.jpg", "image"), ("empty.mp4", "video"), ("empty.bin", "other")):
        p = tmp_path / name
        p.write_bytes(b"")
        res = hash_file(p)
        assert res.size == 0 and res.md5 == hashlib.md5(b"").hexdigest() and res.kind == kind
        assert (res.error is not None) == (kind != "other")
    assert hash_bytes(b"", "x.png").error


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "could not be read" in (hash_file(tmp_path / "nope.jpg").error or "")
    assert hash_file(tmp_path).error


def test_huge_file_is_streamed(tmp_path: Path) -> None:
    """A 200 MB file (sparse: costs no disk) is hashed in chunks: memory stays small."""
    p = tmp_path / "huge.mov"
    with open(p, "wb") as fh:
        fh.write(b"\x00\x00\x00\x14ftypqt  ")
        fh.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    try:
        res = hash_file(p)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert res.size == 200 * 1024 * 1024
    assert peak < 40 * 1024 * 1024
    expected = hashlib.sha256()
    with open(p, "rb") as fh:
        while chunk := fh.read(1 << 22):
            expected.update(chunk)
    assert res.sha256 == expected.hexdigest()
    assert res.error is not None  # looks like a video, has no frames: reported, not crashed
