"""Hashes on a case (from the vault, and in place for a minor), near-duplicate scans, adding matches."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageFilter
from sqlalchemy import select

from standfast.errors import InputError, UsageError
from standfast.takedown.export import write_hash_list
from standfast.takedown.hashlist import parse_hash_list
from standfast.takedown.models import TakedownMatch
from standfast.takedown.scan import scan_folder
from standfast.takedown.store import case_hashes, hash_case_items, hash_in_place
from standfast.vault.models import Blob, CustodyEntry
from tests.takedown.helpers import make_video, photo, save


def _custody(vault, action: str) -> list:  # type: ignore[no-untyped-def]
    with vault.read() as s:
        return list(s.scalars(select(CustodyEntry).where(CustodyEntry.action == action)))


@pytest.fixture
def originals(tmp_path: Path) -> Path:
    d = tmp_path / "originals"
    d.mkdir()
    save(photo(50, size=(800, 600)), d / "photo.jpg", "JPEG", quality=95)
    save(photo(51), d / "second.png", "PNG")
    (d / "notes.txt").write_text("not an image")
    return d


def test_hash_case_items_and_case_hashes(vault, originals: Path) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("t", age_group="adult")
    vault.add_path(case.id, originals)
    rows = hash_case_items(vault, case.id)
    assert {r["name"] for r in rows} == {"photo.jpg", "second.png"}
    for r in rows:
        assert r["kind"] == "image" and len(r["pdq"]) == 64 and len(r["dihedral"]) == 8
        assert r["hashed_in_place"] is False and r["exact"] is True
    assert len(_custody(vault, "takedown.hashed")) == 2
    assert hash_case_items(vault, case.id) == rows  # nothing hashed twice
    assert len(_custody(vault, "takedown.hashed")) == 2
    assert case_hashes(vault, case.id) == rows


def test_minor_in_place_never_stores_bytes(vault, originals: Path) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("teen", age_group="minor")
    with vault.read() as s:
        blobs_before = len(list(s.scalars(select(Blob))))
    out = hash_in_place(vault, case.id, originals)
    recorded = [r for r in out if r.get("item_id")]
    assert len(recorded) == 2 and any(r.get("error") for r in out)  # notes.txt: not recorded
    with vault.read() as s:
        assert len(list(s.scalars(select(Blob)))) == blobs_before  # no bytes stored
    for r in recorded:
        item = vault.get_item(r["item_id"])
        assert item.kind == "hash_only" and item.blob_id is None and item.intimate
        assert item.sha256 == r["sha256"] and "not_stored_reason" in item.meta
    # Nothing of the images' bytes anywhere in the vault folder.
    needle = (originals / "photo.jpg").read_bytes()[1000:1064]
    for f in Path(vault.root if hasattr(vault, "root") else originals.parent / "vault").rglob("*"):
        if f.is_file():
            assert needle not in f.read_bytes()
    assert len(_custody(vault, "takedown.hashed_in_place")) == 2
    again = hash_in_place(vault, case.id, originals / "photo.jpg")
    assert again[0].get("note") == "already recorded in this case"
    rows = case_hashes(vault, case.id)
    assert all(r["hashed_in_place"] for r in rows) and len(rows) == 2
    te = write_hash_list(rows, "te", case.id)
    assert parse_hash_list(te).hashes == [r["pdq"] for r in rows]
    with pytest.raises(InputError):
        hash_in_place(vault, case.id, originals / "missing.jpg")


@pytest.fixture
def found(tmp_path: Path, originals: Path) -> Path:
    """A folder of 'downloaded' copies: rotated, mirrored, re-encoded, resized, cropped, unrelated."""
    d = tmp_path / "downloads"
    d.mkdir()
    src = Image.open(originals / "photo.jpg")
    save(src.transpose(Image.Transpose.ROTATE_90), d / "rotated.png", "PNG")
    save(src.transpose(Image.Transpose.FLIP_LEFT_RIGHT), d / "mirrored.webp", "WEBP", quality=80)
    save(src.resize((400, 300)), d / "small.jpg", "JPEG", quality=60)
    save(src.filter(ImageFilter.GaussianBlur(2)), d / "blur.jpg", "JPEG")
    save(src.crop((5, 4, 795, 596)), d / "crop.jpg", "JPEG")  # PDQ tolerates ~1% crops, not 5%
    save(src.crop((40, 30, 760, 570)), d / "cropped-more.jpg", "JPEG")
    shutil.copy(originals / "photo.jpg", d / "identical.jpg")
    save(photo(99), d / "unrelated.jpg", "JPEG")
    save(Image.new("RGB", (300, 300), (200, 10, 10)), d / "flat.png", "PNG")
    (d / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0garbage")
    return d


def test_scan_finds_copies(vault, originals: Path, found: Path) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("t", age_group="adult")
    vault.add_file(case.id, originals / "photo.jpg", intimate=True)
    stats: dict[str, int] = {}
    matches = scan_folder(vault, case.id, found, stats=stats)
    by_name = {Path(m.path).name: m for m in matches}
    assert set(by_name) == {"rotated.png", "mirrored.webp", "small.jpg", "blur.jpg", "crop.jpg",
                            "identical.jpg"}
    assert by_name["identical.jpg"].method == "sha256" and by_name["identical.jpg"].distance == 0
    assert by_name["rotated.png"].transform == "rotate90"
    assert by_name["mirrored.webp"].transform == "flipy"
    assert all(m.distance <= 31 for m in matches)
    assert stats["files"] == 10 and stats["low_quality"] == 1 and stats["unreadable"] == 1
    assert scan_folder(vault, case.id, found, max_distance=0) != matches  # threshold is honoured
    assert not _custody(vault, "takedown.scan_match")  # read-only without add_matches


def test_scan_add_matches_adult_and_minor(vault, originals: Path, found: Path) -> None:  # type: ignore[no-untyped-def]
    adult = vault.create_case("a", age_group="adult")
    vault.add_file(adult.id, originals / "photo.jpg", intimate=True)
    matches = scan_folder(vault, adult.id, found, add_matches=True)
    added = {m.added_item for m in matches}
    assert None not in added
    for item_id in added:
        item = vault.get_item(item_id)
        assert item.blob_id is not None and item.intimate  # copies of an intimate image stay intimate
    with vault.read() as s:
        assert len(list(s.scalars(select(TakedownMatch)))) == len(matches)
    assert len(_custody(vault, "takedown.scan_match")) == len(matches)

    minor = vault.create_case("m", age_group="minor")
    hash_in_place(vault, minor.id, originals / "photo.jpg")
    m2 = scan_folder(vault, minor.id, found, add_matches=True)
    assert len(m2) == len(matches)
    for m in m2:
        item = vault.get_item(m.added_item)
        assert item.kind == "hash_only" and item.blob_id is None  # never copied for a minor


def test_scan_video_and_screenshot(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    video = make_video(tmp_path / "v.mp4", seconds=6, size="320x240")
    if video is None:
        pytest.skip("ffmpeg not installed")
    case = vault.create_case("v", age_group="adult")
    vault.add_file(case.id, video)
    rows = hash_case_items(vault, case.id)
    assert rows[0]["kind"] == "video" and len(rows[0]["vpdq"]) == 6
    d = tmp_path / "found"
    d.mkdir()
    # A re-encoded copy at another size, a cut and a frame grab.
    import subprocess

    subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", str(video), "-vf",
                    "scale=240:180", "-c:v", "libx264", str(d / "reencoded.mp4")], check=True)
    subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-ss", "2", "-i", str(video),
                    "-frames:v", "1", str(d / "grab.png")], check=True)
    matches = {Path(m.path).name: m for m in scan_folder(vault, case.id, d)}
    assert matches["reencoded.mp4"].method == "vpdq"
    assert matches["grab.png"].method == "pdq" and (matches["grab.png"].transform or "").startswith("frame")


def test_scan_errors(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("e")
    with pytest.raises(InputError):
        scan_folder(vault, case.id, tmp_path / "nope")
    with pytest.raises(UsageError):
        scan_folder(vault, case.id, tmp_path)  # nothing hashed in the case
    with pytest.raises(UsageError):
        scan_folder(vault, case.id, tmp_path, max_distance=-1)
