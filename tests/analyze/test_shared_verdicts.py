"""Verdicts on the real samples in ../shared/data (read in place; nothing is copied or printed)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from standfast.analyze.inputs import analyze_path
from standfast.analyze.triage import analyze_text

pytestmark = pytest.mark.shared_data


def test_every_real_scam_email_is_mass_scam(shared_data: Path) -> None:
    files = sorted((shared_data / "sextortion-emails/phishing_pot").glob("*.eml"))
    assert files
    wrong = [f.name for f in files if analyze_path(f).verdict != "mass_scam"]
    assert not wrong
    naz = json.loads((shared_data / "sextortion-emails/nazario/nazario_sextortion_2019-01-29.json").read_text())[0]
    assert analyze_text(f"{naz['subject']}\n\n{naz['body']}").verdict == "mass_scam"


def _reports(shared_data: Path) -> list[tuple[str, str]]:
    sx = shared_data / "sextortion-emails"
    reports = json.loads((sx / "bitcoinabuse_reports/sextortion_blackmail_reports.json").read_text())
    by_id = {r["id"]: r for r in reports}
    out = []
    with open(sx / "index.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if "#" in row["local"]:
                out.append((row["notes"], by_id[row["local"].split("#", 1)[1]]["description"]))
    return out


def test_non_sexual_extortion_reports_are_other_extortion(shared_data: Path) -> None:
    others = [text for notes, text in _reports(shared_data) if "NOT sextortion" in notes]
    assert len(others) == 5
    assert [analyze_text(t).verdict for t in others] == ["other_extortion"] * 5


def test_pasted_sextortion_reports(shared_data: Path) -> None:
    """Victim-pasted (often partial) texts: nearly all must still be recognised."""
    pasted = [text for notes, text in _reports(shared_data) if "NOT sextortion" not in notes]
    hits = sum(1 for t in pasted if analyze_text(t).verdict == "mass_scam")
    assert hits >= len(pasted) - 2, f"{hits}/{len(pasted)}"


def test_near_duplicate_campaign_is_named(shared_data: Path) -> None:
    a = analyze_path(shared_data / "sextortion-emails/phishing_pot/sample-1797.eml")
    assert a.campaign is not None


def test_false_positives_on_spam_and_ham(shared_data: Path) -> None:
    for folder, limit in (("spam-phishing-not-sextortion", 0.005), ("ham-emails", 0.002)):
        files = [f for f in sorted((shared_data / folder).rglob("*.eml"))]
        flagged = sum(1 for f in files if analyze_path(f).verdict != "not_extortion")
        assert flagged <= limit * len(files), (folder, flagged, len(files))
