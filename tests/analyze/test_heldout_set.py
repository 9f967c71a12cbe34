"""The held-out triage set stays held out: well-formed, labelled, and absent from every training or rule
fixture. Its verdicts are measured by benchmarks/eval_triage.py, never asserted here (a test that expects
them would turn it into a tuning target)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = Path(__file__).parent / "heldout" / "heldout_triage.jsonl"
LABELS = {"targeted", "mass_scam", "other_extortion", "not_extortion"}


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_heldout_rows_are_labelled_and_marked() -> None:
    rows = _rows(HELDOUT)
    assert len(rows) >= 60
    assert all(r["label"] in LABELS and r["heldout"] is True and r["synthetic"] is True for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    langs = {r["language"] for r in rows}
    assert {"en", "es", "de", "it", "fr", "pt"} <= langs
    assert {r["label"] for r in rows} == LABELS


def test_heldout_texts_are_in_no_training_or_rule_fixture() -> None:
    held = {str(r["text"]).strip().lower() for r in _rows(HELDOUT)}
    for path in (ROOT / "data" / "triage" / "synthetic.jsonl",
                 Path(__file__).parent / "fixtures" / "triage_synthetic.jsonl"):
        other = {str(r.get("text", "")).strip().lower() for r in _rows(path)}
        assert not held & other, path
    for test_file in Path(__file__).parent.glob("test_*.py"):
        if test_file.name == Path(__file__).name:
            continue
        assert "heldout" not in test_file.read_text(encoding="utf-8"), test_file


def test_training_script_does_not_read_the_heldout_set() -> None:
    script = (ROOT / "scripts" / "train_triage_model.py").read_text(encoding="utf-8")
    assert "heldout" not in script
