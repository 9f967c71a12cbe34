"""Instagram and Facebook/Messenger "Download your information" (DYI) messages, JSON and HTML.

JSON: ``messages/inbox/<thread>/message_N.json`` (under ``your_instagram_activity/`` or
``your_activity_across_facebook/`` in newer exports) with ``participants[{name}]``, ``title``,
``thread_path`` and ``messages[]`` of ``sender_name``, ``timestamp_ms``, ``content``, ``photos`` /
``videos`` / ``audio_files`` / ``files`` / ``gifs`` ``[{uri, creation_timestamp}]``, ``sticker{uri}``,
``share{link, share_text}``, ``reactions[{reaction, actor}]``, ``is_unsent``, ``type``.

Meta writes every UTF-8 byte as its own ``\\u00XX`` escape, so all strings are repaired with
:func:`standfast.ingest.textfix.fix_mojibake`.

Big exports are decoded in two steps to keep memory flat: the file is decoded once with the
messages left as raw JSON slices (``msgspec.Raw`` points into the file's bytes, no copies), then
each slice is decoded into a small typed struct, turned into a :class:`Message`, and dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any, BinaryIO

import ijson
import msgspec
from dateutil import parser as dateparser

from standfast.errors import InputError
from standfast.ingest.records import (
    FLAG_LOCAL_TIME,
    FLAG_UNPARSED_TIME,
    FLAG_UNSENT,
    AttachmentRef,
    Context,
    Message,
    Reaction,
    as_text,
    decode_json,
    from_unix,
    json_depth_within,
    strip_bom,
    to_utc,
    too_deep,
    us_of,
)
from standfast.ingest.textfix import fix_mojibake

_fix = fix_mojibake


class _Media(msgspec.Struct):
    uri: str = ""


class _Reaction(msgspec.Struct):
    reaction: str = ""
    actor: str = ""


class _Share(msgspec.Struct):
    link: str | None = None
    share_text: str | None = None


class _Msg(msgspec.Struct):
    # Lists default to None, not []: a fresh empty list per message and field costs time and memory.
    sender_name: str = ""
    timestamp_ms: int | float | None = None
    content: str | None = None
    photos: list[_Media] | None = None
    videos: list[_Media] | None = None
    audio_files: list[_Media] | None = None
    files: list[_Media] | None = None
    gifs: list[_Media] | None = None
    sticker: _Media | None = None
    share: _Share | None = None
    reactions: list[_Reaction] | None = None
    is_unsent: bool = False
    type: str | None = None
    call_duration: int | float | None = None


class _Participant(msgspec.Struct):
    name: str = ""


class _Thread(msgspec.Struct):
    messages: list[msgspec.Raw] = []
    participants: list[_Participant] = []
    title: str = ""
    thread_path: str = ""
    thread_type: str | None = None


_THREAD = msgspec.json.Decoder(_Thread)
_MSG = msgspec.json.Decoder(_Msg)
_ANY = msgspec.json.Decoder()
_MEDIA_KINDS = (("photos", "photo"), ("videos", "video"), ("audio_files", "audio"), ("files", "file"),
                ("gifs", "gif"))
_SYSTEM_TYPES = {"Call", "Subscribe", "Unsubscribe"}


def looks_like(head: bytes) -> bool:
    return b'"sender_name"' in head and b'"timestamp_ms"' in head


def platform_for(path: str, head: bytes = b"") -> str:
    """Instagram or Facebook: the export's folder names say it; the JSON itself rarely does."""
    low = path.lower()
    if "instagram" in low:
        return "instagram"
    if "facebook" in low or "messenger" in low:
        return "facebook"
    if b"instagram" in head:
        return "instagram"
    return "facebook"


def parse(data: bytes, ctx: Context) -> Iterator[Message]:
    data = strip_bom(data)
    platform = ctx.platform_hint or platform_for(ctx.file, data[:4096])
    try:
        thread = _THREAD.decode(data)
    except RecursionError:
        raise too_deep(ctx.file) from None
    except msgspec.ValidationError:
        # Right JSON, unexpected shapes (a hand-edited or future export): the slow generic path.
        yield from _parse_generic(decode_json(data, ctx.file), ctx, platform)
        return
    except (msgspec.DecodeError, UnicodeDecodeError):
        decode_json(data, ctx.file)  # raises the clear InputError
        return
    participants = tuple(_fix(p.name) for p in thread.participants if p.name)
    conversation = (_fix(thread.title) or ctx.name_hint or thread.thread_path or ", ".join(participants)
                    or f"{platform} conversation")
    messages = thread.messages
    thread.messages = []
    senders: dict[str, tuple[str, tuple[str, ...]]] = {}  # raw sender name -> (repaired, recipients)
    for index, raw in enumerate(messages, start=1):
        try:
            m = _MSG.decode(raw)
        except (msgspec.ValidationError, UnicodeDecodeError):
            try:
                obj = _ANY.decode(raw)
            except (msgspec.DecodeError, UnicodeDecodeError):
                ctx.log.add(ctx.file, index, "message is not valid JSON; skipped")
                continue
            if isinstance(obj, dict):
                yield _from_dict(obj, index, conversation, participants, platform, ctx)
            else:
                ctx.log.add(ctx.file, index, "message entry is not an object; skipped")
            continue
        yield _typed(m, index, conversation, participants, platform, senders, ctx)


def _typed(m: _Msg, index: int, conversation: str, participants: tuple[str, ...], platform: str,
           senders: dict[str, tuple[str, tuple[str, ...]]], ctx: Context) -> Message:
    """One typed message as a :class:`Message` (``senders`` caches each sender's repaired name)."""
    file = ctx.file
    who = senders.get(m.sender_name)
    if who is None:
        sender = _fix(m.sender_name)
        who = senders[m.sender_name] = (sender, tuple(p for p in participants if p != sender))
        if len(senders) > 10_000:  # hostile files: every message from someone else
            senders.clear()
    ms = m.timestamp_ms
    if type(ms) is int and -62135596800000 < ms < 253402300799000:
        time_us: int | None = ms * 1000
    else:
        time_us = us_of(from_unix(ms, millis=True)) if ms is not None else None
    flags: tuple[str, ...] = ()
    if time_us is None:
        flags = (FLAG_UNPARSED_TIME,)
        ctx.log.add(file, index, "timestamp missing or out of range; flagged")
    if m.is_unsent:
        flags = (*flags, FLAG_UNSENT)
    attachments: tuple[AttachmentRef, ...] = ()
    if m.photos or m.videos or m.audio_files or m.files or m.gifs or m.sticker is not None:
        attachments = _attachments(m)
    share = None
    if m.share is not None:
        share = _fix(m.share.link or m.share.share_text or "") or None
    reactions = tuple(Reaction(_fix(r.actor), _fix(r.reaction)) for r in m.reactions) if m.reactions else ()
    content = m.content
    if content is None:
        content = ""
    elif not content.isascii():  # most messages are ASCII: no repair, no call
        content = _fix(content)
    return Message(platform, conversation, who[0], content, time_us, str(ms) if ms is not None else "", file,
                   index, who[1], attachments, reactions, share, m.type is not None and m.type in _SYSTEM_TYPES,
                   flags)


STREAM_BUFFER = 1 << 20  # bytes the streaming parser reads at a time


def parse_file(opener: Callable[[], BinaryIO], ctx: Context) -> Iterator[Message]:
    """The same messages as :func:`parse`, read from a file in pieces with memory bounded by one message.

    For exports too big to hold in memory twice (a 240 MB thread is one line of JSON). The file is
    first checked not to nest deeper than any export (ijson keeps a path per open level: a hostile
    depth would cost gigabytes). Then ijson's C parser (yajl) reads the thread's facts (participants,
    title, thread path; Meta writes the title after the messages, so that pass reads to the end
    unless it has every fact earlier) and, in a last pass, yields one message at a time.
    """
    with opener() as fh:
        head = fh.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        with opener() as fh:  # UTF-16/32 (re-saved by some tool): rare and re-encoded whole
            yield from parse(fh.read(), ctx)
        return
    with opener() as fh:
        if not json_depth_within(_skip_bom(fh)):
            raise too_deep(ctx.file)
    facts = _stream_facts(opener, ctx.file)
    with opener() as fh:
        platform = ctx.platform_hint or platform_for(ctx.file, fh.read(4096))
    participants = tuple(_fix(as_text(p)) for p in facts.get("participants", []) if p)
    title = facts.get("title")
    conversation = (_fix(title if isinstance(title, str) else "") or ctx.name_hint
                    or as_text(facts.get("thread_path")) or ", ".join(participants) or f"{platform} conversation")
    if not facts.get("messages"):
        ctx.log.add(ctx.file, 0, "no message list found in this file")
        return
    senders: dict[str, tuple[str, tuple[str, ...]]] = {}
    with opener() as fh:
        try:
            for index, obj in enumerate(ijson.items(_skip_bom(fh), "messages.item", buf_size=STREAM_BUFFER,
                                                    use_float=True), start=1):
                if not isinstance(obj, dict):
                    ctx.log.add(ctx.file, index, "message entry is not an object; skipped")
                    continue
                try:
                    m = msgspec.convert(obj, _Msg)
                except msgspec.ValidationError:
                    yield _from_dict(obj, index, conversation, participants, platform, ctx)
                    continue
                yield _typed(m, index, conversation, participants, platform, senders, ctx)
        except (ijson.JSONError, UnicodeDecodeError) as exc:
            raise _stream_error(ctx.file, exc) from None


def _skip_bom(fh: BinaryIO) -> BinaryIO:
    if fh.read(3) != b"\xef\xbb\xbf":
        fh.seek(0)
    return fh


def _stream_facts(opener: Callable[[], BinaryIO], file: str) -> dict[str, Any]:
    """Top-level participants' names, title and thread path, and whether a message list exists."""
    facts: dict[str, Any] = {"participants": []}
    with opener() as fh:
        try:
            for prefix, event, value in ijson.parse(_skip_bom(fh), buf_size=STREAM_BUFFER):
                if prefix == "messages":
                    if event == "start_array":
                        facts["messages"] = True
                        if "title" in facts:
                            return facts  # everything needed is known: skip the messages
                        break  # the title (if any) follows the messages: found by a filtered pass below
                elif prefix == "participants.item.name" and event == "string":
                    facts["participants"].append(value)
                elif prefix in ("title", "thread_path") and event == "string":
                    facts[prefix] = value
                elif prefix == "" and event not in ("start_map", "map_key", "end_map"):
                    return facts  # the document is not an object
            else:
                return facts
        except (ijson.JSONError, UnicodeDecodeError) as exc:
            raise _stream_error(file, exc) from None
    # Filtered in C: the messages are skipped without building any of them.
    for key in ("title", "thread_path"):
        with opener() as fh:
            try:
                for value in ijson.items(_skip_bom(fh), key, buf_size=STREAM_BUFFER):
                    if isinstance(value, str):
                        facts[key] = value
                    break
            except (ijson.JSONError, UnicodeDecodeError) as exc:
                raise _stream_error(file, exc) from None
        if facts.get("title"):
            break
    return facts


def _stream_error(file: str, exc: Exception) -> InputError:
    text = str(exc)
    return InputError(f"{file}: not valid JSON ({text[:117] + '...' if len(text) > 120 else text}). "
                      "Is the file complete?")


def _attachments(m: _Msg) -> tuple[AttachmentRef, ...]:
    attachments: list[AttachmentRef] = []
    for field, kind in _MEDIA_KINDS:
        for media in getattr(m, field) or ():
            if media.uri:
                attachments.append(_ref(media.uri, kind))
    if m.sticker is not None and m.sticker.uri:
        attachments.append(_ref(m.sticker.uri, "sticker"))
    return tuple(attachments)


def _ref(uri: str, kind: str) -> AttachmentRef:
    return AttachmentRef(name=uri.rsplit("/", 1)[-1], path=uri, kind=kind)


def _from_dict(obj: dict[str, Any], index: int, conversation: str, participants: tuple[str, ...], platform: str,
               ctx: Context) -> Message:
    """Field by field, accepting any JSON types (used only when the typed decode refuses a message)."""
    ms = obj.get("timestamp_ms")
    when = from_unix(ms, millis=True) if isinstance(ms, int | float | str) else None
    flags: tuple[str, ...] = ()
    if when is None:
        flags = (FLAG_UNPARSED_TIME,)
        ctx.log.add(ctx.file, index, "timestamp missing or not readable; flagged")
    attachments = []
    for field, kind in _MEDIA_KINDS:
        items = obj.get(field)
        for media in items if isinstance(items, list) else ():
            if isinstance(media, dict) and isinstance(media.get("uri"), str) and media["uri"]:
                attachments.append(_ref(media["uri"], kind))
    sender = _fix(as_text(obj.get("sender_name")))
    return Message(
        platform=platform, conversation=conversation, sender=sender,
        text=_fix(as_text(obj.get("content"))), time_us=us_of(when), time_text=as_text(ms), file=ctx.file,
        position=index, recipients=tuple(p for p in participants if p != sender),
        attachments=tuple(attachments), system=obj.get("type") in _SYSTEM_TYPES,
        flags=(*flags, FLAG_UNSENT) if obj.get("is_unsent") is True else flags,
    )


def _parse_generic(doc: Any, ctx: Context, platform: str) -> Iterator[Message]:
    if not isinstance(doc, dict) or not isinstance(doc.get("messages"), list):
        ctx.log.add(ctx.file, 0, "no message list found in this file")
        return
    parts = doc.get("participants")
    participants = tuple(
        _fix(as_text(p.get("name"))) for p in parts if isinstance(p, dict)
    ) if isinstance(parts, list) else ()
    conversation = _fix(as_text(doc.get("title"))) or ctx.name_hint or ", ".join(participants)
    for index, obj in enumerate(doc["messages"], start=1):
        if isinstance(obj, dict):
            yield _from_dict(obj, index, conversation, participants, platform, ctx)
        else:
            ctx.log.add(ctx.file, index, "message entry is not an object; skipped")


# ---------------------------------------------------------------------------------------------
# HTML ("Download your information" in HTML format). Each message is a box holding three parts
# whose CSS classes Meta renames now and then; both known generations are recognised:
#   2022+: sender "_a6-h", body "_a6-p", time "_a6-o", reactions list "_a6-q";
#   older: "_2lek"/"_2pio", "_2let", "_2lem".
# Since 2023 the sender is an <h2> (before, a <div>), and the time reads "Sep 22, 2017 6:33 am"
# (before, "Sep 22, 2017, 6:33 AM"). A group's page starts with an <h2 class="_a6-h"> header
# "Participants: a, b and c"; a message request's with "Mailbox thread pending": headers, not messages.

_SENDER_CLASSES = ("_a6-h", "_2pio")
_BODY_CLASSES = ("_a6-p", "_2let")
_TIME_CLASSES = ("_a6-o", "_2lem")
_REACTION_CLASSES = ("_a6-q",)
_ROLE_TAGS = ("div", "h2", "ul")
_SRC_TAGS = {"img": "photo", "video": "video", "audio": "audio"}
_PARTICIPANTS = re.compile(r"^\s*Participants:\s*(.+)$", re.DOTALL)


def looks_like_html(head: bytes) -> bool:
    return b"<html" in head.lower() and any(c.encode() in head for c in _SENDER_CLASSES + _BODY_CLASSES)


class _BlockParser(HTMLParser):
    """Collects (sender, body text, media paths, links, reactions, time text) for every message box."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.blocks: list[dict[str, Any]] = []
        self._stack: list[tuple[str, str | None]] = []  # (tag, role) of each open div/h2/ul
        self._role: str | None = None  # the innermost open role: sender, body, time, reactions
        self._in_title = False
        self._span_depth = 0  # inside a reaction: its own time is in a nested <span>
        self._fallback = 0  # inside <video>/<audio>: "Click for video:" is the player's fallback, not text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "title":
            self._in_title = True
        if tag in _ROLE_TAGS:
            classes = (a.get("class") or "").split()
            role = None
            if any(c in classes for c in _SENDER_CLASSES):
                role = "sender"
                self.blocks.append({"sender": "", "body": [], "media": [], "links": [], "time": "",
                                    "reactions": []})
            elif any(c in classes for c in _BODY_CLASSES):
                role = "body"
            elif any(c in classes for c in _TIME_CLASSES):
                role = "time"
            elif self._role == "body" and any(c in classes for c in _REACTION_CLASSES):
                role = "reactions"
            self._stack.append((tag, role))
            if role is not None:
                self._role = role
        elif self.blocks and self._role == "reactions":
            if tag == "li":
                self.blocks[-1]["reactions"].append("")
                self._span_depth = 0
            elif tag == "span":
                self._span_depth += 1
        elif self.blocks and self._role == "body":
            if tag in ("video", "audio"):
                self._fallback += 1
            if tag in _SRC_TAGS and a.get("src"):
                self.blocks[-1]["media"].append((a["src"], _SRC_TAGS[tag]))
            elif tag == "a" and a.get("href"):
                self.blocks[-1]["links"].append(a["href"])
            elif tag == "br":
                self.blocks[-1]["body"].append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "span" and self._role == "reactions":
            self._span_depth = max(0, self._span_depth - 1)
        if tag in ("video", "audio"):
            self._fallback = max(0, self._fallback - 1)
        if tag in _ROLE_TAGS and self._stack:
            # Close up to the matching tag (a stray end tag in hand-edited markup closes nothing).
            for depth in range(len(self._stack) - 1, -1, -1):
                if self._stack[depth][0] == tag:
                    break
            else:
                return
            closed = self._stack[depth:]
            del self._stack[depth:]
            self._role = next((r for _t, r in reversed(self._stack) if r is not None), None)
            if all(r is None for _t, r in closed) and tag == "div" and self._role == "body" and self.blocks \
                    and self.blocks[-1]["body"][-1:] != ["\n"]:
                self.blocks[-1]["body"].append("\n")  # nested divs inside a body are paragraphs

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if not self.blocks or self._role is None:
            return
        block = self.blocks[-1]
        if self._role == "sender":
            block["sender"] += data
        elif self._role == "time":
            block["time"] += data
        elif self._role == "reactions":
            if self._span_depth <= 1 and block["reactions"]:
                block["reactions"][-1] += data
        elif not self._fallback:
            block["body"].append(data)


def _reaction(text: str) -> Reaction | None:
    """"❤️kai.w" -> Reaction(actor="kai.w", reaction="❤️"): the emoji first, then who reacted."""
    text = text.strip()
    cut = 0
    while cut < len(text) and not (text[cut].isalnum() or text[cut] in "_."):
        cut += 1
    emoji, actor = text[:cut].strip(), text[cut:].strip()
    return Reaction(actor, emoji) if emoji or actor else None


def parse_html(data: bytes, ctx: Context) -> Iterator[Message]:
    data = strip_bom(data)
    text = data.decode("utf-8", "replace")  # Meta's HTML is proper UTF-8 (no mojibake there)
    parser = _BlockParser()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError):  # html.parser raises these on pathological markup
        ctx.log.add(ctx.file, 0, "the HTML could not be read completely")
    platform = ctx.platform_hint or platform_for(ctx.file, data[:4096])
    conversation = parser.title.strip() or ctx.name_hint or "conversation"
    links_pattern = re.compile(r"https?://")
    participants: tuple[str, ...] = ()
    blocks = []
    for block in parser.blocks:
        if not block["time"].strip() and not "".join(block["body"]).strip() and not block["media"]:
            # A page header in a message's clothes ("Participants: …", "Mailbox thread pending").
            m = _PARTICIPANTS.match(html.unescape(block["sender"]))
            if m:
                participants = tuple(p.strip() for p in re.split(r",\s*|\s+and\s+", m.group(1).strip()) if p.strip())
            continue
        blocks.append(block)
    for index, block in enumerate(blocks, start=1):
        sender = block["sender"].strip()
        body = "".join(block["body"])
        body = re.sub(r"\n{2,}", "\n", body).strip()
        time_text = html.unescape(block["time"]).strip()
        when = _html_time(time_text, ctx)
        flags: tuple[str, ...] = (FLAG_LOCAL_TIME,) if when is not None else (FLAG_UNPARSED_TIME,)
        if when is None:
            ctx.log.add(ctx.file, index, "date could not be read; kept as text and flagged")
        attachments = tuple(_ref(src, kind) for src, kind in block["media"] if not links_pattern.match(src))
        share = next((link for link in block["links"] if links_pattern.match(link)), None)
        reactions = tuple(r for r in map(_reaction, block["reactions"]) if r is not None)
        yield Message(
            platform=platform, conversation=conversation, sender=sender, text=body, time_us=us_of(when),
            time_text=time_text, file=ctx.file, position=index, attachments=attachments, share=share,
            recipients=tuple(p for p in participants if p != sender), reactions=reactions, flags=flags,
        )


def _html_time(text: str, ctx: Context) -> datetime | None:
    if not text:
        return None
    try:
        # "Jul 05, 2019, 4:55 PM" / "Jan 01, 2023 11:25:00 am": the exporter's local wall clock.
        naive = dateparser.parse(text, fuzzy=False)
    except (ValueError, OverflowError, TypeError, dateparser.ParserError):
        return None
    if naive.tzinfo is not None:
        return naive.astimezone(UTC)
    return to_utc(naive, ctx.zone)
