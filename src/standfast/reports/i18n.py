"""Message catalogs for the reports' user-facing framing (domain ``reports``).

Field names of a channel's form stay in the language of that form (an English form asks in English);
the framing around them (headings, notes, "copy this into…") is translated.
"""

from __future__ import annotations

from collections.abc import Callable

from standfast.i18n import translator

DOMAIN = "reports"


def N_(message: str) -> str:
    """Mark a string for the catalog without translating it yet."""
    return message


def get_translator(lang: str | None) -> Callable[[str], str]:
    return translator(lang, DOMAIN)
