"""Evidence: upload (streamed, with progress), list and search, item view, images through an
authenticated endpoint (views logged in custody, intimate ones blurred until revealed), mark
intimate, withdraw, delete (withdraw or purge with confirmation), case details; files set aside in
quarantine (bring back, or remove with confirmation); and the timeline of imported messages. Every
action goes through ``standfast.services``; what may be shown is decided by ``standfast.safeguarding``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from standfast import safeguarding
from standfast.errors import CaseClosed, InputError, Refused, StandfastError, UsageError
from standfast.services import analysis as analysis_service
from standfast.services import cases as case_service
from standfast.services import evidence as evidence_service
from standfast.services import imports as import_service
from standfast.services.imports import Tracker, Trackers
from standfast.vault.vault import Vault
from standfast.web.deps import case_or_404, check_csrf, csrf_form, form_flag, item_or_404, see_other, vault_in_use
from standfast.web.i18n import gettext_for, request_language
from standfast.web.messages import VERDICT_TITLES
from standfast.web.render import page
from standfast.web.uploads import TooLarge, remove_upload_folder, stream_multipart, upload_folder

router = APIRouter()

# Only these are ever shown inline; everything else is a download (an SVG or HTML file could run script).
INLINE_IMAGES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"}
CHUNK = 256 * 1024


def _page_number(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    return max(1, min(int(raw), 10**6)) if raw.isdigit() else 1


@router.get("/cases/{case_id}/evidence")
def evidence_list(request: Request, case_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    return _evidence_page(request, vault, case_or_404(vault, case_id))


def _evidence_page(request: Request, vault: Any, case: Any, *, status: int = 200, **extra: Any) -> Response:
    size = request.app.state.config.page_size
    number = _page_number(request)
    q = request.query_params.get("q", "").strip()[:200]
    items = vault.list_items(case.id, limit=size + 1, offset=(number - 1) * size, search=q or None)
    has_next = len(items) > size
    total = None if q else vault.count_items(case.id)
    return page(request, "evidence.html", status=status, case=case, items=items[:size], q=q, page_number=number,
                has_next=has_next, total=total, page_size=size, set_aside=len(evidence_service.quarantined(vault)),
                max_upload_mb=request.app.state.config.max_upload_bytes // (1024 * 1024), **extra)


MAX_NOTE = 100_000


def _open_case_or_page(request: Request, vault: Any, case_id: str) -> tuple[Any, Response | None]:
    case = case_or_404(vault, case_id)
    if case.status != "open":
        _ = gettext_for(request_language(request))
        return case, _evidence_page(request, vault, case, status=400, error=_(
            "This case is closed. Reopen it on its Evidence page to add to it."))
    return case, None


@router.post("/cases/{case_id}/evidence/note")
def evidence_note(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                  vault: Vault = Depends(vault_in_use)) -> Response:
    """A note in the person's own words (what happened, when): sealed in the vault like any evidence."""
    case, refused = _open_case_or_page(request, vault, case_id)
    if refused is not None:
        return refused
    text = str(form.get("text", ""))[:MAX_NOTE]
    title = str(form.get("title", "")).strip()[:200] or None
    if not text.strip():
        _ = gettext_for(request_language(request))
        return _evidence_page(request, vault, case, status=400, error=_("Write the note first."),
                              note_title=title or "")
    evidence_service.add_note(vault, case.id, text, title=title)
    return see_other(f"/cases/{case.id}/evidence", done="note")


@router.post("/cases/{case_id}/evidence/url")
def evidence_url(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                 vault: Vault = Depends(vault_in_use)) -> Response:
    """A web address where something was seen (a profile, a post), with what the person saw there."""
    from urllib.parse import urlsplit

    case, refused = _open_case_or_page(request, vault, case_id)
    if refused is not None:
        return refused
    url = str(form.get("url", "")).strip()[:4000]
    what_seen = str(form.get("what_seen", ""))[:10_000]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        _ = gettext_for(request_language(request))
        return _evidence_page(request, vault, case, status=400, url_value=url, what_seen=what_seen, error=_(
            "Give the whole web address, starting with http:// or https://"))
    evidence_service.add_url(vault, case.id, url, what_seen=what_seen)
    return see_other(f"/cases/{case.id}/evidence", done="url")


@router.post("/cases/{case_id}/close")
def case_close(request: Request, case_id: str, form: FormData = Depends(csrf_form),
               vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    case_service.set_status(vault, case.id, case_service.CaseStatus.CLOSED)
    return see_other(f"/cases/{case.id}/evidence", done="closed")


@router.post("/cases/{case_id}/reopen")
def case_reopen(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    case_service.set_status(vault, case.id, case_service.CaseStatus.OPEN)
    return see_other(f"/cases/{case.id}/evidence", done="reopened")


def _store_uploads(vault: Any, case: Any, files: list[Any], *, intimate: bool, kind: str,
                   features: dict[str, bool], progress: Tracker | None = None) -> tuple[int, int, list[str]]:
    """Returns (files added, messages imported, problems)."""
    added, messages, problems = 0, 0, []
    for f in files:
        if f.size == 0:
            problems.append(f"{f.name}: empty file, not added.")
            continue
        try:
            if kind == "export" and features.get("ingest"):
                # Read from the sealed upload as it is decrypted: no plaintext copy anywhere.
                report = import_service.import_export(vault, case.id, import_service.Upload(f.name, f.size, f.open),
                                                      origin=f"upload:{f.name}", progress=progress)
                messages += report.messages
                added += len(report.export_items) + report.attachments + report.files_added
                continue
            # The policy decides: a minor's intimate image is hashed from memory, never stored.
            with f.open() as fh:
                done = evidence_service.add_stream(vault, case.id, fh, name=f.name, size=f.size, source="upload",
                                                   intimate=intimate, original_path=f"upload:{f.name}",
                                                   head=f.head(4096))
            if done.problem:
                problems.append(f"{f.name}: {done.problem}")
            else:
                added += 1
        except InputError as exc:
            problems.append(f"{f.name}: {exc}")
    return added, messages, problems


@router.post("/cases/{case_id}/evidence/upload")
async def evidence_upload(request: Request, case_id: str) -> Response:
    holder = request.app.state.holder
    config = request.app.state.config
    _ = gettext_for(request_language(request))
    with holder.use() as vault:
        case = await run_in_threadpool(case_or_404, vault, case_id)
        if case.status != "open":
            raise CaseClosed("This case is closed. Reopen it on its Evidence page to add to it.")
        folder = upload_folder(vault.root)
        try:
            try:
                parsed = await stream_multipart(request, folder, max_bytes=config.max_upload_bytes)
            except TooLarge:
                raise HTTPException(status_code=413) from None
            check_csrf(request, parsed.fields.get("csrf"))
            if not parsed.files:
                raise UsageError("Choose at least one file to add.")
            kind = "export" if parsed.fields.get("kind") == "export" else "files"
            # The page polls this import's progress by a token it chose (see import_progress).
            tracker = _trackers(request).start(case.id, str(parsed.fields.get("progress_id", ""))) \
                if kind == "export" else None
            try:
                added, messages, problems = await run_in_threadpool(
                    _store_uploads, vault, case, parsed.files, intimate=form_flag(parsed.fields, "intimate"),  # type: ignore[arg-type]
                    kind=kind, features=request.app.state.features, progress=tracker)
            finally:
                if tracker is not None:
                    tracker.finish()
        finally:
            remove_upload_folder(folder)
    if problems:
        return page(request, "upload_result.html", status=400 if not added else 200, case=case, added=added,
                    messages=messages, problems=problems)
    return see_other(f"/cases/{case.id}/evidence", done="imported" if kind == "export" else "added")


def _trackers(request: Request) -> Trackers:
    state = request.app.state
    if getattr(state, "import_progress", None) is None:
        state.import_progress = Trackers()
    return state.import_progress  # type: ignore[no-any-return]


@router.get("/cases/{case_id}/imports/{token}")
def import_progress(request: Request, case_id: str, token: str, vault: Vault = Depends(vault_in_use)) -> Response:
    """How far a running import of this case has got (counts only, no content), for the upload page's bar."""
    case = case_or_404(vault, case_id)
    tracker = _trackers(request).get(case.id, token)
    if tracker is None:
        raise HTTPException(status_code=404, detail="not found")
    snap = tracker.snapshot()
    _ = gettext_for(request_language(request))
    if snap["phase"] == "indicators":
        text = _("Looking for warning signs: %(done)s of %(total)s messages") % {
            "done": f"{snap['indicators']:,}", "total": f"{snap['messages']:,}"}
    else:
        text = _("Reading the export: %(messages)s messages so far") % {"messages": f"{snap['messages']:,}"}
    if snap["seconds_left"] is not None:
        text += " · " + _("about %(minutes)s min left") % {"minutes": max(1, round(snap["seconds_left"] / 60))}
    return JSONResponse({**snap, "text": text}, headers={"cache-control": "no-store"})


@router.get("/cases/{case_id}/items/{item_id}")
def item_view(request: Request, case_id: str, item_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    return _item_page(request, vault, case, item, reveal=request.query_params.get("reveal") == "1")


def _item_page(request: Request, vault: Any, case: Any, item: Any, *, reveal: bool = False, status: int = 200,
               **extra: Any) -> Response:
    """The item page; what is shown (full, blurred, nothing) and whether it may be downloaded is the policy's."""
    shown = evidence_service.view_of(vault, case, item, reveal=reveal)
    can_copy = safeguarding.decide_copy(vault, case, item, chosen=True).allowed and item.blob_id is not None
    image = item.blob_id is not None and item.mime in INLINE_IMAGES
    text = evidence_service.read_text(vault, case, item)
    return page(request, "item.html", status=status, case=case, item=item, reveal=reveal, image=image, text=text,
                shown=shown, can_copy=can_copy, **_analysis_context(request, vault, item), **extra)


def _analysis_context(request: Request, vault: Any, item: Any) -> dict[str, Any]:
    if not request.app.state.features.get("analyze"):
        return {"can_analyse": False, "verdicts": [], "indicators": []}
    from standfast.web.analysis import analysable, item_analysis
    _ = gettext_for(request_language(request))
    verdicts, indicators = item_analysis(vault, item)
    for v in verdicts:
        v["title"] = _(VERDICT_TITLES.get(v["verdict"], v["verdict"]))
        v["automatic_title"] = _(VERDICT_TITLES.get(v["automatic"], v["automatic"]))
        from standfast.web.routes.check import signal_text

        v["signals"] = [signal_text(t, _) for t in v["signals"]]
    choices = [(key, _(title)) for key, title in VERDICT_TITLES.items()]
    return {"can_analyse": analysable(item), "verdicts": verdicts, "indicators": indicators,
            "verdict_choices": choices}


@router.post("/cases/{case_id}/items/{item_id}/analyze")
def item_analyze(request: Request, case_id: str, item_id: str, form: FormData = Depends(csrf_form),
                 vault: Vault = Depends(vault_in_use)) -> Response:
    """Run the analyser on an e-mail, text or screenshot item; the verdict is stored and custody-logged."""
    if not request.app.state.features.get("analyze"):
        raise HTTPException(status_code=404)
    from standfast.web.analysis import analysable

    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    if not analysable(item):
        raise HTTPException(status_code=404)
    analysis_service.analyze_item(vault, item.id, case_ref=case.id)
    return see_other(f"/cases/{case.id}/items/{item.id}", done="analysed")


@router.post("/cases/{case_id}/items/{item_id}/verdict")
def item_correct_verdict(request: Request, case_id: str, item_id: str, form: FormData = Depends(csrf_form),
                         vault: Vault = Depends(vault_in_use)) -> Response:
    """The person's own reading of a stored verdict; the automatic one is kept, the change is custody-logged."""
    if not request.app.state.features.get("analyze"):
        raise HTTPException(status_code=404)
    from standfast.web.analysis import item_analysis

    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    raw_id = str(form.get("result", ""))
    verdicts, _indicators = item_analysis(vault, item)
    # Only a verdict of this very item may be corrected from its page (ids are never trusted from the form).
    if not raw_id.isdigit() or int(raw_id) not in {v["id"] for v in verdicts}:
        raise HTTPException(status_code=404)
    chosen = str(form.get("verdict", ""))
    if chosen not in VERDICT_TITLES:
        _ = gettext_for(request_language(request))
        return _item_page(request, vault, case, item, status=400, error=_("Choose one of the readings."))
    analysis_service.correct_verdict(vault, int(raw_id), chosen)
    return see_other(f"/cases/{case.id}/items/{item.id}", done="corrected")


def _iter_blob(fh: Any) -> Iterator[bytes]:
    with fh:
        while chunk := fh.read(CHUNK):
            yield chunk


@router.get("/cases/{case_id}/items/{item_id}/content")
def item_content(request: Request, case_id: str, item_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    if item.blob_id is None:
        raise HTTPException(status_code=404)
    inline = item.mime in INLINE_IMAGES and request.query_params.get("download") != "1"
    try:  # the policy may refuse; every look at the bytes is in the custody log
        fh = evidence_service.open_content(vault, case, item, reveal=request.query_params.get("reveal") == "1")
    except Refused:
        raise HTTPException(status_code=403) from None
    from urllib.parse import quote

    disposition = "inline" if inline else "attachment"
    headers = {"content-disposition": f"{disposition}; filename*=UTF-8''{quote(item.original_name or 'file')}",
               "content-length": str(item.size)}
    return StreamingResponse(_iter_blob(fh), media_type=item.mime if inline else "application/octet-stream",
                             headers=headers)


@router.get("/cases/{case_id}/items/{item_id}/preview")
def item_preview(request: Request, case_id: str, item_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    """A 24-pixel, blurred stand-in for an intimate image: shape and colour only, nothing recognisable."""
    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    if item.blob_id is None or item.mime not in INLINE_IMAGES:
        raise HTTPException(status_code=404)
    try:
        data = evidence_service.blurred_preview(vault, case, item)
    except Refused:
        raise HTTPException(status_code=403) from None
    except InputError:
        raise HTTPException(status_code=404) from None
    return Response(data, media_type="image/png")


@router.post("/cases/{case_id}/items/{item_id}/intimate")
def item_mark(request: Request, case_id: str, item_id: str, form: FormData = Depends(csrf_form),
              vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    evidence_service.mark_intimate(vault, item.id, form_flag(form, "intimate"), case_ref=case.id)
    return see_other(f"/cases/{case.id}/items/{item.id}", done="marked")


@router.post("/cases/{case_id}/items/{item_id}/withdraw")
def item_withdraw(request: Request, case_id: str, item_id: str, form: FormData = Depends(csrf_form),
                  vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    try:
        evidence_service.withdraw(vault, item.id, str(form.get("reason", ""))[:500], case_ref=case.id)
    except StandfastError as exc:
        _ = gettext_for(request_language(request))
        return _item_page(request, vault, case, item, status=400, error=_(str(exc)))
    return see_other(f"/cases/{case.id}/evidence", done="withdrawn")


@router.post("/cases/{case_id}/items/{item_id}/delete")
def item_delete(request: Request, case_id: str, item_id: str, form: FormData = Depends(csrf_form),
                vault: Vault = Depends(vault_in_use)) -> Response:
    """Delete: withdraw (can be restored), or purge the bytes for good when ``purge`` and ``confirm`` are ticked."""
    from standfast.errors import ConfirmationNeeded

    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    purge = form_flag(form, "purge")
    try:
        evidence_service.delete_item(vault, case.id, item.id, purge_bytes=purge, confirmed=form_flag(form, "confirm"),
                                     reason=str(form.get("reason", ""))[:500] or None)
    except ConfirmationNeeded:
        _ = gettext_for(request_language(request))
        return _item_page(request, vault, case, item, status=400, error=_(
            "Tick the box to confirm: purging removes the file for good (its hashes and record stay)."))
    except StandfastError as exc:
        _ = gettext_for(request_language(request))
        return _item_page(request, vault, case, item, status=400, error=_(str(exc)))
    return see_other(f"/cases/{case.id}/evidence", done="purged" if purge else "withdrawn")


@router.get("/cases/{case_id}/quarantine")
def quarantine_page(request: Request, case_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    """Files the vault keeps but its records do not list (set aside, never deleted): bring back or remove."""
    return _quarantine_page(request, vault, case_or_404(vault, case_id))


def _quarantine_page(request: Request, vault: Any, case: Any, *, status: int = 200, **extra: Any) -> Response:
    return page(request, "quarantine.html", status=status, case=case, files=evidence_service.quarantined(vault),
                **extra)


@router.post("/cases/{case_id}/quarantine/{file_id}/restore")
def quarantine_restore(request: Request, case_id: str, file_id: str, form: FormData = Depends(csrf_form),
                       vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    try:
        evidence_service.restore_quarantined(vault, file_id, case.id)
    except StandfastError as exc:
        _ = gettext_for(request_language(request))
        return _quarantine_page(request, vault, case, status=400, error=_(str(exc)))
    return see_other(f"/cases/{case.id}/quarantine", done="restored")


@router.post("/cases/{case_id}/quarantine/{file_id}/purge")
def quarantine_purge(request: Request, case_id: str, file_id: str, form: FormData = Depends(csrf_form),
                     vault: Vault = Depends(vault_in_use)) -> Response:
    """Remove a set-aside file for good, only with the confirmation box ticked."""
    case = case_or_404(vault, case_id)
    _ = gettext_for(request_language(request))
    if not form_flag(form, "confirm"):
        return _quarantine_page(request, vault, case, status=400, error=_(
            "Tick the box to confirm: removing the file is for good (its size and fingerprints stay)."))
    try:
        evidence_service.purge_quarantined(vault, file_id)
    except StandfastError as exc:
        return _quarantine_page(request, vault, case, status=400, error=_(str(exc)))
    return see_other(f"/cases/{case.id}/quarantine", done="removed")


@router.post("/cases/{case_id}/settings")
def case_settings(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                  vault: Vault = Depends(vault_in_use)) -> Response:
    """Change the case's age, country or title (the age decides how images are kept and shared)."""
    case = case_or_404(vault, case_id)
    age = str(form.get("age_group", "")).strip() or None
    country = str(form.get("country", "")).strip() if "country" in form else None
    title = str(form.get("title", "")).strip() or None
    try:
        case_service.update_case(vault, case.id, age=age, country=country, title=title)
    except StandfastError as exc:
        _ = gettext_for(request_language(request))
        return _evidence_page(request, vault, case, status=400, error=_(str(exc)))
    return see_other(f"/cases/{case.id}/evidence", done="case_updated")


@router.get("/cases/{case_id}/timeline")
def timeline_page(request: Request, case_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    if not request.app.state.features.get("timeline"):
        raise HTTPException(status_code=404)
    from standfast.ingest import timeline

    case = case_or_404(vault, case_id)
    size = request.app.state.config.timeline_page_size
    number = _page_number(request)
    filters = {k: (request.query_params.get(k, "").strip()[:200] or None) for k in ("participant", "platform", "text")}
    entries = timeline.query(vault, case.id, limit=size + 1, offset=(number - 1) * size,
                             participant=filters["participant"], platform=filters["platform"], text=filters["text"])
    has_next = len(entries) > size
    # The total costs a full count; it is shown for the whole timeline, filtered views just page on.
    total = timeline.count(vault, case.id) if not any(filters.values()) else None
    return page(request, "timeline.html", case=case, entries=entries[:size], filters=filters, page_number=number,
                has_next=has_next, total=total, page_size=size, suspects=timeline.suspects(vault, case.id),
                here=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""))


@router.get("/cases/{case_id}/timeline/people")
def timeline_people(request: Request, case_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    """Everyone who wrote in the imported messages, with a button to mark (or unmark) the suspect."""
    if not request.app.state.features.get("timeline"):
        raise HTTPException(status_code=404)
    from standfast.ingest import timeline

    case = case_or_404(vault, case_id)
    people = timeline.participants(vault, case.id)[:500]
    return page(request, "timeline_people.html", case=case, people=people,
                suspects=set(timeline.suspects(vault, case.id)))


@router.post("/cases/{case_id}/suspects/{action}")
def suspect_mark(request: Request, case_id: str, action: str, form: FormData = Depends(csrf_form),
                 vault: Vault = Depends(vault_in_use)) -> Response:
    """Mark or unmark an account name as the suspect's; their messages are highlighted in the timeline."""
    if not request.app.state.features.get("timeline") or action not in ("mark", "unmark"):
        raise HTTPException(status_code=404)
    from urllib.parse import parse_qsl, urlencode, urlsplit

    from standfast.ingest import timeline
    from standfast.web.deps import local_path

    case = case_or_404(vault, case_id)
    participant = str(form.get("participant", "")).strip()[:300]
    if not participant:
        raise HTTPException(status_code=400)
    if action == "mark":
        timeline.mark_suspect(vault, case.id, participant)
    else:
        timeline.unmark_suspect(vault, case.id, participant)
    # Back to the page the button was on (the timeline or the people list), keeping its filters.
    parts = urlsplit(local_path(str(form.get("back", "")), f"/cases/{case.id}/timeline"))
    path = parts.path if parts.path.startswith(f"/cases/{case.id}/timeline") else f"/cases/{case.id}/timeline"
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "done"] + [("done", "suspect")]
    return see_other(f"{path}?{urlencode(query)}")
