"""Plain words for what the analysis finds: indicator types and deadlines as a frightened person reads them.

The analysis keeps machine values (``crypto_address``, ``PT48H``) for exports; pages show these words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any


def N_(text: str) -> str:
    """Marks a message for the catalog; translated where it is shown."""
    return text


INDICATOR_WORDS: dict[str, str] = {
    "amount": N_("Amount of money"),
    "crypto_address": N_("Bitcoin or other crypto address"),
    "deadline": N_("Deadline"),
    "domain": N_("Website name"),
    "email": N_("Email address"),
    "iban": N_("Bank account (IBAN)"),
    "password": N_("Password"),
    "payment_handle": N_("Payment account"),
    "payment_method": N_("Way of paying"),
    "phone": N_("Phone number"),
    "social_handle": N_("Social media account"),
    "url": N_("Web address"),
}
_DURATION = re.compile(r"^PT(\d+)([HM])$")


def indicator_word(kind: str, _: Callable[[str], str]) -> str:
    """'Bitcoin or other crypto address' for crypto_address; unknown types lose their underscores."""
    word = INDICATOR_WORDS.get(kind)
    return _(word) if word else kind.replace("_", " ").capitalize()


def deadline_words(value: str | None, _: Callable[[str], str]) -> str:
    """'within 48 hours' for PT48H; 'by 2026-12-05 14:00 UTC' for a due time; else the text as found."""
    text = value or ""
    m = _DURATION.match(text)
    if m:
        n = int(m.group(1))
        if m.group(2) == "H":
            return _("within %(n)s hours") % {"n": n} if n != 1 else _("within 1 hour")
        return _("within %(n)s minutes") % {"n": n}
    try:
        due = datetime.fromisoformat(text)
    except ValueError:
        return text
    return _("by %(when)s") % {"when": due.strftime("%Y-%m-%d %H:%M") + (" UTC" if due.utcoffset() is not None
                                                                          and not due.utcoffset() else "")}


def indicator_value(ind: Mapping[str, Any] | Any, _: Callable[[str], str]) -> str:
    get = ind.get if isinstance(ind, Mapping) else (lambda k, d=None: getattr(ind, k, d))
    kind = get("type", "")
    shown = get("normalized", None) or get("value", "")
    if kind == "deadline":
        return deadline_words(str(shown), _)
    return str(shown)
