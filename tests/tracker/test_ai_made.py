"""The "someone made fake nudes of me" path: the interview asks, the plan and the notices say what differs."""

from __future__ import annotations

from standfast.guide.interview import QUESTIONS, Answers
from standfast.guide.plan import build_plan
from standfast.tracker.notices import NoticeInput, make_notice


def _all_text(answers: Answers) -> str:
    plan = build_plan(answers, lang="en")
    return "\n".join([*plan.headline, *(line for s in plan.steps for line in s.how)])


def test_the_interview_asks_and_it_can_be_skipped() -> None:
    assert "ai_made" in [q.id for q in QUESTIONS]
    assert Answers.from_dict({"ai_made": "yes"}).ai_made is True
    assert Answers.from_dict({}).ai_made is None


def test_us_plan_names_the_take_it_down_act_for_ai_made_images() -> None:
    text = _all_text(Answers(age_group="adult", country="US", ai_made=True, platforms=["instagram"]))
    assert "Fake images made with AI are abuse too" in text
    assert "TAKE IT DOWN Act covers AI-made intimate images" in text
    assert "made or changed with AI" in text


def test_outside_the_us_no_us_law_is_claimed() -> None:
    text = _all_text(Answers(age_group="adult", country="GB", ai_made=True))
    assert "Fake images made with AI are abuse too" in text
    assert "TAKE IT DOWN Act" not in text


def test_without_ai_made_nothing_changes_about_fakes() -> None:
    assert "Fake images made with AI" not in _all_text(Answers(age_group="adult", country="US"))


def test_the_removal_request_names_a_digital_forgery() -> None:
    n = make_notice("us-take-it-down-act", NoticeInput(ai_made=True, urls=("https://e.invalid/1",)))
    assert "digital forgery" in n.text
