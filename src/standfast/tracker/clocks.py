"""States of a tracked report and the clocks that run on it: which clock applies, when it is due,
whether it is overdue, and what to do next when it runs out.

A clock applies only where a sourced fact says so (``data/clocks.yaml``); otherwise a report has a
state and a reference but no deadline, and the tracker says "no deadline is known", never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from standfast.errors import UsageError
from standfast.tracker.facts import Clock, facts

STATES = ("drafted", "sent", "acknowledged", "acted_on", "refused", "no_answer")
# Plain words for each state, for screens and the plan.
STATE_WORDS = {"drafted": "drafted, not sent yet", "sent": "sent", "acknowledged": "they confirmed they got it",
               "acted_on": "they acted on it", "refused": "they refused", "no_answer": "no answer yet"}
# While in these states the other side still owes an answer, so a clock keeps running.
OPEN_STATES = frozenset({"sent", "acknowledged", "no_answer"})
# Names people type for the states (the JSON and the database keep the codes above).
_STATE_ALIASES = {"acted": "acted_on", "acted-on": "acted_on", "done": "acted_on", "removed": "acted_on",
                  "no-answer": "no_answer", "none": "no_answer", "ack": "acknowledged", "draft": "drafted"}


def parse_state(value: str) -> str:
    text = value.strip().lower().replace(" ", "_")
    text = _STATE_ALIASES.get(text, text)
    if text not in STATES:
        raise UsageError(f"{value!r} is not a state the tracker knows. Use one of: {', '.join(STATES)}.")
    return text


def clock_for(channel_id: str, channel_kind: str | None, notice: str | None) -> Clock | None:
    """The sourced clock for a request sent to this channel (and as this notice), if there is one."""
    for clock in facts().clocks:
        if channel_id in clock.channels:
            return clock
        if notice and notice in clock.notices and (not clock.channel_kinds or channel_kind in clock.channel_kinds):
            return clock
    return None


def due_at(sent_at: datetime | None, clock: dict[str, Any] | None) -> datetime | None:
    if sent_at is None or not clock:
        return None
    return sent_at + timedelta(hours=int(clock["hours"]))


@dataclass(frozen=True)
class Standing:
    """Where one tracked report stands now: its deadline and whether it has passed."""

    due_at: datetime | None
    overdue: bool
    open: bool  # the other side still owes an answer

    @property
    def label(self) -> str:
        if self.due_at is None:
            return "no deadline known" if self.open else ""
        return "overdue" if self.overdue else "due"


def standing(state: str, sent_at: datetime | None, clock: dict[str, Any] | None, now: datetime) -> Standing:
    due = due_at(sent_at, clock)
    is_open = state in OPEN_STATES
    return Standing(due, bool(is_open and due is not None and now >= due), is_open)
