"""The learned model names the kind of a message the rules found unsure, when it is sure and nothing contradicts it.

The opinions here are built by hand (``LearnedScore``), so these tests hold whatever the shipped head rates the
messages: they check the rule that turns a sure opinion into a kind, not the head. Messages written for this test.
"""

from __future__ import annotations

import pytest
from tests.analyze.hand_opinion import apply_model as _apply

from standfast.analyze import triage

# Threats the rules see as threats without seeing their kind: no picture, recording or audience is named.
VAGUE = ["pay or its posted. ur choice", "$200. cashapp. or everyone sees",
         "Reply or I start sending. Your aunt first.", "o pagas hoy o lo subo", "zahl bis morgen oder alle sehen es"]


@pytest.mark.parametrize("text", VAGUE)
def test_a_sure_model_names_targeted_for_an_unsure_threat(text: str) -> None:
    named, signals, why = _apply(text, triage.Verdict.UNCLEAR, "targeted", 0.96)
    assert named == triage.Verdict.TARGETED
    assert "model_flag" in signals
    # (the reason says what named it: the signs, or the model's certainty where they are silent)
    assert why[-1].text.endswith(("which fits the signs found", "and nothing the rules found speaks against it"))


def test_the_reason_says_when_the_signs_do_not_point_to_the_kind() -> None:
    _, _, why = _apply("pay or its posted. ur choice", triage.Verdict.UNCLEAR, "targeted", 0.96)
    assert why[-1].text.endswith("and nothing the rules found speaks against it")


@pytest.mark.parametrize("text", VAGUE)
def test_below_the_kind_bars_the_message_stays_unclear(text: str) -> None:
    named, _, why = _apply(text, triage.Verdict.UNCLEAR, "targeted", triage.MODEL_KIND - 0.05)
    assert named == triage.Verdict.UNCLEAR
    assert "cannot tell the kind either" in why[-1].text


def test_a_sure_model_names_other_extortion_when_no_sexual_picture_is_named() -> None:
    named, _, _ = _apply("50 quid by friday or you'll regret it", triage.Verdict.UNCLEAR, "other_extortion", 0.97)
    assert named == triage.Verdict.OTHER_EXTORTION


@pytest.mark.parametrize("text", ["your nudes. 200 by friday or else", "send 3 more nudes by tonight or else"])
def test_other_extortion_is_never_named_over_sexual_pictures(text: str) -> None:
    named, _, _ = _apply(text, triage.Verdict.UNCLEAR, "other_extortion", 0.99)
    assert named != triage.Verdict.OTHER_EXTORTION


def test_the_bulk_email_is_not_named_on_certainty_alone() -> None:
    # (its advice, "nobody has pictures of you", would be wrong for a person really targeted)
    named, _, _ = _apply("pay or its posted. ur choice", triage.Verdict.UNCLEAR, "mass_scam", 0.99)
    assert named == triage.Verdict.UNCLEAR


def test_a_harmless_scene_is_never_named_targeted() -> None:
    text = "buy me a coffee or the video of you snoring goes in the group chat"
    named, _, _ = _apply(text, triage.Verdict.UNCLEAR, "targeted", 0.99)
    assert named != triage.Verdict.TARGETED


def test_a_flag_by_the_model_with_weaker_signs_names_the_kind() -> None:
    named, _, why = _apply("pay or its posted. ur choice", triage.Verdict.NOT_EXTORTION, "targeted", 0.98)
    assert named == triage.Verdict.TARGETED
    assert any("reads it as targeted" in c.text for c in why)


def test_a_demand_with_a_time_alone_is_never_named_targeted() -> None:
    # (an investment pitch reads like a threat to the model: targeted needs a threat, a sending or something held)
    text = "Deposit just $250 today and my mentor will double it in 48 hours. Limited slots, act now!"
    named, _, _ = _apply(text, triage.Verdict.UNCLEAR, "targeted", 0.97)
    assert named == triage.Verdict.UNCLEAR


def test_pictures_shown_to_the_readers_people_are_never_named_other_extortion() -> None:
    text = ("Ce serait dommage que ta femme tombe sur nos petites photos de l'été. Cent euros par semaine et je "
            "t'oublie.")
    named, _, _ = _apply(text, triage.Verdict.UNCLEAR, "other_extortion", 0.98)
    assert named != triage.Verdict.OTHER_EXTORTION


def test_a_flag_by_the_model_alone_names_no_kind_short_of_certainty() -> None:
    # (no sign at all: the model's reading is all there is, so short of MODEL_KIND_NO_SIGNS, and of
    # MODEL_KIND_NO_SIGNS_KIND on the kind, the person is told to treat it as unclear; test_pitches_and_model_alone.py
    # has the other side of the bars)
    named, _, why = _apply("see you at practice", triage.Verdict.NOT_EXTORTION, "targeted",
                           triage.MODEL_KIND_NO_SIGNS - 0.005, signs=False, flag_at=triage.MODEL_FLAG_ALONE,
                           kind_p=triage.MODEL_KIND_NO_SIGNS_KIND - 0.02)
    assert named == triage.Verdict.UNCLEAR
    assert why[-1].text.endswith("treat it as unclear")


@pytest.mark.parametrize("text", [
    "you got till friday to pay what you owe or me and the boys come see you at work",
    "200 by tomorrow or we pull up. we know where u live",
    "Bring morgen 50 € mit oder wir schlagen dich nach der Schule zusammen",
])
def test_a_threat_of_violence_with_no_picture_at_stake_is_never_named_targeted(text: str) -> None:
    named, _, _ = _apply(text, triage.Verdict.UNCLEAR, "targeted", 0.99)
    assert named != triage.Verdict.TARGETED


@pytest.mark.parametrize("text", [
    "Sir kindly send the photos of the bike from all sides, I will do payment via UPI today itself",
    "ainda tem o iphone? manda mais fotos que eu faço o pix hoje",
])
def test_a_buyer_is_never_named_a_kind_of_extortion(text: str) -> None:
    for kind in ("targeted", "other_extortion"):
        named, _, _ = _apply(text, triage.Verdict.UNCLEAR, kind, 0.99)
        assert named == triage.Verdict.UNCLEAR


def test_a_model_all_but_certain_names_targeted_where_the_rules_read_only_a_demand_and_a_time() -> None:
    text = "300 euro via Payconiq tegen vanavond of uw lief ziet alles"
    assert _apply(text, triage.Verdict.UNCLEAR, "targeted", triage.MODEL_KIND_ALONE)[0] == triage.Verdict.TARGETED
    assert _apply(text, triage.Verdict.UNCLEAR, "targeted", 0.97)[0] == triage.Verdict.UNCLEAR


@pytest.mark.parametrize("text", [
    "Put 1k in today and you get 3k back by Monday, guaranteed. Spots close tonight.",
    "Ho guadagnato il 300% con questa piattaforma, rendimento garantito. Deposita 200 euro entro stasera.",
    "Con mi mentor duplicas tu inversión: rendimiento garantizado si depositas antes del viernes.",
])
@pytest.mark.parametrize("kind", ["targeted", "other_extortion"])
def test_a_pitch_that_promises_money_back_is_never_named_a_kind(text: str, kind: str) -> None:
    for verdict in (triage.Verdict.UNCLEAR, triage.Verdict.NOT_EXTORTION):
        assert _apply(text, verdict, kind, 0.999)[0] not in (triage.Verdict.TARGETED, triage.Verdict.OTHER_EXTORTION)
