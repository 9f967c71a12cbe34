"""Message catalogs: every message the guide uses has a Spanish translation with the same placeholders."""

from __future__ import annotations

import re
import string

from standfast.i18n import catalog_ids, gettext
from tests.guide.tools.catalogs import extract_ids

IDS = extract_ids()


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_message_has_a_spanish_translation():
    missing = sorted(set(IDS) - catalog_ids("es", "guide"))
    assert not missing, "run tests/guide/tools/catalogs.py --write and translate: " + "; ".join(missing)


def test_english_catalog_is_complete():
    assert set(IDS) <= catalog_ids("en", "guide")


def test_placeholders_match():
    for msgid in IDS:
        es = gettext(msgid, lang="es", domain="guide")
        assert _fields(es) == _fields(msgid), msgid


def test_no_stale_messages_in_catalogs():
    assert catalog_ids("es", "guide") - set(IDS) == set()


def test_spanish_is_not_just_english():
    same = [m for m in IDS if gettext(m, lang="es", domain="guide") == m and re.search(r"[a-z]{4}", m)]
    # Names of settings and brands may stay as they are, but not whole sentences.
    assert not [m for m in same if len(m.split()) > 3], same


def test_calm_words():
    """Short sentences, no blame: the texts must keep saying it is not the person's fault."""
    joined = " ".join(IDS)
    assert "It is not your fault" in joined
    for word in ("stupid", "should have", "your own fault", "careless"):
        assert word not in joined.lower()
