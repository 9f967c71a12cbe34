"""Reports: the evidence package (zip with manifest, hashes, custody log), the PDF case report, the
pre-filled report texts per channel (copy buttons) and removal requests.

"Share with a helpline" encrypts the case to a helpline's key file (uploaded here, kept in memory) and
hands the bundle back as a download: Standfast sends nothing, the person passes the file on.

The package comes from ``standfast.reports.package`` when installed, else from the vault's own export.
Files are built inside the vault folder and removed once sent.
"""

from __future__ import annotations

import importlib
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from standfast import safeguarding
from standfast.errors import StandfastError
from standfast.services import exports as export_service
from standfast.vault.vault import Vault
from standfast.web.deps import case_or_404, check_csrf, csrf_form, form_flag, vault_in_use
from standfast.web.i18n import gettext_for, request_language
from standfast.web.render import page
from standfast.web.uploads import TooLarge, read_multipart_in_memory, remove_upload_folder, upload_folder

router = APIRouter()


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def _caps() -> dict[str, bool]:
    return {"has_pdf": _optional("standfast.reports.pdf") is not None,
            "has_texts": _optional("standfast.reports.texts") is not None,
            "has_removal": _optional("standfast.reports.removal") is not None}


@router.get("/cases/{case_id}/reports")
def reports_page(request: Request, case_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    return page(request, "reports.html", case=case, **_caps_for(case))


def _caps_for(case: Any) -> dict[str, bool]:
    return {**_caps(), "may_include_intimate": safeguarding.may_include_intimate(safeguarding.CaseFacts.of(case))}


@router.get("/cases/{case_id}/reports/texts")
def report_texts(request: Request, case_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    """The channels picked for the case, each linking to its own pre-filled text.

    Only the plan's answers are read here; a text needs the case's facts (timeline, items, analyses),
    which on a large case take a while, so each one is rendered on its own page, when asked for."""
    texts_mod = _optional("standfast.reports.texts")
    if texts_mod is None or _optional("standfast.reports.facts") is None:
        raise HTTPException(status_code=404)
    case = case_or_404(vault, case_id)
    return page(request, "report_texts.html", case=case, channels=texts_mod.case_channels(vault, case.id))


@router.get("/cases/{case_id}/reports/texts/{channel_id}")
def report_text(request: Request, case_id: str, channel_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    """One channel's pre-filled report text, ready to copy into that channel's own form."""
    texts_mod = _optional("standfast.reports.texts")
    facts_mod = _optional("standfast.reports.facts")
    if texts_mod is None or facts_mod is None:
        raise HTTPException(status_code=404)
    case = case_or_404(vault, case_id)
    channels = texts_mod.case_channels(vault, case.id)
    channel = next((c for c in channels if c.id == channel_id), None)
    if channel is None:  # only the case's own channels (ids come from the directory, never from the URL)
        raise HTTPException(status_code=404)
    lang = request_language(request)
    facts = facts_mod.gather(vault, case.id, lang=lang)
    text = texts_mod.render_channel(vault, facts, channel.id, lang)
    return page(request, "report_text.html", case=case, channel=channel, text=text, channels=channels)


@router.post("/cases/{case_id}/reports/removal")
def removal_request(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                    vault: Vault = Depends(vault_in_use)) -> Response:
    removal = _optional("standfast.reports.removal")
    if removal is None:
        raise HTTPException(status_code=404)
    case = case_or_404(vault, case_id)
    lang = request_language(request)
    kind = str(form.get("kind", "search"))
    urls = [u.strip() for u in str(form.get("urls", "")).splitlines() if u.strip()][:50]
    try:
        text = removal.removal_text(vault, case.id, kind, urls=urls, name=str(form.get("name", "")).strip() or None,
                                    include_hashes=form_flag(form, "include_hashes"),
                                    site=str(form.get("site", "")).strip() or None,
                                    engine=str(form.get("engine", "google")),
                                    contact=str(form.get("contact", "")).strip() or None, lang=lang)
    except StandfastError as exc:
        _ = gettext_for(lang)
        return page(request, "reports.html", status=400, case=case, error=_(str(exc)), **_caps_for(case))
    return page(request, "reports.html", case=case, removal=text, removal_kind=kind, **_caps_for(case))


@router.post("/cases/{case_id}/reports/package")
def package_download(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                     vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    lang = request_language(request)
    password = str(form.get("password", "")) or None
    folder = upload_folder(vault.root)
    target = folder / f"standfast-case-{case.id}.zip"
    try:  # the policy drops "include intimate" in a minor's case, and decides each item
        export_service.build_package(vault, case.id, target, include_intimate=form_flag(form, "include_intimate"),
                                     password=password, lang=lang)
    except StandfastError as exc:
        remove_upload_folder(folder)
        _ = gettext_for(lang)
        return page(request, "reports.html", status=400, case=case, error=_(str(exc)), **_caps_for(case))
    except BaseException:
        remove_upload_folder(folder)
        raise
    return FileResponse(target, media_type="application/zip", filename=target.name,
                        background=BackgroundTask(remove_upload_folder, folder))


@router.post("/cases/{case_id}/reports/pdf")
def pdf_download(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                 vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    if _optional("standfast.reports.pdf") is None:
        raise HTTPException(status_code=404)
    data = export_service.pdf_report(vault, case.id, lang=request_language(request))  # logged as handed out
    return Response(data, media_type="application/pdf", headers={
        "content-disposition": f'attachment; filename="standfast-report-{case.id}.pdf"'})


# A key file is a few hundred bytes; the form around it adds little. Anything bigger is refused unread.
MAX_SHARE_FORM = 64 * 1024 + 16 * 1024


@router.post("/cases/{case_id}/reports/share")
async def share_download(request: Request, case_id: str) -> Response:
    """The case encrypted to one helpline's key (``services.exports.share_case_key_bytes``), as a download."""
    holder = request.app.state.holder
    lang = request_language(request)
    _ = gettext_for(lang)
    with holder.use() as vault:
        case = await run_in_threadpool(case_or_404, vault, case_id)

        def refuse(message: str, status: int = 400) -> Response:
            return page(request, "reports.html", status=status, case=case, share_error=message, **_caps_for(case))

        try:
            parsed = await read_multipart_in_memory(request, max_bytes=MAX_SHARE_FORM)
        except TooLarge:
            return refuse(_("That file is too big to be a helpline key. Nothing was shared."), 413)
        except StandfastError as exc:
            return refuse(_(str(exc)))
        try:
            check_csrf(request, parsed.fields.get("csrf"))
            keys = [f for f in parsed.files if f.size]
            if not keys:
                return refuse(_("Choose the helpline's key file first. Nothing was shared."))
            key_data = keys[0].read_bytes()
        finally:
            parsed.cleanup()
        folder = upload_folder(vault.root)
        target = folder / f"standfast-case-{case.id}.age"
        try:  # the policy drops "include intimate" in a minor's case, as for the package
            await run_in_threadpool(export_service.share_case_key_bytes, vault, case.id, key_data, target,
                                    include_intimate=form_flag(parsed.fields, "include_intimate"))  # type: ignore[arg-type]
        except StandfastError as exc:
            remove_upload_folder(folder)
            return refuse(_(str(exc)))
        except BaseException:
            remove_upload_folder(folder)
            raise
    return FileResponse(target, media_type="application/octet-stream", filename=target.name,
                        background=BackgroundTask(remove_upload_folder, folder))
