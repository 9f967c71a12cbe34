"""Telegram Desktop's JSON export (result.json): one chat or all chats."""

from __future__ import annotations

from standfast.ingest import telegram
from standfast.ingest.sources import Source

SOURCE = Source(
    name="telegram", app="telegram", title="Telegram Desktop JSON export (result.json)",
    parse=telegram.parse,
    expected='a Telegram Desktop JSON export with a "messages" list',
    example=(b'{"name": "Rafa", "type": "personal_chat", "id": 42, "messages": [{"id": 1, "type": "message", '
             b'"date": "2024-03-13T21:03:00", "date_unixtime": "1710363780", "from": "Rafa", "from_id": "user42", '
             b'"text": "send it now"}]}'),
    suffixes=(".json",),
    sniff=lambda head, low, platform: telegram.looks_like(head),
    priority=70,
    json=True,
)
