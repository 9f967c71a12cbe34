"""Account security: checklists, the zxcvbn strength check, and the Pwned Passwords lookups."""

from __future__ import annotations

import hashlib
import http.server
import logging
import threading
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.errors import InputError, UsageError
from standfast.guide import pwned
from standfast.guide.security import CHECKLISTS, GENERAL, checklists_for, password_strength

SECRET = "Tr0ub4dor&3-secret-for-tests"


def test_checklists_cover_the_nine_platforms():
    assert set(CHECKLISTS) == {"instagram", "facebook", "snapchat", "tiktok", "discord", "google", "apple",
                               "microsoft", "x"}
    text = " ".join(GENERAL).lower()
    for topic in ("password", "two-step", "logged in", "apps", "recovery", "private"):
        assert topic in text
    assert [c.key for c in checklists_for(["whatsapp", "youtube", "instagram"])] == ["facebook", "google",
                                                                                    "instagram"]


def test_strength_scores_and_never_keeps_the_password(caplog):
    caplog.set_level(logging.DEBUG)
    weak = password_strength("password1")
    strong = password_strength("correct-horse-battery-staple-violet-42")
    assert weak.score <= 1 and not weak.ok and weak.suggestions
    assert strong.score >= 3 and strong.ok
    result = password_strength(SECRET)
    assert SECRET not in repr(result) and SECRET not in str(result.__dict__)
    assert SECRET not in caplog.text


def test_strength_in_spanish_uses_only_translated_advice():
    result = password_strength("password1", lang="es")
    assert result.label.startswith("Muy débil") or result.label.startswith("Débil")
    assert result.warning is None
    assert all("contraseña" in s.lower() or "úsala" in s.lower() for s in result.suggestions)


def test_very_long_password_is_fast_and_strong():
    result = password_strength("x" * 10_000)
    assert result.score >= 3


# -- Pwned Passwords ------------------------------------------------------------------------------

BREACHED = {"password1": 2_413_945, "letmein": 500, "hunter2": 17}


def _sha(p: str) -> str:
    return hashlib.sha1(p.encode()).hexdigest().upper()


@pytest.fixture
def full_file(tmp_path: Path) -> Path:
    """A small file in the sorted SHA1:COUNT format, with filler hashes and CRLF line ends."""
    lines = {_sha(p): n for p, n in BREACHED.items()}
    for i in range(3000):
        lines[_sha(f"filler-{i}")] = i + 1
    path = tmp_path / "pwned-passwords-sha1-ordered-by-hash.txt"
    path.write_bytes("".join(f"{h}:{n}\r\n" for h, n in sorted(lines.items())).encode())
    return path


@pytest.fixture
def range_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ranges"
    folder.mkdir()
    by_prefix: dict[str, list[str]] = {}
    for p, n in BREACHED.items():
        h = _sha(p)
        by_prefix.setdefault(h[:5], []).append(f"{h[5:]}:{n}")
    for prefix, lines in by_prefix.items():
        (folder / f"{prefix}.txt").write_text("\n".join([*lines, "0" * 35 + ":0"]) + "\n")
    return folder


def test_full_file_lookup(full_file):
    for password, count in BREACHED.items():
        assert pwned.check_file(password, full_file) == pwned.BreachResult(True, count, "file")
    assert not pwned.check_file("not-in-any-breach-7f3a", full_file).found
    assert pwned.check_file("filler-0", full_file).count == 1
    assert pwned.check_file("filler-2999", full_file).count == 3000


@pytest.fixture(scope="module")
def filler_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pwned") / "sorted.txt"
    path.write_text("\n".join(sorted(f"{_sha(f'filler-{j}')}:{j + 1}" for j in range(3000))) + "\n")
    return path


@settings(max_examples=60, deadline=None)
@given(i=st.integers(min_value=0, max_value=2999))
def test_full_file_binary_search_finds_every_line(filler_file, i):
    assert pwned.check_file(f"filler-{i}", filler_file).count == i + 1


def test_range_folder_and_single_range_file(range_folder):
    assert pwned.check_file("letmein", range_folder).count == 500
    single = range_folder / f"{_sha('hunter2')[:5]}.txt"
    assert pwned.check_file("hunter2", single).count == 17
    with pytest.raises(InputError):
        pwned.check_file("letmein", single)  # another prefix's file cannot answer


def test_bad_files(tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_text("hello world\n")
    with pytest.raises(InputError):
        pwned.check_file("a", bad)
    empty = tmp_path / "e.txt"
    empty.write_text("")
    with pytest.raises(InputError):
        pwned.check_file("a", empty)
    with pytest.raises(UsageError):
        pwned.check_file("a", tmp_path / "missing.txt")


def test_padding_lines_never_match():
    assert pwned.count_in_range("0" * 35 + ":0\n", "0" * 35) == 0


def test_online_check_is_off_by_default():
    with pytest.raises(UsageError):
        pwned.check_online("password1")


class _RangeHandler(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[tuple[str, dict[str, str]]]] = []

    def do_GET(self):
        type(self).requests.append((self.path, dict(self.headers)))
        prefix = self.path.rsplit("/", 1)[-1]
        body = [f"{_sha(p)[5:]}:{n}" for p, n in BREACHED.items() if _sha(p)[:5] == prefix]
        body.append("F" * 35 + ":0")  # padding
        data = ("\r\n".join(body)).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture
def range_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _RangeHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _RangeHandler.requests = []
    try:
        yield f"http://127.0.0.1:{server.server_port}/range/"
    finally:
        server.shutdown()
        server.server_close()


def test_online_check_sends_only_the_prefix(range_server):
    result = pwned.check_online("password1", allow_network=True, base_url=range_server)
    assert result == pwned.BreachResult(True, BREACHED["password1"], "online")
    assert not pwned.check_online("unbreached-zz9", allow_network=True, base_url=range_server).found
    (path, headers), _ = _RangeHandler.requests
    digest = _sha("password1")
    assert path == f"/range/{digest[:5]}"
    assert headers.get("Add-Padding") == "true"
    everything_sent = path + repr(headers)
    assert digest[5:] not in everything_sent and "password1" not in everything_sent


def test_online_check_unreachable_is_a_calm_error():
    with pytest.raises(UsageError):
        pwned.check_online("x", allow_network=True, base_url="http://127.0.0.1:9/range/", timeout=2)
