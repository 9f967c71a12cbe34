"""The mojibake repair skips ftfy only where ftfy would change nothing."""

from __future__ import annotations

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.ingest.textfix import fix_mojibake


@settings(max_examples=500, deadline=None)
@given(text=st.text(max_size=60).filter(lambda t: not any("\u0080" <= c <= "\u00ff" for c in t)))
def test_text_without_latin1_characters_is_what_ftfy_makes_of_it(text: str) -> None:
    if not text.isascii():
        try:
            text.encode("latin-1")
            return  # the exact latin-1 repair path, not the shortcut
        except UnicodeEncodeError:
            pass
    assert fix_mojibake(text) == ftfy.fix_encoding(text)


def test_mixed_text_is_still_repaired() -> None:
    assert fix_mojibake("don\u00e2\u20ac\u2122t \U0001f60a") == "don\u2019t \U0001f60a"
    assert fix_mojibake("caf\u00c3\u00a9 \U0001f60a") == "caf\u00e9 \U0001f60a"
    assert fix_mojibake("hi \U0001f60a") == "hi \U0001f60a"
