"""Pictures that stay between two people ("send me one before you go out", "envoie-m'en d'autres", "nobody else sees
it") are no exposure, while pictures that "go to" the reader's people still are; and silence sold for money to someone
who names the reader's people ("$2,000 and I forget what I saw") is extortion, while a friend's small debt "forgotten"
is not. The wordings are this file's own (rules alone)."""

from __future__ import annotations

import pytest
from tests.analyze.readme_examples import assert_readme_examples
from tests.analyze.rules_only import rules_verdict as _rules

BETWEEN_TWO = [
    "send me a pic in that green dress before you go out tonight 😏 can't wait to see you later",
    "J'ai adoré tes photos d'hier 😍 envoie-m'en d'autres avant que tu partes au boulot, bisous",
    "Your video from last night is saved in our private folder, nobody else sees it. Send me another after work?",
]
GOES_TO_PEOPLE = [
    "send 2 more before tonight or the ones i already have go to your sister",
    "You're meeting me on Friday. If you don't, the photos from your phone go to your coach and the whole team.",
]


@pytest.mark.parametrize("text", BETWEEN_TWO)
def test_pictures_between_two_people_are_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", GOES_TO_PEOPLE)
def test_pictures_that_go_to_the_readers_people_are_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"


SILENCE_SOLD = [
    "I saw you leaving the hotel with her on Friday. Your wife would love to know. $2,000 and I forget what I saw.",
    "Ti ho visto uscire dall'albergo con lei. Tua moglie non sa niente. 1000 euro e io non dico niente.",
    "Ich habe dich mit ihr im Hotel gesehen. Deine Frau weiß nichts davon. 1.500 € und ich schweige.",
]
DEBT_FORGOTTEN = [
    "give me my $20 back by friday and i forget it lol",
    "pay me the 15 euros for the tickets and I will forget about it",
]


@pytest.mark.parametrize("text", SILENCE_SOLD)
def test_silence_sold_to_someone_who_names_the_readers_people_is_extortion(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", DEBT_FORGOTTEN)
def test_a_small_debt_forgotten_between_friends_is_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


def test_the_readme_examples_hold() -> None:
    assert_readme_examples({
        "send me one before you go out": "not_extortion",
        "dont make me send these to ur mum": "unclear",
        "Your wife would love to know. $2,000 and I forget what I saw": "unclear",
        "if you are thinking about hurting yourself, call a crisis line": "not_extortion",
    })
