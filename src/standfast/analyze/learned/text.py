"""Turn whatever a person pasted into the text the embedding model reads.

The model sees the message as a person would read it: markup removed, invisible and control
characters dropped, and, when the sender hid words with look-alike letters or spacing, the
de-obfuscated text from :mod:`standfast.analyze.normalize`. Long texts are cut, because the opening
of a message carries the threat and the cost of embedding grows with length.
"""

from __future__ import annotations

import re
import unicodedata

from standfast.analyze.normalize import html_to_text, looks_like_html, normalize

# The embedding's cost grows faster than the length (CPU ms for one text on this machine under load:
# 200 chars 103, 600 chars 254, 2000 chars 1,387): 600 characters keep one message within the p95 target
# and hold the opening, where a threat or a bulk e-mail's claim stands.
MAX_CHARS = 600

# Control characters (other than line breaks and tabs) carry nothing and NUL would cut the C string.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACE = re.compile(r"\s+")


def prepare(text: str) -> str:
    """The model's view of ``text``: plain, de-obfuscated when needed, at most ``MAX_CHARS`` long."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    # Cut early so a huge paste costs no more than a long message; keep slack for markup.
    text = text[: MAX_CHARS * 8]
    text = _CONTROL.sub(" ", text)
    # Lone surrogates (from broken decoding) cannot be encoded as UTF-8 for the engine.
    text = text.encode("utf-8", "replace").decode("utf-8")
    if "<" in text and looks_like_html(text):
        text = html_to_text(text)
    normalized = normalize(text)
    # Hidden letters defeat a tokenizer as much as a word list; read the plain version instead.
    text = normalized.text if normalized.tricks else unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", text).strip()[:MAX_CHARS]
