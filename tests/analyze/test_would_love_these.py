""""Your girlfriend would love these pics, call me" is an implied threat in every language the rules read; the same
words about one's own grandmother and the wedding photos are an everyday message. The wordings are this file's own
(rules alone)."""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules


@pytest.mark.parametrize("text", [
    "je nieuwe vriend zou deze filmpjes vast geweldig vinden 😉 bel me vanavond",
    "deine Freundin würde diese Fotos bestimmt mögen 😘 ruf mich an",
    "a tua namorada ia adorar estas fotos 😘 me liga",
    "ta copine adorerait ces photos 😘 appelle-moi",
    "alla tua ragazza piacerebbero queste foto 😘 chiamami",
    "Seria uma pena se a tua chefe visse aquelas fotos da viagem, né? Me liga.",
])
def test_would_love_these_with_a_call_asked_is_an_implied_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    "mijn oma zou deze foto's van de bruiloft echt leuk vinden, bel me straks even",
    "meine Oma würde die Hochzeitsfotos bestimmt mögen, ruf mich an wenn du Zeit hast",
])
def test_ones_own_people_liking_the_photos_is_everyday(text: str) -> None:
    assert _rules(text) == "not_extortion"
