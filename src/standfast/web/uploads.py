"""Streaming multipart uploads, never plaintext on disk: each file is encrypted chunk by chunk as it arrives.

Starlette's own form parser spools files over 1 MB to the system temp folder in clear; this parser
(python-multipart's streaming ``MultipartParser``) never lets a file's bytes rest unencrypted anywhere:

* ``stream_multipart`` seals each file into a staging file inside the vault folder (``.web-uploads``):
  AES-256-GCM in 1 MiB chunks under a random key that exists only in this process's memory. A crash
  leaves ciphertext nobody can read (the key died with the process); the next open removes it.
* ``read_multipart_in_memory`` keeps the files in memory (for "Is this real?", which reads one
  message or screenshot and may run with the vault locked).

A file is read back with ``UploadedFile.open()`` (a seekable, decrypting reader), ``read_bytes()`` or
``head()``; the chat importers read an upload through that reader too (``ingest.archive.Upload``),
so no plaintext copy of it is made anywhere, not even in RAM-backed ``/dev/shm``. The staging path is
never written to the custody log. Plain fields are
capped at 1 MB each, and a byte limit is enforced while reading, so a huge upload is cut off early.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import shutil
import struct
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from python_multipart import MultipartParser
from python_multipart.multipart import MultipartState, parse_options_header
from starlette.requests import Request

from standfast.errors import InputError, IntegrityError

if TYPE_CHECKING:
    from python_multipart.multipart import MultipartCallbacks

MAX_FIELD_BYTES = 1024 * 1024
MAX_FILES = 200
UPLOAD_DIR = ".web-uploads"
CHUNK = 1 << 20
NONCE = 12
TAG = 16
RECORD = NONCE + CHUNK + TAG
#: Where older versions put plaintext copies for the importers; leftovers of a killed run are still swept.
MEMORY_FS = Path("/dev/shm")
MEMORY_PREFIX = "standfast-upload-"


class TooLarge(InputError):
    """The upload is bigger than the configured limit."""


def _ad(file_id: bytes, index: int, last: bool) -> bytes:
    # Each chunk is bound to its file and place, and the last one says so: no reordering or truncation.
    return file_id + struct.pack(">QB", index, 1 if last else 0)


class _SealedWriter:
    """Encrypts what it is given into ``path`` in 1 MiB records; holds back one chunk to mark the last."""

    def __init__(self, path: Path, aead: AESGCM) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        self._fh = os.fdopen(fd, "wb")
        self._aead = aead
        self.file_id = secrets.token_bytes(16)
        self._pending = bytearray()
        self._index = 0

    def write(self, data: bytes | memoryview) -> None:
        self._pending += data
        while len(self._pending) > CHUNK:  # strictly more: the final chunk is sealed by close()
            self._seal(bytes(self._pending[:CHUNK]), last=False)
            del self._pending[:CHUNK]

    def _seal(self, chunk: bytes, *, last: bool) -> None:
        nonce = secrets.token_bytes(NONCE)
        self._fh.write(nonce + self._aead.encrypt(nonce, chunk, _ad(self.file_id, self._index, last)))
        self._index += 1

    def close(self) -> None:
        if self._fh.closed:
            return
        try:
            self._seal(bytes(self._pending), last=True)
            self._pending.clear()
        finally:
            self._fh.close()

    def abandon(self) -> None:
        self._pending.clear()
        self._fh.close()


class _SealedReader(io.RawIOBase):
    """Seekable plaintext view of a sealed staging file (zip readers jump around)."""

    def __init__(self, path: Path, aead: AESGCM, file_id: bytes, size: int) -> None:
        self._fh = open(path, "rb")  # noqa: SIM115 - closed in close()
        self._aead, self._file_id, self._size = aead, file_id, size
        self._count = max(1, -(-size // CHUNK))
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def _chunk(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        self._fh.seek(index * RECORD)
        record = self._fh.read(RECORD)
        last = index == self._count - 1
        try:
            plain = self._aead.decrypt(record[:NONCE], record[NONCE:], _ad(self._file_id, index, last))
        except (InvalidTag, ValueError):
            raise IntegrityError("An uploaded file changed while it waited to be stored; nothing was added.") from None
        self._cached = (index, plain)
        return plain

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._pos >= self._size or not len(b):
            return 0
        index, offset = divmod(self._pos, CHUNK)
        chunk = self._chunk(index)
        n = min(len(b), len(chunk) - offset)
        b[:n] = chunk[offset:offset + n]
        self._pos += n
        return n

    def close(self) -> None:
        if not self.closed:
            self._fh.close()
        super().close()


@dataclass
class UploadedFile:
    """One uploaded file: its browser-given name (made safe), its size, and a way to read it back."""

    name: str
    size: int = 0
    _sealed: Path | None = field(default=None, repr=False)
    _aead: AESGCM | None = field(default=None, repr=False)
    _file_id: bytes = field(default=b"", repr=False)
    _data: bytearray | None = field(default=None, repr=False)

    def open(self) -> BinaryIO:
        """The plaintext as a seekable binary stream (decrypted chunk by chunk, in memory)."""
        if self._data is not None:
            return io.BytesIO(bytes(self._data))
        if self._sealed is None or self._aead is None:
            raise InputError("This upload is no longer available; please send it again.")
        raw = _SealedReader(self._sealed, self._aead, self._file_id, self.size)
        return io.BufferedReader(raw, buffer_size=CHUNK)

    def read_bytes(self) -> bytes:
        if self._data is not None:
            return bytes(self._data)
        with self.open() as fh:
            return fh.read()

    def head(self, n: int = 32) -> bytes:
        if self._data is not None:
            return bytes(self._data[:n])
        with self.open() as fh:
            return fh.read(n)

    def discard(self) -> None:
        if self._sealed is not None:
            self._sealed.unlink(missing_ok=True)
            self._sealed = None
        self._data = None


@dataclass
class ParsedUpload:
    fields: dict[str, str] = field(default_factory=dict)
    files: list[UploadedFile] = field(default_factory=list)

    def cleanup(self) -> None:
        for f in self.files:
            with contextlib.suppress(OSError):
                f.discard()


def upload_folder(vault_root: Path) -> Path:
    """A fresh private folder for one request's files, inside the vault folder (same disk, not /tmp)."""
    base = vault_root / UPLOAD_DIR
    base.mkdir(mode=0o700, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="u-", dir=base))


def remove_upload_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def clean_stale_uploads(vault_root: Path) -> None:
    """Leftovers of a crash: staging files (unreadable: their key is gone), copies in /dev/shm and work
    folders whose process has ended, and partial exports (see ``vault.fsutil``)."""
    from standfast.vault.fsutil import pid_alive, sweep_partials, sweep_workdirs

    shutil.rmtree(vault_root / UPLOAD_DIR, ignore_errors=True)
    sweep_workdirs(vault_root)
    with contextlib.suppress(OSError):
        for leftover in MEMORY_FS.glob(f"{MEMORY_PREFIX}*"):
            pid = leftover.name[len(MEMORY_PREFIX):].split("-", 1)[0]
            if pid.isdigit() and not pid_alive(int(pid)):
                shutil.rmtree(leftover, ignore_errors=True)
    sweep_partials()


def safe_upload_name(raw: str) -> str:
    """The last path part of a browser-given name, without control characters ('file' if empty)."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip().lstrip(".")
    return name[:200] or "file"


async def read_multipart_in_memory(request: Request, *, max_bytes: int) -> ParsedUpload:
    """Like ``stream_multipart``, but the files stay in memory (bounded by ``max_bytes``): nothing on disk."""
    return await stream_multipart(request, None, max_bytes=max_bytes)


async def stream_multipart(request: Request, dest: Path | None, *, max_bytes: int) -> ParsedUpload:
    """Parse a multipart form as it arrives: files sealed into ``dest`` (in memory when ``dest`` is None)."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or b"boundary" not in params:
        raise InputError("The upload was not sent as a form with files.")
    length = request.headers.get("content-length")
    limit_message = f"This upload is larger than the limit of {max_bytes // (1024 * 1024)} MB."
    if length and length.isdigit() and int(length) > max_bytes:
        raise TooLarge(limit_message)
    if dest is not None:
        dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    aead = AESGCM(AESGCM.generate_key(bit_length=256))  # this request's key: never stored anywhere
    out = ParsedUpload()
    builder = _PartBuilder(out, dest, aead)
    parser = MultipartParser(params[b"boundary"], builder.callbacks())
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > max_bytes:
                raise TooLarge(limit_message)
            parser.write(chunk)
        parser.finalize()
    except BaseException as exc:
        builder.abandon()
        out.cleanup()
        if isinstance(exc, InputError):
            raise
        if isinstance(exc, Exception) and type(exc).__module__.startswith("python_multipart"):
            raise InputError("The upload was cut off or damaged. Nothing was added; please try again.") from None
        raise
    if builder.writing or parser.state != MultipartState.END:  # the body ended early: truncated
        builder.abandon()
        out.cleanup()
        raise InputError("The upload was cut off or damaged. Nothing was added; please try again.")
    return out


class _PartBuilder:
    """The parser's callbacks: collects plain fields, and seals (or keeps in memory) each file part."""

    def __init__(self, out: ParsedUpload, dest: Path | None, aead: AESGCM) -> None:
        self.out, self.dest, self.aead = out, dest, aead
        self.headers: dict[bytes, bytes] = {}
        self.header_field = bytearray()
        self.header_value = bytearray()
        self.field_name = ""
        self.value = bytearray()
        self.file: UploadedFile | None = None
        self.writer: _SealedWriter | None = None
        self.skip = False

    @property
    def writing(self) -> bool:
        return self.file is not None

    def callbacks(self) -> MultipartCallbacks:
        return {
            "on_part_begin": self.on_part_begin, "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end, "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value, "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
        }

    def on_part_begin(self) -> None:
        self.headers, self.value, self.file, self.writer, self.skip = {}, bytearray(), None, None, False

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_field.extend(data[start:end])

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value.extend(data[start:end])

    def on_header_end(self) -> None:
        self.headers[bytes(self.header_field).lower()] = bytes(self.header_value)
        self.header_field.clear()
        self.header_value.clear()

    def on_headers_finished(self) -> None:
        _disp, options = parse_options_header(self.headers.get(b"content-disposition", b""))
        self.field_name = options.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" not in options:
            return
        filename = options[b"filename"].decode("utf-8", "replace")
        if not filename:  # an empty file input sends a part with an empty name: ignore it
            self.skip = True
            return
        if len(self.out.files) >= MAX_FILES:
            raise InputError(f"At most {MAX_FILES} files at once, please.")
        upload = UploadedFile(safe_upload_name(filename))
        if self.dest is None:
            upload._data = bytearray()
        else:
            staging = self.dest / f"{secrets.token_hex(16)}.sealed"  # a random name: nothing of the file's
            self.writer = _SealedWriter(staging, self.aead)
            upload._sealed, upload._aead, upload._file_id = staging, self.aead, self.writer.file_id
        self.out.files.append(upload)
        self.file = upload

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self.file is not None:
            piece = memoryview(data)[start:end]
            if self.writer is not None:
                self.writer.write(piece)
            elif self.file._data is not None:
                self.file._data += piece
            self.file.size += end - start
        elif not self.skip:
            if len(self.value) + end - start > MAX_FIELD_BYTES:
                raise InputError("A form field is too long.")
            self.value.extend(data[start:end])

    def on_part_end(self) -> None:
        if self.writer is not None:
            self.writer.close()
        elif self.file is None and not self.skip:
            self.out.fields[self.field_name] = self.value.decode("utf-8", "replace")
        self.file, self.writer, self.skip = None, None, False

    def abandon(self) -> None:
        if self.writer is not None:
            self.writer.abandon()
