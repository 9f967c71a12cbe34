"""Reading an export safely, whether it is one file, a folder or a (possibly hostile) zip.

Exports arrive from people who may have been sent them by the extortionist, so every zip is
checked *before anything is stored*: member names that climb out (``../``, absolute paths, drive
letters), symbolic links, encryption, zip bombs (a member that expands far beyond its compressed
size, or a total beyond a limit), too many members, and zips nested too deeply are all refused
with one clear :class:`~standfast.errors.InputError`. Folders are walked without following
symbolic links, so nothing outside the chosen folder is read.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any, BinaryIO, TypeVar, cast

from standfast.errors import InputError


@dataclass(frozen=True)
class Limits:
    """Bounds for untrusted archives. Real exports stay far below each of them."""

    max_total_bytes: int = 32 << 30  # all members together, uncompressed
    max_member_bytes: int = 8 << 30
    max_ratio: int = 200  # uncompressed / compressed, for members above ``ratio_floor``
    ratio_floor: int = 1 << 20  # small members may compress extremely well (a file of spaces)
    max_members: int = 500_000
    max_depth: int = 3  # a zip inside a zip inside a zip
    max_parse_bytes: int = 3 << 30  # one chat file read into memory for parsing


DEFAULT_LIMITS = Limits()


class Tree:
    """A read-only view of an export's files, addressed by POSIX relative paths."""

    name: str = ""
    depth: int = 0

    def paths(self) -> list[str]:
        raise NotImplementedError

    def size(self, path: str) -> int:
        raise NotImplementedError

    def open(self, path: str) -> BinaryIO:
        raise NotImplementedError

    def read(self, path: str, limit: int | None = None) -> bytes:
        cap = limit if limit is not None else DEFAULT_LIMITS.max_parse_bytes
        if self.size(path) > cap:
            raise InputError(f"{path} is too large to read ({self.size(path) >> 20} MB).")
        with self.open(path) as fh:
            return _read_all(fh, path, cap)

    def head(self, path: str, n: int = 65536) -> bytes:
        with self.open(path) as fh:
            return _guard(lambda: fh.read(n), path)


def _read_all(fh: BinaryIO, path: str, cap: int) -> bytes:
    def go() -> bytes:
        data = fh.read(cap + 1)
        if len(data) > cap:
            raise InputError(f"{path} expands beyond its stated size; refusing it (possible zip bomb).")
        return data

    return _guard(go, path)


_T = TypeVar("_T")


def _guard(fn: Callable[[], _T], path: str) -> _T:
    try:
        return fn()
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise InputError(f"{path} inside the zip is damaged or incomplete ({exc}).") from None
    except NotImplementedError:
        raise InputError(f"{path} uses a compression method Standfast cannot read.") from None
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.") from None


class _Guarded:
    """A zip member's stream whose damage (bad CRC, cut-off data) surfaces as an InputError naming the
    member, wherever it is read – also inside the vault while the member is being stored."""

    def __init__(self, fh: IO[bytes], path: str) -> None:
        self._fh, self._path = fh, path

    def read(self, n: int = -1) -> bytes:
        return _guard(lambda: self._fh.read(n), self._path)

    def readinto(self, buf: Any) -> int:
        # typing.BinaryIO leaves out readinto; the streams here are real binary files that have it.
        return _guard(lambda: cast(io.BufferedIOBase, self._fh).readinto(buf), self._path)

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> _Guarded:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()

    def __iter__(self) -> Any:
        return iter(self._fh)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)


@dataclass(frozen=True)
class Upload:
    """An export that is not a file of its own: its name, its size and a way to read it – a web upload,
    kept sealed in the vault folder and decrypted as it is read, so that importing it needs no
    plaintext copy anywhere (not in /dev/shm, not in the temp folder)."""

    name: str
    size: int
    open: Callable[[], BinaryIO]  # a new seekable stream of the whole export at each call

    def head(self, n: int) -> bytes:
        with self.open() as fh:
            return fh.read(n)


class UploadTree(Tree):
    """A single uploaded file that is no zip, read through its :class:`Upload`."""

    def __init__(self, upload: Upload) -> None:
        self.upload = upload
        self.name = upload.name

    def paths(self) -> list[str]:
        return [self.upload.name]

    def size(self, path: str) -> int:
        return self.upload.size

    def open(self, path: str) -> BinaryIO:
        if path != self.upload.name:
            raise InputError(f"{path} is not part of this export.")
        return self.upload.open()


class FileTree(Tree):
    """A single file given on the command line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name

    def paths(self) -> list[str]:
        return [self.path.name]

    def size(self, path: str) -> int:
        return self.path.stat().st_size

    def open(self, path: str) -> BinaryIO:
        return _open_nofollow(self.path)


def _open_nofollow(path: Path) -> BinaryIO:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError as exc:
        raise InputError(f"Cannot read {path.name}: {exc.strerror}.") from None
    return os.fdopen(fd, "rb")


class FolderTree(Tree):
    """An unpacked export folder. Symbolic links are listed in ``links`` and never followed."""

    def __init__(self, root: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.root = root
        self.name = root.name
        self._sizes: dict[str, int] = {}
        self.links: list[str] = []
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            base = Path(dirpath)
            for d in list(dirnames):
                if (base / d).is_symlink():
                    self.links.append((base / d).relative_to(root).as_posix())
                    dirnames.remove(d)
            for f in filenames:
                p = base / f
                st = p.lstat()
                rel = p.relative_to(root).as_posix()
                if stat.S_ISLNK(st.st_mode):
                    self.links.append(rel)
                elif stat.S_ISREG(st.st_mode):
                    self._sizes[rel] = st.st_size
            if len(self._sizes) > limits.max_members:
                raise InputError(f"The folder has more than {limits.max_members} files; import it in parts.")

    def paths(self) -> list[str]:
        return sorted(self._sizes)

    def size(self, path: str) -> int:
        return self._sizes[path]

    def open(self, path: str) -> BinaryIO:
        if path not in self._sizes:
            raise InputError(f"{path} is not part of this export.")
        return _open_nofollow(self.root / path)

    def local_path(self, path: str) -> Path:
        return self.root / path


def safe_member_name(name: str) -> str:
    """The member's path if it stays inside the archive; InputError otherwise."""
    clean = name.replace("\\", "/")
    if clean.startswith("/") or (len(clean) > 1 and clean[1] == ":") or "\x00" in clean:
        raise InputError(f"The zip contains an absolute path ({name!r}); refusing it. Nothing was changed.")
    parts = PurePosixPath(clean).parts
    if ".." in parts:
        raise InputError(f"The zip contains a path that leaves the archive ({name!r}); refusing it. "
                         "Nothing was changed.")
    return "/".join(p for p in parts if p not in (".", ""))


class ZipTree(Tree):
    """A zip archive, fully checked when opened."""

    def __init__(self, source: Path | BinaryIO, *, name: str, limits: Limits = DEFAULT_LIMITS,
                 depth: int = 0) -> None:
        if depth >= limits.max_depth:
            raise InputError(f"Zips are nested more than {limits.max_depth} deep in {name}; refusing them.")
        self.name = name
        self.depth = depth
        self.limits = limits
        try:
            self.zf = zipfile.ZipFile(source)
        except zipfile.BadZipFile:
            raise InputError(f"{name} is not a complete zip file (damaged or cut off). Nothing was changed.") from None
        except (OSError, EOFError, ValueError) as exc:
            raise InputError(f"{name} cannot be read as a zip ({exc}). Nothing was changed.") from None
        self._members: dict[str, zipfile.ZipInfo] = {}
        infos = self.zf.infolist()
        if len(infos) > limits.max_members:
            raise InputError(f"{name} has {len(infos)} entries, more than the {limits.max_members} allowed.")
        total = 0
        for info in infos:
            path = safe_member_name(info.filename)
            mode = (info.external_attr >> 16) & 0o170000
            if mode == stat.S_IFLNK:
                raise InputError(f"{name} contains a symbolic link ({info.filename!r}); refusing it. "
                                 "Nothing was changed.")
            if info.is_dir() or not path:
                continue
            if info.flag_bits & 0x1:
                raise InputError(f"{name} is password-protected. Unzip it with its password, then import "
                                 "the folder. Nothing was changed.")
            if info.file_size > limits.max_member_bytes or (
                info.file_size > limits.ratio_floor
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                raise InputError(f"{name} looks like a zip bomb ({info.filename!r} would expand to "
                                 f"{info.file_size >> 20} MB). Nothing was changed.")
            total += info.file_size
            if total > limits.max_total_bytes:
                raise InputError(f"{name} would expand to more than {limits.max_total_bytes >> 30} GB; "
                                 "refusing it (possible zip bomb). Nothing was changed.")
            self._members[path] = info

    def paths(self) -> list[str]:
        return sorted(self._members)

    def size(self, path: str) -> int:
        return self._members[path].file_size

    def open(self, path: str) -> BinaryIO:
        info = self._members.get(path)
        if info is None:
            raise InputError(f"{path} is not part of this export.")
        return _Guarded(_guard(lambda: self.zf.open(info), path), path)  # type: ignore[return-value]

    def nested(self, path: str) -> ZipTree:
        """A zip inside this zip, checked the same way (held in memory: nested zips are small)."""
        if self.depth + 1 >= self.limits.max_depth:
            raise InputError(f"Zips are nested more than {self.limits.max_depth} deep in {self.name}; "
                             "refusing them. Nothing was changed.")
        data = self.read(path, limit=min(self.limits.max_parse_bytes, 1 << 30))
        return ZipTree(io.BytesIO(data), name=f"{self.name}!/{path}", limits=self.limits, depth=self.depth + 1)

    def close(self) -> None:
        self.zf.close()


def is_zip(path: Path) -> bool:
    try:
        with _open_nofollow(path) as fh:
            magic = fh.read(4)
    except InputError:
        return False
    return magic in (b"PK\x03\x04", b"PK\x05\x06") or path.suffix.lower() == ".zip"


def walk_text_members(tree: Tree, suffixes: tuple[str, ...]) -> Iterator[str]:
    for p in tree.paths():
        if p.lower().endswith(suffixes):
            yield p
