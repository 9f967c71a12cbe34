"""A folder or zip of screenshots imported as one chat: times from EXIF or names, text by real Tesseract."""

from __future__ import annotations

import io
import shutil
import struct
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from standfast.errors import InputError
from standfast.ingest import sources, timeline
from standfast.ingest.archive import FileTree
from standfast.ingest.detect import find_units
from standfast.ingest.importer import import_path
from standfast.ingest.outcome import NothingImported
from standfast.ingest.records import Context
from standfast.ingest.sources.screenshots import time_from_name

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")


def _shot(text: str, *, exif_time: str | None = None, offset: str | None = None, comment: bool = False,
          fmt: str = "PNG") -> bytes:
    img = Image.new("RGB", (900, 260), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    try:
        font: ImageFont.FreeTypeFont | ImageFont.ImageFont = ImageFont.truetype("DejaVuSans.ttf", 44)
    except OSError:
        font = ImageFont.load_default()
    draw.text((30, 90), text, fill=(0, 0, 0), font=font)
    exif = Image.Exif()
    if exif_time or comment:
        exif[0x0131] = "test"
        sub = exif.get_ifd(0x8769)
        if exif_time:
            sub[0x9003] = exif_time
        if offset:
            sub[0x9011] = offset
        if comment:
            sub[0x9286] = b"ASCII\x00\x00\x00Screenshot"
    buf = io.BytesIO()
    img.save(buf, fmt, exif=exif.tobytes())
    return buf.getvalue()


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "From Kai"
    folder.mkdir()
    (folder / "Screenshot_20251103-221503.png").write_bytes(_shot("PAY 500 EURO TONIGHT"))
    (folder / "Screenshot 2025-11-03 at 22.16.10.png").write_bytes(_shot("OR I POST THE PHOTOS"))
    (folder / "IMG_0042.PNG").write_bytes(_shot("LAST WARNING", exif_time="2025:11:03 23:00:05", offset="+01:00",
                                                 comment=True))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not a screenshot\n")
    return folder


@needs_tesseract
def test_folder_of_screenshots_becomes_a_timeline(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("shots")
    report = import_path(vault, case.id, _folder(tmp_path), zone="UTC")
    assert report.messages == 3 and report.issue_count == 0, report.issues
    entries = timeline.query(vault, case.id)
    got = [(e.time, e.conversation, e.platform, e.text.upper()) for e in entries]
    assert [g[0] for g in got] == [datetime(2025, 11, 3, 22, 0, 5, tzinfo=UTC),  # EXIF 23:00:05 at +01:00
                                   datetime(2025, 11, 3, 22, 15, 3, tzinfo=UTC),
                                   datetime(2025, 11, 3, 22, 16, 10, tzinfo=UTC)]
    assert {g[1] for g in got} == {"From Kai"} and {g[2] for g in got} == {"screenshot"}
    assert "LAST WARNING" in got[0][3] and "500" in got[1][3] and "POST" in got[2][3]
    assert entries[0].flags == [] and entries[1].flags == ["local_time_assumed"]
    items = {i.id: i for i in vault.list_items(case.id)}
    assert items[entries[0].source_item].original_name == "IMG_0042.PNG"
    assert any(i.original_name == "notes.pdf" for i in items.values())  # the other files are kept too


@needs_tesseract
def test_minor_case_keeps_hashes_and_text_not_the_images(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("teen", age_group="minor")
    report = import_path(vault, case.id, _folder(tmp_path), zone="UTC")
    assert report.messages == 3 and report.hash_only == 3
    entries = timeline.query(vault, case.id)
    items = {i.id: i for i in vault.list_items(case.id)}
    assert all(items[e.source_item].kind == "hash_only" for e in entries)
    assert "POST" in " ".join(e.text.upper() for e in entries)


@needs_tesseract
def test_zip_of_screenshots_in_a_minor_case_is_not_stored_whole(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    z = tmp_path / "shots.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("Screenshot_20251103-221503.png", _shot("SEND MORE"))
    case = vault.create_case("teen", age_group="minor")
    report = import_path(vault, case.id, z, zone="UTC")
    assert report.messages == 1 and report.hash_only == 1
    assert all(i.kind == "hash_only" for i in vault.list_items(case.id))


def test_detection_by_name_and_by_iphone_exif(tmp_path: Path) -> None:
    (tmp_path / "Screenshot_20251103-221503_Instagram.jpg").write_bytes(_shot("x", fmt="JPEG"))
    (tmp_path / "IMG_0001.PNG").write_bytes(_shot("x", comment=True))
    (tmp_path / "IMG_0002.PNG").write_bytes(_shot("x"))  # a photo, not a screenshot: stays a plain file
    from standfast.ingest.archive import FolderTree

    units = find_units(FolderTree(tmp_path))
    assert sorted(u.path for u in units if u.kind == "screenshots") == [
        "IMG_0001.PNG", "Screenshot_20251103-221503_Instagram.jpg"]


def test_format_reads_any_image_as_a_screenshot(tmp_path: Path) -> None:
    p = tmp_path / "photo.png"
    p.write_bytes(_shot("x"))
    assert find_units(FileTree(p)) == []
    assert [u.kind for u in find_units(FileTree(p), fmt="screenshots")] == ["screenshots"]


@pytest.mark.parametrize(("name", "expected"), [
    ("Screenshot_20251103-221503.png", datetime(2025, 11, 3, 22, 15, 3)),
    ("Screenshot_20251103-221503_WhatsApp.jpg", datetime(2025, 11, 3, 22, 15, 3)),
    ("Screenshot_2025-11-03-22-15-03-123_com.whatsapp.jpg", datetime(2025, 11, 3, 22, 15, 3)),
    ("Screenshot 2025-11-03 at 22.15.03.png", datetime(2025, 11, 3, 22, 15, 3)),
    ("Screen Shot 2019-03-04 at 10.11.12 PM.png", datetime(2019, 3, 4, 22, 11, 12)),
    ("Screen Shot 2019-03-04 at 12.01.02 AM.png", datetime(2019, 3, 4, 0, 1, 2)),
    ("Bildschirmfoto 2025-11-03 um 22.15.03.png", datetime(2025, 11, 3, 22, 15, 3)),
    ("Capture d’écran 2025-11-03 à 22.15.03.png", datetime(2025, 11, 3, 22, 15, 3)),
    ("Screenshot 2025-11-03 221503.png", datetime(2025, 11, 3, 22, 15, 3)),
    ("20251103_221503.jpg", datetime(2025, 11, 3, 22, 15, 3)),
    ("Screenshot (12).png", None),
    ("Screenshot_20251399-221503.png", None),  # no 99th day
    ("Screenshot_20251103-251503.png", None),  # no 25th hour
    ("IMG_120251103221503999.png", None),  # digits glued to the date: not a date
])
def test_time_from_file_names(name: str, expected: datetime | None) -> None:
    assert time_from_name(name) == expected


@settings(max_examples=200, deadline=None)
@given(when=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda d: d.replace(microsecond=0)), layout=st.sampled_from([
        "Screenshot_%Y%m%d-%H%M%S.png", "Screenshot %Y-%m-%d at %H.%M.%S.png",
        "Screen Shot %Y-%m-%d at %I.%M.%S %p.png",
        "Screenshot_%Y-%m-%d-%H-%M-%S-123_com.app.jpg", "%Y%m%d_%H%M%S.jpg", "Screenshot %Y-%m-%d %H%M%S.png"]))
def test_time_from_name_round_trips(when: datetime, layout: str) -> None:
    assert time_from_name(when.strftime(layout)) == when


@settings(max_examples=300, deadline=None)
@given(name=st.text(max_size=80))
def test_any_name_gives_a_time_or_none(name: str) -> None:
    result = time_from_name(name)
    assert result is None or isinstance(result, datetime)


def _huge_png_header(width: int, height: int) -> bytes:
    """A PNG that claims enormous dimensions (a decompression bomb's header) with a tiny body."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    raw = zlib.compress(b"\x00" * 1024)
    idat = b"IDAT" + raw
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))
            + struct.pack(">I", len(raw)) + idat + struct.pack(">I", zlib.crc32(idat))
            + b"\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.mark.parametrize("data", [
    _shot("x")[:300],  # truncated
    _huge_png_header(100_000, 100_000),  # decompression bomb
    b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,  # malformed
    b"not an image at all",
], ids=["truncated", "bomb", "malformed", "not-image"])
def test_hostile_images_are_reported_never_crash(data: bytes) -> None:
    ctx = Context("shots/Screenshot_20251103-221503.png", zone=UTC)
    msgs = list(sources.get("screenshots").read(data, ctx))
    assert len(msgs) <= 1
    assert ctx.log.count >= 1  # said what could not be read
    if msgs:
        assert msgs[0].time_us is not None and msgs[0].text == ""


def test_a_non_image_named_like_a_screenshot_is_not_silent(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "Screenshot_20251103-221503.png"
    p.write_bytes(b"this is text, not a picture")
    case = vault.create_case("x")
    with pytest.raises((NothingImported, InputError)):
        import_path(vault, case.id, p, zone="UTC")


@pytest.mark.parametrize("member", ["../Screenshot_20251103-221503.png", "/tmp/Screenshot_20251103-221503.png"])
def test_zip_with_a_traversing_screenshot_is_refused(tmp_path: Path, vault, member: str) -> None:  # type: ignore[no-untyped-def]
    z = tmp_path / "shots.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr(member, _shot("x"))
    case = vault.create_case("evil")
    with pytest.raises(InputError):
        import_path(vault, case.id, z, zone="UTC")
    assert vault.list_items(case.id) == []


def test_zip_bomb_of_screenshots_is_refused(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    z = tmp_path / "shots.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Screenshot_20251103-221503.png", b"\x89PNG\r\n\x1a\n" + bytes(40 << 20))
    case = vault.create_case("bomb")
    with pytest.raises(InputError, match="zip bomb"):
        import_path(vault, case.id, z, zone="UTC")
    assert vault.list_items(case.id) == []
