"""Everything the reports say about a case, gathered once from the other concerns.

The PDF, the evidence package, the pre-filled report texts and the removal requests all render
from one :class:`CaseFacts`. Each source is optional: the analyzer, the importer's timeline, the
guide's plan and the takedown hashes may be missing (not built, or nothing done yet on the case),
and the reports then say so instead of failing. Nothing here logs message text.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from standfast.analyze.verdicts import SEVERITY
from standfast.analyze.verdicts import Verdict as Kind
from standfast.vault.db import utcnow

if TYPE_CHECKING:
    from standfast.guide.directory import Entry
    from standfast.guide.interview import Answers
    from standfast.vault.models import Case, Item
    from standfast.vault.vault import Vault

#: The PDF and the texts show at most this many timeline entries; the CSV in the package has all.
TIMELINE_LIMIT = 400
#: Fallback indicator extraction (when the analyzer's store is absent) reads at most this many messages.
FALLBACK_MESSAGES = 20000

# Indicator types that identify the other person (shown as "suspect identifiers"), in display order.
IDENTIFIER_TYPES = ("social_handle", "email", "phone", "crypto_address", "payment_handle", "iban", "url", "domain")
IDENTIFIER_LABELS = {
    "account": "Account", "social_handle": "Social media account", "email": "E-mail address",
    "phone": "Phone number", "crypto_address": "Cryptocurrency address", "payment_handle": "Payment account",
    "iban": "Bank account (IBAN)", "url": "Web address", "domain": "Web site",
}
PLATFORM_NAMES = {
    "instagram": "Instagram", "facebook": "Facebook", "messenger": "Messenger", "whatsapp": "WhatsApp",
    "snapchat": "Snapchat", "tiktok": "TikTok", "discord": "Discord", "x": "X (Twitter)", "telegram": "Telegram",
    "signal": "Signal", "imessage": "iMessage", "email": "E-mail", "reddit": "Reddit", "youtube": "YouTube",
}


@dataclass
class Sighting:
    """Where one identifier was seen: a message (time, sender, platform) or an evidence item."""

    where: str
    item_id: str | None = None
    message_id: str | None = None
    time: datetime | None = None
    sender: str | None = None


@dataclass
class Identifier:
    type: str
    value: str
    valid: bool | None
    note: str | None = None
    sightings: list[Sighting] = field(default_factory=list)

    @property
    def label(self) -> str:
        return IDENTIFIER_LABELS.get(self.type, self.type.replace("_", " ").capitalize())


@dataclass
class Verdict:
    source: str
    verdict: str
    confidence: float | None
    signals: list[str]
    campaign: str | None = None
    item_id: str | None = None
    # What the analyser said when the person corrected it (``verdict`` is then theirs).
    automatic: str | None = None


@dataclass
class CaseFacts:
    case: Case
    generated_at: datetime
    items: list[Item]
    answers: Answers | None
    timeline: list[Any]  # ingest TimelineEntry
    timeline_total: int
    suspects: list[str]
    identifiers: list[Identifier]
    indicators: list[dict[str, Any]]
    verdicts: list[Verdict]
    hashes: list[dict[str, Any]]
    channels: list[Entry]
    custody_entries: int
    custody_head: str
    sources_missing: list[str] = field(default_factory=list)

    @property
    def minor(self) -> bool:
        # One definition: the case's age field (the interview writes its answer there too).
        from standfast.safeguarding import CaseFacts as PolicyCase

        return PolicyCase.of(self.case).minor

    @property
    def reference(self) -> str:
        return f"SF-{self.case.id.upper()}"

    @property
    def active_items(self) -> list[Item]:
        return [i for i in self.items if i.status == "active"]

    def values(self, *types: str) -> list[str]:
        """Indicator values of the given types found anywhere in the case (deduplicated, in order)."""
        out: list[str] = []
        for row in self.indicators:
            if row["type"] in types and row["value"] not in out:
                out.append(row["value"])
        return out

    def suspect_values(self, *types: str) -> list[str]:
        return [i.value for i in self.identifiers if i.type in types]

    @property
    def platforms(self) -> list[str]:
        found = list(self.case.platforms or [])
        for p in (self.answers.platforms if self.answers else []):
            if p not in found:
                found.append(p)
        for e in self.timeline:
            if e.platform and e.platform not in found:
                found.append(e.platform)
        return found

    @property
    def first_time(self) -> datetime | None:
        times = [e.time for e in self.timeline if e.time is not None]
        return min(times) if times else None

    @property
    def last_time(self) -> datetime | None:
        times = [e.time for e in self.timeline if e.time is not None]
        return max(times) if times else None

    @property
    def main_verdict(self) -> Verdict | None:
        ranked = sorted(self.verdicts, key=lambda v: (-SEVERITY.get(v.verdict, -1), -(v.confidence or 0)))
        return ranked[0] if ranked else None

    def item(self, item_id: str | None) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)


def platform_name(key: str) -> str:
    return PLATFORM_NAMES.get(key, key.replace("_", " ").title() if key else "")


def fmt_time(when: datetime | None) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if when else "time unknown"


def gather(vault: Vault, case_id: str, *, lang: str = "en") -> CaseFacts:
    """Read everything the reports need about one case (read-only; nothing is logged here)."""
    case = vault.get_case(case_id)
    missing: list[str] = []
    items = vault.list_items(case.id, include_withdrawn=True)
    answers = _answers(vault, case.id, missing)
    timeline, total = _timeline(vault, case.id, missing)
    suspects = _suspects(vault, case.id)
    indicators = _indicators(vault, case.id, missing)
    _attach_message_context(vault, case.id, indicators)
    verdicts = _verdicts(vault, case.id, missing)
    hashes = _hashes(vault, case.id, missing)
    channels = _channels(vault, case.id, missing)
    entries, head = _custody(vault, case.id)
    facts = CaseFacts(case=case, generated_at=utcnow(), items=items, answers=answers, timeline=timeline,
                      timeline_total=total, suspects=suspects, identifiers=[], indicators=indicators,
                      verdicts=verdicts, hashes=hashes, channels=channels, custody_entries=entries,
                      custody_head=head, sources_missing=missing)
    for v in verdicts:
        item = facts.item(v.item_id)
        if item is not None:
            v.source = f"{item.original_name} (item {item.id})"
    facts.identifiers = build_identifiers(facts)
    return facts


# -- each source, tolerant of its absence -----------------------------------------------------------
def _answers(vault: Vault, case_id: str, missing: list[str]) -> Answers | None:
    try:
        from standfast.guide.store import load_answers
    except ImportError:
        missing.append("guide")
        return None
    return load_answers(vault, case_id)


def _timeline(vault: Vault, case_id: str, missing: list[str]) -> tuple[list[Any], int]:
    try:
        from standfast.ingest import timeline
    except ImportError:
        missing.append("ingest")
        return [], 0
    return timeline.query(vault, case_id, limit=TIMELINE_LIMIT), timeline.count(vault, case_id)


def iter_timeline(vault: Vault, case_id: str) -> Iterator[Any]:
    """Every timeline entry, streamed (for the CSV in the package)."""
    try:
        from standfast.ingest import timeline
    except ImportError:
        return iter(())
    return timeline.iter_entries(vault, case_id)


def _suspects(vault: Vault, case_id: str) -> list[str]:
    try:
        from standfast.ingest.timeline import suspects
    except ImportError:
        return []
    return suspects(vault, case_id)


def _indicators(vault: Vault, case_id: str, missing: list[str]) -> list[dict[str, Any]]:
    try:
        from standfast.analyze.store import case_indicators
    except ImportError:
        missing.append("analyze.store")
        return _fallback_indicators(vault, case_id)
    return [row for group in case_indicators(vault, case_id) for row in expand_indicator(group)]


def expand_indicator(group: dict[str, Any]) -> list[dict[str, Any]]:
    """The analyzer groups an indicator's sightings; the reports want one row per message or item."""
    messages = [str(m) for m in group.get("message_ids") or []]
    items = [str(i) for i in group.get("item_ids") or []]
    if not messages and not items:
        return [normalize_indicator(group)]
    rows = [normalize_indicator({**group, "message_id": m, "item_id": None}) for m in messages]
    if not messages:
        rows += [normalize_indicator({**group, "message_id": None, "item_id": i}) for i in items]
    return rows


def normalize_indicator(row: dict[str, Any]) -> dict[str, Any]:
    """One indicator row in the reports' shape, whatever extra keys the analyzer adds."""
    out = {
        "type": str(row.get("type") or ""), "value": str(row.get("value") or ""),
        "normalized": row.get("normalized"), "valid": row.get("valid"),
        "note": row.get("note"), "network": row.get("network"), "platform": row.get("platform"),
        "message_id": row.get("message_id"), "item_id": row.get("item_id"),
        "time": row.get("time"), "sender": row.get("sender"), "source": row.get("source"),
        "first_seen": row.get("first_seen"),
    }
    if isinstance(out["time"], datetime):
        out["time"] = out["time"].astimezone(UTC).isoformat()
    return out


def _fallback_indicators(vault: Vault, case_id: str) -> list[dict[str, Any]]:
    """Without the analyzer's store, read the timeline's messages with the analyzer's extractor."""
    try:
        from standfast.analyze.indicators import extract_indicators
    except ImportError:
        return []
    rows: list[dict[str, Any]] = []
    for n, entry in enumerate(iter_timeline(vault, case_id)):
        if n >= FALLBACK_MESSAGES:
            break
        if entry.system or not entry.text:
            continue
        for ind in extract_indicators(entry.text, reference_time=entry.time):
            rows.append(normalize_indicator({**ind.to_json(), "message_id": entry.id,
                                             "item_id": entry.source_item, "time": entry.time,
                                             "sender": entry.sender, "source": entry.platform}))
    return rows


def _attach_message_context(vault: Vault, case_id: str, rows: list[dict[str, Any]]) -> None:
    """Fill sender, time and platform of indicator rows that only name their message."""
    want = {r["message_id"] for r in rows if r.get("message_id") and not r.get("sender")}
    if not want:
        return
    found: dict[str, Any] = {}
    for entry in iter_timeline(vault, case_id):
        if entry.id in want:
            found[entry.id] = entry
            if len(found) == len(want):
                break
    for r in rows:
        entry = found.get(r.get("message_id") or "")
        if entry is not None:
            r["sender"] = r.get("sender") or entry.sender
            r["time"] = r.get("time") or (entry.time.isoformat() if entry.time else None)
            r["source"] = r.get("source") or entry.platform
            r["item_id"] = r.get("item_id") or entry.source_item


def _verdicts(vault: Vault, case_id: str, missing: list[str]) -> list[Verdict]:
    """Stored verdicts (analysed items, e.g. e-mails), plus a reading of each imported chat.

    The analyzer stores verdicts per evidence item; a chat export is one item holding many
    conversations, so each conversation is read here with the analyzer's own rules (not stored).
    """
    try:
        from standfast.analyze.store import case_analyses
    except ImportError:
        missing.append("analyze.analyses")
        return _conversation_verdicts(vault, case_id, skip_email=False)
    out = []
    for row in case_analyses(vault, case_id):
        if row.get("error") and row.get("verdict") == Kind.NOT_EXTORTION:
            continue  # nothing readable in that item (a zip, an image without text)
        signals = [s.get("text") or s.get("id") if isinstance(s, dict) else str(s) for s in row.get("signals") or []]
        out.append(Verdict(source=str(row.get("source") or row.get("item_id") or ""),
                           verdict=str(row.get("verdict") or ""), confidence=row.get("confidence"),
                           signals=[s for s in signals if s], campaign=row.get("campaign"),
                           item_id=row.get("item_id"),
                           automatic=str(row.get("automatic")) if row.get("corrected") else None))
    return out + _conversation_verdicts(vault, case_id, skip_email=bool(out))


def _conversation_verdicts(vault: Vault, case_id: str, *, skip_email: bool) -> list[Verdict]:
    try:
        from standfast.analyze.triage import analyze_text
    except ImportError:
        return []
    texts: dict[tuple[str, str], list[str]] = {}
    for platform, conversation, system, text in _message_texts(vault, case_id, FALLBACK_MESSAGES):
        if text and not system and not (skip_email and platform == "email"):
            texts.setdefault((platform, conversation), []).append(text)
    out = []
    for (platform, conversation), parts in texts.items():
        analysis = analyze_text("\n".join(parts)[:200_000], source=conversation)
        out.append(Verdict(source=f"{platform_name(platform)} conversation: {conversation}",
                           verdict=analysis.verdict, confidence=analysis.confidence,
                           signals=[s.text for s in analysis.signals], campaign=analysis.campaign))
    return out


def _message_texts(vault: Vault, case_id: str, limit: int) -> Iterator[tuple[str, str, bool, str]]:
    """(platform, conversation, system, text) of the first ``limit`` timeline messages, in timeline order.

    The same messages and order as ``iter_timeline`` but reading only these four columns: no
    attachments, recipients or entry objects."""
    try:
        from standfast.ingest.timeline import texts
    except ImportError:
        return ((e.platform, e.conversation, e.system, e.text) for n, e in enumerate(iter_timeline(vault, case_id))
                if n < limit)
    return texts(vault, case_id, limit)


def _hashes(vault: Vault, case_id: str, missing: list[str]) -> list[dict[str, Any]]:
    try:
        from standfast.takedown.store import case_hashes
    except ImportError:
        missing.append("takedown")
        return []
    return case_hashes(vault, case_id)


def _channels(vault: Vault, case_id: str, missing: list[str]) -> list[Entry]:
    try:
        from standfast.guide.channels import report_channels
        from standfast.guide.store import answers_for_case
    except ImportError:
        missing.append("guide.channels")
        return []
    return report_channels(answers_for_case(vault, case_id))


def _custody(vault: Vault, case_id: str) -> tuple[int, str]:
    from sqlalchemy import func, select

    from standfast.vault.models import CustodyEntry

    with vault.read() as s:
        n = int(s.scalar(select(func.count()).select_from(CustodyEntry).where(CustodyEntry.case_id == case_id)) or 0)
        head = s.scalar(select(CustodyEntry.hash).order_by(CustodyEntry.seq.desc()).limit(1)) or ""
    return n, head


# -- identifiers ------------------------------------------------------------------------------------
def build_identifiers(facts: CaseFacts) -> list[Identifier]:
    """The other person's accounts, payment details and addresses, each with where it was seen.

    When accounts are marked as suspects, only what they wrote counts (so the person's own e-mail
    in a message they wrote is not listed); otherwise everything found is listed with its sender.
    """
    suspects = set(facts.suspects)
    by_key: dict[tuple[str, str], Identifier] = {}
    for name in facts.suspects:
        platform = next((e.platform for e in facts.timeline if e.sender == name), "")
        ident = by_key.setdefault(("account", name), Identifier("account", name, True,
                                                                note=platform_name(platform) or None))
        ident.sightings.append(Sighting("marked as the suspect's account on this case"))
    for row in facts.indicators:
        if row["type"] not in IDENTIFIER_TYPES or not row["value"]:
            continue
        if suspects and row.get("sender") and row["sender"] not in suspects:
            continue
        key = (row["type"], str(row.get("normalized") or row["value"]).lower())
        found = by_key.get(key)
        if found is None:
            note = row.get("network") or row.get("platform") or row.get("note")
            found = by_key[key] = Identifier(row["type"], row["value"], row.get("valid"), note=note)
        found.sightings.append(_sighting(facts, row))
    order = {t: n for n, t in enumerate(("account", *IDENTIFIER_TYPES))}
    return sorted(by_key.values(), key=lambda i: (order.get(i.type, 99), i.value.lower()))


def _sighting(facts: CaseFacts, row: dict[str, Any]) -> Sighting:
    when = _parse_time(row.get("time"))
    item = facts.item(row.get("item_id"))
    if row.get("message_id"):
        parts = [f"{platform_name(str(row['source']))} message" if row.get("source") else "message"]
        if row.get("sender"):
            parts.append(f"from {row['sender']}")
        parts.append(fmt_time(when) if when else "")
        if item is not None:
            parts.append(f"in {item.original_name} (item {item.id})")
    else:
        parts = [f"found in {item.original_name} (item {item.id})" if item is not None else "found in the case"]
    return Sighting(" ".join(p for p in parts if p), item_id=row.get("item_id"), message_id=row.get("message_id"),
                    time=when, sender=row.get("sender"))


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        with contextlib.suppress(ValueError):
            t = datetime.fromisoformat(value.replace("Z", "+00:00"))
            return t if t.tzinfo else t.replace(tzinfo=UTC)
    return None
