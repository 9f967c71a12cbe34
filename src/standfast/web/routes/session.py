"""The page's lock watcher and sealed drafts.

``GET /session/state`` tells open pages whether the vault is still open (asked every few seconds; it
does not count as use, see security.QUIET_PATHS), so a page removes its content the moment the vault
locks. What a person is typing is posted to ``/drafts`` while they type and kept *sealed* with the
vault's key (in this process's memory only, never on disk), so when the vault locks the draft cannot be
read, and after unlocking the same form offers it back.
"""

from __future__ import annotations

import hashlib
import threading

from fastapi import APIRouter, Depends
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from standfast.web.deps import csrf_form
from standfast.web.holder import Locked

router = APIRouter()
PURPOSE = "web-draft"
MAX_DRAFT_CHARS = 200_000  # a long message or note; more is not a draft
MAX_DRAFTS = 32


class Drafts:
    """Sealed drafts by form key (hashed, so even the key — a page path — is not kept readable)."""

    def __init__(self) -> None:
        self._sealed: dict[str, bytes] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _k(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    def put(self, key: str, sealed: bytes) -> None:
        with self._lock:
            self._sealed.pop(self._k(key), None)
            if len(self._sealed) >= MAX_DRAFTS:
                self._sealed.pop(next(iter(self._sealed)))
            self._sealed[self._k(key)] = sealed

    def get(self, key: str) -> bytes | None:
        with self._lock:
            return self._sealed.get(self._k(key))

    def drop(self, key: str) -> None:
        with self._lock:
            self._sealed.pop(self._k(key), None)


def drafts_of(request: Request) -> Drafts:
    state = request.app.state
    if not hasattr(state, "drafts"):
        state.drafts = Drafts()
    drafts: Drafts = state.drafts
    return drafts


def _key(form: FormData | dict[str, str]) -> str:
    key = str(form.get("key", ""))[:300]
    return key if key.startswith("/") else ""


@router.get("/session/state")
def state(request: Request) -> JSONResponse:
    holder = request.app.state.holder
    return JSONResponse({"unlocked": holder.unlocked}, headers={"cache-control": "no-store"})


@router.post("/drafts")
def save_draft(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    key, text = _key(form), str(form.get("text", ""))
    if not key:
        return JSONResponse({"saved": False}, status_code=400)
    if not text:
        drafts_of(request).drop(key)
        return JSONResponse({"saved": False})
    try:
        with request.app.state.holder.use() as vault:
            sealed = vault.seal(text[:MAX_DRAFT_CHARS].encode("utf-8"), purpose=PURPOSE)
    except Locked:
        return JSONResponse({"saved": False, "locked": True}, status_code=409)
    drafts_of(request).put(key, sealed)
    return JSONResponse({"saved": True})


@router.post("/drafts/get")
def get_draft(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    key = _key(form)
    sealed = drafts_of(request).get(key) if key else None
    if sealed is None:
        return JSONResponse({"text": ""})
    try:
        with request.app.state.holder.use() as vault:
            text = vault.unseal(sealed, purpose=PURPOSE).decode("utf-8")
    except Locked:
        return JSONResponse({"text": "", "locked": True}, status_code=409)
    return JSONResponse({"text": text})


@router.post("/drafts/clear")
def clear_draft(request: Request, form: FormData = Depends(csrf_form)) -> Response:
    key = _key(form)
    if key:
        drafts_of(request).drop(key)
    return JSONResponse({"cleared": bool(key)})
