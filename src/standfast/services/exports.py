"""What leaves the vault on purpose: a case export, the evidence package, the PDF case report.

Which items travel is decided by ``standfast.safeguarding`` inside the export code (the vault's
``write_case_files``); these services choose the options, refuse what the policy forbids up front,
and log what was handed out.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from standfast import safeguarding
from standfast.errors import NotAvailable, UsageError
from standfast.services.cases import get_case

if TYPE_CHECKING:
    from standfast.vault.vault import Vault


def _intimate_allowed(case: Any, include_intimate: bool) -> bool:
    return include_intimate and safeguarding.may_include_intimate(safeguarding.CaseFacts.of(case))


def export_case(vault: Vault, case_ref: str, to: Path, *, include_intimate: bool = False,
                encrypt_passphrase: str | None = None) -> Any:
    """Originals, manifest, custody log and SHA256SUMS, checkable without Standfast. ``encrypt_passphrase``
    needs the vault's encrypted export; without it this raises :class:`NotAvailable`."""
    case = get_case(vault, case_ref)
    include = _intimate_allowed(case, include_intimate)
    return vault.export_case(case.id, Path(to), include_intimate=include, encrypt_passphrase=encrypt_passphrase)


def build_package(vault: Vault, case_ref: str, to: Path, *, include_intimate: bool = False,
                  password: str | None = None, lang: str = "en") -> Any:
    """The evidence package for police, a hotline or a lawyer (see ``reports.package``)."""
    case = get_case(vault, case_ref)
    include = _intimate_allowed(case, include_intimate)
    try:
        from standfast.reports.package import build_package as build
    except ImportError:  # a build without the reports concern: the plain export, verifiable the same way
        if password is not None:
            raise NotAvailable("Password-protected packages are not available in this version.") from None
        return vault.export_case(case.id, Path(to), include_intimate=include)
    return build(vault, case.id, Path(to), include_intimate=include, password=password, lang=lang)


def _render_pdf(vault: Vault, case_id: str, *, lang: str, blur_intimate: bool) -> bytes:
    from standfast.reports.pdf import render_pdf

    return render_pdf(vault, case_id, lang=lang, intimate_thumbnails="blur" if blur_intimate else "omit")


def pdf_report(vault: Vault, case_ref: str, *, lang: str = "en", blur_intimate: bool = False) -> bytes:
    """The PDF case report as bytes for a download; handing it out is logged."""
    case = get_case(vault, case_ref)
    data = _render_pdf(vault, case.id, lang=lang, blur_intimate=blur_intimate)
    with vault.transaction() as s:
        vault.log(s, "report.pdf_downloaded", case_id=case.id, details={"bytes": len(data)})
    return data


def write_pdf_report(vault: Vault, case_ref: str, to: Path, *, lang: str = "en", blur_intimate: bool = False) -> int:
    """Write the PDF to a new file (private until complete, then renamed); logged. Returns its size."""
    to = Path(to)
    if to.exists():
        raise UsageError(f"{to} already exists; choose a new name so nothing is overwritten.")
    case = get_case(vault, case_ref)
    data = _render_pdf(vault, case.id, lang=lang, blur_intimate=blur_intimate)
    tmp = to.with_name(f".{to.name}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        tmp.replace(to)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with vault.transaction() as s:
        vault.log(s, "report.pdf_made", case_id=case.id, details={"to": to.name, "bytes": len(data)})
    return len(data)
