"""Nothing of a case in $TMPDIR, watched from outside: the real CLI in subprocesses and the web app.

A thread lists the temporary folder every few milliseconds while each flow runs (analyze of an e-mail and
a screenshot with OCR, import of a WhatsApp zip, web uploads including a >2 MB image, export, the demo
case) and reads
whatever it finds for the planted strings. A killed export leaves only a private partial beside its
destination, and the next start of Standfast removes it.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "correct horse battery staple"
# Planted in every kind of input; none may ever be found in a file under TMPDIR.
PLANTED = ["Quokkaberg", "KESTREL4471", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "Zanzibar Plover",
           "moonlit-heron-owner"]


class TmpWatch:
    """Polls a folder in a thread; remembers every entry seen and any planted string read in one."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.seen: set[str] = set()
        self.hits: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TmpWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._scan()  # and once more after the flow ended

    def _run(self) -> None:
        while not self._stop.is_set():
            self._scan()
            time.sleep(0.002)

    def _scan(self) -> None:
        for root, dirs, files in os.walk(self.folder):
            for name in dirs + files:
                path = os.path.join(root, name)
                self.seen.add(os.path.relpath(path, self.folder))
            for name in files:
                try:
                    with open(os.path.join(root, name), "rb") as fh:
                        data = fh.read(64 << 20)
                except OSError:
                    continue
                for s in PLANTED:
                    if s.encode("utf-8") in data or s.encode("utf-16-le") in data:
                        self.hits.add(s)


def _screenshot(lines: list[str], size: tuple[int, int] = (900, 420)) -> bytes:
    img = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 30)
    except OSError:
        font = ImageFont.load_default(size=30)
    for i, line in enumerate(lines):
        draw.text((20, 20 + 50 * i), line, fill="black", font=font)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _noise_png(nbytes: int) -> bytes:
    """A PNG of random pixels: it cannot be compressed, so its size is about ``nbytes``."""
    side = int((nbytes / 3) ** 0.5) + 1
    img = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buf = io.BytesIO()
    img.save(buf, "PNG", compress_level=0)
    return buf.getvalue()


def _eml() -> bytes:
    return (
        b"From: Zanzibar Plover <moonlit-heron-owner@example.net>\r\n"
        b"To: victim@example.org\r\nSubject: I recorded you Quokkaberg\r\n"
        b"Date: Sun, 15 Mar 2026 06:11:58 +0000\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"I hacked your device and recorded you. Pay 1200 USD in bitcoin to "
        b"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 within 48 hours or your contacts get the video. "
        b"KESTREL4471\r\n"
    )


def _whatsapp_zip() -> bytes:
    chat = (
        "13/03/24, 21:03 - Zanzibar Plover: hey, saw you on insta Quokkaberg\n"
        "14/03/24, 00:14 - Zanzibar Plover: IMG-20240314-WA0001.png (file attached)\n"
        "14/03/24, 00:40 - Zanzibar Plover: I have your pictures now. Pay 500 USD in bitcoin to "
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 within 24 hours. KESTREL4471\n"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("WhatsApp Chat with Zanzibar Plover.txt", chat)
        zf.writestr("IMG-20240314-WA0001.png", _screenshot(["moonlit-heron-owner"], (300, 80)))
    return buf.getvalue()


SHOT_LINES = ["I hacked your phone Quokkaberg", "Pay 500 USD in bitcoin", "within 48 hours KESTREL4471"]


@pytest.fixture
def watched_tmp(tmp_path: Path) -> Path:
    folder = tmp_path / "watched-tmp"
    folder.mkdir()
    return folder


class Cli:
    def __init__(self, tmp_path: Path, tmpdir: Path) -> None:
        self.env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "TMPDIR": str(tmpdir),
                    "XDG_DATA_HOME": str(tmp_path / "xdg"), "STANDFAST_VAULT": str(tmp_path / "vault"),
                    "STANDFAST_PASSPHRASE": PASSPHRASE, "STANDFAST_TEST_FAST_KDF": "1"}
        self.argv = [sys.executable, "-c", "from standfast.cli import main; main()"]

    def __call__(self, *args: str) -> str:
        done = subprocess.run([*self.argv, *args], capture_output=True, text=True, env=self.env, timeout=300)
        assert done.returncode == 0, (args, done.stderr[-2000:])
        return done.stdout

    def popen(self, *args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen([*self.argv, *args], env=self.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)


@pytest.mark.slow
def test_cli_flows_leave_nothing_in_tmpdir(tmp_path: Path, watched_tmp: Path) -> None:
    if not (Path("/usr/bin/tesseract").exists() or os.environ.get("PATH", "").count("tesseract")):
        pytest.skip("tesseract not installed")
    cli = Cli(tmp_path, watched_tmp)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "mail.eml").write_bytes(_eml())
    (inputs / "shot.png").write_bytes(_screenshot(SHOT_LINES))
    (inputs / "chat.zip").write_bytes(_whatsapp_zip())
    for i in range(4):  # a bigger case, so the export runs long enough to be watched
        (inputs / f"video-{i}.bin").write_bytes(os.urandom(8 << 20))
    seen: dict[str, set[str]] = {}
    with TmpWatch(watched_tmp) as w:
        cli("init")
        case = cli("case", "new", "--title", "Quokkaberg case", "--age", "adult").strip().splitlines()[-1].split()[-1]
    seen["init"] = w.seen
    with TmpWatch(watched_tmp) as w:
        out = cli("analyze", "--case", case, str(inputs / "mail.eml"), str(inputs / "shot.png"))
    seen["analyze"] = w.seen
    assert "bitcoin" in out.lower() or "scam" in out.lower(), out  # the screenshot and mail were read
    with TmpWatch(watched_tmp) as w:
        cli("import", case, str(inputs / "chat.zip"), "--tz", "UTC")
    seen["import"] = w.seen
    with TmpWatch(watched_tmp) as w:
        cli("add", case, *(str(p) for p in sorted(inputs.glob("video-*.bin"))))
        cli("export", case, "--to", str(tmp_path / "out.zip"))
    seen["export"] = w.seen
    scan_dir = tmp_path / "downloads"
    scan_dir.mkdir()
    for i in range(5):  # enough to hash in worker processes
        (scan_dir / f"copy-{i}.png").write_bytes(_noise_png(1_000_000))
    with TmpWatch(watched_tmp) as w:
        cli("report", "package", case, "--to", str(tmp_path / "package.zip"))
        cli("report", "pdf", case, "--to", str(tmp_path / "report.pdf"))
        cli("hashes", "export", case, "--format", "csv", "--to", str(tmp_path / "hashes.csv"))
        cli("scan", case, str(scan_dir))
    seen["reports"] = w.seen
    with TmpWatch(watched_tmp) as w:
        cli("demo")
        cli("demo", "--minor")
    seen["demo"] = w.seen
    assert {k: sorted(v) for k, v in seen.items() if v} == {}
    assert (tmp_path / "out.zip").stat().st_size > 32 << 20
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".standfast-partial-")]
    assert not w.hits


@pytest.mark.slow
def test_killed_export_leaves_a_private_partial_that_the_next_start_removes(tmp_path: Path,
                                                                            watched_tmp: Path) -> None:
    cli = Cli(tmp_path, watched_tmp)
    cli("init")
    case = cli("case", "new", "--title", "Big case", "--age", "adult").strip().splitlines()[-1].split()[-1]
    big = tmp_path / "big"
    big.mkdir()
    for i in range(6):
        (big / f"part-{i}.bin").write_bytes(os.urandom(16 << 20))
    cli("add", case, str(big))
    dest = tmp_path / "dest"
    dest.mkdir()
    with TmpWatch(watched_tmp) as w:
        proc = cli.popen("export", case, "--to", str(dest / "package.zip"))
        partial: Path | None = None
        deadline = time.monotonic() + 60
        while partial is None and time.monotonic() < deadline and proc.poll() is None:
            found = [p for p in dest.iterdir() if p.name.startswith(".standfast-partial-")]
            if found and found[0].stat().st_size > (1 << 20):  # some evidence is in it already
                partial = found[0]
            time.sleep(0.001)
        assert partial is not None, "the export finished before it could be stopped"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert not w.seen
    assert partial.exists(), "a killed process cannot clean up: the partial is still there"
    assert partial.stat().st_mode & 0o077 == 0, oct(partial.stat().st_mode)  # readable by this user only
    assert not (dest / "package.zip").exists()
    cli("case", "list")  # the next start, whatever the command
    assert [p.name for p in dest.iterdir()] == []
    markers = tmp_path / "xdg" / "standfast" / "partials"
    assert not markers.exists() or not any(markers.iterdir())


@pytest.fixture
def web_tmp(monkeypatch: pytest.MonkeyPatch, watched_tmp: Path) -> Iterator[Path]:
    # The web app runs in this process: point the temp folder (env and tempfile's cache) at the watched one.
    monkeypatch.setenv("TMPDIR", str(watched_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(watched_tmp))
    yield watched_tmp


@pytest.mark.slow
def test_web_uploads_and_checks_leave_nothing_in_tmpdir(tmp_path: Path, web_tmp: Path) -> None:
    from fastapi.testclient import TestClient

    from standfast.web.app import create_app
    from standfast.web.config import WebConfig

    config = WebConfig(vault_path=tmp_path / "vault", allowed_hosts=("testserver",))
    big = _noise_png(2_500_000)
    assert len(big) > 2 << 20
    with TmpWatch(web_tmp) as w, TestClient(create_app(config), base_url="http://127.0.0.1",
                                            follow_redirects=False) as client:
        assert client.get(f"/?token={config.token}").status_code == 303

        def csrf() -> str:
            return str(client.app.state.sessions.get(client.cookies.get("sf_session")).csrf)  # type: ignore[attr-defined]

        r = client.post("/vault/create", data={"passphrase": PASSPHRASE, "confirm": PASSPHRASE, "csrf": csrf()})
        assert r.status_code == 200, r.text
        cases = {}
        for age in ("adult", "minor"):
            r = client.post("/start", data={"title": "Quokkaberg web", "age_group": age, "csrf": csrf()})
            assert r.status_code == 303, r.text
            cases[age] = r.headers["location"].split("/")[2]
        for age, cid in cases.items():
            r = client.post(f"/cases/{cid}/evidence/upload", data={"csrf": csrf()}, files=[
                ("files", ("big-photo.png", big, "image/png")),
                ("files", ("mail.eml", _eml(), "message/rfc822")),
                ("files", ("shot.png", _screenshot(SHOT_LINES), "image/png"))])
            assert r.status_code == 303, (age, r.text[-500:])
            r = client.post(f"/cases/{cid}/evidence/upload", data={"csrf": csrf(), "kind": "export"},
                            files={"files": ("WhatsApp Chat with Zanzibar Plover.zip", _whatsapp_zip(),
                                             "application/zip")})
            assert r.status_code == 303, (age, r.text[-500:])
            r = client.post(f"/cases/{cid}/evidence/upload", data={"csrf": csrf(), "intimate": "1"},
                            files={"files": ("sent.png", big, "image/png")})
            assert r.status_code == 303, (age, r.text[-500:])
        for cid in cases.values():  # exports from the web: the package and the PDF report, hashes
            r = client.post(f"/cases/{cid}/takedown/hash", data={"csrf": csrf()})
            assert r.status_code in (200, 303), r.text[-500:]
            r = client.post(f"/cases/{cid}/reports/package", data={"csrf": csrf()})
            assert r.status_code == 200 and r.content[:2] == b"PK", r.text[-500:]
            r = client.post(f"/cases/{cid}/reports/pdf", data={"csrf": csrf()})
            assert r.status_code == 200 and r.content[:4] == b"%PDF", r.text[-500:]
            r = client.get(f"/cases/{cid}/takedown/hashes.csv")
            assert r.status_code == 200, r.text[-500:]
        # "Is this real?" with a screenshot, vault open (kept in a case) and locked.
        r = client.post("/check", data={"csrf": csrf(), "case": cases["adult"]},
                        files={"file": ("shot.png", _screenshot(SHOT_LINES), "image/png")})
        assert r.status_code == 200, r.text[-500:]
        holder = client.app.state.holder  # type: ignore[attr-defined]
        from standfast.vault.export import custody_lines

        with holder.use() as vault:
            items = vault.list_items(cases["minor"])
            log_text = "\n".join(str(line) for cid in cases.values() for line in custody_lines(vault, cid)[0])
        holder.lock()
        r = client.post("/check", data={"csrf": csrf()},
                        files={"file": ("mail.eml", _eml(), "message/rfc822")})
        assert r.status_code == 200, r.text[-500:]
    assert sorted(w.seen) == []
    assert not w.hits
    # The minor's intimate upload was hashed, not stored, and named by its upload name only.
    sent = [i for i in items if i.original_name == "sent.png"]
    assert sent and all(i.blob_id is None for i in sent)
    assert all(i.original_path == "upload:sent.png" for i in sent)
    assert ".web-uploads" not in log_text and "/dev/shm" not in log_text and str(tmp_path) not in log_text
    assert "upload:WhatsApp Chat with Zanzibar Plover.zip" in log_text
    assert "upload:sent.png" in log_text or "sent.png" in log_text
    assert not any((tmp_path / "vault" / ".web-uploads").glob("*/*"))
