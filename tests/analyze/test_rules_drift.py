"""benchmarks/rules_drift.py: how a verdict moved between two snapshots, and a real run on two small files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import rules_drift


@pytest.mark.parametrize(("label", "before", "after", "how"), [
    ("targeted", "targeted", "not_extortion", "threat lost"),
    ("targeted", "unclear", "not_extortion", "threat lost"),
    ("targeted", "not_extortion", "unclear", "threat found"),
    ("targeted", "unclear", "targeted", "threat named"),
    ("targeted", "targeted", "unclear", "threat unnamed"),
    ("targeted", "unclear", "other_extortion", "threat moved"),
    ("not_extortion", "unclear", "not_extortion", "hard negative cleared"),
    ("not_extortion", "not_extortion", "targeted", "hard negative newly flagged"),
    ("not_extortion", "unclear", "targeted", "hard negative moved"),
    ("mass_scam", "mass_scam", "mass_scam", None),
])
def test_each_move_is_named(label: str, before: str, after: str, how: str | None) -> None:
    assert rules_drift.move(label, before, after) == how


def test_compare_counts_and_lists_only_what_needs_reading() -> None:
    old = {"a#1": {"label": "targeted", "verdict": "unclear"}, "a#2": {"label": "not_extortion", "verdict": "unclear"},
           "a#3": {"label": "targeted", "verdict": "targeted"}, "a#4": {"label": "mass_scam", "verdict": "mass_scam"}}
    new = {"a#1": {"label": "targeted", "verdict": "targeted"},
           "a#2": {"label": "not_extortion", "verdict": "not_extortion"},
           "a#3": {"label": "targeted", "verdict": "not_extortion"}, "b#9": {"label": "targeted", "verdict": "unclear"}}
    counts, lines = rules_drift.compare(old, new)
    assert counts == {"threat named": 1, "hard negative cleared": 1, "threat lost": 1}
    assert lines == ["threat lost: a#3 (targeted) targeted -> not_extortion"]


def test_a_real_run_on_two_files_and_its_exit_code(tmp_path: Path) -> None:
    threats = tmp_path / "threats.jsonl"
    threats.write_text(json.dumps({"id": "t1", "label": "targeted", "text": "I have your nudes. Pay $500 by "
                                   "tonight or I send them to all your followers."}) + "\n", encoding="utf-8")
    everyday = tmp_path / "everyday.jsonl"
    everyday.write_text(json.dumps({"id": "e1", "label": "not_extortion", "text": "running late, 10 min"}) + "\n"
                        + "\n", encoding="utf-8")
    snap = rules_drift.snapshot([threats, everyday])
    assert snap == {"threats.jsonl#t1": {"label": "targeted", "verdict": "targeted"},
                    "everyday.jsonl#e1": {"label": "not_extortion", "verdict": "not_extortion"}}
    # an older snapshot in which the threat was missed: the new one finds it, and the check passes
    old = tmp_path / "old.json"
    old.write_text(json.dumps({**snap, "threats.jsonl#t1": {"label": "targeted", "verdict": "not_extortion"}}),
                   encoding="utf-8")
    counts, lines = rules_drift.compare(json.loads(old.read_text(encoding="utf-8")), snap)
    assert counts == {"threat found": 1} and lines == []
    # the other way round the threat is lost, and the check fails
    counts, lines = rules_drift.compare(snap, json.loads(old.read_text(encoding="utf-8")))
    assert counts == {"threat lost": 1} and lines == ["threat lost: threats.jsonl#t1 (targeted) targeted -> "
                                                     "not_extortion"]


def test_the_files_read_and_the_skip_list() -> None:
    files = rules_drift.labelled_files()
    names = {f.name for f in files}
    assert "everyday_check.jsonl" in names and any(n.startswith("synthetic") for n in names)
    some = sorted(names)[0]
    assert some not in {f.name for f in rules_drift.labelled_files(skip=[some])}
