"""Help lines: the sourced directory for a country and an age group, crisis lines first."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import Response

from standfast.errors import StandfastError
from standfast.web.deps import case_or_404, session_of
from standfast.web.holder import Locked
from standfast.web.render import COUNTRY_COOKIE, page

router = APIRouter()
AGES = ("unknown", "minor", "adult", "helper")


def _case_of(request: Request) -> Any:
    """The case named by ?case=, when the vault is open for this browser; None otherwise."""
    case_id = request.query_params.get("case", "")
    session = session_of(request)
    holder = request.app.state.holder
    if not case_id or session is None or session.pending or not holder.unlocked:
        return None
    try:
        with holder.use() as vault:
            return case_or_404(vault, case_id)
    except (HTTPException, Locked):
        return None


@router.get("/help")
def help_page(request: Request) -> Response:
    try:
        from standfast.guide.directory import KINDS, crisis_lines, entries_for
    except ImportError:
        raise HTTPException(status_code=404) from None
    from standfast.web.routes.cases import _country_choices

    country = (request.query_params.get("country") or request.cookies.get(COUNTRY_COOKIE) or "").upper()[:6]
    age = request.query_params.get("age", "unknown")
    age = age if age in AGES else "unknown"
    case = _case_of(request)
    if case is not None:
        # Help that fits the case: its country and age decide the lines (a minor gets the minors' lines).
        country = (getattr(case, "country", None) or country or "").split("-")[0].upper()[:6]
        age = case.age_group if case.age_group in AGES else age
    error = None
    crisis, groups = [], []
    if country:
        try:
            crisis = [e.to_dict() for e in crisis_lines(country, age=age)]
            entries = entries_for(country, age=age)
            groups = [(kind, [e.to_dict() for e in entries if e.kind == kind and e.kind != "crisis"])
                      for kind in KINDS]
            groups = [(k, g) for k, g in groups if g]
        except StandfastError as exc:
            error = str(exc)
    return page(request, "help.html", case=case, country=country, age=age, ages=AGES, countries=_country_choices(),
                crisis_list=crisis, groups=groups, error=error)
