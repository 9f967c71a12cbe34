"""The safety-asymmetric verdict on our own synthetic multilingual fixtures (tests/analyze/fixtures,
labelled synthetic), the verdict wording, and the person's correction of a stored verdict."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from standfast.analyze.store import analyze_item, case_analyses, correct_verdict
from standfast.analyze.triage import analyze_text
from standfast.analyze.verdicts import SUMMARY, TITLE, Verdict, parse_verdict
from standfast.errors import UsageError

FIXTURES = Path(__file__).parent / "fixtures" / "triage_synthetic.jsonl"
ROWS = [json.loads(line) for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]
EXTORTION = [r for r in ROWS if r["label"] != "not_extortion"]
NEGATIVES = [r for r in ROWS if r["label"] == "not_extortion"]


def _verdict(text: str) -> Verdict:
    return Verdict(analyze_text(text, use_model=False).verdict)


@pytest.mark.parametrize("row", EXTORTION, ids=[r["id"] for r in EXTORTION])
def test_real_extortion_is_never_not_extortion(row: dict[str, str]) -> None:
    assert _verdict(row["text"]) != Verdict.NOT_EXTORTION


def test_kinds_are_mostly_right() -> None:
    right = sum(_verdict(r["text"]) == r["label"] for r in EXTORTION)
    assert right >= 0.9 * len(EXTORTION), f"{right}/{len(EXTORTION)}"


def test_hard_negatives_are_rarely_flagged() -> None:
    flagged = [r["id"] for r in NEGATIVES if _verdict(r["text"]) != Verdict.NOT_EXTORTION]
    assert len(flagged) <= 0.05 * len(NEGATIVES) + 1, flagged


@pytest.mark.parametrize("text", [
    "Ho installato un malware sul tuo dispositivo e ho registrato un video con la tua fotocamera mentre guardavi "
    "siti per adulti. Invia 900 euro in Bitcoin entro 48 ore.",
    "Hackeé tu dispositivo y grabé con tu cámara mientras veías páginas para adultos. Envía 800 USD en Bitcoin "
    "en 48 horas o enviaré el video a todos tus contactos.",
])
def test_bulk_scam_without_pronoun(text: str) -> None:
    assert _verdict(text) == Verdict.MASS_SCAM


@pytest.mark.parametrize("text", [
    "i got ur pics. send $300 on cashapp in the next hour or they go to every1 on ur followers list",
    "Tengo tus fotos. Si no me pagas 200 dólares hoy, se las mando a toda tu familia.",
    "Ich habe deine Nacktbilder. Zahl 300 Euro bis heute Abend, sonst schicke ich sie an deine Familie.",
])
def test_threat_plus_demand_is_targeted(text: str) -> None:
    assert _verdict(text) == Verdict.TARGETED


@pytest.mark.parametrize("text", [
    "Scammers may threaten to share your intimate images with your friends unless you pay.",
    "If someone says they have your photos, do not pay. Stop contact and report it.",
    "hey cutie send me a pic of you tonight? i miss you",
])
def test_warnings_and_requests_are_not_threats(text: str) -> None:
    assert _verdict(text) == Verdict.NOT_EXTORTION


def test_far_apart_words_do_not_combine() -> None:
    text = ("I will send the minutes of the meeting next week. " + "The weather was fine all day. " * 3 +
            "Your family and friends are welcome at the picnic.")
    assert _verdict(text) == Verdict.NOT_EXTORTION


def test_possession_alone_is_never_reassured() -> None:
    a = analyze_text("I have your nudes.", use_model=False)
    assert a.verdict == Verdict.UNCLEAR
    assert "claims_images" in {s.id for s in a.signals}


def test_not_extortion_wording_is_careful() -> None:
    assert "No threat found" not in TITLE[Verdict.NOT_EXTORTION]
    assert "treat it as real" in TITLE[Verdict.NOT_EXTORTION]
    assert "treat it as real" in SUMMARY[Verdict.NOT_EXTORTION]
    assert set(TITLE) == set(SUMMARY) == set(Verdict)


def test_reasons_support_the_verdict() -> None:
    a = analyze_text("Your invoice of $40 is due on Friday. Thank you.", use_model=False)
    assert a.verdict == Verdict.NOT_EXTORTION
    assert {s.id for s in a.signals} <= {"nothing_found", "told_not_made"}
    assert a.confidence >= 0.8


def test_parse_verdict() -> None:
    assert parse_verdict("Not-Extortion") == Verdict.NOT_EXTORTION
    with pytest.raises(ValueError):
        parse_verdict("safe")


def test_correction_is_stored_logged_and_shown(vault) -> None:  # type: ignore[no-untyped-def]
    from standfast.analyze.models import AnalyzeResult
    from standfast.vault.models import CustodyEntry

    case = vault.create_case("test")
    res = vault.add_stream(case.id, io.BytesIO(b"Your invoice of $40 is due on Friday."), name="m.txt",
                           source="paste")
    analyze_item(vault, res.item.id)
    rid = case_analyses(vault, case.id)[0]["id"]
    done = correct_verdict(vault, rid, "targeted")
    assert done["automatic"] == "not_extortion" and done["verdict"] == "targeted"
    row = case_analyses(vault, case.id)[0]
    assert row["verdict"] == "targeted" and row["automatic"] == "not_extortion" and row["corrected"]
    with vault.read() as s:
        assert s.get(AnalyzeResult, rid).verdict == "not_extortion"  # the automatic reading is kept
        actions = [e.action for e in s.scalars(select(CustodyEntry)).all()]
    assert "analysis.corrected" in actions
    with pytest.raises(UsageError):
        correct_verdict(vault, rid, "safe")
    with pytest.raises(UsageError):
        correct_verdict(vault, 999_999, "targeted")
