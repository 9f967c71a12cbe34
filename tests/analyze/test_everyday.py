"""Ordinary life is not extortion: the everyday messages kept apart (never learned from) and the README's figure."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from standfast.analyze.triage import Verdict, analyze_text

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "tests" / "analyze" / "everyday" / "everyday_check.jsonl"


def test_the_readme_states_what_the_everyday_check_gives(model_ready: None) -> None:
    """The README's "of 295 everyday messages …, N are flagged" is what the shipped tree does (docs drift check)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"of (\d+) everyday messages it never learned from .*?, (\d+) are flagged", readme, re.S)
    assert found, "the README no longer states the everyday figure"
    rows = [json.loads(line) for line in CHECK.read_text(encoding="utf-8").splitlines() if line.strip()]
    flagged = sum(analyze_text(str(r["text"])).verdict != Verdict.NOT_EXTORTION for r in rows)
    assert (len(rows), flagged) == (int(found.group(1)), int(found.group(2)))


@pytest.mark.parametrize("text", [
    # Written for this test: probes that the head before 5 December 2026 took for extortion.
    "ok see you at 8",
    "Yarın konuşuruz, akşam yaz bana",
    "Αύριο στις 10 στο γραφείο, μην αργήσεις",
])
def test_plain_everyday_messages_are_not_flagged(text: str, model_ready: None) -> None:
    assert analyze_text(text).verdict == Verdict.NOT_EXTORTION

