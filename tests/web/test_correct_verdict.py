"""Correcting a stored verdict from an item's page: the person's reading is shown, the automatic one kept,
the change custody-logged; a result of another item, a made-up verdict or a missing CSRF token are refused."""

from __future__ import annotations

import re

from standfast.vault.models import CustodyEntry  # type: ignore[attr-defined]
from tests.web.conftest import Web
from tests.web.test_case_tools import SCAM


def _analysed_item(w: Web, cid: str, name: str = "mail.eml") -> str:
    up = w.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": w.csrf(), "kind": "files"},
                       files={"files": (name, SCAM.encode(), "message/rfc822")})
    assert up.status_code == 303
    item = next(i for i in w.app.state.holder._vault.list_items(cid) if i.original_name == name)
    assert w.post(f"/cases/{cid}/items/{item.id}/analyze").status_code == 303
    return str(item.id)


def _result_id(html: str) -> str:
    match = re.search(r'name="result" value="(\d+)"', html)
    assert match, "no correction form on the page"
    return match.group(1)


def _log(w: Web) -> list[CustodyEntry]:
    with w.app.state.holder._vault.read() as s:
        return list(s.query(CustodyEntry).order_by(CustodyEntry.seq).all())


def test_correcting_a_verdict_shows_the_persons_reading_and_keeps_the_automatic_one(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    item = _analysed_item(unlocked, cid)
    html = unlocked.get(f"/cases/{cid}/items/{item}").text
    assert "This reading is wrong? Correct it" in html and "<h3>Bulk scam" in html
    result = _result_id(html)
    r = unlocked.post(f"/cases/{cid}/items/{item}/verdict", {"result": result, "verdict": "targeted"})
    assert r.status_code == 303 and r.headers["location"].endswith("done=corrected")
    after = unlocked.get(r.headers["location"]).text
    assert "<h3>Targeted sextortion" in after
    assert "This is your own reading. The automatic reading said: Bulk scam" in after
    assert "Your reading was saved" in after
    corrected = [e for e in _log(unlocked) if e.action == "analysis.corrected"]
    assert len(corrected) == 1 and corrected[0].details["automatic"] == "mass_scam"
    assert corrected[0].details["corrected"] == "targeted" and corrected[0].item_id == item
    # The person may change their mind again; the newest reading is shown.
    unlocked.post(f"/cases/{cid}/items/{item}/verdict", {"result": result, "verdict": "unclear"})
    assert "<h3>Unclear: treat it as real" in unlocked.get(f"/cases/{cid}/items/{item}").text
    # The case's list of stored verdicts (on "Is this real?") shows the person's reading too.
    assert "<td>Unclear: treat it as real" in unlocked.get(f"/check?case={cid}").text


def test_correction_is_refused_for_another_items_result_a_made_up_verdict_or_no_csrf(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    first = _analysed_item(unlocked, cid, "one.eml")
    second = _analysed_item(unlocked, cid, "two.eml")
    other_result = _result_id(unlocked.get(f"/cases/{cid}/items/{second}").text)
    own_result = _result_id(unlocked.get(f"/cases/{cid}/items/{first}").text)
    # A result of another item, posted on this item's address: not found, nothing recorded.
    r = unlocked.post(f"/cases/{cid}/items/{first}/verdict", {"result": other_result, "verdict": "targeted"})
    assert r.status_code == 404
    for bad in ("", "12x", "-1"):
        assert unlocked.post(f"/cases/{cid}/items/{first}/verdict",
                             {"result": bad, "verdict": "targeted"}).status_code == 404
    r = unlocked.post(f"/cases/{cid}/items/{first}/verdict", {"result": own_result, "verdict": "no_threat"})
    assert r.status_code == 400 and "Choose one of the readings." in r.text
    r = unlocked.post(f"/cases/{cid}/items/{first}/verdict", {"result": own_result, "verdict": "targeted"},
                      csrf=False)
    assert r.status_code == 403
    # Another case's address for this item: not found.
    other_case = unlocked.new_case(age_group="adult", country="US")
    assert unlocked.post(f"/cases/{other_case}/items/{first}/verdict",
                         {"result": own_result, "verdict": "targeted"}).status_code == 404
    assert [e for e in _log(unlocked) if e.action == "analysis.corrected"] == []
    assert "<h3>Bulk scam" in unlocked.get(f"/cases/{cid}/items/{first}").text


def test_the_correction_form_is_in_spanish(unlocked: Web) -> None:
    cid = unlocked.new_case(age_group="adult", country="US")
    item = _analysed_item(unlocked, cid)
    html = unlocked.get(f"/cases/{cid}/items/{item}", headers={"accept-language": "es"}).text
    assert "This reading is wrong? Correct it" not in html and "Save my reading" not in html
