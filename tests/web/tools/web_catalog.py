"""Keep the web message catalogs complete: extract every message id the web app can show and
(re)write ``locale/{en,es}/LC_MESSAGES/web.po``, keeping existing translations.

    .venv/bin/python -m tests.web.tools.web_catalog          # update both catalogs
    .venv/bin/python -m tests.web.tools.web_catalog --check  # list ids without a Spanish translation
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[3]
WEB = ROOT / "src/standfast/web"
LOCALE = ROOT / "src/standfast/locale"
_CALL = re.compile(r'''(?:(?<![\w.])_\(|\bN_\(|_msg\(request,)\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')''')


def message_ids() -> list[str]:
    ids: list[str] = []
    for f in sorted([*WEB.rglob("*.html"), *WEB.rglob("*.py")]):
        for m in _CALL.finditer(f.read_text(encoding="utf-8")):
            raw = m.group(1) if m.group(1) is not None else m.group(2)
            text = raw.replace('\\"', '"').replace("\\'", "'")
            if text and text not in ids:
                ids.append(text)
    try:  # analyze's verdict summaries and signals are shown on "Is this real?"
        from standfast.analyze.triage import SIGNAL_TEXT
        from standfast.analyze.verdicts import SIGNAL_SUMMARY, SUMMARY

        ids.extend(t for t in [*SUMMARY.values(), *SIGNAL_SUMMARY.values(), *SIGNAL_TEXT.values()] if t not in ids)
    except ImportError:
        pass
    return ids


def load(lang: str, domain: str = "web") -> dict[str, str]:
    """The translated messages of ``locale/<lang>/LC_MESSAGES/<domain>.po`` ({} when there is none)."""
    path = LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return {str(m.id): str(m.string) for m in read_po(fh, locale=lang) if m.id and m.string}


def write(lang: str, ids: list[str], translations: dict[str, str], domain: str = "web", width: int = 100) -> None:
    """(Re)write the ``domain`` catalog of ``lang`` with ``ids`` in order; English ids translate to themselves."""
    catalog = Catalog(locale=lang, domain=domain, project="standfast", version="0.1.0",
                      msgid_bugs_address="", fuzzy=False)
    for mid in ids:
        catalog.add(mid, translations.get(mid, mid if lang == "en" else ""))
    path = LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        write_po(fh, catalog, width=width, omit_header=False, sort_output=False)


def main(argv: list[str]) -> int:
    ids = message_ids()
    if "--check" in argv:
        es = load("es")
        missing = [i for i in ids if not es.get(i)]
        for mid in missing:
            print(mid)
        return 1 if missing else 0
    seed: dict[str, str] = {}
    if "--seed" in argv:  # a Python file defining ES = {english: spanish}
        namespace: dict[str, object] = {}
        exec(Path(argv[argv.index("--seed") + 1]).read_text(encoding="utf-8"), namespace)
        seed = dict(namespace["ES"])  # type: ignore[arg-type]
    write("en", ids, {})
    write("es", ids, {**seed, **load("es")})
    print(f"{len(ids)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
