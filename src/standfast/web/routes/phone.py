"""The computer's side of `serve --phone`: the pairing QR code, the case the phone's files go into,
a new code, ending the pairing, and what has arrived. The phone itself talks to ``phoneapp``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from standfast.vault.vault import Vault
from standfast.web.deps import case_or_404, csrf_form, see_other, vault_in_use
from standfast.web.i18n import gettext_for, request_language
from standfast.web.pairing import PairingBook
from standfast.web.render import page

router = APIRouter()


def _book(request: Request) -> PairingBook | None:
    return getattr(request.app.state, "pairings", None)


def _status(book: PairingBook | None) -> dict[str, Any]:
    pairing = book.current if book is not None else None
    if pairing is None:
        return {"state": "none", "received": 0, "version": "none"}
    state = "expired" if pairing.expired else ("connected" if pairing.claimed else "waiting")
    return {"state": state, "received": len(pairing.received),
            "version": f"{pairing.id[:6]}-{state}-{len(pairing.received)}-{pairing.case_id or ''}"}


@router.get("/phone")
def phone_page(request: Request, vault: Vault = Depends(vault_in_use)) -> Response:
    book = _book(request)
    if book is None:
        return page(request, "phone.html", phone_off=True)
    from standfast.web import qr  # segno loads only when a code is shown (the app starts faster)

    _ = gettext_for(request_language(request))
    pairing = book.current
    status = _status(book)
    cases = [c for c in vault.list_cases() if c.status == "open"]
    chosen = next((c for c in cases if pairing is not None and c.id == pairing.case_id), None)
    url = book.url(pairing) if pairing is not None and status["state"] == "waiting" else ""
    minutes = round(pairing.expires_in / 60) if pairing is not None else 0
    return page(request, "phone.html", phone_off=False, phone_status=status, url=url, cases=cases, chosen=chosen,
                minutes=max(1, minutes), received=list(pairing.received) if pairing is not None else [],
                qr_svg=qr.svg(url, _("QR code: scan it with the phone's camera")) if url else "")


@router.get("/phone/state")
def phone_state(request: Request) -> JSONResponse:
    """Polled by the page to show a claim or a new file at once (names and titles are never in it)."""
    return JSONResponse({"version": _status(_book(request))["version"]})


@router.post("/phone/case")
def phone_case(request: Request, form: FormData = Depends(csrf_form), vault: Vault = Depends(vault_in_use)) -> Response:
    """Files from the phone go into this case; a new code is made when there is no live one."""
    book = _book(request)
    if book is None:
        return see_other("/phone")
    case = case_or_404(vault, str(form.get("case", "")))
    pairing = book.current
    if pairing is None or pairing.expired:
        book.new(case.id)
    else:
        book.choose_case(case.id)
    return see_other("/phone")


@router.post("/phone/new")
def phone_new(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    book = _book(request)
    if book is not None:
        previous = book.current
        book.new(previous.case_id if previous is not None else None)
    return see_other("/phone")


@router.post("/phone/stop")
def phone_stop(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    book = _book(request)
    if book is not None:
        book.stop()
    return see_other("/phone", done="phone_stopped")
