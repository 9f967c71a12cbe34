"""Pages say what was found in plain words: no PT48H, no crypto_address."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from standfast.web.words import INDICATOR_WORDS, deadline_words, indicator_word
from tests.web.conftest import Web
from tests.web.test_security import SCAM


def _same(text: str) -> str:
    return text


def test_check_page_shows_deadline_and_types_in_words(unlocked: Web) -> None:
    r = unlocked.post("/check", {"text": SCAM})
    assert r.status_code == 200
    assert "within 48 hours" in r.text and "Bitcoin or other crypto address" in r.text
    assert "PT48H" not in r.text and "crypto_address" not in r.text


def test_spanish_words(unlocked: Web) -> None:
    r = unlocked.post("/check", {"text": SCAM}, headers={"accept-language": "es"})
    assert "en un plazo de 48 horas" in r.text and "PT48H" not in r.text


def test_every_known_type_has_words_without_underscores() -> None:
    for kind in INDICATOR_WORDS:
        assert "_" not in indicator_word(kind, _same)
    assert indicator_word("gift_card", _same) == "Gift card"


@given(st.integers(min_value=1, max_value=10_000), st.sampled_from(["H", "M"]))
def test_durations_read_as_words(n: int, unit: str) -> None:
    words = deadline_words(f"PT{n}{unit}", _same)
    assert words.startswith("within ") and "PT" not in words and str(n) in words


@given(st.text(max_size=40))
def test_any_other_value_is_shown_as_found_or_as_a_date(text: str) -> None:
    out = deadline_words(text, _same)
    assert isinstance(out, str)


def test_takedown_page_says_who_makes_which_fingerprints(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    r = unlocked.get(f"/cases/{cid}/takedown")
    assert r.status_code == 200
    assert "on your own device, on their own website" in r.text
    assert "for platforms and police who accept them" in r.text
    assert "Removal services need only" not in r.text
