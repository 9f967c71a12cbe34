"""`standfast serve`: the tokenised URL on the first line of stdout, loopback by default, 403 without it,
and opening a browser on a machine without one is not an error."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _serve(vault_dir: Path, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], str]:
    full_env = {**os.environ, "STANDFAST_VAULT": str(vault_dir), **(env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "standfast.cli", "serve", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=full_env)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def _wait(url: str) -> httpx.Response:
    deadline = time.monotonic() + 30
    while True:
        try:
            return httpx.get(url, follow_redirects=False, timeout=5)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_serve_prints_the_url_first_and_needs_the_token(vault_dir: Path) -> None:
    proc, url = _serve(vault_dir, "--no-browser")
    try:
        assert url.startswith("http://127.0.0.1:") and "/?token=" in url
        base = url.split("/?")[0]
        assert _wait(base + "/").status_code == 403
        with httpx.Client(base_url=base) as client:
            r = client.get(url, follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"] == "/"
            page = client.get("/check?q=private-words")
            assert page.status_code == 200 and "Is this real?" in page.text
        # The token worked once: brought again it reaches only the unlock page.
        with httpx.Client(base_url=base) as other:
            other.get(url)
            assert other.get("/check", follow_redirects=False).headers["location"] == "/"
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=10)
    assert "private-words" not in err and "GET /" not in err  # no access log


def test_serve_on_a_headless_machine_opens_no_window_and_does_not_fail(vault_dir: Path) -> None:
    # BROWSER=true: webbrowser "opens" the URL with /bin/true, as on a machine with no browser at all.
    proc, url = _serve(vault_dir, "--port", "0", env={"BROWSER": "true", "DISPLAY": ""})
    try:
        assert _wait(url).status_code == 303
        time.sleep(0.8)  # the browser is opened after 0.5 s
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_serve_refuses_a_bad_port(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("serve", "--no-browser", "--port", "70000")
    assert r.exit_code == 2 and "port" in r.stderr


def test_listening_socket_is_tcp_with_nodelay() -> None:
    """Without IPPROTO_TCP asyncio skips TCP_NODELAY and every small response waits for a delayed ACK."""
    import socket

    from standfast.web.commands import _listen

    sock = _listen("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        sock.close()
