"""Help lines: the sourced directory for a country and an age group, crisis lines first."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import Response

from standfast.errors import StandfastError
from standfast.web.render import COUNTRY_COOKIE, page

router = APIRouter()
AGES = ("unknown", "minor", "adult", "helper")


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
    return page(request, "help.html", country=country, age=age, ages=AGES, countries=_country_choices(),
                crisis_list=crisis, groups=groups, error=error)
