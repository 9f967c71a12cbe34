"""Questions that say no threat was made, lessons that quote one, and threats told in fewer words.

A parent, a teacher or a teenager who asks about pictures exchanged and says in so many words that nobody threatens
anyone is asking for advice, not under threat; a worksheet or a quiz that quotes a threat as its example is a lesson.
Neither is cleared beside a threat said, quoted, timed or priced. On the other side: a condition with a day to meet
it is never a share told as a pleasure, a deletion bought by the writer's act presses them, "you know what happens if
you ignore me" is a veiled threat, and a web address sold to a competitor unless paid is a racket. The wordings are
this file's own.
"""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules

from standfast.analyze.loose import loose_signs
from standfast.analyze.normalize import normalize
from standfast.analyze.triage import ADVERT_READ, DENIED_READ, LESSON_READ, analyze_text

DENIED = [
    "Mi sobrino de 16 y su novia se mandan fotos atrevidas. No hay amenazas, se quieren mucho. ¿Tengo que "
    "contárselo a su madre o lo hablo yo con él?",
    "Mein Sohn (15) und seine Freundin haben sich gegenseitig Fotos geschickt, alles freiwillig. Drohungen gibt es "
    "keine. Sollen wir mit den Eltern des Mädchens reden?",
    "I coach an under-16 team. Two players who are dating swapped pictures and a teammate told me. There's no "
    "pressure or threat from anyone. Do I have to tell the club's welfare officer?",
    "Minha afilhada de 14 anos troca fotos com o namorado da escola. Ninguém está ameaçando ninguém. Devo falar com "
    "a mãe dela antes?",
    "Mijn dochter van 15 stuurt foto's naar haar vriendje uit de klas. Er is geen dreiging, ze zijn gewoon verliefd. "
    "Moet ik hier iets mee doen?",
]
# A threat said, timed, demanded or quoted beside "no threats" stays a threat.
NOT_DENIED = [
    "Nobody has threatened me yet, but he says he'll send my pics to my dad unless I pay 100 by Friday. What do I do?",
    "no threats, just send me 2 more pics tonight or your class sees the first ones. ok?",
    'No threats or anything, he just wrote "i have ur nudes, 200 on cashapp or ur school gets them". what do i do?',
]
# The sender's own "no threats", beside the reader's things or with nobody else named: never the question's reading.
SENDERS_DENIAL = [
    "Tengo tus fotos. No hay amenazas, solo quiero hablar contigo. ¿Me contestas?",
    "nobody is threatening anyone, i just have the video of our call and your boss's email. shall we talk?",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_question_that_says_no_threat_was_made_is_not_extortion(text: str) -> None:
    assert _rules(text) == "not_extortion"
    result = analyze_text(text)
    assert result.verdict == "not_extortion"
    assert result.explanation[0].text == DENIED_READ


@pytest.mark.parametrize("text", NOT_DENIED)
def test_no_threats_beside_a_threat_said_timed_or_quoted_is_still_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"


@pytest.mark.parametrize("text", SENDERS_DENIAL)
def test_the_senders_own_no_threats_is_not_cleared(text: str) -> None:
    norm = normalize(text).text
    assert not loose_signs(norm, text, len(text.split())).threat_denied
    assert analyze_text(text).verdict != "not_extortion"


def test_this_is_no_threat_said_by_the_sender_is_no_denial() -> None:
    # (a threat says that of itself: "Das ist keine Drohung")
    text = normalize("Das ist keine Drohung, nur ein Hinweis? Ich habe deine Bilder.").text
    assert not loose_signs(text, text, len(text.split())).threat_denied


LESSONS = [
    'Worksheet: staying safe online (Year 9)\nExample message: "I\'ve got your pics. Send £150 by 8pm or your whole '
    'form sees them."\nTask 1: Underline the deadline.\nTask 2: Who could you talk to?',
    "Fiche pédagogique 4e\nMessage d'exemple : « J'ai ta vidéo. 100 € avant ce soir ou je l'envoie à ta classe. »\n"
    "Question 1 : quels sont les signes de pression ?\nQuestion 2 : à qui peux-tu en parler ?",
    'Quiz: "Pay me 50 in gift cards in 30 minutes or your photos go to your team." What do you do?\na) Pay\n'
    "b) Block without saving anything\nc) Save proof, don't pay, tell an adult\nCorrect answer: c",
]
NOT_LESSONS = [
    # a person pasting what they received, "an example of" in their question
    'is this an example of sextortion? he sent "i have ur video, pay 200 tonight or ur mom sees it"',
    # the lesson's words with the threat made outside any quotation marks
    "quiz time lol. I have your pics. Pay 100 by tonight or your class sees them.",
]


@pytest.mark.parametrize("text", LESSONS)
def test_a_lesson_that_quotes_a_threat_as_its_example_is_not_extortion(text: str) -> None:
    result = analyze_text(text)
    assert result.verdict == "not_extortion"
    assert result.explanation[0].text == LESSON_READ


@pytest.mark.parametrize("text", NOT_LESSONS)
def test_a_pasted_or_unquoted_threat_is_no_lesson(text: str) -> None:
    assert analyze_text(text).verdict != "not_extortion"


ADVERTS = [
    "Cyber cover for freelancers from £9/month. Ransomware can lock your laptop overnight. Get a quote in 3 minutes.",
    "Protección ante ransomware para tu clínica desde 19 €/mes. Copias diarias y asistencia legal. Pide presupuesto "
    "sin compromiso.",
]


@pytest.mark.parametrize("text", ADVERTS)
def test_a_price_from_so_much_a_month_or_a_quote_is_an_advert(text: str) -> None:
    result = analyze_text(text)
    assert result.verdict == "not_extortion"
    assert result.explanation[0].text == ADVERT_READ


def test_a_rackets_monthly_sum_is_no_advert() -> None:
    assert _rules("Protection costs 500 a month. Pay by Friday or your shop window gets smashed.") != "not_extortion"


PRESSED = [
    # a condition with a day to meet it, beside a wedding: never a share told as a pleasure
    "Il mio ex dice che se non torno da lui entro domenica manda le foto che abbiamo fatto insieme a mia moglie. "
    "Le foto sono di prima del matrimonio. Cosa faccio?",
    # a deletion bought by the writer's act, and a refusal answered
    "my ex has the videos from when we were together. he'll delete them but only if i spend the night. when i said "
    "no he said my new girlfriend would enjoy them. what can i do",
    # the consequence of silence left unsaid
    "send another one, no top this time. 10 min. you know what happens if you ignore me",
    # a web address sold to a competitor unless paid
    "Soy quien registró vuestra web hace años y sigue a mi nombre. Pagadme 1.800 € este mes o la dejo caducar y se "
    "la vendo a la competencia.",
    "I registered your shop's domain back in 2019 and it's still mine. Pay me $2,000 by Friday or I sell it to your "
    "competitor.",
]


@pytest.mark.parametrize("text", PRESSED)
def test_threats_told_in_fewer_words_are_never_cleared(text: str) -> None:
    assert _rules(text) != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"


def test_italian_saturday_and_sunday_are_days_to_meet() -> None:
    from standfast.analyze.loose import BY_DAY

    assert BY_DAY.search("entro sabato") and BY_DAY.search("entro domenica")


OPT_OUTS = [
    "Lovely shoot yesterday! Unless you tell us otherwise by Sunday, we'll post two of the portraits on our page. "
    "Reply if you'd rather we didn't 😊",
    "Pictures from Sunday's concert go up on our site next week. If you don't want your daughter or son in them, "
    "email the office by Friday.",
]


@pytest.mark.parametrize("text", OPT_OUTS)
def test_an_opt_out_with_a_day_is_still_a_share_told_as_a_pleasure(text: str) -> None:
    assert _rules(text) == "not_extortion"


# The same question in languages the rules do not read, by their words for "there is no threat".
DENIED_UNREAD = [
    "ابني عمره 16 سنة ويتبادل صورًا مع صديقته من نفس العمر. لا يوجد أي تهديد بينهما. هل أتكلم معه أم أترك الأمر؟",
    "Am văzut că fiul meu de 16 ani are poze cu prietena lui. Nu există nicio amenințare, se iubesc. Cum deschid "
    "subiectul cu el?",
    "Binti yangu wa miaka 15 anatumiana picha na mpenzi wake wa shule. Hakuna vitisho vyovyote. Je, niongee na "
    "walimu wake?",
]


@pytest.mark.parametrize("text", DENIED_UNREAD)
def test_no_threat_said_in_a_language_the_rules_do_not_read_is_not_flagged(text: str) -> None:
    assert analyze_text(text).verdict == "not_extortion"


def test_news_of_a_rackets_trial_is_not_extortion() -> None:
    text = ("Vor dem Amtsgericht begann gestern der Prozess gegen zwei Brüder, die Kioskbesitzer in der Altstadt um "
            "Schutzgeld erpresst haben. Die Anklage sagt, sie verlangten jede Woche 300 Euro.")
    assert _rules(text) == "not_extortion"


def test_a_racket_note_that_names_a_trial_is_still_a_threat() -> None:
    # (the writer speaks as "I": no news item)
    text = ("Ich habe gehört, dein Bruder war vor Gericht, Prozess gegen ihn nächste Woche. Zahl mir 2000 Euro bis "
            "Freitag, sonst brennt dein Laden.")
    assert _rules(text) != "not_extortion"


def test_a_warning_that_says_the_email_goes_out_in_bulk_is_not_extortion() -> None:
    text = ("Attention : un courriel prétend qu'un pirate vous a filmé par la webcam et qu'il publiera la vidéo si "
            "vous n'envoyez pas de bitcoins. C'est une arnaque envoyée en masse. Ne payez pas et signalez-le à la "
            "police.")
    assert analyze_text(text).verdict == "not_extortion"


def test_a_bulk_email_that_denies_being_a_mass_mailing_is_still_a_scam() -> None:
    text = ("This is not a mass email. I hacked your webcam and recorded you. Pay 0.05 BTC to "
            "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh in two days, otherwise every contact you have gets the clip. "
            "Do not go to the police.")
    assert analyze_text(text).verdict != "not_extortion"


def test_a_short_quoted_title_does_not_pair_with_the_next_quotation() -> None:
    from standfast.analyze.triage import _quoted_parts

    text = 'episode 3 – "pay or else": we read messages like "i have your photos, you have one hour to pay me."'
    assert _quoted_parts(text) == ["pay or else", "i have your photos, you have one hour to pay me."]


def test_a_support_worker_telling_of_a_threat_to_the_person_they_support_is_a_threat() -> None:
    text = ("I'm a care worker for a man of 30 with autism. Someone he met online has intimate pictures of him and is "
            "telling him he has to meet up on Saturday or they'll give them to his day centre staff. He is scared. "
            "Who do we call?")
    assert _rules(text) != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"


def test_a_turkish_shopkeepers_racket_is_no_bill_and_the_rent_still_is() -> None:
    # ("kira", rent, also starts "kırarız", we break)
    racket = ("Fırınıma iki adam geldi, \"her hafta 3 bin TL vermezsen vitrini kırarız\" dediler. Pazara kadar süre "
              "verdiler. Ne yapmalıyım?")
    rent = "Kira bu ay 9.000, payını ayın 5'ine kadar gönderir misin?"
    assert analyze_text(racket).verdict != "not_extortion"
    assert _rules(rent) == "not_extortion"


@pytest.mark.parametrize("text", ["paga 800 en USDT y te la devuelvo", "send 0.4 ethereum by tonight",
                                  "500 in Tether, today"])
def test_coins_asked_by_name_are_crypto(text: str) -> None:
    norm = normalize(text).text
    assert loose_signs(norm, text, len(text.split())).crypto


STORIES_RECALLED = [
    "remember that guy who kept messaging me 'pay or your followers see the pics'? reported him, blocked him "
    "everywhere, nothing ever got posted. done with it at last",
    "¿Te acuerdas de aquel tipo que me escribía que mandaría mis fotos a mi jefe si no pagaba? Lo denuncié y lo "
    "bloqueé, nunca pasó nada. Se acabó.",
    "Ti ricordi di quel tizio che mi scriveva 'paga o mando le foto ai tuoi amici'? L'ho bloccato e denunciato, non "
    "è mai uscito niente. Finito.",
]


@pytest.mark.parametrize("text", STORIES_RECALLED)
def test_a_story_recalled_by_its_sender_and_over_is_told_after(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", [
    "haha u looked cute on cam last night 😂 do it again tonight or the screenshots go to ur rugby club's page",
    "ur crush would love these 😂 2 more by friday or ur whole year sees the old ones",
])
def test_something_to_do_by_a_time_or_the_pictures_reach_people_is_no_pleasure_share(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    "vc tem até as 21h. depois não chora",
    "ton père va recevoir la vidéo | dans 10 min",
    "tu madre va a recibir el video esta noche. tú sabrás",
])
def test_a_menaces_closing_words_and_one_video_received_are_threats(text: str) -> None:
    assert _rules(text) != "not_extortion"


# The sender's own past told to the person he writes to, before the threat: never a story over.
SENDERS_PAST = [
    "remember that guy you blocked and reported? that was me. nothing happened then, but I still have the pics. 200 "
    "by friday or your mum sees them.",
    "a few months ago you blocked and reported me. nothing happened then, but I still have the pics. 200 by friday or "
    "your mum sees them.",
    "Hace meses me bloqueaste y no pasó nada. Pero sigo teniendo tus fotos. 150 por Bizum antes del viernes o las ve "
    "tu padre.",
]


@pytest.mark.parametrize("text", SENDERS_PAST)
def test_the_senders_past_told_before_a_threat_is_no_story_over(text: str) -> None:
    assert _rules(text) != "not_extortion"
    assert analyze_text(text).verdict != "not_extortion"
