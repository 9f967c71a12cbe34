"""Discord: the official data package ("Request all of my data") and DiscordChatExporter JSON.

Official package: ``messages/index.json`` maps channel ids to names; each ``messages/c<id>/`` holds
``channel.json`` (``id``, ``type``, ``name``, ``guild{id,name}`` or ``recipients[]``) and either
``messages.json`` (newer: ``[{"ID", "Timestamp", "Contents", "Attachments"}]``) or ``messages.csv``
(older: ``ID,Timestamp,Contents,Attachments``). The package holds only the *account owner's* own
messages, so the sender is the owner (``account/user.json`` when present) and they are flagged.
Attachments are CDN URLs, not files; they are kept as references marked missing.

DiscordChatExporter (a third-party tool) writes one JSON per channel: ``guild``, ``channel``,
``messages[{id, type, timestamp, content, author{name, nickname}, attachments[{url, fileName}],
reactions[{emoji{name}, count}], mentions}]``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from standfast.ingest.records import (
    FLAG_EDITED,
    FLAG_SENT_BY_OWNER,
    FLAG_UNPARSED_TIME,
    AttachmentRef,
    Context,
    Message,
    Reaction,
    as_text,
    decode_json,
    parse_iso,
    strip_bom,
    us_of,
)

PLATFORM = "discord"
OWNER = "account owner"

csv.field_size_limit(64 << 20)  # one message can be long; the default 128 KiB limit is not enough


def looks_like_exporter(head: bytes) -> bool:
    return b'"guild"' in head and b'"channel"' in head and b'"messages"' in head


def looks_like_package_json(head: bytes) -> bool:
    return b'"ID"' in head and b'"Timestamp"' in head


def channel_name(channel: Any, index: dict[str, Any] | None, channel_id: str) -> str:
    """A readable conversation name from channel.json and messages/index.json."""
    if index and isinstance(index.get(channel_id), str) and index[channel_id]:
        return str(index[channel_id])
    if isinstance(channel, dict):
        name = as_text(channel.get("name"))
        guild = channel.get("guild")
        if isinstance(guild, dict) and as_text(guild.get("name")):
            return f"{as_text(guild['name'])} #{name}" if name else as_text(guild["name"])
        if name:
            return name
        recipients = channel.get("recipients")
        if isinstance(recipients, list) and recipients:
            return "Direct message " + ", ".join(as_text(r) for r in recipients)
    return f"Discord channel {channel_id}"


def parse_package(data: bytes, ctx: Context, *, owner: str | None = None, fmt: str = "json") -> Iterator[Message]:
    """One channel's ``messages.json`` or ``messages.csv`` from the official package."""
    conversation = ctx.name_hint or "Discord channel"
    sender = owner or OWNER
    rows: list[Any]
    if fmt == "csv":
        text = strip_bom(data).decode("utf-8", "replace")
        try:
            rows = list(csv.DictReader(io.StringIO(text, newline="")))
        except csv.Error as exc:
            ctx.log.add(ctx.file, 0, f"CSV could not be read ({exc})")
            return
        start = 2  # line 1 is the header; positions count data rows from line 2
    else:
        doc = decode_json(data, ctx.file)
        if not isinstance(doc, list):
            ctx.log.add(ctx.file, 0, "expected a list of messages")
            return
        rows = doc
        start = 1
    for index, row in enumerate(rows, start=start):
        if not isinstance(row, dict):
            ctx.log.add(ctx.file, index, "message entry is not an object; skipped")
            continue
        stamp = as_text(row.get("Timestamp"))
        when, _ = parse_iso(stamp)  # the package writes UTC ("2023-01-01 12:00:00" or with +00:00)
        flags: tuple[str, ...] = (FLAG_SENT_BY_OWNER,)
        if when is None:
            flags = (*flags, FLAG_UNPARSED_TIME)
            ctx.log.add(ctx.file, index, "date could not be read; kept as text and flagged")
        urls = as_text(row.get("Attachments")).split()
        attachments = tuple(
            AttachmentRef(name=u.rsplit("/", 1)[-1].split("?", 1)[0] or u, path=None, kind="file", missing=True)
            for u in urls
        )
        yield Message(platform=PLATFORM, conversation=conversation, sender=sender,
                      text=as_text(row.get("Contents")), time_us=us_of(when), time_text=stamp, file=ctx.file,
                      position=index, attachments=attachments, flags=flags)


def parse_exporter(data: bytes, ctx: Context) -> Iterator[Message]:
    """A DiscordChatExporter JSON file (one channel)."""
    doc = decode_json(data, ctx.file)
    if not isinstance(doc, dict) or not isinstance(doc.get("messages"), list):
        ctx.log.add(ctx.file, 0, "no message list found in this file")
        return
    guild_raw = doc.get("guild")
    guild: dict[str, Any] = guild_raw if isinstance(guild_raw, dict) else {}
    channel_raw = doc.get("channel")
    channel: dict[str, Any] = channel_raw if isinstance(channel_raw, dict) else {}
    gname, cname = as_text(guild.get("name")), as_text(channel.get("name"))
    conversation = f"{gname} #{cname}" if gname and gname != "Direct Messages" else (cname or "Discord channel")
    for index, raw in enumerate(doc["messages"], start=1):
        if not isinstance(raw, dict):
            ctx.log.add(ctx.file, index, "message entry is not an object; skipped")
            continue
        author_raw = raw.get("author")
        author: dict[str, Any] = author_raw if isinstance(author_raw, dict) else {}
        name = as_text(author.get("name"))
        nick = as_text(author.get("nickname"))
        sender = name if not nick or nick == name else f"{nick} ({name})"
        stamp = as_text(raw.get("timestamp"))
        when, _ = parse_iso(stamp)
        flags: tuple[str, ...] = ()
        if when is None:
            flags = (FLAG_UNPARSED_TIME,)
            ctx.log.add(ctx.file, index, "date could not be read; kept as text and flagged")
        if raw.get("timestampEdited"):
            flags = (*flags, FLAG_EDITED)
        attachments = []
        for att in raw.get("attachments") or ():
            if not isinstance(att, dict):
                continue
            url = as_text(att.get("url"))
            local = not url.startswith(("http://", "https://"))  # exported with --media: local paths
            attachments.append(AttachmentRef(name=as_text(att.get("fileName")) or url.rsplit("/", 1)[-1],
                                             path=url if local and url else None, kind="file",
                                             missing=not local))
        reactions = tuple(
            Reaction(actor="", reaction=as_text((r.get("emoji") or {}).get("name") if isinstance(r.get("emoji"), dict)
                                                else r.get("emoji")))
            for r in raw.get("reactions") or () if isinstance(r, dict)
        )
        mentions = raw.get("mentions")
        recipients = tuple(as_text(m.get("name")) for m in mentions if isinstance(m, dict)) \
            if isinstance(mentions, list) else ()
        kind = as_text(raw.get("type"))
        yield Message(platform=PLATFORM, conversation=conversation, sender=sender,
                      text=as_text(raw.get("content")), time_us=us_of(when), time_text=stamp, file=ctx.file,
                      position=index, recipients=recipients, attachments=tuple(attachments),
                      reactions=reactions, system=kind not in ("", "Default", "Reply"), flags=flags)
