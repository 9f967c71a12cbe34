"""Long messages in languages the rules do not read: the quick reader (sieve) does not stop a text in a script it
never learned, the wide head reads the opening when the sieve passes no part, and two parts whose labelled neighbours
are all close threats are treated as real whatever the head rated them. Texts written for these tests."""

from __future__ import annotations

import pytest
from tests.analyze.test_wide_head import LONG_CZECH_SCHOOL_LETTER, LONG_CZECH_THREAT

from standfast.analyze import triage
from standfast.analyze.learned import sieve_knows_script
from standfast.analyze.learned.sieve import SCRIPT_SAMPLE
from standfast.analyze.triage import Verdict, analyze_text


@pytest.mark.parametrize("text", [
    "Hello, see you at practice tomorrow",
    "Привет, завтра увидимся на тренировке",
    "Γεια σου, τα λέμε αύριο στην προπόνηση",
    "مرحبا، أراك غدا في التدريب",
    "नमस्ते, कल अभ्यास में मिलते हैं",
    "สวัสดี พรุ่งนี้เจอกันที่ซ้อม",
    "明日の練習で会いましょう",
    "明天训练见",
    # (digits, links and emoji are no letters: the letters decide)
    "ok 👍 https://example.org 12:30",
])
def test_the_sieve_knows_the_scripts_it_learned(text: str) -> None:
    assert sieve_knows_script(text)


@pytest.mark.parametrize("text", [
    "გამარჯობა, ხვალ ვარჯიშზე შევხვდებით",
    "Բարեւ, վաղը կհանդիպենք մարզումին",
    "নমস্কার, কাল অনুশীলনে দেখা হবে",
    "שלום, נתראה מחר באימון",
    "안녕, 내일 연습에서 보자",
    "வணக்கம், நாளை பயிற்சியில் சந்திப்போம்",
])
def test_the_sieve_does_not_know_other_scripts(text: str) -> None:
    assert not sieve_knows_script(text)


def test_the_script_is_told_from_the_opening_and_by_most_letters() -> None:
    georgian = "გამარჯობა მეგობარო "
    assert not sieve_knows_script(georgian * 3 + "ok")
    assert sieve_knows_script("hello friend " * 3 + "გამარჯობა")
    # (a long Latin tail after an opening in another script: only the opening is read)
    assert not sieve_knows_script(georgian * (SCRIPT_SAMPLE // len(georgian) + 1) + "hello " * 500)


def test_an_unread_message_in_a_script_the_sieve_never_learned_is_not_stopped_by_it(model_ready: None) -> None:
    why: list[triage.Contribution] = []
    assert not triage._sieve_clears("안녕, 내일 연습에서 보자", why, unread=True)
    assert why == []
    # (in a language the rules read, the sieve still decides as before)
    assert triage._sieve_clears("see you at practice tomorrow, bring the blue shirt", why) in (True, False)


def test_the_opening_is_read_when_no_part_reaches_the_sieves_bar(monkeypatch: pytest.MonkeyPatch,
                                                                model_ready: None) -> None:
    monkeypatch.setattr(triage, "PART_SIEVE_UNREAD", 1.01)
    opinions = triage._part_opinions(LONG_CZECH_THREAT, unread=True)
    assert len(opinions) == 1
    monkeypatch.setattr(triage, "OPENING_UNREAD", False)
    assert triage._part_opinions(LONG_CZECH_THREAT, unread=True) == []
    # (only for the wide head's languages: where the rules read the language, no part past the bar means none read)
    monkeypatch.setattr(triage, "OPENING_UNREAD", True)
    monkeypatch.setattr(triage, "PART_SIEVE", 1.01)
    assert triage._part_opinions(LONG_CZECH_THREAT, unread=False) == []


def test_parts_with_all_their_neighbours_threats_are_treated_as_real(monkeypatch: pytest.MonkeyPatch,
                                                                    model_ready: None) -> None:
    """With every bar of the model out of reach, the Czech threat is still not called safe: its two parts each have
    all five labelled neighbours close threats. The school letter's parts have none, and it stays not extortion."""
    for bar in ("MODEL_FLAG", "MODEL_FLAG_PART", "MODEL_FLAG_PART_UNREAD"):
        monkeypatch.setattr(triage, bar, 1.01)
    threat = analyze_text(LONG_CZECH_THREAT)
    assert threat.verdict == Verdict.UNCLEAR
    assert "near_extortion" in [s.id for s in threat.signals]
    assert any("parts of this long message each have all" in c.text for c in threat.explanation)
    assert analyze_text(LONG_CZECH_SCHOOL_LETTER).verdict == Verdict.NOT_EXTORTION
    monkeypatch.setattr(triage, "PARTS_NEAR_ALL", 3)
    assert analyze_text(LONG_CZECH_THREAT).verdict == Verdict.NOT_EXTORTION
