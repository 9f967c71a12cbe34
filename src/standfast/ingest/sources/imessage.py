"""iMessage conversations exported as text (imessage-exporter's .txt files)."""

from __future__ import annotations

from standfast.ingest import imessage
from standfast.ingest.sources import Source

SOURCE = Source(
    name="imessage", app="imessage", title="iMessage text export (imessage-exporter)",
    parse=imessage.parse,
    expected="iMessage text export lines (a date line, then the sender, then the text)",
    example=(b"Apr 2, 2024  8:15:00 PM\n+15555550123\nwho is this\n\n"
             b"Apr 2, 2024  8:16:10 PM (Read by you after 1 minute)\nMe\nleave me alone\n"),
    suffixes=(".txt",),
    sniff=lambda head, low, platform: imessage.looks_like(head),
    priority=60,
)
