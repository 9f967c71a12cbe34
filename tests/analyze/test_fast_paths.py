"""The fast paths give the same answers as the plain way of computing them.

One trie-regex scan finds trigger keywords instead of a ``str.find`` loop per keyword; the accent
and look-alike scans start at the rare non-ASCII character. Each is checked here against the
straightforward version on generated text.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze import indicators as ind
from standfast.analyze.lexicon import ACCENT_BAIT
from standfast.analyze.triage import _accent_tricks

_KEYWORDS = sorted({w for group in ind._TRIGGER_GROUPS for w in group})
PIECES = st.sampled_from([*_KEYWORDS, " ", "a", "x", "1", "\n", "é", "s", "ur", "€", "tel", "hour"])
TEXTS = st.lists(PIECES, max_size=60).map("".join)


def _naive_windows(text: str, words: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    low = text.lower()
    if len(low) != len(text):
        return [(0, len(text))]
    spots = []
    for w in words:
        i = low.find(w)
        while i != -1:
            spots.append((max(0, i - before), min(len(text), i + len(w) + after)))
            i = low.find(w, i + 1)
    spots.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spots:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_trigger_scan_finds_every_occurrence(text: str) -> None:
    trig = ind._Triggers(text, text.lower())
    for group in ind._TRIGGER_GROUPS:
        assert trig.windows(group, 5, 7) == _naive_windows(text, group, 5, 7), group


_OLD_WORD = re.compile(r"[^\s\x00-\x7f]\w*|\w+[^\s\x00-\x7f]\w*")


def _naive_accent_tricks(text: str) -> int:
    count = 0
    for m in _OLD_WORD.finditer(text):
        word = m.group()
        if len(word) > 20:
            continue
        plain = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
        if plain.strip(".,:;!?\"'()") in ACCENT_BAIT:
            count += 1
    return count


WORDS = st.sampled_from(["bítcóin", "wállet", "yóu", "pay", "the", "hacKed", "b\u0301itcoin", "naïve", "日本",
                         "(páyment)", "porn", " ", "\n", ",", "’", "x" * 25, "é" * 3])


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(WORDS, max_size=40))
def test_accent_scan_matches_word_regex(parts: list[str]) -> None:
    text = " ".join(parts)
    assert _accent_tricks(text) == _naive_accent_tricks(text)


def test_valid_iban_found_without_a_bank_word() -> None:
    text = "Transfer it to DE89 3704 0044 0532 0130 00 today. Ref GB82WEST12345698765433 and XDE89370400440532013000."
    found = [i for i in ind.extract_indicators(text) if i.type == "iban"]
    assert [(i.normalized, i.valid) for i in found] == [("DE89370400440532013000", True)]


def test_mistyped_iban_reported_only_next_to_a_bank_word() -> None:
    found = [i for i in ind.extract_indicators("IBAN: GB82WEST12345698765433") if i.type == "iban"]
    assert [(i.normalized, i.valid) for i in found] == [("GB82WEST12345698765433", False)]
