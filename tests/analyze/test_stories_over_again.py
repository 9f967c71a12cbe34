""""Again" said of the writer who is well again ends a story told after it was over; "again" said of the sender, who
writes or threatens again, keeps a telling going on. Each story over stands beside the same story going on.
The wordings are this file's own (rules alone)."""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules

STORIES_OVER = [
    "Ik wil mijn verhaal delen omdat jullie me vorig jaar zo geholpen hebben. Een nepaccount had foto's van mij en "
    "dreigde ze naar mijn klas te sturen als ik niet betaalde. Ik heb geen cent overgemaakt, screenshots bewaard, "
    "het profiel bij Instagram gemeld en ben met mijn vader naar de politie gegaan. De foto's zijn nooit verspreid. "
    "Nu lach ik weer en ga ik weer naar training.",
    "Scrivo per ringraziare il gruppo. L'anno scorso un profilo falso aveva delle mie foto e minacciava di mandarle ai "
    "miei compagni se non pagavo. Non ho pagato, ho fatto denuncia e ho bloccato tutto. Le foto non sono mai state "
    "pubblicate. Adesso sto bene e ho ripreso di nuovo a giocare a pallavolo.",
    "Update for anyone who read my post a month ago. The guy who had my pictures said he would send them to my "
    "family unless I paid by Friday. I didn't pay, I reported him and blocked him. He tried a new account once and "
    "then nothing. It has been four weeks and nobody received anything.",
]
STORIES_GOING_ON = [
    "Een nepaccount heeft foto's van mij en dreigt ze naar mijn klas te sturen als ik niet vanavond betaal. Ik heb "
    "hem geblokkeerd maar hij stuurt me weer berichten. Wat moet ik doen?",
    "Un profilo falso ha delle mie foto e minaccia di mandarle ai miei compagni se non pago entro stasera. L'ho "
    "bloccato ma mi ha scritto di nuovo. Cosa devo fare?",
    "A guy has my pictures and says he will send them to my family unless I pay by Friday. I blocked him and now he "
    "messaged me from a new account. What do I do?",
]


@pytest.mark.parametrize("text", STORIES_OVER)
def test_a_story_over_that_says_the_writer_is_well_again_is_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", STORIES_GOING_ON)
def test_the_sender_writing_again_keeps_a_telling_going_on(text: str) -> None:
    assert _rules(text) != "not_extortion"
