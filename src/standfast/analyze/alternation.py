"""Every match of a long alternation of literal words, found as ``re.finditer`` finds them, but tried only where a
word stands.

A cue family such as ``(?<![a-z0-9])(?:word|word|…)`` holds hundreds of words. The regex engine tries the whole
alternation at every character of the text, and a family written in other scripts is tried over every English
e-mail in which it can never match: on the shared mail corpora this took about a third of triage's time.
:class:`LiteralAlternation` first finds where any of the words starts, in one Aho-Corasick pass (ahocorasick-rs),
and calls the compiled pattern's ``match`` only there. A match can start nowhere else, and ``match`` at a
position sees the text before it (lookbehinds read the same), so the matches are the same ones, in the same order,
as the pattern's own ``finditer``: not just whether one occurs.

With :data:`FAST` off (see :mod:`standfast.analyze.reference`) every instance uses the pattern's ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import ahocorasick_rs

# Set to False by ``reference.plain_paths()``: every search then runs the pattern's own ``finditer``.
FAST = True
# Shorter texts (a chat line) are searched by the pattern itself: the scan would not pay for itself.
LONG_TEXT = 64
# More word starts than this in one text: the pattern's own scan is as cheap as trying each.
_MAX_HITS = 2000
# The first searches use the pattern's own ``finditer``; the automaton is built after this many, so a
# one-message command never pays for building it.
WARM_UP = 16


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` that ``pattern.finditer(text)`` yields, when every match starts at one of ``starts``
    (in increasing order) and none is empty: ``match`` is tried at each start past the end of the last match, as a
    scan goes on from there. ``match`` reads the text before its position, so lookbehinds see what a scan sees."""
    match = pattern.match
    end = 0
    for start in starts:
        if start < end:
            continue
        found = match(text, start)
        if found is not None:
            yield found
            end = found.end()


class LiteralAlternation:
    """A compiled ``pattern`` every match of which starts at most ``reach_back`` characters before one of
    ``words`` (literal, case as in the text searched). When one of ``unless`` occurs in a text, the pattern may
    match where no word stands (a non-literal branch), so that text is searched by the pattern itself."""

    __slots__ = ("_automaton", "_cores", "_reach_back", "_unless", "_uses", "_words", "pattern")

    def __init__(self, pattern: str, words: Sequence[str], *, reach_back: int = 0,
                 unless: Sequence[str] = ()) -> None:
        if not words or any(not w for w in (*words, *unless)):
            raise ValueError("every word must be a non-empty literal")
        self.pattern = re.compile(pattern)
        self._words = tuple(dict.fromkeys(words))
        self._unless = tuple(dict.fromkeys(unless))
        self._cores = len(self._words)
        self._reach_back = reach_back
        self._automaton: ahocorasick_rs.AhoCorasick | None = None
        self._uses = 0

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of the pattern in ``text``, as ``pattern.finditer(text)`` yields them."""
        starts = self._starts(text) if FAST and len(text) >= LONG_TEXT else None
        if starts is None:
            yield from self.pattern.finditer(text)
            return
        # (every word is non-empty, so a match is never empty)
        yield from matches_at(self.pattern, text, starts)

    def _starts(self, text: str) -> list[int] | None:
        """Every position a match may start at, in order, or None when the pattern must scan itself: still
        warming up, a text the automaton cannot read (a lone surrogate), one of ``unless`` found, or too many
        starts."""
        if self._automaton is None:
            if self._uses < WARM_UP:
                self._uses += 1
                return None
            # (a DFA: the same matches as the default automaton, found about twice as fast)
            self._automaton = ahocorasick_rs.AhoCorasick(
                [*self._words, *self._unless], implementation=ahocorasick_rs.Implementation.DFA)
        try:
            hits = self._automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:
            return None
        if len(hits) > _MAX_HITS or any(k >= self._cores for k, _start, _end in hits):
            return None
        back = self._reach_back
        return sorted({s - k for _k, s, _e in hits for k in range(back + 1) if s - k >= 0})
