"""DiscordChatExporter's JSON export of one channel."""

from __future__ import annotations

from standfast.ingest import discord
from standfast.ingest.sources import Source

SOURCE = Source(
    name="discord_exporter", app="discord", title="DiscordChatExporter JSON (one channel)",
    parse=discord.parse_exporter,
    expected='a DiscordChatExporter JSON file with a "messages" list',
    example=(b'{"guild": {"id": "0", "name": "Direct Messages"}, "channel": {"id": "9", "name": "vex"}, '
             b'"messages": [{"id": "1", "type": "Default", "timestamp": "2024-03-13T21:03:00+00:00", '
             b'"content": "you have an hour", "author": {"id": "5", "name": "vex"}, "attachments": []}]}'),
    suffixes=(".json",),
    sniff=lambda head, low, platform: discord.looks_like_exporter(head),
    priority=60,
    json=True,
)
