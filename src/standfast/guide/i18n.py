"""Translation helpers for the guide: the ``guide`` message domain, read from .po files.

``N_`` marks a message at module level (it returns its argument unchanged) so the catalog
extraction finds it; the text is translated later, when a language is known.
"""

from __future__ import annotations

from collections.abc import Callable

from standfast.i18n import normalize_language, translator

DOMAIN = "guide"


def N_(message: str) -> str:
    return message


def get_translator(lang: str | None) -> Callable[[str], str]:
    return translator(normalize_language(lang), DOMAIN)
