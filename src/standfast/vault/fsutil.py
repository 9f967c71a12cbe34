"""Durable, private file operations: write to a temporary file, fsync, rename, fsync the folder.

Everything in a vault folder is private to its owner: folders 0700, files 0600. Files are
created with those modes from the start (never created open and tightened later), and
:func:`tighten_tree` repairs the modes of a folder made by someone else (``init`` into an
existing folder, a copy restored from a backup).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

DIR_MODE = 0o700
FILE_MODE = 0o600


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _load_syncfs() -> Callable[[int], int] | None:
    try:
        import ctypes
        import ctypes.util

        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn = libc.syncfs
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int]
    fn.restype = ctypes.c_int
    return fn  # type: ignore[no-any-return]


_SYNCFS = _load_syncfs()


def syncfs(folder: Path) -> bool:
    """Make every written file on ``folder``'s file system durable in one call (Linux ``syncfs``).

    For a batch of many small files this replaces one fsync per file: each fsync waits for its own
    journal commit, while one syncfs waits for one. Returns False when the call is not available
    (then the caller fsyncs file by file).
    """
    if _SYNCFS is None:
        return False
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        if _SYNCFS(fd) != 0:
            import ctypes

            err = ctypes.get_errno()
            raise OSError(err, os.strerror(err), str(folder))
    finally:
        os.close(fd)
    return True


def private_open(path: Path, *, exclusive: bool = True) -> BinaryIO:
    """A new file opened for writing, readable by its owner only (whatever the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)  # an existing file (non-exclusive) keeps its mode otherwise
        return os.fdopen(fd, "wb", buffering=0)
    except BaseException:
        os.close(fd)
        raise


def private_mkdir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if stat.S_IMODE(path.stat().st_mode) != DIR_MODE:
        os.chmod(path, DIR_MODE)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with private_open(tmp) as fh:
            fh.write(data)
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def tighten(path: Path, st: os.stat_result | None = None) -> None:
    """Make one folder 0700 or one file 0600 (symlinks are left alone, never followed)."""
    try:
        st = st or path.lstat()
    except FileNotFoundError:
        return
    if path.name.startswith(".") and path.name.endswith(".tmp"):
        return  # another program's atomic write in progress; it is created private
    want = DIR_MODE if stat.S_ISDIR(st.st_mode) else FILE_MODE if stat.S_ISREG(st.st_mode) else None
    if want is not None and stat.S_IMODE(st.st_mode) != want:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, want)


def tighten_tree(root: Path, *, deep: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    """The folder, every entry in it, and everything below the sub-folders named in ``deep``.

    Other programs may be writing (temporaries come and go): an entry that vanished is skipped.
    """
    tighten(root)
    with os.scandir(root) as it:
        for entry in it:
            try:
                st = entry.stat(follow_symlinks=False)
            except FileNotFoundError:
                continue
            tighten(Path(entry.path), st)
            if entry.name in deep and stat.S_ISDIR(st.st_mode):
                for folder, dirs, files in os.walk(entry.path):
                    for name in dirs + files:
                        tighten(Path(folder) / name)


def iter_tree(root: Path, on_error: Callable[[Path, str], None]) -> Iterator[tuple[Path, os.stat_result]]:
    """Every entry below ``root`` (sorted, never following symlinks), with its lstat."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name, reverse=True)
        except OSError as exc:
            on_error(folder, f"cannot open folder: {exc.strerror}")
            continue
        subdirs: list[Path] = []
        files: list[tuple[Path, os.stat_result]] = []
        for entry in entries:
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError as exc:
                on_error(Path(entry.path), f"cannot read: {exc.strerror}")
                continue
            if stat.S_ISDIR(st.st_mode):
                subdirs.append(Path(entry.path))
            else:
                files.append((Path(entry.path), st))
        yield from reversed(files)
        stack.extend(subdirs)
