"""Journeys in a real Chromium (Debian's /usr/bin/chromium through Playwright), against the real server.

Each page visited is checked with axe-core (no serious or critical violations) and screenshotted at
390x844 and 1280x800 into test-artifacts/web/.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.web.conftest import ARTIFACTS, PASSPHRASE, LiveServer

pytestmark = pytest.mark.browser

SCAM_EMAIL = """Subject: Your account has been hacked

Hello! I hacked your device a few months ago and recorded you through your camera while you watched
adult videos. I have your contacts. Send 1200 USD in bitcoin to this address:
bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq
You have 48 hours. If I do not get the payment, I will send the video to all your contacts.
Do not go to the police, I will know when you read this email."""

_axe = Axe()
SIZES = {"phone": (390, 844), "desktop": (1280, 800)}


def check_page(page: Page, name: str, *, axe: bool = True) -> None:
    """axe-core: zero serious or critical violations; then a screenshot at both sizes.

    (axe needs JavaScript, so pages of the no-JavaScript journey are only screenshotted.)
    """
    if axe:
        results = _axe.run(page)
        bad = [f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}"
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert bad == [], f"{name}: {bad}"
    folder = ARTIFACTS / "web"
    folder.mkdir(parents=True, exist_ok=True)
    original = page.viewport_size
    for label, (w, h) in SIZES.items():
        page.set_viewport_size({"width": w, "height": h})
        page.screenshot(path=str(folder / f"{name}-{label}.png"), full_page=True)
    if original:
        page.set_viewport_size(original)


def create_vault(page: Page, live: LiveServer) -> None:
    page.goto(live.url)
    assert "token=" not in page.url  # the token was exchanged and dropped from the address
    check_page(page, "vault-create")
    page.get_by_label("Passphrase (at least 8 characters)").fill(PASSPHRASE)
    page.get_by_label("Type it again").fill(PASSPHRASE)
    page.get_by_role("button", name="Create my private vault").click()
    expect(page.locator("#recovery-key")).to_have_text(re.compile(r"\w{4}"))
    check_page(page, "vault-recovery-key")
    page.get_by_role("link", name="I have kept it safe. Continue").click()
    expect(page.get_by_role("heading", name="You are doing the right thing")).to_be_visible()
    check_page(page, "home")


def test_bulk_scam_email_pasted_gives_a_verdict_and_a_plan(page: Page, live: LiveServer) -> None:
    create_vault(page, live)
    page.get_by_role("link", name="Is this real?").first.click()
    check_page(page, "check")
    page.get_by_label("The message").fill(SCAM_EMAIL)
    page.get_by_role("button", name="Check it").click()
    expect(page.locator("#verdict h2")).to_have_text("Bulk scam: the same message was sent to very many people")
    expect(page.get_by_text("Asks for bitcoin or another cryptocurrency")).to_be_visible()
    expect(page.get_by_text("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")).to_be_visible()
    expect(page.get_by_role("heading", name="What to do now")).to_be_visible()
    expect(page.get_by_text("Do not pay or send anything more")).to_be_visible()
    check_page(page, "check-verdict")


def test_teen_case_plan_upload_mark_intimate_and_package(page: Page, live: LiveServer, tmp_path: Path) -> None:
    create_vault(page, live)
    page.get_by_role("link", name="Start", exact=True).click()
    check_page(page, "start")
    page.locator("fieldset", has_text="Are you safe right now?").get_by_label("Yes").check()
    page.get_by_label("I am helping someone").check()
    page.get_by_label("Under 18").check()
    page.get_by_label("Which country are you in?").select_option("US")
    page.get_by_label("A chat with someone online").check()
    page.get_by_label("instagram").check()
    page.get_by_label("Money", exact=True).check()
    page.get_by_role("button", name="Show my plan").click()
    expect(page.get_by_role("heading", name="Your plan", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Important, because the person is under 18")).to_be_visible()
    page.locator("#step-report details summary").click()
    expect(page.locator("#step-report")).to_contain_text("CyberTipline")
    expect(page.locator("#progress-text")).to_have_text("0 of 9 steps done")
    page.locator("#step-dont_pay").get_by_role("button", name="Mark as done").click()
    expect(page.locator("#progress-text")).to_have_text("1 of 9 steps done")
    check_page(page, "plan-minor")

    shot = tmp_path / "screenshot.png"
    from PIL import Image

    Image.new("RGB", (120, 200), (40, 90, 160)).save(shot)
    page.get_by_role("link", name="Evidence", exact=True).click()
    check_page(page, "evidence-empty")
    page.get_by_label("Files (up to").set_input_files(str(shot))
    page.get_by_role("button", name="Add to the vault").click()  # JS upload with a progress bar
    expect(page.get_by_role("status").first).to_contain_text("Added to the vault")
    page.get_by_role("link", name="screenshot.png").click()
    expect(page.locator("img.preview")).to_be_visible()
    page.get_by_role("button", name="Mark as intimate").click()
    expect(page.locator("img.blurred")).to_be_visible()
    expect(page.locator("img.preview")).to_have_count(0)
    check_page(page, "item-intimate-blurred")

    page.get_by_role("link", name="Reports", exact=True).click()
    check_page(page, "reports")
    with page.expect_download() as info:
        page.get_by_role("button", name="Build and download the package").click()
    target = tmp_path / "package.zip"
    info.value.save_as(target)
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        assert "manifest.json" in names
        assert not any(n.endswith("screenshot.png") for n in names)  # intimate, minor's case: never exported
        manifest = zf.read("manifest.json").decode()
        assert "screenshot.png" in manifest  # ... but listed with its hashes

    page.get_by_role("link", name="Show the pre-filled reports").click()
    expect(page.get_by_role("heading", name="Pre-filled reports")).to_be_visible()
    check_page(page, "report-channels")
    page.get_by_role("link", name="CyberTipline").first.click()  # each channel's text on its own page
    expect(page.locator("textarea.prefilled").first).to_be_visible()
    expect(page.locator("button[data-copy]").first).to_be_visible()  # shown once the script runs
    assert "CyberTipline" in page.content()
    check_page(page, "report-texts")


def test_quick_exit_by_button_and_by_escape_twice(page: Page, live: LiveServer) -> None:
    create_vault(page, live)
    page.get_by_role("link", name="Help lines", exact=True).click()
    page.get_by_role("button", name="Quick exit").click()
    page.wait_for_url(f"{live.base}/exit")
    assert page.title() == "New Tab"
    assert "Standfast" not in page.content()
    page.go_back()  # the app's page is gone from this entry; earlier ones meet a locked vault
    expect(page.get_by_role("heading", name="Open your vault")).to_be_visible()
    page.get_by_label("Passphrase").fill(PASSPHRASE)
    page.get_by_role("button", name="Open", exact=True).click()
    expect(page.get_by_role("heading", name="You are doing the right thing")).to_be_visible()
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(f"{live.base}/exit")
    assert page.title() == "New Tab"
    assert not live.app.state.holder.unlocked


def test_wrong_passphrase_is_refused_calmly(page: Page, live: LiveServer) -> None:
    create_vault(page, live)
    page.get_by_role("button", name="Lock the vault").click()
    page.get_by_label("Passphrase").fill("not my passphrase")
    page.get_by_role("button", name="Open", exact=True).click()
    expect(page.get_by_role("alert")).to_have_text("That passphrase does not open this vault. Please try again.")
    check_page(page, "unlock-wrong-passphrase")
    assert not live.app.state.holder.unlocked


def test_csrf_token_tampered_is_rejected(page: Page, live: LiveServer) -> None:
    create_vault(page, live)
    page.locator("input[name=csrf]").first.wait_for(state="attached")
    page.evaluate("document.querySelectorAll('input[name=csrf]').forEach(i => i.value = 'forged')")
    page.get_by_role("button", name="Lock the vault").click()
    expect(page.get_by_text("This form has expired")).to_be_visible()
    assert live.app.state.holder.unlocked


def test_the_token_is_required(page: Page, live: LiveServer) -> None:
    response = page.goto(live.base + "/")
    assert response is not None and response.status == 403
    response = page.goto(live.base + "/?token=guess")
    assert response is not None and response.status == 403
    response = page.goto(live.url)
    assert response is not None and response.status == 200 and page.url == live.base + "/"


def test_every_page_works_without_javascript_and_in_spanish(browser, live: LiveServer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False, locale="es-ES", extra_http_headers={
        "accept-language": "es-ES,es;q=0.9"})
    page = context.new_page()
    try:
        page.goto(live.url)
        page.get_by_label("Contraseña (al menos 8 caracteres)").fill(PASSPHRASE)
        page.get_by_label("Escríbela otra vez").fill(PASSPHRASE)
        page.get_by_role("button", name="Crear mi bóveda privada").click()
        page.get_by_role("link", name="La he guardado. Continuar").click()
        page.get_by_role("link", name="Empezar", exact=True).click()
        page.get_by_label("18 años o más").check()
        page.get_by_role("button", name="Ver mi plan").click()
        expect(page.get_by_role("heading", name="Tu plan", exact=True)).to_be_visible()
        check_page(page, "plan-es-nojs", axe=False)
        note = tmp_path / "nota.txt"
        note.write_text("captura de la cuenta", encoding="utf-8")
        page.get_by_role("link", name="Pruebas", exact=True).click()
        page.get_by_label("Archivos (hasta").set_input_files(str(note))
        page.get_by_role("button", name="Añadir a la bóveda").click()  # a plain form post without JS
        expect(page.get_by_role("link", name="nota.txt")).to_be_visible()
        check_page(page, "evidence-es-nojs", axe=False)
        page.get_by_role("link", name="Líneas de ayuda").first.click()
        page.get_by_label("País").select_option("MX")
        page.get_by_role("button", name="Ver líneas de ayuda").click()
        check_page(page, "help-es-nojs", axe=False)
        page.get_by_role("button", name="Salida rápida").click()
        assert page.url.endswith("/exit")
    finally:
        context.close()


def test_pages_read_at_320_px_without_sideways_scrolling(page: Page, live: LiveServer) -> None:
    create_vault(page, live)
    page.set_viewport_size({"width": 320, "height": 640})
    for url in ("/", "/check", "/help?country=GB"):
        page.goto(live.base + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, (url, width)
