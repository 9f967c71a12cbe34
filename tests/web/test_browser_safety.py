"""A shared computer and a phone-sized screen, in real Chromium: the launch link works once, quick exit
is always on screen and empties every tab, auto-lock removes the page and keeps the draft sealed."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from playwright.sync_api import Error as PlaywrightError

from tests.web.conftest import PASSPHRASE, LiveServer
from tests.web.test_browser import check_page, create_vault

pytestmark = pytest.mark.browser
CASE_TITLE = "Zebra river talk"
PHONE = {"width": 390, "height": 844}


def _new_case(page: Page, title: str = CASE_TITLE) -> str:
    page.get_by_role("link", name="Start", exact=True).click()
    page.locator("fieldset", has_text="Are you safe right now?").get_by_label("Yes").check()
    page.get_by_label("Which country are you in?").select_option("US")
    page.get_by_label("A name for this case (only you see it)").fill(title)
    page.get_by_role("button", name="Show my plan").click()
    expect(page.get_by_role("heading", name="Your plan", exact=True)).to_be_visible()
    match = re.search(r"/cases/([0-9a-f]+)/", page.url)
    assert match
    return match.group(1)


@pytest.fixture
def short_lock(tmp_path: Path) -> Iterator[LiveServer]:
    os.environ["STANDFAST_TEST_FAST_KDF"] = "1"
    server = LiveServer(tmp_path / "vault", lock_after_seconds=4.0).start()
    try:
        yield server
    finally:
        server.stop()


def test_the_launch_link_used_in_a_second_browser_gets_the_unlock_page(browser: Browser, page: Page,
                                                                      live: LiveServer) -> None:
    create_vault(page, live)
    cid = _new_case(page)
    other: BrowserContext = browser.new_context()
    try:
        second = other.new_page()
        response = second.goto(live.url)
        assert response is not None and response.status == 200
        expect(second.get_by_role("heading", name="Open your vault")).to_be_visible()
        assert CASE_TITLE not in second.content()
        second.goto(f"{live.base}/cases/{cid}/plan")
        expect(second.get_by_role("heading", name="Open your vault")).to_be_visible()
        assert CASE_TITLE not in second.content()
        check_page(second, "unlock-reused-link")
        second.get_by_label("Passphrase").fill(PASSPHRASE)
        second.get_by_role("button", name="Open", exact=True).click()
        second.goto(f"{live.base}/cases/{cid}/plan")
        expect(second.get_by_text(CASE_TITLE)).to_be_visible()
    finally:
        other.close()


def _every_page(base: str, cid: str, item: str) -> list[str]:
    case = f"{base}/cases/{cid}"
    return [f"{base}/", f"{base}/check", f"{base}/help", f"{base}/start", f"{base}/vault", f"{base}/password",
            f"{case}/plan", f"{case}/evidence", f"{case}/items/{item}", f"{case}/timeline",
            f"{case}/timeline/people", f"{case}/takedown", f"{case}/reports", f"{case}/reports/texts",
            f"{base}/vault/recover"]


def _quick_exit_problem(page: Page) -> str:
    """'' when the quick exit button is wholly inside the viewport with nothing on top; else what is wrong."""
    return page.evaluate("""() => {
        const b = document.querySelector('#quick-exit button');
        if (!b) return 'missing';
        const r = b.getBoundingClientRect();
        if (r.width === 0 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth)
            return JSON.stringify([r.top, r.left, r.bottom, r.right, innerWidth, innerHeight]);
        // Nothing on top of it: every corner and the centre hit the button itself.
        const pts = [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2],
                     [r.right - 2, r.bottom - 2], [(r.left + r.right) / 2, (r.top + r.bottom) / 2]];
        const form = b.closest('#quick-exit');
        const bad = pts.map(([x, y]) => document.elementFromPoint(x, y)).filter(e => !(e && form.contains(e)));
        return bad.length ? 'covered by ' + bad.map(e => e && e.outerHTML.slice(0, 60)).join(' | ') : '';
    }""")


def test_quick_exit_is_on_screen_on_every_page_at_phone_size_after_scrolling(page: Page, live: LiveServer,
                                                                             tmp_path: Path) -> None:
    create_vault(page, live)
    cid = _new_case(page)
    note = tmp_path / "note.txt"
    note.write_text("the account name", encoding="utf-8")
    page.goto(f"{live.base}/cases/{cid}/evidence")
    page.get_by_label("Files (up to").set_input_files(str(note))
    page.get_by_role("button", name="Add to the vault").click()
    page.get_by_role("link", name="note.txt").click()
    item = page.url.rstrip("/").split("/")[-1]
    page.set_viewport_size(PHONE)
    visible, pages = 0, _every_page(live.base, cid, item)
    for url in pages:
        page.goto(url)
        page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)")
        page.wait_for_timeout(50)
        assert page.evaluate("() => window.scrollY") > 0 or page.evaluate(
            "() => document.documentElement.scrollHeight <= innerHeight")
        assert page.title() == "Notes", url
        assert CASE_TITLE not in page.title()
        problem = _quick_exit_problem(page)
        visible += not problem
        assert not problem, (url, problem)
    print(f"quick exit fully visible at 390x844 after scrolling to the bottom: {visible}/{len(pages)} pages")
    assert visible == len(pages)


def _dom(p: Page) -> str:
    """The tab's whole DOM as HTML (asked again while the tab is between two pages)."""
    for _ in range(50):
        try:
            return p.content()
        except PlaywrightError:
            time.sleep(0.1)
    return p.content()


def _showing_content(p: Page) -> bool:
    if p.is_closed():
        return False
    html = _dom(p)
    text = p.evaluate("() => document.body ? document.body.innerText.trim() : ''")
    return bool(text) or CASE_TITLE in html


def test_shift_three_times_empties_every_tab_and_replaces_history(page: Page, live: LiveServer) -> None:
    create_vault(page, live)
    cid = _new_case(page)
    context = page.context
    tabs = [page]
    for suffix in ("evidence", "takedown"):
        tab = context.new_page()
        tab.goto(f"{live.base}/cases/{cid}/{suffix}")
        tabs.append(tab)
    search = context.new_page()
    search.goto(f"{live.base}/help?country=US")
    tabs.append(search)
    page.bring_to_front()
    page.set_viewport_size(PHONE)
    page.goto(f"{live.base}/cases/{cid}/plan")
    before = page.evaluate("() => history.length")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(f"{live.base}/exit")
    assert page.evaluate("() => history.length") == before  # replaced, not pushed
    deadline = time.monotonic() + 5
    while any(_showing_content(t) for t in tabs) and time.monotonic() < deadline:
        time.sleep(0.1)
    showing = sum(_showing_content(t) for t in tabs)
    print(f"app tabs showing content after quick exit: {showing} of {len(tabs)}")
    assert showing == 0
    for t in tabs:
        if not t.is_closed():
            assert t.title() in ("New Tab", ""), t.url
    assert not live.app.state.holder.unlocked
    page.go_back()  # the plan page was replaced: Back meets an earlier entry and the locked vault
    assert CASE_TITLE not in _dom(page)


def test_auto_lock_removes_the_page_in_every_tab_and_keeps_the_draft_sealed(page: Page,
                                                                             short_lock: LiveServer) -> None:
    live = short_lock
    create_vault(page, live)
    cid = _new_case(page)
    other = page.context.new_page()
    other.goto(f"{live.base}/cases/{cid}/plan")
    page.goto(f"{live.base}/cases/{cid}/evidence")
    page.get_by_label("The note").fill("He wrote from a second account at 9 pm")
    page.wait_for_timeout(1200)  # the draft is sealed on the server while typing
    drafts = live.app.state.drafts
    sealed = next(iter(drafts._sealed.values()))
    assert b"second account" not in sealed  # kept sealed, not as text
    deadline = time.monotonic() + 20
    tabs = [page, other]
    while time.monotonic() < deadline and (live.app.state.holder.unlocked
                                           or any(CASE_TITLE in _dom(t) for t in tabs)):
        time.sleep(0.2)
    assert not live.app.state.holder.unlocked
    time.sleep(0.5)
    holding = [t.url for t in tabs if CASE_TITLE in _dom(t)]
    print(f"open tabs with the case title after auto-lock: {len(holding)} of {len(tabs)}")
    assert holding == []
    expect(page.get_by_role("heading", name="Open your vault")).to_be_visible()
    page.get_by_label("Passphrase").fill(PASSPHRASE)
    page.get_by_role("button", name="Open", exact=True).click()
    page.goto(f"{live.base}/cases/{cid}/evidence")
    expect(page.get_by_label("The note")).to_have_value("He wrote from a second account at 9 pm")
    expect(page.get_by_text("What you were typing before the lock was kept")).to_be_visible()


def test_new_states_pass_axe_at_phone_size(page: Page, live: LiveServer) -> None:
    """Help for a case, plain-word findings and a case page, at 390x844: 0 serious axe findings."""
    create_vault(page, live)
    cid = _new_case(page)
    page.set_viewport_size(PHONE)
    page.get_by_role("link", name="Help for this case").click()
    expect(page.get_by_role("heading", name="Crisis lines")).to_be_visible()
    assert "116 111" not in page.content() and "tel:116111" not in page.content()
    check_page(page, "help-for-case-phone")
    page.goto(f"{live.base}/check")
    page.get_by_label("The message").fill(
        "I recorded you. Send 1200 USD in bitcoin to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq "
        "within 48 hours or everyone sees it.")
    page.get_by_role("button", name="Check it").click()
    expect(page.get_by_text("within 48 hours").first).to_be_visible()
    assert "PT48H" not in page.content() and "crypto_address" not in page.content()
    check_page(page, "check-plain-words-phone")
    page.goto(f"{live.base}/cases/{cid}/evidence")
    check_page(page, "evidence-phone")
