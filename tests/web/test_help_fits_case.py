"""Help lines follow the case: its country and age pick the lines, crisis lines first, each sourced."""

from __future__ import annotations

import re

from tests.web.conftest import Web


def _lines(html: str) -> str:
    return re.sub(r"\s+", "", html)


def test_a_us_minor_case_gets_us_lines_and_never_116_111(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="minor", country="US")
    # A Spanish-speaking cookie for another country must not override the case.
    unlocked.post("/settings/country", {"country": "DE", "back": "/help"})
    r = unlocked.get(f"/help?case={cid}")
    assert r.status_code == 200
    flat = _lines(r.text)
    assert "116111" not in flat and "116 111" not in r.text
    crisis = r.text.split('id="crisis"', 1)[1]
    assert crisis.index("988") < crisis.index("<h2", 1) if "<h2" in crisis else "988" in crisis
    plan = unlocked.get(f"/cases/{cid}/plan").text
    assert "116111" not in _lines(plan)
    assert f'/help?case={cid}' in plan  # the case's pages lead to the case's help


def test_a_german_minor_case_gets_the_minors_line_with_its_source_and_date(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="minor", country="DE")
    r = unlocked.get(f"/help?case={cid}")
    assert "116111" in _lines(r.text)
    assert re.search(r"20\d\d-\d\d-\d\d", r.text)  # every line shows when its source was checked


def test_help_for_a_case_needs_the_open_vault(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="minor", country="US")
    unlocked.post("/vault/lock")
    r = unlocked.get(f"/help?case={cid}")
    assert r.status_code == 200 and "Zebra" not in r.text and cid not in r.text.split("<main", 1)[1]
