"""Takedown: hash the case's images and videos on this computer (PDQ + MD5), show which service takes
them (Take It Down for under-18s, StopNCII for adults), download hash lists, hash a minor's images in
place, and scan a folder for copies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from standfast import safeguarding
from standfast.errors import StandfastError
from standfast.services import takedown as takedown_service
from standfast.vault.vault import Vault
from standfast.web.deps import case_or_404, csrf_form, see_other, vault_in_use
from standfast.web.i18n import gettext_for, request_language
from standfast.web.render import page

router = APIRouter()


def _takedown() -> Any:
    try:
        from standfast.takedown import export, scan, store
    except ImportError:
        raise HTTPException(status_code=404) from None
    return export, scan, store


def _render(request: Request, vault: Any, case: Any, *, status: int = 200, **extra: Any) -> Response:
    export, _scan, store = _takedown()
    rows = store.case_hashes(vault, case.id)
    facts = export.service_facts()
    audience = safeguarding.takedown_audiences(safeguarding.CaseFacts.of(case))
    services = [facts[a] for a in audience if a in facts]
    return page(request, "takedown.html", status=status, case=case, rows=rows, services=services, **extra)


@router.get("/cases/{case_id}/takedown")
def takedown_page(request: Request, case_id: str, vault: Vault = Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    return _render(request, vault, case)


@router.post("/cases/{case_id}/takedown/hash")
def takedown_hash(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                  vault: Vault = Depends(vault_in_use)) -> Response:
    _takedown()
    case = case_or_404(vault, case_id)
    takedown_service.hash_case(vault, case.id)
    return see_other(f"/cases/{case.id}/takedown", done="hashed")


@router.post("/cases/{case_id}/takedown/in-place")
def takedown_in_place(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                      vault: Vault = Depends(vault_in_use)) -> Response:
    """Fingerprint images where they are (a path on this computer): the pictures are never copied."""
    _takedown()
    case = case_or_404(vault, case_id)
    _ = gettext_for(request_language(request))
    target = str(form.get("path", "")).strip()
    if not target:
        return _render(request, vault, case, status=400, error=_("Type the path of a file or folder first."))
    try:
        results = takedown_service.hash_files(vault, case.id, [Path(target).expanduser()], in_place=True).rows
    except StandfastError as exc:
        return _render(request, vault, case, status=400, error=_(str(exc)))
    return _render(request, vault, case, in_place=results)


@router.post("/cases/{case_id}/takedown/scan")
def takedown_scan(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                  vault: Vault = Depends(vault_in_use)) -> Response:
    _takedown()
    case = case_or_404(vault, case_id)
    _ = gettext_for(request_language(request))
    folder = str(form.get("folder", "")).strip()
    if not folder:
        return _render(request, vault, case, status=400, error=_("Type the path of a folder first."))
    stats: dict[str, int] = {}
    try:
        matches = takedown_service.scan(vault, case.id, Path(folder).expanduser(), stats=stats)
    except StandfastError as exc:
        return _render(request, vault, case, status=400, error=_(str(exc)))
    return _render(request, vault, case, matches=[m.to_dict() for m in matches], stats=stats, scanned=folder)


@router.get("/cases/{case_id}/takedown/hashes.{fmt}")
def takedown_list(request: Request, case_id: str, fmt: str, vault: Vault = Depends(vault_in_use)) -> Response:
    export, _scan, _store = _takedown()
    case = case_or_404(vault, case_id)
    if fmt not in export.FORMATS:
        raise HTTPException(status_code=404)
    text = takedown_service.hash_list(vault, case.id, fmt)  # logged as handed out
    media = "text/csv" if fmt == "csv" else "application/json"
    ext = "csv" if fmt == "csv" else "json"
    return Response(text.encode("utf-8"), media_type=media, headers={
        "content-disposition": f'attachment; filename="standfast-hashes-{case.id}-{fmt}.{ext}"'})
