"""Has this password appeared in a data breach? Pwned Passwords, offline first.

Pwned Passwords publishes SHA-1 hashes of breached passwords with a count. Two formats:

* a *range* (what ``https://api.pwnedpasswords.com/range/ABCDE`` returns, and what the official
  downloader writes per prefix): lines ``SUFFIX:COUNT`` where SUFFIX is the other 35 hex digits;
* a *full* file: lines ``SHA1:COUNT`` (40 hex digits), sorted by hash. These are tens of
  gigabytes, so the lookup is a binary search over byte offsets, never a full read.

``check_file`` accepts either a file (full or range; a range file is recognised by its 35-digit
lines and must be named after its 5-digit prefix, e.g. ``21BD1.txt``) or a folder of range files.
The online check (``check_online``) is off unless the caller passes ``allow_network=True``; it
sends only the first five hex digits of the SHA-1 (k-anonymity) and asks for padded responses.
The password itself is never stored, logged or sent.
"""

from __future__ import annotations

import hashlib
import os
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from standfast.errors import InputError, UsageError

DEFAULT_RANGE_URL = "https://api.pwnedpasswords.com/range/"
_LINE = re.compile(rb"^([0-9A-Fa-f]{35}|[0-9A-Fa-f]{40}):(\d+)\s*$")
_PREFIX = re.compile(r"^[0-9A-Fa-f]{5}$")


@dataclass(frozen=True)
class BreachResult:
    found: bool
    count: int  # how many times it was seen in breaches (0 when not found)
    source: str  # 'file' | 'folder' | 'online'


def sha1_hex(password: str) -> str:
    return hashlib.sha1(password.encode("utf-8")).hexdigest().upper()


def split_hash(password: str) -> tuple[str, str]:
    """(prefix, suffix): the 5 hex digits that may be sent, and the 35 that never leave."""
    digest = sha1_hex(password)
    return digest[:5], digest[5:]


def count_in_range(text: str | bytes, suffix: str) -> int:
    """Look up a 35-digit suffix in a range response body. Padding lines (count 0) never match."""
    if isinstance(text, str):
        text = text.encode("ascii", "replace")
    target = suffix.upper().encode()
    for line in text.splitlines():
        head, _, count = line.strip().partition(b":")
        if head.upper() == target:
            try:
                return int(count)
            except ValueError:
                raise InputError("The breach file has a malformed line.") from None
    return 0


def _line_at(fh: BinaryIO, offset: int) -> bytes:
    """The first whole line starting at or after ``offset``."""
    if offset == 0:
        fh.seek(0)
    else:
        fh.seek(offset - 1)
        fh.readline()  # finishes the line that `offset` falls in (or just its newline)
    return fh.readline()


def _search_sorted_full(path: Path, digest: str) -> int:
    """Binary search a sorted ``SHA1:COUNT`` file by byte offset (works on 30+ GB files)."""
    target = digest.encode()
    with path.open("rb") as fh:
        lo, hi = 0, path.stat().st_size
        # Find the smallest offset whose next line is missing or sorts >= target (monotonic).
        while lo < hi:
            mid = (lo + hi) // 2
            line = _line_at(fh, mid)
            if line and line[:40].upper() < target:
                lo = mid + 1
            else:
                hi = mid
        line = _line_at(fh, lo)
        if line and line[:40].upper() == target:
            return _parse_count(line)
    return 0


def _parse_count(line: bytes) -> int:
    match = _LINE.match(line.strip())
    if not match:
        raise InputError("The breach file has a malformed line; is it a Pwned Passwords SHA-1 file?")
    return int(match.group(2))


def _detect_format(path: Path) -> str:
    with path.open("rb") as fh:
        first = fh.readline().strip()
    if not first:
        raise InputError(f"The breach file {path.name} is empty.")
    match = _LINE.match(first)
    if not match:
        raise InputError(
            f"{path.name} does not look like a Pwned Passwords SHA-1 file (lines like HASH:COUNT). "
            "NTLM files are not supported."
        )
    return "full" if len(match.group(1)) == 40 else "range"


def check_file(password: str, path: str | os.PathLike[str]) -> BreachResult:
    """Offline check against a downloaded file or folder. Nothing leaves the computer."""
    path = Path(path)
    prefix, suffix = split_hash(password)
    if path.is_dir():
        for name in (prefix, f"{prefix}.txt", prefix.lower(), f"{prefix.lower()}.txt"):
            candidate = path / name
            if candidate.is_file():
                count = count_in_range(candidate.read_bytes(), suffix)
                return BreachResult(count > 0, count, "folder")
        raise InputError(
            f"The folder {path} has no range file for this password's prefix. "
            "Is it the complete Pwned Passwords download?"
        )
    if not path.is_file():
        raise UsageError(f"There is no file at {path}.")
    if _detect_format(path) == "full":
        count = _search_sorted_full(path, prefix + suffix)
        return BreachResult(count > 0, count, "file")
    stem = path.name.split(".")[0]
    if not _PREFIX.match(stem):
        raise InputError(
            f"{path.name} is a single range file; its name must be its 5-digit prefix (like 21BD1.txt)."
        )
    if stem.upper() != prefix:
        # A range file only answers for its own prefix: this password would be in another file.
        raise InputError(f"{path.name} covers another range; this password's hash is not in that file.")
    count = count_in_range(path.read_bytes(), suffix)
    return BreachResult(count > 0, count, "file")


def query_range(prefix: str, *, base_url: str = DEFAULT_RANGE_URL, timeout: float = 10.0) -> bytes:
    """Fetch one range. Only the 5-digit prefix is in the request; the answer is padded."""
    if not _PREFIX.match(prefix):
        raise UsageError("A range prefix is exactly five hexadecimal digits.")
    request = urllib.request.Request(
        base_url + prefix.upper(),
        headers={"Add-Padding": "true", "User-Agent": "standfast-password-check"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body: bytes = response.read()
            return body
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UsageError(f"Could not reach the breach service ({reason}). Nothing was sent but the prefix.") from None


def check_online(
    password: str, *, allow_network: bool = False, base_url: str = DEFAULT_RANGE_URL, timeout: float = 10.0
) -> BreachResult:
    """Opt-in online check. Off by default: the caller must pass ``allow_network=True``."""
    if not allow_network:
        raise UsageError(
            "The online breach check is off. Use a downloaded file, or turn the online check on "
            "(only 5 characters of the password's SHA-1 hash are sent)."
        )
    prefix, suffix = split_hash(password)
    count = count_in_range(query_range(prefix, base_url=base_url, timeout=timeout), suffix)
    return BreachResult(count > 0, count, "online")
