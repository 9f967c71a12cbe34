"""The tracker's command-line contract, run as real subprocesses against a real vault."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

CONTRACT = {"channel", "sent_at", "reference", "state", "due_at"}


def _case(cli: Any) -> str:
    assert cli("init").exit_code == 0
    r = cli("case", "new", "--title", "CLI case", "--country", "US", "--age", "adult")
    assert r.exit_code == 0, r.stderr
    return str(json.loads(cli("case", "list", "--json").stdout)[0]["id"])


def test_track_contract(cli: Any, tmp_path: Path) -> None:
    case = _case(cli)
    sent = (datetime.now(UTC) - timedelta(hours=60)).strftime("%Y-%m-%dT%H:%M:%SZ")
    r = cli("track", "add", case, "plat-x", "--reference", "X-9", "--sent-at", sent)
    assert r.exit_code == 0, r.stderr
    r = cli("track", "add", case, "us-ic3", "--reference", "IC3-1")
    assert r.exit_code == 0, r.stderr
    rows = [json.loads(line) for line in cli("track", case, "--json").stdout.splitlines()]
    assert [set(row) >= CONTRACT for row in rows] == [True, True]
    x = next(row for row in rows if row["channel"] == "plat-x")
    assert x["reference"] == "X-9" and x["state"] == "sent" and x["overdue"] and x["escalation"] == "us-ftc-complaint"
    assert datetime.fromisoformat(x["due_at"]) - datetime.fromisoformat(x["sent_at"]) == timedelta(hours=48)
    human = cli("track", case)
    assert "OVERDUE" in human.stdout and "Federal Trade Commission" in human.stdout and "X-9" in human.stdout
    assert "emergency number" in human.stdout

    answer = tmp_path / "reply.txt"
    answer.write_text("We removed it.", encoding="utf-8")
    r = cli("track", "update", case, x["id"][:6], "--state", "acted_on", "--answer", str(answer), "--json")
    assert r.exit_code == 0, r.stderr
    updated = json.loads(r.stdout)
    assert updated["state"] == "acted_on" and len(updated["answers"]) == 1 and not updated["overdue"]

    r = cli("track", "update", case, x["id"], "--state", "vanished")
    assert r.exit_code != 0 and "not a state" in r.stderr


def test_track_due_writes_an_ics(cli: Any, tmp_path: Path) -> None:
    from icalendar import Calendar

    case = _case(cli)
    assert cli("track", "add", case, "plat-x", "--reference", "R").exit_code == 0
    ics = tmp_path / "due.ics"
    r = cli("track", "due", "--ics", str(ics))
    assert r.exit_code == 0, r.stderr and "1 reminder" in r.stdout
    assert len(list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))) == 1
    rows = [json.loads(line) for line in cli("track", "due", "--json").stdout.splitlines()]
    assert len(rows) == 1 and set(rows[0]) >= CONTRACT


def test_paid_notice_handoff_legal(cli: Any, tmp_path: Path) -> None:
    case = _case(cli)
    r = cli("paid", case, "--amount", "0.015", "--currency", "BTC", "--method", "crypto", "--to",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "--txid", "abc", "--at", "2026-11-01 10:00", "--json")
    assert r.exit_code == 0, r.stderr
    payment = json.loads(r.stdout)
    assert payment["checks"][0]["ok"] and payment["amount"] == "0.015"
    r = cli("paid", case, "--amount", "10")
    assert r.exit_code != 0 and "--currency" in r.stderr

    kinds = [json.loads(line)["kind"] for line in cli("notice", "--list", "--json").stdout.splitlines()]
    assert {"us-take-it-down-act", "us-ftc-complaint", "gb-online-safety-act", "eu-dsa-art16",
            "payment-provider"} <= set(kinds)
    out = tmp_path / "notice.txt"
    r = cli("notice", case, "us-take-it-down-act", "--platform", "ExampleSite", "--url", "https://e.invalid/1",
            "--name", "Sam", "--signature", "Sam", "--contact", "sam@e.invalid", "--save", str(out))
    assert r.exit_code == 0, r.stderr and out.is_file()
    assert "Public Law 119-12" in out.read_text(encoding="utf-8")
    r = cli("notice", case, "us-take-it-down-act")
    assert r.exit_code == 0 and "Still needed" in r.stderr
    r = cli("notice", case, "payment-provider", "--payment", payment["id"])
    assert r.exit_code == 0 and "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq" in r.stdout

    r = cli("handoff", case, "stopncii", "--case-number", "SN-1", "--pin", "0000")
    assert r.exit_code == 0, r.stderr
    rows = [json.loads(line) for line in cli("track", case, "--json").stdout.splitlines()]
    assert [(row["channel"], row["reference"], row["pin_stored"]) for row in rows] == [("int-stopncii", "SN-1", True)]
    assert "0000" not in cli("track", case, "--json").stdout
    r = cli("track", "pin", case, rows[0]["id"])
    assert r.exit_code == 0 and r.stdout.strip() == "0000"

    legal = [json.loads(line) for line in cli("legal", case, "--json").stdout.splitlines()]
    assert "us-6851-civil-action" in {x["id"] for x in legal}
    six = next(x for x in legal if x["id"] == "us-take-it-down-act")
    assert "reports" in six["have"]
