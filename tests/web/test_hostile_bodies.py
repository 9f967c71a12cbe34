"""Every POST route, fed huge, malformed and hostile bodies: a clear 4xx, never a crash, nothing lost.

The routes are read from the app itself, so a route added later is covered without editing this file.
"""

from __future__ import annotations

import re

import pytest

from standfast.web.deps import MAX_FORM_BYTES
from tests.web.conftest import Web

# Routes that parse their own upload stream, each with its own byte limit (tested in test_uploads.py).
STREAMED = {"/cases/{case_id}/evidence/upload", "/check", "/cases/{case_id}/reports/share"}  # share: test_share.py
# Routes that take no form at all: a body, whatever it is, is ignored.
NO_FORM = {"/quick-exit"}


def _post_paths(web: Web) -> list[str]:
    # The OpenAPI description lists every route of every included router, with its methods.
    return sorted(path for path, ops in web.app.openapi()["paths"].items() if "post" in ops)


def _fill(path: str, case_id: str, item_id: str) -> str:
    values = {"case_id": case_id, "item_id": item_id, "step_id": "preserve", "action": "add"}
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), "x"), path)


@pytest.fixture
def case_with_item(unlocked: Web) -> tuple[Web, str, str]:
    cid = unlocked.new_case()
    r = unlocked.post(f"/cases/{cid}/evidence/note", {"title": "Note", "text": "He wrote first on Monday."})
    assert r.status_code in (200, 303), r.text
    vault = unlocked.app.state.holder
    with vault.use() as v:
        item_id = v.list_items(cid)[0].id
    return unlocked, cid, item_id


def _evidence_count(web: Web, cid: str) -> int:
    with web.app.state.holder.use() as v:
        return len(v.list_items(cid))


def test_every_form_route_refuses_a_body_over_the_limit(case_with_item: tuple[Web, str, str]) -> None:
    web, cid, item_id = case_with_item
    before = _evidence_count(web, cid)
    huge = "text=" + "a" * (MAX_FORM_BYTES + 10)
    checked = 0
    for path in _post_paths(web):
        if path in STREAMED or path in NO_FORM:
            continue
        url = _fill(path, cid, item_id)
        r = web.client.post(url, content=huge.encode(),
                            headers={"content-type": "application/x-www-form-urlencoded"})
        assert r.status_code == 413, (path, r.status_code)
        assert "too large" in r.text
        # The same body sent in pieces with no declared length is cut off too.
        chunks = (huge[i:i + 65536].encode() for i in range(0, len(huge), 65536))
        r = web.client.post(url, content=chunks, headers={"content-type": "application/x-www-form-urlencoded"})
        assert r.status_code == 413, (path, r.status_code)
        checked += 1
    assert checked >= 25
    assert _evidence_count(web, cid) == before
    assert web.get("/").status_code in (200, 303)


MALFORMED: list[tuple[str, bytes]] = [
    ("application/x-www-form-urlencoded", b"%zz%%=\xff\xfe&&=&csrf=%"),
    ("application/x-www-form-urlencoded", b"&".join(b"f%d=1" % i for i in range(5000))),
    ("multipart/form-data; boundary=XYZ", b"--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end"),
    ("multipart/form-data", b"--\r\n\r\n"),
    ("multipart/form-data; boundary=B", b"--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"../../x\"\r\n"
     b"\r\nPAYLOAD\r\n--B--\r\n"),
    ("application/json", b'{"csrf": '),
    ("text/plain", b"\x00" * 1000),
    ("", b""),
]


@pytest.mark.parametrize(("content_type", "body"), MALFORMED, ids=range(len(MALFORMED)))
def test_every_route_answers_malformed_bodies_with_a_clear_refusal(
        case_with_item: tuple[Web, str, str], content_type: str, body: bytes) -> None:
    web, cid, item_id = case_with_item
    before = _evidence_count(web, cid)
    for path in _post_paths(web):
        if path in NO_FORM:
            continue
        url = _fill(path, cid, item_id)
        headers = {"content-type": content_type} if content_type else {}
        r = web.client.post(url, content=body, headers=headers)
        # Without a valid form and CSRF token nothing is done: 400, 403 or 413, never a server error.
        assert 400 <= r.status_code < 500, (path, r.status_code)
        assert "Traceback" not in r.text
    assert _evidence_count(web, cid) == before
    assert web.get(f"/cases/{cid}/plan").status_code == 200
