"""The small app a paired phone talks to (``standfast serve --phone``), on its own listener.

It is the only part of Standfast that listens beyond this computer, and it serves nothing of the vault:
one upload page, its script and style, and four endpoints that accept only records sealed with the
pairing's key (see ``pairing.py``). Files are opened record by record as they arrive, sealed again at
once into the vault folder's private staging area (never plaintext on disk, never the system temp
folder), then stored in the case chosen on the computer through the same services as a browser upload
(recorded as coming from the phone: source ``phone``, original path ``phone:NAME``).
No request is logged; requests with another Host are refused (a web page elsewhere cannot reach it by a
name of its own).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import struct
import threading
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from standfast.errors import StandfastError
from standfast.web.holder import Locked, VaultHolder
from standfast.web.i18n import gettext_for, request_language
from standfast.web.pairing import (
    CHUNK,
    META_MAX,
    NONCE,
    TAG,
    Kind,
    PairingBook,
    PairingRefused,
    Received,
    aad,
    open_sealed,
    seal,
)
from standfast.web.render import env
from standfast.web.security import CSP, SECURITY_HEADERS
from standfast.web.uploads import UploadedFile, _SealedWriter, remove_upload_folder, safe_upload_name, upload_folder

STATIC = Path(__file__).with_name("static")
NOBLE = "vendor/noble-ciphers-2.4.0"
# The only files the phone may fetch (everything else of the app stays on the computer).
PHONE_FILES = {
    "phone.js": "text/javascript", "app.css": "text/css", "icon.svg": "image/svg+xml",
    f"{NOBLE}/aes.js": "text/javascript", f"{NOBLE}/utils.js": "text/javascript",
    f"{NOBLE}/_polyval.js": "text/javascript",
}
SESSION_HEADER = "x-standfast-session"
CLAIM_MAX = 1024
READ_TIMEOUT = 60.0  # seconds without a byte from the phone before its upload is dropped
EXIT_HTML = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
             "<title>New Tab</title><link rel=\"icon\" href=\"data:,\"></head><body></body></html>")


def _headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    out = {k.decode(): v.decode() for k, v in SECURITY_HEADERS}
    out["content-security-policy"] = CSP
    out["cache-control"] = "no-store"
    out.update(extra or {})
    return out


def _refused(exc: PairingRefused) -> JSONResponse:
    return JSONResponse({"error": exc.code}, status_code=exc.status, headers=_headers())


class _Body:
    """Reads an exact number of bytes at a time from a request stream, with a total cap."""

    def __init__(self, request: Request, limit: int) -> None:
        self._stream = request.stream().__aiter__()
        self._buf = bytearray()
        self._limit = limit
        self._seen = 0
        self._ended = False

    async def _next(self) -> bytes:
        try:
            return await asyncio.wait_for(self._stream.__anext__(), READ_TIMEOUT)
        except TimeoutError:
            raise PairingRefused("network", 408) from None

    async def _fill(self, want: int | None) -> None:
        """Read chunks into the buffer until it holds ``want`` bytes (None: until the body ends)."""
        while (want is None or len(self._buf) < want) and not self._ended:
            try:
                chunk = await self._next()
            except StopAsyncIteration:
                self._ended = True
                break
            self._seen += len(chunk)
            if self._seen > self._limit:
                raise PairingRefused("too-large", 413)
            self._buf += chunk

    async def take(self, n: int) -> bytes:
        await self._fill(n)
        if len(self._buf) < n:
            raise PairingRefused("damaged", 400)
        out = bytes(self._buf[:n])
        del self._buf[:n]
        return out

    async def rest(self) -> bytes:
        """Everything still to come (within the cap)."""
        await self._fill(None)
        out = bytes(self._buf)
        self._buf.clear()
        return out

    async def at_end(self) -> bool:
        if self._buf:
            return False
        try:
            chunk = await self._next()
        except StopAsyncIteration:
            return True
        self._buf += chunk
        return not chunk and await self.at_end()


async def _small_body(request: Request) -> bytes:
    """A claim's or an ending's body: a few dozen bytes. Reading stops past ``CLAIM_MAX`` (never buffered)."""
    return await _Body(request, CLAIM_MAX).rest()


def create_phone_app(main_app: Any, *, allowed_host: str) -> _HostCheck:
    """The phone's app; shares the vault holder, the pairings and the settings of ``main_app``."""
    holder: VaultHolder = main_app.state.holder
    book: PairingBook = main_app.state.pairings
    config = main_app.state.config
    features: dict[str, bool] = main_app.state.features

    def page(request: Request, status: int, state: str, pairing_id: str = "") -> HTMLResponse:
        _ = gettext_for(request_language(request))
        html = env.get_template("phone_upload.html").render(_=_, lang=request_language(request), state=state,
                                                            pairing_id=pairing_id, chunk=CHUNK)
        return HTMLResponse(html, status_code=status, headers=_headers())

    async def upload_page(request: Request) -> Response:
        pairing_id = request.path_params["pid"]
        try:
            pairing = book.lookup(pairing_id)
        except PairingRefused:
            return page(request, 404, "unknown")
        if pairing.claimed:
            return page(request, 409, "used")
        if pairing.expired:
            return page(request, 410, "expired")
        return page(request, 200, "ready", pairing.id)

    async def claim(request: Request) -> Response:
        try:
            body = await _small_body(request)
            sealed = book.claim(request.path_params["pid"], body)
        except PairingRefused as exc:
            return _refused(exc)
        return Response(sealed, media_type="application/octet-stream", headers=_headers())

    def _readiness(pairing: Any) -> str | None:
        if pairing.case_id is None:
            return "no-case"
        if not holder.unlocked:
            return "locked"
        return None

    async def state(request: Request) -> Response:
        try:
            pairing = book.session_of(request.path_params["pid"], request.headers.get(SESSION_HEADER))
        except PairingRefused as exc:
            return _refused(exc)
        waiting = _readiness(pairing)
        return JSONResponse({"ready": waiting is None, "waiting": waiting, "received": len(pairing.received),
                             "expires_in": round(pairing.expires_in)}, headers=_headers())

    async def upload(request: Request) -> Response:
        try:
            pairing = book.session_of(request.path_params["pid"], request.headers.get(SESSION_HEADER))
        except PairingRefused as exc:
            return _refused(exc)
        body = _Body(request, config.max_upload_bytes + 64 * 1024 + (config.max_upload_bytes // CHUNK + 2) * 64)
        try:
            (meta_len,) = struct.unpack(">I", await body.take(4))
            if not NONCE + TAG < meta_len <= META_MAX:
                raise PairingRefused("damaged", 400)
            sealed_meta = await body.take(meta_len)
            # The sequence number is inside the sealed record's additional data: try the expected one only.
            seq = pairing.next_seq
            meta = json.loads(open_sealed(pairing.key, sealed_meta, aad(pairing.id, Kind.META, seq)))
            name = safe_upload_name(str(meta.get("name", "")))
            size = int(meta.get("size", -1))
            if size <= 0:
                raise PairingRefused("empty", 400)
            if size > config.max_upload_bytes:
                raise PairingRefused("too-large", 413)
            book.begin_file(pairing, seq)
        except PairingRefused as exc:
            return _refused(exc)
        except (ValueError, TypeError):
            return _refused(PairingRefused("damaged", 400))
        done: Received | None = None
        try:
            done = await _receive_and_store(request, pairing, body, seq, name, size, meta)
        except PairingRefused as exc:
            return _refused(exc)
        except Locked:
            return _refused(PairingRefused("locked", 423))
        finally:
            book.end_file(pairing, done)
        receipt = {"seq": seq, "sha256": done.sha256, "problem": done.problem}
        sealed = seal(pairing.key, json.dumps(receipt).encode(), aad(pairing.id, Kind.RECEIPT, seq))
        return Response(sealed, media_type="application/octet-stream", headers=_headers())

    async def _receive_and_store(request: Request, pairing: Any, body: _Body, seq: int, name: str, size: int,
                                 meta: dict[str, Any]) -> Received:
        waiting = _readiness(pairing)
        if waiting is not None:
            raise PairingRefused(waiting, 423)
        digest = hashlib.sha256()
        # The file is received without holding the vault open: a phone that stalls on the Wi-Fi must never
        # keep the vault from locking, or make quick exit on the computer wait.
        folder = upload_folder(holder.path)
        try:
            staging = folder / "phone.sealed"
            aead = AESGCM(AESGCM.generate_key(bit_length=256))  # this file's staging key, memory only
            writer = _SealedWriter(staging, aead)
            count = max(1, -(-size // CHUNK))
            try:
                for index in range(count):
                    last = index == count - 1
                    plain_len = size - index * CHUNK if last else CHUNK
                    record = await body.take(NONCE + plain_len + TAG)
                    plain = open_sealed(pairing.key, record,
                                        aad(pairing.id, Kind.LAST if last else Kind.CHUNK, seq, index))
                    digest.update(plain)
                    writer.write(plain)
                if not await body.at_end():
                    raise PairingRefused("damaged", 400)
                writer.close()
            except BaseException:
                writer.abandon()
                raise
            upload = UploadedFile(name, size, _sealed=staging, _aead=aead, _file_id=writer.file_id)
            kind = "export" if meta.get("kind") == "export" else "files"
            with holder.use() as vault:  # Locked -> 423: the phone sends the file again after unlocking
                try:
                    case = await run_in_threadpool(vault.get_case, pairing.case_id)
                except StandfastError:
                    raise PairingRefused("no-case", 423) from None
                if case.status != "open":
                    raise PairingRefused("closed", 423)
                try:
                    problem = await run_in_threadpool(_store, vault, case.id, upload, kind=kind,
                                                      intimate=bool(meta.get("intimate")))
                except OSError:  # the staging file went away (the vault was reopened meanwhile)
                    raise PairingRefused("damaged", 400) from None
                except StandfastError as exc:
                    problem = str(exc)
        finally:
            remove_upload_folder(folder)
        return Received(name, size, digest.hexdigest(), problem)

    def _store(vault: Any, case_id: str, upload: UploadedFile, *, kind: str, intimate: bool) -> str | None:
        """Through the services, as a browser upload is; recorded as coming from the phone. None when stored."""
        if kind == "export" and features.get("ingest"):
            from standfast.services import imports as import_service

            # Read from the sealed upload as it is decrypted: no plaintext copy anywhere.
            import_service.import_export(vault, case_id, import_service.Upload(upload.name, upload.size, upload.open),
                                         origin=f"phone:{upload.name}")
            return None
        from standfast.services import evidence as evidence_service

        with upload.open() as fh:  # the policy decides: a minor's intimate image is hashed, never stored
            done = evidence_service.add_stream(vault, case_id, fh, name=upload.name, size=upload.size,
                                               source="phone", intimate=intimate,
                                               original_path=f"phone:{upload.name}", head=upload.head(4096))
        return done.problem

    async def finish(request: Request) -> Response:
        try:
            pairing = book.session_of(request.path_params["pid"], request.headers.get(SESSION_HEADER))
            book.finish(pairing, await _small_body(request))
        except PairingRefused as exc:
            return _refused(exc)
        return JSONResponse({"finished": True}, headers=_headers())

    async def static(request: Request) -> Response:
        name = request.path_params["path"]
        media = PHONE_FILES.get(name)
        if media is None:
            return Response(status_code=404, headers=_headers())
        return FileResponse(STATIC / name, media_type=media, headers=_headers({"cache-control": "no-cache"}))

    async def neutral(request: Request) -> Response:
        return HTMLResponse(EXIT_HTML, headers=_headers())

    async def not_found(request: Request, exc: Exception) -> Response:
        return Response(status_code=404, headers=_headers())

    app = Starlette(routes=[
        Route("/p/{pid:str}", upload_page, methods=["GET"]),
        Route("/p/{pid:str}/claim", claim, methods=["POST"]),
        Route("/p/{pid:str}/state", state, methods=["GET"]),
        Route("/p/{pid:str}/upload", upload, methods=["POST"]),
        Route("/p/{pid:str}/done", finish, methods=["POST"]),
        Route("/s/{path:path}", static, methods=["GET"]),
        Route("/exit", neutral, methods=["GET"]),
    ], exception_handlers={404: not_found, 405: not_found})
    return _HostCheck(app, allowed_host)


class _HostCheck:
    """Refuses any Host but the address in the QR code (DNS rebinding); nothing else is reachable."""

    def __init__(self, app: Starlette, allowed_host: str) -> None:
        self._inner = app
        self._host = allowed_host.lower()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()
            if host != self._host:
                response = Response(status_code=403, headers=_headers())
                await response(scope, receive, send)
                return
        await self._inner(scope, receive, send)


class PhoneListener:
    """Runs the phone's app on its own socket in a background thread (the computer's app keeps loopback)."""

    def __init__(self, main_app: Any, sock: Any, *, advertised: str) -> None:
        import uvicorn

        self.app = create_phone_app(main_app, allowed_host=advertised)
        self.sock = sock
        self.server = uvicorn.Server(uvicorn.Config(
            self.app, access_log=False, log_level="warning", server_header=False, date_header=False,
            proxy_headers=False, lifespan="off", timeout_graceful_shutdown=2,
            limit_concurrency=32))  # one phone; a flood from the network gets 503, not the machine
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True,
                                       name="standfast-phone")

    def start(self) -> PhoneListener:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and self.thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)
