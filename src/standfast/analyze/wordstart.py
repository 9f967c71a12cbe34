"""Is any of many phrases in a text, each starting at a word start? Asked fast, with the same answer.

A rule such as ``(?<!\\w)(?:leak|upload|post(?:s|ed)?|…)`` opens with an assertion, so the regex engine
tries it at every character and, at each word start, every alternative in turn (on real mail a tenth of
triage's time went to a handful of such searches). :class:`WordStartPhrases` compiles the same phrases a
second way: one character class of all first letters opens the pattern, which the engine skips to at C
speed, the word start is checked by a lookbehind after that letter, and the alternatives are grouped by
their first letter so only one group is tried there. Phrases whose first character is not a plain letter
stay in a plain search of their own. When every phrase opens with a literal of two or more characters,
a text longer than a chat line is first scanned for those openings in one Aho-Corasick pass
(ahocorasick-rs) and the plain pattern is tried only where one starts. Only *whether* a phrase occurs is
the same, not which match is found first.

The plain form (``plain``) is the rule as written; :data:`FAST` switched off (see
:mod:`standfast.analyze.reference`) makes every instance search with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

import ahocorasick_rs

# Set to False by ``reference.plain_paths()``: every search then uses the plain pattern.
FAST = True

_QUANTIFIERS = frozenset("?*+{")
_ASCII = "".join(map(chr, range(128)))
# More alternatives than this from one phrase's leading group stay one phrase.
_MAX_EXPANSION = 64
# Literal openings one phrase is expanded to, at most (past that, the shorter openings read so far stand).
_MAX_LITERALS = 256
# From this length on a text is first scanned for the phrases' literal openings (Aho-Corasick, one pass)
# and the pattern is only tried where one stands (3-5x faster on e-mails); a chat line takes the
# letter-first pattern.
LONG_TEXT = 64
# More openings than this in one text: the letter-first pattern is cheaper than trying each.
_MAX_HITS = 2000
# The first searches of each list use the plain pattern, and the fast forms are built only after this many: building
# them compiles every list a second time (~0.6 s over all lists for the first message on this machine), which a
# one-message command never earns back, while a batch passes this count within its first messages.
WARM_UP = 16


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
    case-insensitive: every non-ASCII character is in, the group's lookbehind then decides). Written as
    the ASCII characters it leaves out: a class spanning all of Unicode costs ~10 ms to compile."""
    if not ignorecase:
        return "[" + "".join(re.escape(a) if len(a) == 1 else a for a in sorted(set(atoms))) + "]"
    hits = {c for a in atoms for c in re.findall(a, _ASCII, re.IGNORECASE)}
    return "[^" + "".join(f"\\x{ord(c):02x}" for c in _ASCII if c not in hits) + "]"


def _prefixes(rx: str, limit: int = _MAX_LITERALS) -> tuple[list[str], bool]:
    """Literal strings one of which begins every match of the regex fragment ``rx``, and whether they are
    its whole matches. Reads literals, escaped punctuation, ``(?:…|…)`` groups and ``?``; stops at
    anything else (what was read so far still begins every match)."""
    bars = _scan(rx)[0]
    if bars:
        out: list[str] = []
        whole = True
        for alt in _split_bars(rx, bars):
            sub, complete = _prefixes(alt, limit)
            out.extend(sub)
            whole = whole and complete
        return out, whole
    outs = [""]
    i, n = 0, len(rx)
    while i < n:
        c = rx[i]
        if rx.startswith("(?:", i):
            close = _scan(rx[i:])[1]
            if close == -1:
                return outs, False
            alts, whole = _prefixes(rx[i + 3 : i + close], limit)
            nxt = i + close + 1
        elif c == "\\":
            if i + 1 >= n or rx[i + 1].isalnum():
                return outs, False
            alts, whole, nxt = [rx[i + 1]], True, i + 2
        elif c in ".^$[]()|*+?{}":
            return outs, False
        else:
            alts, whole, nxt = [c], True, i + 1
        after = rx[nxt : nxt + 1]
        if after == "?":
            alts = ["", *alts]
            nxt += 2 if rx[nxt + 1 : nxt + 2] in ("?", "+") else 1
        elif after and after in "*+{":
            return outs, False
        grown = [o + a for o in outs for a in alts]
        if len(grown) > limit:
            return outs, False
        outs = grown
        if not whole:
            return outs, False
        i = nxt
    return outs, True


def _literals(parts: Sequence[str], ignorecase: bool) -> list[str] | None:
    """Literal strings, lowercase when case-insensitive, one of which begins every match of ``parts``;
    None when some match can begin with a character class, an empty or a one-letter literal, or (case-
    insensitive) a letter outside ASCII and Latin-1, whose case variants ``str.lower`` may not reach."""
    found: set[str] = set()
    for part in parts:
        prefixes, _whole = _prefixes(part)
        for p in prefixes:
            if len(p) < 2:
                return None
            if ignorecase:
                p = p.lower()
                if not all(c.isascii() or "\u00c0" <= c <= "\u00ff" for c in p):
                    return None
            found.add(p)
    return sorted(found) if found else None


def _letter_first(parts: Sequence[str], ignorecase: bool, suffix: str) -> tuple[re.Pattern[str] | None,
                                                                                re.Pattern[str] | None]:
    """The letter-first pattern of the phrases that open with one character, and the plain pattern of
    the others (None where there are none)."""
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
    fast = re.compile(f"{_first_class(list(groups), ignorecase)}(?<!\\w.){scope}{dispatch}){suffix}") \
        if groups else None
    plain = re.compile(r"(?<![\w])(?:" + "|".join(rest) + ")" + suffix, re.IGNORECASE if ignorecase else 0) \
        if rest else None
    return fast, plain


def _search_either(patterns: tuple[re.Pattern[str] | None, re.Pattern[str] | None], text: str) -> re.Match[str] | None:
    fast, plain = patterns
    found = fast.search(text) if fast is not None else None
    if found is None and plain is not None:
        found = plain.search(text)
    return found


class WordStartPhrases:
    """``(?<!\\w)(?:part|part|…)suffix`` (``\\b`` before the group reads the same: each phrase opens
    with a word character), searched for whether any part occurs. The fast forms are built on the first
    search: a one-message command need not compile the lists it never reads, and the first ``WARM_UP`` searches
    use the plain pattern, so it need not compile those it reads a few times either."""

    __slots__ = ("_automaton", "_built", "_by_letter", "_ignorecase", "_literal_plain", "_others_by_letter",
                 "_parts", "_plain", "_suffix", "_uses")

    def __init__(self, parts: Sequence[str], *, ignorecase: bool = False, suffix: str = "") -> None:
        # (the plain pattern too is compiled on first use: importing triage compiled eighty-six lists, most of which a
        # one-message command never reads)
        self._plain: re.Pattern[str] | None = None
        self._parts = tuple(parts)
        self._ignorecase = ignorecase
        self._suffix = suffix
        self._built = False
        self._uses = 0

    def _build(self) -> None:
        ignorecase, suffix = self._ignorecase, self._suffix
        # All phrases letter-first (for chat lines); for longer texts the phrases with literal openings are
        # found by the automaton and only the others letter-first.
        self._by_letter = _letter_first(self._parts, ignorecase, suffix)
        literal = [p for p in self._parts if _literals([p], ignorecase) is not None]
        others = [p for p in self._parts if p not in literal]
        literals = _literals(literal, ignorecase) if literal else None
        # (a DFA: the same matches as the default automaton, found about twice as fast)
        self._automaton = None if literals is None else ahocorasick_rs.AhoCorasick(
            literals, implementation=ahocorasick_rs.Implementation.DFA)
        self._literal_plain = re.compile(r"(?<![\w])(?:" + "|".join(literal) + ")" + suffix,
                                         re.IGNORECASE if ignorecase else 0) if literal else None
        self._others_by_letter = _letter_first(others, ignorecase, suffix) if others else (None, None)
        self._built = True

    @property
    def plain(self) -> re.Pattern[str]:
        r"""``(?<![\w])(?:part|part|…)suffix``: the rule as written, compiled on first use."""
        if self._plain is None:
            self._plain = re.compile(self.pattern, re.IGNORECASE if self._ignorecase else 0)
        return self._plain

    @property
    def pattern(self) -> str:
        """The plain pattern's source (read without compiling it)."""
        return r"(?<![\w])(?:" + "|".join(self._parts) + ")" + self._suffix

    def search(self, text: str) -> re.Match[str] | None:
        """A match of some phrase, or None when there is none (with :data:`FAST` on, not always the
        leftmost one)."""
        if not FAST:
            return self.plain.search(text)
        if not self._built:
            if self._uses < WARM_UP:
                self._uses += 1
                return self.plain.search(text)
            self._build()
        if self._automaton is not None and len(text) >= LONG_TEXT:
            starts = self._openings(text)
            if starts is not None:
                assert self._literal_plain is not None
                match = self._literal_plain.match
                for start in starts:
                    # The pattern's lookbehind sees the text before ``start``: the same match as a search.
                    found = match(text, start)
                    if found is not None:
                        return found
                return _search_either(self._others_by_letter, text)
        return _search_either(self._by_letter, text)

    def _openings(self, text: str) -> list[int] | None:
        """Where a literal opening of a phrase starts in ``text`` (every match starts at one), or None
        when the scan cannot answer: lowercasing moved offsets ("İ"), a dotless "ı" or long "ſ" (the
        regex reads them as "i" and "s" without ignoring case, ``str.lower`` keeps them), a lone
        surrogate, or too many openings."""
        assert self._automaton is not None
        low = text
        if self._ignorecase:
            low = text.lower()
            if len(low) != len(text) or "\u0131" in text or "\u017f" in text:
                return None
        try:
            hits = self._automaton.find_matches_as_indexes(low, overlapping=True)
        except UnicodeEncodeError:
            return None
        if len(hits) > _MAX_HITS:
            return None
        return sorted({start for _k, start, _end in hits})
