"""Messages in languages the rules do not read: "nothing found" there must not reassure.

The rules read en, es, de, fr, it, pt and nl. In any other language a short message that names a sum,
a time or a payment is ``unclear`` (the person gets the plan); one that names none keeps
``not_extortion`` at low confidence and says why. These examples are written for this test.
"""

from __future__ import annotations

import pytest

from standfast.analyze.speech import LANGS
from standfast.analyze.triage import Verdict, analyze_text

THREATS = [
    # Turkish: "I have your photos. Send 3000 lira by tomorrow or everyone sees them."
    "Fotoğrafların bende. Yarına kadar 3000 lira gönder yoksa herkes görecek.",
    # Polish: "I have your video. Pay 800 zloty within 12 hours or I will send it to your family."
    "Mam twoje nagranie. Zapłać 800 złotych w ciągu 12 godzin albo wyślę je twojej rodzinie.",
    # Swedish: "I recorded you. Transfer 5000 kronor before Friday otherwise your friends get the film."
    "Jag spelade in dig. För över 5000 kronor före fredag annars får dina vänner filmen.",
    # Indonesian: "I have your photos, send 2 million rupiah tonight or I spread them to your friends."
    "Aku punya foto-foto kamu, kirim 2 juta rupiah malam ini atau aku sebar ke teman-temanmu.",
    # Czech: "I have your photos. Pay 4000 crowns by tomorrow or I will send them to everyone."
    "Mám tvoje fotky. Zaplať 4000 korun do zítřka, jinak je pošlu všem.",
]

PLAIN = [
    # Turkish: "Hello, how are you? Shall we meet this evening?"
    "Merhaba, nasılsın? Bu akşam buluşalım mı? Çok özledim seni.",
    # Polish: "Thanks for the lovely evening, see you soon!"
    "Dziękuję za miły wieczór, do zobaczenia wkrótce! Pozdrów mamę ode mnie.",
]


@pytest.mark.parametrize("text", THREATS)
def test_a_short_message_naming_a_sum_in_an_unread_language_is_never_reassuring(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.language not in LANGS
    assert a.verdict != "not_extortion"
    if a.verdict == "unclear":
        assert "unread_language" in [s.id for s in a.signals] or a.signals


@pytest.mark.parametrize("text", PLAIN)
def test_without_a_sum_it_stays_not_extortion_but_says_it_could_not_read(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.language not in LANGS
    assert a.verdict == "not_extortion"
    assert a.confidence <= 0.5
    assert any("cannot read well" in c.text for c in a.explanation)


def test_the_rules_own_languages_are_not_touched() -> None:
    a = analyze_text("Hi! The bus leaves at 7 tomorrow, see you at the station.", use_model=False)
    assert a.language == "en" and a.verdict == "not_extortion"
    assert "unread_language" not in [s.id for s in a.signals]


EVERYDAY_WITH_NUMBERS = [
    # Turkish: a pizza order with a time and a price.
    "2 büyük pizza saat 18:30'da gelsin lütfen, 350 TL kapıda nakit ödeyeceğim.",
    # Polish: a parents' meeting on Thursday at 17:00, room 12.
    "Spotkanie z wychowawcą w czwartek o 17:00, sala 12. Prosimy o obecność rodziców.",
    # Swedish: the train leaves 07:45 tomorrow, platform 3.
    "Hej! Tåget går 07:45 imorgon, vi ses på perron 3. Ta med matsäck.",
]


@pytest.mark.parametrize("text", THREATS)
def test_with_the_model_a_threat_in_an_unread_language_is_not_reassured(text: str) -> None:
    a = analyze_text(text)
    assert a.verdict != "not_extortion"


@pytest.mark.parametrize("text", EVERYDAY_WITH_NUMBERS)
def test_with_the_model_everyday_numbers_in_an_unread_language_do_not_alarm(text: str) -> None:
    a = analyze_text(text)
    assert a.language not in LANGS
    assert a.verdict == "not_extortion" and a.confidence <= 0.5
    assert a.model_score is not None and a.model_score < 0.5


# Extortion that is not about pictures, where the model is sure of the kind and the rules see a sum with a time
# limit but no sentence they can read as the threat: the kind is named, not left "unclear".
SURE_OTHER_KIND = [
    "I know about the fraud conviction you left off your CV. Your new boss would find it interesting. "
    "$800 by Monday and I forget what I read.",
    "Uw website ligt plat door ons. Betaal 0,2 BTC voor woensdag en het stopt.",
]


@pytest.mark.parametrize("text", SURE_OTHER_KIND)
def test_with_the_model_a_sure_kind_with_a_sum_and_a_time_is_named(text: str) -> None:
    a = analyze_text(text)
    assert a.verdict in ("other_extortion", "unclear")
    if a.model_score is not None and a.model_score >= 0.95:
        assert a.verdict == "other_extortion", [c.text for c in a.explanation]


def test_with_the_model_every_short_message_without_a_link_is_read() -> None:
    """A short message with no sign the rules can read is still read: by the sieve, then by the model unless the
    sieve finds it far from any threat (the cold, implied threats of the later held-out sets had no sign); the
    model flags one only when it is very sure, so ordinary chat stays calm."""
    from standfast.analyze.learned import available

    if not available():
        pytest.skip("the embedding model does not load on this machine")
    calm = analyze_text("see you at practice tomorrow, bring the ball")
    assert calm.verdict == "not_extortion"
    assert calm.model_score is not None or any("quick first reading" in c.text for c in calm.explanation)
    cold = analyze_text("1000. or everyone.")
    assert cold.model_score is not None
    linked = analyze_text("Your parcel is on its way. Track it at https://example.org/track")
    assert linked.model_score is None


@pytest.mark.parametrize("text", [
    "pehle homework ki photo bhejo, warna aaj raat free fire band. mummy ko mat batana",
    "room saaf karke photo bhej warna kal se phone band",
    "Send me a photo of your finished essay by 8 or no PlayStation tonight. Love you. Mum",
])
def test_a_sanction_the_rules_read_needs_a_very_sure_model(text: str) -> None:
    """Once the rules read the only consequence as a parent's sanction, the model must be as sure as for a message
    with no sign (MODEL_FLAG_ALONE) to call it unclear, and the unread-language check does not apply."""
    from standfast.analyze.triage import MODEL_FLAG_ALONE, SANCTION_READ

    a = analyze_text(text)
    assert any(c.text == SANCTION_READ for c in a.explanation)
    if a.model_score is None or a.model_score < MODEL_FLAG_ALONE:
        assert a.verdict == "not_extortion"


# Harm to the reader with a condition, or money and a time, in languages the rules do not read (written for this
# test, no digits so that the cue words alone decide without the model); and look-alikes that name a time or regret.
HARM_THREATS_UNREAD = [
    "Jeśli nie oddasz pieniędzy do jutra, odwiedzimy cię. Pożałujesz.",
    "Если не вернёшь деньги до завтра, приедем к тебе. Пожалеешь.",
    "Không trả tiền trước tối nay thì tụi tao tới tận nhà, đừng trách.",
    "내일까지 돈 안 보내면 찾아간다. 후회할 거야.",
]
HARM_LOOK_ALIKES_UNREAD = [
    "Yarın akşam maç var, pişman olmazsın gel 😂",
    "Oddam ci pieniądze do soboty, sorki za opóźnienie",
    "trimite-mi pozele de la nuntă sau le iau eu mâine de la tine",
    "Polisi wanaonya: walaghai wanasema watakuja kwako usipolipa. Usilipe na ripoti.",
]


# Read after the second measure (written for this test): a joke word said negated ("I'm not joking") is no joke, and
# harm named as "you won't get home safe" or "who knows what happens to your family".
NEGATED_JOKE_AND_HARM = [
    "gửi thêm video đi, không thì anh gửi ảnh cũ cho cả lớp em xem. anh không đùa đâu",
    "رجع الفلوس قبل السبت، وإلا ما راح توصل بيتك سليم.",
    "明日までに金を返せ。じゃないと家族がどうなっても知らないぞ。",
    # read after the measure of sets 84-87: a weekday as the time limit in Polish, "or I show them" in Romanian
    "oddawaj pieniądze do soboty albo pobijemy cię przed szkołą",
    "mai trimite-mi un video sau le arăt colegilor tăi pe cele vechi",
]


@pytest.mark.parametrize("text", [*HARM_THREATS_UNREAD, *NEGATED_JOKE_AND_HARM])
def test_harm_with_a_condition_or_money_and_a_time_is_unclear_without_the_model(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict != Verdict.NOT_EXTORTION
    assert "unread_threat_words" in [s.id for s in a.signals]


@pytest.mark.parametrize("text", HARM_LOOK_ALIKES_UNREAD)
def test_regret_in_a_joke_or_harm_in_a_warning_is_not_read_as_harm(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert "unread_threat_words" not in [s.id for s in a.signals]


def test_harm_needs_a_condition_or_money_and_a_time() -> None:
    from standfast.analyze.cues import reads_as_harm

    assert reads_as_harm(frozenset({"harm", "condition"}))
    assert reads_as_harm(frozenset({"harm", "money", "deadline"}))
    assert not reads_as_harm(frozenset({"harm", "money"}))
    assert not reads_as_harm(frozenset({"harm", "condition", "told"}))
    assert not reads_as_harm(frozenset({"harm", "condition", "light"}))
    assert reads_as_harm(frozenset({"harm", "condition", "light", "money"}))


def test_a_short_threat_in_no_language_the_detector_names_is_read_by_its_cue_words() -> None:
    # ("Usipolipa pesa kesho, tutakuja kwako. Utajuta.": Swahili, seven words, no language named by the detector)
    text = "Usipolipa pesa kesho, tutakuja kwako. Utajuta."
    a = analyze_text(text, use_model=False)
    assert a.verdict != Verdict.NOT_EXTORTION and "unread_threat_words" in [s.id for s in a.signals]
    assert analyze_text("Kesho tunacheza mpira saa kumi, usichelewe!", use_model=False).verdict == \
        Verdict.NOT_EXTORTION


def test_a_joke_word_said_plainly_still_lightens() -> None:
    from standfast.analyze.cues import cue_families
    from standfast.analyze.normalize import normalize

    text = "gửi ảnh bài tập đi, không thì mẹ cho cả lớp xem đó haha đùa thôi"
    assert "light" in cue_families(normalize(text).text, text)
    negated = "anh không đùa đâu"
    assert "light" not in cue_families(normalize(negated).text, negated)


# A longer message (over the model's 600 characters for unread languages) that names a sum: the model reads its
# opening, cut at a space. Written for this test after the held-out set 127 (a Greek bulk e-mail called "not
# extortion" because it was longer than the cap and nothing read it).
LONG_UNREAD_BULK = (
    # Greek: "Good morning. I got into your computer and recorded you through the camera while you watched adult
    # videos. Transfer 700 euros in Bitcoin within 48 hours, otherwise the recording goes to all your friends and
    # colleagues. …"
    "Καλημέρα. Μπήκα στον υπολογιστή σας και σας βιντεοσκόπησα από την κάμερα ενώ βλέπατε βίντεο για ενήλικες. "
    "Μεταφέρετε 700 ευρώ σε Bitcoin μέσα σε 48 ώρες, διαφορετικά η εγγραφή θα σταλεί σε όλους τους φίλους και "
    "τους συναδέλφους σας. Μην απαντήσετε σε αυτό το μήνυμα και μην ενημερώσετε κανέναν. Παρακολουθώ ακόμη τη "
    "συσκευή σας και θα μάθω αμέσως αν μιλήσετε σε κάποιον. Αν δεν ξέρετε πώς να αγοράσετε Bitcoin, ψάξτε στο "
    "διαδίκτυο. Μόλις λάβω τα χρήματα, η εγγραφή θα διαγραφεί για πάντα και δεν θα ξανακούσετε για μένα. "
    "Ο χρόνος μετράει από τη στιγμή που ανοίξατε αυτό το μήνυμα, και το σύστημα το καταγράφει αυτόματα."
)


def test_a_longer_message_naming_a_sum_in_an_unread_language_is_read_by_its_opening() -> None:
    assert len(LONG_UNREAD_BULK) > 600 and len(LONG_UNREAD_BULK.split()) <= 120
    rules = analyze_text(LONG_UNREAD_BULK, use_model=False)
    # (the rules alone cannot show it to anyone: a sum named is enough for "unclear")
    assert rules.verdict != "not_extortion"
    a = analyze_text(LONG_UNREAD_BULK)
    assert a.verdict != "not_extortion"
    assert a.model_score is not None
