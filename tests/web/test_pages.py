"""Pages and their actions without a browser: plan progress, evidence import and timeline, takedown,
reports (package, PDF, pre-filled texts, removal requests), help, and a minor's intimate upload."""

from __future__ import annotations

import io
import zipfile

from PIL import Image

from tests.web.conftest import Web


def _png(color: tuple[int, int, int] = (10, 120, 200), size: tuple[int, int] = (80, 60)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="PNG")
    return out.getvalue()


def _upload(w: Web, cid: str, name: str, data: bytes, **fields: str) -> int:
    r = w.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": w.csrf(), **fields},
                      files={"files": (name, data, "application/octet-stream")})
    return r.status_code


def test_plan_checklist_progress(unlocked: Web) -> None:
    cid = unlocked.new_case(safe_now="yes", age_group="adult", country="GB", started="email", demands=["crypto"])
    assert "0 of 9 steps done" in unlocked.get(f"/cases/{cid}/plan").text
    assert unlocked.post(f"/cases/{cid}/plan/report", {"done": "1"}).status_code == 303
    html = unlocked.get(f"/cases/{cid}/plan").text
    assert "1 of 9 steps done" in html and 'value="1"' in html
    assert unlocked.post(f"/cases/{cid}/plan/not_a_step", {"done": "1"}).status_code == 404


def test_not_safe_now_shows_crisis_lines_only(unlocked: Web) -> None:
    cid = unlocked.new_case(safe_now="no", country="US")
    html = unlocked.get(f"/cases/{cid}/plan").text
    assert "Please talk to someone now" in html and "988" in html and "steps done" not in html


def test_bad_interview_answer_is_explained(unlocked: Web) -> None:
    r = unlocked.post("/start", {"role": "stranger"})
    assert r.status_code == 400 and "role" in r.text


def test_chat_export_import_and_paginated_timeline(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    lines = "".join(f"01/02/24, {10 + i // 60}:{i % 60:02d} - {'Sam' if i % 2 else 'Jess'}: message number {i}\n"
                    for i in range(150))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("_chat.txt", lines)
    assert _upload(unlocked, cid, "WhatsApp Chat with Sam.zip", buf.getvalue(), kind="export") == 303
    page1 = unlocked.get(f"/cases/{cid}/timeline").text
    assert "Messages (150)" in page1 and "message number 0" in page1 and "Page 1 of 2" in page1
    page2 = unlocked.get(f"/cases/{cid}/timeline?page=2").text
    assert "message number 149" in page2 and "message number 0<" not in page2
    only = unlocked.get(f"/cases/{cid}/timeline?participant=Sam").text
    assert "message number 1<" in only and "message number 0<" not in only and "Page 1<" in only
    found = unlocked.get(f"/cases/{cid}/timeline?text=number 42").text
    assert "message number 42" in found


def test_evidence_search_and_pages(vault_dir) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from standfast.web.app import create_app
    from tests.web.conftest import make_config

    config = make_config(vault_dir, page_size=5)
    with TestClient(create_app(config), base_url="http://127.0.0.1", follow_redirects=False) as client:
        client.get(f"/?token={config.token}")
        w = Web(client, config)
        w.create_vault()
        cid = w.new_case(age_group="adult")
        for i in range(12):
            assert _upload(w, cid, f"note-{i:02d}.txt", f"text {i}".encode()) == 303
        html = w.get(f"/cases/{cid}/evidence").text
        assert "Page 1 of 3" in html and "note-00.txt" in html and "note-07.txt" not in html
        assert "note-11.txt" in w.get(f"/cases/{cid}/evidence?page=3").text
        assert "note-07.txt" in w.get(f"/cases/{cid}/evidence?q=note-07").text
        assert "Nothing matches" in w.get(f"/cases/{cid}/evidence?q=zzz").text


def test_evidence_pages_show_sealed_items_in_order(vault_dir) -> None:  # type: ignore[no-untyped-def]
    """Each page lists exactly its slice of the case's sealed items, oldest first, none twice."""
    from fastapi.testclient import TestClient

    from standfast.web.app import create_app
    from tests.web.conftest import make_config

    config = make_config(vault_dir, page_size=4)
    with TestClient(create_app(config), base_url="http://127.0.0.1", follow_redirects=False) as client:
        client.get(f"/?token={config.token}")
        w = Web(client, config)
        w.create_vault()
        cid = w.new_case(age_group="adult")
        names = [f"shot-{i:02d}.txt" for i in range(10)]
        for i, name in enumerate(names):
            assert _upload(w, cid, name, f"text {i}".encode()) == 303
        vault = w.app.state.holder._vault
        expected = [i.original_name for i in vault.list_items(cid)]
        assert sorted(expected) == names
        seen: list[str] = []
        for number in (1, 2, 3):
            html = w.get(f"/cases/{cid}/evidence?page={number}").text
            shown = sorted((html.index(n), n) for n in names if n in html)
            assert [n for _, n in shown] == expected[(number - 1) * 4:number * 4]
            seen += [n for _, n in shown]
        assert seen == expected
        assert "Page 3 of 3" in w.get(f"/cases/{cid}/evidence?page=3").text


def test_minor_intimate_upload_keeps_hashes_only(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="minor", role="helper", country="US")
    assert _upload(unlocked, cid, "photo.png", _png(), intimate="1") == 303
    items = unlocked.app.state.holder._vault.list_items(cid)
    assert len(items) == 1 and items[0].kind == "hash_only" and items[0].blob_id is None
    assert "hashes only" in unlocked.get(f"/cases/{cid}/evidence").text


def test_takedown_hashes_and_lists(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="GB")
    _upload(unlocked, cid, "a.png", _png())
    assert unlocked.post(f"/cases/{cid}/takedown/hash").status_code == 303
    html = unlocked.get(f"/cases/{cid}/takedown").text
    assert "Fingerprints in this case (1)" in html and "StopNCII" in html
    csv = unlocked.get(f"/cases/{cid}/takedown/hashes.csv")
    assert csv.status_code == 200 and csv.headers["content-disposition"].startswith("attachment")
    assert unlocked.get(f"/cases/{cid}/takedown/hashes.exe").status_code == 404
    r = unlocked.post(f"/cases/{cid}/takedown/scan", {"folder": "/definitely/not/here"})
    assert r.status_code == 400


def test_reports_package_pdf_texts_and_removal(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US", started="chat", platforms=["instagram"],
                            demands=["money"])
    _upload(unlocked, cid, "chat.png", _png())
    _upload(unlocked, cid, "private.png", _png((200, 10, 10)), intimate="1")
    r = unlocked.post(f"/cases/{cid}/reports/package")
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(r.content)) as zf:
        names = zf.namelist()
    assert "manifest.json" in names and any(n.endswith("chat.png") for n in names)
    assert not any(n.endswith("private.png") for n in names)
    assert not any((unlocked.app.state.holder.path / ".web-uploads").glob("*/*"))  # temp package removed
    if "Case report (PDF)" in unlocked.get(f"/cases/{cid}/reports").text:
        pdf = unlocked.post(f"/cases/{cid}/reports/pdf")
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    texts = unlocked.get(f"/cases/{cid}/reports/texts")
    if texts.status_code != 404:  # the list of channels, then one channel's text on its own page
        import re

        links = re.findall(rf'href="(/cases/{cid}/reports/texts/[\w-]+)"', texts.text)
        assert texts.status_code == 200 and links and "<textarea" not in texts.text
        one = unlocked.get(links[0])
        assert one.status_code == 200 and "data-copy=" in one.text and "<textarea" in one.text
    r = unlocked.post(f"/cases/{cid}/reports/removal", {"kind": "search", "urls": "https://bad.example/x.jpg",
                                                        "include_hashes": "1"})
    if r.status_code != 404:
        assert r.status_code == 200 and "https://bad.example/x.jpg" in r.text and 'id="removal-text"' in r.text
        bad = unlocked.post(f"/cases/{cid}/reports/removal", {"kind": "search", "urls": "not a url"})
        assert bad.status_code == 400


def test_help_directory_by_country_and_age(unlocked: Web) -> None:
    html = unlocked.get("/help?country=GB&age=minor").text
    assert "Childline" in html or "CEOP" in html
    assert "Source checked on" in html
    r = unlocked.post("/settings/country", {"country": "GB", "back": "/help"})
    assert r.status_code == 303
    banner = unlocked.get("/").text.split('aria-label="Crisis lines"')[1].split("</aside>")[0]
    assert "tel:" in banner or "http" in banner
    assert unlocked.get("/help?country=ZZ").status_code == 200


def test_check_page_with_a_file_and_an_empty_form(web: Web) -> None:
    eml = (b"From: someone@example.com\r\nSubject: I recorded you\r\n\r\nI hacked your camera and recorded you. "
           b"Pay 900 USD in bitcoin to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq in 24 hours or everyone sees it.")
    r = web.client.post("/check", data={"csrf": web.csrf()}, files={"file": ("scam.eml", eml, "message/rfc822")})
    assert r.status_code == 200 and 'id="verdict"' in r.text
    r = web.client.post("/check", data={"csrf": web.csrf(), "text": "  "})
    assert r.status_code == 400 and "Paste a message" in r.text
    es = web.client.post("/check", data={"csrf": web.csrf(), "text": eml.decode()},
                         headers={"accept-language": "es"})
    assert "Por qué lo pensamos" in es.text and "Pide bitcoin u otra criptomoneda" in es.text
