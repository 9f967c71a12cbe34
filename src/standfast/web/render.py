"""Rendering pages: one Jinja environment, the context every page shares, and the crisis banner."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from standfast.web.i18n import LANGUAGE_NAMES, gettext_for, request_language
from standfast.web.sessions import CSRF_FIELD
from standfast.web.words import indicator_value, indicator_word

TEMPLATES = Path(__file__).with_name("templates")
DISCREET_COOKIE = "discreet"
COUNTRY_COOKIE = "country"

env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                  trim_blocks=True, lstrip_blocks=True, auto_reload=False)


def human_size(n: int | None) -> str:
    if n is None:
        return ""
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def when(value: Any) -> str:
    if value is None:
        return ""
    try:
        return str(value.strftime("%Y-%m-%d %H:%M UTC"))
    except AttributeError:
        return str(value)


env.filters["size"] = human_size
env.filters["when"] = when
env.filters["indicator_word"] = indicator_word
env.filters["indicator_value"] = indicator_value


@functools.lru_cache(maxsize=256)
def crisis_entries(country: str | None, age: str) -> tuple[dict[str, Any], ...]:
    """Crisis lines for the banner (the directory is package data, so this is cached)."""
    try:
        from standfast.guide.directory import crisis_lines
    except ImportError:
        return ()
    try:
        entries = crisis_lines(country, age=age) if country else []
    except Exception:  # an odd cookie value must never break every page
        entries = []
    return tuple(e.to_dict() for e in entries[:2])


def discreet(request: Request) -> bool:
    return request.cookies.get(DISCREET_COOKIE) == "1"


def page(request: Request, template: str, *, status: int = 200, case: Any = None, **ctx: Any) -> HTMLResponse:
    lang = request_language(request)
    session = request.scope.get("state", {}).get("session")
    holder = request.app.state.holder
    country = getattr(case, "country", None) or request.cookies.get(COUNTRY_COOKIE) or None
    country = country.split("-")[0].upper()[:3] if country else None
    age = getattr(case, "age_group", None) or "unknown"
    context = {
        "_": gettext_for(lang),
        "lang": lang,
        "languages": LANGUAGE_NAMES,
        "csrf_field": CSRF_FIELD,
        "csrf": session.csrf if session else "",
        "discreet": discreet(request),
        "crisis": crisis_entries(country, age),
        "crisis_country": country,
        # A pending session (reused launch link) sees the app as locked until it types the passphrase.
        "unlocked": holder.unlocked and not getattr(session, "pending", False),
        "lock_after": round(float(holder.lock_after), 3),
        "vault_exists": holder.exists(),
        "path": request.url.path,
        "case": case,
        "done": request.query_params.get("done", ""),
        "features": request.app.state.features,
        "phone_mode": getattr(request.app.state, "pairings", None) is not None,
        **ctx,
    }
    return HTMLResponse(env.get_template(template).render(context), status_code=status)
