"""Every sourced fact keeps its source and check date; old facts fail unless marked for re-check;
every channel a plan can pick can be tracked, and the clocks are counted."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

from standfast.guide.directory import get_entry, load_directory, raw_directory
from standfast.tracker.clocks import clock_for
from standfast.tracker.facts import facts, legal_options, raw

STALE_AFTER = dt.timedelta(days=365)


def _all_facts() -> list[tuple[str, dict[str, Any]]]:
    """Every fact record with a source: directory entries and the tracker's clocks, notices, legal texts."""
    out = [(f"directory:{e['id']}", e) for e in raw_directory()["entries"]]
    out += [(f"clock:{c['id']}", c) for c in raw("clocks")["clocks"]]
    out += [(f"notice:{n['kind']}", n) for n in raw("notices")["notices"]]
    legal = raw("legal")
    out += [(f"legal:{o['id']}", o) for o in itertools.chain(legal["options"], legal["facts"])]
    return out


def stale(records: list[tuple[str, dict[str, Any]]], today: dt.date) -> list[str]:
    """Facts checked more than 12 months before ``today`` that carry no re-check mark."""
    found = []
    for name, record in records:
        checked = record["checked"]
        checked = checked if isinstance(checked, dt.date) else dt.date.fromisoformat(str(checked))
        if today - checked > STALE_AFTER and not record.get("recheck"):
            found.append(f"{name} (checked {checked})")
    return found


def test_every_fact_has_a_source_and_a_check_date() -> None:
    for name, record in _all_facts():
        assert record.get("source"), f"{name} has no source"
        assert record.get("checked"), f"{name} has no check date"
        checked = record["checked"]
        checked = checked if isinstance(checked, dt.date) else dt.date.fromisoformat(str(checked))
        assert dt.date(2026, 11, 24) <= checked <= dt.date.today(), name


def test_no_fact_is_older_than_12_months_without_a_recheck_mark() -> None:
    assert stale(_all_facts(), dt.date.today()) == [], "re-check these facts (update `checked`) or mark recheck: true"


def test_the_staleness_check_fails_on_an_old_fact_and_accepts_a_recheck_mark() -> None:
    old = [("x", {"checked": "2025-01-01", "source": ["s"]})]
    assert stale(old, dt.date(2026, 12, 3)) == ["x (checked 2025-01-01)"]
    marked = [("x", {"checked": "2025-01-01", "source": ["s"], "recheck": True})]
    assert stale(marked, dt.date(2026, 12, 3)) == []
    # All of today's facts become stale 13 months from now unless re-checked: the test has teeth.
    assert stale(_all_facts(), dt.date.today() + dt.timedelta(days=400))


def test_the_issue_facts_are_in_the_data_with_their_sources() -> None:
    fraud = get_entry("gb-report-fraud")
    assert "Mon–Fri 8am–8pm" in (fraud.hours or "") and any("metengage" in s for s in fraud.source)
    stop = get_entry("int-stopncii")
    assert "Niantic" in stop.what_for and "Google" in stop.what_for
    assert any("niantic" in s.lower() for s in stop.source) and any("google" in s.lower() for s in stop.source)
    assert "REPORT Act" in get_entry("us-ncmec-cybertipline").what_for
    ids = {f.id for f in facts().law_facts}
    assert {"eu-directive-2024-1385", "ca-online-harms-act-died", "au-social-media-minimum-age",
            "us-report-act-2024"} <= ids
    assert {o.id for o in legal_options("CA", "CA-BC")} == {"ca-bc-crt-intimate-images"}
    assert legal_options("CA", None) == []  # a province's tribunal is not offered without the province
    assert "us-6851-civil-action" in {o.id for o in legal_options("US")}
    assert "eu-dsa-notice" in {o.id for o in legal_options("DE")}


def test_clocks_point_at_real_channels_and_notices() -> None:
    kinds = {n.kind for n in facts().notices}
    for clock in facts().clocks:
        for channel in clock.channels:
            get_entry(channel)
        assert set(clock.notices) <= kinds
        if clock.escalate_to:
            get_entry(clock.escalate_to)
            assert clock.escalation in kinds


# What a plan can pick for step 4 (report): every reporting kind of the directory.
REPORTING = ("law_enforcement", "child_protection", "image_removal", "platform_report")


def test_every_channel_a_plan_can_pick_is_trackable_and_clocks_are_counted(vault: Any) -> None:
    from standfast.services import cases, tracker

    channels = [e for e in load_directory() if e.kind in REPORTING]
    case = cases.create_case(vault, title="coverage", country="US", age="adult").id
    clocked = []
    for e in channels:
        t = tracker.add_report(vault, case, e.id, reference=f"ref-{e.id}")
        assert t.reference == f"ref-{e.id}" and t.state == "sent"
        if t.clock is not None:
            clocked.append(e.id)
            assert t.due_at is not None and t.clock["source"]
    # Only sourced clocks: X's TAKE IT DOWN Act form and the Italian Garante (48 hours each).
    assert sorted(clocked) == ["it-garante-revenge-porn", "plat-x"]
    platforms = [e for e in channels if e.kind == "platform_report"]
    with_notice = [e for e in platforms if clock_for(e.id, e.kind, "us-take-it-down-act") is not None]
    assert len(with_notice) == len(platforms)  # any platform, once sent a TAKE IT DOWN Act request
    print(f"\nchannels a plan can pick: {len(channels)}; each with reference + state; "
          f"own sourced clock: {len(clocked)}; platforms with the 48-hour clock after a TIDA notice: "
          f"{len(with_notice)}")


@pytest.mark.parametrize("kind", [n.kind for n in facts().notices])
def test_every_notice_names_its_law_and_sources(kind: str) -> None:
    n = next(x for x in facts().notices if x.kind == kind)
    assert n.law and n.source and n.checked


def test_every_platform_step_points_to_a_sourced_dated_help_page() -> None:
    from standfast.guide.interview import Answers
    from standfast.guide.plan import build_plan
    from standfast.guide.platforms import PLATFORMS

    unsourced = []
    for key, platform in PLATFORMS.items():
        entry = get_entry(platform.report_entry) if platform.report_entry else None
        if entry is None or not entry.url:
            unsourced.append(key)
            continue
        assert entry.source and entry.checked, key
        how = build_plan(Answers(platforms=[key]), lang="en").step("capture_then_block").how
        assert any(entry.url in line and entry.checked.isoformat() in line for line in how), key
    # No directory entry or no sourced link for these: the plan says nothing it cannot source.
    print(f"\nplatforms with a sourced, dated help link: {len(PLATFORMS) - len(unsourced)} of {len(PLATFORMS)}; "
          f"without: {sorted(unsourced)}")
    assert set(unsourced) <= {"apple", "email", "other", "telegram", "xbox", "playstation", "microsoft"}
