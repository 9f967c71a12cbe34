"""Tellings by someone the person lives, works or plays with (a flatmate, a colleague, a coach, a grandparent, a
school's safeguarding lead) of a threat that goes on now: flagged, whoever tells them, when they say it goes on ("the
contact is ongoing", "het gaat nog door", "gli scrive ogni giorno") or ask what the person can do now. The same
helpers telling of a threat that is over, news of an inquiry that is ongoing and a school's letter that names its
safeguarding lead stay no threat. The wordings are this file's own (rules alone)."""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules

from standfast.analyze.loose import KIN, STORY_NOW
from standfast.analyze.normalize import normalize

GOING_ON = [
    # a housemate, English: the condition set her, what she can do asked
    "Writing on behalf of my housemate, she can't face typing it herself. A man she dated last year kept a video of "
    "her and now he texts her that if she doesn't pay him £600 by Sunday he posts it and tags her gym and her boss. "
    "She has not paid anything. What can she do tonight?",
    # a colleague, Spanish: he writes every day, she is afraid
    "Una compañera de trabajo me contó que su exnovio amenaza con mandar fotos íntimas de ella a su jefe y subirlas a "
    "un grupo si no le paga 500 euros. Le escribe todos los días. ¿Qué puede hacer ella?",
    # a coach, German: a player is being blackmailed, what is right now
    "Ich bin Handballtrainer einer B-Jugend. Ein Spieler hat mir gestern erzählt, dass jemand droht, ein Nacktbild "
    "von ihm in die Mannschaftsgruppe zu stellen, wenn er nicht 80 Euro per Paysafecard schickt. Er schreibt ihm "
    "jeden Tag. Was ist jetzt das Richtige?",
    # a grandparent, French: it goes on today
    "Je suis la grand-mère d'une fille de quinze ans. Un inconnu la menace de mettre sur Instagram une vidéo intime "
    "d'elle, si elle ne lui envoie pas d'autres vidéos. Il lui écrit tous les jours, encore ce matin. Que peut-elle "
    "faire ?",
    # a school's safeguarding lead, English: the contact is ongoing, advice needed
    "I'm the designated safeguarding lead at a sixth form college. A student told us at lunch that an account is "
    "threatening to send her intimate photos to her classmates unless she sends more. The contact is ongoing and she "
    "is still getting messages. Need advice on keeping the evidence safe.",
    # a flatmate, Dutch: it still goes on
    "Mijn huisgenoot durft het zelf niet te vragen. Haar ex dreigt naaktfoto's van haar naar haar werk te sturen als "
    "ze niet 400 euro betaalt. Het gaat vandaag nog door, hij blijft appen. Wat is verstandig?",
    # a colleague, Italian: he writes to her every day
    "Un collega mi ha raccontato che una ragazza online lo ricatta: minaccia di mandare un video intimo a sua moglie "
    "se non paga 300 euro. Gli scrive ogni giorno. Cosa può fare?",
]

OVER = [
    # the housemate, English, after it ended
    "My housemate had a man threaten to post a video of her last year unless she paid him. She blocked him, reported "
    "him to the police and nothing was ever posted. She's fine now and wanted me to share that it ends.",
    # the coach, German, after it ended
    "Ich bin Handballtrainer. Letzte Saison hat jemand einem Spieler gedroht, ein Nacktbild von ihm zu verbreiten, "
    "wenn er nicht zahlt. Er hat nichts gezahlt, wir haben Anzeige erstattet und seitdem kam nichts mehr.",
]

NEWS = [
    # news: the inquiry is ongoing, nobody close to the writer
    "Police arrested a 31-year-old man who had demanded money from several teenagers and said he would post their "
    "private photos. The investigation is ongoing and officers ask other victims to come forward.",
    # a school's letter: the safeguarding lead named as whom to contact
    "Dear families, some pupils have been sent messages by strangers who ask for photos and then threaten to share "
    "them with classmates unless they pay. If your child gets such a message, do not pay, keep the messages and speak "
    "to our Designated Safeguarding Lead, Mr Osei, who is in school every day.",
]


@pytest.mark.parametrize("text", GOING_ON)
def test_a_helpers_telling_of_a_threat_going_on_is_flagged(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", OVER)
def test_the_same_helpers_telling_of_a_threat_over_stays_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", NEWS)
def test_news_of_an_ongoing_inquiry_stays_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("phrase", ["my flatmate", "una collega", "ich bin handballtrainer", "ik ben de oma van",
                                    "i am the designated safeguarding lead"])
def test_helpers_are_read_as_close_to_the_person(phrase: str) -> None:
    assert KIN.search(normalize(phrase).text) is not None


@pytest.mark.parametrize("phrase", ["the contact is ongoing", "het gaat vandaag nog door", "le scrive ogni giorno",
                                    "what can she do"])
def test_going_on_words_are_read(phrase: str) -> None:
    assert STORY_NOW.search(normalize(phrase).text) is not None


@pytest.mark.parametrize("phrase", ["the investigation is ongoing", "de training gaat door"])
def test_an_inquiry_or_an_event_going_ahead_is_not_a_threat_going_on(phrase: str) -> None:
    assert STORY_NOW.search(normalize(phrase).text) is None
