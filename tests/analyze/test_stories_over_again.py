""""Again" said of the writer who is well again ends a story told after it was over; "again" said of the sender, who
writes or threatens again, keeps a telling going on. Each story over stands beside the same story going on.
The wordings are this file's own (rules alone)."""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules

from standfast.analyze.loose import loose_signs
from standfast.analyze.normalize import normalize

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


# What the writer says was not done is not a story's end ("Não fomos na delegacia"), and a duration in the present
# tense ("seit zwei Wochen schreibt er mir", "da tre settimane mi scrive") says it goes on.
STILL_GOING_ON = [
    "Minha irmã tem 17 anos. Faz duas semanas que um perfil falso manda mensagens pra ela. Ele tem umas fotos íntimas "
    "dela e diz que manda tudo pro grupo da escola se ela não pagar 800 reais até sábado. Não fomos na delegacia "
    "porque ela tem vergonha. Alguém já passou por isso?",
    "Ho chiuso con il mio ragazzo a gennaio. Da tre settimane mi scrive da numeri diversi. Ha delle foto intime e dice "
    "che se non torno da lui entro venerdì le manda a mia madre. Finora non ha mandato niente. Qualcuno ci è passato?",
    "Mein Ex und ich haben uns im Sommer getrennt. Seit zwei Wochen schreibt er mir von neuen Nummern. Er hat "
    "Nacktbilder von mir und sagt, wenn ich ihm nicht bis Sonntag 500 Euro schicke, bekommt mein Chef sie. Bisher hat "
    "er nichts verschickt. Kennt das jemand?",
]


@pytest.mark.parametrize("text", STILL_GOING_ON)
def test_a_step_not_taken_or_a_present_duration_keeps_a_telling_going_on(text: str) -> None:
    signs = loose_signs(normalize(text).text, text, len(text.split()))
    assert not signs.story_over
    assert _rules(text) != "not_extortion"


def test_a_step_taken_still_ends_a_story() -> None:
    text = ("Faz dois meses, um perfil falso ameaçou mandar minhas fotos pra minha turma se eu não pagasse. "
            "Não paguei. Fomos na delegacia, bloqueamos o perfil e nada foi enviado.")
    assert loose_signs(normalize(text).text, text, len(text.split())).story_over


# A story over marked by its own words: a recollection ("remember when"), an earlier post named by its month, months of
# silence since, the messages that stopped, "it's over for me". Each stands beside the same telling going on.
MARKED_OVER = [
    "haha remember when that fake account said it had my nudes and wanted 300 bucks? i blocked it, reported it, and "
    "it vanished",
    "Actualizo mi post de abril sobre mi primo: le pedían dinero por un vídeo de una videollamada y amenazaban con "
    "mandarlo a su novia. Dejó de contestar y lo denunciamos. Ya son cinco meses sin ningún contacto y él está bien.",
    "Vor einem halben Jahr wollte jemand Geld von mir, sonst würde er meine Bilder an meine Freunde schicken. Ich habe "
    "nicht gezahlt und ihn gemeldet. Die Nachrichten hörten nach drei Tagen auf, und es ist schon lange vorbei.",
    "A year ago a guy had a clip of me from a video call and wanted £400 or it went to my whole family. I reported it "
    "to the police, the messages stopped after a week, and it's over for me now. Just sharing so you know it ends.",
]
MARKED_GOING_ON = [
    "that fake account says it has my nudes and wants 300 bucks by tonight or it goes to my class. i blocked it but it "
    "keeps messaging me from new ones. what do i do",
    "Mi primo tiene un problema: le piden dinero por un vídeo de una videollamada y amenazan con mandarlo a su novia "
    "si no paga hoy. Siguen escribiendo desde otro número. ¿Qué hacemos?",
    "Jemand will Geld von mir, sonst schickt er meine Bilder an meine Freunde. Ich habe ihn gemeldet, aber er schreibt "
    "immer noch, heute schon zweimal. Was soll ich tun?",
]


@pytest.mark.parametrize("text", MARKED_OVER)
def test_a_story_marked_over_by_its_own_words_is_no_threat(text: str) -> None:
    assert loose_signs(normalize(text).text, text, len(text.split())).story_over
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", MARKED_GOING_ON)
def test_the_same_telling_going_on_is_flagged(text: str) -> None:
    assert _rules(text) != "not_extortion"
