"""The helpline's web queue: sign-in with a second factor, the queue, cases, the audit page.

Security, decided here once for every route:
- sessions live only in this process's memory (they hold the staff member's unlocked key); a new
  random session id is made at every sign-in, so an id planted before sign-in never becomes valid
  (no session fixation); a session ends after ``idle_minutes`` without use or ``max_hours``;
- every POST carries the session's CSRF token (the sign-in form a token bound to a pre-session cookie);
- cookies are HttpOnly, SameSite=Strict, and Secure with a ``__Host-`` name when served over TLS;
- who may see or do what is decided by ``standfast.helpline.access`` (called through the services),
  and reading content needs the staff member's own wrap of the case key;
- a lost database gives a calm 503 page, never a half-done change.
"""

from __future__ import annotations

import contextlib
import functools
import hmac
import secrets
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import anyio.to_thread
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from standfast.errors import NotAvailable, NotFound, Refused, StandfastError, UsageError
from standfast.helpline import access
from standfast.helpline import staff as staff_rules
from standfast.helpline.staff import Staff
from standfast.helpline.store import UNAVAILABLE, Helpline
from standfast.i18n import normalize_language, translator
from standfast.services import helpline as svc
from standfast.vault.db import utcnow
from standfast.web.deps import read_bounded
from standfast.web.i18n import LANG_COOKIE, LANGUAGE_NAMES, request_language
from standfast.web.render import when
from standfast.web.security import NO_STORE, NO_TELEMETRY, SECURITY_HEADERS

HERE = Path(__file__).resolve().parent
env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                  trim_blocks=True, lstrip_blocks=True)
env.filters["when"] = when
MAX_FORM = 64 * 1024
DOMAIN = "helpline"  # locale/<lang>/LC_MESSAGES/helpline.po, read as the personal app reads web.po


def gettext_for(lang: str) -> Callable[[str], str]:
    return translator(normalize_language(lang), DOMAIN)


@functools.cache
def words_in(lang: str) -> dict[str, dict[str, str]]:
    """``WORDS`` already translated (a case page names a kind on each of its 100 rows)."""
    _ = gettext_for(lang)
    return {group: {code: _(word) for code, word in names.items()} for group, names in WORDS.items()}


# Names of the codes pages show, as message ids of the "helpline" catalog.
WORDS: dict[str, dict[str, str]] = {
    "role_names": {"admin": "administrator", "supervisor": "supervisor", "caseworker": "case worker"},
    "state_names": {"new": "new", "open": "open", "closed": "closed", "purged": "content deleted"},
    "kind_names": {"file": "File", "note": "Note", "url": "Web address", "link": "Link", "hash_only": "Hash only"},
}
WORKER_THREADS = 4
STAFF_LIST_SECONDS = 5.0
SWITCH_INTERVAL = 0.001  # seconds


@dataclass
class WebSession:
    staff: Staff
    csrf: str
    created: float
    seen: float


@dataclass
class SessionStore:
    idle_seconds: float
    max_seconds: float
    _items: dict[str, WebSession] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def new(self, staff: Staff) -> str:
        token = secrets.token_urlsafe(32)
        now = time.monotonic()
        with self._lock:
            self._items[token] = WebSession(staff, secrets.token_urlsafe(24), now, now)
        return token

    def get(self, token: str | None) -> WebSession | None:
        if not token:
            return None
        now = time.monotonic()
        with self._lock:
            s = self._items.get(token)
            if s is None:
                return None
            if now - s.seen > self.idle_seconds or now - s.created > self.max_seconds:
                del self._items[token]
                return None
            s.seen = now
            return s

    def drop(self, token: str | None) -> None:
        with self._lock:
            self._items.pop(token or "", None)

    def age(self, token: str, seconds: float) -> None:
        """Move a session's clock back (for the expiry tests)."""
        with self._lock:
            s = self._items[token]
            s.seen -= seconds
            s.created -= seconds


class _Headers:
    """The security headers and ``no-store`` on every response (plain ASGI: no task per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                out.extend(SECURITY_HEADERS)
                out.append(NO_STORE)
                message["headers"] = out
            await send(message)

        await self.app(scope, receive, send_with_headers)


# Sentences the pages show that come from the services (errors, refusals) or from this module: each
# is a message id of the "helpline" catalog, so ``message.html`` and the sign-in page translate them.
TITLES = {403: "Not for this account", 404: "Not found", 503: "Unavailable for a moment"}
SHOWN_MESSAGES: tuple[str, ...] = (
    *TITLES.values(), "That did not work", "Please sign in again", "Please try again",
    "This sign-in form has expired. Please open the sign-in page again.",
    "This form has expired. Please reload the page.", "This form has expired. Please reload the page and try again.",
    "That form is too large.", UNAVAILABLE, access.NO_ACCESS, access.BAD_PAGE, "There is no such case.",
    "There is no stored file for this item.", "Only a supervisor can assign cases.",
    "This case's content was deleted; it cannot be assigned.", "Choose an active case worker or admin.",
    "Only administrators and supervisors can see the staff list.", "Only an administrator can unlock accounts.",
    "There is no such account.", "Only supervisors can read the audit log.", "This case is already closed.",
    staff_rules.FAILED, staff_rules.LOCKED, staff_rules.LOCKED_NOW,
)


def create_app(hl: Helpline, *, tls: bool = False, idle_minutes: float = 30, max_hours: float = 8,
               threads: int = WORKER_THREADS) -> FastAPI:
    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Pages are answered by sync handlers in anyio's thread pool. A few threads keep one core
        # busy (a request waits on PostgreSQL for well under a millisecond at a time); forty would
        # only fight over the interpreter lock, each waking thread waiting for the others' turns.
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        # A thread whose database answer has arrived waits for the interpreter lock at most this
        # long (Python's default is 5 ms, paid at every round trip of a request while another
        # thread renders a page).
        sys.setswitchinterval(SWITCH_INTERVAL)
        yield

    app = FastAPI(lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None, telemetry=NO_TELEMETRY)
    app.add_middleware(_Headers)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    sessions = SessionStore(idle_minutes * 60, max_hours * 3600)
    app.state.sessions = sessions
    cookie = "__Host-sf_helpline" if tls else "sf_helpline"
    pre_cookie = "__Host-sf_signin" if tls else "sf_signin"

    def set_cookie(resp: Response, name: str, value: str) -> None:
        resp.set_cookie(name, value, httponly=True, samesite="strict", secure=tls, path="/")

    def render(request: Request, template: str, *, status: int = 200, session: WebSession | None = None,
               **ctx: Any) -> HTMLResponse:
        lang = request_language(request)
        html = env.get_template(template).render(staff=session.staff if session else None,
                                                 csrf=session.csrf if session else "", _=gettext_for(lang),
                                                 lang=lang, languages=LANGUAGE_NAMES, **words_in(lang), **ctx)
        return HTMLResponse(html, status_code=status)

    staff_seen: list[tuple[float, list[dict[str, Any]]]] = []

    def assignable_staff(staff: Staff) -> list[dict[str, Any]]:
        """Who a supervisor can choose on a case page, read at most every few seconds.

        Only the choices of a form: ``assign`` checks the chosen account again (active, role)."""
        now = time.monotonic()
        if not staff_seen or now - staff_seen[0][0] > STAFF_LIST_SECONDS:
            users = [u for u in svc.staff_list(hl, staff) if u["active"] and u["role"] != "supervisor"]
            staff_seen[:] = [(now, users)]
        return staff_seen[0][1]

    def session_of(request: Request) -> WebSession | None:
        return sessions.get(request.cookies.get(cookie))

    async def form_of(request: Request) -> dict[str, str]:
        try:  # refused as it streams in, so a huge post is never held whole
            body = await read_bounded(request, MAX_FORM)
        except HTTPException:
            raise UsageError("That form is too large.") from None
        from urllib.parse import parse_qsl

        return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))

    def csrf_ok(session: WebSession, form: dict[str, str]) -> bool:
        return hmac.compare_digest(form.get("csrf", ""), session.csrf)

    def to_login() -> Response:
        return RedirectResponse("/login", status_code=303)

    def error_page(request: Request, session: WebSession | None, exc: StandfastError) -> HTMLResponse:
        status = 403 if isinstance(exc, Refused) else 404 if isinstance(exc, NotFound) else \
            503 if isinstance(exc, NotAvailable) else 400
        title = TITLES.get(status, "That did not work")
        return render(request, "message.html", status=status, session=session, title=title, message=str(exc))

    @app.exception_handler(StandfastError)
    async def _standfast_error(request: Request, exc: StandfastError) -> Response:
        return error_page(request, session_of(request), exc)

    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request) -> Response:
        token = secrets.token_urlsafe(24)
        resp = render(request, "login.html", login_csrf=token)
        set_cookie(resp, pre_cookie, token)
        return resp

    @app.post("/login")
    async def login(request: Request) -> Response:
        form = await form_of(request)
        pre = request.cookies.get(pre_cookie, "")
        if not pre or not hmac.compare_digest(form.get("csrf", ""), pre):
            return render(request, "message.html", status=403, title="Please sign in again",
                          message="This sign-in form has expired. Please open the sign-in page again.")
        try:
            staff = svc.sign_in(hl, form.get("name", ""), form.get("password", ""), form.get("code", ""))
        except Refused as exc:
            token = secrets.token_urlsafe(24)
            resp = render(request, "login.html", status=403, login_csrf=token, message=str(exc))
            set_cookie(resp, pre_cookie, token)
            return resp
        sessions.drop(request.cookies.get(cookie))  # whatever id came with the request is never reused
        done = RedirectResponse("/", status_code=303)
        set_cookie(done, cookie, sessions.new(staff))
        done.delete_cookie(pre_cookie, path="/")
        return done

    @app.post("/logout")
    async def logout(request: Request) -> Response:
        session = session_of(request)
        if session is None:
            return to_login()
        if not csrf_ok(session, await form_of(request)):
            return render(request, "message.html", status=403, session=session, title="Please try again",
                          message="This form has expired. Please reload the page.")
        sessions.drop(request.cookies.get(cookie))
        resp = to_login()
        resp.delete_cookie(cookie, path="/")
        return resp

    @app.post("/quick-exit")
    async def quick_exit(request: Request) -> Response:
        # Leaves at once, with or without a valid form: a person in a hurry must not be stopped.
        sessions.drop(request.cookies.get(cookie))
        resp = RedirectResponse("/bye", status_code=303)
        resp.delete_cookie(cookie, path="/")
        return resp

    @app.get("/bye", response_class=HTMLResponse)
    def bye(request: Request) -> Response:
        lang = request_language(request)
        return HTMLResponse(env.get_template("bye.html").render(_=gettext_for(lang), lang=lang))

    @app.post("/language")
    async def language(request: Request) -> Response:
        # The same cookie and languages as the personal app; the form carries the session's token
        # (or, before sign-in, the sign-in form's), so another site cannot switch it.
        form = await form_of(request)
        session = session_of(request)
        token = session.csrf if session else request.cookies.get(pre_cookie, "")
        resp = RedirectResponse("/" if session else "/login", status_code=303)
        if token and hmac.compare_digest(form.get("csrf", ""), token) and form.get("lang") in LANGUAGE_NAMES:
            resp.set_cookie(LANG_COOKIE, form["lang"], max_age=365 * 24 * 3600, httponly=True, samesite="strict",
                            secure=tls, path="/")
        return resp

    @app.get("/help", response_class=HTMLResponse)
    def help_page(request: Request, country: str | None = None) -> Response:
        from standfast.guide.directory import crisis_lines

        code = (country or "").strip().upper()[:2] or None
        try:
            lines = [e.to_dict() for e in crisis_lines(code)] if code else []
        except Exception:
            lines = []
        return render(request, "help.html", session=session_of(request), country=code, lines=lines)

    @app.get("/", response_class=HTMLResponse)
    def queue_page(request: Request, state: str | None = None, unassigned: int = 0, after: str | None = None,
                   before: str | None = None) -> Response:
        session = session_of(request)
        if session is None:
            return to_login()
        if state not in (None, "", "new", "open", "closed", "purged"):
            state = None
        page = svc.queue(hl, session.staff, state=state or None, unassigned=bool(unassigned), after=after or None,
                         before=before or None)
        query = urlencode({k: v for k, v in (("state", state), ("unassigned", unassigned or "")) if v})
        return render(request, "queue.html", session=session, rows=page.rows, next=page.next,
                      previous=page.previous, unassigned=bool(unassigned), query=("&" + query) if query else "",
                      now=utcnow())

    @app.get("/cases/{case_id}", response_class=HTMLResponse)
    def case_page(request: Request, case_id: str, after: str | None = None) -> Response:
        session = session_of(request)
        if session is None:
            return to_login()
        case = svc.open_case(hl, session.staff, case_id, after=after or None)
        assignable: list[dict[str, Any]] = []
        if session.staff.role.value == "supervisor":
            assignable = assignable_staff(session.staff)
        return render(request, "case.html", session=session, case=case, assignable=assignable, after=after)

    @app.get("/cases/{case_id}/items/{item_id}")
    def item_download(request: Request, case_id: str, item_id: str) -> Response:
        session = session_of(request)
        if session is None:
            return to_login()
        meta, stream = svc.open_item(hl, session.staff, case_id, item_id)
        safe = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in str(meta["name"]))[:120] or "item"
        return Response(stream.read(), media_type="application/octet-stream",
                        headers={"content-disposition": f'attachment; filename="{safe}"'})

    async def _post(request: Request) -> tuple[WebSession | None, Response | None]:
        session = session_of(request)
        if session is None:
            return None, to_login()
        if not csrf_ok(session, await form_of(request)):
            return session, render(request, "message.html", status=403, session=session, title="Please try again",
                                   message="This form has expired. Please reload the page and try again.")
        return session, None

    @app.post("/cases/{case_id}/assign")
    async def assign(request: Request, case_id: str) -> Response:
        form = await form_of(request)
        session, refused = await _post(request)
        if refused is not None or session is None:
            return refused or to_login()
        svc.assign_case(hl, session.staff, case_id, form.get("user_id") or None)
        return RedirectResponse(f"/cases/{case_id}", status_code=303)

    @app.post("/cases/{case_id}/close")
    async def close(request: Request, case_id: str) -> Response:
        session, refused = await _post(request)
        if refused is not None or session is None:
            return refused or to_login()
        svc.close_case(hl, session.staff, case_id)
        return RedirectResponse(f"/cases/{case_id}", status_code=303)

    @app.get("/audit", response_class=HTMLResponse)
    def audit(request: Request, case: str | None = None) -> Response:
        session = session_of(request)
        if session is None:
            return to_login()
        entries = svc.audit_page(hl, session.staff, case_id=case or None)
        problems, _ = svc.check_audit(hl)
        return render(request, "audit.html", session=session, entries=entries[-500:], case_id=case,
                      problems=problems)

    @app.get("/audit.json")
    def audit_json(request: Request, case: str | None = None) -> Response:
        session = session_of(request)
        if session is None:
            return JSONResponse({"error": "sign in first"}, status_code=401)
        return JSONResponse(svc.audit_page(hl, session.staff, case_id=case or None))

    @app.get("/staff", response_class=HTMLResponse)
    def staff_page(request: Request) -> Response:
        session = session_of(request)
        if session is None:
            return to_login()
        return render(request, "staff.html", session=session, users=svc.staff_list(hl, session.staff))

    @app.post("/staff/{user_id}/unlock")
    async def unlock(request: Request, user_id: str) -> Response:
        session, refused = await _post(request)
        if refused is not None or session is None:
            return refused or to_login()
        svc.unlock_account(hl, session.staff, user_id)
        return RedirectResponse("/staff", status_code=303)

    return app


LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def check_listen(host: str, tls_cert: Path | None, tls_key: Path | None) -> bool:
    """Whether TLS is on; refuses to listen beyond loopback without it."""
    if (tls_cert is None) != (tls_key is None):
        raise UsageError("Give both --tls-cert and --tls-key, or neither.")
    if tls_cert is None and host not in LOOPBACK and not host.startswith("127."):
        raise UsageError("Listening beyond this computer needs TLS: give --tls-cert and --tls-key "
                         "(see docs/helpline.md). Without them, use --host 127.0.0.1.")
    for p in (tls_cert, tls_key):
        if p is not None and not p.is_file():
            raise UsageError(f"{p} does not exist.")
    return tls_cert is not None
