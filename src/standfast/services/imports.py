"""Import a chat or mail export into a case. The importer asks the safeguarding policy which
files are kept and which (a minor's unreviewed images and videos) are recorded by hash only.

``Tracker`` / ``Trackers`` keep a running import's counts for an interface to show (the web's bar)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from standfast.ingest.progress import Tracker, Trackers
from standfast.services.cases import get_case

__all__ = ["Tracker", "Trackers", "import_export"]

if TYPE_CHECKING:
    from standfast.ingest.outcome import ImportReport
    from standfast.vault.vault import Vault


def import_export(vault: Vault, case_ref: str, path: Path, *, zone: str | None = None,
                  platform: str | None = None, progress: Callable[[str, int], None] | None = None,
                  origin: str | None = None, date_order: str | None = None,
                  ask_date_order: Callable[[str, list[str]], str | None] | None = None,
                  fmt: str | None = None) -> ImportReport:
    """``origin`` is recorded as where the export came from (``upload:chat.zip``) when ``path`` is a
    private copy whose own path must not enter the custody log."""
    from standfast.ingest.importer import import_path

    case = get_case(vault, case_ref)
    return import_path(vault, case.id, Path(path), zone=zone, platform=platform, progress=progress, origin=origin,
                       date_order=date_order, ask_date_order=ask_date_order, fmt=fmt)
