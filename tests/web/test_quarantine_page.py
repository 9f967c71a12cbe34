"""The quarantine page of a case: files the vault keeps but its records do not list are shown, can
be brought back into the case, or removed for good only behind a confirmation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from standfast.vault.quarantine import FOLDER
from tests.vault.helpers import png_bytes
from tests.web.conftest import LiveServer, Web


def _set_aside(w: Web, data: bytes) -> str:
    return _seal_aside(w.app.state.holder._vault, data)


def _seal_aside(vault: Any, data: bytes) -> str:
    """A file sealed with this vault's key lying in quarantine, as opening an older database leaves it."""
    written = vault.blobs.seal_small(data)
    folder = Path(vault.root) / FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    (folder / written.blob_id).write_bytes(written.sealed)
    return str(written.blob_id)


def test_set_aside_files_are_shown_restored_and_purged_with_confirmation(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    vault = unlocked.app.state.holder._vault
    picture = _set_aside(unlocked, png_bytes())
    text = _set_aside(unlocked, b"a message kept before the backup was restored")
    evidence = unlocked.get(f"/cases/{cid}/evidence").text
    assert f"/cases/{cid}/quarantine" in evidence and "2 stored file(s) were set aside" in evidence
    page = unlocked.get(f"/cases/{cid}/quarantine")
    assert page.status_code == 200
    assert picture[:12] in page.text and text[:12] in page.text and "Remove it for good" in page.text

    # Bringing one back: a new item of the case, its bytes intact, logged.
    r = unlocked.client.post(f"/cases/{cid}/quarantine/{picture}/restore", data={"csrf": unlocked.csrf()})
    assert r.status_code == 303 and r.headers["location"].startswith(f"/cases/{cid}/quarantine")
    [item] = vault.list_items(cid)
    assert item.source == "quarantine" and item.mime == "image/png" and not item.intimate
    assert vault.read_item(item.id) == png_bytes()
    assert [q.id for q in vault.quarantined()] == [text]

    # Removing needs the box ticked; without it nothing happens.
    r = unlocked.client.post(f"/cases/{cid}/quarantine/{text}/purge", data={"csrf": unlocked.csrf()})
    assert r.status_code == 400 and "Tick the box to confirm" in r.text
    assert [q.id for q in vault.quarantined()] == [text]
    r = unlocked.client.post(f"/cases/{cid}/quarantine/{text}/purge", data={"csrf": unlocked.csrf(), "confirm": "1"})
    assert r.status_code == 303
    assert vault.quarantined() == []
    assert "No files are set aside" in unlocked.get(f"/cases/{cid}/quarantine?done=removed").text
    from standfast.vault.models import CustodyEntry

    with vault.read() as s:
        actions = [e.action for e in s.query(CustodyEntry).all()]
    assert "quarantine.purged" in actions and "item.added" in actions
    assert vault.verify().ok, vault.verify().problems


def test_quarantine_actions_need_the_form_token_and_a_known_file(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    vault = unlocked.app.state.holder._vault
    kept = _set_aside(unlocked, b"kept")
    for action in ("restore", "purge"):
        r = unlocked.client.post(f"/cases/{cid}/quarantine/{kept}/{action}", data={"confirm": "1"})
        assert r.status_code in (400, 403), action
    assert [q.id for q in vault.quarantined()] == [kept]
    r = unlocked.client.post(f"/cases/{cid}/quarantine/{'0' * 32}/restore", data={"csrf": unlocked.csrf()})
    assert r.status_code == 400 and "No file" in r.text
    assert unlocked.get(f"/cases/{'f' * 10}/quarantine").status_code == 404


def test_a_picture_brought_back_into_a_minors_case_stays_blurred(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="minor", country="US")
    vault = unlocked.app.state.holder._vault
    picture = _set_aside(unlocked, png_bytes())
    assert "stays blurred" in unlocked.get(f"/cases/{cid}/quarantine").text
    r = unlocked.client.post(f"/cases/{cid}/quarantine/{picture}/restore", data={"csrf": unlocked.csrf()})
    assert r.status_code == 303
    [item] = vault.list_items(cid)
    assert item.intimate


@pytest.mark.browser
def test_quarantine_page_in_a_real_browser(page: Page, live: LiveServer) -> None:
    """Chromium: the notice leads to the page (axe: no serious violation); removing is blocked until
    the box is ticked; bringing a file back adds it to the case."""
    from tests.web.test_browser import check_page, create_vault

    create_vault(page, live)
    vault = live.app.state.holder._vault
    case = vault.create_case("Browser quarantine", country="US", age_group="adult")
    kept = _seal_aside(vault, png_bytes())
    gone = _seal_aside(vault, b"an old note")
    page.goto(f"{live.base}/cases/{case.id}/evidence")
    page.get_by_role("link", name=re.compile("set aside")).click()
    expect(page).to_have_url(re.compile(f"/cases/{case.id}/quarantine"))
    check_page(page, "quarantine")
    row = page.locator("li", has_text=gone[:12])
    row.get_by_text("Remove it for good").click()
    row.get_by_role("button", name="Remove the file").click()  # not ticked: the browser keeps the form
    assert {q.id for q in vault.quarantined()} == {kept, gone}
    row.get_by_label(re.compile("I understand")).check()
    row.get_by_role("button", name="Remove the file").click()
    expect(page.get_by_role("status")).to_contain_text("removed for good")
    page.locator("li", has_text=kept[:12]).get_by_role("button", name="Bring it back into this case").click()
    expect(page.get_by_role("status")).to_contain_text("back in this case")
    assert vault.quarantined() == []
    assert [i.source for i in vault.list_items(case.id)] == ["quarantine"]
