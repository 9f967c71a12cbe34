"""Adding evidence: byte-for-byte storage, hashes, content types, metadata, odd files."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from standfast.errors import InputError, UsageError
from standfast.vault.vault import Vault
from tests.vault.helpers import jpeg_with_exif, png_bytes


def test_file_stored_byte_for_byte_with_both_hashes(vault: Vault, tmp_path: Path) -> None:
    data = os.urandom(2_500_000)  # spans three 1 MiB chunks
    f = tmp_path / "chat export.bin"
    f.write_bytes(data)
    case = vault.create_case("c")
    result = vault.add_file(case.id, f, source="download")
    item = result.item
    assert result.stored_new_blob
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.md5 == hashlib.md5(data).hexdigest()
    assert item.size == len(data)
    assert item.original_name == "chat export.bin"
    assert item.source == "download"
    assert item.mtime is not None and item.acquired_at.tzinfo is not None
    assert vault.read_item(item.id) == data
    # Nothing of the plaintext is visible in the blob store.
    for blob in (vault.root / "blobs").rglob("*"):
        if blob.is_file():
            assert data[:64] not in blob.read_bytes()


def test_mime_from_content_not_extension(vault: Vault, tmp_path: Path) -> None:
    f = tmp_path / "notes.txt"
    f.write_bytes(png_bytes())
    item = vault.add_file(vault.create_case("c").id, f).item
    assert item.mime == "image/png"
    assert item.meta["image"]["width"] == 32


def test_exif_recorded(vault: Vault, tmp_path: Path) -> None:
    f = jpeg_with_exif(tmp_path / "photo.jpg")
    item = vault.add_file(vault.create_case("c").id, f).item
    assert item.mime == "image/jpeg"
    assert item.meta["exif"]["Make"] == "TestCam"
    assert item.meta["exif"]["DateTime"] == "2026:11:20 21:14:05"


def test_heic_metadata(vault: Vault, tmp_path: Path) -> None:
    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()
    f = tmp_path / "IMG_0001.HEIC"
    Image.new("RGB", (40, 30), (1, 2, 3)).save(f, format="HEIF")
    item = vault.add_file(vault.create_case("c").id, f).item
    assert item.mime in ("image/heic", "image/heif")
    assert item.meta["image"]["width"] == 40


def test_duplicates_stored_once(vault: Vault, tmp_path: Path) -> None:
    case = vault.create_case("c")
    (tmp_path / "a.bin").write_bytes(b"same bytes" * 1000)
    (tmp_path / "b.bin").write_bytes(b"same bytes" * 1000)
    first = vault.add_file(case.id, tmp_path / "a.bin")
    second = vault.add_file(case.id, tmp_path / "b.bin")
    again = vault.add_file(case.id, tmp_path / "a.bin")
    assert first.stored_new_blob and not second.stored_new_blob
    assert first.item.blob_id == second.item.blob_id
    assert again.duplicate_item and again.item.id == first.item.id
    assert len([p for p in (vault.root / "blobs").rglob("*") if p.is_file()]) == 1
    assert vault.count_items(case.id) == 2


def test_empty_file_and_any_bytes_in_names(vault: Vault, tmp_path: Path) -> None:
    case = vault.create_case("c")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty").write_bytes(b"")
    odd = os.fsencode(folder) + b"/na\xffme\x01.txt"
    with open(odd, "wb") as fh:
        fh.write(b"odd")
    results, skipped = vault.add_path(case.id, folder)
    assert not skipped
    by_size = {r.item.size: r.item for r in results}
    assert by_size[0].mime == "application/x-empty" and vault.read_item(by_size[0].id) == b""
    assert "\\xff" in by_size[3].original_name
    assert vault.verify().ok


def test_symlinks_recorded_not_followed(vault: Vault, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_bytes(b"not part of the evidence")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "real.txt").write_bytes(b"real")
    (folder / "inside-link").symlink_to(folder / "real.txt")
    (folder / "outside-link").symlink_to(outside)
    case = vault.create_case("c")
    results, _ = vault.add_path(case.id, folder)
    links = {r.item.original_name: r.item for r in results if r.item.kind == "link"}
    assert set(links) == {"inside-link", "outside-link"}
    assert links["outside-link"].meta["points_inside_added_folder"] is False
    assert links["inside-link"].meta["points_inside_added_folder"] is True
    stored = [vault.read_item(r.item.id) for r in results if r.item.blob_id]
    assert b"not part of the evidence" not in stored


def test_special_files_skipped_with_reason(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe")
    (folder / "ok.txt").write_bytes(b"ok")
    case = vault.create_case("c")
    results, skipped = vault.add_path(case.id, folder)
    assert [r.item.original_name for r in results] == ["ok.txt"]
    assert len(skipped) == 1 and "not a regular file" in skipped[0].reason
    with pytest.raises(InputError, match="not a regular file"):
        vault.add_path(case.id, folder / "pipe")


def test_missing_file_clear_error(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Cannot read"):
        vault.add_path(vault.create_case("c").id, tmp_path / "nope.jpg")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(vault: Vault, tmp_path: Path) -> None:
    f = tmp_path / "locked.txt"
    f.write_bytes(b"x")
    f.chmod(0)
    with pytest.raises(InputError, match="Cannot read"):
        vault.add_file(vault.create_case("c").id, f)


def test_notes_and_urls(vault: Vault) -> None:
    case = vault.create_case("c")
    note = vault.add_note(case.id, "He said he goes to my school.", title="What he said")
    url = vault.add_url(case.id, "https://instagram.com/fake.profile", what_seen="the profile that messaged me")
    assert note.kind == "note" and vault.read_item(note.id) == b"He said he goes to my school."
    assert url.kind == "url" and url.meta["url"] == "https://instagram.com/fake.profile"
    with pytest.raises(UsageError, match="not a web address"):
        vault.add_url(case.id, "javascript:alert(1)")
    assert vault.verify().ok


def test_withdraw_restore_purge(vault: Vault, tmp_path: Path) -> None:
    case = vault.create_case("c")
    f = tmp_path / "x.bin"
    f.write_bytes(b"to be purged")
    item = vault.add_file(case.id, f).item
    vault.withdraw(item.id, "added by mistake")
    assert vault.count_items(case.id) == 0
    vault.restore(item.id)
    vault.mark_intimate(item.id)
    with pytest.raises(UsageError):
        vault.purge(item.id, "   ")
    purged = vault.purge(item.id, "explicit image of a minor; must not be kept")
    assert purged.status == "purged" and purged.blob_id is None and purged.sha256 == item.sha256
    assert not [p for p in (vault.root / "blobs").rglob("*") if p.is_file()]
    with pytest.raises(UsageError):
        vault.read_item(item.id)
    report = vault.verify()
    assert report.ok, report.problems


def test_closed_case_refuses_new_evidence(vault: Vault, tmp_path: Path) -> None:
    case = vault.create_case("c", country="gb", age_group="minor", platforms=["Instagram"])
    assert case.country == "GB" and case.platforms == ["instagram"]
    vault.close_case(case.id)
    (tmp_path / "a").write_bytes(b"a")
    with pytest.raises(UsageError, match="closed"):
        vault.add_file(case.id, tmp_path / "a")
    with pytest.raises(UsageError, match="ISO 3166"):
        vault.create_case("x", country="XX")
    with pytest.raises(UsageError, match="Age group"):
        vault.create_case("x", age_group="teen")


def test_hash_only_items_keep_no_bytes(vault: Vault) -> None:
    case = vault.create_case("teen", age_group="minor")
    item = vault.add_hash_only(case.id, name="img.jpg", sha256="a" * 64, md5="b" * 32, size=1234,
                               mime="image/jpeg", metadata={"pdq": "c" * 64}, reason="minor's explicit image")
    assert item.blob_id is None and item.intimate
    assert not [p for p in (vault.root / "blobs").rglob("*") if p.is_file()]
    assert vault.verify().ok
