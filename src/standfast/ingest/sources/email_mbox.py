"""A mailbox file (mbox): many e-mails, each starting with a "From " line. Read in pieces."""

from __future__ import annotations

import io
from collections.abc import Iterator

from standfast.ingest import mail
from standfast.ingest.records import Context, Message
from standfast.ingest.sources import Source


def parse(data: bytes, ctx: Context) -> Iterator[Message]:
    return mail.parse_mbox_stream(io.BytesIO(data), ctx)


def _sniff(head: bytes, low: str, platform: str | None) -> bool:
    return head.startswith(b"From ") and (b"\nFrom:" in head or b"\nfrom:" in head.lower()[:4096])


SOURCE = Source(
    name="email_mbox", app="email", title="Mailbox (.mbox, or a .txt holding one)",
    parse=parse,
    parse_stream=mail.parse_mbox_stream,
    expected="an mbox mailbox with 'From ' lines between e-mails",
    example=(b"From x@example.invalid Wed Mar 13 21:03:00 2024\nFrom: x@example.invalid\nSubject: hi\n\n"
             b"I have your photos.\n\nFrom y@example.invalid Wed Mar 13 22:00:00 2024\nFrom: y@example.invalid\n"
             b"Subject: again\n\n>From now on, pay.\n"),
    suffixes=(".mbox", ".txt"),
    names=(r"\.mbox$",),
    sniff=_sniff,
    priority=80,
)
