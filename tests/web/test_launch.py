"""The launch token works once, and the browser is opened without it in any process's arguments."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from standfast.web.app import create_app
from standfast.web.launch import LaunchFile
from tests.web.conftest import PASSPHRASE, Web, make_config


def test_a_reused_token_reaches_only_the_unlock_page(vault_dir: Path) -> None:
    config = make_config(vault_dir)
    app = create_app(config)
    with TestClient(app, base_url="http://127.0.0.1", follow_redirects=False) as first, \
            TestClient(app, base_url="http://127.0.0.1", follow_redirects=False) as second:
        assert first.get(f"/?token={config.token}").status_code == 303
        owner = Web(first, config)
        owner.create_vault()
        cid = owner.new_case(age_group="adult", title="Private title")
        assert app.state.holder.unlocked
        # The same link in a second browser: a session, but only the unlock page.
        assert second.get(f"/?token={config.token}").status_code == 303
        home = second.get("/")
        assert home.status_code == 200 and "Open your vault" in home.text and "Private title" not in home.text
        for url in (f"/cases/{cid}/plan", f"/cases/{cid}/evidence", "/vault", "/check", "/help", "/start"):
            r = second.get(url)
            assert r.status_code == 303 and r.headers["location"] == "/", url
        sid = second.cookies.get("sf_session")
        csrf = app.state.sessions.get(sid).csrf
        assert second.post("/vault/lock", data={"csrf": csrf}).status_code == 303
        assert app.state.holder.unlocked  # a pending session cannot lock the owner's vault either
        assert second.post("/vault/unlock", data={"csrf": csrf, "passphrase": "wrong guess"}).status_code == 400
        assert second.get(f"/cases/{cid}/plan").status_code == 303
        # Knowing the passphrase is what opens it.
        assert second.post("/vault/unlock", data={"csrf": csrf, "passphrase": PASSPHRASE}).status_code == 303
        assert second.get(f"/cases/{cid}/plan").status_code == 200
        assert first.get(f"/cases/{cid}/plan").status_code == 200


def test_a_reused_token_before_the_vault_exists_explains_and_creates_nothing(vault_dir: Path) -> None:
    config = make_config(vault_dir)
    app = create_app(config)
    with TestClient(app, base_url="http://127.0.0.1", follow_redirects=False) as first, \
            TestClient(app, base_url="http://127.0.0.1", follow_redirects=False) as second:
        first.get(f"/?token={config.token}")
        second.get(f"/?token={config.token}")
        r = second.get("/")
        assert r.status_code == 403 and "already used" in r.text
        sid = second.cookies.get("sf_session")
        csrf = app.state.sessions.get(sid).csrf
        r = second.post("/vault/create", data={"csrf": csrf, "passphrase": PASSPHRASE, "confirm": PASSPHRASE})
        assert r.status_code == 303 and not app.state.holder.exists()


def test_the_launch_file_is_private_and_holds_the_address(tmp_path: Path) -> None:
    folder = tmp_path / "private"
    folder.mkdir(mode=0o700)
    launch = LaunchFile("http://127.0.0.1:1/?token=abc&x=1", folder)
    assert stat.S_IMODE(launch.path.stat().st_mode) == 0o600
    assert "?token=abc&amp;x=1" in launch.path.read_text(encoding="utf-8")
    launch.remove()
    launch.remove()
    assert not launch.path.exists()


def _all_cmdlines() -> list[bytes]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                found.append((entry / "cmdline").read_bytes())
            except OSError:
                continue
    return found


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian's chromium")
def test_serve_opens_a_real_browser_without_the_token_in_any_process_arguments(vault_dir: Path,
                                                                              tmp_path: Path) -> None:
    """`standfast serve` opens Chromium; every /proc/*/cmdline is read while it starts and follows the link."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    browser = tmp_path / "browser.sh"
    profile = tmp_path / "profile"
    pidfile = tmp_path / "browser.pid"
    browser.write_text(f"#!/bin/sh\necho $$ > {pidfile}\n"
                       "exec /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run "
                       f"--disable-background-networking --disable-sync --user-data-dir={profile} "
                       "--remote-debugging-port=0 \"$1\"\n", encoding="utf-8")
    browser.chmod(0o700)
    env = {**os.environ, "STANDFAST_VAULT": str(vault_dir), "BROWSER": f"{browser} %s",
           "XDG_RUNTIME_DIR": str(runtime)}
    proc = subprocess.Popen([sys.executable, "-m", "standfast.cli", "serve"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        token = url.split("token=", 1)[1].encode()
        base = url.split("/?")[0]
        scans, seen_browser, used = 0, False, False
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            lines = _all_cmdlines()
            scans += 1
            assert not [c for c in lines if token in c], "the launch token is in a process's arguments"
            seen_browser = seen_browser or any(b"chromium" in c and b"standfast-launch" in c for c in lines)
            launch_files = list((runtime / "standfast-launch").glob("*.html"))
            if seen_browser and not launch_files:
                used = True  # the browser followed the private file and the token was exchanged
                break
            time.sleep(0.05)
        assert seen_browser and used, (seen_browser, scans)
        # The browser used the token: the same link now gives only the unlock page, never the vault.
        with httpx.Client(base_url=base) as late:
            late.get(url)
            assert late.get("/check", follow_redirects=False).headers["location"] == "/"
        assert scans > 3
    finally:
        if pidfile.exists():  # the browser this test started, by its own id
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pidfile.read_text().strip()), signal.SIGTERM)
        proc.terminate()
        try:
            proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
