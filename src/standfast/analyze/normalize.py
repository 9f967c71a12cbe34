"""Undo the tricks scammers use to slip past filters, so rules see plain lowercase words.

One pass turns a message into matching text: HTML entities decoded, markup removed without
splitting words, zero-width and other invisible characters dropped, NFKC (fullwidth letters),
look-alike letters from other scripts (Cyrillic, Greek, IPA …) mapped to Latin via the Unicode
confusables data shipped with ``confusable-homoglyphs``, diacritics stripped, letters spaced out
with filler ("b.i.t.c.o.i.n") joined. What was undone is reported: obfuscation is itself a signal.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from standfast.analyze.lexicon import known_word, vocabulary

# Characters that render as nothing: zero-width space/joiners, word joiner, BOM, soft hyphen,
# Mongolian vowel separator, bidi marks, variation selectors, tag characters.
_INVISIBLE = [
    0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0,
    *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070), *range(0xFE00, 0xFE10),
]
_INVISIBLE_SET = frozenset(chr(c) for c in _INVISIBLE)

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,20})\b[^<>]{0,2000}>|<!--.{0,20000}?-->|<![^<>]{0,2000}>", re.S)
_BLOCK_TAGS = frozenset((
    "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "header", "footer", "blockquote", "pre", "hr", "title", "center", "form",
))
_STYLE_SCRIPT = re.compile(r"<(style|script|head)\b[^>]{0,2000}>.{0,500000}?</\1\s*>", re.S | re.I)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?")
_LOOKS_HTML = re.compile(r"<(?:html|body|div|p|br|span|td|table|a|font|b|strong|head)\b", re.I)
# Single letters separated by one repeated filler character, at least four letters long.
# Slow-ish to scan (leading lookbehind), so they only run after a cheap byte-shape pre-check.
_SPACED = re.compile(r"(?<![a-z0-9])[a-z](?:[._*|~+\-/][a-z]){3,40}(?![a-z0-9])")
_SPACED_BLANK = re.compile(r"(?<![a-z0-9])[a-z](?: [a-z]){4,40}(?![a-z0-9])")
_WS = re.compile(r"\s+")
# Byte map for a cheap pre-check: letters -> "a", filler separators -> ".", space -> " ", rest -> "#".
_SHAPE = bytes(
    97 if (97 <= c <= 122 or 65 <= c <= 90) else 46 if chr(c) in "._*|~+-/" else 32 if c == 32 else 35
    for c in range(256)
)


@dataclass
class Normalized:
    """Matching text plus the obfuscation tricks that were found in the original."""

    text: str
    tricks: dict[str, int] = field(default_factory=dict)


def looks_like_html(text: str) -> bool:
    return _LOOKS_HTML.search(text[:200000]) is not None


_LINE_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_RARE_BREAKS = ("\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
# Written with a literal opening, which the regex engine skips to at C speed; "\n{3,}" is tried at every line
# break (6x slower on real mail). Same matches.
_BLANK_LINES = re.compile(r"\n\n\n+")


def html_to_text(markup: str) -> str:
    """Readable text from HTML: block tags become line breaks, inline tags vanish without a space.

    Inline tags must not add spaces: scammers split words with markup (``bit<b></b>coin``).
    Lines are cleaned with C-level string methods instead of a regex per line (same output as
    :func:`_html_to_text_reference`, checked by a randomised test).
    """
    markup = _STYLE_SCRIPT.sub(" ", markup)

    def tag(m: re.Match[str]) -> str:
        name = (m.group(2) or "").lower()
        return "\n" if name in _BLOCK_TAGS else ""

    text = html.unescape(_TAG.sub(tag, markup))
    # The line breaks of str.splitlines(), as "\n".
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(c in text for c in _RARE_BREAKS):
        text = _LINE_BREAKS.sub("\n", text)
    # Per line: whitespace runs -> one space, stripped; at most one blank line in a row.
    text = "\n".join([" ".join(line.split()) for line in text.split("\n")])
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _html_to_text_reference(markup: str) -> str:
    """The straightforward version of :func:`html_to_text`, kept for the equivalence test."""
    markup = _STYLE_SCRIPT.sub(" ", markup)

    def tag(m: re.Match[str]) -> str:
        name = (m.group(2) or "").lower()
        return "\n" if name in _BLOCK_TAGS else ""

    text = _TAG.sub(tag, markup)
    text = html.unescape(text)
    lines = [_WS.sub(" ", line).strip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


_LATIN_NAME = re.compile(r"LATIN (?:SMALL|CAPITAL) LETTER ([A-Z])(?: WITH .*)?$")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str | None], frozenset[str]]:
    """Build one str.translate table: confusables -> Latin, diacritics stripped, invisibles removed."""
    table: dict[int, str | None] = {}
    data = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8"))
    confusable_chars: set[str] = set()
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii():
            continue
        for g in glyphs:
            c = g.get("c", "")
            if len(c) == 1 and c.isascii() and c.isalpha():
                table[ord(char)] = c.lower()
                confusable_chars.add(char)
                break
    # Latin letters with diacritics -> base letter (Latin-1 supplement to Latin Extended-B).
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    table.update({0xDF: "ss", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0xF8: "o", 0xD8: "o",
                  0x131: "i", 0x142: "l", 0x141: "l", 0xF0: "d", 0x111: "d", 0x110: "d"})
    # Rarer look-alikes that spam uses when the common ones are filtered ("Ƿorn", "ʍasturbation", "houɼs",
    # "vίrus", "transƒer"): letters with hooks and legs, IPA letters, accented Greek. A letter named
    # "LATIN ... LETTER X WITH ..." reads as x; an accented letter reads as its base letter's look-alike.
    table.update({0x1F7: "p", 0x1BF: "p", 0x28D: "m", 0x26F: "w", 0x27C: "r", 0x192: "f", 0x191: "f"})
    confusable_chars.update(chr(c) for c in (0x1F7, 0x1BF, 0x28D, 0x26F))
    for cp in (*range(0x180, 0x2B0), *range(0x370, 0x400), *range(0x1E00, 0x2000)):
        if cp in table:
            continue
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        name = _LATIN_NAME.match(unicodedata.name(ch, ""))
        if base != ch and (ord(base) in table or (base.isascii() and base.isalpha())):
            table[cp] = table.get(ord(base)) or base.lower()
        elif name is not None:
            table[cp] = name.group(1).lower()
        else:
            continue
        confusable_chars.add(ch)
    for cp in range(0x300, 0x370):  # combining marks
        table[cp] = None
    for ch in _INVISIBLE_SET:
        table[ord(ch)] = None
    return table, frozenset(confusable_chars)


_INVISIBLE_RE = re.compile("[" + "".join(sorted(_INVISIBLE_SET)) + "]")
# A plain Latin letter touching a non-ASCII letter: where look-alikes hide inside Latin words.
# Starts with the (rare) non-ASCII letter so the scan skips ASCII text at C speed; the old form
# started with a lookbehind and cost ~0.2 ms per non-ASCII message.
_MIXED_PAIR = re.compile(r"[^\x00-\x7f\W\d_](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_FULLWIDTH = re.compile("[\uff01-\uff5e]")


_NOT_QUESTION = re.compile(rb"[^?]")
_MANY_NON_ASCII = 2000


def many_non_ascii(text: str) -> bool:
    """More than ~2,000 non-ASCII characters: per-run Python work would cost more than a regex scan."""
    return text.encode("ascii", "replace").count(b"?") > _MANY_NON_ASCII


def non_ascii_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each maximal run of non-ASCII characters, in order.

    ``encode("ascii", "replace")`` keeps one byte per character and turns every non-ASCII one into
    "?", which ``bytes.find`` reaches at C speed; a real "?" is told apart by looking at the text.
    (A regex scan for ``[^\\x00-\\x7f]+`` costs ~9 ns per character, all of it on ASCII text.)
    """
    raw = text.encode("ascii", "replace")
    find = raw.find
    n = len(text)
    spans: list[tuple[int, int]] = []
    i = find(b"?")
    while i != -1:
        if text[i] == "?":
            i = find(b"?", i + 1)
            continue
        # The run ends at the next byte that is not "?" or at the next real "?" (both found in C:
        # a long run of non-Latin text must not be walked character by character in Python).
        other = _NOT_QUESTION.search(raw, i)
        j = other.start() if other is not None else n
        real = text.find("?", i, j)
        if real != -1:
            j = real
        spans.append((i, j))
        i = find(b"?", j)
    return spans


_MIXED_CHAR = re.compile(r"[^\x00-\x7f\W\d_]")


def _is_ascii_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _count_tricks(text: str, confusables: frozenset[str],
                  spans: list[tuple[int, int]] | None = None) -> dict[str, int]:
    """Count obfuscation in non-ASCII text (ASCII text cannot hide letters this way).

    Works on the non-ASCII runs only: the regexes below run over their concatenation, and a
    look-alike letter can only touch a Latin letter at either end of its run.
    """
    if spans is None:
        spans = non_ascii_spans(text)
    tricks: dict[str, int] = {}
    chars = "".join([text[a:b] for a, b in spans])
    invisible = len(_INVISIBLE_RE.findall(chars))
    if invisible:
        tricks["invisible_characters"] = invisible
    # A word mixing plain Latin letters with look-alikes from other scripts ("bіtcoin").
    mixed = 0
    n = len(text)
    for a, b in spans:
        first = text[a]
        if a > 0 and _is_ascii_letter(text[a - 1]) and first in confusables and _MIXED_CHAR.match(first):
            mixed += 1
            if b - a == 1:
                continue
        last = text[b - 1]
        if b < n and _is_ascii_letter(text[b]) and last in confusables and _MIXED_CHAR.match(last):
            mixed += 1
    if mixed:
        tricks["lookalike_letters"] = mixed
    fullwidth = len(_FULLWIDTH.findall(chars))
    if fullwidth >= 4:
        tricks["fullwidth_letters"] = fullwidth
    return tricks


def _count_tricks_reference(text: str, confusables: frozenset[str]) -> dict[str, int]:
    """The whole-text regex version of :func:`_count_tricks`, kept for the equivalence test."""
    tricks: dict[str, int] = {}
    invisible = len(_INVISIBLE_RE.findall(text))
    if invisible:
        tricks["invisible_characters"] = invisible
    mixed = sum(1 for ch in _MIXED_PAIR.findall(text) if ch in confusables)
    if mixed:
        tricks["lookalike_letters"] = mixed
    fullwidth = len(_FULLWIDTH.findall(text))
    if fullwidth >= 4:
        tricks["fullwidth_letters"] = fullwidth
    return tricks


def _translate_spans(text: str, spans: list[tuple[int, int]], table: dict[int, str | None]) -> str:
    """``text`` with only its non-ASCII runs passed through ``str.translate`` (a dict lookup per
    character is too slow for the ASCII bulk)."""
    parts: list[str] = []
    done = 0
    for a, b in spans:
        parts.append(text[done:a])
        parts.append(text[a:b].translate(table))
        done = b
    parts.append(text[done:])
    return "".join(parts)


def _sub_in_segments(pattern: re.Pattern[str], text: str, shape: bytes, probe: bytes, stops: bytes,
                     repl: Callable[[re.Match[str]], str]) -> str:
    """``pattern.sub(repl, text)`` for the spaced-letter patterns, searching only the segments that can
    hold a match: maximal runs of ``shape`` free of the ``stops`` bytes that contain ``probe``.

    Such a match never contains a stop character, so it lies inside one segment; the search may look
    one character past the segment (the closing lookahead sees the real next character), and its
    opening lookbehind sees the real previous one. The patterns start with a lookbehind, which the
    regex engine evaluates at every character: a whole-text scan cost ~1 ms per 50 kB.
    """
    parts: list[str] = []
    done = 0
    n = len(text)
    i = shape.find(probe)
    while i != -1:
        start = max(shape.rfind(bytes((c,)), 0, i) for c in stops) + 1
        ends = [e for e in (shape.find(bytes((c,)), i) for c in stops) if e != -1]
        end = min(ends) if ends else n
        for m in pattern.finditer(text, start, min(n, end + 1)):
            parts.append(text[done : m.start()])
            parts.append(repl(m))
            done = m.end()
        i = shape.find(probe, end)
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


# Digits and symbols standing for letters inside a word ("h@cked", "y0ur", "p1cs", "B1tc01n").
_LEET_HINT = re.compile(r"[a-z][0-9@$]|[0-9@$][a-z]")
_LEET_TABLE = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"})
# "1" stands for "l" as often as for "i" ("adu1t", "wa11et", "1eak" beside "v1deo", "b1tcoin"): the "l" reading
# is taken when the rules know that word and not the "i" one.
_LEET_TABLE_L = str.maketrans({"1": "l"})


def _leet_reading(word: str) -> str:
    plain = word.translate(_LEET_TABLE)
    if "1" in word and not known_word(plain):
        other = word.translate(_LEET_TABLE_L).translate(_LEET_TABLE)
        if known_word(other):
            return other
    return plain


# A whole run of word characters that holds a letter next to a digit or symbol. Anchored at the start of
# the run (the lookbehind) with a lazy prefix, so a run without one is walked once, not from every position.
# Runs of 3-15 characters not starting with "$" only (the lookahead): longer ones are never touched.
_LEET_WORD = re.compile(r"(?<![a-z0-9@$])(?=[a-z0-9@][a-z0-9@$]{2,14}(?![a-z0-9@$]))"
                        r"[a-z0-9@$]*?(?:[a-z][0-9@$]|[0-9@$][a-z])[a-z0-9@$]*")
_DROP_SYMBOLS = str.maketrans("", "", "0123456789@$")
# A number with its unit is no hidden word: a time ("8pm", "10am"), a rank ("3rd"), a size or an age ("16yo").
_NUMBER_WITH_UNIT = re.compile(r"\d{1,4}(?:am|pm|hrs?|mins?|secs?|st|nd|rd|th|gb|mb|kb|kg|km|cm|mm|ml|yo|yrs?|"
                               r"eur|usd|gbp|btc|eth)")


# One byte per character: ASCII letters -> "a", digits and "@$" -> "0", anything else -> " " (the text is
# lowercase: only a-z occur). A hint of :data:`_LEET_HINT` is "a0" or "0a"; a leet run is a run of non-spaces.
_LEET_SHAPE = bytes(97 if 97 <= c <= 122 else 48 if (48 <= c <= 57 or c in (64, 36)) else 32 for c in range(256))


# On the shape padded with a space at each end: a run of 3-15 run characters with a hint inside (a run of
# "a" and "0" holds "a0" or "0a" when it holds both). It opens with a literal space, which the regex engine
# skips to at C speed, and its possessive quantifiers never backtrack: a few steps per word.
_LEET_CANDIDATE = re.compile(rb" (?=a++0|0++a)([a0]{3,15}+)(?= )")


def _leet_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the matches of :data:`_LEET_WORD` in ``text`` (lowercase), found without its
    leading lookbehind, which the regex engine tries at every character.

    A match is always a whole maximal run of ``[a-z0-9@$]`` of 3-15 characters, not starting with "$",
    that holds a letter next to a digit or symbol. On a one-byte-per-character shape of the text (letters
    "a", digits and symbols "0", the rest " "), such runs are the 3-15 byte runs between spaces that hold
    "a0" or "0a".
    """
    shape = b" " + text.encode("ascii", "replace").translate(_LEET_SHAPE) + b" "
    for m in _LEET_CANDIDATE.finditer(shape):
        a = m.start(1) - 1
        if text[a] != "$":
            yield a, m.end(1) - 1


def _unleet(text: str) -> tuple[str, int]:
    """``text`` with look-alike digits and symbols inside short words turned back into letters, and how
    many words were changed. Only words of 3-15 characters with at least two letters and no more symbols
    than letters are touched, so amounts ("1200"), times ("48h"), codes and addresses stay as they are."""
    parts: list[str] = []
    done = 0
    n = 0
    for a, b in _leet_runs(text):
        word = text[a:b]
        plain = _leet_reading(word)
        letters = len(word.translate(_DROP_SYMBOLS))
        if plain == word or letters < 2 or letters * 2 <= len(word) or _NUMBER_WITH_UNIT.fullmatch(word):
            continue
        # Only whole words (the regex may start inside a longer run such as a URL path).
        if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
            continue
        parts.append(text[done:a])
        parts.append(plain)
        done = b
        n += 1
    if not n:
        return text, 0
    parts.append(text[done:])
    return "".join(parts), n


# Letters hidden behind asterisks inside a word ("p*rn", "ad*lt", "n*des"): each asterisk stands for one letter.
_MASKED = re.compile(r"(?<![a-z0-9*])[a-z]{1,15}(?:\*{1,3}[a-z]{0,15}){1,3}(?![a-z0-9*])|"
                     r"(?<![a-z0-9*])\*{1,3}[a-z]{1,15}(?:\*{1,3}[a-z]{1,15}){0,2}(?![a-z0-9*])")


# A message hides a few words this way; each costs a walk over the vocabulary, so a hostile text of thousands
# of masked words is read for its first ones only.
_MASKED_MAX = 64


@lru_cache(maxsize=4096)
def _unmask(word: str) -> str | None:
    """The one word of the concept terms (or a prefix stem plus the rest) that ``word``'s asterisks hide, or
    None when no word or more than one fits."""
    words, stems = vocabulary()
    n = len(word)
    found: set[str] = set()
    for known in words:
        if len(known) == n and all(c == "*" or c == k for c, k in zip(word, known, strict=True)):
            found.add(known)
    for stem in stems:
        head = word[: len(stem)]
        if len(stem) <= n and "*" in head and "*" not in word[len(stem):] \
                and all(c == "*" or c == k for c, k in zip(head, stem, strict=True)):
            found.add(stem + word[len(stem):])
    return found.pop() if len(found) == 1 else None


def _unmask_all(text: str) -> tuple[str, int]:
    n = 0
    tried = 0

    def swap(m: re.Match[str]) -> str:
        nonlocal n, tried
        word = m.group()
        if tried >= _MASKED_MAX or word.count("*") * 2 >= len(word):
            return word
        tried += 1
        plain = _unmask(word)
        if plain is None:
            return word
        n += 1
        return plain

    return _MASKED.sub(swap, text), n


def normalize(text: str) -> Normalized:
    """Matching text for ``text`` (lowercase, Latin, no diacritics) and the tricks found."""
    tricks: dict[str, int] = {}
    if "&" in text:
        entities = _ENTITY.findall(text)
        if entities:
            letters = sum(1 for e in entities if e.startswith("&#"))
            if letters >= 5:
                tricks["html_entities"] = letters
            text = html.unescape(text)
    if "<" in text and looks_like_html(text):
        text = html_to_text(text)
    if not text.isascii():
        table, confusables = _tables()
        if many_non_ascii(text):
            # Mostly non-Latin text: whole-text regexes walk it faster than Python walks its runs.
            tricks.update(_count_tricks_reference(text, confusables))
            if not unicodedata.is_normalized("NFKC", text):
                text = unicodedata.normalize("NFKC", text)
            text = _NON_ASCII.sub(lambda m: m.group().translate(table), text)
        else:
            spans = non_ascii_spans(text)
            tricks.update(_count_tricks(text, confusables, spans))
            if not unicodedata.is_normalized("NFKC", text):
                text = unicodedata.normalize("NFKC", text)
                spans = non_ascii_spans(text)
            # Translate only the non-ASCII runs: str.translate costs a dict lookup per character.
            text = _translate_spans(text, spans, table)
    text = text.lower()
    text, leet = _unleet(text)  # finds its own hints; without any the text comes back as it was
    if leet:
        tricks["leetspeak"] = leet
    shape = text.encode("ascii", "replace").translate(_SHAPE)
    if b"a.a.a.a" in shape:
        n = 0

        def join(m: re.Match[str]) -> str:
            nonlocal n
            if m.start() > 0 and m.string[m.start() - 1].isalnum():
                return m.group()
            n += 1
            return re.sub(r"[^a-z]", "", m.group())

        text = _sub_in_segments(_SPACED, text, shape, b"a.a.a.a", b" #", join)
        if n:
            tricks["spaced_letters"] = tricks.get("spaced_letters", 0) + n
            shape = text.encode("ascii", "replace").translate(_SHAPE)
    if b"a a a a a" in shape:
        n2 = 0

        def join_blank(m: re.Match[str]) -> str:
            nonlocal n2
            if m.start() > 0 and m.string[m.start() - 1].isalnum():
                return m.group()
            n2 += 1
            return " " + m.group().replace(" ", "") + " "

        text = _sub_in_segments(_SPACED_BLANK, text, shape, b"a a a a a", b".#", join_blank)
        if n2:
            tricks["spaced_letters"] = tricks.get("spaced_letters", 0) + n2
    if "*" in text:
        text, masked = _unmask_all(text)
        if masked:
            tricks["masked_letters"] = masked
    return Normalized(text, tricks)
