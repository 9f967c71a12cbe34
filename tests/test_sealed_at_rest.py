"""Sealed at rest, tested from outside: plant distinctive strings through the command line and the
web app, for an adult's case and a minor's, then read every file of each vault folder byte for byte.

Each string is looked for in UTF-8, UTF-16-LE and UTF-16-BE; the test passes only with 0 hits. The
folder and everything under it must be private (folders 0700, files 0600).
"""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from standfast.web.app import create_app
from tests.web.conftest import Web, make_config

TITLE = "Marmalade Tortoise Affair"
NOTE = "Quillwort remembers the garage at Fennimore Lane"
FILE_NAME = "proof-Ptarmigan-Oxbow.jpg"
URL = "https://gallimaufry-9921.example/u/velvetine"
SUSPECT = "Cassowary Velvetine"
SENDER = "Bramblewick Oyelaran"
BITCOIN = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
AMOUNT = "4375 EUR"
DEADLINE = "within 37 hours"
GPS_SECONDS = "37.1917"
REASON = "Galangal duplicate of the other screenshot"
VERDICT_MESSAGE = "I recorded you through the camera Huckleberry"
SCAN_FOLDER = "Pangolin-downloads"

PLANTED = [TITLE, NOTE, FILE_NAME, URL, SUSPECT, SENDER, BITCOIN, AMOUNT, DEADLINE, GPS_SECONDS, REASON,
           VERDICT_MESSAGE, SCAN_FOLDER]
EXTORTION = (f"{VERDICT_MESSAGE}. Pay {AMOUNT} in bitcoin to {BITCOIN} {DEADLINE} or your friends and "
             "family get the video. I have your contacts.")
AGES = ("adult", "minor")


def _jpeg_with_gps() -> bytes:
    img = Image.new("RGB", (120, 90), (30, 140, 90))
    for x in range(0, 120, 7):  # some structure, so that PDQ has something to hash
        for y in range(90):
            img.putpixel((x, y), (220, 200, 40))
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (51.0, 28.0, float(GPS_SECONDS))
    gps[3], gps[4] = "W", (0.0, 7.0, 12.6631)
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif)
    return out.getvalue()


def _whatsapp_zip() -> bytes:
    chat = (f"13/03/24, 21:03 - {SUSPECT}: hey, saw you on insta\n"
            f"13/03/24, 21:05 - {SENDER}: who is this?\n"
            f"14/03/24, 00:40 - {SUSPECT}: {EXTORTION}\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("WhatsApp Chat.txt", chat)
    return buf.getvalue()


def _encodings(value: str) -> list[bytes]:
    return [value.encode("utf-8"), value.encode("utf-16-le"), value.encode("utf-16-be")]


def _hits(folder: Path) -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for value in PLANTED:
            for enc, raw in zip(("utf-8", "utf-16-le", "utf-16-be"), _encodings(value), strict=True):
                if raw in data:
                    found.append((str(path.relative_to(folder)), value, enc))
    return found


def _loose_modes(folder: Path) -> list[str]:
    bad = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        want = 0o700 if path.is_dir() else 0o600
        if mode != want:
            bad.append(f"{path.relative_to(folder)} {oct(mode)}")
    return bad


@pytest.fixture
def material(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "material"
    folder.mkdir()
    (folder / FILE_NAME).write_bytes(_jpeg_with_gps())
    (folder / "chat.zip").write_bytes(_whatsapp_zip())
    (folder / "message.txt").write_text(EXTORTION, encoding="utf-8")
    scan = folder / SCAN_FOLDER
    scan.mkdir()
    (scan / "copy.jpg").write_bytes(_jpeg_with_gps())
    return {"photo": folder / FILE_NAME, "chat": folder / "chat.zip", "message": folder / "message.txt",
            "scan": scan}


def _cli_flow(cli: Any, age: str, material: dict[str, Path], out: Path) -> None:
    def ok(*args: str) -> str:
        r = cli(*args)
        assert r.exit_code == 0, (args, r.stdout[-2000:], r.stderr[-2000:])
        return str(r.stdout)

    case = ok("case", "new", "--title", f"{TITLE} {age}", "--age", age).strip().splitlines()[-1]
    ok("add", case, str(material["photo"]))
    ok("note", case, NOTE)
    ok("url", case, URL, "--seen", f"profile of {SUSPECT}")
    ok("import", case, str(material["chat"]), "--tz", "UTC")
    ok("analyze", "--case", case, str(material["message"]))
    items = [json.loads(line) for line in ok("items", case, "--json").splitlines()]
    photo = next(i for i in items if i["original_name"] == FILE_NAME)
    assert GPS_SECONDS in json.dumps(photo), "the photo's GPS position is read and kept (sealed)"
    ok("hash", "--case", case)
    ok("scan", case, str(material["scan"]), "--add")  # the match is recorded, with its path
    ok("timeline", case, "--suspect", SUSPECT)
    ok("report", "package", case, "--to", str(out / f"package-{age}.zip"))
    message = next(i for i in items if i["original_name"] == "message.txt")
    ok("item", "withdraw", message["id"], "--reason", REASON)
    # What was planted can be read back through the app (so it is there, sealed, not lost).
    assert SENDER in ok("timeline", case, "--json")
    assert TITLE in ok("case", "show", case, "--json")


def _web_flow(w: Web, age: str, material: dict[str, Path]) -> None:
    cid = w.new_case(title=f"{TITLE} web {age}")
    assert w.post(f"/cases/{cid}/settings", {"age_group": age, "country": "GB",
                                             "title": f"{TITLE} web {age}"}).status_code == 303
    for path, fields in ((material["photo"], {}), (material["chat"], {"kind": "export"})):
        r = w.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": w.csrf(), **fields},
                          files={"files": (path.name, path.read_bytes(), "application/octet-stream")})
        assert r.status_code == 303, r.text
    assert w.post(f"/cases/{cid}/evidence/note", {"text": NOTE}).status_code == 303
    r = w.post("/check", {"text": EXTORTION, "case": cid})
    assert r.status_code == 200, r.text
    vault = w.app.state.holder._vault
    assert any(i.original_name == FILE_NAME for i in vault.list_items(cid))


@pytest.fixture
def web(tmp_path: Path) -> Iterator[Web]:
    config = make_config(tmp_path / "web-vault")
    with TestClient(create_app(config), base_url="http://127.0.0.1", follow_redirects=False) as client:
        assert client.get(f"/?token={config.token}").status_code == 303
        w = Web(client, config)
        w.create_vault()
        yield w


def test_planted_strings_are_nowhere_in_the_vault_folders(cli: Any, vault_dir: Path, web: Web,
                                                          material: dict[str, Path], tmp_path: Path) -> None:
    assert cli("init").exit_code == 0
    for age in AGES:
        _cli_flow(cli, age, material, tmp_path)
        _web_flow(web, age, material)
    web_dir = web.config.vault_path
    for folder in (vault_dir, web_dir):  # the web vault still open: its write-ahead log is read too
        assert folder.is_dir() and os.listdir(folder)
        assert _hits(folder) == []
        assert _loose_modes(folder) == []
    web.app.state.holder.lock()
    assert _hits(web_dir) == []
    assert _loose_modes(web_dir) == []
