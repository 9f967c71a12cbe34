"""Snapchat "My Data": chat_history.json and snap_history.json, old and current layouts."""

from __future__ import annotations

from standfast.ingest import snapchat
from standfast.ingest.sources import Source

SOURCE = Source(
    name="snapchat", app="snapchat", title="Snapchat My Data (chat_history.json, snap_history.json)",
    parse=snapchat.parse,
    expected="a Snapchat chat_history.json",
    example=(b'{"nightowl.22": [{"From": "nightowl.22", "Media Type": "TEXT", "Created": "2024-03-13 21:03:00 UTC", '
             b'"Content": "answer me", "IsSender": false}]}'),
    suffixes=(".json",),
    names=(r"(?:^|/)chat_history\.json$", r"(?:^|/)snap_history\.json$"),
    sniff=lambda head, low, platform: snapchat.looks_like(head),
    priority=50,
    json=True,
)
