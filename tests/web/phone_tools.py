"""Helpers for the phone tests: a phone-mode server reached through a recording TCP relay (what another
device on the network would see), and an independent client of the wire format written from its spec."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from standfast.web.commands import _listen
from standfast.web.phoneapp import PhoneListener
from tests.web.conftest import LiveServer

PREFIX = b"standfast-phone-v1|"
CHUNK = 1 << 20
CLAIM, SESSION, META, DATA, LAST, RECEIPT, DONE = 1, 2, 3, 4, 5, 6, 7


class RecordingRelay:
    """Forwards one port to another and keeps every byte that passes, both ways (a network observer)."""

    def __init__(self, target_port: int) -> None:
        self.target = target_port
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = int(self.sock.getsockname()[1])
        self.seen = bytearray()
        self._lock = threading.Lock()
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                with self._lock:
                    self.seen += data
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._stop = True
        self.sock.close()


@dataclass
class PhoneServer:
    live: LiveServer
    listener: PhoneListener
    relay: RecordingRelay
    extra: list[object] = field(default_factory=list)

    @property
    def phone_base(self) -> str:
        return f"http://127.0.0.1:{self.relay.port}"

    @property
    def book(self):  # type: ignore[no-untyped-def]
        return self.live.app.state.pairings

    def vault(self):  # type: ignore[no-untyped-def]
        return self.live.app.state.holder._vault


def start_phone_server(vault_dir: Path, **config: object) -> PhoneServer:
    os.environ["STANDFAST_TEST_FAST_KDF"] = "1"
    sock = _listen("127.0.0.1", 0)
    relay = RecordingRelay(int(sock.getsockname()[1]))
    live = LiveServer(vault_dir, phone_base_url=f"http://127.0.0.1:{relay.port}", **config).start()
    listener = PhoneListener(live.app, sock, advertised=f"127.0.0.1:{relay.port}").start()
    return PhoneServer(live, listener, relay)


def stop_phone_server(server: PhoneServer) -> None:
    server.listener.stop()
    server.relay.close()
    server.live.stop()


def phone_server(vault_dir: Path, **config: object) -> Iterator[PhoneServer]:
    server = start_phone_server(vault_dir, **config)
    try:
        yield server
    finally:
        stop_phone_server(server)


def aad(pid: str, kind: int, seq: int = 0, index: int = 0) -> bytes:
    return PREFIX + pid.encode() + struct.pack(">BQQ", kind, seq, index)


def seal(key: bytes, plain: bytes, extra: bytes) -> bytes:
    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(key).encrypt(nonce, plain, extra)


def split_url(url: str) -> tuple[str, str, bytes]:
    """(base, pairing id, key) of a pairing address."""
    import base64

    address, fragment = url.split("#", 1)
    base, pid = address.split("/p/", 1)
    raw = fragment.removeprefix("k=")
    return base, pid, base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))


def upload_body(pid: str, key: bytes, seq: int, name: str, data: bytes, **meta: object) -> bytes:
    sealed_meta = seal(key, json.dumps({"name": name, "size": len(data), **meta}).encode(), aad(pid, META, seq))
    parts = [struct.pack(">I", len(sealed_meta)), sealed_meta]
    count = max(1, -(-len(data) // CHUNK))
    for i in range(count):
        kind = LAST if i == count - 1 else DATA
        parts.append(seal(key, data[i * CHUNK:(i + 1) * CHUNK], aad(pid, kind, seq, i)))
    return b"".join(parts)


class PhoneClient:
    """What a phone's page does, in Python: claim, then send sealed files."""

    def __init__(self, url: str) -> None:
        self.base, self.pid, self.key = split_url(url)
        self.http = httpx.Client(base_url=self.base, timeout=30)
        self.session = ""
        self.seq = 0

    def claim(self, key: bytes | None = None) -> httpx.Response:
        r = self.http.post(f"/p/{self.pid}/claim", content=seal(key or self.key, b"hello", aad(self.pid, CLAIM)))
        if r.status_code == 200:
            import base64

            secret = AESGCM(self.key).decrypt(r.content[:12], r.content[12:], aad(self.pid, SESSION))
            self.session = base64.urlsafe_b64encode(secret).rstrip(b"=").decode()
        return r

    def send(self, name: str, data: bytes, *, key: bytes | None = None, body: bytes | None = None,
             **meta: object) -> httpx.Response:
        content = body if body is not None else upload_body(self.pid, key or self.key, self.seq, name, data, **meta)
        r = self.http.post(f"/p/{self.pid}/upload", content=content,
                           headers={"x-standfast-session": self.session})
        if r.status_code == 200:
            self.seq += 1
        return r

    def receipt(self, r: httpx.Response, seq: int) -> dict[str, object]:
        plain = AESGCM(self.key).decrypt(r.content[:12], r.content[12:], aad(self.pid, RECEIPT, seq))
        return dict(json.loads(plain))

    def close(self) -> None:
        self.http.close()
