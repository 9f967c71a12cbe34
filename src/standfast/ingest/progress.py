"""Progress of an import: what the importer reports, and the command line's progress bar.

The importer calls ``progress(what, n)`` with running totals: ``"messages"`` (stored so far),
``"files"`` (chat files of the export done), ``"bytes"`` (of those files, read so far),
``"bytes_total"`` (of all of them, once known) and ``"indicators"`` (messages analysed). The
command line shows a bar with counts, bytes and an estimate, but only for an import that has run
for a second: short imports print nothing extra.
"""

from __future__ import annotations

import contextlib
import time
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
