"""E-mail as messages: ``.eml``, ``.mbox`` and Outlook ``.msg``, through :mod:`standfast.ingest.email`.

Each e-mail becomes one :class:`Message` on the "email" platform; the conversation is the subject
without "Re:"/"Fwd:" prefixes, so a thread lines up in the timeline. Attachments travel with their
bytes and become evidence items. A broken e-mail inside a mailbox is reported and skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import ModuleType
from typing import BinaryIO

from standfast.errors import InputError
from standfast.ingest.records import FLAG_UNPARSED_TIME, AttachmentRef, Context, Message, us_of

PLATFORM = "email"
_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|tr|rv|res|enc)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def _email_module() -> ModuleType:
    from standfast.ingest import email as parser  # written by the analyze engineer

    return parser


def thread_name(subject: str | None) -> str:
    return _PREFIX.sub("", subject or "").strip() or "(no subject)"


def to_message(parsed, ctx: Context, position: int) -> Message:  # type: ignore[no-untyped-def]
    flags: tuple[str, ...] = ()
    if parsed.date is None:
        flags = (FLAG_UNPARSED_TIME,)
        ctx.log.add(ctx.file, position, "the Date header could not be read; kept as text and flagged")
    attachments = tuple(
        AttachmentRef(name=a.name or f"attachment-{i}", path=None, kind=a.content_type or "file", data=a.data)
        for i, a in enumerate(parsed.attachments, start=1)
    )
    return Message(
        platform=PLATFORM, conversation=thread_name(parsed.subject), sender=parsed.sender or "",
        text=parsed.text or "", time_us=us_of(parsed.date), time_text=parsed.date_text or "", file=ctx.file,
        position=position, recipients=tuple(parsed.recipients), attachments=attachments, flags=flags,
    )


def parse_eml(data: bytes, ctx: Context) -> Iterator[Message]:
    yield to_message(_email_module().parse_email(data), ctx, 1)


def parse_msg(data: bytes, ctx: Context) -> Iterator[Message]:
    yield to_message(_email_module().parse_msg(data), ctx, 1)


def parse_mbox_stream(stream: BinaryIO, ctx: Context) -> Iterator[Message]:
    """Messages of an mbox read from a stream (a zip member, e.g. Google Takeout)."""
    for index, raw in split_mbox(stream, ctx):
        yield from _one(raw, index, ctx)


def parse_mbox_path(path, ctx: Context) -> Iterator[Message]:  # type: ignore[no-untyped-def]
    for index, raw in _email_module().iter_mbox(path):
        yield from _one(raw, index + 1, ctx)


def _one(raw: bytes, position: int, ctx: Context) -> Iterator[Message]:
    try:
        parsed = _email_module().parse_email(raw)
    except InputError as exc:
        ctx.log.add(ctx.file, position, f"e-mail skipped: {exc}")
        return
    yield to_message(parsed, ctx, position)


def split_mbox(stream: BinaryIO, ctx: Context) -> Iterator[tuple[int, bytes]]:
    """mboxrd splitting on "From " lines after a blank line (same rules as email.iter_mbox)."""
    index = 0
    buf: list[bytes] = []
    started = False
    prev_blank = True
    for line in stream:
        if line.startswith(b"From ") and prev_blank:
            if started and buf:
                index += 1
                yield index, _unescape(buf)
            buf, started, prev_blank = [], True, False
            continue
        if not started:
            if line.strip():
                raise InputError(f"{ctx.file} does not look like an mbox mailbox (no 'From ' line first).")
            continue
        buf.append(line)
        prev_blank = line in (b"\n", b"\r\n")
    if started and buf:
        yield index + 1, _unescape(buf)


def _unescape(lines: list[bytes]) -> bytes:
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]
    return b"".join(ln[1:] if ln.startswith(b">") and ln.lstrip(b">").startswith(b"From ") else ln for ln in lines)
