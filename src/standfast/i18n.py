"""Message catalogs: gettext ``.po`` files read with Babel, one domain per concern.

Catalogs live in ``standfast/locale/<lang>/LC_MESSAGES/<domain>.po`` (domains: ``guide``,
``web``, ``reports`` ...). They are read directly, so no compile step is needed; a missing
translation falls back to the English source text.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).with_name("locale")
SUPPORTED_LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"


@functools.cache
def _catalog(lang: str, domain: str) -> dict[str, str]:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.po"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    out: dict[str, str] = {}
    for message in catalog:
        if message.id and message.string and not message.fuzzy and isinstance(message.id, str):
            out[message.id] = str(message.string)
    return out


def normalize_language(lang: str | None) -> str:
    """Map 'es-MX', 'es_ES', 'ES' to a supported language code, else the default."""
    if not lang:
        return DEFAULT_LANGUAGE
    code = lang.replace("_", "-").split("-")[0].strip().lower()
    return code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def gettext(message: str, *, lang: str | None, domain: str) -> str:
    return _catalog(normalize_language(lang), domain).get(message, message)


def translator(lang: str | None, domain: str) -> Callable[[str], str]:
    """A ``_`` function for one language and domain."""
    table = _catalog(normalize_language(lang), domain)
    return lambda message: table.get(message, message)


def catalog_ids(lang: str, domain: str) -> set[str]:
    """Message ids that have a translation (for completeness tests)."""
    return set(_catalog(lang, domain))
