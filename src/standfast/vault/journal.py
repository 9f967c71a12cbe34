"""Write-intent journal: the only proof crash clean-up accepts before it removes a blob file.

Before blob files are moved into ``blobs/`` (or removed by a purge), the ids are written, fsynced,
to ``tmp/intent-*.json``; the note is removed once the database transaction that lists (or
unlists) them has committed. After a crash, a blob file named in a note whose id the database does
not list was written by that unfinished transaction, or its purge committed: it may go. Any other
file the database does not list is never removed; it is set aside in quarantine.
"""

from __future__ import annotations

import contextlib
import json
import secrets
from collections.abc import Iterator
from pathlib import Path

from standfast.vault.fsutil import atomic_write_bytes

PREFIX = "intent-"


class WriteJournal:
    def __init__(self, tmp_dir: Path) -> None:
        self.tmp_dir = tmp_dir

    def begin(self, blob_ids: list[str], what: str) -> Path:
        path = self.tmp_dir / f"{PREFIX}{secrets.token_hex(8)}.json"
        atomic_write_bytes(path, json.dumps({"what": what, "blobs": sorted(blob_ids)}).encode("ascii"))
        return path

    @staticmethod
    def end(path: Path) -> None:
        path.unlink(missing_ok=True)

    @contextlib.contextmanager
    def intent(self, blob_ids: list[str], what: str) -> Iterator[None]:
        """Around a transaction: the note stays behind if the transaction does not finish normally."""
        if not blob_ids:
            yield
            return
        path = self.begin(blob_ids, what)
        yield
        self.end(path)

    def notes(self) -> list[tuple[Path, set[str]]]:
        out: list[tuple[Path, set[str]]] = []
        if not self.tmp_dir.is_dir():
            return out
        for path in sorted(self.tmp_dir.glob(f"{PREFIX}*.json")):
            try:
                data = json.loads(path.read_bytes())
                ids = {str(i) for i in data.get("blobs", []) if isinstance(i, str) and len(i) == 32}
            except (OSError, ValueError, AttributeError):
                ids = set()  # a note torn by the crash itself: it proves nothing, so nothing is removed
            out.append((path, ids))
        return out

    def in_flight(self) -> set[str]:
        ids: set[str] = set()
        for _path, found in self.notes():
            ids |= found
        return ids
