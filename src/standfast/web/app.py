"""Build the FastAPI application: security middleware, static files, error pages and every route."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.staticfiles import StaticFiles
from starlette.requests import Request
from starlette.responses import Response

from standfast.errors import NotFound, Refused, StandfastError
from standfast.web.config import WebConfig
from standfast.web.holder import Locked, VaultHolder
from standfast.web.i18n import gettext_for, request_language
from standfast.web.render import page
from standfast.web.security import NO_TELEMETRY, SecurityMiddleware
from standfast.web.sessions import Sessions

STATIC = Path(__file__).with_name("static")
log = logging.getLogger("standfast.web")

# Optional capabilities: a page is shown only when the module behind it is installed.
FEATURES = {
    "analyze": "standfast.analyze.triage",
    "guide": "standfast.guide.plan",
    "timeline": "standfast.ingest.timeline",
    "ingest": "standfast.ingest.importer",
    "takedown": "standfast.takedown.store",
    "reports": "standfast.reports",
}


def available_features() -> dict[str, bool]:
    """Which capabilities are installed, without importing them (numpy, Pillow... load on first use)."""
    found: dict[str, bool] = {}
    for name, module in FEATURES.items():
        try:
            found[name] = importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:
            found[name] = False
    return found


def create_app(config: WebConfig) -> FastAPI:
    holder = VaultHolder(config.vault_path, lock_after_seconds=config.lock_after_seconds, actor=config.actor)
    sessions = Sessions(config.token, on_token_used=config.on_token_used)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # type: ignore[no-untyped-def]
        from standfast.vault.fsutil import sweep_partials

        sweep_partials()  # exports a killed run left half-written: removed at every start
        yield
        holder.shutdown()

    app = FastAPI(lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None, telemetry=NO_TELEMETRY)
    app.state.config = config
    app.state.holder = holder
    app.state.sessions = sessions
    app.state.features = available_features()
    app.state.pairings = None
    if config.phone_base_url is not None:
        from standfast.web.pairing import PairingBook

        app.state.pairings = PairingBook(base_url=config.phone_base_url, lifetime=config.phone_pairing_seconds)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    from standfast.web.routes import ROUTERS

    for router in ROUTERS:
        app.include_router(router)

    @app.exception_handler(Locked)
    async def _locked(request: Request, exc: Locked) -> Response:
        from standfast.web.deps import see_other

        return see_other("/", done="locked")

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        _ = gettext_for(request_language(request))
        return page(request, "error.html", status=404, title=_("Not found"),
                    message=_("There is nothing here. It may have been moved or the address is mistyped."),
                    back=request.headers.get("x-back", ""))

    @app.exception_handler(Refused)
    async def _refused(request: Request, exc: Refused) -> Response:
        _ = gettext_for(request_language(request))
        # The safeguarding policy said no; the reason is shown as it is (plain words).
        return page(request, "error.html", status=403, title=_("Not shown, to protect the person"),
                    message=_(str(exc)), back=request.headers.get("x-back", ""))

    @app.exception_handler(StandfastError)
    async def _calm_error(request: Request, exc: StandfastError) -> Response:
        _ = gettext_for(request_language(request))
        # Messages from the core are English sentences; the catalog translates the common ones.
        return page(request, "error.html", status=400, title=_("Something needs a change"),
                    message=_(str(exc)), back=request.headers.get("x-back", ""))

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        _ = gettext_for(request_language(request))
        texts = {403: _("This form has expired. Go back, reload the page and try again."),
                 404: _("There is nothing here. It may have been moved or the address is mistyped."),
                 413: _("This is too large to send in one go. Shorten it, or add it as a file.")}
        message = texts.get(exc.status_code, _("That did not work. Please try again."))
        return page(request, "error.html", status=exc.status_code, title=_("Something needs a change"),
                    message=message)

    app.add_middleware(SecurityMiddleware, sessions=sessions, hosts={config.host, *config.allowed_hosts},
                       on_activity=holder.touch)
    return app
