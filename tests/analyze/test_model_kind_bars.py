"""Where the model alone may name the kind: in a language the rules do not read, and for a message its neighbours
rescued, when the head and the neighbours agree.

The opinions and the neighbours are built by hand (``LearnedScore``, ``Nearest``), so these tests check the rule that
turns them into a kind, whatever the shipped head and bank rate the messages.
"""

from __future__ import annotations

import pytest
from tests.analyze.hand_opinion import KINDS

from standfast.analyze import triage
from standfast.analyze.learned.model import LearnedScore
from standfast.analyze.learned.neighbours import Nearest
from standfast.analyze.normalize import normalize

V = triage.Verdict


def _opinion(kind: str, pk: float, near_kinds: tuple[str, ...] = ()) -> LearnedScore:
    """Extortion at 0.95, ``pk`` of it on ``kind`` and the rest on the other kinds; neighbours of ``near_kinds``."""
    rest = (0.95 - pk) / 2
    probabilities = {k: (pk if k == kind else rest) for k in KINDS}
    probabilities["not_extortion"] = 0.05
    near = None
    if near_kinds:
        counts = {k: near_kinds.count(k) for k in set(near_kinds)}
        extortion = sum(n for k, n in counts.items() if k != "not_extortion")
        near = Nearest(k=len(near_kinds), extortion=extortion, kinds=counts, labels=near_kinds,
                       similarities=tuple(0.9 for _ in near_kinds))
    return LearnedScore(probabilities, 0.95, "sw", near)


# A short message in a language the rules do not read, with a sum: the model is its only reader.
UNREAD = "Nina picha zako. Tuma elfu hamsini leo usiku."


def _unread(opinion: LearnedScore) -> V:
    norm = normalize(UNREAD)
    sp = triage.read_speech(norm.text, UNREAD, triage.LANGS)
    indicators = triage.extract_indicators(UNREAD)
    verdict, _, _ = triage._unread_language(UNREAD, norm.text, "sw", indicators, sp, [], [], opinion, False)
    return verdict


def test_in_an_unread_language_the_model_names_the_kind_from_its_bar() -> None:
    assert _unread(_opinion("targeted", triage.MODEL_KIND_UNREAD + 0.02)) == V.TARGETED


def test_in_an_unread_language_below_the_bar_it_stays_unclear() -> None:
    assert _unread(_opinion("targeted", triage.MODEL_KIND_UNREAD - 0.05)) == V.UNCLEAR


def _near(text: str, opinion: LearnedScore) -> tuple[V, float, int] | None:
    norm = normalize(text)
    sp = triage.read_speech(norm.text, text, triage.LANGS)
    f = triage._features(norm.text, norm.tricks, [], text, sp.first_person_forms, "en", sp.tokens, sp.distinct)
    loose = triage.loose_signs(norm.text, text, sp.words)
    return triage._near_agreed_kind(opinion, f, sp, loose, False)


QUIET = "u know what i mean. tonight."


def test_the_head_and_the_neighbours_agreeing_name_the_kind() -> None:
    named = _near(QUIET, _opinion("targeted", triage.NEAR_KIND_MODEL + 0.05, ("targeted",) * 4 + ("not_extortion",)))
    assert named is not None and named[0] == V.TARGETED


@pytest.mark.parametrize(("kind", "pk", "near"), [
    # the head below its bar
    ("targeted", triage.NEAR_KIND_MODEL - 0.1, ("targeted",) * 5),
    # the neighbours split between kinds
    ("targeted", 0.9, ("targeted", "targeted", "other_extortion", "other_extortion", "not_extortion")),
    # never the bulk e-mail
    ("mass_scam", 0.9, ("mass_scam",) * 5),
])
def test_no_kind_without_both_readers(kind: str, pk: float, near: tuple[str, ...]) -> None:
    assert _near(QUIET, _opinion(kind, pk, near)) is None


def test_a_worry_is_named_no_kind_by_the_neighbours() -> None:
    text = "im scared he'll post the pics one day, he never said he would"
    assert _near(text, _opinion("targeted", 0.9, ("targeted",) * 5)) is None


def test_other_extortion_is_not_named_over_pictures() -> None:
    text = "that night. the nudes. you remember."
    assert _near(text, _opinion("other_extortion", 0.9, ("other_extortion",) * 5)) is None


def test_an_unclear_message_is_named_when_the_head_and_the_neighbours_agree() -> None:
    # (the rules read a threat but not its kind; the head is below its own bar for the kind, the neighbours agree)
    text = "je hebt tot 18u. 100 euro via tikkie of het staat in de groepsapp van je club"
    norm = normalize(text)
    sp = triage.read_speech(norm.text, text, triage.LANGS)
    f = triage._features(norm.text, norm.tricks, [], text, sp.first_person_forms, "nl", sp.tokens, sp.distinct)
    loose = triage.loose_signs(norm.text, text, sp.words)
    opinion = _opinion("targeted", triage.NEAR_KIND_MODEL + 0.05, ("targeted",) * 5)
    named, _ = triage._apply_model(V.UNCLEAR, 0.6, ["loose_threat"], [], opinion, f, sp, loose)
    assert named == V.TARGETED
    split = _opinion("targeted", triage.NEAR_KIND_MODEL + 0.05, ("targeted", "targeted", "other_extortion",
                                                                 "other_extortion", "not_extortion"))
    named, _ = triage._apply_model(V.UNCLEAR, 0.6, ["loose_threat"], [], split, f, sp, loose)
    assert named == V.UNCLEAR
