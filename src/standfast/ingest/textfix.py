"""Text repairs shared by the parsers: Meta's latin-1 mojibake and invisible direction marks.

Meta's "Download your information" JSON writes each UTF-8 *byte* as its own ``\\u00XX`` escape,
so "tænkt" arrives as "tÃ¦nkt" and 👏 as four latin-1 characters. The classic repair – encode the
string back to latin-1 and decode the bytes as UTF-8 – is exact for such strings; we apply it only
when it round-trips, and otherwise fall back to ftfy (a well-kept library for mixed cases), so
text that was already correct is never damaged.
"""

from __future__ import annotations

import re

import ftfy

# WhatsApp puts U+200E (left-to-right mark) before attachments and system lines and U+202F
# (narrow no-break space) before AM/PM; iOS also uses NBSP. They are invisible in the app.
_INVISIBLE = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\u202f\u00a0\u2007\u2009"), " ")
# Every mojibake run holds bytes read as latin-1 characters (U+0080-U+00FF); ftfy also reads lone
# C1 controls (U+0080-U+009F) as Windows-1252. Text with none of these gives ftfy nothing to do.
_LATIN1_HIGH = re.compile("[\u0080-\u00ff]")
_MARKS = re.compile("[" + "".join(map(chr, (*_INVISIBLE, *_SPACES))) + "]")


def fix_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-latin-1. Text that is plain ASCII or already correct is returned as is."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeEncodeError:
        # Characters above U+00FF: the string is real Unicode (emoji, CJK...), maybe with a few
        # mojibake runs mixed in. ftfy only repairs runs it is confident about; with no character
        # that could start a run there is nothing for it to do (and most such messages are that).
        if _LATIN1_HIGH.search(text) is None:
            return text
        return _ftfy(text)
    except UnicodeDecodeError:
        # Latin-1 characters that are not a UTF-8 sequence: genuine accented text (e.g. "café").
        return text


def _ftfy(text: str) -> str:
    try:
        return ftfy.fix_encoding(text)
    except Exception:  # ftfy is a heuristic; never let it break an import
        return text


def clean_marks(text: str) -> str:
    """Remove direction marks and normalise the odd spaces WhatsApp uses, for matching only."""
    if text.isascii() or _MARKS.search(text) is None:  # every mark and odd space is outside ASCII
        return text  # (most non-ASCII text – accents, emoji – has none of them: no copies)
    return text.translate(_INVISIBLE).translate(_SPACES)
