"""`serve --phone` in real Chromium: the computer shows the QR code, a phone (mobile emulation, 390 px wide,
touch) scans it and sends 20 screenshots; all arrive with the phone's SHA-256. The key never appears in
any request the phone makes; a second phone with the same code is refused. The same page works where
WebCrypto is missing (plain http on a home network), through the vendored AES-GCM."""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image, ImageDraw
from playwright.sync_api import Browser, BrowserContext, Page, Request, expect

from tests.web.phone_tools import PhoneServer, phone_server, split_url
from tests.web.test_browser import check_page, create_vault
from tests.web.test_browser_safety import _new_case, _quick_exit_problem

pytestmark = pytest.mark.browser
MOBILE: dict[str, Any] = {
    "viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 3,
    "user_agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                  "Chrome/156.0.0.0 Mobile Safari/537.36",
}
NO_WEBCRYPTO = "Object.defineProperty(Crypto.prototype, 'subtle', { get() { return undefined; } });"


@pytest.fixture
def phone(tmp_path: Path) -> Iterator[PhoneServer]:
    yield from phone_server(tmp_path / "vault")


def screenshots(folder: Path, count: int) -> list[Path]:
    """Phone-like screenshots: each different (text, noise), a few hundred KB of PNG."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n in range(count):
        img = Image.effect_noise((270, 585), 30 + n).convert("RGB")
        draw = ImageDraw.Draw(img)
        draw.rectangle((0, 0, 270, 60), fill=(20, 90, 100))
        draw.text((10, 20), f"Chat with someone {n}: send it or else", fill=(255, 255, 255))
        path = folder / f"Screenshot_2026-12-0{n % 9 + 1}-{n:02d}.png"
        img.save(path, "PNG")
        out.append(path)
    return out


def _decode_qr(page: Page) -> str:
    import zxingcpp

    png = page.locator(".qr-box").screenshot()
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert found, "the QR code on the page could not be read"
    return str(found[0].text)


def _pair_on_computer(page: Page, phone: PhoneServer) -> str:
    create_vault(page, phone.live)
    _new_case(page)
    page.get_by_role("link", name="Evidence", exact=True).click()
    page.get_by_role("button", name="Add files from a phone to this case").click()
    expect(page.get_by_role("heading", name="Add files from a phone")).to_be_visible()
    expect(page.get_by_text("Files from the phone go into “Zebra river talk”.")).to_be_visible()
    url = _decode_qr(page)
    assert url == phone.book.url(phone.book.current)
    check_page(page, "phone-pairing")  # axe, and screenshots at 390 and 1280 px wide
    return url


def _layout_problems(page: Page) -> list[str]:
    """Sideways scrolling, and controls smaller than 44x44 CSS px (hidden and inline text links aside)."""
    return list(page.evaluate("""() => {
        const out = [];
        const doc = document.documentElement;
        if (doc.scrollWidth > doc.clientWidth) out.push('scrolls sideways: ' + doc.scrollWidth);
        const controls = document.querySelectorAll(
            'button, select, textarea, summary, input:not([type=hidden]):not([type=radio]):not([type=checkbox]),' +
            ' label:has(> input[type=radio]), label:has(> input[type=checkbox]), nav a');
        for (const el of controls) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;  // not shown
            if (r.height < 44 || r.width < 44) out.push(el.outerHTML.slice(0, 80) + ' ' + r.width + 'x' + r.height);
        }
        return out;
    }"""))


def _requests_hold(requests: list[Request], key: bytes) -> list[str]:
    forms = [key.hex(), base64.b64encode(key).decode().rstrip("="),
             base64.urlsafe_b64encode(key).decode().rstrip("=")]
    found = []
    for r in requests:
        blob = r.url + " " + " ".join(f"{k}: {v}" for k, v in r.all_headers().items())
        body = r.post_data_buffer or b""
        for form in forms:
            if form in blob or form.encode() in body or key in body:
                found.append(r.url)
    return found


def _phone_context(browser: Browser, *, webcrypto: bool = True) -> BrowserContext:
    context = browser.new_context(**MOBILE)
    if not webcrypto:
        context.add_init_script(NO_WEBCRYPTO)
    return context


def test_phone_sends_20_screenshots_that_arrive_with_the_same_sha256(browser: Browser, page: Page,
                                                                      phone: PhoneServer, tmp_path: Path) -> None:
    url = _pair_on_computer(page, phone)
    shots = screenshots(tmp_path / "phone-camera-roll", 20)
    context = _phone_context(browser)
    requests: list[Request] = []
    context.on("request", lambda r: requests.append(r))
    try:
        handset = context.new_page()
        handset.goto(url)
        expect(handset.get_by_role("status")).to_have_text("Ready. Choose your files and send them.")
        assert "#" not in handset.url and handset.evaluate("() => location.hash") == ""  # key left the address
        assert handset.evaluate("() => document.documentElement.dataset.cipher") == "webcrypto"
        assert handset.title() == "Notes"
        results = Axe().run(handset)
        bad = [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert bad == []
        assert _layout_problems(handset) == []
        handset.screenshot(path=str(tmp_path / "phone-ready.png"), full_page=True)
        handset.get_by_label("Screenshots, screen recordings or a chat export").set_input_files(
            [str(p) for p in shots])
        handset.get_by_role("button", name="Send to the computer").tap()
        expect(handset.get_by_role("status")).to_have_text("All 20 files are in the vault on the computer.",
                                                           timeout=120_000)
        expect(handset.locator("#sent li")).to_have_count(20)
        assert _layout_problems(handset) == []
        handset.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)")
        assert _quick_exit_problem(handset) == ""  # quick exit on screen after scrolling to the bottom
        handset.screenshot(path=str(tmp_path / "phone-sent.png"), full_page=True)
        vault = phone.vault()
        case_id = phone.book.current.case_id
        stored = {i.original_name: i.sha256 for i in vault.list_items(case_id)}
        expected = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in shots}
        same = sum(stored.get(name) == digest for name, digest in expected.items())
        print(f"phone upload at 390x844 (mobile emulation): {same} of {len(expected)} screenshots in the vault "
              "with the phone's SHA-256")
        assert stored == expected
        # The key never travelled in any request the phone made (address, headers or body).
        _base, _pid, key = split_url(url)
        assert [r for r in requests if "/p/" in r.url]
        assert _requests_hold(requests, key) == []
        # The computer's page shows the phone and the files (it redraws itself when something arrives).
        expect(page.get_by_text("A phone is connected. Files received: 20.")).to_be_visible(timeout=15_000)
        # A second phone that scans the same code is refused.
        other = _phone_context(browser)
        try:
            second = other.new_page()
            second.goto(url)
            expect(second.get_by_role("heading", name="This code was already used")).to_be_visible()
            assert "Zebra river talk" not in second.content()
        finally:
            other.close()
        handset.get_by_role("button", name="I have finished: end this pairing").tap()
        expect(handset.get_by_role("status")).to_have_text("Done. This pairing has ended. You can close this page.")
        assert phone.book.current.expired
    finally:
        context.close()


def test_phone_page_without_webcrypto_uses_the_vendored_aes_gcm(browser: Browser, page: Page, phone: PhoneServer,
                                                                tmp_path: Path) -> None:
    url = _pair_on_computer(page, phone)
    big = tmp_path / "screen-recording.mp4"
    big.write_bytes(bytes(range(256)) * 9000)  # about 2.2 MiB: three sealed records
    small = screenshots(tmp_path / "roll", 1)[0]
    context = _phone_context(browser, webcrypto=False)
    try:
        handset = context.new_page()
        handset.goto(url)
        expect(handset.get_by_role("status")).to_have_text("Ready. Choose your files and send them.")
        assert handset.evaluate("() => document.documentElement.dataset.cipher") == "noble"
        assert handset.evaluate("() => typeof crypto.subtle") == "undefined"
        handset.get_by_label("Screenshots, screen recordings or a chat export").set_input_files([str(big), str(small)])
        handset.get_by_role("button", name="Send to the computer").tap()
        expect(handset.get_by_role("status")).to_have_text("All 2 files are in the vault on the computer.",
                                                           timeout=60_000)
    finally:
        context.close()
    stored = {i.original_name: i.sha256 for i in phone.vault().list_items(phone.book.current.case_id)}
    assert stored == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (big, small)}


def test_quick_exit_on_the_phone_blanks_the_page_and_ends_the_pairing(browser: Browser, page: Page,
                                                                      phone: PhoneServer) -> None:
    url = _pair_on_computer(page, phone)
    context = _phone_context(browser)
    try:
        handset = context.new_page()
        handset.goto(url)
        expect(handset.get_by_role("status")).to_have_text("Ready. Choose your files and send them.")
        before = handset.evaluate("() => history.length")
        handset.get_by_role("button", name="Quick exit").tap()
        handset.wait_for_url("**/exit")
        assert handset.evaluate("() => history.length") == before
        assert handset.evaluate("() => document.body.innerText.trim()") == ""
        assert phone.book.current.expired
    finally:
        context.close()
