"""'Share this case with a helpline' on the reports page: the key file is uploaded, the encrypted
bundle comes back as a download that only the helpline's key opens, and nothing else changes."""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PIL import Image

from standfast.helpline.bundle import key_file_text, opened_bundle
from standfast.helpline.crypto import new_identity
from tests.test_tmpdir import TmpWatch
from tests.web.conftest import Web

SECRET, PUBLIC = new_identity()
KEY_FILE = key_file_text(PUBLIC, "Test helpline").encode()
MARK = "Quokkaberg"


def _png(color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), color).save(out, "PNG")
    return out.getvalue()


def _case(w: Web, age: str) -> str:
    cid = w.new_case(age_group=age, country="GB", title=f"{MARK} case")
    for name, data, fields in (("chat.png", _png((10, 120, 200)), {}),
                               ("private.png", _png((200, 10, 10)), {"intimate": "1"})):
        r = w.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": w.csrf(), **fields},
                          files={"files": (name, data, "image/png")})
        assert r.status_code == 303, r.text[-300:]
    return cid


def _share(w: Web, cid: str, key: bytes | None, **fields: str) -> httpx.Response:
    files = {"key": ("helpline.key", key, "text/plain")} if key is not None else {"key": ("", b"", "text/plain")}
    return w.client.post(f"/cases/{cid}/reports/share", data={"csrf": w.csrf(), **fields}, files=files)


def _open(bundle: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "from-web.age"
    path.write_bytes(bundle)
    with opened_bundle(path, SECRET, tmp_path / "work") as (plain, check):
        assert check.ok
        with zipfile.ZipFile(plain) as zf:
            return zf.namelist()


def _originals(names: list[str]) -> int:
    return sum(1 for n in names if n.lower().endswith(".png"))


def _leftovers(w: Web) -> list[Path]:
    return list((w.app.state.holder.path / ".web-uploads").glob("*/*"))


@pytest.fixture
def watched_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "systemtmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def _tmp_files(folder: Path) -> list[str]:
    return [os.path.join(root, n) for root, dirs, files in os.walk(folder) for n in dirs + files]


def test_the_page_offers_sharing_in_plain_words(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult")
    html = unlocked.get(f"/cases/{cid}/reports").text
    assert "Share this case with a helpline" in html and "Standfast sends nothing" in html
    assert f'action="/cases/{cid}/reports/share" enctype="multipart/form-data"' in html


def test_a_shared_case_downloads_and_opens_only_with_the_helpline_key(unlocked: Web, tmp_path: Path,
                                                                       watched_tmp: Path) -> None:
    cid = _case(unlocked, "adult")
    with TmpWatch(watched_tmp) as watch:  # polled while the bundle is built, not only afterwards
        r = _share(unlocked, cid, KEY_FILE)
    assert not watch.seen and not watch.hits
    assert r.status_code == 200, r.text[-500:]
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment") and ".age" in r.headers["content-disposition"]
    assert r.content.startswith(b"age-encryption.org/v1") and MARK.encode() not in r.content
    names = _open(r.content, tmp_path)
    assert "manifest.json" in names
    assert _originals(names) == 1  # the intimate item stays out unless asked for
    with_intimate = _share(unlocked, cid, KEY_FILE, include_intimate="1")
    assert with_intimate.status_code == 200
    assert _originals(_open(with_intimate.content, tmp_path)) == 2
    assert _leftovers(unlocked) == [] and _tmp_files(watched_tmp) == []
    with unlocked.app.state.holder.use() as vault:
        from standfast.vault.export import custody_lines

        log = "\n".join(str(line) for line in custody_lines(vault, cid)[0])
    assert "case.shared" in log
    _other_secret, _other = new_identity()
    with pytest.raises(Exception, match="another helpline"):
        path = tmp_path / "x.age"
        path.write_bytes(r.content)
        with opened_bundle(path, _other_secret, tmp_path / "work2"):
            pass


def test_a_minors_case_never_carries_intimate_items(unlocked: Web, tmp_path: Path) -> None:
    cid = _case(unlocked, "minor")
    html = unlocked.get(f"/cases/{cid}/reports").text
    assert "never put in a shared copy" in html
    r = _share(unlocked, cid, KEY_FILE, include_intimate="1")  # asked for anyway (a hand-made form)
    assert r.status_code == 200, r.text[-500:]
    names = _open(r.content, tmp_path)
    assert _originals(names) == 1


@pytest.mark.parametrize("key", [
    b"", b"not a key at all", b"\xff\xfe\x00garbage", b"age1" + b"x" * 58,
    key_file_text(PUBLIC, "x").replace(PUBLIC, new_identity()[1]).encode(),  # fingerprint does not match
    (PUBLIC + "\n" + new_identity()[1] + "\n").encode(),
])
def test_a_wrong_key_file_is_refused_calmly(unlocked: Web, key: bytes) -> None:
    cid = unlocked.new_case(age_group="adult")
    r = _share(unlocked, cid, key if key else None)
    assert r.status_code == 400, r.text[-300:]
    assert "Nothing was shared" in r.text and "Traceback" not in r.text
    assert 'role="alert"' in r.text and "Share this case with a helpline" in r.text
    assert _leftovers(unlocked) == []
    with unlocked.app.state.holder.use() as vault:
        from standfast.vault.export import custody_lines

        assert "case.shared" not in "\n".join(str(line) for line in custody_lines(vault, cid)[0])


def test_a_huge_key_file_is_refused_unread(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult")
    r = _share(unlocked, cid, KEY_FILE + b"#" * (5 * 1024 * 1024))
    assert r.status_code == 413 and "too big to be a helpline key" in r.text
    # The same sent in pieces with no declared length is cut off while it streams.
    body = (b"--B\r\nContent-Disposition: form-data; name=\"key\"; filename=\"k\"\r\n\r\n"
            + b"#" * (5 * 1024 * 1024))
    r = unlocked.client.post(f"/cases/{cid}/reports/share", headers={"content-type": "multipart/form-data; boundary=B"},
                             content=(body[i:i + 65536] for i in range(0, len(body), 65536)))
    assert r.status_code == 413 and "too big to be a helpline key" in r.text
    r = unlocked.client.post(f"/cases/{cid}/reports/share", content=b"key=age1",
                             headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400 and "not sent as a form" in r.text
    assert _leftovers(unlocked) == []


def test_sharing_needs_the_form_token(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult")
    r = unlocked.client.post(f"/cases/{cid}/reports/share", data={"csrf": "wrong"},
                             files={"key": ("k", KEY_FILE, "text/plain")})
    assert r.status_code == 403
    assert unlocked.client.post(f"/cases/{'f' * 32}/reports/share", data={"csrf": unlocked.csrf()},
                                files={"key": ("k", KEY_FILE, "text/plain")}).status_code == 404
