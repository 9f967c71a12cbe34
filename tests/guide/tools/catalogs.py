"""Regenerate or check the guide message catalogs (``standfast/locale/*/LC_MESSAGES/guide.po``).

    .venv/bin/python tests/guide/tools/catalogs.py --check    # list msgids missing from es
    .venv/bin/python tests/guide/tools/catalogs.py --write    # rewrite both .po files from the sources

``--write`` keeps every existing Spanish translation and adds new ids with an empty msgstr (which
the completeness test then reports), so translators see exactly what is missing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "src" / "standfast" / "guide"
LOCALE = ROOT / "src" / "standfast" / "locale"


def extract_ids() -> dict[str, list[str]]:
    """msgid -> ['file:line', ...] for every _() and N_() literal in the guide package."""
    found: dict[str, list[str]] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(SOURCE), method_map=[("**.py", "python")], keywords={"_": None, "N_": None}
    ):
        if isinstance(message, str):
            found.setdefault(message, []).append(f"{filename}:{lineno}")
    return found


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "guide.po"


def read(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=lang, domain="guide")
    with path.open("rb") as fh:
        return read_po(fh, locale=lang)


def write(lang: str, ids: dict[str, list[str]], translations: dict[str, str]) -> None:
    catalog = Catalog(locale=lang, domain="guide", project="standfast", version="0.1",
                      header_comment="# Standfast guide messages.\n# Regenerate: tests/guide/tools/catalogs.py --write")
    for msgid, locations in ids.items():
        text = msgid if lang == "en" else translations.get(msgid, "")
        catalog.add(msgid, text, locations=[(loc.rsplit(":", 1)[0], int(loc.rsplit(":", 1)[1])) for loc in locations])
    path = po_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        write_po(fh, catalog, width=100, sort_output=False, omit_header=False)


def main(argv: list[str]) -> int:
    ids = extract_ids()
    existing = {m.id: m.string for m in read("es") if m.id and m.string}
    if "--write" in argv:
        write("en", ids, {})
        write("es", ids, existing)
    missing = [i for i in ids if not existing.get(i)]
    for msgid in missing:
        print(f"missing es: {msgid!r}")
    return 1 if missing and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
