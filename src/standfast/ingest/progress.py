"""Progress of an import: what the importer reports, and the command line's progress bar.

The importer calls ``progress(what, n)`` with running totals: ``"messages"`` (stored so far),
``"files"`` (chat files of the export done), ``"bytes"`` (of those files, read so far),
``"bytes_total"`` (of all of them, once known) and ``"indicators"`` (messages analysed). The
command line shows a bar with counts, bytes and an estimate, but only for an import that has run
for a second: short imports print nothing extra. The web keeps a :class:`Tracker` per running
import (in :class:`Trackers`) and the upload page polls its :meth:`Tracker.snapshot`.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

ProgressFn = Callable[[str, int], None]
SHOW_AFTER = 1.0  # seconds before a bar appears


class _Bar:
    def __init__(self, console: Console, label: str, disabled: bool) -> None:
        self.console, self.label, self.disabled = console, label, disabled
        self.started = time.monotonic()
        self.counts: dict[str, int] = {}
        self._progress: Progress | None = None
        self._task: Any = None

    def __call__(self, what: str, n: int) -> None:
        self.counts[what] = n
        if self.disabled:
            return
        if self._progress is None:
            if time.monotonic() - self.started < SHOW_AFTER:
                return
            self._progress = Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                                      TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
                                      console=self.console, transient=True)
            self._progress.start()
            self._task = self._progress.add_task(self.label, total=None)
        c = self.counts
        if "indicators" in c:
            text = f"{self.label}: looked for indicators in {c['indicators']:,} of {c.get('messages', 0):,} messages"
        else:
            text = f"{self.label}: {c.get('messages', 0):,} messages, {c.get('files', 0):,} files"
        self._progress.update(self._task, description=text, completed=c.get("bytes", 0),
                              total=c.get("bytes_total") or None)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@contextlib.contextmanager
def _running(bar: _Bar) -> Iterator[_Bar]:
    try:
        yield bar
    finally:
        bar.close()


def cli_progress(console: Console, *, disabled: bool,
                 label: str) -> tuple[ProgressFn, contextlib.AbstractContextManager[Any]]:
    """(callback for ``import_path``, context manager that removes the bar at the end)."""
    bar = _Bar(console, label, disabled)
    return bar, _running(bar)


class Tracker:
    """The running totals of one import, readable from another thread (the web's progress poll)."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.counts: dict[str, int] = {}
        self.finished = False
        self._lock = threading.Lock()

    def __call__(self, what: str, n: int) -> None:
        with self._lock:
            self.counts[what] = n

    def finish(self) -> None:
        with self._lock:
            self.finished = True

    def snapshot(self) -> dict[str, Any]:
        """Counts, the share of bytes read (0-100, or None before the size is known) and the seconds
        left at the rate so far (None until a second has passed and some bytes were read)."""
        with self._lock:
            c = dict(self.counts)
            finished = self.finished
        elapsed = time.monotonic() - self.started
        done, total = c.get("bytes", 0), c.get("bytes_total", 0)
        indicators = "indicators" in c
        if indicators:  # the second pass: messages analysed out of those stored
            done, total = c["indicators"], c.get("messages", 0)
        percent = None if not total else min(100, round(100 * done / total))
        left = None
        if total and done and elapsed >= SHOW_AFTER and not finished:
            left = max(0, round(elapsed * (total - done) / done))
        return {"phase": "done" if finished else ("indicators" if indicators else "messages"),
                "messages": c.get("messages", 0), "files": c.get("files", 0), "bytes": c.get("bytes", 0),
                "bytes_total": c.get("bytes_total", 0), "indicators": c.get("indicators", 0),
                "percent": 100 if finished else percent, "seconds_left": left, "elapsed": round(elapsed, 1)}


TOKEN = re.compile(r"[0-9a-f]{32}")  # what a page sends to name its import (128 random bits, hex)


class Trackers:
    """The imports of this web launch that a page may ask about, by a token the page chose.

    Bounded: the oldest are forgotten first, and a finished import is kept only until it is asked
    about once more (or pushed out). A token is scoped to its case."""

    def __init__(self, limit: int = 64) -> None:
        self._by_key: OrderedDict[tuple[str, str], Tracker] = OrderedDict()
        self._limit = limit
        self._lock = threading.Lock()

    def start(self, case_id: str, token: str) -> Tracker | None:
        """A new tracker, or None when the token is not a valid one (the import then runs untracked)."""
        if not TOKEN.fullmatch(token):
            return None
        tracker = Tracker()
        with self._lock:
            self._by_key[(case_id, token)] = tracker
            while len(self._by_key) > self._limit:
                self._by_key.popitem(last=False)
        return tracker

    def get(self, case_id: str, token: str) -> Tracker | None:
        with self._lock:
            tracker = self._by_key.get((case_id, token))
            if tracker is not None and tracker.finished:
                del self._by_key[(case_id, token)]
            return tracker
