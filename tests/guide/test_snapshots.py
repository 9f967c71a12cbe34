"""Golden files of rendered plans, one per persona, in tests/guide/snapshots/.

After a deliberate change of texts or data, regenerate and review the diff:

    STANDFAST_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/guide/test_snapshots.py -q
    git diff tests/guide/snapshots/
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from standfast.guide.interview import Answers
from standfast.guide.plan import build_plan
from standfast.guide.render import render_text
from tests.guide.personas import PERSONAS

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("STANDFAST_UPDATE_SNAPSHOTS") == "1"


def _check(path: Path, text: str) -> None:
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{path.name} did not exist and was written; review it and run again")
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{path.name} changed; see the module docstring to regenerate"


@pytest.mark.parametrize("persona", PERSONAS, ids=lambda p: p.name)
def test_rendered_plan_snapshot(persona):
    plan = build_plan(Answers.from_dict(persona.answers), lang=persona.lang)
    _check(SNAPSHOTS / f"{persona.name}.txt", render_text(plan))


@pytest.mark.parametrize("persona", PERSONAS[:2], ids=lambda p: p.name)
def test_plan_json_snapshot(persona):
    plan = build_plan(Answers.from_dict(persona.answers), lang=persona.lang)
    summary = {"crisis": plan.crisis, "emergency": plan.emergency,
               "steps": [{"id": s.id, "channels": s.channels, "links": s.links} for s in plan.steps]}
    _check(SNAPSHOTS / f"{persona.name}.channels.json", json.dumps(summary, indent=2) + "\n")
