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
from standfast.errors import IntegrityError, NotAvailable, UsageError
from standfast.services.cases import get_case

if TYPE_CHECKING:
    from standfast.helpline.bundle import HelplineKey
    from standfast.vault.vault import Vault


def _intimate_allowed(case: Any, include_intimate: bool) -> bool:
    return include_intimate and safeguarding.may_include_intimate(safeguarding.CaseFacts.of(case))


def export_case(vault: Vault, case_ref: str, to: Path, *, include_intimate: bool = False,
                encrypt_passphrase: str | None = None) -> Any:
    """Originals, manifest, custody log and SHA256SUMS, signed by the vault and checkable without Standfast;
    with ``encrypt_passphrase`` an AES-256 zip that 7-Zip opens."""
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


def timestamp_export(vault: Vault, package: Path, *, tsa_url: str, password: str | None) -> tuple[Any, bool]:
    """Ask an RFC 3161 service to sign the time of an export's signed statement (the one action that goes
    online, and only when asked). The reply is kept as ``<export>.tsr`` and, when this vault made the
    export, in the case's custody log. Returns (the checked reply, whether this vault made it)."""
    import base64
    import hashlib

    from standfast.vault.export_check import reply_path
    from standfast.vault.fsutil import atomic_write_bytes
    from standfast.vault.timestamp import make_request, send_request, verify_reply

    statement, vault_id, case_id = _signed_statement(package, password)
    mine = vault_id == vault.vault_id
    digest = hashlib.sha256(statement).digest()
    request, nonce = make_request(digest)
    reply = send_request(tsa_url, request)
    check = verify_reply(reply, digest, nonce=nonce)
    if check.status != "valid":
        raise IntegrityError(f"The time-stamping service's reply does not hold ({check.detail}). It was not "
                             "kept; nothing was changed.")
    atomic_write_bytes(reply_path(package), reply)
    if mine:
        with vault.transaction() as s:
            vault.log(s, "export.timestamped", case_id=case_id, details={
                "export": package.name, "statement_sha256": digest.hex(), "tsa_url": tsa_url, "tsa": check.tsa,
                "time": check.time.isoformat() if check.time else None,
                "reply_sha256": hashlib.sha256(reply).hexdigest(),
                "reply": base64.b64encode(reply).decode("ascii")})
    return check, mine


def _signed_statement(package: Path, password: str | None) -> tuple[bytes, str, str]:
    from standfast.vault.package import PackageReader
    from standfast.vault.signing import PUBLIC_KEY_NAME, SIGNATURE_NAME, STATEMENT_NAME, check_signature

    reader = PackageReader(package, password=password)
    try:
        parts = [reader.read_bytes(n) if reader.is_safe(n) else None
                 for n in (STATEMENT_NAME, SIGNATURE_NAME, PUBLIC_KEY_NAME)]
    finally:
        reader.close()
    sig = check_signature(*parts)
    if sig.status != "valid" or sig.statement is None:
        raise IntegrityError(f"This export's signature does not hold ({sig.reason}); time-stamping it would prove "
                             "nothing. Run `standfast verify-export` on it.")
    return parts[0] or b"", str(sig.statement.get("vault_id")), str(sig.statement.get("case_id"))


def share_case(vault: Vault, case_ref: str, key_file: Path, out: Path, *, include_intimate: bool = False) -> Any:
    """A hand-over bundle for a helpline: the signed export with its custody log, encrypted to the helpline's
    public key (from ``standfast helpline key``). Only that helpline can open it; it is logged here."""
    from standfast.helpline.bundle import read_key_file

    return _share(vault, case_ref, read_key_file(Path(key_file)), Path(out), include_intimate=include_intimate)


def share_case_key_bytes(vault: Vault, case_ref: str, key_data: bytes, out: Path, *,
                         include_intimate: bool = False) -> Any:
    """``share_case`` with the key file's content (an upload in the web app) instead of its path."""
    from standfast.helpline.bundle import parse_key_bytes

    return _share(vault, case_ref, parse_key_bytes(key_data), Path(out), include_intimate=include_intimate)


def _share(vault: Vault, case_ref: str, key: HelplineKey, out: Path, *, include_intimate: bool) -> Any:
    from standfast.helpline.bundle import make_bundle

    case = get_case(vault, case_ref)
    made = make_bundle(vault, case.id, key, out, include_intimate=_intimate_allowed(case, include_intimate))
    with vault.transaction() as s:
        vault.log(s, "case.shared", case_id=case.id, details={
            "to": made.path.name, "helpline_fingerprint": key.fingerprint, "files": made.files,
            "excluded": made.excluded, "statement_sha256": made.statement_sha256, "fingerprint": made.fingerprint})
    return made
