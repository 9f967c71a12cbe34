"""The web queue walked route by route, as every role, on assigned and unassigned cases.

Every request the rules forbid must be refused (403/404, or sent to sign-in) and change nothing;
forged forms (no CSRF token), expired sessions, planted session ids and sign-ins without the
second factor included. The counts of wrongly allowed requests are asserted to be 0.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyotp
import sqlalchemy as sa
from fastapi.testclient import TestClient

from standfast.helpline import schema as t
from standfast.helpline.access import assign
from standfast.helpline.web import create_app
from tests.helpline.helpers import PASSPHRASE, PASSWORD


def _login(client: TestClient, name: str, uri: str, *, code: str | None = None) -> httpx.Response:
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    return client.post("/login", data={"csrf": token, "name": name, "password": PASSWORD,
                                       "code": pyotp.parse_uri(uri).now() if code is None else code},
                       follow_redirects=False)


def _csrf(client: TestClient) -> str:
    page = client.get("/")
    m = re.search(r'name="csrf" value="([^"]+)"', page.text)
    return m.group(1) if m else ""


def _state(hl) -> tuple:
    with hl.read() as c:
        cases = c.execute(sa.select(t.case.c.id, t.case.c.state, t.case.c.assigned_to).order_by(t.case.c.id)).all()
        keys = c.execute(sa.select(t.case_key.c.case_id, t.case_key.c.holder).order_by(
            t.case_key.c.case_id, t.case_key.c.holder)).all()
        users = c.execute(sa.select(t.user.c.id, t.user.c.locked_until, t.user.c.failed_logins)
                          .order_by(t.user.c.id)).all()
    return tuple(cases), tuple(keys), tuple(users)


def _denied(r: httpx.Response) -> bool:
    return r.status_code in (401, 403, 404) or (r.status_code == 303 and r.headers["location"] == "/login")


def test_access_control_walk(world) -> None:
    hl, staff, cases, uris = world
    a, b = cases
    assign(hl, staff["sam"], a, staff["cat"].id)
    with hl.read() as c:
        item_of = {case: c.execute(sa.select(t.item.c.id).where(t.item.c.case_id == case, t.item.c.kind == "file")
                                   ).scalar() for case in cases}
    # carl is locked, so that an admin's unlock has something to do (and a refused one shows no change)
    with hl.transaction() as c:
        c.execute(sa.update(t.user).where(t.user.c.id == staff["carl"].id).values(
            locked_until=dt.datetime(2999, 1, 1, tzinfo=dt.UTC)))
    app = create_app(hl)
    clients: dict[str, TestClient] = {}
    for name in ("ada", "cat", "sam"):
        clients[name] = TestClient(app)
        assert _login(clients[name], name, uris[name]).status_code == 303
    with hl.transaction() as c:  # sign carl in despite the lock, to walk as an unassigned case worker
        c.execute(sa.update(t.user).where(t.user.c.id == staff["carl"].id).values(locked_until=None))
    clients["carl"] = TestClient(app)
    assert _login(clients["carl"], "carl", uris["carl"]).status_code == 303
    with hl.transaction() as c:
        c.execute(sa.update(t.user).where(t.user.c.id == staff["carl"].id).values(
            locked_until=dt.datetime(2999, 1, 1, tzinfo=dt.UTC)))
    clients["anonymous"] = TestClient(app)
    clients["expired"] = TestClient(app)
    assert _login(clients["expired"], "cat", uris["cat"]).status_code == 303
    token = clients["expired"].cookies.get("sf_helpline")
    app.state.sessions.age(token, 31 * 60)
    clients["forged"] = TestClient(app)  # a cookie made up by an attacker
    clients["forged"].cookies.set("sf_helpline", "made-up-session-id", domain="testserver.local")

    routes = [
        ("GET", "/cases/A"), ("GET", "/cases/B"), ("GET", "/cases/A/items/IA"), ("GET", "/cases/B/items/IB"),
        ("POST", "/cases/A/assign"), ("POST", "/cases/B/assign"), ("POST", "/staff/CARL/unlock"),
        ("GET", "/audit"), ("GET", "/audit.json"), ("GET", "/staff"),
        ("POST", "/cases/B/close"), ("POST", "/cases/A/close"),
    ]
    allowed = {
        "sam": {"/cases/A", "/cases/B", "/cases/A/items/IA", "/cases/B/items/IB", "/cases/A/assign",
                "/cases/B/assign", "/audit", "/audit.json", "/staff", "/cases/B/close", "/cases/A/close"},
        "cat": {"/cases/A", "/cases/A/items/IA", "/cases/A/close"},
        "carl": set(), "ada": {"/staff", "/staff/CARL/unlock"},
        "anonymous": set(), "expired": set(), "forged": set(),
    }
    # Those who may change things go last, so that their changes do not open doors for the others;
    # a supervisor's assignment keeps each case where it is.
    order = ["anonymous", "expired", "forged", "carl", "ada", "cat", "sam"]
    clients = {k: clients[k] for k in order}
    keep = {a: staff["cat"].id, b: ""}
    titles = {a: "Threat by mail 0", b: "Threat by mail 1"}
    wrongly_allowed: list[str] = []
    leaks: list[str] = []
    tried = 0
    for who, client in clients.items():
        csrf = _csrf(client) if who in ("sam", "cat", "carl", "ada") else ""
        for method, template in routes:
            path = (template.replace("/A", f"/{a}").replace("/B", f"/{b}").replace("IA", item_of[a])
                    .replace("IB", item_of[b]).replace("CARL", staff["carl"].id))
            may = template in allowed[who]
            target = keep[a] if "/cases/A" in template else keep[b]
            variants = [("with csrf", {"csrf": csrf, "user_id": target})] if method == "POST" else [("", {})]
            if method == "POST":
                variants.insert(0, ("without csrf", {"user_id": staff["cat"].id}))
            for label, data in variants:
                before = _state(hl)
                r = client.request(method, path, data=data or None, follow_redirects=False)
                tried += 1
                should = may and (method == "GET" or label == "with csrf")
                if not should:
                    if not _denied(r) or _state(hl) != before:
                        wrongly_allowed.append(f"{who} {method} {template} {label}: {r.status_code}")
                    for case, title in titles.items():
                        if title in r.text:
                            leaks.append(f"{who} {template} {label} shows {case}")
                elif r.status_code == 400 and "already closed" in r.text:
                    pass  # allowed, and done before by someone else in this walk
                elif r.status_code not in (200, 303) or (r.status_code == 303 and r.headers["location"] == "/login"):
                    wrongly_allowed.append(f"(refused though allowed) {who} {method} {template}: {r.status_code}")
    # the queue shows each their own cases only
    for who, visible in (("sam", {a, b}), ("cat", {a}), ("carl", set()), ("ada", set())):
        body = clients[who].get("/").text
        for case, title in titles.items():
            if (title in body) != (case in visible):
                leaks.append(f"{who}'s queue and {case}")
    assert clients["anonymous"].get("/", follow_redirects=False).headers["location"] == "/login"
    assert tried == len(clients) * 17  # 7 readable routes, 5 forms with and without their token
    assert wrongly_allowed == []
    assert leaks == []
    actions = [e.action for e in hl.audit_entries()]
    assert "case.refused" in actions and "item.refused" in actions and "audit.refused" in actions


def test_sign_in_needs_the_second_factor_and_never_keeps_a_planted_session(world) -> None:
    hl, _staff, _cases, uris = world
    app = create_app(hl)
    client = TestClient(app)
    r = _login(client, "cat", uris["cat"], code="")
    assert r.status_code == 403 and "sf_helpline" not in client.cookies
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"
    # a sign-in form posted without its own token (a cross-site sign-in) is refused
    r = client.post("/login", data={"name": "cat", "password": PASSWORD,
                                    "code": pyotp.parse_uri(uris["cat"]).now()}, follow_redirects=False)
    assert r.status_code == 403 and "sf_helpline" not in client.cookies
    # session fixation: an id planted before sign-in is replaced, and never becomes valid
    client.cookies.set("sf_helpline", "planted-by-someone-else", domain="testserver.local")
    assert _login(client, "cat", uris["cat"]).status_code == 303
    issued = client.cookies.get("sf_helpline")
    assert issued and issued != "planted-by-someone-else"
    other = TestClient(app)
    other.cookies.set("sf_helpline", "planted-by-someone-else", domain="testserver.local")
    assert other.get("/", follow_redirects=False).headers["location"] == "/login"
    # an expired session goes back to sign-in; signing out ends the session for good
    assert client.get("/").status_code == 200
    csrf = _csrf(client)
    assert client.post("/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    stale = TestClient(app)
    stale.cookies.set("sf_helpline", issued, domain="testserver.local")
    assert stale.get("/", follow_redirects=False).headers["location"] == "/login"


def test_pages_carry_the_security_headers_and_the_quick_exit(world) -> None:
    hl, _staff, _cases, uris = world
    client = TestClient(create_app(hl))
    _login(client, "sam", uris["sam"])
    r = client.get("/")
    assert r.headers["cache-control"] == "no-store" and "frame-ancestors 'none'" in r.headers[
        "content-security-policy"]
    assert "Quick exit" in r.text and "emergency number" in r.text
    r = client.post("/quick-exit", follow_redirects=False)
    assert r.headers["location"] == "/bye"
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"
    assert "emergency number" in client.get("/help?country=GB").text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=1))
            .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    c, k = folder / "cert.pem", folder / "key.pem"
    c.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    k.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption()))
    return c, k


def test_serve_refuses_to_listen_beyond_loopback_without_tls_and_serves_https(world, tmp_path: Path) -> None:
    hl = world[0]
    url = str(hl.engine.url.render_as_string(hide_password=False)).replace("postgresql+psycopg://", "postgresql://")
    env = {**os.environ, "STANDFAST_HELPLINE_DB": url, "STANDFAST_PASSPHRASE": PASSPHRASE}
    r = subprocess.run([sys.executable, "-m", "standfast.cli", "helpline", "serve", "--host", "0.0.0.0"],
                       env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "needs TLS" in r.stdout + r.stderr
    cert, key = _self_signed(tmp_path)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "standfast.cli", "helpline", "serve", "--host", "127.0.0.1",
                             "--port", str(port), "--tls-cert", str(cert), "--tls-key", str(key)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                resp = httpx.get(f"https://127.0.0.1:{port}/login", verify=False, timeout=5)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.3)
        assert resp.status_code == 200 and "Sign in" in resp.text
        assert "__Host-sf_signin" in resp.headers["set-cookie"] and "Secure" in resp.headers["set-cookie"]
        served = [e for e in hl.audit_entries() if e.action == "helpline.serve"]
        assert served and served[-1].details == {"host": "127.0.0.1", "port": port, "tls": True}
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_the_staff_app_sends_no_telemetry_even_when_the_environment_asks(world, monkeypatch) -> None:
    # FastAPI can export request data (a sign-in form's body, case ids) over OpenTelemetry when the
    # environment configures it; the staff app switches that off whatever the environment says.
    monkeypatch.setenv("FASTAPI_OTEL_AUTO_CONFIGURE", "true")
    app = create_app(world[0])
    assert not any(app._telemetry[k] for k in ("tracing", "metrics", "logs", "operation_spans", "auto_configure"))
    assert not app._native_telemetry.enabled()


def test_a_huge_form_is_refused_as_it_streams_and_the_app_keeps_working(world) -> None:
    hl = world[0]
    client = TestClient(create_app(hl))

    def chunks():  # no declared length: the limit must hold while the body arrives
        for _ in range(80):
            yield b"x" * 65536

    for path in ("/login", "/language"):
        resp = client.post(path, content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"},
                           follow_redirects=False)
        assert resp.status_code == 400 and "too large" in resp.text
    assert client.get("/login").status_code == 200
