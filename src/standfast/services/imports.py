"""Import a chat or mail export into a case. The importer asks the safeguarding policy which
files are kept and which (a minor's unreviewed images and videos) are recorded by hash only.

``Tracker`` / ``Trackers`` keep a running import's counts for an interface to show (the web's bar)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from standfast.ingest.archive import Upload
from standfast.ingest.progress import Tracker, Trackers
from standfast.services.cases import get_case

__all__ = ["Tracker", "Trackers", "Upload", "import_export"]

if TYPE_CHECKING:
    from standfast.ingest.outcome import ImportReport
    from standfast.vault.vault import Vault


def import_export(vault: Vault, case_ref: str, path: Path | Upload, *, zone: str | None = None,
                  platform: str | None = None, progress: Callable[[str, int], None] | None = None,
                  origin: str | None = None, date_order: str | None = None,
                  ask_date_order: Callable[[str, list[str]], str | None] | None = None,
                  fmt: str | None = None) -> ImportReport:
    """``path`` is an export's file or folder, or an :class:`Upload` (a web upload read from its sealed
    staging file, never copied in clear). ``origin`` is recorded as where the export came from
    (``upload:chat.zip``) instead of a path."""
    from standfast.ingest.importer import import_path

    case = get_case(vault, case_ref)
    export = path if isinstance(path, Upload) else Path(path)
    return import_path(vault, case.id, export, zone=zone, platform=platform, progress=progress, origin=origin,
                       date_order=date_order, ask_date_order=ask_date_order, fmt=fmt)
