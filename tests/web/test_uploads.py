"""The streaming upload parser: files are sealed as they arrive, read back exactly, and tampering is caught."""

from __future__ import annotations

import asyncio
import io
import os
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.requests import Request

from standfast.errors import InputError, IntegrityError
from standfast.web.uploads import CHUNK, ParsedUpload, read_multipart_in_memory, stream_multipart

PLANTED = b"Quokkaberg-KESTREL4471"
BOUNDARY = "sfupload"


def _body(fields: dict[str, str], files: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    for k, v in fields.items():
        out.write(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    for name, data in files:
        out.write(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                  "Content-Type: application/octet-stream\r\n\r\n".encode())
        out.write(data + b"\r\n")
    out.write(f"--{BOUNDARY}--\r\n".encode())
    return out.getvalue()


def _request(body: bytes, piece: int = 65536) -> Request:
    chunks: Iterator[bytes] = (body[i:i + piece] for i in range(0, len(body), piece))
    pending = list(chunks)

    async def receive() -> dict[str, object]:
        if pending:
            data = pending.pop(0)
            return {"type": "http.request", "body": data, "more_body": bool(pending)}
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {"type": "http", "method": "POST", "path": "/", "query_string": b"",
             "headers": [(b"content-type", f"multipart/form-data; boundary={BOUNDARY}".encode())]}
    return Request(scope, receive)  # type: ignore[arg-type]


def _parse(body: bytes, dest: Path | None, *, max_bytes: int = 1 << 30, piece: int = 65536) -> ParsedUpload:
    async def parse() -> ParsedUpload:
        if dest is None:
            return await read_multipart_in_memory(_request(body, piece), max_bytes=max_bytes)
        return await stream_multipart(_request(body, piece), dest, max_bytes=max_bytes)

    # A thread of its own: browser tests earlier in the session may leave an event loop in this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, parse()).result()


def _big(n: int) -> bytes:
    # Random bytes with the planted string inside every chunk, so any clear chunk on disk would show it.
    parts = []
    while sum(map(len, parts)) < n:
        parts.append(os.urandom(100_000) + PLANTED)
    return b"".join(parts)[:n]


def test_files_are_sealed_on_disk_and_read_back_exactly(tmp_path: Path) -> None:
    big = _big(2 * CHUNK + 12345)
    exact = _big(CHUNK)  # a file of exactly one chunk: the last chunk is full
    parsed = _parse(_body({"csrf": "t", "kind": "files"}, [("photo.png", big), ("one.bin", exact),
                                                           ("empty.txt", b"")]), tmp_path)
    assert parsed.fields == {"csrf": "t", "kind": "files"}
    assert [(f.name, f.size) for f in parsed.files] == [("photo.png", len(big)), ("one.bin", CHUNK),
                                                         ("empty.txt", 0)]
    on_disk = list(tmp_path.iterdir())
    assert len(on_disk) == 3
    for path in on_disk:
        data = path.read_bytes()
        assert PLANTED not in data and b"photo" not in path.name.encode()
        assert path.stat().st_mode & 0o077 == 0
    assert parsed.files[0].read_bytes() == big
    assert parsed.files[1].read_bytes() == exact
    assert parsed.files[2].read_bytes() == b""
    assert parsed.files[0].head(8) == big[:8]
    with parsed.files[0].open() as fh:  # seekable: zip readers jump to the end first
        fh.seek(CHUNK + 5)
        assert fh.read(10) == big[CHUNK + 5:CHUNK + 15]
        fh.seek(-7, io.SEEK_END)
        assert fh.read() == big[-7:]
    parsed.cleanup()
    assert list(tmp_path.iterdir()) == []


def test_a_zip_can_be_read_straight_from_the_sealed_upload(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("chat.txt", "hello " * 1000)
        zf.writestr("media.bin", _big(CHUNK + 10))
    parsed = _parse(_body({}, [("export.zip", buf.getvalue())]), tmp_path)
    with parsed.files[0].open() as fh, zipfile.ZipFile(fh) as zf:
        assert zf.read("chat.txt") == b"hello " * 1000
        assert zf.testzip() is None


def test_tampered_staging_file_is_refused(tmp_path: Path) -> None:
    parsed = _parse(_body({}, [("a.bin", _big(CHUNK + 100))]), tmp_path)
    staging = next(tmp_path.iterdir())
    raw = bytearray(staging.read_bytes())
    raw[40] ^= 1
    staging.write_bytes(bytes(raw))
    with pytest.raises(IntegrityError):
        parsed.files[0].read_bytes()
    staging.write_bytes(bytes(raw[: CHUNK // 2]))  # truncated
    with pytest.raises(IntegrityError):
        parsed.files[0].read_bytes()


def test_in_memory_parse_writes_nothing(tmp_path: Path) -> None:
    data = _big(3 * CHUNK)
    parsed = _parse(_body({"text": "hi"}, [("shot.png", data)]), None)
    assert parsed.files[0].read_bytes() == data and parsed.fields["text"] == "hi"
    assert list(tmp_path.iterdir()) == []


def test_truncated_and_oversized_uploads_leave_nothing(tmp_path: Path) -> None:
    body = _body({}, [("a.bin", _big(CHUNK * 2))])
    with pytest.raises(InputError):
        _parse(body[: len(body) // 2], tmp_path)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(InputError):
        _parse(body, tmp_path, max_bytes=CHUNK)
    assert list(tmp_path.iterdir()) == []


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=5000), piece=st.integers(min_value=1, max_value=700))
def test_any_bytes_in_any_pieces_round_trip(tmp_path_factory: pytest.TempPathFactory, data: bytes,
                                            piece: int) -> None:
    dest = tmp_path_factory.mktemp("u")
    parsed = _parse(_body({"f": "v"}, [("x.bin", data)]), dest, piece=piece)
    assert parsed.files[0].read_bytes() == data
    assert parsed.fields == {"f": "v"}
    parsed.cleanup()


def test_web_start_removes_partial_exports_of_a_killed_run(tmp_path: Path) -> None:
    import subprocess
    import sys

    from fastapi.testclient import TestClient

    from standfast.vault.fsutil import PARTIAL_PREFIX, _partials_dir
    from standfast.web.app import create_app
    from standfast.web.config import WebConfig

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    dest = tmp_path / "usb"
    dest.mkdir()
    partial = dest / f"{PARTIAL_PREFIX}{proc.pid}-0123456789ab"
    partial.write_bytes(PLANTED)
    _partials_dir().mkdir(parents=True, exist_ok=True)
    (_partials_dir() / partial.name).write_text(f"{proc.pid}\n\n{partial}\n", encoding="utf-8")
    config = WebConfig(vault_path=tmp_path / "vault", allowed_hosts=("testserver",))
    with TestClient(create_app(config), base_url="http://127.0.0.1"):
        assert not partial.exists()
