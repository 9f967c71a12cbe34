"""One timeline of every imported message of a case, across platforms, for the CLI, web and reports.

Public API (used by the reports and web concerns – keep it stable)::

    query(vault, case_id, *, participant=None, platform=None, since=None, until=None, text=None,
          limit=None, offset=0) -> list[TimelineEntry]
    count(vault, case_id, *same filters*) -> int
    iter_entries(vault, case_id, *same filters*) -> Iterator[TimelineEntry]   # constant memory
    texts(vault, case_id, limit) -> Iterator[(platform, conversation, system, text)]
    participants(vault, case_id) -> [(platform, sender, messages)]
    mark_suspect(vault, case_id, participant) ; unmark_suspect(...) ; suspects(vault, case_id)
    write_json(entries, fh) ; write_csv(entries, fh) ; entry.as_dict()

Filters on platform, participant (sender or recipient) and dates run on the case's index (arrays
of the clear columns, :mod:`standfast.ingest.caseindex`); a page unseals only the blocks holding its
messages. The text filter has to unseal each candidate (text is encrypted in the database), so it
streams through the filtered messages in order and applies ``offset``/``limit`` after matching.
"""

from __future__ import annotations

import csv
import functools
import json
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO, Any

import msgspec
import numpy as np
from sqlalchemy import delete, select

from standfast.errors import IntegrityError, UsageError
from standfast.ingest.blocks import Payload, open_body
from standfast.ingest.caseindex import CaseIndex, case_index, time_of
from standfast.ingest.models import IngestAttachment, IngestBlock, IngestSuspect, suspect_tag
from standfast.ingest.records import POSITION_BITS, us_of

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
    return us_of(when)


def _selection(vault: Any, case_id: str, participant: str | None, platform: str | None, since: datetime | None,
               until: datetime | None) -> tuple[CaseIndex, np.ndarray]:
    idx = case_index(vault, case_id)
    return idx, idx.select(participant=participant, platform=platform,
                           since_us=None if since is None else _us(since),
                           until_us=None if until is None else _us(until))


def iter_entries(vault: Any, case_id: str, *, participant: str | None = None, platform: str | None = None,
                 since: datetime | None = None, until: datetime | None = None, text: str | None = None,
                 limit: int | None = None, offset: int = 0) -> Iterator[TimelineEntry]:
    """Timeline entries in time order, streamed in chunks (safe for a case of a million messages).

    The entries are those stored when the iteration started: an import running meanwhile shows
    in the next call, never halfway through this one.
    """
    case_id = vault.get_case(case_id).id
    if offset < 0 or (limit is not None and limit < 0):
        raise UsageError("limit and offset cannot be negative.")
    idx, sel = _selection(vault, case_id, participant, platform, since, until)
    needle = text.casefold() if text else None
    if needle is None:
        sel = sel[offset:] if limit is None else sel[offset:offset + limit]
    if limit == 0 or not len(sel):
        return
    skip = offset if needle is not None else 0
    produced = 0
    suspect_set = set(suspects(vault, case_id))
    bodies = _Bodies(vault, case_id, idx)
    for start in range(0, len(sel), _CHUNK):
        chunk = sel[start:start + _CHUNK]
        payloads = bodies.fetch(chunk)
        with_atts = chunk[idx.attachments[chunk] > 0]
        atts = _attachments(vault, [int(i) for i in idx.ids[with_atts]]) if len(with_atts) else {}
        for i, payload in zip(chunk.tolist(), payloads, strict=True):
            if needle is not None:
                if not _matches(payload, needle):
                    continue
                if skip:
                    skip -= 1
                    continue
            yield _entry(idx, i, payload, atts.get(int(idx.ids[i]), []), suspect_set, case_id)
            produced += 1
            if limit is not None and produced >= limit:
                return


class _Bodies:
    """Unsealed blocks of a case for one iteration, the most recently used kept (bounded memory)."""

    KEEP = 64

    def __init__(self, vault: Any, case_id: str, idx: CaseIndex) -> None:
        self.vault, self.case_id, self.idx = vault, case_id, idx
        self.cache: OrderedDict[int, list[Payload]] = OrderedDict()

    def fetch(self, chunk: np.ndarray) -> list[Payload]:
        """The payload of each message in ``chunk`` (indexes into the case index)."""
        blocks = self.idx.block[chunk]
        wanted = [int(b) for b in np.unique(blocks) if int(self.idx.block_ids[b]) not in self.cache]
        for i in range(0, len(wanted), 500):
            ids = [int(self.idx.block_ids[b]) for b in wanted[i:i + 500]]
            with self.vault.read() as s:
                rows = s.execute(select(IngestBlock.id, IngestBlock.body).where(IngestBlock.id.in_(ids))).all()
            if len(rows) != len(ids):
                raise IntegrityError("Imported messages changed while they were read; please try again.")
            for block_id, sealed in rows:
                source = self.idx.sources.get(int(block_id) >> POSITION_BITS)
                if source is None:
                    raise IntegrityError("Imported messages belong to a file the vault has no record of.")
                payloads = open_body(self.vault, self.case_id, source[2], int(block_id), sealed)
                block = int(np.searchsorted(self.idx.block_ids, int(block_id)))
                if len(payloads) != int(self.idx.block_counts[block]):
                    raise IntegrityError("A block of imported messages is damaged (its texts do not fit its index).")
                self.cache[int(block_id)] = payloads
        out = []
        block_ids, slots, cache = self.idx.block_ids, self.idx.slot, self.cache
        for b, slot in zip(blocks.tolist(), slots[chunk].tolist(), strict=True):
            out.append(cache[int(block_ids[b])][slot])
        while len(cache) > max(self.KEEP, len(wanted)):
            cache.popitem(last=False)
        return out


def query(vault: Any, case_id: str, *, participant: str | None = None, platform: str | None = None,
          since: datetime | None = None, until: datetime | None = None, text: str | None = None,
          limit: int | None = None, offset: int = 0) -> list[TimelineEntry]:
    """A page of the timeline (``limit``/``offset``), filtered as asked."""
    return list(iter_entries(vault, case_id, participant=participant, platform=platform, since=since,
                             until=until, text=text, limit=limit, offset=offset))


def count(vault: Any, case_id: str, *, participant: str | None = None, platform: str | None = None,
          since: datetime | None = None, until: datetime | None = None, text: str | None = None) -> int:
    """How many entries ``query`` would return without a limit."""
    case_id = vault.get_case(case_id).id
    if text:
        needle = text.casefold()
        idx, sel = _selection(vault, case_id, participant, platform, since, until)
        bodies = _Bodies(vault, case_id, idx)
        return sum(sum(1 for p in bodies.fetch(sel[i:i + _CHUNK]) if _matches(p, needle))
                   for i in range(0, len(sel), _CHUNK))
    return len(_selection(vault, case_id, participant, platform, since, until)[1])


def texts(vault: Any, case_id: str, limit: int) -> Iterator[tuple[str, str, bool, str]]:
    """(platform, conversation, system, text) of the first ``limit`` messages in timeline order.

    The same messages and order as :func:`iter_entries`, without attachments, recipients or entry
    objects: what a report's overview reads."""
    case_id = vault.get_case(case_id).id
    idx = case_index(vault, case_id)
    sel = idx.order[:limit]
    bodies = _Bodies(vault, case_id, idx)
    strings = idx.strings
    for start in range(0, len(sel), _CHUNK):
        chunk = sel[start:start + _CHUNK]
        for i, payload in zip(chunk.tolist(), bodies.fetch(chunk), strict=True):
            yield strings[idx.platform[i]], strings[idx.conversation[i]], bool(idx.system[i]), payload[0]


def participants(vault: Any, case_id: str) -> list[tuple[str, str, int]]:
    """(platform, sender, messages) for every sender in the case, most active first."""
    case_id = vault.get_case(case_id).id
    idx = case_index(vault, case_id)
    if not len(idx):
        return []
    pairs = (idx.platform.astype(np.int64) << 32) | idx.sender.astype(np.int64)
    keys, counts = np.unique(pairs, return_counts=True)
    out = []
    for key, n in zip(keys.tolist(), counts.tolist(), strict=True):
        sender = idx.strings[key & 0xFFFFFFFF]
        if sender:
            out.append((idx.strings[key >> 32], sender, int(n)))
    out.sort(key=lambda r: (-r[2], r[0], r[1]))
    return out


def mark_suspect(vault: Any, case_id: str, participant: str) -> None:
    """Mark an account name as the suspect's on this case (highlighted; logged in custody)."""
    case_id = vault.get_case(case_id).id
    participant = participant.strip()
    if not participant:
        raise UsageError("Give the account name exactly as it appears in the timeline.")
    tag = suspect_tag(vault.rows, case_id, participant)
    with vault.transaction() as s:
        if s.get(IngestSuspect, (case_id, tag)) is not None:
            return
        s.add(IngestSuspect(case_id=case_id, tag=tag, participant=participant, marked_at=datetime.now(UTC)))
        vault.log(s, "ingest.suspect_marked", case_id=case_id, details={"participant": participant})


def unmark_suspect(vault: Any, case_id: str, participant: str) -> None:
    case_id = vault.get_case(case_id).id
    with vault.transaction() as s:
        s.execute(delete(IngestSuspect).where(IngestSuspect.case_id == case_id,
                                              IngestSuspect.tag == suspect_tag(vault.rows, case_id, participant)))
        vault.log(s, "ingest.suspect_unmarked", case_id=case_id, details={"participant": participant})


def suspects(vault: Any, case_id: str) -> list[str]:
    with vault.read() as s:
        return sorted(row.participant for row in s.scalars(
            select(IngestSuspect).where(IngestSuspect.case_id == case_id)))


def _attachments(vault: Any, ids: list[int]) -> dict[int, list[IngestAttachment]]:
    out: dict[int, list[IngestAttachment]] = {}
    with vault.read() as s:
        for i in range(0, len(ids), 900):
            for att in s.scalars(select(IngestAttachment).where(IngestAttachment.message_id.in_(ids[i:i + 900]))
                                 .order_by(IngestAttachment.message_id, IngestAttachment.ordinal)):
                out.setdefault(att.message_id, []).append(att)
    return out


_POSITION_MASK = (1 << POSITION_BITS) - 1


def _entry(idx: CaseIndex, i: int, payload: Payload, atts: list[IngestAttachment], suspect_set: set[str],
           case_id: str) -> TimelineEntry:
    text, time_text, names, reactions, share = payload
    names = names or []
    attachments = [
        {"name": names[a.ordinal] if a.ordinal < len(names) else "", "item_id": a.item_id, "kind": a.kind,
         "missing": a.missing}
        for a in atts
    ]
    strings = idx.strings
    message_id = int(idx.ids[i])
    recipients = _names(strings[idx.recipients[i]])
    source_item, file, _sha = idx.sources.get(message_id >> POSITION_BITS, ("", "", ""))
    sender = strings[idx.sender[i]]
    flags = strings[idx.flags[i]]
    return TimelineEntry(
        id=str(message_id), case_id=case_id, time=time_of(int(idx.time_us[i])), time_text=time_text,
        platform=strings[idx.platform[i]], conversation=strings[idx.conversation[i]], sender=sender,
        recipients=recipients, text=text, attachments=attachments, source_item=source_item, file=file,
        position=message_id & _POSITION_MASK, system=bool(idx.system[i]), flags=flags.split(",") if flags else [],
        reactions=reactions or [], share=share, suspect=sender in suspect_set,
    )


@functools.lru_cache(maxsize=4096)
def _name_list(recipients_json: str) -> tuple[str, ...]:
    return tuple(json.loads(recipients_json))


def _names(recipients_json: str) -> list[str]:
    """A stored recipient list (JSON); a conversation has few distinct ones, each decoded once."""
    return [] if recipients_json in ("", "[]") else list(_name_list(recipients_json))


def _matches(payload: Payload, needle: str) -> bool:
    text, _, names, _, share = payload
    if needle in text.casefold():
        return True
    if share and needle in share.casefold():
        return True
    return any(needle in name.casefold() for name in names or ())


def write_json(entries: Iterable[TimelineEntry], fh: IO[str]) -> int:
    """A JSON array, written entry by entry (a big case never sits in memory as one string)."""
    n = 0
    encode = msgspec.json.encode  # ~6x json.dumps; UTF-8 as is, like ensure_ascii=False
    fh.write("[")
    for entry in entries:
        fh.write(",\n" if n else "\n")
        fh.write(encode(entry.as_dict()).decode())
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
