"""Durable file operations: write to a temporary file, fsync, rename, fsync the folder."""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable, Iterator
from pathlib import Path


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


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
