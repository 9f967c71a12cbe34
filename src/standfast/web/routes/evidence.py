"""Evidence: upload (streamed, with progress), list and search, item view, images through an
authenticated endpoint (views logged in custody, intimate ones blurred until revealed), mark
intimate, withdraw; and the timeline of imported messages."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from standfast.errors import InputError, StandfastError, UsageError
from standfast.web.deps import case_or_404, check_csrf, csrf_form, form_flag, item_or_404, see_other, vault_in_use
from standfast.web.i18n import gettext_for, request_language
from standfast.web.render import page
from standfast.web.uploads import TooLarge, remove_upload_folder, stream_multipart, upload_folder

router = APIRouter()

# Only these are ever shown inline; everything else is a download (an SVG or HTML file could run script).
INLINE_IMAGES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"}
PREVIEW_MAX_BYTES = 40 * 1024 * 1024
CHUNK = 256 * 1024


def _page_number(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    return max(1, min(int(raw), 10**6)) if raw.isdigit() else 1


@router.get("/cases/{case_id}/evidence")
def evidence_list(request: Request, case_id: str, vault=Depends(vault_in_use)) -> Response:
    return _evidence_page(request, vault, case_or_404(vault, case_id))


def _evidence_page(request: Request, vault: Any, case: Any, *, status: int = 200, **extra: Any) -> Response:
    size = request.app.state.config.page_size
    number = _page_number(request)
    q = request.query_params.get("q", "").strip()[:200]
    items = vault.list_items(case.id, limit=size + 1, offset=(number - 1) * size, search=q or None)
    has_next = len(items) > size
    total = None if q else vault.count_items(case.id)
    return page(request, "evidence.html", status=status, case=case, items=items[:size], q=q, page_number=number,
                has_next=has_next, total=total, page_size=size,
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
                  vault=Depends(vault_in_use)) -> Response:
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
    vault.add_note(case.id, text, title=title)
    return see_other(f"/cases/{case.id}/evidence", done="note")


@router.post("/cases/{case_id}/evidence/url")
def evidence_url(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                 vault=Depends(vault_in_use)) -> Response:
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
    vault.add_url(case.id, url, what_seen=what_seen)
    return see_other(f"/cases/{case.id}/evidence", done="url")


@router.post("/cases/{case_id}/close")
def case_close(request: Request, case_id: str, form: FormData = Depends(csrf_form),
               vault=Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    if case.status == "open":
        vault.close_case(case.id)
    return see_other(f"/cases/{case.id}/evidence", done="closed")


@router.post("/cases/{case_id}/reopen")
def case_reopen(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                vault=Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    if case.status != "open":
        vault.update_case(case.id, status="open")
    return see_other(f"/cases/{case.id}/evidence", done="reopened")


def _store_uploads(vault: Any, case: Any, files: list[Any], *, intimate: bool, kind: str,
                   features: dict[str, bool]) -> tuple[int, int, list[str]]:
    """Returns (files added, messages imported, problems)."""
    added, messages, problems = 0, 0, []
    minor = case.age_group == "minor"
    for f in files:
        if f.size == 0:
            problems.append(f"{f.name}: empty file, not added.")
            continue
        try:
            if kind == "export" and features.get("ingest"):
                from standfast.ingest.importer import import_path

                with f.materialized(vault.root) as copy:  # importers read by name: a RAM-backed copy
                    report = import_path(vault, case.id, copy)
                messages += report.messages
                added += len(report.export_items) + report.attachments + report.files_added
                continue
            if intimate and minor and features.get("takedown") and _is_visual(f.head(32)):
                # A minor's explicit image is never copied into the vault: hashes only, for Take It Down.
                from standfast.takedown.store import hash_upload_in_place

                with f.open() as fh:
                    row = hash_upload_in_place(vault, case.id, fh, name=f.name, size=f.size,
                                               original_path=f"upload:{f.name}")
                if row.get("error"):
                    problems.append(f"{f.name}: {row['error']}")
                else:
                    added += 1
                continue
            with f.open() as fh:
                vault.add_stream(case.id, fh, name=f.name, source="upload", intimate=intimate,
                                 original_path=f"upload:{f.name}")
            added += 1
        except InputError as exc:
            problems.append(f"{f.name}: {exc}")
    return added, messages, problems


def _is_visual(head: bytes) -> bool:
    return head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM")) or head[4:8] == b"ftyp" or (
        head[:4] == b"RIFF" and head[8:12] == b"WEBP")


@router.post("/cases/{case_id}/evidence/upload")
async def evidence_upload(request: Request, case_id: str) -> Response:
    holder = request.app.state.holder
    config = request.app.state.config
    _ = gettext_for(request_language(request))
    with holder.use() as vault:
        case = await run_in_threadpool(case_or_404, vault, case_id)
        if case.status != "open":
            raise UsageError("This case is closed. Reopen it on its Evidence page to add to it.")
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
            added, messages, problems = await run_in_threadpool(
                _store_uploads, vault, case, parsed.files, intimate=form_flag(parsed.fields, "intimate"),  # type: ignore[arg-type]
                kind=kind, features=request.app.state.features)
        finally:
            remove_upload_folder(folder)
    if problems:
        return page(request, "upload_result.html", status=400 if not added else 200, case=case, added=added,
                    messages=messages, problems=problems)
    return see_other(f"/cases/{case.id}/evidence", done="imported" if kind == "export" else "added")


@router.get("/cases/{case_id}/items/{item_id}")
def item_view(request: Request, case_id: str, item_id: str, vault=Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    reveal = request.query_params.get("reveal") == "1"
    image = item.blob_id is not None and item.mime in INLINE_IMAGES
    text = None
    if item.kind in ("note", "url") and item.blob_id is not None and item.size <= 64 * 1024:
        text = vault.read_item(item.id, log_view=True).decode("utf-8", "replace")
    return page(request, "item.html", case=case, item=item, reveal=reveal, image=image, text=text,
                **_analysis_context(request, vault, item))


def _analysis_context(request: Request, vault: Any, item: Any) -> dict[str, Any]:
    if not request.app.state.features.get("analyze"):
        return {"can_analyse": False, "verdicts": [], "indicators": []}
    from standfast.web.analysis import analysable, item_analysis
    from standfast.web.messages import VERDICT_TITLES

    _ = gettext_for(request_language(request))
    verdicts, indicators = item_analysis(vault, item)
    for v in verdicts:
        v["title"] = _(VERDICT_TITLES.get(v["verdict"], v["verdict"]))
        from standfast.web.routes.check import signal_text

        v["signals"] = [signal_text(t, _) for t in v["signals"]]
    return {"can_analyse": analysable(item), "verdicts": verdicts, "indicators": indicators}


@router.post("/cases/{case_id}/items/{item_id}/analyze")
def item_analyze(request: Request, case_id: str, item_id: str, form: FormData = Depends(csrf_form),
                 vault=Depends(vault_in_use)) -> Response:
    """Run the analyser on an e-mail, text or screenshot item; the verdict is stored and custody-logged."""
    if not request.app.state.features.get("analyze"):
        raise HTTPException(status_code=404)
    from standfast.analyze.store import analyze_item
    from standfast.web.analysis import analysable

    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    if not analysable(item):
        raise HTTPException(status_code=404)
    analyze_item(vault, item.id)
    return see_other(f"/cases/{case.id}/items/{item.id}", done="analysed")


def _iter_blob(fh: Any) -> Iterator[bytes]:
    with fh:
        while chunk := fh.read(CHUNK):
            yield chunk


@router.get("/cases/{case_id}/items/{item_id}/content")
def item_content(request: Request, case_id: str, item_id: str, vault=Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    if item.blob_id is None:
        raise HTTPException(status_code=404)
    if item.intimate and request.query_params.get("reveal") != "1":
        raise HTTPException(status_code=403)
    inline = item.mime in INLINE_IMAGES and request.query_params.get("download") != "1"
    fh = vault.open_item(item.id, log_view=True)  # every look at the bytes is in the custody log
    from urllib.parse import quote

    disposition = "inline" if inline else "attachment"
    headers = {"content-disposition": f"{disposition}; filename*=UTF-8''{quote(item.original_name or 'file')}",
               "content-length": str(item.size)}
    return StreamingResponse(_iter_blob(fh), media_type=item.mime if inline else "application/octet-stream",
                             headers=headers)


@router.get("/cases/{case_id}/items/{item_id}/preview")
def item_preview(request: Request, case_id: str, item_id: str, vault=Depends(vault_in_use)) -> Response:
    """A 24-pixel, blurred stand-in for an intimate image: shape and colour only, nothing recognisable."""
    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    if item.blob_id is None or item.mime not in INLINE_IMAGES or item.size > PREVIEW_MAX_BYTES:
        raise HTTPException(status_code=404)
    from PIL import Image, ImageFilter

    try:
        with Image.open(io.BytesIO(vault.read_item(item.id))) as img:
            img.draft("RGB", (64, 64))
            small = img.convert("RGB")
            small.thumbnail((24, 24))
            small = small.filter(ImageFilter.GaussianBlur(2))
            out = io.BytesIO()
            small.save(out, format="PNG")
    except Exception:
        raise HTTPException(status_code=404) from None
    return Response(out.getvalue(), media_type="image/png")


@router.post("/cases/{case_id}/items/{item_id}/intimate")
def item_mark(request: Request, case_id: str, item_id: str, form: FormData = Depends(csrf_form),
              vault=Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    vault.mark_intimate(item.id, form_flag(form, "intimate"))
    return see_other(f"/cases/{case.id}/items/{item.id}", done="marked")


@router.post("/cases/{case_id}/items/{item_id}/withdraw")
def item_withdraw(request: Request, case_id: str, item_id: str, form: FormData = Depends(csrf_form),
                  vault=Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    item = item_or_404(vault, case, item_id)
    try:
        vault.withdraw(item.id, str(form.get("reason", ""))[:500])
    except StandfastError as exc:
        _ = gettext_for(request_language(request))
        return page(request, "item.html", status=400, case=case, item=item, reveal=False,
                    image=item.blob_id is not None and item.mime in INLINE_IMAGES, text=None, error=_(str(exc)),
                    **_analysis_context(request, vault, item))
    return see_other(f"/cases/{case.id}/evidence", done="withdrawn")


@router.get("/cases/{case_id}/timeline")
def timeline_page(request: Request, case_id: str, vault=Depends(vault_in_use)) -> Response:
    if not request.app.state.features.get("timeline"):
        raise HTTPException(status_code=404)
    from standfast.ingest import timeline

    case = case_or_404(vault, case_id)
    size = request.app.state.config.timeline_page_size
    number = _page_number(request)
    filters = {k: (request.query_params.get(k, "").strip()[:200] or None) for k in ("participant", "platform", "text")}
    entries = timeline.query(vault, case.id, limit=size + 1, offset=(number - 1) * size, **filters)
    has_next = len(entries) > size
    # The total costs a full count; it is shown for the whole timeline, filtered views just page on.
    total = timeline.count(vault, case.id) if not any(filters.values()) else None
    return page(request, "timeline.html", case=case, entries=entries[:size], filters=filters, page_number=number,
                has_next=has_next, total=total, page_size=size, suspects=timeline.suspects(vault, case.id),
                here=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""))


@router.get("/cases/{case_id}/timeline/people")
def timeline_people(request: Request, case_id: str, vault=Depends(vault_in_use)) -> Response:
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
                 vault=Depends(vault_in_use)) -> Response:
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
