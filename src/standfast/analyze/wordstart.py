"""Is any of many phrases in a text, each starting at a word start? Asked fast, with the same answer.

A rule such as ``(?<!\\w)(?:leak|upload|post(?:s|ed)?|…)`` opens with an assertion, so the regex engine
tries it at every character and, at each word start, every alternative in turn (on real mail a tenth of
triage's time went to a handful of such searches). :class:`WordStartPhrases` compiles the same phrases a
second way: one character class of all first letters opens the pattern, which the engine skips to at C
speed, the word start is checked by a lookbehind after that letter, and the alternatives are grouped by
their first letter so only one group is tried there. Phrases whose first character is not a plain letter
(or is a non-ASCII letter in a case-insensitive rule, whose case variants are not listed here) stay in a
plain search of their own. Only *whether* a phrase occurs is the same, not which match is found first.

The plain form (``plain``) is the rule as written; :data:`FAST` switched off (see
:mod:`standfast.analyze.reference`) makes every instance search with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

# Set to False by ``reference.plain_paths()``: every search then uses the plain pattern.
FAST = True

_QUANTIFIERS = frozenset("?*+{")
_ASCII = "".join(map(chr, range(128)))
# More alternatives than this from one phrase's leading group stay one phrase.
_MAX_EXPANSION = 64


def _scan(part: str) -> tuple[list[int], int]:
    """The positions of the "|" at depth 0 of ``part`` (outside groups and classes), and the position
    of the ")" that closes the group opening at 0 (-1 if none)."""
    depth = 0
    in_class = False
    escaped = False
    bars: list[int] = []
    close = -1
    for i, c in enumerate(part):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = not (c == "]" and part[i - 1] != "[" and part[i - 2 : i] != "[^")
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and close == -1:
                close = i
        elif c == "|" and depth == 0:
            bars.append(i)
    return bars, close


def _split_bars(text: str, bars: list[int]) -> list[str]:
    edges = [-1, *bars, len(text)]
    return [text[a + 1 : b] for a, b in pairwise(edges)]


def _expand(part: str) -> list[str]:
    """``part`` as alternatives: a leading ``(?:a|b)`` group distributed over the rest ("(?:i|we) got"
    -> "i got", "we got"; "(?:tu )?sabes" -> "sabes", "tu sabes"), which match the same texts."""
    if not part.startswith("(?:"):
        return [part]
    _bars, close = _scan(part)
    after = part[close + 1 : close + 2] or "x"
    if close == -1 or (after in _QUANTIFIERS and after != "?"):
        return [part]
    inner, tail = part[3:close], part[close + 1 :]
    out: list[str] = []
    if after == "?":  # "(?:a )?b" is "a b" or "b" (lazy or possessive, the same texts match)
        tail = tail[2:] if tail[1:2] in ("?", "+") else tail[1:]
        out.extend(_expand(tail))
    for alt in _split_bars(inner, _scan(inner)[0]):
        out.extend(_expand(alt + tail))
        if len(out) > _MAX_EXPANSION:
            return [part]
    return out


def _first_atom(part: str) -> tuple[str, str] | None:
    """(the single character or escape ``part`` opens with, the rest), or None when it opens otherwise
    (a group, a class, a lookaround, ``\\w``, ``\\b`` …) or its first atom is optional."""
    if part[:1].isalnum():
        atom, rest = part[0], part[1:]
    elif part[:2] == "\\d" or (part[:1] == "\\" and len(part) > 1 and not part[1].isalnum()):
        atom, rest = part[:2], part[2:]
    else:
        return None
    if rest[:1] == "+":  # "a+x" is "a" then "a*x"
        rest = atom + "*" + rest[1:]
    elif (rest[:1] or "x") in _QUANTIFIERS:
        return None
    if _scan(part)[0] or re.search(r"\\\d|\(\?P=", part) is not None:  # an alternation or a back-reference
        return None
    return atom, rest


def _first_class(atoms: list[str], ignorecase: bool) -> str:
    """A character class holding every character that one of ``atoms`` matches (a superset when
    case-insensitive: every non-ASCII character is in, the group's lookbehind then decides)."""
    letters = [a for a in atoms if len(a) == 1]
    others = sorted({a for a in atoms if len(a) != 1})
    if not ignorecase:
        return "[" + re.escape("".join(sorted(set(letters)))) + "".join(others) + "]"
    ascii_hits = {c for c in _ASCII for a in letters if re.fullmatch("(?i)" + re.escape(a), c)}
    return "[" + re.escape("".join(sorted(ascii_hits))) + "".join(others) + "\\x80-\\U0010ffff]"


class WordStartPhrases:
    """``(?<!\\w)(?:part|part|…)suffix`` (``\\b`` before the group reads the same: each phrase opens
    with a word character), searched for whether any part occurs."""

    __slots__ = ("_fast", "_rest", "plain")

    def __init__(self, parts: Sequence[str], *, ignorecase: bool = False, suffix: str = "") -> None:
        flags = re.IGNORECASE if ignorecase else 0
        self.plain = re.compile(r"(?<![\w])(?:" + "|".join(parts) + ")" + suffix, flags)
        groups: dict[str, list[str]] = {}
        rest: list[str] = []
        for part in (alt for p in parts for alt in _expand(p)):
            found = _first_atom(part)
            if found is None:
                rest.append(part)
            else:
                atom, tail = found
                groups.setdefault(atom.lower() if ignorecase and len(atom) == 1 else atom, []).append(tail)
        dispatch = "|".join(f"(?<={atom})(?:{'|'.join(tails)})" for atom, tails in groups.items())
        scope = "(?i:" if ignorecase else "(?:"
        # "." never meets a line break here: it stands on the first character just matched.
        self._fast = re.compile(f"{_first_class(list(groups), ignorecase)}(?<!\\w.){scope}{dispatch}){suffix}") \
            if groups else None
        self._rest = re.compile(r"(?<![\w])(?:" + "|".join(rest) + ")" + suffix, flags) if rest else None

    @property
    def pattern(self) -> str:
        return self.plain.pattern

    def search(self, text: str) -> re.Match[str] | None:
        """A match of some phrase, or None when there is none (with :data:`FAST` on, not always the
        leftmost one)."""
        if not FAST:
            return self.plain.search(text)
        found = self._fast.search(text) if self._fast is not None else None
        if found is None and self._rest is not None:
            found = self._rest.search(text)
        return found
