"""The web catalogs are complete (every message the app can show has Spanish) and consistent."""

from __future__ import annotations

import re

from standfast.i18n import gettext
from tests.web.tools.web_catalog import load, message_ids

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def test_every_web_message_has_a_spanish_translation() -> None:
    es = load("es")
    missing = [mid for mid in message_ids() if not es.get(mid)]
    assert missing == []


def test_english_catalog_lists_every_message() -> None:
    en = load("en")
    assert set(message_ids()) <= set(en)


def test_placeholders_survive_translation() -> None:
    for mid, text in load("es").items():
        assert sorted(_PLACEHOLDER.findall(mid)) == sorted(_PLACEHOLDER.findall(text)), mid
        assert mid.count("%%") == text.count("%%"), mid


def test_spanish_is_served_through_standfast_i18n() -> None:
    assert gettext("Quick exit", lang="es-MX", domain="web") == "Salida rápida"
    assert gettext("Quick exit", lang="fr", domain="web") == "Quick exit"
