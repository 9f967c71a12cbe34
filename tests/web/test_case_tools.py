"""Pages added on top of the first web app: "Is this real?" keeping the message in a case, the
"Analyse" button of an evidence item, notes and web addresses, closing and reopening a case, marking
the suspect on the timeline, the password check, and the fast pre-filled reports page."""

from __future__ import annotations

import io
import zipfile

from standfast.analyze.indicators import PASSWORD_MASK
from tests.web.conftest import Web

SCAM = """Subject: I know your password

I know your password is Hunter2Secret! and I recorded you through your camera. Send 1200 USD in
bitcoin to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq within 48 hours or I send the video to all
your contacts."""


def _items(w: Web, cid: str) -> list:  # type: ignore[type-arg]
    return w.app.state.holder._vault.list_items(cid)


def test_check_keeps_pasted_text_in_the_chosen_case_and_lists_stored_verdicts(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    form = unlocked.get(f"/check?case={cid}").text
    assert 'name="case"' in form and f'value="{cid}" selected' in form and "Nothing checked in this case yet" in form
    r = unlocked.client.post("/check", data={"csrf": unlocked.csrf(), "text": SCAM, "case": cid},
                             files={"file": ("", b"", "application/octet-stream")})
    assert r.status_code == 200, r.text
    html = r.text
    assert "Kept as evidence in" in html and "Bulk scam" in html
    assert "Hunter2Secret" not in html  # the quoted password is never echoed in the verdict
    items = _items(unlocked, cid)
    assert len(items) == 1 and items[0].kind == "note"
    assert f"/cases/{cid}/items/{items[0].id}" in html
    assert "Already checked in" in html and "<td>Bulk scam" in html
    # Without a case nothing is stored.
    unlocked.client.post("/check", data={"csrf": unlocked.csrf(), "text": SCAM},
                         files={"file": ("", b"", "application/octet-stream")})
    assert len(_items(unlocked, cid)) == 1
    custody = unlocked.app.state.holder._vault
    from standfast.vault.models import CustodyEntry  # type: ignore[attr-defined]

    with custody.read() as s:
        actions = [e.action for e in s.query(CustodyEntry).all()]
    assert "item.analyzed" in actions


def test_check_keeps_an_uploaded_file_and_refuses_a_closed_case(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    r = unlocked.client.post("/check", data={"csrf": unlocked.csrf(), "case": cid},
                             files={"file": ("threat.eml", SCAM.encode(), "message/rfc822")})
    assert r.status_code == 200 and "Kept as evidence in" in r.text
    [item] = _items(unlocked, cid)
    assert item.original_name == "threat.eml" and item.kind == "file"
    unlocked.app.state.holder._vault.close_case(cid)
    r = unlocked.client.post("/check", data={"csrf": unlocked.csrf(), "text": SCAM, "case": cid},
                             files={"file": ("", b"", "application/octet-stream")})
    assert r.status_code == 400 and "This case is closed" in r.text
    assert len(_items(unlocked, cid)) == 1
    bogus = unlocked.client.post("/check", data={"csrf": unlocked.csrf(), "text": SCAM, "case": "ffff00"},
                                 files={"file": ("", b"", "application/octet-stream")})
    assert bogus.status_code == 404


def test_analyse_button_on_an_item_shows_verdict_signals_and_masked_indicators(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    up = unlocked.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": unlocked.csrf(), "kind": "files"},
                              files={"files": ("mail.eml", SCAM.encode(), "message/rfc822")})
    assert up.status_code == 303
    [item] = _items(unlocked, cid)
    before = unlocked.get(f"/cases/{cid}/items/{item.id}").text
    assert f'action="/cases/{cid}/items/{item.id}/analyze"' in before and ">Analyse<" in before
    r = unlocked.post(f"/cases/{cid}/items/{item.id}/analyze")
    assert r.status_code == 303 and r.headers["location"].endswith("done=analysed")
    html = unlocked.get(r.headers["location"]).text
    assert "Bulk scam" in html and "Asks for bitcoin" in html
    assert "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq" in html
    assert "A password is quoted (hidden here)" in html
    # The page shows the raw text of text items only for notes; the analysis never adds the password.
    assert "Hunter2Secret" not in html and PASSWORD_MASK not in html
    assert "Analyse again" in html
    # Items the analyser cannot read have no button, and posting is refused.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "x")
    unlocked.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": unlocked.csrf(), "kind": "files"},
                         files={"files": ("stuff.zip", buf.getvalue(), "application/zip")})
    other = next(i for i in _items(unlocked, cid) if i.original_name == "stuff.zip")
    assert "/analyze" not in unlocked.get(f"/cases/{cid}/items/{other.id}").text
    assert unlocked.post(f"/cases/{cid}/items/{other.id}/analyze").status_code == 404


def test_add_a_note_and_a_web_address(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    html = unlocked.get(f"/cases/{cid}/evidence").text
    assert f'action="/cases/{cid}/evidence/note"' in html and f'action="/cases/{cid}/evidence/url"' in html
    r = unlocked.post(f"/cases/{cid}/evidence/note", {"title": "What happened", "text": "He wrote first on Monday."})
    assert r.status_code == 303 and r.headers["location"].endswith("done=note")
    r = unlocked.post(f"/cases/{cid}/evidence/url", {"url": "https://example.com/profile/abc",
                                                      "what_seen": "His profile with my photo"})
    assert r.status_code == 303 and r.headers["location"].endswith("done=url")
    items = {i.kind: i for i in _items(unlocked, cid)}
    vault = unlocked.app.state.holder._vault
    assert vault.read_item(items["note"].id).decode() == "He wrote first on Monday."
    assert items["note"].meta.get("title") == "What happened"
    assert "His profile with my photo" in vault.read_item(items["url"].id).decode()
    listing = unlocked.get(f"/cases/{cid}/evidence?done=url").text
    assert "The web address was added" in listing and "https://example.com/profile/abc" in listing
    bad = unlocked.post(f"/cases/{cid}/evidence/url", {"url": "javascript:alert(1)", "what_seen": "x"})
    assert bad.status_code == 400 and "starting with http:// or https://" in bad.text
    empty = unlocked.post(f"/cases/{cid}/evidence/note", {"text": "  "})
    assert empty.status_code == 400 and "Write the note first" in empty.text
    assert len(_items(unlocked, cid)) == 2


def test_close_and_reopen_a_case(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    r = unlocked.post(f"/cases/{cid}/close")
    assert r.status_code == 303 and r.headers["location"].endswith("done=closed")
    vault = unlocked.app.state.holder._vault
    assert vault.get_case(cid).status == "closed"
    html = unlocked.get(f"/cases/{cid}/evidence").text
    assert "This case is closed" in html and "Reopen this case" in html and "/evidence/note" not in html
    assert "closed" in unlocked.get("/").text
    refused = unlocked.post(f"/cases/{cid}/evidence/note", {"text": "more"})
    assert refused.status_code == 400 and "This case is closed" in refused.text
    up = unlocked.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": unlocked.csrf(), "kind": "files"},
                              files={"files": ("a.txt", b"hello", "text/plain")})
    assert up.status_code == 400 and _items(unlocked, cid) == []
    r = unlocked.post(f"/cases/{cid}/reopen")
    assert r.status_code == 303 and r.headers["location"].endswith("done=reopened")
    assert vault.get_case(cid).status == "open"
    assert unlocked.post(f"/cases/{cid}/evidence/note", {"text": "more"}).status_code == 303
    from standfast.vault.models import CustodyEntry  # type: ignore[attr-defined]

    with vault.read() as s:
        assert [e.action for e in s.query(CustodyEntry).all()].count("case.updated") >= 2


def _import_chat(w: Web, cid: str) -> None:
    lines = "".join(f"01/02/24, 10:{i:02d} - {'Sam' if i % 2 else 'Jess'}: message number {i}\n" for i in range(20))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("_chat.txt", lines)
    r = w.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": w.csrf(), "kind": "export"},
                      files={"files": ("WhatsApp Chat with Sam.zip", buf.getvalue(), "application/zip")})
    assert r.status_code == 303


def test_mark_and_unmark_the_suspect_highlights_their_messages(unlocked: Web) -> None:
    from standfast.ingest import timeline

    cid = unlocked.new_case(age_group="adult", country="US")
    _import_chat(unlocked, cid)
    html = unlocked.get(f"/cases/{cid}/timeline").text
    assert "No one is marked as the suspect yet" in html and 'class="suspect"' not in html
    people = unlocked.get(f"/cases/{cid}/timeline/people").text
    assert "Sam" in people and "Jess" in people and f'action="/cases/{cid}/suspects/mark"' in people
    filtered = unlocked.get(f"/cases/{cid}/timeline?participant=Sam").text
    assert "Mark “Sam” as the suspect" in filtered
    r = unlocked.post(f"/cases/{cid}/suspects/mark", {"participant": "Sam",
                                                       "back": f"/cases/{cid}/timeline?participant=Sam&done=x"})
    assert r.status_code == 303
    assert r.headers["location"] == f"/cases/{cid}/timeline?participant=Sam&done=suspect"
    vault = unlocked.app.state.holder._vault
    assert timeline.suspects(vault, cid) == ["Sam"]
    html = unlocked.get(f"/cases/{cid}/timeline").text
    assert html.count('<tr class="suspect">') == 10  # Sam's 10 messages of 20
    assert "calm-alert" not in html  # highlighted calmly, not with alarm styling
    # A foreign "back" goes to the timeline, never off-site.
    r = unlocked.post(f"/cases/{cid}/suspects/unmark", {"participant": "Sam", "back": "//evil.example/x"})
    assert r.headers["location"] == f"/cases/{cid}/timeline?done=suspect"
    assert timeline.suspects(vault, cid) == []
    assert unlocked.post(f"/cases/{cid}/suspects/shout", {"participant": "Sam"}).status_code == 404
    assert unlocked.post(f"/cases/{cid}/suspects/mark", {"participant": " "}).status_code == 400
    from standfast.vault.models import CustodyEntry  # type: ignore[attr-defined]

    with vault.read() as s:
        actions = [e.action for e in s.query(CustodyEntry).all()]
    assert "ingest.suspect_marked" in actions and "ingest.suspect_unmarked" in actions


SECRET = "Tr0ub4dor&3-xyzzy-Plugh"


def test_password_check_scores_without_storing_logging_or_echoing(unlocked: Web, caplog) -> None:  # type: ignore[no-untyped-def]
    import logging

    caplog.set_level(logging.DEBUG)
    cid = unlocked.new_case(age_group="adult", country="US", started="email")
    assert 'href="/password"' in unlocked.get(f"/cases/{cid}/plan").text  # the plan's guide:password link
    form = unlocked.get("/password")
    assert form.status_code == 200 and 'method="post" action="/password"' in form.text
    assert 'type="password"' in form.text and "standfast password breached" in form.text
    r = unlocked.post("/password", {"password": SECRET})
    assert r.status_code == 200 and "Strength: " in r.text
    assert SECRET not in r.text and SECRET not in str(r.headers) and SECRET not in str(r.url)
    assert r.headers["cache-control"] == "no-store"
    weak = unlocked.post("/password", {"password": "password123"})
    assert "Strength: 0 of 4" in weak.text and "password123" not in weak.text
    # GET never scores (a password must not travel in an address).
    assert "Strength: " not in unlocked.get(f"/password?password={SECRET}").text
    assert unlocked.post("/password", {"password": ""}).status_code == 400
    assert unlocked.post("/password", {"password": SECRET}, csrf=False).status_code == 403
    # (the test client itself logs the GET address above; the app logs nothing of it)
    assert all(SECRET not in rec.getMessage() for rec in caplog.records if not rec.name.startswith("httpx"))
    vault_files = [p for p in unlocked.config.vault_path.rglob("*") if p.is_file()]
    assert all(SECRET.encode() not in p.read_bytes() for p in vault_files)


def test_password_page_in_spanish(unlocked: Web) -> None:
    unlocked.client.cookies.set("lang", "es")
    r = unlocked.post("/password", {"password": "password123"})
    assert "Comprobar una contraseña" in r.text and "Time to guess" not in r.text


def test_reports_texts_list_channels_and_render_one_on_demand(unlocked: Web) -> None:
    import re

    cid = unlocked.new_case(age_group="minor", country="US", started="chat", platforms=["instagram"],
                            demands=["money"])
    listing = unlocked.get(f"/cases/{cid}/reports/texts")
    assert listing.status_code == 200 and "<textarea" not in listing.text
    links = re.findall(rf'href="/cases/{cid}/reports/texts/([\w-]+)"', listing.text)
    assert "us-ncmec-cybertipline" in links
    from standfast.reports import facts, texts

    vault = unlocked.app.state.holder._vault
    assert links == [c.id for c in texts.channels_of(facts.gather(vault, cid))]  # same list, without the facts
    one = unlocked.get(f"/cases/{cid}/reports/texts/us-ncmec-cybertipline")
    assert one.status_code == 200 and "CyberTipline" in one.text and 'data-copy="report-text"' in one.text
    expected = texts.render_channel(vault, facts.gather(vault, cid), "us-ncmec-cybertipline", "en")
    import html as html_mod

    assert expected.split("\n")[5] in html_mod.unescape(one.text)
    # Only the case's own channels; anything else is 404.
    assert unlocked.get(f"/cases/{cid}/reports/texts/gb-ceop").status_code == 404
    assert unlocked.get(f"/cases/{cid}/reports/texts/..%2F..%2Fvault").status_code == 404


def test_new_pages_have_no_inline_script_or_style_and_are_complete_in_spanish(unlocked: Web) -> None:
    import re

    cid = unlocked.new_case(age_group="adult", country="US")
    _import_chat(unlocked, cid)
    unlocked.post(f"/cases/{cid}/evidence/note", {"text": SCAM})
    [note] = [i for i in _items(unlocked, cid) if i.kind == "note"]
    unlocked.post(f"/cases/{cid}/items/{note.id}/analyze")
    urls = ["/password", f"/check?case={cid}", f"/cases/{cid}/timeline/people", f"/cases/{cid}/reports/texts",
            f"/cases/{cid}/items/{note.id}", f"/cases/{cid}/evidence", f"/cases/{cid}/timeline"]
    for lang in ("en", "es"):
        unlocked.client.cookies.set("lang", lang)
        for url in urls:
            r = unlocked.get(url)
            assert r.status_code == 200, url
            assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", r.text), url
            assert "<style" not in r.text and " style=" not in r.text, url
            if lang == "es":  # no English left from the new strings
                for english in ("Keep it as evidence", "Mark as the suspect", "Check a password", "Write a note",
                                "Analyse again", "Other channels"):
                    assert english not in r.text, (url, english)
