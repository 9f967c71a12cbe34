"""Helpers shared by the route modules: CSRF-checked forms, the unlocked vault, safe ids and redirects."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from fastapi import HTTPException
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse

from standfast.errors import UsageError
from standfast.web.sessions import CSRF_FIELD, Sessions

_ID = re.compile(r"^[0-9a-f]{6,64}$")
# The largest form the app accepts (a long pasted note fits); files go through the upload routes.
MAX_FORM_BYTES = 2 * 1024 * 1024


def session_of(request: Request) -> Any:
    return request.scope.get("state", {}).get("session")


async def read_bounded(request: Request, limit: int) -> bytes:
    """Read the whole body, refusing (413) once it passes ``limit``: a form never needs more.

    Without this a form post is parsed as it streams, field by field, so a hostile page could make
    the app hold hundreds of megabytes before the CSRF check runs.
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(status_code=413, detail="form too large")
    chunks: list[bytes] = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise HTTPException(status_code=413, detail="form too large")
        chunks.append(chunk)
    # Starlette's form parser reads a body kept here instead of the (now used) stream.
    request._body = b"".join(chunks)
    return request._body


async def csrf_form(request: Request) -> FormData:
    """The posted form, after checking its CSRF token (403 otherwise). Files are refused here."""
    await read_bounded(request, MAX_FORM_BYTES)
    try:
        form = await request.form(max_files=0, max_fields=300)
    except Exception:
        raise HTTPException(status_code=400, detail="bad form") from None
    if not Sessions.csrf_ok(session_of(request), form.get(CSRF_FIELD)):
        raise HTTPException(status_code=403, detail="csrf")
    return form


def check_csrf(request: Request, value: object) -> None:
    if not Sessions.csrf_ok(session_of(request), value):
        raise HTTPException(status_code=403, detail="csrf")


def vault_in_use(request: Request) -> Iterator[Any]:
    """A FastAPI dependency: the unlocked vault, held for the whole request (Locked -> unlock page)."""
    with request.app.state.holder.use() as vault:
        yield vault


def valid_id(value: str) -> str:
    if not _ID.match(value or ""):
        raise HTTPException(status_code=404, detail="not found")
    return value


def case_or_404(vault: Any, case_id: str) -> Any:
    valid_id(case_id)
    try:
        case = vault.get_case(case_id)
    except UsageError:
        raise HTTPException(status_code=404, detail="not found") from None
    if case.id != case_id:  # ids are matched exactly here, never by prefix
        raise HTTPException(status_code=404, detail="not found")
    return case


def item_or_404(vault: Any, case: Any, item_id: str) -> Any:
    valid_id(item_id)
    try:
        item = vault.get_item(item_id)
    except UsageError:
        raise HTTPException(status_code=404, detail="not found") from None
    if item.id != item_id or item.case_id != case.id:
        raise HTTPException(status_code=404, detail="not found")
    return item


def see_other(url: str, **params: str) -> RedirectResponse:
    if params:
        from urllib.parse import urlencode

        url = f"{url}?{urlencode(params)}"
    return RedirectResponse(url, status_code=303)


def local_path(value: str | None, default: str = "/") -> str:
    """Only same-site paths are accepted as 'go back to' targets (no //host or scheme)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return default
    return value


def form_flag(form: FormData, name: str) -> bool:
    return str(form.get(name, "")).lower() in ("1", "on", "yes", "true")
