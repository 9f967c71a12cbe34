"""Browser journeys for the pages added later: each new page is checked with axe-core (zero serious or
critical violations) and screenshotted at 390x844 and 1280x800."""

from __future__ import annotations

import zipfile
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.web.conftest import LiveServer
from tests.web.test_browser import SCAM_EMAIL, check_page, create_vault


def _new_case(page: Page) -> None:
    page.get_by_role("link", name="Start", exact=True).click()
    page.locator("fieldset", has_text="Are you safe right now?").get_by_label("Yes").check()
    page.get_by_label("Which country are you in?").select_option("US")
    page.get_by_role("button", name="Show my plan").click()
    expect(page.get_by_role("heading", name="Your plan", exact=True)).to_be_visible()


def test_check_keeps_the_message_in_a_case_and_the_item_is_analysed(page: Page, live: LiveServer) -> None:
    create_vault(page, live)
    _new_case(page)
    page.get_by_role("link", name="Is this real?").first.click()
    page.get_by_label("The message").fill(SCAM_EMAIL)
    page.get_by_label("Keep it as evidence in a case (optional)").select_option(index=1)
    check_page(page, "check-with-case")
    page.get_by_role("button", name="Check it").click()
    expect(page.locator("#verdict h2")).to_have_text("Bulk scam: the same message was sent to very many people")
    expect(page.get_by_role("status").first).to_contain_text("Kept as evidence in")
    expect(page.get_by_role("heading", name="Already checked in", exact=False)).to_be_visible()
    check_page(page, "check-kept")
    page.get_by_role("link", name="Open the evidence item").click()
    expect(page.locator("#analysis h3").first).to_have_text("Bulk scam: the same message was sent to very many people")
    page.get_by_role("button", name="Analyse again").click()
    expect(page.get_by_role("status").first).to_contain_text("Analysed.")
    expect(page.get_by_text("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq").last).to_be_visible()
    check_page(page, "item-analysed")


def test_note_web_address_close_and_reopen(page: Page, live: LiveServer) -> None:
    create_vault(page, live)
    _new_case(page)
    page.get_by_role("link", name="Evidence", exact=True).click()
    page.get_by_label("Title (optional)").fill("First contact")
    page.get_by_label("The note", exact=True).fill("He wrote to me on Monday night.")
    page.get_by_role("button", name="Add the note").click()
    expect(page.get_by_role("status").first).to_contain_text("The note was added")
    page.get_by_label("Web address (starting with https://)").fill("https://example.com/u/someone")
    page.get_by_label("What you saw there").fill("A fake profile with my name")
    page.get_by_role("button", name="Add the web address").click()
    expect(page.get_by_role("status").first).to_contain_text("The web address was added")
    expect(page.get_by_role("link", name="https://example.com/u/someone")).to_be_visible()
    check_page(page, "evidence-note-url")
    page.get_by_role("button", name="Close this case").click()
    expect(page.get_by_role("heading", name="This case is closed")).to_be_visible()
    check_page(page, "evidence-closed")
    page.get_by_role("button", name="Reopen this case").click()
    expect(page.get_by_role("status").first).to_contain_text("The case is open again")


def test_mark_the_suspect_on_the_timeline(page: Page, live: LiveServer, tmp_path: Path) -> None:
    create_vault(page, live)
    _new_case(page)
    chat = tmp_path / "WhatsApp Chat with Sam.zip"
    with zipfile.ZipFile(chat, "w") as zf:
        zf.writestr("_chat.txt", "".join(f"01/02/24, 10:{i:02d} - {'Sam' if i % 2 else 'Jess'}: message {i}\n"
                                         for i in range(12)))
    page.get_by_role("link", name="Evidence", exact=True).click()
    page.get_by_label("Files (up to").set_input_files(str(chat))
    page.get_by_label("A chat or email export").check()
    page.get_by_role("button", name="Add to the vault").click()
    expect(page.get_by_role("status").first).to_contain_text("imported")
    page.get_by_role("link", name="Messages", exact=True).click()
    page.get_by_role("link", name="Choose the suspect from the people in these messages").click()
    check_page(page, "timeline-people")
    page.locator("tr", has_text="Sam").get_by_role("button", name="Mark as the suspect").click()
    expect(page.locator("tr.suspect", has_text="Sam").get_by_role("button", name="Not the suspect")).to_be_visible()
    page.get_by_role("link", name="Back to the messages").click()
    expect(page.locator("tr.suspect")).to_have_count(6)
    check_page(page, "timeline-suspect")
    page.locator("li", has_text="Sam").get_by_role("button", name="Not the suspect").click()
    expect(page.locator("tr.suspect")).to_have_count(0)


def test_password_check_page(page: Page, live: LiveServer) -> None:
    create_vault(page, live)
    page.goto(f"{live.base}/password")
    check_page(page, "password")
    page.get_by_label("Password to check").fill("Tr0ub4dor&3-xyzzy-Plugh")
    page.get_by_role("button", name="Check its strength").click()
    expect(page.locator("#strength h2")).to_be_visible()
    assert "Tr0ub4dor" not in page.content() and "Tr0ub4dor" not in page.url
    expect(page.get_by_label("Password to check")).to_have_value("")
    check_page(page, "password-result")
