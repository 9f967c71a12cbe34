"""Streaming multipart uploads: each file goes to a private temp file as it arrives, never into memory.

Starlette's own form parser spools big files to the system temp folder; this one writes them inside
the vault folder (removed at the vault's next open if the app crashes) and enforces a byte limit while
reading, so a huge or endless upload is cut off early. Plain fields are capped at 1 MB each.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from python_multipart import MultipartParser
from python_multipart.multipart import MultipartState, parse_options_header
from starlette.requests import Request

from standfast.errors import InputError

MAX_FIELD_BYTES = 1024 * 1024
MAX_FILES = 200


class TooLarge(InputError):
    """The upload is bigger than the configured limit."""


@dataclass
class UploadedFile:
    name: str
    path: Path
    size: int = 0


@dataclass
class ParsedUpload:
    fields: dict[str, str] = field(default_factory=dict)
    files: list[UploadedFile] = field(default_factory=list)

    def cleanup(self) -> None:
        for f in self.files:
            with contextlib.suppress(OSError):
                f.path.unlink()


UPLOAD_DIR = ".web-uploads"


def upload_folder(vault_root: Path) -> Path:
    """A fresh private folder for one request's files, inside the vault folder (same disk, not /tmp)."""
    base = vault_root / UPLOAD_DIR
    base.mkdir(mode=0o700, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="u-", dir=base))


def remove_upload_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def clean_stale_uploads(vault_root: Path) -> None:
    """Leftovers of a crash during an upload: plain bytes never stay beside the encrypted vault."""
    shutil.rmtree(vault_root / UPLOAD_DIR, ignore_errors=True)


def _open_unique(dest: Path, name: str) -> tuple[int, Path]:
    # Files keep their own names (importers recognise exports by name); clashes get " (2)" etc.
    stem, dot, ext = name.rpartition(".")
    if not stem:
        stem, dot, ext = ext, "", ""
    n = 1
    while True:
        candidate = dest / (name if n == 1 else f"{stem} ({n}){dot}{ext}")
        try:
            return os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600), candidate
        except FileExistsError:
            n += 1


def safe_upload_name(raw: str) -> str:
    """The last path part of a browser-given name, without control characters ('file' if empty)."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip().lstrip(".")
    return name[:200] or "file"


async def stream_multipart(request: Request, dest: Path, *, max_bytes: int) -> ParsedUpload:
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or b"boundary" not in params:
        raise InputError("The upload was not sent as a form with files.")
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise TooLarge(f"This upload is larger than the limit of {max_bytes // (1024 * 1024)} MB.")
    dest.mkdir(parents=True, exist_ok=True, mode=0o700)
    out = ParsedUpload()
    state: dict[str, object] = {"headers": {}, "field": b"", "value": bytearray(), "fh": None, "file": None}
    header_field = bytearray()
    header_value = bytearray()

    def on_part_begin() -> None:
        state["headers"], state["value"], state["fh"], state["file"] = {}, bytearray(), None, None

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_field.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        headers = state["headers"]
        assert isinstance(headers, dict)
        headers[bytes(header_field).lower()] = bytes(header_value)
        header_field.clear()
        header_value.clear()

    def on_headers_finished() -> None:
        headers = state["headers"]
        assert isinstance(headers, dict)
        _disp, options = parse_options_header(headers.get(b"content-disposition", b""))
        state["field"] = options.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" in options:
            filename = options[b"filename"].decode("utf-8", "replace")
            if not filename:  # an empty file input sends a part with an empty name: ignore it
                state["fh"] = None
                state["file"] = "skip"
                return
            if len(out.files) >= MAX_FILES:
                raise InputError(f"At most {MAX_FILES} files at once, please.")
            name = safe_upload_name(filename)
            fd, tmp = _open_unique(dest, name)
            upload = UploadedFile(name, tmp)
            out.files.append(upload)
            state["fh"] = os.fdopen(fd, "wb")
            state["file"] = upload

    def on_part_data(data: bytes, start: int, end: int) -> None:
        fh = state["fh"]
        if fh is not None:
            fh.write(data[start:end])  # type: ignore[attr-defined]
            state["file"].size += end - start  # type: ignore[union-attr]
        elif state["file"] is None:
            value = state["value"]
            assert isinstance(value, bytearray)
            if len(value) + end - start > MAX_FIELD_BYTES:
                raise InputError("A form field is too long.")
            value.extend(data[start:end])

    def on_part_end() -> None:
        fh = state["fh"]
        if fh is not None:
            fh.close()  # type: ignore[attr-defined]
        elif state["file"] is None:
            value = state["value"]
            assert isinstance(value, bytearray)
            out.fields[str(state["field"])] = value.decode("utf-8", "replace")
        state["fh"] = None

    parser = MultipartParser(params[b"boundary"], {
        "on_part_begin": on_part_begin, "on_part_data": on_part_data, "on_part_end": on_part_end,
        "on_header_field": on_header_field, "on_header_value": on_header_value,
        "on_header_end": on_header_end, "on_headers_finished": on_headers_finished,
    })
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > max_bytes:
                raise TooLarge(f"This upload is larger than the limit of {max_bytes // (1024 * 1024)} MB.")
            parser.write(chunk)
        parser.finalize()
    except BaseException as exc:
        fh = state["fh"]
        if fh is not None:
            fh.close()  # type: ignore[attr-defined]
        out.cleanup()
        if isinstance(exc, InputError):
            raise
        if isinstance(exc, Exception) and type(exc).__module__.startswith("python_multipart"):
            raise InputError("The upload was cut off or damaged. Nothing was added; please try again.") from None
        raise
    if state["fh"] is not None or parser.state != MultipartState.END:  # the body ended early: truncated
        if state["fh"] is not None:
            state["fh"].close()  # type: ignore[attr-defined]
        out.cleanup()
        raise InputError("The upload was cut off or damaged. Nothing was added; please try again.")
    return out
