"""The security layer in front of every request (a plain ASGI middleware, so it costs microseconds).

- Host header must be a loopback name (or the configured host): blocks DNS-rebinding pages.
- ``?token=<launch token>`` is exchanged for an HttpOnly, SameSite=Strict session cookie, then a 303
  redirect drops the token from the address bar and history. The token works once: brought again it
  gives a *pending* session that reaches only the unlock page until the passphrase is typed.
- Without a valid session cookie every request gets 403 (static files included).
- Unsafe methods with a foreign Origin get 403 (CSRF tokens are checked again per form).
- Every response carries a strict CSP and the other security headers; pages are ``no-store``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi.telemetry import TelemetryConfig

from standfast.web.sessions import SESSION_COOKIE, Sessions

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# FastAPI can export request data (form bodies such as a passphrase or a sign-in, case ids) over
# OpenTelemetry when the environment asks for it (FASTAPI_OTEL_AUTO_CONFIGURE and friends). Nothing
# leaves the machine unless the person exports it, so every Standfast app passes this.
NO_TELEMETRY: TelemetryConfig = {"tracing": False, "metrics": False, "logs": False, "operation_spans": False,
                                 "auto_configure": False}

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
                            b"interest-cohort=(), browsing-topics=()"),
]
NO_STORE = (b"cache-control", b"no-store")
STATIC_CACHE = (b"cache-control", b"private, max-age=600")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

FORBIDDEN_HTML = (
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>403</title></head><body><main>"
    "<h1>This page needs the link shown when the app was started.</h1>"
    "<p lang=\"es\">Esta página necesita el enlace que se mostró al iniciar la aplicación.</p>"
    "</main></body></html>"
).encode()


QUIET_PATHS = {"/session/state", "/phone/state"}
# What a pending session (a reused launch link) may reach: the unlock page, its form, the neutral exit.
PENDING_PATHS = {("GET", "/"), ("HEAD", "/"), ("POST", "/vault/unlock"), ("GET", "/exit")}


def _pending_may(method: str, path: str) -> bool:
    return (method, path) in PENDING_PATHS or (method == "GET" and path.startswith("/static/"))


def _hostname(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cookie(headers: dict[bytes, bytes], name: str) -> str | None:
    raw = headers.get(b"cookie")
    if not raw:
        return None
    jar = SimpleCookie()
    try:
        jar.load(raw.decode("latin-1"))
    except Exception:  # a malformed cookie header is simply "no session"
        return None
    morsel = jar.get(name)
    return morsel.value if morsel else None


class SecurityMiddleware:
    def __init__(self, app: Callable[..., Awaitable[None]], *, sessions: Sessions, hosts: set[str],
                 on_activity: Callable[[], None] | None = None) -> None:
        self.app = app
        self.sessions = sessions
        self.hosts = LOOPBACK | {h.lower() for h in hosts}
        self.on_activity = on_activity

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        host = headers.get(b"host", b"").decode("latin-1")
        if _hostname(host) not in self.hosts:
            await _plain(send, 403, FORBIDDEN_HTML)
            return
        query = scope.get("query_string", b"").decode("latin-1")
        if "token=" in query:
            pairs = parse_qsl(query, keep_blank_values=True)
            token = next((v for k, v in pairs if k == "token"), None)
            session = self.sessions.exchange(token)
            if session is None:
                await _plain(send, 403, FORBIDDEN_HTML)
                return
            rest = urlencode([(k, v) for k, v in pairs if k != "token"])
            location = scope.get("path", "/") + (f"?{rest}" if rest else "")
            cookie = f"{SESSION_COOKIE}={session.id}; Path=/; HttpOnly; SameSite=Strict"
            await _plain(send, 303, b"", extra=[(b"location", location.encode()), (b"set-cookie", cookie.encode())])
            return
        session = self.sessions.get(_cookie(headers, SESSION_COOKIE))
        if session is None:
            await _plain(send, 403, FORBIDDEN_HTML)
            return
        method = scope.get("method", "GET")
        path = scope.get("path", "")
        if session.pending and not _pending_may(method, path):
            # Never the vault for a reused link: back to the unlock page.
            await _plain(send, 303, b"", extra=[(b"location", b"/")])
            return
        if method not in ("GET", "HEAD", "OPTIONS"):
            origin = headers.get(b"origin")
            if origin is not None and origin.decode("latin-1") not in (f"http://{host}", "null"):
                await _plain(send, 403, FORBIDDEN_HTML)
                return
        scope.setdefault("state", {})["session"] = session
        is_static = scope.get("path", "").startswith("/static/")
        # The page's lock watcher asks for the state often; that is not the person using the app.
        if self.on_activity is not None and not is_static and path not in QUIET_PATHS:
            self.on_activity()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                out.extend(SECURITY_HEADERS)
                out.append(STATIC_CACHE if is_static else NO_STORE)
                message["headers"] = out
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _plain(send: Send, status: int, body: bytes, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers = [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode()),
               *SECURITY_HEADERS, NO_STORE, *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
