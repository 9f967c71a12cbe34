"""The bulk camera e-mail is recognised however it hides its words, and a recorded call never reads as one.

Covers the masked and look-alike words the normaliser reads back ("p*rn", "adu1t", "wa11et"), the e-mail that
quotes a password or names no porn site, and the other side of the same line: a person who recorded a call with
the reader and asks for bitcoin is never told "bulk scam" (its advice, "there is almost certainly no video", would
be wrong for them). All messages are written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze.lexicon import known_word, vocabulary
from standfast.analyze.normalize import _unmask, normalize
from standfast.analyze.triage import analyze_text


@pytest.mark.parametrize(("raw", "plain"), [
    ("watching p*rn", "watching porn"),
    ("during ad*lt site visits", "during adult site visits"),
    ("send the n*des", "send the nudes"),
    ("p*rn0graphic s1tes", "pornographic sites"),
    ("I visited adu1t web$ites", "i visited adult websites"),
    ("B1tc01n wa11et", "bitcoin wallet"),
    ("your v1deo", "your video"),
])
def test_masked_and_look_alike_words_read_back(raw: str, plain: str) -> None:
    assert normalize(raw).text == plain


@pytest.mark.parametrize("raw", [
    "*really* sorry",  # emphasis, not a hidden word
    "f**k off",  # no concept word of that shape
    "don*t",
    "pay 1200 by 12:30",  # amounts and times are not words
    "a*b",
    "***",
])
def test_other_asterisks_and_digits_are_left_alone(raw: str) -> None:
    assert normalize(raw).text == raw.lower()


def test_masking_is_not_counted_as_a_trick_to_slip_past_filters() -> None:
    # People write "p*rn" out of politeness: the trick is reported, but the bulk shape does not count it.
    assert normalize("that p*rn site").tricks == {"masked_letters": 1}


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="pornadultseximg*1l ", max_size=60))
def test_unmasking_keeps_every_letter_shown(word: str) -> None:
    word = word.strip()
    if not word or " " in word:
        return
    found = _unmask(word)
    if found is None:
        return
    assert len(found) == len(word)
    assert all(c == "*" or c == k for c, k in zip(word, found, strict=True))
    assert known_word(found)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1l*@$0 .xyz\n"), max_size=300))
def test_normalising_any_mix_of_masks_and_digits_is_total(text: str) -> None:
    out = normalize(text)
    assert isinstance(out.text, str)
    assert all(v > 0 for v in out.tricks.values())


def test_the_vocabulary_is_the_concept_words() -> None:
    words, stems = vocabulary()
    assert "adult" in words and "wallet" in words and "porn" in stems
    assert all("*" not in w for w in words | stems)


BULK = [
    # (language, text): a recording or a break-in claimed, a password or the reader's own address, crypto, a
    # threat or a deadline; no porn site named.
    ("en", "Your old password is maple7781. I filmed you through your laptop camera. 0.03 BTC within two days "
           "or the recording goes to everyone in your address book."),
    ("en", "I am writing from your own mailbox, as you can see. I recorded you with your webcam. Send 900 USD in "
           "bitcoin within 48 hours, otherwise your contacts receive the clip."),
    ("es", "Tu contraseña es girasol44. Te grabé con la cámara de tu portátil. Envía 700 euros en bitcoin en 48 "
           "horas o mando la grabación a todos tus contactos."),
    ("de", "Ihr Kennwort lautet Brezel2017. Ich habe Sie über Ihre Kamera aufgenommen. 800 Euro in Bitcoin "
           "innerhalb von 48 Stunden, sonst bekommen alle Ihre Kontakte das Video."),
    ("it", "La tua password è girasole55. Ti ho registrato con la telecamera. 700 euro in bitcoin entro 48 ore "
           "o il video va a tutti i tuoi contatti."),
    ("nl", "Je wachtwoord is tulp2018. Ik heb je opgenomen met je webcam. 600 euro in bitcoin binnen 48 uur, "
           "anders krijgen al je contacten de video."),
    # The shape written to slip past filters.
    ("en", "Y0u were rec0rded by y0ur 0wn w3bcam while on ad*lt sites. I h@ve the v1deo. Send 0.02 B.T.C in "
           "48 h0urs or it g0es to all y0ur c0ntacts."),
    ("en", "I recorded you. 0.05 BTC. 2 days. Otherwise every contact you have gets the video."),
]


@pytest.mark.parametrize(("lang", "text"), BULK)
def test_bulk_camera_emails_without_a_porn_word_are_bulk(lang: str, text: str) -> None:
    assert analyze_text(text).verdict == "mass_scam", lang


RECORDED_CALLS = [
    # A person recorded a call with the reader and asks for crypto: never the bulk e-mail.
    ("en", "I recorded our video call last night. 500 USD in bitcoin by tomorrow or your wife and your boss "
           "get the clip."),
    ("en", "I screen-recorded our call. Send 0.01 BTC within 24 hours or every contact you have sees it."),
    ("de", "Ich habe unseren Videochat aufgenommen. 400 Euro in Bitcoin bis morgen, sonst bekommen deine "
           "Kontakte das Video."),
    ("it", "Ho registrato la nostra videochiamata. 300 euro in bitcoin entro domani o il video va ai tuoi "
           "contatti."),
    ("es", "Grabé nuestra videollamada. 300 euros en bitcoin antes de mañana o el vídeo va a tus contactos."),
    ("fr", "J'ai enregistré notre appel vidéo. 300 euros en bitcoin d'ici demain, sinon la vidéo part à tes "
           "contacts."),
    ("nl", "Ik heb ons videogesprek opgenomen. 300 euro in bitcoin voor morgen, anders krijgen je contacten "
           "de video."),
    ("pt", "Gravei a nossa videochamada. 300 euros em bitcoin até amanhã ou o vídeo vai para os teus "
           "contactos."),
]


@pytest.mark.parametrize(("lang", "text"), RECORDED_CALLS)
def test_a_recorded_call_for_bitcoin_is_never_called_bulk(lang: str, text: str) -> None:
    verdict = analyze_text(text).verdict
    assert verdict != "mass_scam", lang
    assert verdict != "not_extortion", lang


@pytest.mark.parametrize("text", [
    "Awareness note: the e-mail going round says 'I recorded you with your webcam, pay 0.05 BTC in 48 hours or "
    "your contacts get the video'. Do not pay and do not reply; it is sent to thousands of people.",
    "Police warning. Scammers write that they recorded you through your camera and demand bitcoin within two "
    "days. They have no video. Never pay.",
])
def test_warnings_retelling_the_shape_are_not_bulk_by_the_rules(text: str) -> None:
    # (the rules' bulk shape only: the learned model has its own say on such notes, measured on the held-out sets)
    assert analyze_text(text, use_model=False).verdict != "mass_scam"


def test_the_polish_bulk_email_is_bulk_not_a_business_break_in() -> None:
    # ("zhakowałem" is the bulk e-mail's "I hacked", not a claim on a company's servers)
    text = ("Witam. Zhakowałem twoje urządzenie i nagrałem cię kamerą, gdy oglądałeś strony dla dorosłych. "
            "Przelej 800 USD w Bitcoin w ciągu 48 godzin, w przeciwnym razie nagranie trafi do wszystkich twoich "
            "kontaktów.")
    assert analyze_text(text, use_model=False).verdict == "mass_scam"


@pytest.mark.parametrize("text", [
    # a person in an account, holding its photos: never told "almost certainly no video"
    "I got into your account and saved the photos from your private messages. 0.01 BTC within 48 hours or I post "
    "them on your story.",
    "Ho accesso al tuo account e alle foto nei tuoi messaggi. Manda 0,01 BTC entro 48 ore o le pubblico.",
])
def test_a_break_in_holding_photos_is_not_called_bulk(text: str) -> None:
    verdict = analyze_text(text, use_model=False).verdict
    assert verdict not in ("mass_scam", "not_extortion")


def test_a_paid_killer_with_a_camera_is_not_the_bulk_email() -> None:
    text = ("I have been paid to kill you. I filmed you with a hidden camera outside your house. Pay $3,000 in "
            "Bitcoin within 48 hours and I cancel the job.")
    assert analyze_text(text, use_model=False).verdict != "mass_scam"


@pytest.mark.parametrize("text", [
    "Sehr geehrte Damen und Herren, wir haben eine vollständige Kopie Ihrer Kundendatenbank. Zahlen Sie bis "
    "Freitag 2 BTC, sonst verkaufen wir die Daten und informieren die Presse.",
    "Señores: tenemos los datos de sus clientes (DNI y cuentas). Paguen 1 BTC antes del lunes o los publicamos.",
])
def test_a_business_data_theft_is_other_extortion(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == "other_extortion"


def test_a_security_notice_retelling_the_password_email_is_not_bulk() -> None:
    text = ("IT notice: staff have received e-mails that quote an old password and claim a hacker recorded them "
            "through the webcam, demanding Bitcoin within 48 hours or the video goes to their contacts. Do not pay "
            "or reply; forward them to the service desk.")
    assert analyze_text(text, use_model=False).verdict != "mass_scam"
