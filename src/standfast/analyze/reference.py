"""The plain forms of triage's fast paths, switched on together: for equivalence tests and benchmarks.

Each fast path (sentence breaks and wrapped-line joins with a first character the regex engine skips to,
leet runs and first-person endings found with ``str.find``/``bytes.find`` instead of lookbehind scans,
the short-message net searched lazily, e-mail sentences without an active role skipped, one tokenizing
pass shared by the sentence reader and the concept matcher, phrase lists searched letter-first, cue words
found in one Aho-Corasick pass before their pattern is tried) has a plain form that reads as the rule was
first written. :func:`plain_paths` puts every plain form in place
for the duration of a ``with`` block, so a test can compare whole verdicts and a benchmark can measure
the gain in the same run. Not for use while other threads analyse: it swaps module attributes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from standfast.analyze import alternation, loose, patterns, speech, triage, wordstart
from standfast.analyze import indicators as ind
from standfast.analyze import normalize as nz


class _AlwaysActive:
    """Stands in for the set of active roles: no sentence is skipped."""

    def isdisjoint(self, _other: object) -> bool:
        return False


class _PlainWrapped:
    """The wrapped-line join as first written: the match after the comma, replaced by a space."""

    def sub(self, _repl: str, text: str) -> str:
        return speech._WRAPPED_PLAIN.sub(" ", text)


class _EagerLoose:
    """The short-message net with every family searched up front, as before it was lazy."""

    def __init__(self, norm: str, raw: str, words: int) -> None:
        signs = loose.loose_signs(norm, raw, words)
        self.short = signs.short
        for family in (*loose._FAMILIES, "condition"):
            setattr(self, family, getattr(signs, family))
        # (every reading built on the families, found rather than listed: a new one cannot be left out)
        for name, member in vars(loose.LooseSigns).items():
            if isinstance(member, property) and name not in loose._FAMILIES:
                setattr(self, name, getattr(signs, name))


def _first_person_endings(raw: str) -> list[tuple[int, int]]:
    return [m.span() for m in speech._FIRST_PERSON_ENDING.finditer(raw)]


def _email_matches(text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    return ind._finditer(patterns.EMAIL, text, windows)


def _dot_words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in ind._DOT_WORD.finditer(text)]


def _url_matches(text: str) -> Iterator[re.Match[str]]:
    return patterns.URL.finditer(text)


def _leet_runs(text: str) -> Iterator[tuple[int, int]]:
    return (m.span() for m in nz._LEET_WORD.finditer(text))


_read_speech = speech.read_speech


def _read_speech_alone(norm_text: str, raw: str, langs: tuple[str, ...]) -> speech.Speech:
    sp = _read_speech(norm_text, raw, langs)
    sp.tokens = None  # the concept matcher tokenizes the text itself
    sp.distinct = None
    return sp


_PLAIN: tuple[tuple[Any, str, Any], ...] = (
    (speech, "_SENTENCE", speech._SENTENCE_PLAIN),
    (speech, "_WRAPPED", _PlainWrapped()),
    (speech, "_first_person_endings", _first_person_endings),
    (speech, "_ACTIVE", _AlwaysActive()),
    (nz, "_leet_runs", _leet_runs),
    (ind, "_email_matches", _email_matches),
    (ind, "_dot_words", _dot_words),
    (ind, "_url_matches", _url_matches),
    (triage, "loose_signs", _EagerLoose),
    (triage, "read_speech", _read_speech_alone),
    (wordstart, "FAST", False),
    (alternation, "FAST", False),
)


@contextmanager
def plain_paths() -> Iterator[None]:
    """Every fast path replaced by its plain form inside the block; restored after, even on error."""
    saved = [(module, name, getattr(module, name)) for module, name, _value in _PLAIN]
    try:
        for module, name, value in _PLAIN:
            setattr(module, name, value)
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)
