"""Analyse evidence and record the verdict (stored with its indicators, logged as ``item.analyzed``);
or keep a message first (a note, a file, pasted text) and then analyse it."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from standfast.errors import InputError, UsageError
from standfast.services import evidence
from standfast.services.cases import get_case

if TYPE_CHECKING:
    from standfast.vault.vault import Vault


@dataclass(frozen=True)
class Kept:
    """A message kept in a case and its verdict (``item_id`` None: only its hashes were kept)."""

    item_id: str | None
    analysis: Any


def analyze_item(vault: Vault, item_ref: str, *, case_ref: str | None = None) -> Any:
    """Analyse one stored item (e-mail, text, screenshot) and record the result.

    The safeguarding policy is asked first: an item marked intimate is not read (``Refused``).
    """
    from standfast import safeguarding
    from standfast.analyze.store import analyze_item as analyze_and_store

    item = evidence.get_item(vault, case_ref, item_ref)
    safeguarding.decide_read_text(get_case(vault, item.case_id), item).ensure()
    return analyze_and_store(vault, item.id)


def keep_and_analyze(vault: Vault, case_ref: str, *, text: str | None = None, path: Path | None = None,
                     stream: Any = None, name: str = "pasted-message.txt", size: int | None = None,
                     source: str = "analyze", note_title: str | None = None,
                     original_path: str | None = None) -> Kept:
    """Keep a message in the case (a note for pasted text, or the file as an item), then analyse it."""
    case = get_case(vault, case_ref)
    if path is not None:
        if not Path(path).is_file():
            raise UsageError(f"{path}: no such file.")
        added = evidence.add_file(vault, case.id, Path(path), source=source)
    elif stream is not None:
        added = evidence.add_stream(vault, case.id, stream, name=name, size=size or 0, source=source,
                                    original_path=original_path)
    elif text is not None and note_title is not None:
        item = evidence.add_note(vault, case.id, text, title=note_title)
        return Kept(item.id, analyze_item(vault, item.id))
    elif text is not None:
        data = text.encode("utf-8")
        added = evidence.add_stream(vault, case.id, io.BytesIO(data), name=name, size=len(data), source="paste")
    else:
        raise UsageError("Give a message to keep: text, a file or an upload.")
    if added.problem:
        raise InputError(added.problem)
    if added.item_id is None:
        raise InputError("Only the hashes of this image were kept; there is nothing to read.")
    return Kept(added.item_id, analyze_item(vault, added.item_id))


def correct_verdict(vault: Vault, result_id: int, verdict: str) -> dict[str, Any]:
    """The person's own reading of a stored verdict; kept beside the automatic one and logged."""
    from standfast.analyze.store import correct_verdict as record_correction

    return record_correction(vault, result_id, verdict)
