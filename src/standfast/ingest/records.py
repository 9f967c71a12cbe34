"""The records every source parser yields, and the helpers they share.

A parser turns the bytes of one file inside an export into :class:`Message` records. It never
touches the vault: the importer resolves attachment references to evidence items, seals the text
and stores the rows. Keeping parsers pure makes them easy to test and to fuzz.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any, BinaryIO, overload

import msgspec

from standfast.errors import InputError

# Flags a message can carry. Kept as plain strings so they survive JSON and CSV unchanged.
POSITION_BITS = 32  # message id = ingest_source.seq << 32 | position
FLAG_UNPARSED_TIME = "unparsed_time"  # the source's date text could not be read; kept as text
FLAG_LOCAL_TIME = "local_time_assumed"  # the source gave a wall-clock time; a time zone was assumed
FLAG_AMBIGUOUS_DATE = "ambiguous_date_order"  # d/m vs m/d could not be proven from the file
FLAG_EDITED = "edited"
FLAG_UNSENT = "unsent"  # the sender removed it (Meta's is_unsent)
FLAG_FORWARDED = "forwarded"
FLAG_SENT_BY_OWNER = "sent_by_account_owner"  # Discord/Snapchat packages list the owner's messages


class AttachmentRef(msgspec.Struct, frozen=True):
    """A file a message refers to. ``path`` is relative to the parsed file's folder or export root."""

    name: str
    path: str | None = None
    kind: str = "file"  # photo, video, audio, sticker, gif, file, link
    missing: bool = False  # the export says the file was not included
    data: bytes | None = None  # the bytes themselves, when the source embeds them (e-mail parts)


class Reaction(msgspec.Struct, frozen=True):
    actor: str
    reaction: str


class Message(msgspec.Struct, gc=False):
    """One message as read from a source. ``time_us`` is microseconds since 1970 UTC or None (see
    :func:`us_of`; ``time`` gives it as an aware datetime); ``time_text`` is verbatim.

    The time is kept as an integer because that is what the importer stores: a parser that reads a
    number (Meta's milliseconds) never builds a datetime for each of a million messages. Not tracked
    by the garbage collector (``gc=False``): a message holds only strings, numbers and tuples of
    frozen records, so it can never be part of a reference cycle, and a parser makes a million of them."""

    platform: str
    conversation: str
    sender: str
    text: str
    time_us: int | None
    time_text: str
    file: str  # path of the parsed file inside the export
    position: int  # line number (text formats, 1-based) or message index (structured formats)
    recipients: tuple[str, ...] = ()
    attachments: tuple[AttachmentRef, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    share: str | None = None  # a shared link or post
    system: bool = False  # "X created group", "joined Telegram", call records...
    flags: tuple[str, ...] = ()

    @property
    def time(self) -> datetime | None:
        """The message's time as an aware UTC datetime, or None when the source's was unreadable."""
        return time_of(self.time_us)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@overload
def us_of(when: datetime) -> int: ...


@overload
def us_of(when: None) -> None: ...


def us_of(when: datetime | None) -> int | None:
    """An aware datetime as microseconds since 1970 UTC (exact integer arithmetic, no float)."""
    if when is None:
        return None
    delta = when - _EPOCH
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def time_of(us: int | None) -> datetime | None:
    """Microseconds since 1970 UTC as an aware datetime (the inverse of :func:`us_of`)."""
    return None if us is None else _EPOCH + timedelta(microseconds=us)


class Issue(msgspec.Struct, frozen=True):
    """Something a parser could not use, reported to the user (never containing message text)."""

    file: str
    position: int
    reason: str


class ParseLog:
    """Collects issues while a parser runs; the importer reports them after the import."""

    def __init__(self, limit: int = 1000) -> None:
        self.issues: list[Issue] = []
        self.count = 0
        self._limit = limit

    def add(self, file: str, position: int, reason: str) -> None:
        self.count += 1
        if len(self.issues) < self._limit:  # a broken 1 GB file must not fill memory with issues
            self.issues.append(Issue(file, position, reason))


Parser = Callable[[bytes, "Context"], Iterator[Message]]


def from_unix(value: Any, *, millis: bool = False) -> datetime | None:
    """Epoch seconds (or milliseconds) to aware UTC; None for anything out of range or not a number."""
    try:
        number = float(value)
        if millis:
            number /= 1000.0
        if not -62135596800 < number < 253402300799:  # datetime's own range
            return None
        return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=number)
    except (TypeError, ValueError, OverflowError):
        return None


def to_utc(naive: datetime, zone: tzinfo) -> datetime:
    """Interpret a wall-clock time in ``zone`` and convert to UTC."""
    try:
        return naive.replace(tzinfo=zone).astimezone(UTC)
    except (OverflowError, ValueError):
        # Times at the very edge of datetime's range cannot shift; keep them as UTC.
        return naive.replace(tzinfo=UTC)


def parse_iso(text: str, zone: tzinfo | None = None) -> tuple[datetime | None, bool]:
    """ISO 8601 to aware UTC. Returns (time, assumed_zone) – naive values are read in ``zone``."""
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except (ValueError, TypeError):
        return None, False
    if value.tzinfo is None:
        return to_utc(value, zone or UTC), True
    try:
        return value.astimezone(UTC), False
    except (OverflowError, ValueError):
        return None, False


def too_deep(file: str) -> InputError:
    """The error for JSON nested deeper than any export (msgspec stops at the interpreter's recursion
    limit, ~1,000 levels, with RecursionError: a checked limit in C, not a crash)."""
    return InputError(f"{file}: the JSON is nested far deeper than any real export (hundreds of levels); "
                      "it was not read.")


def decode_json(data: bytes, file: str) -> Any:
    """Decode a whole JSON document to Python objects; a clear error for broken or hostile files."""
    try:
        return msgspec.json.decode(strip_bom(data))
    except RecursionError:
        raise too_deep(file) from None
    except msgspec.DecodeError as exc:
        raise InputError(f"{file}: not valid JSON ({_short(exc)}). Is the file complete?") from None
    except UnicodeDecodeError:
        raise InputError(f"{file}: the JSON is not UTF-8 text; it may be damaged.") from None


MAX_JSON_DEPTH = 512  # no real export nests deeper than ~10 levels
_JSON_STRING = re.compile(rb'"[^"]*"')
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')


def json_depth_within(stream: BinaryIO, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether a JSON document's nesting stays within ``limit`` levels, read in 1 MiB pieces.

    Streaming parsers (ijson) keep a path per open level, so a hostile file nested 100,000 deep would
    cost gigabytes. This check runs at the speed of ``bytes.replace``: escapes are dropped (``\\\\``
    first, then ``\\"``), only quotes and brackets are kept, strings are removed, and the depth is
    counted over what is left (balanced pairs dropped first, so the count may be up to 8 levels low);
    an unclosed string carries over to the next piece.
    """
    depth, carry = 0, b""
    while chunk := stream.read(1 << 20):
        chunk = carry + chunk
        carry = b""
        if chunk.endswith(b"\\"):  # an escape cut in two: finish it with the next piece
            tail = len(chunk) - len(chunk.rstrip(b"\\"))
            if tail % 2:
                chunk, carry = chunk[:-1], b"\\"
        kept = chunk.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _NOT_STRUCTURE)
        kept = _JSON_STRING.sub(b"", kept.replace(b'""', b""))
        quote = kept.find(b'"')
        pending = b""
        if quote != -1:  # a string goes on in the next piece: what follows its quote is its text
            kept, pending = kept[:quote], b'"'

        # Drop balanced pairs cheaply first: what is left of a normal export is a few brackets.
        for _ in range(8):
            shorter = kept.replace(b"[]", b"").replace(b"{}", b"")
            if len(shorter) == len(kept):
                break
            kept = shorter
        for c in kept:
            depth += 1 if c in (91, 123) else -1
            if depth > limit:
                return False
        carry = pending + carry
    return True


def strip_bom(data: bytes) -> bytes:
    """Remove a UTF-8 BOM; re-encode UTF-16/32 documents to UTF-8 (some tools save exports so)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:]
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec).encode("utf-8")
            except UnicodeError:
                raise InputError("The file starts like UTF-16/32 text but does not decode.") from None
    return data


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) < 120 else text[:117] + "..."


def as_text(value: Any, _depth: int = 0) -> str:
    """Any JSON value to a string without failing (hostile files put numbers or lists anywhere).
    Text nested more than 32 levels deep is left out: no export nests text like that."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return str(value)
    if _depth > 32:
        return ""
    if isinstance(value, list):
        return "".join(as_text(v.get("text") if isinstance(v, dict) else v, _depth + 1) for v in value)
    if isinstance(value, dict):
        return as_text(value.get("text") or value.get("name") or "", _depth + 1)
    return str(value)


class Context:
    """What a parser needs besides the bytes: where they came from, how to read wall-clock times."""

    __slots__ = ("ask_date_order", "date_order", "facts", "file", "log", "name_hint", "platform_hint", "zone")

    def __init__(self, file: str, *, zone: tzinfo = UTC, log: ParseLog | None = None,
                 name_hint: str | None = None, platform_hint: str | None = None, date_order: str | None = None,
                 ask_date_order: Callable[[str, list[str]], str | None] | None = None) -> None:
        self.file = file
        self.zone = zone
        self.log = log if log is not None else ParseLog()
        self.name_hint = name_hint  # e.g. the conversation name from "WhatsApp Chat with X.zip"
        self.platform_hint = platform_hint
        self.date_order = date_order  # "DMY", "MDY" or "YMD" when the user said it (--date-order)
        self.ask_date_order = ask_date_order  # asks the user when a file's dates read either way
        self.facts: dict[str, Any] = {}  # what the parser learned (layout, date order), for the report
