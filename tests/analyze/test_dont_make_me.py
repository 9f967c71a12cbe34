""""Don't make me send these to your mum" is a threat whose negation belongs to it; "don't make me laugh" and "don't
make me send you the bill again" show nothing to anyone. The wordings are this file's own (rules alone)."""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules


@pytest.mark.parametrize("text", [
    "who is this? / someone who has ur pics / add me on insta and send more. dont make me send these to ur mum",
    "you know what i found 😏 dont make me send it to your mum",
    "Sé lo que hiciste anoche. Tienes hasta mañana. No me hagas mandarlo al grupo de tu colegio.",
])
def test_dont_make_me_send_them_to_your_people_is_a_threat(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    "haha don't make me laugh, I'm in a meeting 😂",
    "please pay the rent share by friday, don't make me send you the reminder again lol",
])
def test_dont_make_me_with_nothing_shown_is_no_threat(text: str) -> None:
    assert _rules(text) == "not_extortion"
