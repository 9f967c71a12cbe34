"""Finding the chat files inside an export and choosing a parser for each.

Detection looks at names first (``_chat.txt``, ``message_1.json``, ``messages/c123/messages.csv``,
``chat_history.json``, ``result.json``) and then at the first 64 KiB of each text-like file, so a
renamed file is still recognised. Each hit becomes a :class:`Unit`; a folder of screenshots with no
hit falls back to plain evidence import in the importer.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

from standfast.errors import InputError
from standfast.ingest import discord, meta, sources
from standfast.ingest.archive import FileTree, Tree, ZipTree
from standfast.ingest.records import as_text, decode_json

_TEXTY = tuple(sorted({suffix for s in sources.registry() for suffix in s.suffixes}))
_DISCORD_PKG = re.compile(r"(?:^|/)messages/c?(\d+)/messages\.(json|csv)$", re.IGNORECASE)
_WA_NAME = re.compile(r"^WhatsApp (?:Chat|Unterhaltung|Chat de|Conversa|Chat con|Chat met|Czat)[^A-Za-z0-9]*"
                      r"(?:with |mit |con |com |met |z )?(.+?)(?:\.txt|\.zip)?$", re.IGNORECASE)
MAX_SNIFF_FILES = 20_000  # a DYI export can hold thousands of media files; only text-like ones are read


@dataclass
class Unit:
    """One parsable file inside an export."""

    tree: Tree
    path: str
    kind: str  # whatsapp, signal, imessage, telegram, meta, meta_html, discord_pkg, discord_exporter,
    # snapchat, email_eml, email_mbox, email_msg
    name_hint: str | None = None
    platform_hint: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


def conversation_from_name(name: str) -> str | None:
    """"WhatsApp Chat with Alex.zip" -> "Alex" (and the same in other app languages)."""
    base = name.rsplit("/", 1)[-1]
    m = _WA_NAME.match(base)
    if m:
        return m.group(1).strip(" -") or None
    return None


def find_units(tree: Tree, *, platform: str | None = None, fmt: str | None = None) -> list[Unit]:
    """Every chat or mail file in ``tree`` (and in zips nested in it), in a stable order. With ``fmt``
    (a registered format's name) only that format is looked for, and a single file is read as it."""
    units: list[Unit] = []
    paths = tree.paths()
    discord_index: dict[str, Any] | None = None
    discord_owner: str | None = None
    lowered = {p.lower(): p for p in paths}
    for candidate in ("messages/index.json", "package/messages/index.json"):
        if candidate in lowered:
            idx = _json_or_none(tree, lowered[candidate])
            discord_index = idx if isinstance(idx, dict) else None
    for candidate in ("account/user.json", "package/account/user.json"):
        if candidate in lowered:
            user = _json_or_none(tree, lowered[candidate])
            if isinstance(user, dict):
                discord_owner = as_text(user.get("username")) or None
    sniffed = 0
    for path in paths:
        low = path.lower()
        base = low.rsplit("/", 1)[-1]
        if low.endswith(".zip") and isinstance(tree, ZipTree):
            units.extend(find_units(tree.nested(path), platform=platform, fmt=fmt))
            continue
        if not low.endswith(_TEXTY) and not (fmt and len(paths) == 1):
            continue
        if base.startswith("._") or "__macosx/" in low:
            continue  # macOS resource forks inside zips
        sniffed += 1
        if sniffed > MAX_SNIFF_FILES:
            break
        unit = _classify(tree, path, low, base, discord_index, discord_owner, platform,
                         fmt if (fmt and len(paths) == 1) else None)
        if unit is not None and fmt and unit.kind != fmt:
            continue
        if unit is not None:
            units.append(unit)
    return units


def _json_or_none(tree: Tree, path: str) -> Any:
    try:
        return decode_json(tree.read(path, limit=16 << 20), path)
    except InputError:
        return None


def _classify(tree: Tree, path: str, low: str, base: str, discord_index: dict[str, Any] | None,
              owner: str | None, platform: str | None, fmt: str | None = None) -> Unit | None:
    """The first registered format (in priority order) that recognises the file, with its hints."""
    candidates = [sources.get(fmt)] if fmt else sources.registry()
    if not fmt and not any(source.may_recognise(low) for source in candidates):
        return None  # e.g. a photo in a chat export: no format could take it, its bytes are not read here
    try:
        head = tree.head(path)
    except InputError as exc:  # a damaged member is named in the import's error, never skipped silently
        return Unit(tree, path, "damaged", options={"reason": str(exc)})
    for source in candidates:
        if fmt or source.recognises(low, head, platform):
            return _unit(tree, path, low, base, source.name, head, discord_index, owner, platform)
    return None


def _unit(tree: Tree, path: str, low: str, base: str, kind: str, head: bytes,
          discord_index: dict[str, Any] | None, owner: str | None, platform: str | None) -> Unit:
    """A unit of ``kind`` with what its parser needs besides the bytes (conversation names, owner…)."""
    if kind == "discord_pkg":
        m = _DISCORD_PKG.search(low)
        channel_id = m.group(1) if m else "0"
        folder = posixpath.dirname(path)
        channel = _json_or_none(tree, f"{folder}/channel.json") if f"{folder}/channel.json" in tree.paths() else None
        name = discord.channel_name(channel, discord_index, channel_id)
        return Unit(tree, path, kind, name_hint=name,
                    options={"owner": owner, "fmt": "csv" if low.endswith(".csv") else "json"})
    if kind in ("meta", "meta_html"):
        return Unit(tree, path, kind, platform_hint=platform or meta.platform_for(path, head[:4096]))
    if kind == "signal":
        return Unit(tree, path, kind, name_hint=_folder_name(path))
    if kind == "whatsapp":
        return Unit(tree, path, kind, name_hint=conversation_from_name(path) or conversation_from_name(tree.name))
    if kind == "imessage":
        return Unit(tree, path, kind, name_hint=base.rsplit(".", 1)[0])
    if sources.get(kind).options.get("conversation_from_folder"):
        # e.g. screenshots: the folder (or zip) they were gathered in names the conversation
        export = None if isinstance(tree, FileTree) else re.sub(r"(?i)\.zip$", "", tree.name.rsplit("!/", 1)[-1])
        return Unit(tree, path, kind, name_hint=_folder_name(path) or export or None)
    return Unit(tree, path, kind)


def _folder_name(path: str) -> str | None:
    folder = posixpath.basename(posixpath.dirname(path))
    return folder or None
