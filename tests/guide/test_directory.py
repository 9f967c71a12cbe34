"""The help directory: every fact sourced and dated, numbers and links well formed, coverage, filters."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlparse

import phonenumbers
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from standfast.errors import UsageError
from standfast.guide.directory import (
    AUDIENCES,
    CONFIDENCES,
    KINDS,
    crisis_lines,
    entries_for,
    extract_numbers,
    get_entry,
    load_directory,
    normalize_region,
    raw_directory,
)

REQUIRED_COUNTRIES = ("US", "GB", "CA", "AU", "NZ", "IE", "IN", "PH", "NG", "DE", "FR", "NL", "ES", "IT", "BR",
                      "MX", "ZA", "SG")
STALE_AFTER = dt.timedelta(days=365)
ENTRIES = load_directory()


def test_every_entry_has_the_schema_fields():
    required = {"id", "name", "kind", "jurisdiction", "audience", "url", "phone", "sms", "hours", "what_for",
                "source", "checked", "confidence"}
    for raw in raw_directory()["entries"]:
        missing = required - set(raw)
        assert not missing, f"{raw.get('id')}: missing {missing}"


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_entry_is_sourced_dated_and_well_formed(entry):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.id)
    assert entry.name.strip() and entry.what_for.strip()
    assert entry.kind in KINDS and entry.audience in AUDIENCES and entry.confidence in CONFIDENCES
    assert entry.source, "every entry needs at least one source"
    assert all(isinstance(s, str) and s.strip() for s in entry.source)
    assert isinstance(entry.checked, dt.date), "checked must be a date"
    assert entry.checked <= dt.date.today(), "checked date in the future"
    for code in entry.jurisdiction:
        assert re.fullmatch(r"INT|[A-Z]{2}(-[A-Z0-9]{1,3})?", code), code
    assert entry.url or entry.phone or entry.sms or entry.kind == "platform_report", "no way to reach it"


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.url], ids=lambda e: e.id)
def test_url_is_well_formed(entry):
    parsed = urlparse(entry.url)
    assert parsed.scheme in ("https", "http"), entry.url
    assert "." in parsed.netloc and " " not in entry.url and not parsed.netloc.endswith(".")


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.phone or e.sms], ids=lambda e: e.id)
def test_phone_numbers_are_well_formed(entry):
    if entry.phone:
        assert entry.numbers, f"no dialable number found in {entry.phone!r}"
    region = next((c.split("-")[0] for c in entry.jurisdiction if c != "INT"), "US")
    for number in entry.numbers + extract_numbers(entry.sms):
        digits = number.lstrip("+")
        assert digits.isdigit()
        if not number.startswith("+") and len(digits) <= 6:
            continue  # short codes: 988, 116 123, 13 11 14, *...
        parsed = phonenumbers.parse(number, region)
        assert phonenumbers.is_possible_number(parsed), f"{entry.id}: {number} is not a possible number"
        # The number must be written in the sourced text: nothing derived beyond the digits.
        assert digits[-7:] in re.sub(r"\D", "", (entry.phone or "") + (entry.sms or ""))


def test_check_dates_are_less_than_a_year_old():
    """Flags entries to re-check: a stale phone number in a crisis is a real harm."""
    today = dt.date.today()
    stale = [f"{e.id} (checked {e.checked})" for e in ENTRIES if today - e.checked > STALE_AFTER]
    assert not stale, "re-check these entries and update `checked`: " + ", ".join(stale)


def test_entries_were_checked_on_or_after_the_research_date():
    # 2026-11-24: the research the directory was built from; facts re-checked since carry their own date.
    assert all(dt.date(2026, 11, 24) <= e.checked <= dt.date.today() for e in ENTRIES)


def test_ids_are_unique_and_copy_is_complete():
    ids = [e.id for e in ENTRIES]
    assert len(ids) == len(set(ids)) == 113


@pytest.mark.parametrize("country", REQUIRED_COUNTRIES)
def test_country_coverage(country):
    found = entries_for(country, age="unknown")
    local = [e for e in found if not e.international]
    assert local, country
    # Brazil has no national police portal in the sources (SaferNet describes the delegacias).
    reporting = {"law_enforcement", "child_protection", "image_removal"}
    assert any(e.kind in reporting for e in local), f"{country}: no reporting route"
    assert crisis_lines(country), f"{country}: no crisis line"


def test_international_and_platform_coverage():
    intl = {e.id for e in ENTRIES if e.international}
    assert {"int-stopncii", "int-take-it-down", "int-inhope"} <= intl
    for platform in ("instagram", "facebook", "snapchat", "tiktok", "discord", "x"):
        assert get_entry(f"plat-{platform}").kind == "platform_report"


def test_low_confidence_entries_are_marked_for_users():
    low = [e for e in ENTRIES if e.confidence == "low"]
    assert low and all(e.needs_check for e in low)
    assert get_entry("us-ccri-helpline").needs_check  # notes say: verify number live
    assert not get_entry("us-988").needs_check


def test_uk_nations():
    scotland = {e.id for e in entries_for("GB", "SCT", "adult")}
    assert "gb-sct-police-scotland" in scotland and "gb-police-101-999" not in scotland
    assert "gb-report-fraud" not in scotland  # Report Fraud does not cover Scotland
    england = {e.id for e in entries_for("GB", "England", "adult")}
    assert {"gb-police-101-999", "gb-report-fraud"} <= england and "gb-sct-police-scotland" not in england
    assert normalize_region("GB", "northern ireland") == "GB-NIR"
    assert normalize_region("GB", "gb-wls") == "GB-WLS"
    with pytest.raises(UsageError):
        normalize_region("GB", "Atlantis")


def test_age_filter_is_strict():
    minor = {e.id for e in entries_for("US", age="minor")}
    adult = {e.id for e in entries_for("US", age="adult")}
    assert "int-take-it-down" in minor and "int-stopncii" not in minor
    assert "int-stopncii" in adult and "int-take-it-down" not in adult
    assert "us-ncmec-cybertipline" not in adult
    helper = {e.id for e in entries_for("GB", age="helper")}
    assert "gb-nspcc-helpline" in helper and "int-stopncii" not in helper
    assert "gb-nspcc-helpline" not in {e.id for e in entries_for("GB", age="adult")}


def test_country_aliases_and_errors():
    assert entries_for("uk", age="adult") == entries_for("GB", age="adult")
    with pytest.raises(UsageError):
        entries_for("ZZ")
    with pytest.raises(UsageError):
        entries_for("US", kinds=["astrology"])
    # A country without entries still gets the international services.
    assert {e.id for e in entries_for("JP", age="minor")} >= {"int-take-it-down", "int-inhope"}


def test_platform_entries_only_when_asked():
    assert not [e for e in entries_for("US") if e.kind == "platform_report"]
    assert entries_for("US", kinds=["platform_report"])


def test_extract_numbers_examples():
    assert extract_numbers("1-800-CALL-FBI (1-800-225-5324)") == ["18002255324"]
    assert extract_numbers("0508 NETSAFE (0508 638 723)") == ["0508638723"]
    assert extract_numbers("17 (police emergency) / 112") == ["17", "112"]
    assert extract_numbers("113 (free since Oct 2025) or 0800-0113") == ["113", "08000113"]
    assert extract_numbers("1930 (national cyber crime helpline)") == ["1930"]
    assert extract_numbers("10111 (emergency, 24/7)") == ["10111"]
    assert extract_numbers(None) == []


@given(st.text(max_size=200))
def test_extract_numbers_never_fails(text):
    for number in extract_numbers(text):
        assert number.lstrip("+").isdigit() and len(number.lstrip("+")) >= 2


def test_package_data_matches_yaml_on_disk():
    from importlib import resources

    text = resources.files("standfast.guide").joinpath("data/directory.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["entries"][0]["id"] == ENTRIES[0].id
