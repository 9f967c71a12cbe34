"""Snapchat "My Data" download: ``json/chat_history.json`` and ``json/snap_history.json``.

Two layouts exist. Older downloads group by direction::

    {"Received Saved Chat History": [{"From": "user", "Media Type": "TEXT",
                                      "Created": "2020-01-01 12:00:00 UTC", "Text": "hi"}],
     "Sent Saved Chat History":     [{"To": "user", ...}]}

Newer ones (2023+) group by conversation::

    {"friend_username": [{"From": "friend_username", "Media Type": "TEXT",
                          "Created": "2023-01-01 12:00:00 UTC", "Content": "hi",
                          "Conversation Title": null, "IsSender": false,
                          "Created(microseconds)": 1672574400000000, "Media IDs": ""}]}

``snap_history.json`` has the same shapes without text (a snap's media is not in the download).
Times are UTC. Messages the owner sent have "To" (old) or ``IsSender: true`` (new).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from standfast.ingest.records import (
    FLAG_SENT_BY_OWNER,
    FLAG_UNPARSED_TIME,
    AttachmentRef,
    Context,
    Message,
    as_text,
    decode_json,
    from_unix,
    parse_iso,
    us_of,
)

PLATFORM = "snapchat"
OWNER = "account owner"


def looks_like(head: bytes) -> bool:
    return b'"Media Type"' in head and b'"Created"' in head


def parse(data: bytes, ctx: Context) -> Iterator[Message]:
    doc = decode_json(data, ctx.file)
    if not isinstance(doc, dict):
        ctx.log.add(ctx.file, 0, "expected an object of chat lists")
        return
    snaps = "snap" in ctx.file.lower().rsplit("/", 1)[-1]
    index = 0
    for key, entries in doc.items():
        if not isinstance(entries, list):
            continue
        lower = key.lower()
        old_sent = lower.startswith("sent ")
        old_layout = lower.startswith(("sent ", "received "))
        for raw in entries:
            index += 1
            if not isinstance(raw, dict):
                ctx.log.add(ctx.file, index, "entry is not an object; skipped")
                continue
            yield _message(raw, key, old_layout, old_sent, snaps, index, ctx)


def _message(raw: dict[str, Any], key: str, old_layout: bool, old_sent: bool, snaps: bool, index: int,
             ctx: Context) -> Message:
    sent = old_sent or raw.get("IsSender") is True
    peer = as_text(raw.get("To") if old_sent else raw.get("From"))
    if not old_layout:
        peer = key  # the conversation key is the friend's username (or a group id)
    conversation = as_text(raw.get("Conversation Title")) or peer or "Snapchat chat"
    sender = OWNER if sent else as_text(raw.get("From")) or peer
    stamp = as_text(raw.get("Created"))
    when = None
    micro = raw.get("Created(microseconds)")
    if isinstance(micro, int | float):
        when = from_unix(micro / 1_000_000)
    if when is None and stamp:
        when, _ = parse_iso(stamp.replace(" UTC", "+00:00"))
    flags: tuple[str, ...] = (FLAG_SENT_BY_OWNER,) if sent else ()
    if when is None:
        flags = (*flags, FLAG_UNPARSED_TIME)
        ctx.log.add(ctx.file, index, "date could not be read; kept as text and flagged")
    media_type = as_text(raw.get("Media Type"))
    text = as_text(raw.get("Content") if "Content" in raw else raw.get("Text"))
    attachments: tuple[AttachmentRef, ...] = ()
    if snaps or media_type not in ("TEXT", ""):
        # Media is referenced by id ("Media IDs") and shipped only when the user ticked it.
        ids = as_text(raw.get("Media IDs")).split("|") if raw.get("Media IDs") else []
        attachments = tuple(AttachmentRef(name=i.strip(), path=None, kind=media_type.lower() or "snap",
                                          missing=True) for i in ids if i.strip()) or (
            AttachmentRef(name=media_type.lower() or "snap", path=None, kind=media_type.lower() or "snap",
                          missing=True),)
    return Message(platform=PLATFORM, conversation=conversation, sender=sender, text=text, time_us=us_of(when),
                   time_text=stamp, file=ctx.file, position=index,
                   recipients=(peer,) if sent and peer else ((OWNER,) if not sent else ()),
                   attachments=attachments, system=snaps, flags=flags)
