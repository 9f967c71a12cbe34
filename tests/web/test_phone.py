"""`serve --phone` tested from outside, without a browser: the pairing code works once and expires, the
key never crosses the network, nothing without the key (or replayed, or cut short) is stored, and the
phone's listener serves nothing of the vault. (test_browser_phone.py drives a real mobile Chromium.)"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from standfast.services import cases as case_service
from standfast.web.pairing import PairingBook, PairingRefused
from tests.web.conftest import PASSPHRASE
from tests.web.phone_tools import PhoneClient, PhoneServer, phone_server, split_url, upload_body

STATIC = Path(__file__).resolve().parents[2] / "src/standfast/web/static"


@pytest.fixture
def phone(tmp_path: Path) -> Iterator[PhoneServer]:
    yield from phone_server(tmp_path / "vault")


def _ready(server: PhoneServer) -> tuple[str, str]:
    """An unlocked vault, one case, a fresh pairing bound to it: (case id, pairing URL)."""
    server.live.app.state.holder.create(PASSPHRASE, PASSPHRASE)
    case = case_service.create_case(server.vault(), title="Phone case", country="US", age="adult")
    pairing = server.book.new(case.id)
    return case.id, server.book.url(pairing)


def _png(seed: int) -> bytes:
    img = Image.effect_noise((120, 200), 40 + seed).convert("RGB")
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _stored(server: PhoneServer, case_id: str) -> dict[str, str]:
    return {i.original_name: i.sha256 for i in server.vault().list_items(case_id)}


def _encodings(key: bytes) -> list[bytes]:
    return [key, key.hex().encode(), base64.b64encode(key), base64.urlsafe_b64encode(key).rstrip(b"="),
            base64.b64encode(key).rstrip(b"=")]


def test_files_arrive_sealed_and_are_stored_with_their_sha256(phone: PhoneServer) -> None:
    case_id, url = _ready(phone)
    client = PhoneClient(url)
    try:
        assert client.claim().status_code == 200
        files = {f"Screenshot_{n}.png": _png(n) for n in range(3)}
        big = os.urandom(CHUNK_AND_A_HALF)  # more than one sealed record
        files["recording.mp4"] = big
        for seq, (name, data) in enumerate(files.items()):
            r = client.send(name, data)
            assert r.status_code == 200, r.text
            receipt = client.receipt(r, seq)
            assert receipt == {"seq": seq, "sha256": hashlib.sha256(data).hexdigest(), "problem": None}
    finally:
        client.close()
    assert _stored(phone, case_id) == {n: hashlib.sha256(d).hexdigest() for n, d in files.items()}
    items = phone.vault().list_items(case_id)
    assert {i.source for i in items} == {"upload"}
    # What another device on the network saw: neither the key nor any file's bytes nor a file name.
    seen = bytes(phone.relay.seen)
    _base, pid, key = split_url(url)
    assert pid.encode() in seen  # the relay really saw the traffic
    for form in _encodings(key):
        assert form not in seen
    for name, data in files.items():
        assert name.encode() not in seen
        assert data[200:264] not in seen
    assert [p.name for p in phone.book.current.received] == list(files)


CHUNK_AND_A_HALF = (1 << 20) + (1 << 19)


def test_a_second_phone_with_the_same_code_is_refused(phone: PhoneServer) -> None:
    case_id, url = _ready(phone)
    first, second = PhoneClient(url), PhoneClient(url)
    try:
        assert first.claim().status_code == 200
        r = second.claim()
        assert r.status_code == 409 and r.json() == {"error": "used"}
        page = httpx.get(url.split("#")[0])
        assert page.status_code == 409 and "This code was already used" in page.text
        # The second phone has the key (it saw the QR code) but not the first phone's session secret.
        second.session = first.session[:-2] + ("AA" if not first.session.endswith("AA") else "BB")
        r = second.send("x.png", _png(1))
        assert r.status_code == 409
        second.session = ""
        assert second.send("x.png", _png(1)).status_code == 409
        assert first.send("ok.png", _png(2)).status_code == 200
    finally:
        first.close()
        second.close()
    assert list(_stored(phone, case_id)) == ["ok.png"]


def test_an_expired_code_is_refused(tmp_path: Path) -> None:
    for server in phone_server(tmp_path / "vault", phone_pairing_seconds=0.5):
        case_id, url = _ready(server)
        time.sleep(0.8)
        client = PhoneClient(url)
        try:
            r = client.claim()
            assert r.status_code == 410 and r.json() == {"error": "expired"}
            page = httpx.get(url.split("#")[0])
            assert page.status_code == 410 and "This code has expired" in page.text
        finally:
            client.close()
        # A claimed pairing ends after the same time without use.
        url = server.book.url(server.book.new(case_id))
        client = PhoneClient(url)
        try:
            assert client.claim().status_code == 200
            time.sleep(0.8)
            r = client.send("late.png", _png(3))
            assert r.status_code == 410
        finally:
            client.close()
        assert _stored(server, case_id) == {}


def test_uploads_without_the_key_replayed_tampered_or_cut_short_store_nothing(phone: PhoneServer) -> None:
    case_id, url = _ready(phone)
    client = PhoneClient(url)
    try:
        wrong = os.urandom(32)
        r = client.claim(key=wrong)
        assert r.status_code == 403 and r.json() == {"error": "bad-key"}
        assert client.claim().status_code == 200
        data = _png(5)
        r = client.send("nokey.png", data, key=wrong)
        assert r.status_code == 403 and r.json() == {"error": "bad-key"}
        good = upload_body(client.pid, client.key, 0, "real.png", data)
        tampered = bytearray(good)
        tampered[-20] ^= 1
        assert client.send("", b"", body=bytes(tampered)).status_code == 403
        assert client.send("", b"", body=good[:-5]).status_code == 400  # cut short
        assert client.send("", b"", body=good + b"x").status_code == 400  # something appended
        assert client.send("", b"", body=b"\x00\x00\x00\x05abcde").status_code == 400
        assert client.send("", b"", body=b"").status_code == 400
        assert _stored(phone, case_id) == {}
        assert client.send("", b"", body=good).status_code == 200
        # The same request recorded on the network and sent again: refused, still one file.
        replay = client.http.post(f"/p/{client.pid}/upload", content=good,
                                  headers={"x-standfast-session": client.session})
        assert replay.status_code == 403
        # Records of file 0 cannot pass as file 1 either (the sequence number is sealed in).
        assert client.send("", b"", body=upload_body(client.pid, client.key, 0, "again.png", data)).status_code == 403
    finally:
        client.close()
    assert _stored(phone, case_id) == {"real.png": hashlib.sha256(data).hexdigest()}


def test_nothing_is_accepted_before_a_case_is_chosen_or_while_locked(phone: PhoneServer) -> None:
    phone.live.app.state.holder.create(PASSPHRASE, PASSPHRASE)
    case = case_service.create_case(phone.vault(), title="Later", country="US", age="adult")
    url = phone.book.url(phone.book.new())
    client = PhoneClient(url)
    try:
        assert client.claim().status_code == 200
        state = client.http.get(f"/p/{client.pid}/state", headers={"x-standfast-session": client.session}).json()
        assert state["ready"] is False and state["waiting"] == "no-case"
        r = client.send("early.png", _png(1))
        assert r.status_code == 423 and r.json() == {"error": "no-case"}
        phone.book.choose_case(case.id)
        phone.live.app.state.holder.lock()
        r = client.send("locked.png", _png(1))
        assert r.status_code == 423 and r.json() == {"error": "locked"}
        phone.live.app.state.holder.unlock(PASSPHRASE)
        assert client.send("now.png", _png(1)).status_code == 200
    finally:
        client.close()
    assert list(_stored(phone, case.id)) == ["now.png"]


def test_the_phone_listener_serves_nothing_of_the_vault(phone: PhoneServer) -> None:
    _case_id, url = _ready(phone)
    base = phone.phone_base
    for path in ("/", "/cases", "/vault", "/static/app.js", "/s/../routes/core.py", "/s/phone.html",
                 "/session/state", f"/?token={phone.live.config.token}", "/s/vendor/noble-ciphers-2.4.0/index.js"):
        r = httpx.get(base + path)
        assert r.status_code == 404, path
        assert "Phone case" not in r.text
    for path in ("/s/phone.js", "/s/app.css", "/s/vendor/noble-ciphers-2.4.0/aes.js"):
        r = httpx.get(base + path)
        assert r.status_code == 200 and r.headers["content-security-policy"].startswith("default-src 'self'")
    page = httpx.get(url.split("#")[0])
    assert page.status_code == 200 and "Phone case" not in page.text and "<title>Notes</title>" in page.text
    assert page.headers["cache-control"] == "no-store" and page.headers["referrer-policy"] == "no-referrer"
    # Another name for the same address (DNS rebinding) is refused.
    other = httpx.get(url.split("#")[0], headers={"host": "evil.example"})
    assert other.status_code == 403
    # And the computer's own app still answers on loopback only, never on the phone's port.
    assert httpx.get(f"{phone.live.base}/").status_code == 403  # no session: as before


def test_making_a_new_code_ends_the_old_one() -> None:
    book = PairingBook(base_url="http://192.168.1.20:5000")
    first = book.new("c1")
    second = book.new("c1")
    assert first.expired and not second.expired
    assert book.url(second).startswith("http://192.168.1.20:5000/p/") and "#k=" in book.url(second)
    with pytest.raises(PairingRefused) as exc:
        book.claim(first.id, b"x" * 40)
    assert exc.value.code == "expired"
    with pytest.raises(PairingRefused) as exc:
        book.lookup("nope")
    assert exc.value.status == 404


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=3000))
def test_any_body_is_refused_calmly_and_stores_nothing(phone_session: tuple[PhoneServer, PhoneClient, str],
                                                       body: bytes) -> None:
    server, client, case_id = phone_session
    r = client.http.post(f"/p/{client.pid}/upload", content=body, headers={"x-standfast-session": client.session})
    assert r.status_code in (400, 403, 413) and set(r.json()) == {"error"}
    assert _stored(server, case_id) == {}


@pytest.fixture(scope="module")
def phone_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PhoneServer, PhoneClient, str]]:
    for server in phone_server(tmp_path_factory.mktemp("fuzz") / "vault"):
        case_id, url = _ready(server)
        client = PhoneClient(url)
        assert client.claim().status_code == 200
        try:
            yield server, client, case_id
        finally:
            client.close()


def test_vendored_noble_ciphers_is_the_published_package() -> None:
    folder = STATIC / "vendor/noble-ciphers-2.4.0"
    listed = dict(reversed(line.split("  ", 1)) for line in (folder / "VENDORED.txt").read_text().splitlines()
                  if re.fullmatch(r"[0-9a-f]{64}  \S+", line))
    assert set(listed) == {"aes.js", "utils.js", "_polyval.js", "LICENSE"}
    for name, digest in listed.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


def _serve(vault_dir: Path, *args: str) -> tuple[subprocess.Popen[str], list[str]]:
    env = {**os.environ, "STANDFAST_VAULT": str(vault_dir)}
    proc = subprocess.Popen([sys.executable, "-m", "standfast.cli", "serve", "--no-browser", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    return proc, [proc.stdout.readline().strip(), proc.stdout.readline().strip()]


def _decode_terminal_qr(text: str) -> str:
    """Read back the block-character QR code printed to the terminal (two module rows per character)."""
    import zxingcpp

    rows = [line for line in text.splitlines() if line and set(line) <= set("█▀▄ ")]
    width = max(len(r) for r in rows)
    img = Image.new("L", (width, len(rows) * 2), 255)
    for y, line in enumerate(rows):
        for x, ch in enumerate(line):
            # segno draws the light modules with block characters (dark terminal background).
            top = ch in "█▀"
            bottom = ch in "█▄"
            img.putpixel((x, 2 * y), 255 if top else 0)
            img.putpixel((x, 2 * y + 1), 255 if bottom else 0)
    img = img.resize((img.width * 8, img.height * 8), Image.NEAREST)
    for candidate in (img, Image.eval(img, lambda v: 255 - v)):
        found = zxingcpp.read_barcodes(candidate)
        if found:
            return str(found[0].text)
    raise AssertionError("no QR code found in the terminal output")


def test_serve_phone_prints_the_pairing_url_and_a_qr_code_of_it(vault_dir: Path) -> None:
    proc, (computer, phone_url) = _serve(vault_dir, "--phone", "--phone-address", "127.0.0.1")
    try:
        assert computer.startswith("http://127.0.0.1:") and "/?token=" in computer
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/p/[\w-]{20,}#k=[\w-]{43}", phone_url), phone_url
        assert computer.split("/?")[0] != phone_url.split("/p/")[0]  # two listeners
        deadline = time.monotonic() + 30
        while True:
            try:
                page = httpx.get(phone_url.split("#")[0])
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert page.status_code == 200 and "Send files to your computer" in page.text
        with open(f"/proc/{proc.pid}/cmdline", "rb") as fh:
            assert b"#k=" not in fh.read()
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=10)
    assert _decode_terminal_qr(err) == phone_url
    assert "/p/" not in err.replace(phone_url, "")  # the address is printed once, on stdout, not logged


@pytest.mark.parametrize(("args", "words"), [
    (("--host", "0.0.0.0"), "this computer only"),
    (("--phone", "--phone-address", "0.0.0.0"), "never on every address"),
    (("--phone", "--phone-address", "8.8.8.8"), "never on every address or a public one"),
    (("--phone", "--phone-address", "not-an-address"), "must be an IP address"),
    (("--phone-address", "192.168.1.20"), "goes with --phone"),
])
def test_serve_refuses_to_listen_beyond_loopback_except_on_a_private_phone_address(cli, args, words) -> None:  # type: ignore[no-untyped-def]
    r = cli("serve", "--no-browser", *args)
    assert r.exit_code == 2 and words in r.stderr.replace("\n", " "), r.stderr


def test_a_stalled_phone_upload_never_keeps_the_vault_from_locking(phone: PhoneServer) -> None:
    import socket
    import threading

    case_id, url = _ready(phone)
    client = PhoneClient(url)
    try:
        assert client.claim().status_code == 200
        body = upload_body(client.pid, client.key, 0, "slow.png", os.urandom(3 << 20))
        host, port = client.base.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as sock:
            head = (f"POST /p/{client.pid}/upload HTTP/1.1\r\nHost: {host}:{port}\r\n"
                    f"x-standfast-session: {client.session}\r\nContent-Length: {len(body)}\r\n\r\n")
            sock.sendall(head.encode() + body[: len(body) // 2])  # then the phone's Wi-Fi stalls
            time.sleep(0.5)
            locker = threading.Thread(target=phone.live.app.state.holder.lock)
            started = time.monotonic()
            locker.start()
            locker.join(5)
            assert not locker.is_alive(), "locking waited for the phone"
            assert time.monotonic() - started < 2
            sock.sendall(body[len(body) // 2:])
            sock.settimeout(10)
            reply = b""
            while b"\r\n\r\n" not in reply or not reply.rstrip().endswith(b"}"):
                data = sock.recv(4096)
                if not data:
                    break
                reply += data
        assert b" 423 " in reply.split(b"\r\n", 1)[0] and b'"locked"' in reply  # sent again after unlocking
    finally:
        client.close()
    phone.live.app.state.holder.unlock(PASSPHRASE)
    assert _stored(phone, case_id) == {}


def test_a_chat_export_from_the_phone_is_imported_and_nothing_is_in_clear_in_the_vault(phone: PhoneServer) -> None:
    import zipfile

    from standfast.ingest import timeline

    case_id, url = _ready(phone)
    chat = io.BytesIO()
    with zipfile.ZipFile(chat, "w") as zf:
        zf.writestr("_chat.txt", "".join(f"01/02/24, 10:{i:02d} - {'Sam' if i % 2 else 'Jess'}: Quokkaberg line {i}\n"
                                         for i in range(12)))
    shot = _png(9)
    client = PhoneClient(url)
    try:
        assert client.claim().status_code == 200
        r = client.send("WhatsApp Chat with Sam.zip", chat.getvalue(), kind="export")
        assert r.status_code == 200 and client.receipt(r, 0)["problem"] is None
        assert client.send("shot.png", shot).status_code == 200
    finally:
        client.close()
    assert timeline.count(phone.vault(), case_id) == 12
    # From outside: no file's bytes and no message text anywhere in the vault folder (sealed at rest).
    root = phone.live.config.vault_path
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Quokkaberg" not in data and shot[300:364] not in data, path
    assert not (root / ".web-uploads").exists() or not any((root / ".web-uploads").rglob("*.sealed"))


def test_the_phone_page_speaks_spanish(phone: PhoneServer) -> None:
    _case_id, url = _ready(phone)
    page = httpx.get(url.split("#")[0], headers={"accept-language": "es-MX,es;q=0.9"})
    assert page.status_code == 200 and 'lang="es"' in page.text
    assert "Enviar archivos a su ordenador" in page.text and "Salida rápida" in page.text


def test_oversized_claims_and_endings_are_cut_off_without_being_read_whole(phone: PhoneServer) -> None:
    _case_id, url = _ready(phone)
    client = PhoneClient(url)
    try:

        def endless() -> Iterator[bytes]:
            for _ in range(1024):  # 64 MiB; the server stops reading after 1 KB
                yield b"x" * 65536

        r = client.http.post(f"/p/{client.pid}/claim", content=endless())
        assert r.status_code == 413 and r.json() == {"error": "too-large"}
        assert client.claim().status_code == 200  # the code was not used up by the junk
        r = client.http.post(f"/p/{client.pid}/done", content=b"y" * 5000,
                             headers={"x-standfast-session": client.session})
        assert r.status_code == 413
        assert not phone.book.current.expired
    finally:
        client.close()
