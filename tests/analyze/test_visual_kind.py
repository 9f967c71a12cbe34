"""A threat to show pictures or a recording of the reader, with a demand, is targeted sextortion in any wording.

Before, a threat with a demand for money was "extortion, but not about intimate images" whenever no sentence
read as a claim to hold images, so "pay or your video goes round the class group" got the advice for stolen data.
What is exposed decides: pictures, a video, a recording or a filmed call make it targeted; data, chats or an
account held stay other extortion; a break-in or crypto (the bulk e-mail's parts) is left to the bulk rules.
All messages are written for these tests.
"""

from __future__ import annotations

import pytest

from standfast.analyze.loose import loose_signs
from standfast.analyze.triage import analyze_text


@pytest.mark.parametrize("text", [
    "pay 150 on paypal tonight or ur video is all over the year 10 group chat",
    "send £80 or the pics go to everyone on your team. 2 hours",
    "o me pasas 2 mil por transferencia hoy o tu video anda por todo el grupo del colegio",
    "Zahl 300 Euro oder ich schick das Video deiner Freundin und deinem Chef",
    "paga 300 reais no pix ou as fotos vão pro grupo da família",
    # crypto alone is not the bulk e-mail's shape
    "I put your face on some pics with AI, they look real. 0.02 btc or I send them to your whole class",
])
def test_a_threat_to_show_pictures_with_a_demand_is_targeted(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict == "targeted"


@pytest.mark.parametrize("text", [
    "pay 500 by friday or your customer database goes on a leak site",
    "Transfer 2,000 or I tell your wife about the affair. You have until Monday.",
    "I have your Instagram. Pay 80 on PayPal or I delete the account and message your followers",
])
def test_threats_about_other_things_are_not_called_targeted(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict not in ("targeted", "not_extortion")


def test_pictures_and_a_break_in_for_crypto_are_left_to_the_bulk_rules() -> None:
    # ("I got into your phone and filmed you … in bitcoin": whichever kind, never called targeted by the picture
    # word alone)
    text = "I got into your phone and filmed you. 0.02 bitcoin by tomorrow or the video goes to your contacts."
    assert analyze_text(text, use_model=False).verdict != "not_extortion"
    assert loose_signs(text.lower(), text, len(text.split())).visual


@pytest.mark.parametrize(("text", "visual"), [
    ("the video from last night", True),
    ("ik heb alles opgenomen", True),
    ("your customer database", False),
    ("screenshots of your messages", False),
    ("see you at 8", False),
])
def test_visual_material_is_pictures_and_recordings_only(text: str, visual: bool) -> None:
    assert loose_signs(text.lower(), text, len(text.split())).visual is visual


# Only the one who holds an account can delete it (read on the spent set 93): a threat to delete it, with a price,
# is an account held.
@pytest.mark.parametrize("text", [
    "you want ur insta back? 200 in steam cards. and if you report me i delete the account with all ur followers",
    "quieres tu cuenta? paga 100 euros hoy o borro tu cuenta y todos tus seguidores",
    "willst du deinen Kanal zurück? 150 € in Karten, sonst lösche ich deinen Kanal",
])
def test_a_threat_to_delete_the_readers_account_for_a_price_is_flagged(text: str) -> None:
    assert analyze_text(text, use_model=False).verdict != "not_extortion"


def test_deleting_ones_own_account_is_no_threat() -> None:
    assert analyze_text("im so done with insta, i delete my account tonight. text me instead",
                        use_model=False).verdict == "not_extortion"
