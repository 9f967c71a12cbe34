"""The tracker's sourced facts: clocks, notice kinds with their laws, legal options per country.

They live in ``data/*.yaml`` (package data) beside the help directory and follow its rules: every
fact names its sources and the date it was checked; nothing here invents a deadline or a law.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from standfast.errors import UsageError


@dataclass(frozen=True)
class Clock:
    """How long a channel has to act on a request, as its law or its own page states."""

    id: str
    hours: int
    law: str
    what: str
    channels: tuple[str, ...]
    notices: tuple[str, ...]
    channel_kinds: tuple[str, ...]
    source: tuple[str, ...]
    checked: dt.date
    confidence: str
    escalation: str | None = None
    escalate_to: str | None = None
    recheck: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "hours": self.hours, "law": self.law, "what": self.what,
                "source": list(self.source), "checked": self.checked.isoformat(),
                "escalation": self.escalation, "escalate_to": self.escalate_to}


@dataclass(frozen=True)
class NoticeKind:
    kind: str
    title: str
    jurisdiction: tuple[str, ...]
    law: str
    requires: tuple[str, ...]
    what: str
    source: tuple[str, ...]
    checked: dt.date
    confidence: str
    clock: str | None = None
    recheck: bool = False


@dataclass(frozen=True)
class LegalOption:
    id: str
    jurisdiction: tuple[str, ...]
    title: str
    what: str
    evidence: tuple[str, ...]
    source: tuple[str, ...]
    checked: dt.date
    confidence: str
    recheck: bool = False


@dataclass(frozen=True)
class LawFact:
    id: str
    jurisdiction: tuple[str, ...]
    fact: str
    source: tuple[str, ...]
    checked: dt.date
    confidence: str
    recheck: bool = False


@dataclass(frozen=True)
class Facts:
    clocks: tuple[Clock, ...]
    notices: tuple[NoticeKind, ...]
    options: tuple[LegalOption, ...]
    law_facts: tuple[LawFact, ...] = field(default=())


def raw(name: str) -> dict[str, Any]:
    """One data file as loaded (for tests and tooling)."""
    text = resources.files("standfast.tracker").joinpath(f"data/{name}.yaml").read_text(encoding="utf-8")
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or ()))


@functools.cache
def facts() -> Facts:
    clocks = tuple(
        Clock(id=c["id"], hours=int(c["hours"]), law=c["law"], what=" ".join(c["what"].split()),
              channels=_tuple(c["applies_to"].get("channels")), notices=_tuple(c["applies_to"].get("notices")),
              channel_kinds=_tuple(c["applies_to"].get("channel_kinds")), source=_tuple(c["source"]),
              checked=_date(c["checked"]), confidence=c["confidence"], escalation=c.get("escalation"),
              escalate_to=c.get("escalate_to"), recheck=bool(c.get("recheck", False)))
        for c in raw("clocks")["clocks"])
    notices = tuple(
        NoticeKind(kind=n["kind"], title=n["title"], jurisdiction=_tuple(n["jurisdiction"]), law=n["law"],
                   requires=_tuple(n["requires"]), what=" ".join(n["what"].split()), source=_tuple(n["source"]),
                   checked=_date(n["checked"]), confidence=n["confidence"], clock=n.get("clock"),
                   recheck=bool(n.get("recheck", False)))
        for n in raw("notices")["notices"])
    legal = raw("legal")
    options = tuple(
        LegalOption(id=o["id"], jurisdiction=_tuple(o["jurisdiction"]), title=o["title"],
                    what=" ".join(o["what"].split()), evidence=_tuple(o["evidence"]), source=_tuple(o["source"]),
                    checked=_date(o["checked"]), confidence=o["confidence"], recheck=bool(o.get("recheck", False)))
        for o in legal["options"])
    law_facts = tuple(
        LawFact(id=f["id"], jurisdiction=_tuple(f["jurisdiction"]), fact=" ".join(f["fact"].split()),
                source=_tuple(f["source"]), checked=_date(f["checked"]), confidence=f["confidence"],
                recheck=bool(f.get("recheck", False)))
        for f in legal["facts"])
    return Facts(clocks, notices, options, law_facts)


def notice_kind(kind: str) -> NoticeKind:
    for n in facts().notices:
        if n.kind == kind:
            return n
    known = ", ".join(n.kind for n in facts().notices)
    raise UsageError(f"There is no notice called {kind!r}. Known notices: {known}.")


def clock_by_id(clock_id: str) -> Clock:
    for c in facts().clocks:
        if c.id == clock_id:
            return c
    raise KeyError(clock_id)


# EU member states (ISO 3166-1 alpha-2): the EU texts apply to a case in any of them.
EU = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "HU",
})


def _applies(jurisdiction: tuple[str, ...], country: str | None, region: str | None) -> bool:
    if not country:
        return False
    for code in jurisdiction:
        if code == "INT" or code == country or (code == "EU" and country in EU):
            return True
        if region and code == region:
            return True
    return False


def legal_options(country: str | None, region: str | None = None) -> list[LegalOption]:
    """The legal options for a place (a province-level option only with its region given)."""
    return [o for o in facts().options if _applies(o.jurisdiction, country, region)]


def law_facts(country: str | None, region: str | None = None) -> list[LawFact]:
    return [f for f in facts().law_facts if _applies(f.jurisdiction, country, region)]
