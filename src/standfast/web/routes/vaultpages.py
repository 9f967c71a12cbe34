"""The vault: create (recovery key shown once), unlock, recover, lock, change passphrase, verify."""

from __future__ import annotations

import time

from fastapi import APIRouter, Depends
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from standfast.errors import StandfastError, WrongPassphrase
from standfast.services import evidence as evidence_service
from standfast.vault.vault import Vault
from standfast.web.deps import csrf_form, see_other, session_of, vault_in_use
from standfast.web.i18n import gettext_for, request_language
from standfast.web.render import page

router = APIRouter()


def _msg(request: Request, text: str) -> str:
    return gettext_for(request_language(request))(text)


@router.post("/vault/create")
def create(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    holder = request.app.state.holder
    if holder.exists():
        return see_other("/")
    try:
        recovery = holder.create(str(form.get("passphrase", "")), str(form.get("confirm", "")))
    except StandfastError as exc:
        return page(request, "vault_create.html", status=400, error=_msg(request, str(exc)))
    # Shown once, never stored by the app: the page is no-store like every page.
    return page(request, "vault_recovery.html", recovery=recovery)


@router.post("/vault/unlock")
def unlock(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    holder = request.app.state.holder
    session = session_of(request)
    try:
        holder.unlock_or_check(str(form.get("passphrase", "")))
    except WrongPassphrase:
        time.sleep(0.5)  # slows guessing a little; Argon2 does the real work
        return page(request, "vault_unlock.html", status=400,
                    error=_msg(request, "That passphrase does not open this vault. Please try again."))
    if session is not None and session.pending:
        request.app.state.sessions.promote(session)
    return see_other("/")


@router.get("/vault/recover")
def recover_page(request: Request) -> Response:
    return page(request, "vault_recover.html")


@router.post("/vault/recover")
def recover(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    holder = request.app.state.holder
    try:
        holder.unlock_with_recovery(str(form.get("recovery_key", "")), str(form.get("passphrase", "")),
                                    str(form.get("confirm", "")))
    except StandfastError as exc:
        return page(request, "vault_recover.html", status=400, error=_msg(request, str(exc)))
    return see_other("/", done="passphrase")


@router.post("/vault/lock")
def lock(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    request.app.state.holder.lock()
    return see_other("/", done="locked")


@router.get("/vault")
def settings(request: Request, vault: Vault = Depends(vault_in_use)) -> Response:
    return page(request, "vault_settings.html", vault_folder=str(vault.root),
                lock_minutes=round(request.app.state.holder.lock_after / 60, 1))


@router.post("/vault/passphrase")
def change_passphrase(request: Request, form: FormData = Depends(csrf_form),
                      vault: Vault = Depends(vault_in_use)) -> Response:
    new, confirm = str(form.get("passphrase", "")), str(form.get("confirm", ""))
    try:
        vault.keyfile.unlock(str(form.get("current", "")))
        if new != confirm:
            raise StandfastError("The two passphrases are different. Nothing was changed.")
        from standfast.vault.keys import check_passphrase_acceptable

        check_passphrase_acceptable(new)
        vault.change_passphrase(new)
    except WrongPassphrase:
        return page(request, "vault_settings.html", status=400, vault_folder=str(vault.root),
                    lock_minutes=round(request.app.state.holder.lock_after / 60, 1),
                    error=_msg(request, "The current passphrase is not right. Nothing was changed."))
    except StandfastError as exc:
        return page(request, "vault_settings.html", status=400, vault_folder=str(vault.root),
                    lock_minutes=round(request.app.state.holder.lock_after / 60, 1),
                    error=_msg(request, str(exc)))
    return see_other("/vault", done="passphrase")


@router.post("/vault/verify")
def verify(request: Request, form: FormData = Depends(csrf_form), vault: Vault = Depends(vault_in_use)) -> Response:
    report = evidence_service.verify(vault)
    return page(request, "vault_verify.html", report=report)
