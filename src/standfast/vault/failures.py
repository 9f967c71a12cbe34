"""Low-level failures (disk, permissions, SQLite) turned into one plain sentence each.

The vault raises these from its own entry points (opening, transactions, reads), and the command
line and web app use :func:`explain` as a last resort, so a full disk or a damaged file never ends
in a traceback or "unexpected error". Each sentence also says that nothing was lost.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from standfast.errors import StandfastError, VaultError


class DiskFull(VaultError):
    """No space left: the action stops, and nothing half-written stays behind."""


class ReadOnlyVault(VaultError):
    """The vault folder (or a file in it) cannot be written."""


class DamagedDatabase(VaultError):
    """The database file cannot be read as a Standfast database."""


DISK_FULL = "The disk is full. Nothing was changed and nothing was lost; free some space and try again."
READ_ONLY = ("The vault folder cannot be written (it is read-only, or this account may not change it). "
             "Nothing was changed.")
DAMAGED_DB = ("The vault database (standfast.db) is damaged. Nothing was changed; keep the folder as it is and "
              "restore standfast.db from a backup, or ask for help.")
IO_ERROR = "The vault's disk could not be read or written (an input/output error). Nothing was changed."

_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_RO_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def explain(exc: BaseException, root: Path | None = None) -> StandfastError | None:
    """The plain-words error for a low-level failure, or None when it is not one we know.

    SQLite reports a disk with no room left for its side files as an I/O error; with the vault's
    folder given, such an error on a (nearly) full disk is called what it is.
    """
    found = _explain(exc)
    if root is not None and found is not None and str(found) == IO_ERROR and _nearly_full(root):
        return DiskFull(DISK_FULL)
    return found


def _nearly_full(root: Path) -> bool:
    try:
        return shutil.disk_usage(root).free < (1 << 20)
    except OSError:
        return False


def _explain(exc: BaseException) -> StandfastError | None:
    if isinstance(exc, StandfastError):
        return exc
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _one(current)
        if found is not None:
            return found
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def _one(exc: BaseException) -> StandfastError | None:
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        if exc.errno in _FULL_ERRNOS:
            return DiskFull(DISK_FULL)
        if exc.errno in _RO_ERRNOS:
            return ReadOnlyVault(READ_ONLY)
        if exc.errno == errno.EIO:
            return VaultError(IO_ERROR)
        return None
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "full" in text:
            return DiskFull(DISK_FULL)
        if "readonly" in text or "read-only" in text or "unable to open database" in text:
            return ReadOnlyVault(READ_ONLY)
        if "malformed" in text or "not a database" in text or "decode" in text or "no such table" in text \
                or "no such column" in text:
            return DamagedDatabase(DAMAGED_DB)
        if "disk i/o" in text:
            return VaultError(IO_ERROR)
    return None
