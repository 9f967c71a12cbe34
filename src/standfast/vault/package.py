"""Writing and reading a verifiable package (a folder or a zip) with a ``SHA256SUMS`` file.

Used by the vault export and the evidence package of the reports. Files are streamed (constant
memory) and hashed as they are written; ``SHA256SUMS`` is in the format ``sha256sum -c`` reads.
Reading guards against hostile zips: path traversal, absolute paths, symlinks, and sizes.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import shutil
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Protocol

from standfast.errors import InputError, UsageError
from standfast.vault.fsutil import begin_partial, end_partial, fsync_dir

_CHUNK = 1 << 20
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
MAX_MEMBER_BYTES = 64 << 30
MAX_TEXT_MEMBER_BYTES = 512 << 20
MAX_RATIO = 1100  # deflate cannot shrink real data more than ~1032:1


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


class ByteSource(Protocol):
    """Anything ``add_stream`` can copy from: a binary file, or a wrapper that counts what it reads."""

    def read(self, size: int = -1, /) -> bytes: ...


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

    def add_stream(self, arcname: str, src: ByteSource, *, mtime: datetime | None = None,
                   compress: bool = False, listed: bool = True) -> str:
        """Write one file; ``listed=False`` keeps it out of SHA256SUMS (the signature files)."""
        sha = hashlib.sha256()
        if self._zip is not None:
            # pyzipper's AES writer needs its own ZipInfo class (the stdlib one has no AES fields).
            info_cls = getattr(self._zip, "zipinfo_cls", zipfile.ZipInfo)
            info = info_cls(arcname, date_time=_zip_time(mtime))
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
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
        if listed:
            self.sums[arcname] = digest
        return digest

    @property
    def encrypted(self) -> bool:
        return self._zip is not None and type(self._zip).__name__ == "AESZipFile"

    def add_bytes(self, arcname: str, data: bytes, *, compress: bool = True, listed: bool = True) -> str:
        return self.add_stream(arcname, io.BytesIO(data), compress=compress, listed=listed)

    def finish(self, signer: Callable[[dict[str, str]], dict[str, bytes]] | None = None) -> Path:
        """Write SHA256SUMS, then the files ``signer`` makes from every file's SHA-256, then publish."""
        lines = "".join(f"{digest}  {name}\n" for name, digest in sorted(self.sums.items()))
        self.add_bytes("SHA256SUMS", lines.encode("utf-8"))
        if signer is not None:
            for name, data in signer(dict(self.sums)).items():
                self.add_bytes(name, data, listed=False)
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


@dataclass(frozen=True)
class Hazard:
    """Something about the package's container that is wrong or hostile (its files are not opened)."""

    kind: str
    where: str
    detail: str


class PackageReader:
    """Reads a package folder or zip without trusting it.

    Unsafe members (path traversal, absolute paths, symbolic links, oversized or bomb-like
    members) are listed in :attr:`hazards` and never opened; duplicate and look-alike names and
    bytes that belong to no file are reported there too. Only a source that cannot be read at
    all (missing, not a zip, truncated, wrong passphrase) raises :class:`InputError`.
    """

    def __init__(self, source: Path, *, password: str | None = None) -> None:
        self.source = source
        self.hazards: list[Hazard] = []
        self._zip: zipfile.ZipFile | None = None
        self._names: list[str] = []
        self._unsafe: set[str] = set()
        self.encrypted = False
        if source.is_symlink():
            raise InputError(f"{source} is a symbolic link; give the export itself.")
        if source.is_dir():
            self._scan_folder()
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
        except IsADirectoryError:
            raise InputError(f"{source} cannot be read.") from None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise InputError(f"{source} is not a readable zip or folder (truncated, damaged, or another kind "
                             "of file).") from None
        try:
            self._scan_zip()
        except (OSError, ValueError, EOFError, struct.error):
            self.close()
            raise InputError(f"{source} is damaged: its zip directory cannot be read.") from None
        if self.encrypted and password is not None:
            self._try_password()

    def _try_password(self) -> None:
        """A wrong passphrase is one plain error, found before anything is checked."""
        assert self._zip is not None
        for info in self._zip.infolist():
            if info.flag_bits & 0x1 and info.filename in self._names and info.filename not in self._unsafe:
                try:
                    with self._zip.open(info) as fh:
                        fh.read(1)
                except RuntimeError as exc:
                    self.close()
                    raise _password_error(self.source, exc) from None
                except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, NotImplementedError):
                    pass  # a damaged member is reported when it is checked
                return

    # -- listing -------------------------------------------------------------------------------
    def _scan_folder(self) -> None:
        for p in sorted(self.source.rglob("*")):
            rel = p.relative_to(self.source).as_posix()
            if p.is_symlink():
                self.hazards.append(Hazard("symlink", rel, "a symbolic link; it was not followed"))
                self._unsafe.add(rel)
            elif p.is_file():
                self._names.append(rel)
            elif not p.is_dir():
                self.hazards.append(Hazard("planted", rel, "a special file (not a regular file)"))
        self._check_lookalikes()

    def _scan_zip(self) -> None:
        assert self._zip is not None
        seen: set[str] = set()
        for info in self._zip.infolist():
            name = info.filename
            if info.flag_bits & 0x1:
                self.encrypted = True
            unsafe = _unsafe_reason(name)
            if unsafe:
                self.hazards.append(Hazard("unsafe_name", name, unsafe))
                self._unsafe.add(name)
                continue
            if info.is_dir():
                continue
            if name in seen:
                self.hazards.append(Hazard("duplicate", name, "the zip holds two files under this name; "
                                                              "unpacking keeps only one of them"))
                self._unsafe.add(name)
                continue
            seen.add(name)
            self._names.append(name)
            if (info.external_attr >> 16) & 0o170000 == stat.S_IFLNK:
                self.hazards.append(Hazard("symlink", name, "a symbolic link; it was not followed"))
                self._unsafe.add(name)
            elif info.file_size > MAX_MEMBER_BYTES:
                self.hazards.append(Hazard("bomb", name, "declares an impossible size; it was not unpacked"))
                self._unsafe.add(name)
            elif info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                self.hazards.append(Hazard("bomb", name, "compressed more than any real file can be (a zip "
                                                          "bomb); it was not unpacked"))
                self._unsafe.add(name)
        self._check_lookalikes()
        self._check_layout()

    def _check_lookalikes(self) -> None:
        groups: dict[str, list[str]] = {}
        for name in self._names:
            groups.setdefault(unicodedata.normalize("NFC", name).casefold(), []).append(name)
        for names in groups.values():
            if len(names) > 1:
                for name in names:
                    self.hazards.append(Hazard("lookalike", name, "looks the same as another name in the package "
                                                                  f"({len(names)} such names)"))

    def _check_layout(self) -> None:
        """Every byte of the zip belongs to a file, the directory or the end record, once."""
        assert self._zip is not None
        with open(self.source, "rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            spans: list[tuple[int, int, str]] = []
            for info in self._zip.infolist():
                fh.seek(info.header_offset)
                head = fh.read(30)
                if len(head) < 30 or head[:4] != b"PK\x03\x04":
                    self.hazards.append(Hazard("container", info.filename, "its local header is missing"))
                    self._unsafe.add(info.filename)
                    continue
                name_len, extra_len = struct.unpack("<HH", head[26:30])
                end = info.header_offset + 30 + name_len + extra_len + info.compress_size
                if info.flag_bits & 0x8:  # a data descriptor follows (zips written to a stream)
                    fh.seek(end)
                    sig = fh.read(4)
                    end += (4 if sig == b"PK\x07\x08" else 0) + (20 if info.file_size >= 0xFFFFFFFF else 12)
                spans.append((info.header_offset, end, info.filename))
            fh.seek(max(0, size - 22))
            eocd = fh.read(22)
        if len(eocd) < 22 or eocd[:4] != b"PK\x05\x06" or eocd[20:22] != b"\x00\x00":
            self.hazards.append(Hazard("extra_data", "end of the zip", "bytes were added after the zip's end "
                                                                       "record, or it carries a comment"))
            return
        spans.sort()
        pos = 0
        for start, end, name in spans:
            if start < pos:
                self.hazards.append(Hazard("bomb", name, "overlaps another file inside the zip (a zip bomb or "
                                                         "a doctored zip)"))
                self._unsafe.add(name)
            elif start > pos:
                self.hazards.append(Hazard("extra_data", name, f"{start - pos} bytes before it belong to no file"))
            pos = max(pos, end)
        directory_start = self._zip.start_dir
        if directory_start > pos:
            self.hazards.append(Hazard("extra_data", "zip directory",
                                       f"{directory_start - pos} bytes before the zip's directory belong to no file"))
        elif directory_start < pos:
            self.hazards.append(Hazard("container", "zip directory", "the last file runs into the zip's directory"))

    # -- reading -------------------------------------------------------------------------------
    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def names(self) -> list[str]:
        """Every regular file in the package (unsafe and duplicate names included, never opened)."""
        return list(self._names)

    def is_safe(self, name: str) -> bool:
        return name in self._names and name not in self._unsafe

    def open(self, name: str) -> BinaryIO:
        if not self.is_safe(name):
            raise InputError(f"The package has no readable file {name!r}.")
        try:
            if self._zip is not None:
                return self._zip.open(name)  # type: ignore[return-value]
            return open(self.source / name, "rb")
        except (KeyError, FileNotFoundError):
            raise InputError(f"The package has no file {name!r}.") from None
        except RuntimeError as exc:
            raise _password_error(self.source, exc) from None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise InputError(f"Cannot read {name!r} from the package: {exc}.") from None

    def read_bytes(self, name: str, limit: int = MAX_TEXT_MEMBER_BYTES) -> bytes:
        try:
            with self.open(name) as fh:
                data = fh.read(limit + 1)
        except RuntimeError as exc:
            raise _password_error(self.source, exc) from None
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
            raise InputError(f"Cannot read {name!r} from the package: {exc}.") from None
        if len(data) > limit:
            raise InputError(f"{name} is too large to be a package index.")
        return data

    def read_text(self, name: str) -> str:
        try:
            return self.read_bytes(name).decode("utf-8")
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
        except RuntimeError as exc:
            raise _password_error(self.source, exc) from None
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            raise InputError(f"Cannot read {name!r} from the package: {exc}.") from None
        return sha.hexdigest(), md5.hexdigest(), size


def zip_is_encrypted(source: Path) -> bool:
    """Whether ``source`` is a zip with encrypted members (False for folders and unreadable files)."""
    if not source.is_file():
        return False
    try:
        with zipfile.ZipFile(source) as zf:
            return any(info.flag_bits & 0x1 for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return False


def _password_error(source: Path, exc: RuntimeError) -> InputError:
    text = str(exc).lower()
    if "bad password" in text:
        return InputError(f"The passphrase does not open {source.name}. Nothing was changed; please check it "
                          "and try again.")
    if "password required" in text or "encrypted" in text:
        return InputError(f"{source.name} is encrypted. Give its passphrase (STANDFAST_EXPORT_PASSPHRASE or "
                          "--passphrase-file).")
    return InputError(f"Cannot read {source.name}: {exc}.")


def _unsafe_reason(name: str) -> str | None:
    try:
        check_member_name(name)
    except InputError:
        return "an unsafe path (outside the package); it was not unpacked"
    if "\x00" in name:
        return "a name with a NUL character; it was not unpacked"
    return None


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
