"""A long alternation of literal words, tried only where a word starts, finds the very matches ``re.finditer`` finds:
the same spans, in the same order, on generated text and on every cue family of triage."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze import alternation, cues
from standfast.analyze.alternation import LiteralAlternation

WORDS = ["send", "sen", "end", "pics", "pic", "بصور", "صور", "пошлю", "写真", "ab", "b"]
# (a word inside a word, words that overlap, a joined Arabic letter, other scripts, a Hungarian-like ending)
PIECES = st.sampled_from([*WORDS, " ", "x", "1", "\n", "و", "ب", "é", "ı", "İ", "-", "?", "amazsan", "mezsen",
                          "a" * 70])


@pytest.fixture(autouse=True)
def _from_the_first_search(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The automaton is used from the first search here, not after the warm-up that spares a one-message command."""
    monkeypatch.setattr(alternation, "WARM_UP", 0)
    yield


def _spans(pattern: LiteralAlternation, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _plain(pattern: LiteralAlternation, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.pattern.finditer(text)]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


LATIN = LiteralAlternation(rf"(?<![a-z0-9])(?:{_alternation(WORDS)})|(?<![a-z])[a-z]{{2,}}m[ae]zs[ae][nm](?![a-z])",
                           WORDS, unless=[f"m{a}zs{b}{c}" for a in "ae" for b in "ae" for c in "nm"])
JOINED = LiteralAlternation(rf"(?<!\w)(?:{_alternation(WORDS[:3])})|(?<!\w)[وب]?(?:{_alternation(WORDS[5:7])})"
                            rf"|{_alternation(WORDS[8:])}", WORDS[:3] + WORDS[5:7] + WORDS[8:], reach_back=1)


@settings(max_examples=300)
@given(text=st.lists(PIECES, max_size=60).map("".join))
def test_every_match_is_found_as_the_pattern_finds_it(text: str) -> None:
    for pattern in (LATIN, JOINED):
        assert _spans(pattern, text) == _plain(pattern, text)


def test_a_word_after_a_joined_letter_starts_the_match_one_character_before() -> None:
    text = "x" * 70 + " بصور و وصور"
    assert _spans(JOINED, text) == _plain(JOINED, text) == [(71, 75), (78, 82)]


def test_a_match_found_only_through_the_non_literal_branch_is_kept() -> None:
    text = "y" * 70 + " ha nem fizetsz, elküldöm. hallgatmazsan "
    assert _spans(LATIN, text) == _plain(LATIN, text) != []


@pytest.mark.parametrize("text", ["\ud800 send " + "z" * 80, "pic" * 900 + " send"])
def test_texts_the_automaton_cannot_answer_are_searched_by_the_pattern(text: str) -> None:
    """A lone surrogate cannot be encoded for the automaton; thousands of word starts cost more than the scan."""
    assert _spans(LATIN, text) == _plain(LATIN, text) != []


def test_the_plain_search_is_used_while_warming_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(alternation, "WARM_UP", 2)
    fresh = LiteralAlternation(r"(?<!\w)(?:send)", ["send"])
    text = "q" * 80 + " send"
    for _ in range(4):
        assert _spans(fresh, text) == [(81, 85)]


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError, match="non-empty"):
        LiteralAlternation("a|", ["a", ""])


def _family_texts() -> Iterator[tuple[str, LiteralAlternation, str]]:
    """Texts made of each cue family's own words, with the characters that decide a match around them."""
    for family, pair in cues._patterns().items():
        for which, pattern in zip(("latin", "script"), pair, strict=True):
            words = list(pattern._words)[:: max(1, len(pattern._words) // 40)]
            glue = [" ", "x", "و", "?", ".", "\n", "1"]
            pieces = [w for i, word in enumerate(words) for w in (word, glue[i % len(glue)])]
            yield f"{family}-{which}", pattern, "pad " * 20 + "".join(pieces)


@pytest.mark.parametrize(("name", "pattern", "text"), list(_family_texts()), ids=lambda v: v if isinstance(v, str)
                         and len(v) < 40 else "")
def test_each_cue_family_finds_what_its_pattern_finds(name: str, pattern: LiteralAlternation, text: str) -> None:
    found = _spans(pattern, text)
    assert found == _plain(pattern, text)
    assert found, name


def test_cue_families_are_the_same_with_the_plain_search(monkeypatch: pytest.MonkeyPatch) -> None:
    threat = "Pay 500 euros by Friday or I send your photos to your family. " * 3
    texts = [t for _n, _p, t in _family_texts()] + [threat]
    fast = [cues.cue_families(t.lower(), t) for t in texts]
    monkeypatch.setattr(alternation, "FAST", False)
    assert [cues.cue_families(t.lower(), t) for t in texts] == fast
