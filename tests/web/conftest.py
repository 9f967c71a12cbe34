"""Fixtures for the web app: an in-process client (fast tests) and a real server for browser tests."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from standfast.web.app import create_app
from standfast.web.config import WebConfig

PASSPHRASE = "correct horse battery staple"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):  # type: ignore[no-untyped-def]
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium",
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync"]}


def make_config(vault_dir: Path, **kw: object) -> WebConfig:
    return WebConfig(vault_path=vault_dir, allowed_hosts=("testserver",), **kw)  # type: ignore[arg-type]


class Web:
    """A TestClient that has exchanged the token, with helpers to read the CSRF token and post forms."""

    def __init__(self, client: TestClient, config: WebConfig) -> None:
        self.client = client
        self.config = config

    @property
    def app(self):  # type: ignore[no-untyped-def]
        return self.client.app

    def csrf(self) -> str:
        sessions = self.app.state.sessions
        sid = self.client.cookies.get("sf_session")
        return sessions.get(sid).csrf

    def get(self, url: str, **kw: object) -> httpx.Response:
        return self.client.get(url, **kw)

    def post(self, url: str, data: dict | None = None, *, csrf: bool = True, **kw: object) -> httpx.Response:
        data = dict(data or {})
        if csrf:
            data.setdefault("csrf", self.csrf())
        return self.client.post(url, data=data, **kw)

    def create_vault(self) -> None:
        r = self.post("/vault/create", {"passphrase": PASSPHRASE, "confirm": PASSPHRASE})
        assert r.status_code == 200, r.text

    def new_case(self, **answers: object) -> str:
        data = {"title": "Test case", **answers}
        r = self.post("/start", data, follow_redirects=False)
        assert r.status_code == 303, r.text
        return r.headers["location"].split("/")[2]


@pytest.fixture
def web(vault_dir: Path) -> Iterator[Web]:
    config = make_config(vault_dir)
    app = create_app(config)
    with TestClient(app, base_url="http://127.0.0.1", follow_redirects=False) as client:
        r = client.get(f"/?token={config.token}")
        assert r.status_code == 303
        yield Web(client, config)


@pytest.fixture
def unlocked(web: Web) -> Web:
    web.create_vault()
    return web


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    def __init__(self, vault_dir: Path, **config: object) -> None:
        import uvicorn

        self.port = _free_port()
        self.config = WebConfig(vault_path=vault_dir, port=self.port, **config)  # type: ignore[arg-type]
        self.app = create_app(self.config)
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, access_log=False,
                                                    log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.base}/?token={self.config.token}"

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    os.environ["STANDFAST_TEST_FAST_KDF"] = "1"
    server = LiveServer(tmp_path / "vault").start()
    try:
        yield server
    finally:
        server.stop()
