"""The follow-through page: in-process requests, and the interview-to-tracker journey in a real Chromium."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.web.conftest import PASSPHRASE, LiveServer, Web
from tests.web.test_browser import check_page


def test_tracker_page_records_a_report_and_shows_the_escalation(unlocked: Web) -> None:
    case = unlocked.new_case(age_group="adult", country="US", safe_now="yes")
    r = unlocked.get(f"/cases/{case}/tracker")
    assert r.status_code == 200 and "Follow-through" in r.text and "StopNCII" in r.text
    sent = (datetime.now() - timedelta(hours=72)).strftime("%Y-%m-%dT%H:%M")
    r = unlocked.post(f"/cases/{case}/tracker/add", {"channel": "plat-instagram", "reference": "IG-WEB-1",
                                                      "sent_at": sent, "tida": "1"})
    assert r.status_code == 303, r.text
    page = unlocked.get(f"/cases/{case}/tracker").text
    assert "IG-WEB-1" in page and "Deadlines that have passed" in page and "Federal Trade Commission" in page
    r = unlocked.post(f"/cases/{case}/tracker/add", {"channel": "nowhere"})
    assert r.status_code == 400 and "There is no directory entry" in r.text
    r = unlocked.post(f"/cases/{case}/tracker/handoff", {"service": "int-stopncii", "case_number": "SN-9",
                                                          "pin": "PIN-WEB-55"})
    assert r.status_code == 303
    page = unlocked.get(f"/cases/{case}/tracker").text
    assert "SN-9" in page and "PIN-WEB-55" not in page  # the PIN only when asked for
    entry = re.search(r'action="/cases/\w+/tracker/(\w+)/pin"', page)
    assert entry is not None
    shown = unlocked.post(f"/cases/{case}/tracker/{entry.group(1)}/pin", {})
    assert shown.status_code == 200 and "PIN-WEB-55" in shown.text
    ics = unlocked.get(f"/cases/{case}/tracker/reminders.ics")
    assert ics.status_code == 200 and ics.headers["content-type"].startswith("text/calendar")
    assert b"IG-WEB-1" not in ics.content


def test_a_minor_case_is_never_offered_stopncii(unlocked: Web) -> None:
    case = unlocked.new_case(age_group="minor", country="US", safe_now="yes")
    page = unlocked.get(f"/cases/{case}/tracker").text
    assert "Take It Down" in page and 'value="int-stopncii"' not in page
    r = unlocked.post(f"/cases/{case}/tracker/handoff", {"service": "int-stopncii", "case_number": "1"})
    assert r.status_code == 403


def test_a_notice_lists_what_is_missing(unlocked: Web) -> None:
    case = unlocked.new_case(age_group="adult", country="DE", safe_now="yes")
    r = unlocked.post(f"/cases/{case}/tracker/notice", {"kind": "eu-dsa-art16", "platform": "Example",
                                                         "urls": "https://example.invalid/1\n"})
    assert r.status_code == 200 and "Article 16" in r.text and "Still needed before you send it" in r.text


@pytest.mark.browser
def test_interview_to_tracker_in_a_real_browser(page: Page, live: LiveServer) -> None:
    page.goto(live.url)
    page.get_by_label("Passphrase (at least 8 characters)").fill(PASSPHRASE)
    page.get_by_label("Type it again").fill(PASSPHRASE)
    page.get_by_role("button", name="Create my private vault").click()
    page.get_by_role("link", name="I have kept it safe. Continue").click()
    page.get_by_role("link", name="Start", exact=True).click()
    page.locator("fieldset", has_text="Are you safe right now?").get_by_label("Yes").check()
    page.get_by_label("18 or over").check()
    page.get_by_label("Which country are you in?").select_option("US")
    page.get_by_label("instagram").check()
    page.get_by_role("button", name="Show my plan").click()
    expect(page.get_by_role("heading", name="Your plan", exact=True)).to_be_visible()

    page.get_by_role("link", name="Follow-through", exact=True).click()
    expect(page.get_by_role("heading", name="Follow-through", exact=True)).to_be_visible()
    page.get_by_label("Where did it go?").select_option("plat-instagram")
    page.get_by_label("Their reference or case number (if they gave one)").fill("IG-BROWSER-7")
    sent = (datetime.now() - timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    page.get_by_label("When you sent it (leave empty for now)").fill(sent)
    page.get_by_label(re.compile("TAKE IT DOWN Act")).check()
    page.get_by_role("button", name="Record it").click()
    expect(page.locator("#tracked")).to_contain_text("IG-BROWSER-7")
    expect(page.get_by_role("heading", name="Deadlines that have passed")).to_be_visible()
    expect(page.locator("pre.notice-text").first).to_contain_text("IG-BROWSER-7")
    check_page(page, "tracker")  # axe-core: no serious or critical violations; screenshots

    page.get_by_label("Case number", exact=True).fill("SN-BROWSER")
    page.get_by_label("PIN", exact=True).fill("4242")
    page.get_by_role("button", name="Keep them").click()
    expect(page.locator("#tracked")).to_contain_text("SN-BROWSER")
    page.get_by_role("button", name="Show the PIN").click()
    expect(page.locator("code.pin")).to_have_text("4242")

    page.get_by_label("State").first.select_option("acted_on")
    page.get_by_role("button", name="Save").first.click()
    expect(page.get_by_role("heading", name="Deadlines that have passed")).to_have_count(0)

    # The plan's report step ticked itself.
    page.get_by_role("link", name="Plan", exact=True).click()
    expect(page.locator("#step-report")).to_contain_text(re.compile("done", re.I))


def test_reminders_show_when_the_app_opens(unlocked: Web) -> None:
    case = unlocked.new_case(age_group="adult", country="US", safe_now="yes")
    assert "Waiting for an answer" not in unlocked.get("/").text
    sent = (datetime.now() - timedelta(hours=50)).strftime("%Y-%m-%dT%H:%M")
    unlocked.post(f"/cases/{case}/tracker/add", {"channel": "plat-x", "reference": "R", "sent_at": sent})
    home = unlocked.get("/").text
    assert "Waiting for an answer" in home and f"/cases/{case}/tracker" in home and "overdue" in home
