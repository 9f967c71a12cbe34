"""A dare whose forfeit is paying the group's treat is a game, not a threat; a long telling of a threat that is going
on is read in parts by the model even when the quick reader rates its parts low. All texts written for these tests."""

from __future__ import annotations

import pytest

from standfast.analyze import triage
from standfast.analyze.triage import MODEL_MAX_WORDS, Verdict, analyze_text

FORFEITS = [
    "dare: post a selfie with the clown nose in the group chat in 10 min or you pay for the pizza tomorrow 😂",
    "reto: manda un audio cantando al grupo en 5 minutos o pagas tú los helados mañana jajaja",
    "desafio: manda uma selfie de peruca no grupo em 10 min ou paga o açaí amanhã kkkk",
    "Mutprobe: Sprachnachricht mit dem Schlachtruf in die Klassengruppe bis 20 Uhr, sonst zahlst du morgen die Pommes",
    "gage : tu postes la photo avec le bonnet de Noël sur le groupe avant minuit ou tu paies les croissants demain 😂",
    "obbligo: foto con la parrucca sul gruppo entro 10 minuti o paghi tu gli spritz stasera 🤣",
    "uitdaging: binnen 5 min een filmpje van je dansje in de app of je betaalt vanavond de frikandellen 😂",
]
# The same shapes with a real threat: a sum of money, intimate pictures, the reader's people.
THREATS_SHAPED_LIKE_FORFEITS = [
    "send 200 in the next hour or you pay for it when your nudes hit the group",
    "manda 300 euro entro stasera o paghi tu quando le tue foto nude finiscono sul gruppo",
    "dare: send me 150 on cashapp in 10 min or your nudes go to your mom 😂",
    "Mutprobe? Nein. 300 Euro bis 20 Uhr, sonst bekommt deine Familie die Nacktbilder. Danach zahlst du die Pizza.",
    "reto: 500 pesos por bizum antes de las 10 o tus fotos íntimas van al grupo de clase jajaja",
]


@pytest.mark.parametrize("text", FORFEITS)
def test_a_dare_with_a_treat_as_forfeit_is_not_extortion(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", THREATS_SHAPED_LIKE_FORFEITS)
def test_money_or_intimate_pictures_keep_a_dare_shaped_threat_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


LONG_TELLING = (
    "I'm writing for my cousin because she can't bring herself to. She met a man at a festival in the summer and they "
    "were together for a few weeks. He took videos of them in bed, and at the time she didn't really object. She ended "
    "it in October. Since last week he keeps texting her that unless she comes back to him he will put the videos on "
    "a porn site with her full name and send the link to her parents and to her manager. This morning he wrote "
    "'Saturday at my place or it's online on Sunday, you decide.' She is thinking about going because she is "
    "terrified of her family seeing it. I told her that isn't a choice. What should we do first? Can the police act "
    "before anything is posted? Can the videos be blocked from the big sites in advance? She is 22 and we live in "
    "Leeds. Please, anything helps, she has not slept for days and is not eating.")


def test_a_long_telling_of_a_threat_going_on_is_read_by_the_model(model_ready: None) -> None:
    assert len(LONG_TELLING.split()) > MODEL_MAX_WORDS
    a = analyze_text(LONG_TELLING)
    assert a.model_score is not None
    assert a.verdict != Verdict.NOT_EXTORTION


def test_the_told_parts_pass_the_sieve_whatever_it_rates(monkeypatch: pytest.MonkeyPatch,
                                                         model_ready: None) -> None:
    """A bar no part can reach stops every part of an ordinary long message, but not of a telling."""
    monkeypatch.setattr(triage, "PART_SIEVE", 1.01)
    assert triage._part_opinion(LONG_TELLING) is None
    assert triage._part_opinion(LONG_TELLING, told=True) is not None


PADDING = (" Our family newsletter also has the usual news: the garden club meets on Tuesdays, the bakery on the "
           "corner has new opening hours, and the library is collecting old books for the spring sale.") * 12


def test_beyond_a_page_a_telling_gets_no_pass(monkeypatch: pytest.MonkeyPatch, model_ready: None) -> None:
    """With the ordinary bar out of reach, only the told route reads the parts: up to PART_TOLD_MAX_WORDS, not past."""
    monkeypatch.setattr(triage, "PART_SIEVE", 1.01)
    a = analyze_text(LONG_TELLING)
    assert a.model_score is not None and a.verdict != Verdict.NOT_EXTORTION
    padded = LONG_TELLING + PADDING
    assert len(padded.split()) > triage.PART_TOLD_MAX_WORDS
    assert analyze_text(padded).model_score is None
