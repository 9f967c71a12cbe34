"""Home, quick exit, and the per-browser settings (language, discreet mode)."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from standfast.i18n import SUPPORTED_LANGUAGES
from standfast.services import tracker as tracker_service
from standfast.web.deps import csrf_form, local_path, see_other, session_of
from standfast.web.i18n import LANG_COOKIE, gettext_for, request_language
from standfast.web.render import COUNTRY_COOKIE, DISCREET_COOKIE, page

router = APIRouter()
YEAR = 60 * 60 * 24 * 365

# The neutral page quick exit lands on: no title of ours, no script, nothing to read.
EXIT_HTML = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
             "<title>New Tab</title><link rel=\"icon\" href=\"data:,\"></head>"
             "<body><main><h1 class=\"visually-hidden\"></h1></main></body></html>")


def _msg(request: Request, text: str) -> str:
    return gettext_for(request_language(request))(text)


@router.get("/")
def home(request: Request) -> Response:
    holder = request.app.state.holder
    session = session_of(request)
    if session is not None and session.pending:
        # A reused launch link: the passphrase first, whatever another browser has open.
        if not holder.exists():
            return page(request, "error.html", status=403, title=_msg(request, "This link was already used"),
                        message=_msg(request, "Each start link works once. Use the first window, or start again."))
        return page(request, "vault_unlock.html")
    if not holder.exists():
        return page(request, "vault_create.html")
    if not holder.unlocked:
        return page(request, "vault_unlock.html")
    with holder.use() as vault:
        cases = vault.list_cases()
        counts = {c.id: vault.count_items(c.id) for c in cases[:100]}
        due = tracker_service.due_reports(vault)  # reminders show when the app opens
    return page(request, "home.html", cases=cases, counts=counts, due=due)


@router.get("/exit")
def neutral_exit() -> HTMLResponse:
    return HTMLResponse(EXIT_HTML.replace('<h1 class="visually-hidden"></h1>', ""))


@router.post("/quick-exit")
def quick_exit(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    request.app.state.holder.lock()
    return see_other("/exit")


@router.post("/settings/lang")
def set_language(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    lang = str(form.get("lang", ""))
    response = see_other(local_path(str(form.get("back", "/"))))
    if lang in SUPPORTED_LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=YEAR, httponly=True, samesite="strict")
    return response


@router.post("/settings/discreet")
def set_discreet(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    response = see_other(local_path(str(form.get("back", "/"))))
    if str(form.get("discreet", "")) == "1":
        response.set_cookie(DISCREET_COOKIE, "1", max_age=YEAR, httponly=True, samesite="strict")
    else:
        response.delete_cookie(DISCREET_COOKIE)
    return response


@router.post("/settings/country")
def set_country(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    country = str(form.get("country", "")).strip().upper()
    response = see_other(local_path(str(form.get("back", "/help"))))
    if country.isalpha() and len(country) == 2:
        response.set_cookie(COUNTRY_COOKIE, country, max_age=YEAR, httponly=True, samesite="strict")
    else:
        response.delete_cookie(COUNTRY_COOKIE)
    return response
