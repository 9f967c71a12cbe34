"""Reminders as an iCalendar (.ics) file, written with the ``icalendar`` library.

One event per tracked request that has a sourced clock and still waits for an answer, at the moment
its clock runs out, with an alarm one hour before. Titles name the service, never the person, the
reference or the images: a calendar is often synced to other devices.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from icalendar import Alarm, Calendar, Event

PRODID = "-//Standfast//tracker//EN"


def build_calendar(entries: Iterable[Any], *, now: datetime | None = None) -> bytes:
    now = now or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Standfast reminders")
    for e in entries:
        if e.due_at is None or not e.standing.open:
            continue
        event = Event()
        event.add("uid", f"standfast-{e.id}@standfast.invalid")
        event.add("dtstamp", now)
        event.add("dtstart", e.due_at)
        event.add("dtend", e.due_at + timedelta(minutes=30))
        event.add("summary", f"Check the answer from {e.channel_name}")
        event.add("description", (
            f"The {e.clock['hours']}-hour clock ({e.clock['law']}) for your request to {e.channel_name} runs "
            "out now. Open Standfast to record their answer or to see the next step."))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Standfast: {e.channel_name} — the deadline is in one hour")
        alarm.add("trigger", timedelta(hours=-1))
        event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())
