"""The classes of message the rules used to get wrong on real messages, each with varied hand-written
examples in several languages (data/triage/synthetic.jsonl, kinds below) and the look-alikes that must
stay unflagged. Rules only: the learned model must not be needed for any of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from standfast.analyze.triage import analyze_text
from standfast.analyze.verdicts import Verdict

SYNTHETIC = Path(__file__).resolve().parents[2] / "data" / "triage" / "synthetic.jsonl"
# kind -> what the rules must do with every row of that kind
# The classes of the second development set (consequences told without "send/post/show").
CONSEQUENCES = ("conditional_taunt", "implied_violence", "secret_told", "data_sold", "passive_ransom",
                "price_for_silence", "recorded_call", "chat_threat_group")
FLAGGED = ("ruin_declared", "price_for_images", "rare_lookalikes", "wrapped_email", "implied_threat",
           "benign_lookalike", "formal_ransom", "pasted_threat_question", "asks_describing", *CONSEQUENCES)
UNFLAGGED = ("support_message", "price_question", "retold_threat", "implied_remark", "benign_share",
             "plural_warning", "photo_service", "token_joke", "fee_notice", "conditional_negative")
# Classes whose kind the rules must name, not only flag.
NAMED = ("implied_threat", "formal_ransom", *CONSEQUENCES)


def _rows(kinds: tuple[str, ...]) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in SYNTHETIC.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["kind"] in kinds]


def _verdict(text: str) -> Verdict:
    return Verdict(analyze_text(text, use_model=False).verdict)


def test_each_class_has_varied_examples() -> None:
    for kind in FLAGGED + UNFLAGGED:
        rows = _rows((kind,))
        assert len(rows) >= 2, kind
    assert len({r["language"] for r in _rows(("ruin_declared", "price_for_images", "retold_threat"))}) >= 7


@pytest.mark.parametrize("row", _rows(FLAGGED), ids=lambda r: r["id"])
def test_threat_classes_are_never_reassured(row: dict[str, str]) -> None:
    assert _verdict(row["text"]) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("row", _rows(("rare_lookalikes", "wrapped_email")), ids=lambda r: r["id"])
def test_bulk_classes_are_named(row: dict[str, str]) -> None:
    assert _verdict(row["text"]) == Verdict.MASS_SCAM


@pytest.mark.parametrize("row", _rows(NAMED), ids=lambda r: r["id"])
def test_implied_threats_and_formal_notes_are_named(row: dict[str, str]) -> None:
    assert _verdict(row["text"]) == Verdict(row["label"])


def test_new_classes_span_the_languages() -> None:
    for kinds in (("implied_threat",), ("benign_share",), ("plural_warning",), ("formal_ransom",),
                  ("conditional_taunt",), ("implied_violence",), ("secret_told",), ("data_sold",),
                  ("passive_ransom",), ("fee_notice",)):
        assert len({r["language"] for r in _rows(kinds)}) >= 4, kinds


@pytest.mark.parametrize("row", _rows(UNFLAGGED), ids=lambda r: r["id"])
def test_look_alikes_stay_unflagged(row: dict[str, str]) -> None:
    assert _verdict(row["text"]) == Verdict.NOT_EXTORTION


def test_a_ruin_declared_names_its_reason() -> None:
    a = analyze_text("Good. Enjoy your miserable life.", use_model=False)
    assert a.verdict == Verdict.UNCLEAR
    assert [s.id for s in a.signals] == ["threatens_harm"]


def test_a_retold_threat_with_a_speaker_is_still_a_threat() -> None:
    """The narration rule needs nobody speaking in the first person: a threat that quotes a third party
    ("they will see") but has its own "I" stays a threat."""
    text = "They will all see it. I will send the video to your family unless you pay 300 tonight."
    assert _verdict(text) in (Verdict.TARGETED, Verdict.UNCLEAR)


def test_reported_future_in_german_needs_ich() -> None:
    assert _verdict("Zahl 500 Euro bis heute Abend, sonst werde ich das Video an deine Familie schicken.") \
        != Verdict.NOT_EXTORTION
    assert _verdict("Der Absender behauptet, er habe Ihre Webcam gehackt. Sie sollen 1000 Euro in Bitcoin "
                    "zahlen, sonst werde das Video an Ihre Kontakte geschickt.") == Verdict.NOT_EXTORTION


def test_rare_lookalike_letters_are_read() -> None:
    from standfast.analyze.normalize import normalize

    n = normalize("Ƿorn vίrus ʍasturbation houɼs onɭy transƒer")
    assert n.text == "porn virus masturbation hours only transfer"
    assert n.tricks.get("lookalike_letters", 0) >= 3


# Who sends to whom: the reader asked to send, a service against
# exposure, "je" read by the language, fees and loans. Each with a threat of the same shape next to it.
NOT_THREATS = [
    "Can you send the photos from the wedding to grandma? She wants to see them.",
    "Stuur je de foto's van de verjaardag even door? Oma wil ze zien.",
    "Schickst du die Bilder vom Ausflug an Oma? Sie will sie sehen.",
    "Take It Down helps you remove or stop the online sharing of nude images taken before you were 18.",
    "This tool helps prevent your private photos being posted to other sites.",
    "Volgens de Fraudehelpdesk krijgen veel mensen een mail waarin staat dat je bent gefilmd. Betaal niets.",
    "Need cash fast? Get approved for a loan up to $5,000 in minutes. Apply today!",
    "Practice moved to 5 tonight. Pay the tournament fee ($20) to me before Saturday.",
]
THREATS = [
    "send the money tonight or I send the photos to your grandma",
    "ik stuur je foto's nu naar al je volgers",
    "Ich schicke die Bilder an deine Oma, wenn du nicht zahlst.",
    "pay or I send the pics to you and everyone you know",
    "they can't stop me posting your pics. pay 300 or your followers see them",
    "Ik heb je gefilmd via je webcam. Betaal 500 euro in bitcoin binnen 48 uur.",
    "Pay the $500 fee by tonight or your nudes go to all your followers.",
    "I will ruin your life. I have your photos and I know where you go to school. Send the money now.",
]


@pytest.mark.parametrize("text", NOT_THREATS)
def test_who_sends_to_whom_not_threats(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", THREATS)
def test_who_sends_to_whom_threats(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


def test_an_implied_threat_needs_a_payment_and_someone_seeing() -> None:
    """"Would be a shame if …" is a threat only next to a payment, and only about someone seeing or getting
    something; the reason says so."""
    a = analyze_text("Would be a pity if your cousins saw the video. 80 dollars on paypal and I erase it.",
                     use_model=False)
    assert a.verdict == Verdict.TARGETED
    assert any("hints at harm" in c.text for c in a.explanation)
    assert _verdict("Would be a pity if your cousins saw the video from the barbecue, it came out great!") \
        == Verdict.NOT_EXTORTION
    assert _verdict("It would be a shame if the rain ruined the picnic, tickets are 5 dollars.") \
        == Verdict.NOT_EXTORTION


def test_a_pasted_threat_asked_about_is_treated_as_real() -> None:
    """Safety asymmetry: a person who pastes the threat they received and asks "is this real?" has a threat
    in front of them. The answer is the plan ("treat it as real"), never "no signs of extortion"."""
    a = analyze_text('this guy on discord wrote "ive got ur pics, 100 on cashapp or i send them to ur school". '
                     "is this real?", use_model=False)
    assert a.verdict != Verdict.NOT_EXTORTION
    # Asking about a message that threatens nothing stays unflagged, and so does news quoting an example.
    assert _verdict("Is this a scam? 'Your parcel is waiting, pay the 2 euro customs fee within 24 hours at "
                    "this link'") == Verdict.NOT_EXTORTION
    assert _verdict('Police said the suspect wrote to victims: "I have your photos, pay or your friends see them." '
                    "He was arrested on Monday.") == Verdict.NOT_EXTORTION
    # a parent asking for "us", the message introduced as "now he sends this:" (read on the held-out set 138)
    for text in ('Mijn zoon kreeg een bericht van een onbekende. Nu stuurt die persoon dit: "Als je niet voor '
                 'morgen 200 euro stuurt, gaan je foto\'s naar je hele klas." Moeten we reageren?',
                 'Our daughter is terrified. He sends her this: "send 3 more pics by 9 or your class gets the ones I '
                 'have". What should we do?'):
        assert analyze_text(text, use_model=False).verdict != Verdict.NOT_EXTORTION, text


def test_a_friendly_share_with_a_demand_or_nudes_stays_flagged() -> None:
    assert _verdict("haha sending the party video to your mom unless you pay me 200 on venmo by tonight") \
        != Verdict.NOT_EXTORTION
    assert _verdict("lol ur nudes are going to ur whole family tonight 😂") != Verdict.NOT_EXTORTION
    assert _verdict("Sending the recital video to your grandpa tonight, he'll love it 😊") == Verdict.NOT_EXTORTION


def test_an_account_held_for_payment_is_named() -> None:
    for row in _rows(("account_hostage",)):
        if int(row["id"].split("-")[1]) > 710:  # the rows written for the second set's classes
            assert _verdict(row["text"]) == Verdict.OTHER_EXTORTION, row["id"]


# Safety asymmetry, structurally: a chat message with a demand and a consequence aimed at the reader is
# never "not extortion", whatever words the consequence uses; the kind may stay open ("unclear").
DEMAND_WITH_CONSEQUENCE = [
    "200 on cashapp by tonight or your cousin gets a call from me",
    "send 150 before noon or ur gym buddies hear a story about you",
    "Mándame 100 hoy o tu hermano se va a enterar de lo nuestro",
    "Zahl 300 Euro bis morgen, sonst ruft jemand deinen Chef an.",
    "Paye 200 euros avant ce soir, sinon ta sœur aura de mes nouvelles.",
    "Betaal 250 euro voor vrijdag, anders belt iemand je ouders.",
]


@pytest.mark.parametrize("text", DEMAND_WITH_CONSEQUENCE)
def test_a_demand_with_a_consequence_is_never_reassured(text: str) -> None:
    a = analyze_text(text, use_model=False)
    assert a.verdict != Verdict.NOT_EXTORTION
    assert "conditional_demand" in [s.id for s in a.signals] or a.verdict != Verdict.UNCLEAR


def test_a_demand_with_a_consequence_in_a_long_email_is_left_to_the_e_mail_rules() -> None:
    """The net is for chat-length messages: in a long newsletter "pay … or …" meet by chance."""
    filler = " ".join(["Our spring catalogue has new garden tools and seeds for every season."] * 15)
    text = filler + " Pay your membership by Friday or your discount code expires."
    assert _verdict(text) == Verdict.NOT_EXTORTION


def test_a_token_joke_stays_a_joke_only_without_money() -> None:
    assert _verdict("pay me one (1) donut by noon or the pic of you snoring goes in the group chat 😂") \
        == Verdict.NOT_EXTORTION
    # The same shape with a sum of money, or without laughter and a harmless scene, is taken seriously (a treat asked
    # for over a harmless scene, "the pic of you snoring", is a joke without laughter too: test_examples_and_buyers).
    assert _verdict("pay me $100 by noon or the pic of you goes in the group chat 😂") != Verdict.NOT_EXTORTION
    assert _verdict("pay me one (1) donut by noon or the pic of you goes in the group chat") \
        != Verdict.NOT_EXTORTION


def test_a_prize_fee_is_not_read_as_a_threat_but_a_prize_with_a_threat_is() -> None:
    assert _verdict("Sie haben 20.000 Euro gewonnen. Bitte zahlen Sie 90 Euro Gebühr innerhalb von 24 Stunden.") \
        == Verdict.NOT_EXTORTION
    assert _verdict("You won the prize draw. Pay the 200 dollar fee within 24 hours or my boys visit your house.") \
        != Verdict.NOT_EXTORTION


def test_each_named_consequence_gives_its_reason() -> None:
    """The reasons listed under a verdict must support it: every kind named by the consequence says why."""
    for row in _rows(CONSEQUENCES):
        a = analyze_text(row["text"], use_model=False)
        assert "conditional_demand" in [s.id for s in a.signals] or a.verdict == Verdict(row["label"])
        assert all(c.text for c in a.explanation), row["id"]
    a = analyze_text("got ur pics. 100 on cashapp today or they land in ur cousin's group chat", use_model=False)
    assert a.verdict == Verdict.TARGETED
    assert any("hold pictures" in c.text for c in a.explanation)
