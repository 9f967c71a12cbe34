"""The upload page's import bar: a running import's counts, polled by a token the page chose."""

from __future__ import annotations

import secrets
import threading
import time
from typing import Any

from standfast.ingest.progress import Tracker, Trackers

PLANTED = "Quokkaberg-KESTREL"


def _chat(lines: int) -> bytes:
    return "".join(f"13/03/2024, {i // 60 % 24:02d}:{i % 60:02d} - Kai: {PLANTED} message {i}\n"
                   for i in range(lines)).encode()


def test_running_import_reports_counts_not_content(unlocked) -> None:  # type: ignore[no-untyped-def]
    w = unlocked
    cid = w.new_case()
    token = secrets.token_hex(16)
    seen: list[dict[str, Any]] = []
    done = threading.Event()

    def upload() -> None:
        try:
            r = w.client.post(f"/cases/{cid}/evidence/upload",
                              data={"csrf": w.csrf(), "kind": "export", "progress_id": token},
                              files={"files": ("_chat.txt", _chat(150_000), "text/plain")})
            assert r.status_code == 303, r.text
        finally:
            done.set()

    thread = threading.Thread(target=upload)
    thread.start()
    while not done.is_set():
        r = w.get(f"/cases/{cid}/imports/{token}")
        if r.status_code == 200:
            assert PLANTED not in r.text
            assert r.headers["cache-control"] == "no-store"
            seen.append(r.json())
        time.sleep(0.05)
    thread.join()
    assert seen, "the import was never seen running"
    last = seen[-1]
    assert {"phase", "messages", "files", "bytes", "bytes_total", "percent", "seconds_left", "text"} <= set(last)
    assert any(s["bytes_total"] > 0 for s in seen)
    counts = [s["messages"] for s in seen]
    assert counts == sorted(counts)  # never goes backwards
    # Once finished, the page's next poll sees "done" (or the entry is already gone): then it is forgotten.
    final = w.get(f"/cases/{cid}/imports/{token}")
    if final.status_code == 200:
        assert final.json()["phase"] == "done" and final.json()["percent"] == 100
        assert w.get(f"/cases/{cid}/imports/{token}").status_code == 404


def test_tokens_are_scoped_and_checked(unlocked) -> None:  # type: ignore[no-untyped-def]
    w = unlocked
    cid, other = w.new_case(), w.new_case()
    r = w.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": w.csrf(), "kind": "export",
                                                             "progress_id": "../../not-a-token"},
                      files={"files": ("_chat.txt", _chat(3), "text/plain")})
    assert r.status_code == 303  # a bad token never stops the import; it just runs untracked
    trackers: Trackers = w.app.state.import_progress
    token = secrets.token_hex(16)
    tracker = trackers.start(cid, token)
    assert tracker is not None
    assert w.get(f"/cases/{other}/imports/{token}").status_code == 404  # another case's import
    assert w.get(f"/cases/{cid}/imports/{secrets.token_hex(16)}").status_code == 404
    assert w.get(f"/cases/{cid}/imports/{token}").json()["phase"] == "messages"


def test_page_carries_the_progress_address(unlocked) -> None:  # type: ignore[no-untyped-def]
    w = unlocked
    cid = w.new_case()
    page = w.get(f"/cases/{cid}/evidence").text
    assert f'data-import-progress="/cases/{cid}/imports/"' in page


def test_tracker_estimate_and_bounds() -> None:
    t = Tracker()
    assert t.snapshot()["percent"] is None and t.snapshot()["seconds_left"] is None
    t("bytes_total", 1000)
    t("bytes", 250)
    t("messages", 10)
    t.started -= 10  # as if 10 s had passed: 250 of 1000 bytes -> 30 s left
    snap = t.snapshot()
    assert snap["percent"] == 25 and snap["seconds_left"] == 30 and snap["messages"] == 10
    t("indicators", 5)
    assert t.snapshot()["phase"] == "indicators" and t.snapshot()["percent"] == 50
    t.finish()
    assert t.snapshot()["phase"] == "done" and t.snapshot()["percent"] == 100
    many = Trackers(limit=3)
    tokens = [secrets.token_hex(16) for _ in range(5)]
    for tok in tokens:
        many.start("c", tok)
    assert many.get("c", tokens[0]) is None and many.get("c", tokens[-1]) is not None
    assert many.start("c", "short") is None


def test_the_page_shows_the_import_running_in_a_real_browser(page, live, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Real Chromium: choose an export, send it, and the bar's status reads the server's counts."""
    from playwright.sync_api import expect

    from tests.web.test_browser import create_vault
    from tests.web.test_browser_case_tools import _new_case

    create_vault(page, live)
    _new_case(page)
    page.get_by_role("link", name="Evidence", exact=True).click()
    chat = tmp_path / "_chat.txt"
    chat.write_bytes(_chat(250_000))
    page.locator("#files").set_input_files(str(chat))
    page.get_by_label("A chat or email export from an app").check()
    page.get_by_role("button", name="Add to the vault").click()
    expect(page.locator("#upload-status")).to_contain_text("Reading the export", timeout=60_000)
    assert PLANTED not in page.locator("#upload-status").inner_text()
    page.wait_for_url("**/evidence?done=imported*", timeout=120_000)
