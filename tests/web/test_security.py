"""Security of the web app without a browser: token, session cookie, CSRF, headers, hosts, hostile
uploads, path traversal, the inactivity lock and what is (not) logged."""

from __future__ import annotations

import io
import logging
import re
import time
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from standfast.web.app import create_app
from tests.web.conftest import PASSPHRASE, Web, make_config

SCAM = ("I hacked your device and recorded you through your camera. Pay 1200 USD in bitcoin to "
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq within 48 hours or I send the video to all your contacts.")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")


def test_every_request_without_token_or_cookie_is_403(vault_dir: Path) -> None:
    config = make_config(vault_dir)
    with TestClient(create_app(config), base_url="http://127.0.0.1", follow_redirects=False) as client:
        for url in ("/", "/check", "/help", "/vault", "/start", "/static/app.css", "/static/app.js", "/exit",
                    "/cases/abcdef1234/plan", "/nothing"):
            assert client.get(url).status_code == 403, url
        assert client.post("/vault/create", data={"passphrase": "x" * 10}).status_code == 403
        assert client.get("/?token=wrong").status_code == 403
        client.cookies.set("sf_session", "forged")
        assert client.get("/").status_code == 403


def test_token_is_exchanged_for_a_strict_httponly_cookie_and_dropped_from_the_url(vault_dir: Path) -> None:
    config = make_config(vault_dir)
    with TestClient(create_app(config), base_url="http://127.0.0.1", follow_redirects=False) as client:
        r = client.get(f"/check?token={config.token}&x=1")
        assert r.status_code == 303
        assert r.headers["location"] == "/check?x=1"
        cookie = r.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
        assert config.token not in cookie
        assert client.get("/check").status_code == 200


def test_foreign_host_header_is_refused(web: Web) -> None:
    # A DNS-rebinding page reaches 127.0.0.1 under its own name; it is refused even with a cookie.
    assert web.get("/", headers={"host": "evil.example:8000"}).status_code == 403
    assert web.get("/", headers={"host": "localhost:8000"}).status_code == 200


def test_foreign_origin_is_refused_on_posts(unlocked: Web) -> None:
    r = unlocked.post("/vault/lock", headers={"origin": "http://evil.example"})
    assert r.status_code == 403
    assert unlocked.app.state.holder.unlocked


def test_security_headers_on_pages_and_static(unlocked: Web) -> None:
    for url in ("/", "/check", "/help", "/static/app.css"):
        r = unlocked.get(url)
        assert r.status_code == 200
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert "camera=()" in r.headers["permissions-policy"]
    assert unlocked.get("/").headers["cache-control"] == "no-store"


def test_pages_have_no_inline_script_or_style_and_no_external_resource(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    static = Path(__file__).resolve().parents[2] / "src/standfast/web/static"
    for url in ("/", "/check", "/help?country=US", f"/cases/{cid}/plan", f"/cases/{cid}/evidence", "/vault"):
        html = unlocked.get(url).text
        assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", html), url
        assert "<style" not in html and " style=" not in html, url
        # Links to sources are fine (the person chooses to follow them); loaded resources must be local.
        assert not re.search(r"<(script|img|link|iframe|source|video|audio)\b[^>]*(src|href)=\"(https?:)?//", html), url
    for f in static.iterdir():
        if f.is_dir():
            continue
        text = f.read_text()
        assert "http://" not in text.replace("http://www.w3.org/2000/svg", "") and "https://" not in text, f
    # The vendored library (unmodified) names its sources in comments; it loads nothing but its own modules.
    for f in (static / "vendor").rglob("*.js"):
        text = f.read_text()
        assert all(spec.startswith("./") for spec in re.findall(r'\bfrom\s+"([^"]+)"', text)), f
        assert "fetch(" not in text and "XMLHttpRequest" not in text and "import(" not in text, f


def _post_routes() -> list[str]:
    from standfast.web.routes import ROUTERS

    return sorted({r.path for router in ROUTERS for r in router.routes if "POST" in getattr(r, "methods", set())})


def test_csrf_is_required_on_every_post_form(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    up = unlocked.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": unlocked.csrf(), "kind": "files"},
                              files={"files": ("a.png", PNG, "image/png")})
    assert up.status_code == 303
    iid = unlocked.app.state.holder._vault.list_items(cid)[0].id
    routes = _post_routes()
    assert len(routes) >= 15
    # Multipart endpoints parse the body themselves; the upload and share endpoints take nothing else.
    multipart_only = {"/cases/{case_id}/evidence/upload", "/cases/{case_id}/reports/share"}
    streamed = {"/check", *multipart_only}
    for path in routes:
        url = path.replace("{case_id}", cid).replace("{item_id}", iid).replace("{step_id}", "dont_pay")
        for bad in ({}, {"csrf": "wrong"}):
            r = unlocked.client.post(url, data={"reason": "x", **bad})
            # A multipart-only endpoint refuses any other body before it looks for the CSRF token.
            assert r.status_code == (400 if path in multipart_only else 403), (url, r.status_code)
            r = unlocked.client.post(url, data=bad, files={"files": ("b.png", PNG, "image/png")})
            assert r.status_code == (403 if path in streamed else 400), (url, r.status_code)
    vault = unlocked.app.state.holder._vault
    assert vault is not None and len(vault.list_items(cid)) == 1  # nothing was added or changed


def test_create_unlock_wrong_passphrase_lock_and_change(web: Web) -> None:
    assert "Create my private vault" in web.get("/").text
    r = web.post("/vault/create", {"passphrase": "short", "confirm": "short"})
    assert r.status_code == 400 and "at least 8" in r.text
    r = web.post("/vault/create", {"passphrase": PASSPHRASE, "confirm": PASSPHRASE})
    assert r.status_code == 200 and "recovery key" in r.text.lower()
    key = re.search(r'id="recovery-key">([^<]+)<', r.text).group(1).strip()
    assert web.post("/vault/lock").status_code == 303
    assert not web.app.state.holder.unlocked
    r = web.post("/vault/unlock", {"passphrase": "not the passphrase"})
    assert r.status_code == 400 and "does not open" in r.text
    assert web.post("/vault/unlock", {"passphrase": PASSPHRASE}).status_code == 303
    r = web.post("/vault/passphrase", {"current": "wrong one", "passphrase": "a new sentence", "confirm":
                                       "a new sentence"})
    assert r.status_code == 400
    r = web.post("/vault/passphrase", {"current": PASSPHRASE, "passphrase": "a new sentence", "confirm":
                                       "a new sentence"})
    assert r.status_code == 303
    web.post("/vault/lock")
    assert web.post("/vault/unlock", {"passphrase": PASSPHRASE}).status_code == 400
    r = web.post("/vault/recover", {"recovery_key": key, "passphrase": "third sentence", "confirm": "third sentence"})
    assert r.status_code == 303 and web.app.state.holder.unlocked
    r = web.post("/vault/verify")
    assert r.status_code == 200 and "Everything matches" in r.text


def test_vault_locks_after_inactivity(vault_dir: Path) -> None:
    config = make_config(vault_dir, lock_after_seconds=0.3)
    with TestClient(create_app(config), base_url="http://127.0.0.1", follow_redirects=False) as client:
        client.get(f"/?token={config.token}")
        w = Web(client, config)
        w.create_vault()
        assert w.app.state.holder.unlocked
        deadline = time.monotonic() + 5
        while w.app.state.holder.unlocked and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not w.app.state.holder.unlocked
        assert "Open your vault" in w.get("/").text
        assert w.get("/vault").status_code == 303


def test_quick_exit_locks_and_lands_on_a_neutral_page(unlocked: Web) -> None:
    r = unlocked.post("/quick-exit")
    assert r.status_code == 303 and r.headers["location"] == "/exit"
    assert not unlocked.app.state.holder.unlocked
    page = unlocked.get("/exit")
    assert "<title>New Tab</title>" in page.text and "Standfast" not in page.text and "<script" not in page.text


def test_upload_larger_than_the_limit_is_refused_and_leaves_nothing(vault_dir: Path) -> None:
    config = make_config(vault_dir, max_upload_bytes=10_000)
    with TestClient(create_app(config), base_url="http://127.0.0.1", follow_redirects=False) as client:
        client.get(f"/?token={config.token}")
        w = Web(client, config)
        w.create_vault()
        cid = w.new_case(age_group="adult")
        r = client.post(f"/cases/{cid}/evidence/upload", data={"csrf": w.csrf()},
                        files={"files": ("big.bin", b"x" * 50_000, "application/octet-stream")})
        assert r.status_code == 413
        # Without a Content-Length (chunked), the limit is enforced while reading.
        body = _multipart({"csrf": w.csrf()}, ("big.bin", b"y" * 50_000))

        def chunks():  # type: ignore[no-untyped-def]
            for i in range(0, len(body[1]), 4096):
                yield body[1][i:i + 4096]

        r = client.post(f"/cases/{cid}/evidence/upload", content=chunks(), headers={"content-type": body[0]})
        assert r.status_code == 413
        vault = w.app.state.holder._vault
        assert vault.list_items(cid) == []
        assert not any((vault_dir / ".web-uploads").glob("*/*"))


def _multipart(fields: dict[str, str], file: tuple[str, bytes], boundary: str = "sfboundary") -> tuple[str, bytes]:
    out = io.BytesIO()
    for k, v in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{file[0]}"\r\n'
              f"Content-Type: application/octet-stream\r\n\r\n".encode())
    out.write(file[1] + f"\r\n--{boundary}--\r\n".encode())
    return f"multipart/form-data; boundary={boundary}", out.getvalue()


def test_truncated_upload_adds_nothing(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult")
    ctype, body = _multipart({"csrf": unlocked.csrf()}, ("cut.png", PNG * 100))
    r = unlocked.client.post(f"/cases/{cid}/evidence/upload", content=body[: len(body) // 2],
                             headers={"content-type": ctype})
    assert r.status_code == 400 and "cut off" in r.text
    assert unlocked.app.state.holder._vault.list_items(cid) == []


def test_zip_bomb_export_goes_to_the_importers_error(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("_chat.txt", b"0" * (64 << 20))  # 64 MB of zeros: a ~1000:1 ratio
    r = unlocked.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": unlocked.csrf(), "kind": "export"},
                             files={"files": ("WhatsApp Chat.zip", buf.getvalue(), "application/zip")})
    assert r.status_code == 400
    assert "WhatsApp Chat.zip" in r.text and "Some files were not added" in r.text
    assert unlocked.app.state.holder._vault.list_items(cid) == []


def test_path_traversal_in_every_path_parameter(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult")
    other = unlocked.new_case(age_group="adult")
    r = unlocked.client.post(f"/cases/{other}/evidence/upload", data={"csrf": unlocked.csrf()},
                             files={"files": ("../../../../etc/evil.png", PNG, "image/png")})
    assert r.status_code == 303
    item = unlocked.app.state.holder._vault.list_items(other)[0]
    assert item.original_name == "evil.png"
    assert not Path("/etc/evil.png").exists()
    for url in (f"/cases/{cid}/items/{item.id}", f"/cases/{cid}/items/{item.id}/content",  # another case's item
                "/cases/..%2f..%2fetc/plan", f"/cases/{cid}/items/..%2f..%2fvault.json/content",
                f"/cases/{cid[:4]}/plan", "/cases/%2e%2e/evidence", f"/cases/{cid}/takedown/hashes.%2e%2e",
                "/static/../app.py", "/static/%2e%2e/app.py", f"/cases/{cid}/plan/..%2fx"):
        r = unlocked.get(url)
        assert r.status_code == 404, (url, r.status_code)
    r = unlocked.post(f"/cases/{cid}/plan/..%2f..%2fx", {"done": "1"})
    assert r.status_code == 404
    r = unlocked.post("/settings/lang", {"lang": "es", "back": "//evil.example/x"})
    assert r.headers["location"] == "/"


def test_intimate_images_are_blurred_and_views_are_logged(unlocked: Web) -> None:
    from PIL import Image

    cid = unlocked.new_case(age_group="adult")
    img = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 90)).save(img, format="PNG")
    r = unlocked.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": unlocked.csrf(), "intimate": "1"},
                             files={"files": ("private.png", img.getvalue(), "image/png")})
    assert r.status_code == 303
    vault = unlocked.app.state.holder._vault
    item = vault.list_items(cid)[0]
    assert item.intimate
    page = unlocked.get(f"/cases/{cid}/items/{item.id}").text
    assert 'class="blurred"' in page and 'class="preview"' not in page
    assert unlocked.get(f"/cases/{cid}/items/{item.id}/content").status_code == 403
    preview = unlocked.get(f"/cases/{cid}/items/{item.id}/preview")
    assert preview.status_code == 200 and Image.open(io.BytesIO(preview.content)).size[0] <= 24
    revealed = unlocked.get(f"/cases/{cid}/items/{item.id}?reveal=1").text
    assert f"/items/{item.id}/content?reveal=1" in revealed
    content = unlocked.get(f"/cases/{cid}/items/{item.id}/content?reveal=1")
    assert content.status_code == 200 and content.content == img.getvalue()
    with vault.read() as s:
        from sqlalchemy import select

        from standfast.vault.models import CustodyEntry

        actions = list(s.scalars(select(CustodyEntry.action).where(CustodyEntry.item_id == item.id)))
    assert "item.viewed" in actions
    assert unlocked.post(f"/cases/{cid}/items/{item.id}/intimate", {"intimate": "0"}).status_code == 303
    assert not vault.get_item(item.id).intimate
    assert unlocked.post(f"/cases/{cid}/items/{item.id}/withdraw", {"reason": ""}).status_code == 400
    assert unlocked.post(f"/cases/{cid}/items/{item.id}/withdraw", {"reason": "wrong file"}).status_code == 303
    assert vault.list_items(cid) == []


def test_svg_and_html_uploads_are_never_served_inline(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    unlocked.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": unlocked.csrf()},
                         files={"files": ("x.svg", svg, "image/svg+xml")})
    item = unlocked.app.state.holder._vault.list_items(cid)[0]
    r = unlocked.get(f"/cases/{cid}/items/{item.id}/content")
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment")


def test_nothing_personal_is_logged(unlocked: Web, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    cid = unlocked.new_case(age_group="adult", deadline="tonight at nine")
    unlocked.client.post("/check", data={"csrf": unlocked.csrf(), "text": SCAM})
    unlocked.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": unlocked.csrf()},
                         files={"files": ("secret-name.png", PNG, "image/png")})
    for needle in ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", PASSPHRASE, "tonight at nine", "I hacked"):
        assert needle not in caplog.text


def test_language_from_accept_language_and_the_switch(web: Web) -> None:
    assert 'lang="es"' in web.get("/", headers={"accept-language": "es-MX,es;q=0.9,en;q=0.5"}).text
    assert "Crear mi bóveda privada" in web.get("/", headers={"accept-language": "es"}).text
    assert 'lang="en"' in web.get("/", headers={"accept-language": "de-DE,de;q=0.9,en;q=0.8"}).text
    r = web.post("/settings/lang", {"lang": "es", "back": "/help"})
    assert r.status_code == 303 and r.headers["location"] == "/help"
    assert 'lang="es"' in web.get("/help", headers={"accept-language": "en"}).text


def test_discreet_mode_uses_a_neutral_title_and_icon(unlocked: Web) -> None:
    unlocked.post("/settings/discreet", {"discreet": "1", "back": "/"})
    html = unlocked.get("/").text
    assert "<title>Notes</title>" in html and "neutral.svg" in html and "Standfast" not in html.split("</head>")[0]


def test_the_app_sends_no_telemetry_even_when_the_environment_asks(vault_dir: Path, monkeypatch) -> None:
    # FastAPI exports request data (form bodies, case ids) over OpenTelemetry when the environment
    # configures it; nothing may leave the machine unless the person exports it.
    monkeypatch.setenv("FASTAPI_OTEL_AUTO_CONFIGURE", "true")
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9")
    app = create_app(make_config(vault_dir))
    assert not any(app._telemetry[k] for k in ("tracing", "metrics", "logs", "operation_spans", "auto_configure"))
    assert not app._native_telemetry.enabled()
