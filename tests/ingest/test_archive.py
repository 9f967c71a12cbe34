"""Hostile and broken archives are refused with one clear InputError, before anything is stored."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from standfast.errors import InputError
from standfast.ingest.archive import Limits, ZipTree
from standfast.ingest.importer import import_path
from tests.ingest import samples


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def zip_with_info(info: zipfile.ZipInfo, data: bytes = b"x") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(info, data)
    return buf.getvalue()


@pytest.mark.parametrize("name", ["../evil.txt", "a/../../evil.txt", "/etc/passwd", "C:/Windows/x.txt",
                                  "..\\..\\evil.txt"])
def test_path_traversal_refused(tmp_path: Path, name: str) -> None:
    p = write(tmp_path, "x.zip", samples.make_zip({"_chat.txt": samples.WHATSAPP_GERMAN, name: "boo"}))
    with pytest.raises(InputError, match=r"absolute path|leaves the archive"):
        ZipTree(p, name="x.zip")


def test_symlink_member_refused(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("link")
    info.external_attr = (0o120777 << 16)
    p = write(tmp_path, "x.zip", zip_with_info(info, b"/etc/passwd"))
    with pytest.raises(InputError, match="symbolic link"):
        ZipTree(p, name="x.zip")


def test_zip_bomb_ratio_refused(tmp_path: Path) -> None:
    p = write(tmp_path, "bomb.zip", samples.make_zip({"_chat.txt": b"\0" * (20 << 20)}))
    with pytest.raises(InputError, match="zip bomb"):
        ZipTree(p, name="bomb.zip")


def test_zip_total_size_refused(tmp_path: Path) -> None:
    p = write(tmp_path, "big.zip", samples.make_zip({f"f{i}.txt": bytes(range(256)) * 40 for i in range(5)}))
    with pytest.raises(InputError, match="expand to more than"):
        ZipTree(p, name="big.zip", limits=Limits(max_total_bytes=30_000))


def test_encrypted_zip_refused(tmp_path: Path) -> None:
    pyzipper = pytest.importorskip("pyzipper")
    p = tmp_path / "enc.zip"
    with pyzipper.AESZipFile(p, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(b"secret")
        zf.writestr("_chat.txt", samples.WHATSAPP_GERMAN)
    with pytest.raises(InputError, match="password-protected"):
        ZipTree(p, name="enc.zip")


def test_truncated_zip_refused(tmp_path: Path) -> None:
    data = samples.make_zip({"_chat.txt": samples.WHATSAPP_SEXTORTION * 50})
    p = write(tmp_path, "cut.zip", data[: len(data) // 2])
    with pytest.raises(InputError, match="not a complete zip"):
        ZipTree(p, name="cut.zip")


def test_deeply_nested_zip_refused(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    inner = samples.make_zip({"_chat.txt": samples.WHATSAPP_GERMAN})
    for depth in range(4):
        inner = samples.make_zip({f"level{depth}.zip": inner})
    p = write(tmp_path, "nested.zip", inner)
    case = vault.create_case("nested")
    with pytest.raises(InputError, match="nested more than"):
        import_path(vault, case.id, p, zone="UTC")
    assert vault.list_items(case.id) == []  # nothing was stored


def test_one_nested_zip_is_read(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    inner = samples.make_zip({"_chat.txt": samples.WHATSAPP_GERMAN})
    p = write(tmp_path, "outer.zip", samples.make_zip({"WhatsApp Chat with Lena.zip": inner}))
    case = vault.create_case("nested ok")
    report = import_path(vault, case.id, p, zone="UTC")
    assert report.messages == 3


def test_hostile_zip_changes_nothing(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    p = write(tmp_path, "x.zip", samples.make_zip({"_chat.txt": samples.WHATSAPP_GERMAN, "../../x": "boo"}))
    case = vault.create_case("hostile")
    with pytest.raises(InputError):
        import_path(vault, case.id, p, zone="UTC")
    assert vault.list_items(case.id) == []


def test_folder_symlink_not_followed(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "_chat.txt").write_text(samples.WHATSAPP_SEXTORTION, encoding="utf-8")
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(b"outside")
    (folder / "IMG-20240314-WA0001.jpg").symlink_to(secret)
    case = vault.create_case("links")
    report = import_path(vault, case.id, folder, zone="UTC")
    assert report.messages == 7 and report.missing_attachments >= 1
    assert all(vault.read_item(i.id) != b"outside" for i in vault.list_items(case.id) if i.kind == "file")
