"""Every page of the app on a phone-sized screen (390x844, touch, mobile Chromium): axe-core finds no serious
or critical violation, nothing scrolls sideways, every control is at least 44x44 px, quick exit is on
screen after scrolling to the bottom, and the timeline breaks long links without cutting words. A screenshot
of each state is saved in the test's folder (and in test-artifacts/web/mobile/ to look at)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from standfast.services import analysis as analysis_service
from standfast.services import evidence as evidence_service
from standfast.services import imports as import_service
from tests.web.conftest import ARTIFACTS
from tests.web.phone_tools import PhoneServer, phone_server
from tests.web.test_browser import SCAM_EMAIL, create_vault
from tests.web.test_browser_phone import MOBILE, _layout_problems
from tests.web.test_browser_safety import _new_case, _quick_exit_problem

pytestmark = pytest.mark.browser
LONG_URL = "https://example.com/" + "very-long-path-segment/" * 12 + "?ref=" + "x" * 80
LONG_WORD = "extraordinarily"


@pytest.fixture
def phone(tmp_path: Path) -> Iterator[PhoneServer]:
    yield from phone_server(tmp_path / "vault")


def _seed(phone: PhoneServer, case_id: str, folder: Path) -> dict[str, str]:
    """Evidence of every kind a page shows: an analysed e-mail (corrected), a note, an imported chat."""
    vault = phone.vault()
    mail = folder / "threat.eml"
    mail.write_text(SCAM_EMAIL, encoding="utf-8")
    item = evidence_service.add_file(vault, case_id, mail).item_id
    assert item is not None
    analysis_service.analyze_item(vault, item, case_ref=case_id)
    note = evidence_service.add_note(vault, case_id, f"He sent {LONG_URL} at 9 pm", title="What happened")
    chat = folder / "WhatsApp Chat with Sam.zip"
    lines = [f"01/02/24, 10:{i:02d} - {'Sam' if i % 2 else 'Jess'}: message {i}\n" for i in range(8)]
    lines.append(f"01/02/24, 10:30 - Sam: it is {LONG_WORD} important that you look at {LONG_URL} now\n")
    with zipfile.ZipFile(chat, "w") as zf:
        zf.writestr("_chat.txt", "".join(lines))
    import_service.import_export(vault, case_id, chat, origin="test")
    return {"item": str(item), "note": str(note.id)}


def _word_on_one_line(page: Page, word: str) -> bool:
    """True when every occurrence of ``word`` in the timeline's table is drawn on one line (not cut)."""
    return bool(page.evaluate("""(word) => {
        const walker = document.createTreeWalker(document.querySelector('table.timeline'), NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            let at = n.data.indexOf(word);
            while (at >= 0) {
                const range = document.createRange();
                range.setStart(n, at);
                range.setEnd(n, at + word.length);
                const tops = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
                if (tops.size !== 1) return false;
                seen++;
                at = n.data.indexOf(word, at + 1);
            }
        }
        return seen > 0;
    }""", word))


def test_every_page_at_390_px_passes_axe_fits_the_screen_and_has_44_px_controls(
        browser: Browser, phone: PhoneServer, tmp_path: Path) -> None:
    context = browser.new_context(**MOBILE)
    page = context.new_page()
    try:
        create_vault(page, phone.live)
        cid = _new_case(page)
        ids = _seed(phone, cid, tmp_path)
        base = phone.live.base
        case = f"{base}/cases/{cid}"
        states: list[tuple[str, str]] = [
            ("home", f"{base}/"), ("check", f"{base}/check"), ("help", f"{base}/help"),
            ("help-case", f"{base}/help?case={cid}"), ("start", f"{base}/start"), ("vault", f"{base}/vault"),
            ("password", f"{base}/password"), ("plan", f"{case}/plan"), ("evidence", f"{case}/evidence"),
            ("item-verdict", f"{case}/items/{ids['item']}"), ("item-note", f"{case}/items/{ids['note']}"),
            ("timeline", f"{case}/timeline"), ("timeline-people", f"{case}/timeline/people"),
            ("takedown", f"{case}/takedown"), ("reports", f"{case}/reports"),
            ("report-texts", f"{case}/reports/texts"), ("phone-pairing", f"{base}/phone"),
        ]
        shots = tmp_path / "mobile"
        shots.mkdir()
        keep = ARTIFACTS / "web" / "mobile"
        keep.mkdir(parents=True, exist_ok=True)
        axe = Axe()
        problems: dict[str, list[str]] = {}

        def check(name: str) -> None:
            results = axe.run(page)
            bad = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:2]}"
                   for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
            found = bad + _layout_problems(page)
            page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)")
            page.wait_for_timeout(30)
            exit_problem = _quick_exit_problem(page)
            if exit_problem:
                found.append("quick exit: " + exit_problem)
            page.evaluate("() => window.scrollTo(0, 0)")
            page.screenshot(path=str(shots / f"{len(problems) + 1:02d}-{name}.png"), full_page=True)
            page.screenshot(path=str(keep / f"{name}.png"), full_page=True)
            problems[name] = found

        for name, url in states:
            page.goto(url)
            check(name)
            if name == "timeline":
                assert _word_on_one_line(page, LONG_WORD)
                assert _word_on_one_line(page, "important")
        # States reached by acting: a verdict on "Is this real?", the correction form open, a report text.
        page.goto(f"{base}/check")
        page.get_by_label("The message").fill(SCAM_EMAIL)
        page.get_by_role("button", name="Check it").click()
        expect(page.locator("#verdict h2")).to_be_visible()
        check("check-verdict")
        page.goto(f"{case}/items/{ids['item']}")
        page.get_by_text("This reading is wrong? Correct it").click()
        check("item-correct-open")
        page.goto(f"{base}/phone")
        page.get_by_role("button", name="Send the phone's files here").click()
        expect(page.get_by_role("img", name="QR code: scan it with the phone's camera")).to_be_visible()
        check("phone-pairing-qr")
        page.goto(f"{case}/reports/texts")
        page.locator("main a[href*='/reports/texts/']").first.click()
        check("report-text")
        assert len(problems) >= 20
        failing = {k: v for k, v in problems.items() if v}
        print(f"390x844 states checked: {len(problems)}; with problems: {len(failing)}")
        for k, v in failing.items():
            print(k, v)
        assert failing == {}
        assert len(list(shots.glob("*.png"))) == len(problems)
    finally:
        context.close()
