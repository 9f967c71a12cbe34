"""Start (the interview), a case's home, and the personal plan as a checklist with progress."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from standfast.errors import InputError, StandfastError
from standfast.vault.vault import Vault
from standfast.web.deps import case_or_404, csrf_form, form_flag, see_other, vault_in_use
from standfast.web.i18n import gettext_for, request_language
from standfast.web.render import page

router = APIRouter()

# Plan step links ('vault:add') -> pages of this app; unknown ones are simply not shown.
LINK_TARGETS = {"vault": "evidence", "ingest": "evidence", "reports": "reports", "takedown": "takedown",
                "guide": "password"}


def _guide() -> Any:
    try:
        from standfast.guide import interview, plan, store
    except ImportError:
        raise HTTPException(status_code=404) from None
    return interview, plan, store


def _country_choices() -> list[tuple[str, str]]:
    import pycountry

    from standfast.guide.directory import countries

    out = []
    for code in countries():
        if code == "INT":
            continue
        country = pycountry.countries.get(alpha_2=code)
        out.append((code, country.name if country else code))
    return sorted(out, key=lambda c: c[1])


def answers_from_form(form: FormData) -> dict[str, Any]:
    interview, _plan, _store = _guide()
    data: dict[str, Any] = {}
    for q in interview.QUESTIONS:
        if q.kind == "multi":
            data[q.id] = [str(v) for v in form.getlist(q.id) if str(v)]
        else:
            value = str(form.get(q.id, "")).strip()
            data[q.id] = value or None
    return data


@router.get("/start")
def start(request: Request, vault: Vault = Depends(vault_in_use)) -> Response:
    interview, _plan, _store = _guide()
    lang = request_language(request)
    return page(request, "start.html", questions=interview.questions(lang), countries=_country_choices(),
                values={})


@router.post("/start")
def start_submit(request: Request, form: FormData = Depends(csrf_form),
                 vault: Vault = Depends(vault_in_use)) -> Response:
    interview, _plan, _store = _guide()
    lang = request_language(request)
    _ = gettext_for(lang)
    values = answers_from_form(form)
    try:
        answers = interview.Answers.from_dict(values)
    except InputError as exc:
        return page(request, "start.html", status=400, questions=interview.questions(lang),
                    countries=_country_choices(), values=values, error=_(str(exc)))
    title = str(form.get("title", "")).strip() or _("My case, started %(date)s") % {
        "date": datetime.now(UTC).strftime("%Y-%m-%d")}
    from standfast.services.cases import start_case

    try:  # the answers' age becomes the case's age field, the one the safeguarding policy reads
        case = start_case(vault, title=title, answers=answers)
    except StandfastError as exc:
        return page(request, "start.html", status=400, questions=interview.questions(lang),
                    countries=_country_choices(), values=values, error=_(str(exc)))
    return see_other(f"/cases/{case.id}/plan")


@router.get("/cases/{case_id}")
def case_home(request: Request, case_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    target = "plan" if request.app.state.features.get("guide") else "evidence"
    return see_other(f"/cases/{case.id}/{target}")


def step_links(step: Any, case_id: str) -> list[str]:
    out: list[str] = []
    for link in step.links:
        target = LINK_TARGETS.get(link.split(":", 1)[0])
        if target and target not in out:
            out.append(target)
    return out


@router.get("/cases/{case_id}/plan")
def plan_page(request: Request, case_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    _interview, _plan, store = _guide()
    case = case_or_404(vault, case_id)
    lang = request_language(request)
    plan = store.case_plan(vault, case.id, lang=lang)
    done = sum(1 for s in plan.steps if s.done)
    links = {s.id: step_links(s, case.id) for s in plan.steps}
    return page(request, "plan.html", case=case, plan=plan, done_count=done, links=links,
                has_answers=store.load_answers(vault, case.id) is not None)


@router.post("/cases/{case_id}/plan/{step_id}")
def plan_step(request: Request, case_id: str, step_id: str, form: FormData = Depends(csrf_form),
              vault: Vault = Depends(vault_in_use)) -> Response:
    _interview, plan, store = _guide()
    case = case_or_404(vault, case_id)
    if step_id not in plan.STEP_IDS:
        raise HTTPException(status_code=404)
    store.set_step_done(vault, case.id, step_id, form_flag(form, "done"))
    return see_other(f"/cases/{case.id}/plan#step-{step_id}")
