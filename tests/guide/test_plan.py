"""Plans for real situations: the right channels, the nine steps, and the minor/adult line."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.guide import channels
from standfast.guide.directory import get_entry
from standfast.guide.interview import DEMANDS, PLATFORMS, STARTED, Answers
from standfast.guide.plan import STEP_IDS, build_plan
from tests.guide.personas import PERSONAS


@pytest.mark.parametrize("persona", PERSONAS, ids=lambda p: p.name)
def test_persona_channels(persona):
    answers = Answers.from_dict(persona.answers)
    plan = build_plan(answers, lang=persona.lang)
    shown = plan.channel_ids()
    missing = [i for i in persona.must if i not in shown]
    assert not missing, f"{persona.name}: plan lacks {missing}"
    wrong = [i for i in persona.must_not if i in shown]
    assert not wrong, f"{persona.name}: plan shows {wrong}"
    assert_age_line(answers, shown)


def assert_age_line(answers: Answers, shown: set[str]) -> None:
    """A minor's path never shows an adult-only service, and an adult's never a minor-only one."""
    for entry_id in shown:
        entry = get_entry(entry_id)
        if answers.age_group == "minor":
            assert entry.audience != "adult" or (answers.is_helper and entry.serves_helpers), entry_id
            assert entry_id != "int-stopncii"
        if answers.age_group == "adult":
            if answers.taken_under_18:
                assert entry.audience != "minor" or entry_id in channels.CHILDHOOD_IMAGE_SERVICES, entry_id
                assert entry_id != "int-stopncii"
            else:
                assert entry.audience != "minor", entry_id


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p.answers.get("safe_now") is not False],
                         ids=lambda p: p.name)
def test_nine_steps_in_order(persona):
    plan = build_plan(Answers.from_dict(persona.answers), lang=persona.lang)
    assert [s.id for s in plan.steps] == list(STEP_IDS)
    assert [s.number for s in plan.steps] == list(range(1, 10))
    for step in plan.steps:
        assert step.title and step.why and step.how, step.id
        assert all(c in plan.entries for c in step.channels)
        assert step.done is False


def test_not_safe_shows_crisis_lines_and_nothing_else():
    plan = build_plan(Answers(safe_now=False, country="US", age_group="minor", platforms=["instagram"]))
    assert plan.crisis_only
    assert plan.steps == [] and plan.rules == [] and plan.helper_notes == []
    assert set(plan.crisis) == {"us-988", "us-crisis-text-line"}
    assert set(plan.entries) == set(plan.crisis) | set(plan.emergency)


def test_not_safe_gives_sourced_emergency_numbers():
    plan = build_plan(Answers(safe_now=False, country="GB", region="SCT"))
    assert "gb-sct-police-scotland" in plan.emergency
    assert "gb-samaritans" in plan.crisis


def test_every_plan_has_crisis_lines_first():
    for country in ("US", "GB", "CA", "AU", "NZ", "IE", "IN", "PH", "NG", "DE", "FR", "NL", "ES", "IT", "BR",
                    "MX", "ZA", "SG"):
        plan = build_plan(Answers(country=country, age_group="adult"))
        assert plan.crisis, country


def test_minor_gets_firm_image_rules_and_helper_guidance():
    plan = build_plan(Answers(role="helper", age_group="minor", country="US"))
    assert any("Never forward, save" in r for r in plan.rules)
    assert plan.helper_notes
    adult = build_plan(Answers(role="self", age_group="adult", country="US"))
    assert adult.rules == [] and adult.helper_notes == []


def test_paid_and_deadline_are_addressed():
    plan = build_plan(Answers(age_group="minor", country="US", paid=True, demands=["gift_cards"],
                              deadline="midnight"))
    how = " ".join(plan.step("dont_pay").how)
    assert "If you already paid" in how and "midnight" in how
    assert any("how you paid" in line for line in plan.step("report").how)


def test_per_platform_instructions():
    plan = build_plan(Answers(age_group="adult", country="GB", platforms=["snapchat", "discord", "x"]))
    capture = "\n".join(plan.step("capture_then_block").how)
    for name in ("Snapchat:", "Discord:", "X (Twitter):"):
        assert name in capture
    secure = "\n".join(plan.step("secure").how)
    assert "Snapchat:" in secure and "Discord:" in secure and "X:" in secure


def test_unknown_age_marks_both_paths():
    plan = build_plan(Answers(country="US", sent_images=True))
    shown = plan.channel_ids()
    assert {"int-take-it-down", "int-stopncii"} <= shown
    assert any("Tell us the age" in n for n in plan.notices)


def test_spanish_plan_is_spanish():
    plan = build_plan(Answers(age_group="minor", country="MX"), lang="es")
    assert plan.lang == "es"
    assert plan.step("dont_pay").title == "No pagues ni envíes nada más"
    assert plan.headline[0].startswith("No es tu culpa")


def test_plan_json_round_trip():
    plan = build_plan(Answers(age_group="adult", country="IE", platforms=["instagram"]))
    data = json.loads(plan.to_json())
    assert [s["id"] for s in data["steps"]] == list(STEP_IDS)
    assert json.loads(plan.steps[0].to_json())["number"] == 1
    assert data["entries"]["ie-garda"]["checked"] == "2026-11-24"


def test_report_channels_is_the_report_step():
    answers = Answers.from_dict(PERSONAS[0].answers)
    plan = build_plan(answers)
    assert [e.id for e in channels.report_channels(answers)] == plan.step("report").channels


answers_strategy = st.builds(
    Answers,
    safe_now=st.sampled_from([None, True, False]),
    role=st.sampled_from([None, "self", "helper"]),
    age_group=st.sampled_from([None, "minor", "adult"]),
    country=st.sampled_from([None, "US", "GB", "CA", "AU", "NZ", "IE", "IN", "PH", "NG", "DE", "FR", "NL", "ES",
                             "IT", "BR", "MX", "ZA", "SG", "JP"]),
    started=st.sampled_from((None, *STARTED)),
    platforms=st.lists(st.sampled_from(PLATFORMS), max_size=4, unique=True),
    demands=st.lists(st.sampled_from(DEMANDS), max_size=3, unique=True),
    paid=st.sampled_from([None, True, False]),
    sent_images=st.sampled_from([None, True, False]),
    images_shared=st.sampled_from([None, "yes", "no", "not_sure"]),
    taken_under_18=st.sampled_from([None, True, False]),
)


@settings(max_examples=400, deadline=None)
@given(answers_strategy)
def test_any_answers_keep_the_age_line(answers):
    plan = build_plan(answers)
    assert_age_line(answers, plan.channel_ids())
    if answers.safe_now is False:
        assert plan.steps == []
    else:
        assert len(plan.steps) == 9
