"""A bulk e-mail told of long after it came is a story, not the e-mail; one that came this morning is the e-mail. News
that extorters were arrested is a report; a domain listed for sale is a sale. The wordings are this file's own; the
verdicts are the rules' alone."""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules

from standfast.analyze.loose import loose_signs
from standfast.analyze.normalize import normalize
from standfast.analyze.triage import STORY_READ, analyze_text

OLD_BULK_STORIES = [
    "Two years ago I got one of those 'I filmed you through your camera, send bitcoin' mails quoting a password I "
    "used in school. I never paid, changed every password, and nothing was ever sent to anyone.",
    "Vor ein paar Monaten kam bei mir so eine Mail: 'Ich habe deine Kamera gehackt, zahl in Bitcoin'. Ich habe nichts "
    "bezahlt, das Passwort geändert, und es ist nichts passiert. Nur damit ihr Bescheid wisst.",
    "L'an dernier j'ai reçu un de ces mails « j'ai piraté ta webcam, paie en bitcoin ». Je n'ai rien payé, j'ai "
    "changé mes mots de passe et il ne s'est rien passé.",
]


@pytest.mark.parametrize("text", OLD_BULK_STORIES)
def test_a_bulk_email_told_of_long_after_is_a_story(text: str) -> None:
    result = analyze_text(text, use_model=False)
    assert result.verdict == "not_extortion"
    assert result.explanation[0].text == STORY_READ


# The same e-mail, come this morning, told with an old password from years ago and "I haven't paid": not over.
FRESH_BULK = [
    "Hallo Jonas, ich habe heute eine Mail erhalten, als hätte ich sie mir selbst geschickt. Darin steht, vor "
    "Monaten sei Spionagesoftware auf meinen Rechner gekommen, die Webcam habe mich gefilmt, und ohne 700 Euro in "
    "Bitcoin binnen zwei Tagen gehe der Clip an alle meine Kontakte. Ich habe nichts bezahlt. Ist das ernst?",
    "Hi Sam, you know computers. This morning I got an email that seems to come from my own address. It says "
    "someone put spyware on my "
    "laptop months ago and filmed me through the webcam on adult sites, and that the video goes to all my contacts "
    "unless I send 900 euros in bitcoin within 48 hours. The subject line has a password I used years ago. I haven't "
    "paid anything. Is it real? Do I need to do something?",
    "Coucou Léa, j'ai reçu un mail ce matin envoyé depuis ma propre adresse. Il dit qu'un logiciel espion est sur mon "
    "ordinateur depuis des mois, qu'il m'a filmé avec la webcam et que l'enregistrement partira chez tout mon carnet "
    "d'adresses sans 800 euros en bitcoin sous 48 heures. Il cite un mot de passe d'il y a des années. Je n'ai rien "
    "payé. "
    "Tu crois que c'est sérieux ?",
]


@pytest.mark.parametrize("text", FRESH_BULK)
def test_a_bulk_email_that_came_this_morning_is_not_a_story(text: str) -> None:
    assert _rules(text) != "not_extortion"


NEWS_OF_ARRESTS = [
    "In Den Haag zijn drie verdachten opgepakt die restaurants afpersten: ze dreigden de reserveringssites plat te "
    "leggen. Sommige eigenaren betaalden losgeld in bitcoin.",
    "Agenten haben in Köln zwei Männer festgenommen, die Hotels mit DDoS-Angriffen erpressten. Mehrere Hotels "
    "zahlten Lösegeld in Bitcoin.",
    "El juzgado ha condenado a dos hombres que extorsionaban a bares con ataques DDoS a sus webs. Varios dueños "
    "pagaron el rescate en bitcoin.",
    "Police arrested four men who extorted car dealerships by threatening DDoS attacks on their websites. Several "
    "dealers paid the ransom in bitcoin before the arrests.",
]


@pytest.mark.parametrize("text", NEWS_OF_ARRESTS)
def test_news_that_extorters_were_arrested_is_not_a_note(text: str) -> None:
    assert _rules(text) == "not_extortion"


def test_a_ddos_note_that_names_arrests_stays_a_note() -> None:
    # (the extorter speaks, sets a condition and a deadline: the arrest he names does not make it news)
    text = ("Go to the police and you'll be the one arrested. Pay 1 BTC by Monday or we take your ticket shop "
            "offline for the whole festival.")
    assert _rules(text) == "other_extortion"


LISTINGS = [
    "Thanks for asking about rosewoodcandles.com. It is listed at $1,900 and the owner may accept offers above "
    "$1,600. This price holds until the 30th, after which the name goes to auction.",
]


@pytest.mark.parametrize("text", LISTINGS)
def test_a_domain_listed_for_sale_is_a_sale(text: str) -> None:
    assert _rules(text) == "not_extortion"


# A story told by its time since ("six months on") or a month shortened ("back in Feb"), with what was done.
STORIES_BY_TIME_SINCE = [
    "my cousin got one of those 'pay or your pics go to everyone' messages back in Feb. she blocked and reported it, "
    "and nothing came of it. posting so others know",
    "Six months on and I can finally talk about it. A man from a dating app said he'd send our video call to my "
    "workmates unless I paid. I blocked him and reported the profile, and he never sent anything.",
]


@pytest.mark.parametrize("text", STORIES_BY_TIME_SINCE)
def test_a_story_told_by_its_time_since_is_over(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize(("text", "family"), [
    ("it started back in Nov and I was a wreck", "story_ago"),
    ("two months on I can laugh about it", "story_ago"),
    ("he blocked and reported, then told our mum", "story_done"),
    ("I changed my passwords and turned on 2FA", "story_done"),
])
def test_time_since_and_steps_taken_are_read(text: str, family: str) -> None:
    norm = normalize(text).text
    assert getattr(loose_signs(norm, text, len(text.split())), family)

