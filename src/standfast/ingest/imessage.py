"""iMessage as exported by ``imessage-exporter`` (github.com/ReagentX/imessage-exporter), TXT format.

Apple offers no chat export; imessage-exporter is the documented, widely used tool. Its ``-f txt``
output writes one file per conversation, messages separated by a blank line::

    May 17, 2022  5:29:42 PM (Read by you after 1 minute)
    +15558675309
    Hello there

    May 17, 2022  5:30:04 PM
    Me
    /Users/x/Library/Messages/Attachments/ab/12/IMG_1234.HEIC

Times are the Mac's local wall clock. Lines that are attachment paths become references.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from standfast.ingest.records import (
    FLAG_LOCAL_TIME,
    FLAG_UNPARSED_TIME,
    AttachmentRef,
    Context,
    Message,
    strip_bom,
    to_utc,
    us_of,
)

PLATFORM = "imessage"
_STAMP = re.compile(
    r"^(?P<stamp>[A-Z][a-z]{2} \d{1,2}, \d{4} {1,2}\d{1,2}:\d{2}:\d{2} [AP]M)(?: \((?P<note>[^)]*)\))?\s*$"
)
_ATTACHMENT = re.compile(r"^(?:/|~/|attachments/)\S.*\.[A-Za-z0-9]{2,5}$")


def looks_like(head: bytes) -> bool:
    lines = strip_bom(head[:4096]).decode("utf-8", "replace").splitlines()
    return bool(lines) and _STAMP.match(lines[0].replace("\u202f", " ")) is not None


def parse(data: bytes, ctx: Context) -> Iterator[Message]:
    text = strip_bom(data).decode("utf-8", "replace")
    conversation = ctx.name_hint or "iMessage conversation"
    lines = text.splitlines()
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i].replace("\u202f", " ")
        m = _STAMP.match(line)
        if m is None:
            if line.strip():
                ctx.log.add(ctx.file, i + 1, "line outside a message; skipped")
            i += 1
            continue
        start = i + 1
        sender = lines[i + 1].strip() if i + 1 < n else ""
        body: list[str] = []
        i += 2
        while i < n and not (lines[i] == "" and (i + 1 >= n or _STAMP.match(lines[i + 1].replace("\u202f", " ")))):
            body.append(lines[i])
            i += 1
        attachments = tuple(AttachmentRef(name=b.rsplit("/", 1)[-1], path=b.strip(), kind="file")
                            for b in body if _ATTACHMENT.match(b.strip()))
        words = "\n".join(b for b in body if not _ATTACHMENT.match(b.strip()))
        stamp = m.group("stamp")
        try:
            when: datetime | None = to_utc(datetime.strptime(" ".join(stamp.split()), "%b %d, %Y %I:%M:%S %p"),
                                           ctx.zone)
            flags: tuple[str, ...] = (FLAG_LOCAL_TIME,)
        except ValueError:
            when, flags = None, (FLAG_UNPARSED_TIME,)
            ctx.log.add(ctx.file, start, "date could not be read; kept as text and flagged")
        yield Message(platform=PLATFORM, conversation=conversation, sender=sender, text=words, time_us=us_of(when),
                      time_text=stamp, file=ctx.file, position=start, attachments=attachments, flags=flags)
