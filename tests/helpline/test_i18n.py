"""The staff pages in every language of the personal app, through the same mechanism (``lang`` cookie,
else the browser's Accept-Language; gettext catalogs read by ``standfast.i18n``): no English left."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from standfast.helpline.access import assign
from standfast.helpline.web import create_app
from standfast.i18n import SUPPORTED_LANGUAGES
from standfast.web.i18n import LANGUAGE_NAMES
from tests.helpline import catalog
from tests.helpline.test_web import _csrf, _login

_TEXT = re.compile(r">([^<]+)<")


def _english_left(page: str, lang: str) -> list[str]:
    """Message ids shown in English on a page meant to be in ``lang`` (only those whose translation differs)."""
    table = catalog.load(lang)
    differs = [i for i in catalog.message_ids() if table.get(i) and table[i] != i]
    texts = [html.unescape(t).strip() for t in _TEXT.findall(page)]
    texts = [t for t in texts if t]
    left = [i for i in differs if i in texts]  # a whole text: "Queue", "Staff", "Sign out"…
    # a longer sentence inside a text (after a label or before a link)
    left += [i for i in differs if len(i.split()) >= 3 and i not in left and any(i in t for t in texts)]
    return left


def test_every_message_id_has_a_translation_in_every_language() -> None:
    ids = catalog.message_ids()
    assert len(ids) > 80
    for lang in SUPPORTED_LANGUAGES:
        table = catalog.load(lang)
        assert [i for i in ids if not table.get(i)] == [], lang
    assert set(LANGUAGE_NAMES) == set(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_staff_page_renders_in_each_language(world, lang: str) -> None:
    hl, staff, cases, uris = world
    a, _b = cases
    assign(hl, staff["sam"], a, staff["cat"].id)
    app = create_app(hl)
    pages: dict[str, str] = {}
    anonymous = TestClient(app, headers={"accept-language": f"{lang};q=0.9, en;q=0.1" if lang != "en" else "en"})
    pages["login"] = anonymous.get("/login").text
    r = anonymous.post("/login", data={"csrf": "wrong", "name": "x", "password": "y", "code": "1"})
    pages["login form expired"] = r.text
    r = _login(anonymous, "cat", uris["cat"], code="000000")
    assert r.status_code == 403
    pages["login refused"] = r.text
    pages["help"] = anonymous.get("/help?country=ZZ").text
    pages["bye"] = anonymous.get("/bye").text
    for name in ("sam", "cat", "ada"):
        client = TestClient(app, headers={"accept-language": lang})
        assert _login(client, name, uris[name]).status_code == 303
        pages[f"{name} queue"] = client.get("/").text
        pages[f"{name} staff"] = client.get("/staff").text
        pages[f"{name} case"] = client.get(f"/cases/{a}").text
    sam = TestClient(app, headers={"accept-language": lang})
    _login(sam, "sam", uris["sam"])
    pages["unassigned"] = sam.get("/?unassigned=1").text
    pages["new"] = sam.get("/?state=new").text
    pages["audit"] = sam.get("/audit").text
    pages["no such case"] = sam.get("/cases/" + "0" * 32).text
    pages["bad page link"] = sam.get("/?after=nonsense").text
    assert len(pages) == 19
    for name, page in pages.items():
        assert f'<html lang="{lang}">' in page, name
        if lang != "en":
            assert _english_left(page, lang) == [], name
    table = catalog.load(lang)
    assert table["Quick exit"] in pages["cat case"] and table["Evidence"] in pages["cat case"]
    assert table["You do not have access to this case."] in pages["ada case"]
    assert table["That name, password or code is not right. Please try again."] in pages["login refused"]


def test_the_language_switch_sets_the_personal_apps_cookie_and_needs_the_pages_token(world) -> None:
    hl, _staff, _cases, uris = world
    client = TestClient(create_app(hl))
    page = client.get("/login")
    assert '<html lang="en">' in page.text and "Idioma" not in page.text
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    # another site's form (no token) changes nothing
    client.post("/language", data={"lang": "es"}, follow_redirects=False)
    assert '<html lang="en">' in client.get("/login").text
    client.post("/language", data={"lang": "es", "csrf": client.cookies.get("sf_signin") or token},
                follow_redirects=False)
    assert client.cookies.get("lang") == "es"
    assert "Iniciar sesión" in client.get("/login").text
    assert _login(client, "sam", uris["sam"]).status_code == 303
    assert "Cola" in client.get("/").text
    client.post("/language", data={"lang": "en", "csrf": _csrf(client)}, follow_redirects=False)
    assert client.cookies.get("lang") == "en" and "Queue" in client.get("/").text
    client.post("/language", data={"lang": "xx", "csrf": _csrf(client)}, follow_redirects=False)
    assert client.cookies.get("lang") == "en"
