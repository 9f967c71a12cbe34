"""The tracker with real parts: a real vault, sealed rows read back from the files, clocks from the data."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from standfast.errors import NotFound, Refused, UsageError
from standfast.services import cases as case_service
from standfast.services import tracker
from standfast.tracker.clocks import STATES, parse_state
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE

NOW = datetime.now(UTC)


def _case(vault: Vault, *, age: str = "adult", country: str = "US") -> str:
    return case_service.create_case(vault, title="Tracker case", country=country, age=age).id


def _hits(folder: Path, needles: list[str]) -> list[tuple[str, str]]:
    found = []
    for f in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = f.read_bytes()
        found += [(f.name, n) for n in needles if n.encode() in data]
    return found


def test_a_tida_request_gets_its_48_hour_clock_and_goes_overdue(vault: Vault) -> None:
    case = _case(vault)
    sent = NOW - timedelta(hours=50)
    e = tracker.add_report(vault, case, "plat-x", reference="X-REF-1", sent_at=sent)
    assert e.clock is not None and e.clock["hours"] == 48 and e.clock["source"] and e.clock["checked"]
    assert e.due_at == sent + timedelta(hours=48)
    assert e.standing.overdue
    fresh = tracker.add_report(vault, case, "plat-x", reference="X-REF-2", sent_at=NOW - timedelta(hours=1))
    assert not fresh.standing.overdue and fresh.due_at is not None
    due = tracker.due_reports(vault)
    assert [d.id for d in due] == [e.id, fresh.id]  # overdue first


def test_a_tida_notice_to_any_platform_starts_the_clock_but_a_plain_report_does_not(vault: Vault) -> None:
    case = _case(vault)
    plain = tracker.add_report(vault, case, "plat-instagram", reference="IG-1")
    assert plain.clock is None and plain.due_at is None and plain.standing.label == "no deadline known"
    notice = tracker.add_report(vault, case, "plat-instagram", notice="us-take-it-down-act")
    assert notice.kind == "notice" and notice.clock is not None and notice.clock["id"] == "us-take-it-down-act-48h"
    police = tracker.add_report(vault, case, "us-ic3", notice="us-take-it-down-act")
    assert police.clock is None  # the Act's clock binds platforms, not the police


def test_expired_clock_produces_the_ftc_escalation_quoting_request_date_and_reference(vault: Vault) -> None:
    case = _case(vault)
    e = tracker.add_report(vault, case, "plat-x", reference="X-77-QUOTE", sent_at=NOW - timedelta(hours=49))
    esc = tracker.escalation(vault, case, e.id)
    assert esc is not None and esc.send_to.id == "us-ftc-reportfraud"
    assert "X-77-QUOTE" in esc.notice.text
    assert (NOW - timedelta(hours=49)).strftime("%Y-%m-%d") in esc.notice.text
    assert "TAKE IT DOWN Act" in esc.notice.text and esc.notice.sources
    done = tracker.update_report(vault, case, e.id, state="acted_on")
    assert not done.standing.overdue and tracker.escalation(vault, case, e.id) is None
    young = tracker.add_report(vault, case, "plat-x", sent_at=NOW - timedelta(hours=2))
    assert tracker.escalation(vault, case, young.id) is None
    refused = tracker.update_report(vault, case, young.id, state="refused")
    assert refused.state == "refused" and tracker.escalation(vault, case, young.id) is not None


def test_answer_file_becomes_evidence_and_is_linked(vault: Vault, tmp_path: Path) -> None:
    case = _case(vault)
    e = tracker.add_report(vault, case, "us-ic3", reference="I3-1")
    answer = tmp_path / "answer.eml"
    answer.write_bytes(b"From: ic3@example.invalid\r\nSubject: received\r\n\r\nThank you.\r\n")
    updated = tracker.update_report(vault, case, e.id, state="acknowledged", answer=answer)
    assert updated.state == "acknowledged" and len(updated.answers) == 1
    item = vault.get_item(updated.answers[0]["item_id"])
    assert item.case_id == case and item.source == "tracker:answer" and item.original_name == "answer.eml"
    assert [h["state"] for h in updated.history] == ["sent", "acknowledged"]


def test_bad_input_is_refused_and_loses_nothing(vault: Vault, tmp_path: Path) -> None:
    case = _case(vault)
    with pytest.raises(UsageError):
        tracker.add_report(vault, case, "no-such-channel")
    with pytest.raises(UsageError):
        tracker.add_report(vault, case, "us-ic3", state="lost")
    with pytest.raises(UsageError):
        tracker.add_report(vault, case, "us-ic3", sent_at=NOW + timedelta(days=2))
    e = tracker.add_report(vault, case, "us-ic3", reference="KEEP")
    with pytest.raises(NotFound):
        tracker.update_report(vault, case, "ffffffff", state="sent")
    with pytest.raises(UsageError):
        tracker.update_report(vault, case, e.id, answer=tmp_path / "missing.pdf")
    assert [x.reference for x in tracker.list_reports(vault, case)] == ["KEEP"]


def test_references_pins_and_payments_are_sealed_in_the_files(vault: Vault) -> None:
    case = _case(vault)
    tracker.add_report(vault, case, "us-ic3", reference="REFPLANTED-Lynx")
    h = tracker.record_handoff(vault, case, "int-stopncii", case_number="CASEPLANTED-Okapi", pin="PINPLANTED-4417")
    tracker.record_payment(vault, case, amount="1200", currency="USD", method="gift_card",
                           to="ACCOUNTPLANTED-Tapir", txid="TXPLANTED-Gnu")
    assert tracker.reveal_pin(vault, case, h.id) == "PINPLANTED-4417"
    vault.close()
    needles = ["REFPLANTED-Lynx", "CASEPLANTED-Okapi", "PINPLANTED-4417", "ACCOUNTPLANTED-Tapir", "TXPLANTED-Gnu",
               "int-stopncii", "gift_card"]
    assert _hits(vault.root, needles) == []
    with Vault.open(vault.root, PASSPHRASE) as again:
        with again.read() as s:
            from sqlalchemy import select

            from standfast.vault.models import CustodyEntry

            details = [str(e.details) for e in s.scalars(select(CustodyEntry))]
        assert not any(n in d for d in details for n in needles[:5])  # custody never holds them either
        assert again.verify().ok


def test_a_row_edited_outside_standfast_is_found_by_verify(vault: Vault) -> None:
    case = _case(vault)
    e = tracker.add_report(vault, case, "us-ic3", reference="R")
    vault.close()
    con = sqlite3.connect(vault.root / "standfast.db")
    con.execute("UPDATE tracker_entry SET state='acted_on' WHERE id=?", (e.id,))
    con.commit()
    con.close()
    with Vault.open(vault.root, PASSPHRASE) as again:
        report = again.verify()
        assert not report.ok and any("tracker_entry" in str(p) for p in report.problems)


def test_handoffs_follow_the_age_policy(vault: Vault) -> None:
    minor = _case(vault, age="minor")
    with pytest.raises(Refused):
        tracker.record_handoff(vault, minor, "int-stopncii", case_number="1")
    ok = tracker.record_handoff(vault, minor, "int-take-it-down", case_number="TID-1", pin="1")
    assert ok.kind == "handoff" and ok.has_pin
    adult = _case(vault, age="adult")
    with pytest.raises(Refused):
        tracker.record_handoff(vault, adult, "int-take-it-down", case_number="1")


def test_the_plan_report_step_ticks_itself_once_something_is_sent(vault: Vault) -> None:
    from standfast.guide.store import done_steps

    case = _case(vault)
    tracker.add_report(vault, case, "us-ic3", state="drafted")
    assert "report" not in done_steps(vault, case)
    tracker.add_report(vault, case, "us-ic3", reference="R")
    assert "report" in done_steps(vault, case)


def test_calendar_opens_in_the_icalendar_parser(vault: Vault, tmp_path: Path) -> None:
    from icalendar import Calendar

    case = _case(vault)
    e = tracker.add_report(vault, case, "plat-x", reference="CALREF-Quail", sent_at=NOW - timedelta(hours=3))
    tracker.add_report(vault, case, "us-ic3", reference="no clock")
    to = tmp_path / "reminders.ics"
    assert tracker.export_calendar(vault, to) == 1
    cal = Calendar.from_ical(to.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    start = events[0].decoded("dtstart")
    assert start == e.due_at.replace(microsecond=start.microsecond)
    assert list(events[0].walk("VALARM"))
    assert b"CALREF-Quail" not in to.read_bytes()  # no reference in a file that syncs to other devices
    with pytest.raises(UsageError):
        tracker.export_calendar(vault, to)


def test_states_parse(vault: Vault) -> None:
    assert [parse_state(s) for s in STATES] == list(STATES)
    assert parse_state("acted") == "acted_on" and parse_state("No answer") == "no_answer"
    with pytest.raises(UsageError):
        parse_state("maybe")


def test_a_closed_case_takes_no_new_records_and_sends_no_reminders(vault: Vault) -> None:
    from standfast.errors import CaseClosed

    case = _case(vault)
    e = tracker.add_report(vault, case, "plat-x", reference="R", sent_at=NOW - timedelta(hours=1))
    assert [d.id for d in tracker.due_reports(vault)] == [e.id]
    case_service.set_status(vault, case, "closed")
    with pytest.raises(CaseClosed):
        tracker.add_report(vault, case, "us-ic3")
    with pytest.raises(CaseClosed):
        tracker.update_report(vault, case, e.id, state="acted_on")
    assert tracker.due_reports(vault) == []
    assert [x.id for x in tracker.list_reports(vault, case)] == [e.id]  # still readable
