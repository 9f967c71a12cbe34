"""Signal chats exported as text by community tools (signal-export's chat.md)."""

from __future__ import annotations

from standfast.ingest import signal, whatsapp
from standfast.ingest.sources import Source


def _sniff(head: bytes, low: str, platform: str | None) -> bool:
    named = platform == "signal" or "signal" in low or low.rsplit("/", 1)[-1] == "chat.md"
    return named and whatsapp.looks_like(head)


SOURCE = Source(
    name="signal", app="signal", title="Signal chat as text (signal-export chat.md)",
    parse=signal.parse,
    expected="Signal lines such as '[2024-03-13 21:03] Name: text'",
    example=b"[2024-03-13 21:03] Ivo K: hello\n[2024-03-13 21:04] Mara: ![photo](media/a.jpg)\n",
    suffixes=(".txt", ".md"),
    sniff=_sniff,
    priority=30,  # before WhatsApp: the same line shapes, told apart by name or --platform
)
