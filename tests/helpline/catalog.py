"""Keep the helpline staff app's message catalogs complete: every message id its pages can show, and
``locale/{en,es}/LC_MESSAGES/helpline.po`` (re)written with the existing translations kept.

    .venv/bin/python -m tests.helpline.catalog          # update both catalogs
    .venv/bin/python -m tests.helpline.catalog --check  # list ids without a Spanish translation
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tests.web.tools import web_catalog

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "src/standfast/helpline/templates"
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
    return web_catalog.load(lang, DOMAIN)


def write(lang: str, ids: list[str]) -> None:
    web_catalog.write(lang, ids, {} if lang == "en" else load(lang), DOMAIN, width=0)


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
