"""Settings of one web-app launch (chosen by `standfast serve`, or by tests)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_LOCK_MINUTES = 15.0
DEFAULT_MAX_UPLOAD = 2 * 1024**3  # 2 GiB: a phone's chat export with media fits; bigger needs the CLI
DEFAULT_MAX_CHECK_UPLOAD = 64 * 1024**2  # "Is this real?" reads one message or screenshot
PAGE_SIZE = 50
TIMELINE_PAGE_SIZE = 100


@dataclass
class WebConfig:
    vault_path: Path
    host: str = "127.0.0.1"
    port: int = 0
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    lock_after_seconds: float = DEFAULT_LOCK_MINUTES * 60
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD
    max_check_upload_bytes: int = DEFAULT_MAX_CHECK_UPLOAD
    actor: str | None = None
    # Extra Host header names accepted besides loopback names and `host` (tests use "testserver").
    allowed_hosts: tuple[str, ...] = ()
    page_size: int = PAGE_SIZE
    timeline_page_size: int = TIMELINE_PAGE_SIZE
    # Called once, when the launch token is first exchanged (serve removes its private launch file).
    on_token_used: Callable[[], None] | None = None
    # `serve --phone`: the phone listener's address as the phone sees it ("http://192.168.1.20:51234");
    # None means no phone mode (nothing listens beyond loopback).
    phone_base_url: str | None = None
    phone_pairing_seconds: float = 600.0
