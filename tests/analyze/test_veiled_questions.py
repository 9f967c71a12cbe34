"""Threats left as a question or a promise: an exposure nobody would want, asked ("you wouldn't want me to post
that, would you?"); an exposure offered with an alternative ("want me to show your mates or are you going to be
nice"); the deletion promised for a demand ("send 3 more and I'll delete everything"); what the writer's phone
holds, left unsaid; a racket's "shame if something happened"; the fake police "settlement" that avoids the
charges. Our own examples in the big languages and Hinglish, with look-alikes that share their words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze.triage import Verdict, analyze_text

QUESTIONS = [
    "you wouldn't want me to post that video, would you? answer me by tonight",
    "Tu ne voudrais pas que ta classe voie ces photos ? Réponds-moi avant 21h.",
    "Lust, dass deine Eltern die Videos von neulich sehen? Nein? Dann meld dich bis morgen.",
    "Non vorresti che la tua ragazza veda quel video, vero? Rispondimi entro le 20.",
    "Je wilt toch niet dat je vriendin die foto's ziet? Antwoord me voor 10 uur.",
    "Você não vai querer que eu mostre aquilo pra sua mãe, né? Me responde até amanhã.",
    "want me to send it to ur brother or are u gonna answer me",
    "Tumhari pics abhi bhi mere paas hain. Teri nayi wali ko dikhaun kya? 😏",
]
PROMISES = [
    "pay 150 on cashapp and i'll delete everything. you have 1 hour",
    "two more like that one and then I delete the recording, deal? don't make me wait",
    "come to the park tomorrow at 5. you know what's on my phone and who sees it if you don't come",
    "Sabes lo que tengo en mi móvil. Mañana a las 6 en la plaza, si no vienes lo ve tu hermana.",
]
RACKETS = [
    "Nice little kebab shop. Shame if something happened to it one night. 300 a week and you sleep easy.",
    "Bella pizzeria. Peccato se succedesse qualcosa. 400 al mese e dormi tranquillo.",
    "Schöner Imbiss. Wär schade, wenn hier nachts mal was passiert. 300 pro Woche und alles bleibt ruhig.",
]
FAKE_POLICE = [
    "This is Sergeant Miller, Cyber Crime Unit. The parents of the girl you chatted with say you exposed yourself "
    "on camera. They will not press charges if a settlement of $2,000 is paid in gift cards by 6 PM today.",
    "Polizia di Stato - reparto cybercrime. Lei è stato segnalato per scambio di materiale intimo con una "
    "minorenne. Per evitare la denuncia deve versare 600 euro in ricariche Postepay entro 12 ore.",
]
LOOK_ALIKES = [
    "want me to send the pics to ur mum too? she asked for them 😊",
    "do you want me to send the holiday pics or will you download them from the drive?",
    "send me the final invoice and i'll delete the draft one",
    "I'll delete everything old from the drive after you send the new files",
    "Lust, dass wir heute Abend Pizza bestellen? Schick mir deine Wahl bis 7",
    "Teri nayi wali ko dikhaun kya apne trip ki photos? bahut sundar aayi hain",
    "te paso las fotos de la boda!! si no quieres que las suba al grupo dime cuáles borro jajaja",
    "La Policía Nacional advierte: si alguien dice ser policía y le pide pagar para evitar la denuncia por material "
    "íntimo, es una estafa. Nunca pide dinero.",
    "Officer Dana Cole from the school resource team will talk to parents on Monday about sextortion: never pay a "
    "fine or a settlement to anyone who claims to hold explicit images of your child.",
]


@pytest.mark.parametrize("text", QUESTIONS + PROMISES + RACKETS)
def test_a_threat_left_as_a_question_or_a_promise_is_never_not_extortion(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", RACKETS)
def test_a_racket_is_read_as_a_threat_of_harm(text: str) -> None:
    assert "loose_threat" in {s.id for s in analyze_text(text, use_model=False).signals}


@pytest.mark.parametrize("text", FAKE_POLICE)
def test_the_fake_police_settlement_is_targeted_and_says_why(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict == Verdict.TARGETED
    # no listed reason may say the threat does not count
    assert not any("do not count" in c.text for c in result.explanation)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_sharing_the_words_stay_quiet(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == Verdict.NOT_EXTORTION


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("want me to show ur mum or are you nice delete everything ?!\n")),
               max_size=300))
def test_the_question_patterns_take_any_text(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict in set(Verdict)
