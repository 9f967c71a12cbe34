"""Instagram and Facebook Messenger "Download your information" in JSON (message_1.json)."""

from __future__ import annotations

from standfast.ingest import meta
from standfast.ingest.sources import Source

SOURCE = Source(
    name="meta", app="instagram/facebook", title="Instagram or Facebook messages, JSON (message_1.json)",
    parse=meta.parse,
    parse_file=meta.parse_file,
    expected='an Instagram or Facebook message_1.json with a "messages" list',
    example=(b'{"participants": [{"name": "kai.w"}, {"name": "Dee"}], "messages": [{"sender_name": "kai.w", '
             b'"timestamp_ms": 1710363780000, "content": "pay or I post it"}, {"sender_name": "Dee", '
             b'"timestamp_ms": 1710363840000, "content": "no"}], "title": "kai.w"}'),
    suffixes=(".json",),
    sniff=lambda head, low, platform: meta.looks_like(head),
    priority=40,
    json=True,
)
