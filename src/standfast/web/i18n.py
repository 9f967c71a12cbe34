"""Language of a request: the `lang` cookie (set by the switch), else the browser's Accept-Language."""

from __future__ import annotations

from collections.abc import Callable

from starlette.requests import Request

from standfast.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, normalize_language, translator

DOMAIN = "web"
LANG_COOKIE = "lang"
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


def from_accept_language(header: str | None) -> str:
    """The supported language the browser prefers most (q-values honoured), else English."""
    best, best_q = DEFAULT_LANGUAGE, -1.0
    for index, part in enumerate((header or "").split(",")):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        code = tag.strip().replace("_", "-").split("-")[0].lower()
        # Earlier entries win ties, as browsers list them in order of preference.
        score = q - index * 1e-6
        if code in SUPPORTED_LANGUAGES and score > best_q:
            best, best_q = code, score
    return best


def request_language(request: Request) -> str:
    chosen = request.cookies.get(LANG_COOKIE)
    if chosen in SUPPORTED_LANGUAGES:
        return chosen
    return from_accept_language(request.headers.get("accept-language"))


def gettext_for(lang: str) -> Callable[[str], str]:
    return translator(normalize_language(lang), DOMAIN)
