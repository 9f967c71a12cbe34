"""The source registry: every format declared once; detection, docs and the CLI follow it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from standfast.ingest import sources
from standfast.ingest.archive import FileTree
from standfast.ingest.detect import find_units
from standfast.ingest.records import Context

DOCS = Path(__file__).resolve().parents[2] / "docs" / "ingest.md"


def test_docs_table_matches_the_registry() -> None:
    text = DOCS.read_text(encoding="utf-8")
    m = re.search(r"<!-- formats:start[^>]*-->\n(.*?)<!-- formats:end -->", text, re.DOTALL)
    assert m is not None, "docs/ingest.md lost its formats table markers"
    assert m.group(1) == sources.markdown_table(), (
        "docs/ingest.md's formats table differs from the registry; paste standfast.ingest.sources.markdown_table()")


def test_names_are_unique_and_complete() -> None:
    names = [s.name for s in sources.registry()]
    assert len(names) == len(set(names))
    assert {"whatsapp", "signal", "imessage", "telegram", "meta", "meta_html", "discord_exporter", "discord_pkg",
            "snapchat", "email_eml", "email_msg", "email_mbox"} <= set(names)


@pytest.mark.parametrize("source", [s for s in sources.registry() if s.name != "email_msg"], ids=lambda s: s.name)
def test_each_example_parses_and_is_detected(tmp_path: Path, source: sources.Source) -> None:
    file = {"discord_pkg": "messages/c9/messages.json", "screenshots": "IMG_0001.png"}.get(
        source.name, f"example{source.suffixes[0]}")
    msgs = list(source.parse(source.example, Context(file)))
    assert msgs, source.name
    if source.name in ("signal", "discord_pkg"):
        return  # recognised by their folder names, covered in the import tests
    p = tmp_path / file
    p.write_bytes(source.example)
    assert [u.kind for u in find_units(FileTree(p))] == [source.name]


def test_format_forces_the_parser(tmp_path: Path) -> None:
    p = tmp_path / "export.dat"
    p.write_bytes(sources.get("whatsapp").example)
    assert find_units(FileTree(p)) == []
    assert [u.kind for u in find_units(FileTree(p), fmt="whatsapp")] == ["whatsapp"]
