"""Durable, private file operations: write to a temporary file, fsync, rename, fsync the folder;
private partial exports that the next start removes if the writer was killed.

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
    return fn


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


# -- exports: private partial files, renamed when complete, swept after a crash ---------------------
#
# An export is written under a hidden name in its destination folder, readable by this user only, and
# renamed to its real name when complete. A marker in the user's data folder names each partial while it
# is written, so the next start of Standfast (CLI or web) can remove what a killed export left behind,
# wherever it was going. Markers hold the path and the writer's process id and start time only.

PARTIAL_PREFIX = ".standfast-partial-"


def _partials_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("standfast", appauthor=False) / "partials"


def _start_time(pid: int) -> str | None:
    """The kernel's start time of a process (tells a live writer from a reused process id)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            raw = fh.read()
    except OSError:
        return None
    # Field 22; the command name (field 2) is in parentheses and may contain spaces.
    fields = raw[raw.rfind(b")") + 2:].split()
    return fields[19].decode() if len(fields) > 19 else None


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (one of another user counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _alive(pid: int, started: str | None) -> bool:
    if pid == os.getpid():
        return True
    if not pid_alive(pid):
        return False
    if started is None or not os.path.isdir("/proc"):
        return True
    return _start_time(pid) == started


def _remove_partial(path: Path) -> None:
    if not path.name.startswith(PARTIAL_PREFIX):  # a marker never makes us delete anything else
        return
    try:
        st = path.lstat()
    except OSError:
        return
    if stat.S_ISDIR(st.st_mode):
        import shutil

        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def begin_partial(target: Path, *, create_file: bool = True) -> Path:
    """A fresh hidden name beside ``target``, registered for the crash sweep.

    With ``create_file`` the file is created empty and readable by this user only (0600), so nothing
    written into it later is ever readable by others; otherwise the caller creates a 0700 folder there.
    """
    folder = target.parent
    sweep_partials(folder)
    pid = os.getpid()
    partial = folder / f"{PARTIAL_PREFIX}{pid}-{secrets.token_hex(6)}"
    markers = _partials_dir()
    try:
        markers.mkdir(mode=0o700, parents=True, exist_ok=True)
        marker = markers / partial.name
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"{pid}\n{_start_time(pid) or ''}\n{partial.absolute()}\n")
    except OSError:
        pass  # no marker: the destination folder's own sweep (next export there) still removes it
    if create_file:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
    return partial


def end_partial(partial: Path) -> None:
    """The partial was renamed into place or removed: forget its marker."""
    (_partials_dir() / partial.name).unlink(missing_ok=True)


def sweep_partials(folder: Path | None = None) -> int:
    """Remove partial exports whose writer is gone: those named by markers, and those in ``folder``.

    Returns how many were removed. Called at every start of the CLI and the web app, and before an
    export into a folder. Never raises: a sweep must not stop the person from working.
    """
    removed = 0
    markers = _partials_dir()
    try:
        entries = list(markers.iterdir()) if markers.is_dir() else []
    except OSError:
        entries = []
    for marker in entries:
        try:
            pid_s, started, path_s = [*marker.read_text(encoding="utf-8").split("\n"), "", ""][:3]
            pid = int(pid_s)
        except (OSError, ValueError):
            marker.unlink(missing_ok=True)
            continue
        if _alive(pid, started or None):
            continue
        path = Path(path_s)
        if path.name == marker.name and os.path.lexists(path):
            _remove_partial(path)
            removed += 1
        marker.unlink(missing_ok=True)
    if folder is not None:
        try:
            local = [p for p in folder.iterdir() if p.name.startswith(PARTIAL_PREFIX)]
        except OSError:
            local = []
        for path in local:
            pid_s = path.name[len(PARTIAL_PREFIX):].split("-", 1)[0]
            if pid_s.isdigit() and not _alive(int(pid_s), None) and os.path.lexists(path):
                _remove_partial(path)
                (markers / path.name).unlink(missing_ok=True)
                removed += 1
    return removed


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """Write a new file at ``target`` all or nothing: a private partial beside it, renamed when the
    block ends without error, removed otherwise (and by the next start's sweep if the process dies)."""
    if os.path.lexists(target):
        from standfast.errors import UsageError

        raise UsageError(f"{target} already exists; choose a new name so nothing is overwritten.")
    partial = begin_partial(target)
    try:
        with open(partial, "r+b") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        end_partial(partial)


# -- private work folders inside the vault folder (never the system temp folder) --------------------

WORK_DIR = ".work"


@contextlib.contextmanager
def private_workdir(vault_root: Path, purpose: str) -> Iterator[Path]:
    """A fresh 0700 folder inside the vault folder for files a library can only read by name; removed on
    exit, and by ``sweep_workdirs`` at the next start if this process dies first."""
    import shutil

    base = vault_root / WORK_DIR
    base.mkdir(mode=0o700, exist_ok=True)
    folder = base / f"{purpose}-{os.getpid()}-{secrets.token_hex(6)}"
    folder.mkdir(mode=0o700)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def sweep_workdirs(vault_root: Path) -> int:
    """Remove work folders whose process has ended; returns how many. Never raises."""
    import shutil

    removed = 0
    try:
        entries = list((vault_root / WORK_DIR).iterdir())
    except OSError:
        return 0
    for entry in entries:
        pid = entry.name.rsplit("-", 2)[-2] if entry.name.count("-") >= 2 else ""
        if not pid.isdigit() or not _alive(int(pid), None):
            shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)
            removed += 1
    return removed
