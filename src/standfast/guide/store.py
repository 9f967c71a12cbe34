"""Saving the interview and the plan's progress on a case in the vault.

Answers are sealed (``purpose='guide.answers'``); custody entries record that they were saved
and which step was marked, never what the answers say.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import select

from standfast.errors import UsageError
from standfast.guide.interview import Answers
from standfast.guide.models import GuideAnswers, GuideStep
from standfast.guide.plan import STEP_IDS, Plan, build_plan
from standfast.vault.db import utcnow

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

PURPOSE = "guide.answers"


def save_answers(vault: Vault, case_id: str, answers: Answers) -> None:
    case = vault.get_case(case_id)
    token = vault.seal(json.dumps(answers.to_dict(), sort_keys=True).encode(), purpose=PURPOSE)
    with vault.transaction() as s:
        row = s.get(GuideAnswers, case.id)
        if row is None:
            s.add(GuideAnswers(case_id=case.id, sealed=token, updated_at=utcnow()))
        else:
            row.sealed, row.updated_at = token, utcnow()
        # Which questions were answered is enough for the record; the answers stay sealed.
        answered = sorted(k for k, v in answers.to_dict().items() if v not in (None, []))
        vault.log(s, "plan.answers_saved", case_id=case.id, details={"answered": answered})


def load_answers(vault: Vault, case_id: str) -> Answers | None:
    case = vault.get_case(case_id)
    with vault.read() as s:
        row = s.get(GuideAnswers, case.id)
        token = None if row is None else bytes(row.sealed)
    if token is None:
        return None
    data = json.loads(vault.unseal(token, purpose=PURPOSE))
    return Answers.from_dict(data)


def set_step_done(vault: Vault, case_id: str, step_id: str, done: bool) -> None:
    step_id = _step_id(step_id)
    case = vault.get_case(case_id)
    with vault.transaction() as s:
        row = s.get(GuideStep, (case.id, step_id))
        if row is None:
            s.add(GuideStep(case_id=case.id, step_id=step_id, done=done, updated_at=utcnow()))
        else:
            row.done, row.updated_at = done, utcnow()
        vault.log(s, "plan.step_marked", case_id=case.id, details={"step": step_id, "done": done})


def done_steps(vault: Vault, case_id: str) -> set[str]:
    case = vault.get_case(case_id)
    with vault.read() as s:
        rows = s.scalars(select(GuideStep).where(GuideStep.case_id == case.id, GuideStep.done.is_(True)))
        return {row.step_id for row in rows}


def answers_for_case(vault: Vault, case_id: str) -> Answers:
    """Saved answers, or answers from the case's country, age group and platforms."""
    saved = load_answers(vault, case_id)
    if saved is not None:
        return saved
    case = vault.get_case(case_id)
    country, region = None, None
    if case.country and case.country != "INT":
        country, _, rest = case.country.partition("-")
        region = f"{country}-{rest}" if rest else None
    platforms = [p for p in (case.platforms or []) if _known_platform(p)]
    age = case.age_group if case.age_group in ("minor", "adult") else None
    return Answers(country=country, region=region, age_group=age, platforms=platforms)


def case_plan(vault: Vault, case_id: str, lang: str = "en") -> Plan:
    plan = build_plan(answers_for_case(vault, case_id), lang=lang)
    done = done_steps(vault, case_id)
    for step in plan.steps:
        step.done = step.id in done
    return plan


def _known_platform(name: str) -> bool:
    from standfast.errors import InputError
    from standfast.guide.interview import normalize_platform

    try:
        normalize_platform(name)
    except InputError:
        return False
    return True


def _step_id(ref: str) -> str:
    """'report', '4' -> 'report'."""
    ref = ref.strip().lower()
    if ref.isdigit() and 1 <= int(ref) <= len(STEP_IDS):
        return STEP_IDS[int(ref) - 1]
    if ref in STEP_IDS:
        return ref
    raise UsageError(f"There is no plan step {ref!r}. Use 1-9 or one of: {', '.join(STEP_IDS)}.")
