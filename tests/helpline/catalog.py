"""Keep the helpline staff app's message catalogs complete: every message id its pages can show, and
``locale/{en,es}/LC_MESSAGES/helpline.po`` (re)written with the existing translations kept.

    .venv/bin/python -m tests.helpline.catalog          # update both catalogs
    .venv/bin/python -m tests.helpline.catalog --check  # list ids without a Spanish translation
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "src/standfast/helpline/templates"
LOCALE = ROOT / "src/standfast/locale"
DOMAIN = "helpline"
_CALL = re.compile(r'''(?<![\w.])_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')''')


def message_ids() -> list[str]:
    from standfast.helpline.web import SHOWN_MESSAGES, WORDS

    ids: list[str] = []
    for f in sorted(TEMPLATES.glob("*.html")):
        for m in _CALL.finditer(f.read_text(encoding="utf-8")):
            raw = m.group(1) if m.group(1) is not None else m.group(2)
            ids.append(raw.replace('\\"', '"').replace("\\'", "'"))
    ids += [w for names in WORDS.values() for w in names.values()]
    ids += SHOWN_MESSAGES
    return list(dict.fromkeys(i for i in ids if i))


def load(lang: str) -> dict[str, str]:
    path = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return {str(m.id): str(m.string) for m in read_po(fh, locale=lang) if m.id and m.string}


def write(lang: str, ids: list[str]) -> None:
    old = load(lang)
    catalog = Catalog(locale=lang, project="standfast", domain=DOMAIN)
    for i in ids:
        catalog.add(i, i if lang == "en" else old.get(i, ""))
    path = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        write_po(fh, catalog, width=0, omit_header=False, sort_output=False)


def main(argv: list[str]) -> int:
    ids = message_ids()
    if "--check" in argv:
        missing = [i for i in ids if not load("es").get(i)]
        for i in missing:
            print(f"no Spanish translation: {i!r}")
        return 1 if missing else 0
    for lang in ("en", "es"):
        write(lang, ids)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
