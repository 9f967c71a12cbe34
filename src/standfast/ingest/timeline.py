"""One timeline of every imported message of a case, across platforms, for the CLI, web and reports.

Public API (used by the reports and web concerns – keep it stable)::

    query(vault, case_id, *, participant=None, platform=None, since=None, until=None, text=None,
          limit=None, offset=0) -> list[TimelineEntry]
    count(vault, case_id, *same filters*) -> int
    iter_entries(vault, case_id, *same filters*) -> Iterator[TimelineEntry]   # constant memory
    mark_suspect(vault, case_id, participant) ; unmark_suspect(...) ; suspects(vault, case_id)
    write_json(entries, fh) ; write_csv(entries, fh) ; entry.as_dict()

Filters on platform, participant (sender or recipient) and dates run in SQL on an index. The text
filter has to unseal each candidate message (text is encrypted in the database), so it streams
through the SQL-filtered rows in order and applies ``offset``/``limit`` after matching.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import IO, Any

import msgspec
from sqlalchemy import Select, delete, func, or_, select

from standfast.errors import UsageError
from standfast.ingest.importer import POSITION_BITS, PURPOSE
from standfast.ingest.models import NO_TIME, IngestAttachment, IngestMessage, IngestSource, IngestSuspect

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_CHUNK = 2000
CSV_FIELDS = ("time", "time_text", "platform", "conversation", "sender", "recipients", "text", "attachments",
              "suspect", "system", "flags", "source_item", "file", "position", "id")


@dataclass
class TimelineEntry:
    id: str
    case_id: str
    time: datetime | None  # aware UTC, None when the source's time could not be read
    time_text: str  # the time exactly as written in the source
    platform: str
    conversation: str
    sender: str
    recipients: list[str]
    text: str
    attachments: list[dict[str, Any]]  # {name, item_id (None if not in the export), kind, missing}
    source_item: str  # evidence item holding the original bytes
    file: str  # file inside that export
    position: int  # line or index in that file
    system: bool = False
    flags: list[str] = field(default_factory=list)
    reactions: list[list[str]] = field(default_factory=list)
    share: str | None = None
    suspect: bool = False  # the sender is marked as a suspect account on this case

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "time": _iso(self.time), "time_text": self.time_text, "platform": self.platform,
            "conversation": self.conversation, "sender": self.sender, "recipients": self.recipients,
            "text": self.text, "attachments": self.attachments, "reactions": self.reactions,
            "share": self.share, "suspect": self.suspect, "system": self.system, "flags": self.flags,
            "source_item": self.source_item, "file": self.file, "position": self.position,
        }


def _iso(when: datetime | None) -> str | None:
    return None if when is None else when.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _us(when: datetime) -> int:
    if when.tzinfo is None:
        raise UsageError("Dates for the timeline need a time zone (use UTC).")
    delta = when - _EPOCH
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def _from_us(us: int | None) -> datetime | None:
    return None if us is None else _EPOCH + timedelta(microseconds=us)


def _filtered(case_id: str, participant: str | None, platform: str | None, since: datetime | None,
              until: datetime | None) -> Select[Any]:
    stmt = select(IngestMessage).where(IngestMessage.case_id == case_id)
    if platform:
        stmt = stmt.where(IngestMessage.platform == platform.lower())
    if participant:
        quoted = json.dumps(participant, ensure_ascii=False)
        stmt = stmt.where(or_(IngestMessage.sender == participant, IngestMessage.recipients.contains(quoted)))
    if since is not None:
        stmt = stmt.where(IngestMessage.sort_us >= _us(since), IngestMessage.sort_us < NO_TIME)
    if until is not None:
        stmt = stmt.where(IngestMessage.sort_us < _us(until))
    return stmt


def _ordered(stmt: Select[Any]) -> Select[Any]:
    # Exactly the order of ix_ingest_message_case_sort: a page is an index range scan, never a sort.
    # Messages without any readable time (not even a previous one in their file) have NO_TIME: last.
    # Ties: by id, i.e. by file (in import order) and position in it.
    return stmt.order_by(IngestMessage.sort_us, IngestMessage.id)


def iter_entries(vault: Any, case_id: str, *, participant: str | None = None, platform: str | None = None,
                 since: datetime | None = None, until: datetime | None = None, text: str | None = None,
                 limit: int | None = None, offset: int = 0) -> Iterator[TimelineEntry]:
    """Timeline entries in time order, streamed in chunks (safe for a case of a million messages)."""
    case_id = vault.get_case(case_id).id
    if offset < 0 or (limit is not None and limit < 0):
        raise UsageError("limit and offset cannot be negative.")
    base = _ordered(_filtered(case_id, participant, platform, since, until))
    needle = text.casefold() if text else None
    suspect_set = set(suspects(vault, case_id))
    sources = _sources(vault, case_id)
    skip = offset
    produced = 0
    sql_offset = 0 if needle else offset
    while limit is None or produced < limit:
        want = _CHUNK if (needle or limit is None) else min(_CHUNK, limit - produced)
        with vault.read() as s:
            rows = list(s.scalars(base.offset(sql_offset).limit(want)))
            atts = _attachments(s, [r.id for r in rows if r.attachment_count])
        if not rows:
            return
        sql_offset += len(rows)
        if any(row.id >> POSITION_BITS not in sources for row in rows):  # a file imported meanwhile
            sources = _sources(vault, case_id)
        for row in rows:
            entry = _entry(vault, row, atts.get(row.id, []), suspect_set, sources)
            if needle is not None:
                if not _matches(entry, needle):
                    continue
                if skip:
                    skip -= 1
                    continue
            yield entry
            produced += 1
            if limit is not None and produced >= limit:
                return
        if len(rows) < want:
            return


def _sources(vault: Any, case_id: str) -> dict[int, tuple[str, str]]:
    """A message's id holds its source's number: seq -> (export item, file inside it)."""
    with vault.read() as s:
        return {seq: (item, file) for seq, item, file in s.execute(
            select(IngestSource.seq, IngestSource.item_id, IngestSource.file).where(IngestSource.case_id == case_id))}


def query(vault: Any, case_id: str, *, participant: str | None = None, platform: str | None = None,
          since: datetime | None = None, until: datetime | None = None, text: str | None = None,
          limit: int | None = None, offset: int = 0) -> list[TimelineEntry]:
    """A page of the timeline (``limit``/``offset``), filtered as asked."""
    return list(iter_entries(vault, case_id, participant=participant, platform=platform, since=since,
                             until=until, text=text, limit=limit, offset=offset))


def count(vault: Any, case_id: str, *, participant: str | None = None, platform: str | None = None,
          since: datetime | None = None, until: datetime | None = None, text: str | None = None) -> int:
    """How many entries ``query`` would return without a limit."""
    if text:
        return sum(1 for _ in iter_entries(vault, case_id, participant=participant, platform=platform,
                                           since=since, until=until, text=text))
    case_id = vault.get_case(case_id).id
    stmt = _filtered(case_id, participant, platform, since, until).with_only_columns(func.count())
    with vault.read() as s:
        return int(s.scalar(stmt) or 0)


def participants(vault: Any, case_id: str) -> list[tuple[str, str, int]]:
    """(platform, sender, messages) for every sender in the case, most active first."""
    case_id = vault.get_case(case_id).id
    with vault.read() as s:
        rows = s.execute(select(IngestMessage.platform, IngestMessage.sender, func.count())
                         .where(IngestMessage.case_id == case_id, IngestMessage.sender != "")
                         .group_by(IngestMessage.platform, IngestMessage.sender)
                         .order_by(func.count().desc())).all()
    return [(p, s_, int(n)) for p, s_, n in rows]


def mark_suspect(vault: Any, case_id: str, participant: str) -> None:
    """Mark an account name as the suspect's on this case (highlighted; logged in custody)."""
    case_id = vault.get_case(case_id).id
    participant = participant.strip()
    if not participant:
        raise UsageError("Give the account name exactly as it appears in the timeline.")
    with vault.transaction() as s:
        if s.get(IngestSuspect, (case_id, participant)) is not None:
            return
        s.add(IngestSuspect(case_id=case_id, participant=participant, marked_at=datetime.now(UTC)))
        vault.log(s, "ingest.suspect_marked", case_id=case_id, details={"participant": participant})


def unmark_suspect(vault: Any, case_id: str, participant: str) -> None:
    case_id = vault.get_case(case_id).id
    with vault.transaction() as s:
        s.execute(delete(IngestSuspect).where(IngestSuspect.case_id == case_id,
                                              IngestSuspect.participant == participant))
        vault.log(s, "ingest.suspect_unmarked", case_id=case_id, details={"participant": participant})


def suspects(vault: Any, case_id: str) -> list[str]:
    with vault.read() as s:
        return list(s.scalars(select(IngestSuspect.participant).where(IngestSuspect.case_id == case_id)
                              .order_by(IngestSuspect.participant)))


def _attachments(s: Any, ids: list[int]) -> dict[int, list[IngestAttachment]]:
    out: dict[int, list[IngestAttachment]] = {}
    for i in range(0, len(ids), 900):
        for att in s.scalars(select(IngestAttachment).where(IngestAttachment.message_id.in_(ids[i:i + 900]))
                             .order_by(IngestAttachment.message_id, IngestAttachment.ordinal)):
            out.setdefault(att.message_id, []).append(att)
    return out


_BODY = msgspec.json.Decoder()
_POSITION_MASK = (1 << POSITION_BITS) - 1


def _entry(vault: Any, row: IngestMessage, atts: list[IngestAttachment], suspect_set: set[str],
           sources: dict[int, tuple[str, str]]) -> TimelineEntry:
    body = _BODY.decode(vault.unseal(row.body, purpose=PURPOSE))
    names = body.get("attachments") or []
    attachments = [
        {"name": names[a.ordinal] if a.ordinal < len(names) else "", "item_id": a.item_id, "kind": a.kind,
         "missing": a.missing}
        for a in atts
    ]
    recipients = json.loads(row.recipients) if row.recipients and row.recipients != "[]" else []
    source_item, file = sources.get(row.id >> POSITION_BITS, ("", ""))
    return TimelineEntry(
        id=str(row.id), case_id=row.case_id, time=_from_us(row.time_us), time_text=row.time_text,
        platform=row.platform, conversation=row.conversation, sender=row.sender, recipients=recipients,
        text=body.get("text", ""), attachments=attachments, source_item=source_item, file=file,
        position=row.id & _POSITION_MASK, system=row.system, flags=[f for f in row.flags.split(",") if f],
        reactions=body.get("reactions") or [], share=body.get("share"),
        suspect=row.sender in suspect_set,
    )


def _matches(entry: TimelineEntry, needle: str) -> bool:
    if needle in entry.text.casefold():
        return True
    if entry.share and needle in entry.share.casefold():
        return True
    return any(needle in str(a["name"]).casefold() for a in entry.attachments)


def write_json(entries: Iterable[TimelineEntry], fh: IO[str]) -> int:
    """A JSON array, written entry by entry (a big case never sits in memory as one string)."""
    n = 0
    fh.write("[")
    for entry in entries:
        fh.write(",\n" if n else "\n")
        fh.write(json.dumps(entry.as_dict(), ensure_ascii=False))
        n += 1
    fh.write("\n]\n" if n else "]\n")
    return n


def write_csv(entries: Iterable[TimelineEntry], fh: IO[str]) -> int:
    """CSV with one row per message; attachments and recipients joined with "; "."""
    writer = csv.DictWriter(fh, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for entry in entries:
        d = entry.as_dict()
        d["recipients"] = "; ".join(entry.recipients)
        d["attachments"] = "; ".join(f"{a['name']} ({a['item_id'] or 'not in export'})" for a in entry.attachments)
        d["flags"] = ",".join(entry.flags)
        d["text"] = _csv_safe(entry.text)
        d["sender"] = _csv_safe(entry.sender)
        d["conversation"] = _csv_safe(entry.conversation)
        writer.writerow(d)
        n += 1
    return n


def _csv_safe(value: str) -> str:
    # A message starting with "=" would run as a formula when a helper opens the CSV in a spreadsheet.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
