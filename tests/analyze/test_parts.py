"""Cutting a long message into overlapping parts of whole sentences (analyze/parts.py)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze.parts import MAX_CHARS, PART_WORDS, parts


def _sentence(n: int, tag: str) -> str:
    return " ".join(f"{tag}{i}" for i in range(n)) + "."


def test_a_short_text_is_one_part_with_its_spacing_tidied() -> None:
    assert parts("Hello there.\n\n  See you  at 7!") == ["Hello there. See you at 7!"]


def test_an_empty_or_blank_text_has_no_parts() -> None:
    assert parts("") == []
    assert parts(" \n\t ") == []


def test_parts_hold_whole_sentences_and_overlap_by_about_half() -> None:
    text = " ".join(_sentence(30, f"s{k}w") for k in range(10))  # ten sentences of 30 words
    out = parts(text, words=100)
    assert all(len(p.split()) <= 100 for p in out)
    # (three sentences fit in a part; the next part starts two sentences later)
    assert out[0].split()[0] == "s0w0" and out[1].split()[0] == "s2w0"
    for p in out:
        assert all(len([w for w in p.split() if w.startswith(f"s{k}w")]) in (0, 30) for k in range(10))
    assert out[-1].endswith("s9w29.")


def test_a_threat_spread_over_a_parts_edge_stands_whole_in_a_part() -> None:
    filler = " ".join(_sentence(20, f"f{k}w") for k in range(6))
    threat = "I have the video of you. If you do not pay by Friday your wife gets it."
    out = parts(filler + " " + threat + " " + filler, words=100)
    assert any(threat in p for p in out)


def test_a_sentence_longer_than_a_part_is_cut_into_runs_of_words() -> None:
    out = parts(" ".join(f"w{i}" for i in range(250)), words=100)
    assert [len(p.split()) for p in out] == [100, 100, 50]


def test_only_the_opening_of_a_huge_paste_is_cut_and_quickly() -> None:
    huge = "This is a sentence of some length. " * 200_000  # ~7 MB
    start = time.process_time()
    out = parts(huge)
    assert time.process_time() - start < 1.0
    covered = " ".join(out)
    assert len(covered) <= 2 * MAX_CHARS + 100  # (the overlap repeats about half of the opening)


def test_a_part_holds_at_least_two_words() -> None:
    with pytest.raises(ValueError):
        parts("some text", words=1)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "Cc")), max_size=3000),
       st.integers(min_value=2, max_value=150))
def test_parts_cover_every_word_in_order_and_stay_small(text: str, words: int) -> None:
    out = parts(text, words=words)
    assert all(0 < len(p.split()) <= words for p in out)
    expected = text[:MAX_CHARS].split()
    # Every word of the opening is in a part; read in order, the parts never go back before an earlier part's start.
    seen = [w for p in out for w in p.split()]
    assert set(expected) <= set(seen)
    if expected:
        assert out[0].split()[0] == expected[0] and out[-1].split()[-1] == expected[-1]


def test_the_default_part_is_about_what_the_model_reads() -> None:
    from standfast.analyze.learned.text import MAX_CHARS as MODEL_CHARS

    # (600 characters are ~100 words in the languages the model reads: a part is read whole)
    assert PART_WORDS * 5 <= MODEL_CHARS * 1.2


def test_a_sentence_longer_than_a_small_part_is_cut_too() -> None:
    # (found by hypothesis: sentences were cut at the default part size whatever size was asked)
    assert parts("0 0 0", words=2) == ["0 0", "0"]
