"""WhatsApp "Export chat" text, Android and iOS, in every region's date and time layout."""

from __future__ import annotations

from standfast.ingest import whatsapp
from standfast.ingest.sources import Source

SOURCE = Source(
    name="whatsapp", app="whatsapp", title="WhatsApp chat export (_chat.txt, 'WhatsApp Chat with ….txt')",
    parse=whatsapp.parse,
    expected="WhatsApp message lines such as '13/03/2024, 21:03 - Name: text'",
    example=(b"13/03/2024, 21:02 - Jun Park: are you there?\n13/03/2024, 21:03 - Lea M: yes\nwhy?\n"
             b"14/03/2024, 09:00 - Jun Park: IMG-20240314-WA0003.jpg (file attached)\n"),
    suffixes=(".txt",),
    names=(r"(?:^|/)_chat\.txt$", r"(?:^|/)whatsapp (?:chat|unterhaltung|conversa|czat)[^/]*\.txt$"),
    sniff=lambda head, low, platform: whatsapp.looks_like(head),
    priority=40,
)
