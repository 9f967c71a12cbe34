"""Discord's own data package: messages/c<channel>/messages.json (or .csv in older packages)."""

from __future__ import annotations

from collections.abc import Iterator

from standfast.ingest import discord
from standfast.ingest.records import Context, Message
from standfast.ingest.sources import Source


def parse(data: bytes, ctx: Context) -> Iterator[Message]:
    fmt = "csv" if ctx.file.lower().endswith(".csv") else "json"
    return discord.parse_package(data, ctx, fmt=fmt)


SOURCE = Source(
    name="discord_pkg", app="discord", title="Discord data package (messages/c…/messages.json or .csv)",
    parse=parse,
    expected="a Discord data package messages.json or messages.csv",
    example=b'[{"ID": 7, "Timestamp": "2024-03-13 21:03:00", "Contents": "delete it please", "Attachments": ""}]',
    suffixes=(".json", ".csv"),
    names=(r"(?:^|/)messages/c?\d+/messages\.(?:json|csv)$",),
    priority=10,
    json=True,
)
