"""Reports: the evidence package (zip with manifest, hashes, custody log) and the PDF case report.

The package comes from ``standfast.reports.package`` when installed, else from the vault's own export.
Files are built inside the vault folder and removed once sent.
"""

from __future__ import annotations

import importlib
from typing import Any

from fastapi import APIRouter, Depends
from starlette.background import BackgroundTask
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from standfast.errors import StandfastError
from standfast.web.deps import case_or_404, csrf_form, form_flag, vault_in_use
from standfast.web.i18n import gettext_for, request_language
from standfast.web.render import page
from standfast.web.uploads import remove_upload_folder, upload_folder

router = APIRouter()


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


@router.get("/cases/{case_id}/reports")
def reports_page(request: Request, case_id: str, vault=Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    return page(request, "reports.html", case=case, has_pdf=_optional("standfast.reports.pdf") is not None)


@router.post("/cases/{case_id}/reports/package")
def package_download(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                     vault=Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    lang = request_language(request)
    include = form_flag(form, "include_intimate") and case.age_group != "minor"
    password = str(form.get("password", "")) or None
    folder = upload_folder(vault.root)
    target = folder / f"standfast-case-{case.id}.zip"
    try:
        builder = _optional("standfast.reports.package")
        if builder is not None:
            builder.build_package(vault, case.id, target, include_intimate=include, password=password, lang=lang)
        else:
            vault.export_case(case.id, target, include_intimate=include)
    except StandfastError as exc:
        remove_upload_folder(folder)
        _ = gettext_for(lang)
        return page(request, "reports.html", status=400, case=case, error=_(str(exc)),
                    has_pdf=_optional("standfast.reports.pdf") is not None)
    except BaseException:
        remove_upload_folder(folder)
        raise
    return FileResponse(target, media_type="application/zip", filename=target.name,
                        background=BackgroundTask(remove_upload_folder, folder))


@router.post("/cases/{case_id}/reports/pdf")
def pdf_download(request: Request, case_id: str, form: FormData = Depends(csrf_form),
                 vault=Depends(vault_in_use)) -> Response:
    case = case_or_404(vault, case_id)
    pdf = _optional("standfast.reports.pdf")
    if pdf is None:
        return page(request, "reports.html", status=404, case=case, has_pdf=False)
    data = pdf.render_pdf(vault, case.id, lang=request_language(request))
    with vault.transaction() as s:  # rendering is read-only; handing it out is logged here
        vault.log(s, "report.pdf_downloaded", case_id=case.id, details={"bytes": len(data)})
    return Response(data, media_type="application/pdf", headers={
        "content-disposition": f'attachment; filename="standfast-report-{case.id}.pdf"'})
