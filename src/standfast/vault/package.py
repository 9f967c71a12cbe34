"""Writing and reading a verifiable package (a folder or a zip) with a ``SHA256SUMS`` file.

Used by the vault export and the evidence package of the reports. Files are streamed (constant
memory) and hashed as they are written; ``SHA256SUMS`` is in the format ``sha256sum -c`` reads.
Reading guards against hostile zips: path traversal, absolute paths, symlinks, and sizes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import stat
import unicodedata
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from standfast.errors import InputError, UsageError
from standfast.vault.fsutil import begin_partial, end_partial, fsync_dir

_CHUNK = 1 << 20
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
MAX_MEMBER_BYTES = 64 << 30
MAX_TEXT_MEMBER_BYTES = 512 << 20


def safe_filename(name: str, fallback: str = "file") -> str:
    """A file name safe on every common file system, keeping the visible name as far as possible."""
    name = unicodedata.normalize("NFC", name)
    name = _UNSAFE.sub("_", name).strip(" .")
    if name.upper().split(".")[0] in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                                       *(f"LPT{i}" for i in range(10))}:
        name = "_" + name
    encoded = name.encode("utf-8")
    if len(encoded) > 200:
        _stem, dot, ext = name.rpartition(".")
        ext = ext if dot and len(ext) <= 12 else ""
        name = encoded[: 200 - len(ext) - 1].decode("utf-8", "ignore") + ("." + ext if ext else "")
    return name or fallback


class UniqueNames:
    """Gives ``name``, ``name (2)``, ``name (3)`` … within one folder, case-insensitively."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def take(self, folder: str, name: str) -> str:
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem:
            stem, ext, dot = name, "", ""
        candidate, n = name, 1
        while f"{folder}/{candidate}".lower() in self._used:
            n += 1
            candidate = f"{stem} ({n}){dot}{ext}"
        self._used.add(f"{folder}/{candidate}".lower())
        return f"{folder}/{candidate}" if folder else candidate


class PackageWriter:
    """Writes files into ``target`` (a ``.zip`` or a folder) atomically: all or nothing."""

    def __init__(self, target: Path, *, password: str | None = None) -> None:
        self.target = target
        self.is_zip = target.suffix.lower() == ".zip"
        if target.exists():
            raise UsageError(f"{target} already exists; choose a new name so nothing is overwritten.")
        if not target.parent.is_dir():
            raise UsageError(f"The folder {target.parent} does not exist.")
        if password is not None and not self.is_zip:
            raise UsageError("A password can only protect a .zip package.")
        # A private (0600 / 0700) hidden partial, removed by the next start if this process is killed.
        self._partial = begin_partial(target, create_file=self.is_zip)
        self.sums: dict[str, str] = {}
        self._zip: zipfile.ZipFile | None = None
        if self.is_zip:
            if password is not None:
                import pyzipper

                self._zip = pyzipper.AESZipFile(self._partial, "w", compression=zipfile.ZIP_DEFLATED,
                                                encryption=pyzipper.WZ_AES)
                self._zip.setpassword(password.encode("utf-8"))
            else:
                self._zip = zipfile.ZipFile(self._partial, "w", allowZip64=True)
        else:
            self._partial.mkdir(mode=0o700)

    def add_stream(self, arcname: str, src: BinaryIO, *, mtime: datetime | None = None,
                   compress: bool = False) -> str:
        sha = hashlib.sha256()
        if self._zip is not None:
            # pyzipper's AES writer needs its own ZipInfo class (the stdlib one has no AES fields).
            info_cls = getattr(self._zip, "zipinfo_cls", zipfile.ZipInfo)
            info = info_cls(arcname, date_time=_zip_time(mtime))
            info.compress_type = zipfile.ZIP_DEFLATED if compress or self._encrypted else zipfile.ZIP_STORED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            if self._encrypted:
                # pyzipper encrypts whole members; evidence files are read into memory chunk-wise here.
                data = bytearray()
                while chunk := src.read(_CHUNK):
                    sha.update(chunk)
                    data.extend(chunk)
                self._zip.writestr(info, bytes(data))
            else:
                with self._zip.open(info, "w", force_zip64=True) as out:
                    while chunk := src.read(_CHUNK):
                        sha.update(chunk)
                        out.write(chunk)
        else:
            dest = self._partial / arcname
            dest.parent.mkdir(parents=True, exist_ok=True)
            with open(dest, "wb") as out:
                while chunk := src.read(_CHUNK):
                    sha.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if mtime is not None:
                ts = mtime.timestamp()
                os.utime(dest, (ts, ts))
        digest = sha.hexdigest()
        self.sums[arcname] = digest
        return digest

    @property
    def _encrypted(self) -> bool:
        return self._zip is not None and type(self._zip).__name__ == "AESZipFile"

    def add_bytes(self, arcname: str, data: bytes, *, compress: bool = True) -> str:
        import io

        return self.add_stream(arcname, io.BytesIO(data), compress=compress)

    def finish(self) -> Path:
        lines = "".join(f"{digest}  {name}\n" for name, digest in sorted(self.sums.items()))
        self.add_bytes("SHA256SUMS", lines.encode("utf-8"))
        if self._zip is not None:
            self._zip.close()
            with open(self._partial, "rb") as fh:
                os.fsync(fh.fileno())
        os.replace(self._partial, self.target)
        fsync_dir(self.target.parent)
        end_partial(self._partial)
        return self.target

    def abort(self) -> None:
        if self._zip is not None:
            with contextlib.suppress(Exception):
                self._zip.close()
        if self._partial.is_dir():
            shutil.rmtree(self._partial, ignore_errors=True)
        else:
            self._partial.unlink(missing_ok=True)
        end_partial(self._partial)


def _zip_time(mtime: datetime | None) -> tuple[int, int, int, int, int, int]:
    if mtime is None or mtime.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    return (mtime.year, mtime.month, mtime.day, mtime.hour, mtime.minute, mtime.second)


class PackageReader:
    """Reads a package folder or zip, refusing unsafe member names and oversized members."""

    def __init__(self, source: Path, *, password: str | None = None) -> None:
        self.source = source
        self._zip: zipfile.ZipFile | None = None
        if source.is_dir():
            return
        try:
            if password is not None:
                import pyzipper

                self._zip = pyzipper.AESZipFile(source)
                self._zip.setpassword(password.encode("utf-8"))
            else:
                self._zip = zipfile.ZipFile(source)
        except FileNotFoundError:
            raise InputError(f"{source} does not exist.") from None
        except (zipfile.BadZipFile, OSError, ValueError):
            raise InputError(f"{source} is not a readable zip or folder (truncated or damaged).") from None
        for info in self._zip.infolist():
            check_member_name(info.filename)
            if (info.external_attr >> 16) & 0o170000 == stat.S_IFLNK:
                raise InputError(f"The package holds a symbolic link ({info.filename!r}); refusing to read it.")
            if info.file_size > MAX_MEMBER_BYTES:
                raise InputError(f"A member of the package is too large ({info.filename!r}).")

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def names(self) -> list[str]:
        if self._zip is not None:
            return [i.filename for i in self._zip.infolist() if not i.is_dir()]
        out = []
        for p in sorted(self.source.rglob("*")):
            if p.is_symlink():
                raise InputError(f"The package holds a symbolic link ({p}); refusing to read it.")
            if p.is_file():
                out.append(p.relative_to(self.source).as_posix())
        return out

    def open(self, name: str) -> BinaryIO:
        check_member_name(name)
        try:
            if self._zip is not None:
                return self._zip.open(name)  # type: ignore[return-value]
            return open(self.source / name, "rb")
        except (KeyError, FileNotFoundError):
            raise InputError(f"The package has no file {name!r}.") from None
        except RuntimeError as exc:  # encrypted member without a password
            raise InputError(f"Cannot read {name!r}: {exc}.") from None

    def read_text(self, name: str) -> str:
        with self.open(name) as fh:
            data = fh.read(MAX_TEXT_MEMBER_BYTES + 1)
        if len(data) > MAX_TEXT_MEMBER_BYTES:
            raise InputError(f"{name} is too large to be a package index.")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{name} is not UTF-8 text.") from None

    def sha256(self, name: str) -> tuple[str, str, int]:
        sha, md5, size = hashlib.sha256(), hashlib.md5(), 0
        try:
            with self.open(name) as fh:
                while chunk := fh.read(_CHUNK):
                    sha.update(chunk)
                    md5.update(chunk)
                    size += len(chunk)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise InputError(f"Cannot read {name!r} from the package: {exc}.") from None
        return sha.hexdigest(), md5.hexdigest(), size


def check_member_name(name: str) -> None:
    path = PurePosixPath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or path.is_absolute() or re.match(r"^[A-Za-z]:", name) or ".." in path.parts:
        raise InputError(f"The package holds an unsafe path ({name!r}); refusing to read it.")


def parse_sha256sums(text: str) -> Iterator[tuple[str, str]]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line)
        if not m:
            raise InputError(f"SHA256SUMS line {n} is not in `sha256sum` format.")
        yield m.group(1), m.group(2)
