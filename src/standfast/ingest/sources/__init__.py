"""The registry of export formats Standfast can import: one module in this package per format.

Each module defines ``SOURCE``, a :class:`Source` that says what the format is, how it is
recognised (file names, magic bytes, a sniff of the first 64 KiB), how it is parsed, what a user
should expect to find in it, and a small example file. Everything else is built from this list:
detection (:mod:`standfast.ingest.detect`), the importer's choice of parser, ``standfast import
--format`` and ``--formats``, the table in docs/ingest.md and the fuzz tests. Adding a format is one
new module here (plus its tests).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from standfast.ingest.records import Context, Message, too_deep

Parse = Callable[[bytes, Context], Iterator[Message]]
STREAM_OVER = 16 << 20  # files bigger than this are streamed by formats that can (Source.parse_file)
# sniff(first 64 KiB, lower-case path, --platform) -> True when the content is this format
Sniff = Callable[[bytes, str, "str | None"], bool]


@dataclass(frozen=True)
class Source:
    name: str  # the --format value and the parser's name in ingest_source.parser
    app: str  # the app shown to the user (platform of its messages)
    title: str  # what file it reads, in a few words
    parse: Parse
    expected: str  # what the file should hold, for the error when no message could be read
    example: bytes  # a small valid file: the fuzz seed and the smoke test
    suffixes: tuple[str, ...]  # lower-case endings of file names this format can have
    names: tuple[str, ...] = ()  # regexes on the lower-case path: recognised by name alone
    magic: tuple[bytes, ...] = ()  # file starts: recognised by content alone
    sniff: Sniff | None = None
    # When set, the content is sniffed only for paths matching one of these regexes (lower-case path):
    # for formats whose suffixes are common (images), so detection never reads every photo of an export.
    sniff_names: tuple[str, ...] = ()
    priority: int = 50  # lower is tried first (specific formats before general ones)
    json: bool = False  # a JSON format (nesting limits and the structured fuzz apply)
    parse_stream: Callable[[BinaryIO, Context], Iterator[Message]] | None = None  # reads big files in pieces
    # The same messages as ``parse``, from a file opened (once per pass) by the callable, in bounded
    # memory: the importer uses it for files over STREAM_OVER bytes instead of reading them whole.
    parse_file: Callable[[Callable[[], BinaryIO], Context], Iterator[Message]] | None = None
    options: dict[str, Any] = field(default_factory=dict)

    def read(self, data: bytes, ctx: Context) -> Iterator[Message]:
        """The parser's messages; input nested too deeply for any parser is a clear InputError."""
        try:
            yield from self.parse(data, ctx)
        except RecursionError:
            raise too_deep(ctx.file) from None

    def by_name(self, low: str) -> bool:
        return any(re.search(p, low) for p in self.names)

    def may_recognise(self, low: str) -> bool:
        """Whether this format could recognise the file at all (else its first bytes are not read)."""
        if not low.endswith(self.suffixes):
            return False
        return bool(self.by_name(low) or self.magic or (self.sniff is not None and self._may_sniff(low)))

    def _may_sniff(self, low: str) -> bool:
        return not self.sniff_names or any(re.search(p, low) for p in self.sniff_names)

    def recognises(self, low: str, head: bytes, platform: str | None) -> bool:
        """Whether a file (by its lower-case path and first bytes) is this format."""
        if not low.endswith(self.suffixes):
            return False
        if self.by_name(low):
            return True
        if self.magic and head.startswith(self.magic):
            return True
        return self.sniff is not None and self._may_sniff(low) and self.sniff(head, low, platform)

    def recognised_by(self) -> str:
        parts = [", ".join(self.suffixes)]
        if self.names:
            parts.append("names")
        if self.magic:
            parts.append("magic bytes")
        if self.sniff:
            parts.append("content")
        return " · ".join(parts)


@functools.cache
def registry() -> tuple[Source, ...]:
    """Every registered format, in the order detection tries them."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        source = getattr(module, "SOURCE", None)
        if isinstance(source, Source):
            found.append(source)
    return tuple(sorted(found, key=lambda s: (s.priority, s.name)))


def names() -> list[str]:
    return sorted(s.name for s in registry())


def get(name: str) -> Source:
    for s in registry():
        if s.name == name:
            return s
    raise KeyError(name)


def table() -> list[dict[str, str]]:
    """One row per format, sorted by name: the --formats listing and the docs table."""
    return [{"name": s.name, "app": s.app, "title": s.title, "recognised_by": s.recognised_by()}
            for s in sorted(registry(), key=lambda s: s.name)]


def markdown_table() -> str:
    rows = ["| format | app | what it reads | recognised by |", "|---|---|---|---|"]
    rows += [f"| `{r['name']}` | {r['app']} | {r['title']} | {r['recognised_by']} |" for r in table()]
    return "\n".join(rows) + "\n"
