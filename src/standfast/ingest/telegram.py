"""Telegram Desktop "Export chat history" / "Export Telegram data" in machine-readable JSON.

``result.json`` is either one chat (``name``, ``type``, ``id``, ``messages``) or a whole account
(``chats.list[]`` and ``left_chats.list[]``, each a chat). A message has ``type`` "message" or
"service" (``actor`` + ``action``), ``date`` (local wall-clock time of the exporting computer, or
ISO with "Z" in some generators) and ``date_unixtime`` (UTC seconds, preferred), ``from``/``from_id``,
``text`` as a string or a list of strings and entity objects (``{"type": "link", "text": ...}``),
``text_entities``, and media: ``photo``, ``file``, ``thumbnail`` relative to the chat folder, or
"(File not included. ...)" when the user left media out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from standfast.ingest.records import (
    FLAG_EDITED,
    FLAG_FORWARDED,
    FLAG_LOCAL_TIME,
    FLAG_UNPARSED_TIME,
    AttachmentRef,
    Context,
    Message,
    Reaction,
    as_text,
    decode_json,
    from_unix,
    parse_iso,
    us_of,
)

PLATFORM = "telegram"
_MEDIA_FIELDS = (("photo", "photo"), ("file", "file"), ("voice_message", "audio"))


def looks_like(head: bytes) -> bool:
    return ((b'"date_unixtime"' in head or b'"from_id"' in head or b'"personal_chat"' in head
            or (b'"chats"' in head and b'"list"' in head)) and b'"messages"' in head) or (
        b'"chats"' in head and b'"list"' in head and b'"about"' in head)


def parse(data: bytes, ctx: Context) -> Iterator[Message]:
    doc = decode_json(data, ctx.file)
    if not isinstance(doc, dict):
        ctx.log.add(ctx.file, 0, "not a Telegram export (top level is not an object)")
        return
    chats: list[Any] = []
    if isinstance(doc.get("messages"), list):
        chats.append(doc)
    for key in ("chats", "left_chats"):
        group = doc.get(key)
        if isinstance(group, dict) and isinstance(group.get("list"), list):
            chats.extend(group["list"])
    index = 0
    for chat_no, chat in enumerate(chats):
        if not isinstance(chat, dict) or not isinstance(chat.get("messages"), list):
            continue
        name = as_text(chat.get("name")) or ctx.name_hint or f"Telegram chat {chat.get('id', chat_no)}"
        # In a full-account export media paths are relative to the export root, and already
        # include "chats/chat_001/..."; in a single-chat export they are relative to the chat folder.
        for raw in chat["messages"]:
            index += 1
            if not isinstance(raw, dict):
                ctx.log.add(ctx.file, index, "message entry is not an object; skipped")
                continue
            yield _message(raw, name, index, ctx)


def _message(raw: dict[str, Any], chat: str, index: int, ctx: Context) -> Message:
    flags: list[str] = []
    when = from_unix(raw["date_unixtime"]) if "date_unixtime" in raw else None
    date_text = as_text(raw.get("date"))
    if when is None and date_text:
        when, assumed = parse_iso(date_text, ctx.zone)
        if assumed:
            flags.append(FLAG_LOCAL_TIME)
    time_text = date_text or as_text(raw.get("date_unixtime"))
    if when is None:
        flags.append(FLAG_UNPARSED_TIME)
        ctx.log.add(ctx.file, index, "date could not be read; kept as text and flagged")
    system = raw.get("type") == "service"
    if system:
        sender = as_text(raw.get("actor"))
        action = as_text(raw.get("action")).replace("_", " ")
        body = as_text(raw.get("text"))
        text = f"[{action}] {body}".strip() if action else body
    else:
        sender = as_text(raw.get("from"))
        text = as_text(raw.get("text"))
    if not sender:
        sender = as_text(raw.get("from_id") or raw.get("actor_id"))
    if raw.get("edited") or raw.get("edited_unixtime"):
        flags.append(FLAG_EDITED)
    if raw.get("forwarded_from"):
        flags.append(FLAG_FORWARDED)
    attachments: list[AttachmentRef] = []
    for field, kind in _MEDIA_FIELDS:
        value = raw.get(field)
        if isinstance(value, str) and value:
            attachments.append(_media(value, kind, raw))
    if "sticker_emoji" in raw and not attachments and isinstance(raw.get("file"), str):
        pass  # already covered by "file"
    if isinstance(raw.get("media_type"), str) and attachments:
        attachments = [AttachmentRef(a.name, a.path, raw["media_type"], a.missing) for a in attachments]
    reactions = tuple(
        Reaction(actor=as_text(r.get("from") or ""), reaction=as_text(r.get("emoji") or r.get("type")))
        for r in raw.get("reactions") or () if isinstance(r, dict)
    )
    return Message(
        platform=PLATFORM, conversation=chat, sender=sender, text=text, time_us=us_of(when), time_text=time_text,
        file=ctx.file, position=index, attachments=tuple(attachments), reactions=reactions,
        system=system, flags=tuple(flags),
    )


def _media(value: str, kind: str, raw: dict[str, Any]) -> AttachmentRef:
    if value.startswith("(File"):  # "(File not included. Change data exporting settings to download.)"
        name = as_text(raw.get("file_name")) or kind
        return AttachmentRef(name=name, path=None, kind=kind, missing=True)
    return AttachmentRef(name=value.rsplit("/", 1)[-1], path=value, kind=kind)
