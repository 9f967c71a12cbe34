"""The wide head: a second linear head on the same embeddings, trained on every message the neighbours bank holds.

The shipped head (``head.json``) learns from the spent sets up to 95 only; a head trained on all of them rated more
short everyday messages in rare languages as threats, because those sets hold mostly threats and warnings there (see
docs/analyze.md, "The bank learns from every spent set"). This one is asked only where that matters least and the
shipped head is weakest: the parts of a long message in a language the rules do not read (triage's parts route).
``wide_head.json`` must match the SHA-256 in the ``wide_head`` entry of ``training_record.json``; without a usable
one, triage reads those parts with the shipped head, as before it existed.
"""

from __future__ import annotations

from pathlib import Path

from standfast.analyze.learned.head import NOT_EXTORTION, Head
from standfast.analyze.learned.model import package_dir, read_record, recorded_file
from standfast.analyze.learned.once import LoadedOnce

WIDE_HEAD_FILE = "wide_head.json"


def load_wide_head_from(directory: Path, record: dict[str, object]) -> Head:
    """The wide head in ``directory``; ValueError when it does not match ``record``."""
    head = Head.load(recorded_file(directory, record, "wide_head", WIDE_HEAD_FILE, what="wide head"))
    if NOT_EXTORTION not in head.labels:
        raise ValueError(f"{WIDE_HEAD_FILE} has no {NOT_EXTORTION} label")
    return head


_WIDE: LoadedOnce[Head] = LoadedOnce(lambda: load_wide_head_from(package_dir(), read_record()))


def load_wide_head() -> Head | None:
    """The shipped wide head, or None when it is missing, damaged or does not match the record."""
    return _WIDE.get()
