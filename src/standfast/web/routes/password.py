"""Check a password's strength on this computer (``guide.security.password_strength``, zxcvbn).

The password arrives by POST only (never in an address), is scored and dropped: it is not stored, not
logged and never written back into the page (the field is always empty). Every page is ``no-store``.
The breach check (Pwned Passwords) stays in the command line: it needs a large downloaded file, or
sending part of the password's hash online, which the person should choose knowingly.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from standfast.web.deps import csrf_form
from standfast.web.i18n import gettext_for, request_language
from standfast.web.render import page

router = APIRouter()
MAX_PASSWORD = 1000


def _require(request: Request) -> None:
    if not request.app.state.features.get("guide"):
        raise HTTPException(status_code=404)


@router.get("/password")
def password_page(request: Request) -> Response:
    _require(request)
    return page(request, "password.html", result=None)


@router.post("/password")
def password_check(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    _require(request)
    from standfast.guide.security import password_strength

    lang = request_language(request)
    password = str(form.get("password", ""))[:MAX_PASSWORD]
    if not password:
        _ = gettext_for(lang)
        return page(request, "password.html", status=400, result=None, error=_("Type a password first."))
    result = password_strength(password, lang=lang)
    del password  # nothing below may see it; the template gets only the score and advice
    return page(request, "password.html", result=result, english=lang == "en")
