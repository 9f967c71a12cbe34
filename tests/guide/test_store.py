"""Answers and plan progress saved on a case in a real vault."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from standfast.errors import UsageError
from standfast.guide import store
from standfast.guide.interview import Answers
from standfast.vault.models import CustodyEntry


def _actions(vault) -> list[tuple[str, dict]]:
    with vault.read() as s:
        return [(e.action, e.details) for e in s.scalars(select(CustodyEntry).order_by(CustodyEntry.seq))]


def test_answers_are_sealed_and_round_trip(vault, vault_dir):
    case = vault.create_case("Instagram threat", country="US", age_group="minor")
    answers = Answers(role="self", age_group="minor", country="US", platforms=["instagram"], paid=True,
                      deadline="before midnight zebra")
    store.save_answers(vault, case.id, answers)
    assert store.load_answers(vault, case.id) == answers
    # Nothing the person wrote is readable in the database file.
    for path in vault_dir.rglob("*"):
        if path.is_file():
            assert b"midnight zebra" not in path.read_bytes(), path
    action, details = _actions(vault)[-1]
    assert action == "plan.answers_saved"
    assert "midnight" not in repr(details) and "deadline" in details["answered"]


def test_saving_again_replaces(vault):
    case = vault.create_case("x", country="GB")
    store.save_answers(vault, case.id, Answers(country="GB", age_group="adult"))
    store.save_answers(vault, case.id, Answers(country="GB", region="SCT", age_group="adult"))
    assert store.load_answers(vault, case.id).region == "GB-SCT"


def test_steps_marked_done_and_logged(vault):
    case = vault.create_case("x", country="AU", age_group="minor")
    assert store.load_answers(vault, case.id) is None
    store.set_step_done(vault, case.id, "4", True)
    store.set_step_done(vault, case.id, "capture_then_block", True)
    store.set_step_done(vault, case.id, "capture_then_block", False)
    plan = store.case_plan(vault, case.id)
    assert [s.id for s in plan.steps if s.done] == ["report"]
    marks = [d for a, d in _actions(vault) if a == "plan.step_marked"]
    assert marks[-1] == {"step": "capture_then_block", "done": False}
    with pytest.raises(UsageError):
        store.set_step_done(vault, case.id, "10", True)


def test_plan_defaults_from_the_case(vault):
    case = vault.create_case("x", country="GB", age_group="minor", platforms=["snapchat", "myspace"])
    answers = store.answers_for_case(vault, case.id)
    assert answers.country == "GB" and answers.age_group == "minor" and answers.platforms == ["snapchat"]
    plan = store.case_plan(vault, case.id, lang="es")
    assert plan.lang == "es" and "gb-ceop" in plan.channel_ids() and "int-stopncii" not in plan.channel_ids()


def test_tables_are_prefixed(vault, vault_dir):
    dbs = [p for p in vault_dir.rglob("*.db") if p.is_file()] + [p for p in vault_dir.rglob("*.sqlite*")]
    names = set()
    for db in dbs:
        with sqlite3.connect(db) as conn:
            names |= {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    assert {"guide_answers", "guide_step"} <= names
