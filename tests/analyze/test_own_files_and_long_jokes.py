"""Three readings that must not raise a false alarm, each beside the threat of the same shape that must: a full
storage plan asked about by the owner of the photos on it, "regret" said of the past, and a treat asked as the price of
a joke in a group chat long enough to pass the short-message reader."""

from __future__ import annotations

import pytest

from standfast.analyze.loose import LONG_FAMILIES, MAX_WORDS
from standfast.analyze.triage import analyze_text
from standfast.analyze.verdicts import Verdict


def _verdict(text: str) -> Verdict:
    return Verdict(analyze_text(text, use_model=False).verdict)


# The owner of the photos asks about a storage notice: the photos they have are their own, deleted, shown to nobody.
STORAGE_ASKED = [
    "Is this real? Text says: 'Your cloud storage is full. Your photos will be deleted in 24 hours unless you pay "
    "1.99 at the link.' I have six years of photos of my kids on there and I almost paid.",
    "Ist das echt? SMS: 'Ihr Speicher ist voll, Ihre Fotos werden in 48 Stunden gelöscht, zahlen Sie 0,99 Euro über "
    "den Link.' Ich habe alle meine Urlaubsfotos dort.",
    "Mi è arrivato: 'Il suo spazio è pieno, le sue foto saranno eliminate entro 24 ore se non paga 0,99 euro al link'. "
    "Ho tutte le foto del matrimonio lì, è una truffa?",
]
# The same words with a person who holds the reader's photos and shows them to people.
STORAGE_THREATS = [
    "Your cloud storage is full, and I have your photos now. Pay 200 within 24 hours or your family sees them.",
    "Ihr Speicher ist voll und ich habe deine Fotos. Zahl 300 Euro bis morgen, sonst bekommt deine Mutter sie.",
]


@pytest.mark.parametrize("text", STORAGE_ASKED)
def test_a_storage_notice_asked_about_by_the_owner_of_the_photos_is_not_a_threat(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", STORAGE_THREATS)
def test_a_storage_notice_with_a_person_holding_the_photos_is_a_threat(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "Telling a moderator is always safe, and nobody here will judge a picture you regret sending.",
    "If you shared a photo you regret, talk to someone you trust.",
])
def test_regret_said_of_the_past_is_no_threat_of_harm(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("text", [
    "send 300 by tonight or you regret",
    "pay now or you will regret it",
    "u gonna regret this if u dont send the money",
])
def test_regret_as_a_threat_is_still_read(text: str) -> None:
    assert _verdict(text) != Verdict.NOT_EXTORTION


def _group_chat(price_line: str) -> str:
    lines = [
        "[18:02] Noor: ok the photos from the graduation are finally on my laptop",
        "[18:02] Noor: some of them are sooo embarrassing",
        "[18:03] Sam: how bad are we talking",
        "[18:03] Noor: you dancing on the chair with your hat sideways 😂",
        "[18:04] Sam: delete it right now",
        f"[18:04] Noor: never. {price_line}",
        "[18:05] Sam: this is blackmail, I'm telling grandma",
        "[18:05] Noor: grandma already saw it and wants it framed for the kitchen",
        "[18:06] Sam: betrayed by my own family honestly",
        "[18:07] Noor: anyway I'm putting the whole album on the shared drive tonight, tell your aunt the ones with "
        "grandpa are in there too",
        "[18:08] Sam: fine but crop me out of the chair one please",
        "[18:09] Noor: we'll see 😇 also who is bringing the cake on sunday",
    ]
    return "\n".join(lines)


def test_the_joke_families_are_read_in_a_long_chat() -> None:
    assert {"token", "laugh", "real_money", "harm", "crypto"} <= LONG_FAMILIES


def test_a_treat_as_the_price_of_a_joke_in_a_long_group_chat_is_no_threat() -> None:
    text = _group_chat("it goes in the family group tomorrow unless you buy me a coffee")
    assert len(text.split()) > MAX_WORDS
    assert _verdict(text) == Verdict.NOT_EXTORTION


@pytest.mark.parametrize("price_line", [
    "it goes in the family group tomorrow unless you send me 300 euros",
    "it goes in the family group tomorrow unless you send 0.01 btc to my wallet",
])
def test_money_or_crypto_as_the_price_in_a_long_group_chat_is_a_threat(price_line: str) -> None:
    assert _verdict(_group_chat(price_line)) != Verdict.NOT_EXTORTION
