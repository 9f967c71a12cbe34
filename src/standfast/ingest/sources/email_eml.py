"""One e-mail saved as .eml (RFC 5322)."""

from __future__ import annotations

from standfast.ingest import mail
from standfast.ingest.sources import Source

SOURCE = Source(
    name="email_eml", app="email", title="E-mail message (.eml)",
    parse=mail.parse_eml,
    expected="an e-mail (.eml) with headers and a body",
    example=(b"From: Unknown <x@example.invalid>\r\nTo: me@example.invalid\r\nSubject: your video\r\n"
             b"Date: Wed, 13 Mar 2024 21:03:00 +0000\r\n\r\nPay 800 USD in bitcoin within 48 hours.\r\n"),
    suffixes=(".eml",),
    names=(r"\.eml$",),
    priority=10,
)
