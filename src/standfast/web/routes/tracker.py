"""Follow-through page: the case's reports with their reference, state and deadline; the next step when
a deadline has passed; the StopNCII / Take It Down hand-off; money already paid; notices; legal options.

Only parses forms and renders: every change goes through ``standfast.services.tracker``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from standfast.errors import Refused, StandfastError
from standfast.services import tracker as tracker_service
from standfast.vault.vault import Vault
from standfast.web.deps import case_or_404, csrf_form, form_flag, see_other, valid_id, vault_in_use
from standfast.web.i18n import gettext_for, request_language
from standfast.web.render import page

router = APIRouter()


def _text(form: FormData, name: str) -> str | None:
    value = str(form.get(name, "") or "").strip()
    return value or None


def _render(request: Request, vault: Vault, case: Any, *, status: int = 200, **extra: Any) -> Response:
    from standfast import safeguarding
    from standfast.guide.directory import get_entry
    from standfast.tracker.clocks import STATE_WORDS, STATES
    from standfast.tracker.notices import clock_words
    from standfast.tracker.payments import METHODS

    entries = tracker_service.list_reports(vault, case.id)
    escalations = {e.id: tracker_service.escalation(vault, case.id, e.id) for e in entries}
    picked, others = tracker_service.channel_choices(vault, case.id)
    audiences = safeguarding.takedown_audiences(safeguarding.CaseFacts.of(case))
    handoffs = [get_entry(sid) for sid, who in tracker_service.HANDOFFS.items() if who in audiences]
    images = [i for i in vault.list_items(case.id) if (i.mime or "").startswith(("image/", "video/"))]
    legal, law_facts = tracker_service.legal_options(vault, case.id)
    return page(request, "tracker.html", status=status, case=case, entries=entries, escalations=escalations,
                picked=picked, others=others, handoffs=handoffs, images=images,
                payments=tracker_service.list_payments(vault, case.id), methods=METHODS, states=STATES,
                state_words=STATE_WORDS, clock_words=clock_words, notice_kinds=tracker_service.notice_kinds(),
                legal=legal, law_facts=law_facts, **extra)


@router.get("/cases/{case_id}/tracker")
def tracker_page(request: Request, case_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    return _render(request, vault, case_or_404(vault, case_id))


def _failed(request: Request, vault: Vault, case: Any, exc: StandfastError) -> Response:
    _ = gettext_for(request_language(request))
    return _render(request, vault, case, status=403 if isinstance(exc, Refused) else 400, error=_(str(exc)))


@router.get("/cases/{case_id}/tracker/reminders.ics")
def tracker_calendar(request: Request, case_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    case_or_404(vault, case_id)
    return Response(tracker_service.calendar(vault), media_type="text/calendar",
                    headers={"Content-Disposition": 'attachment; filename="standfast-reminders.ics"',
                             "Cache-Control": "no-store"})


@router.post("/cases/{case_id}/tracker/add")
def tracker_add(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    try:
        tracker_service.add_report(
            vault, case.id, _text(form, "channel") or "", reference=_text(form, "reference"),
            sent_at=tracker_service.parse_time(_text(form, "sent_at")), state=_text(form, "state") or "sent",
            notice="us-take-it-down-act" if form_flag(form, "tida") else None)
    except StandfastError as exc:
        return _failed(request, vault, case, exc)
    return see_other(f"/cases/{case.id}/tracker", done="saved")


@router.post("/cases/{case_id}/tracker/{entry_id}/update")
def tracker_update(request: Request, case_id: str, entry_id: str, form: FormData = Depends(csrf_form),
                   vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    valid_id(entry_id)
    try:
        tracker_service.update_report(vault, case.id, entry_id, state=_text(form, "state"),
                                      reference=_text(form, "reference"))
    except StandfastError as exc:
        return _failed(request, vault, case, exc)
    return see_other(f"/cases/{case.id}/tracker", done="saved")


@router.post("/cases/{case_id}/tracker/handoff")
def tracker_handoff(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                    vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    try:
        tracker_service.record_handoff(vault, case.id, _text(form, "service") or "",
                                       case_number=_text(form, "case_number") or "", pin=_text(form, "pin"))
    except StandfastError as exc:
        return _failed(request, vault, case, exc)
    return see_other(f"/cases/{case.id}/tracker", done="saved")


@router.post("/cases/{case_id}/tracker/{entry_id}/pin")
def tracker_pin(request: Request, case_id: str, entry_id: str, form: FormData = Depends(csrf_form),
                vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    valid_id(entry_id)
    try:
        pin = tracker_service.reveal_pin(vault, case.id, entry_id)
    except StandfastError as exc:
        return _failed(request, vault, case, exc)
    return _render(request, vault, case, shown_pin={"entry": entry_id, "pin": pin or ""})


@router.post("/cases/{case_id}/tracker/paid")
def tracker_paid(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                 vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    try:
        tracker_service.record_payment(
            vault, case.id, amount=_text(form, "amount") or "", currency=_text(form, "currency") or "",
            method=_text(form, "method") or "", to=_text(form, "to") or "", txid=_text(form, "txid"),
            at=tracker_service.parse_time(_text(form, "at")))
    except StandfastError as exc:
        return _failed(request, vault, case, exc)
    return see_other(f"/cases/{case.id}/tracker", done="saved")


@router.post("/cases/{case_id}/tracker/notice")
def tracker_notice(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                   vault: Vault = Depends(vault_in_use)) -> Response:
    from standfast.tracker.notices import NoticeInput

    case = case_or_404(vault, case_id)
    urls = tuple(u.strip() for u in str(form.get("urls", "") or "").splitlines() if u.strip())
    given = NoticeInput(name=_text(form, "name"), signature=_text(form, "signature"), contact=_text(form, "contact"),
                        urls=urls, description=_text(form, "description"), ai_made=form_flag(form, "ai_made"),
                        platform=_text(form, "platform"))
    try:
        notice = tracker_service.make_notice(vault, case.id, _text(form, "kind") or "", given,
                                             entry_ref=_text(form, "entry"), payment_ref=_text(form, "payment"))
    except StandfastError as exc:
        return _failed(request, vault, case, exc)
    return _render(request, vault, case, notice=notice)
