"""The queue and the case page, page by page (keyset), from the indexes of migration h0004.

The many cases here are written straight into the tables, sealed and wrapped with the real keys
exactly as an import seals them (as the benchmark does): 120 hand-overs would take minutes.
"""

from __future__ import annotations

import re
import secrets
from datetime import timedelta

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from standfast.errors import UsageError
from standfast.helpline import access, casekeys, crypto, migrate
from standfast.helpline import schema as t
from standfast.helpline.store import Helpline, make_engine
from standfast.helpline.web import create_app
from standfast.vault.custody import canonical
from standfast.vault.db import utcnow
from tests.helpline.test_web import _login


def _add_cases(hl: Helpline, supervisor_id: str, worker_id: str, n: int, *, items: int = 0) -> list[str]:
    """``n`` cases, every third one assigned to ``worker_id``, some without a reply time; returns their ids."""
    with hl.read() as c:
        keys = dict(c.execute(sa.select(t.user.c.id, t.user.c.public_key)).all())
    now = utcnow()
    made = []
    with hl.transaction() as c:
        for i in range(n):
            case_id = secrets.token_hex(16)
            key = casekeys.new_case_key()
            sk = casekeys.seal_key(key)
            worker = worker_id if i % 3 == 0 else None
            imported = now - timedelta(minutes=i % 7, seconds=i)  # equal times: the id breaks the tie
            c.execute(sa.insert(t.case).values(
                id=case_id, title_sealed=crypto.seal(sk, f"Paged case {i}".encode(), purpose=f"case-title/{case_id}"),
                state="open" if worker else "new", age_group="adult", assigned_to=worker,
                source_vault_id="v", source_case_id=f"c{i}", source_fingerprint="f" * 64,
                statement_sha256=secrets.token_hex(32), imported_at=imported.replace(second=0, microsecond=0),
                due_at=None if i % 5 == 0 else imported + timedelta(hours=i % 4), item_count=items))
            casekeys.grant(c, case_id, casekeys.HELPLINE, hl.public_key, key)
            casekeys.grant(c, case_id, supervisor_id, keys[supervisor_id], key)
            if worker:
                casekeys.grant(c, case_id, worker, keys[worker], key)
            for k in range(items):
                item_id = f"{k:04d}" + secrets.token_hex(4)
                c.execute(sa.insert(t.item).values(
                    case_id=case_id, id=item_id, kind="file", sha256=secrets.token_hex(32), size=k, mime="image/png",
                    intimate=False, status="active", blob_id=None,
                    sealed=crypto.seal(sk, canonical({"original_name": f"shot-{k}.png"}),
                                       purpose=f"item/{case_id}/{item_id}")))
            made.append(case_id)
    return made


def _expected_order(hl: Helpline, where: sa.ColumnElement[bool] | None = None) -> list[str]:
    q = sa.select(t.case.c.id).order_by(t.case.c.due_at.asc().nulls_last(), t.case.c.imported_at, t.case.c.id)
    with hl.read() as c:
        return list(c.execute(q if where is None else q.where(where)).scalars())


def _walk(hl: Helpline, staff, **filters) -> tuple[list[str], list[access.QueuePage]]:  # type: ignore[no-untyped-def]
    pages = [access.queue_page(hl, staff, **filters)]
    while pages[-1].next:
        pages.append(access.queue_page(hl, staff, after=pages[-1].next, **filters))
        assert len(pages) < 20
    return [r.id for p in pages for r in p.rows], pages


def test_every_view_of_the_queue_pages_through_every_case_once_in_order(world) -> None:
    hl, staff, cases, _ = world
    sam, cat = staff["sam"], staff["cat"]
    _add_cases(hl, sam.id, cat.id, 130)
    everyone, pages = _walk(hl, sam)
    assert everyone == _expected_order(hl) and len(everyone) == 132
    assert [len(p.rows) for p in pages] == [50, 50, 32] and pages[0].previous is None and pages[-1].next is None
    assert all(r.title for p in pages for r in p.rows)
    # back from the last page: the page before it, exactly
    back = access.queue_page(hl, sam, before=pages[2].previous)
    assert [r.id for r in back.rows] == [r.id for r in pages[1].rows] and back.next == pages[1].next
    first = access.queue_page(hl, sam, before=back.previous)
    assert [r.id for r in first.rows] == [r.id for r in pages[0].rows] and first.previous is None
    mine, _ = _walk(hl, cat)
    assert mine == _expected_order(hl, t.case.c.assigned_to == cat.id) and len(mine) == 44
    waiting, _ = _walk(hl, sam, unassigned=True)
    assert waiting == _expected_order(hl, t.case.c.assigned_to.is_(None))
    new, _ = _walk(hl, sam, state="new")
    assert new == _expected_order(hl, t.case.c.state == "new")
    mine_new, _ = _walk(hl, cat, state="new")
    assert mine_new == []
    # no one sees more by carrying a position of someone else's queue
    assert {r.id for r in access.queue_page(hl, cat, after=pages[0].next).rows} <= set(mine)
    assert access.queue_page(hl, staff["carl"], after=pages[0].next).rows == []
    for bad in ("x", "1.2", "a.b.c", "1.2.3.4", "9" * 40 + ".1.abc"):
        with pytest.raises(UsageError):
            access.queue_page(hl, sam, after=bad)
    assert cases[0] in everyone


def test_the_queue_page_links_to_the_next_page_and_back(world) -> None:
    hl, staff, _cases, uris = world
    _add_cases(hl, staff["sam"].id, staff["cat"].id, 60)
    client = TestClient(create_app(hl))
    assert _login(client, "sam", uris["sam"]).status_code == 303
    first = client.get("/")
    assert "Previous" not in first.text
    link = re.search(r'href="(\?after=[^"]+)">Next', first.text)
    assert link
    second = client.get("/" + link.group(1).replace("&amp;", "&"))
    assert second.status_code == 200 and "Next" not in second.text
    back = re.search(r'href="(\?before=[^"]+)">Previous', second.text)
    assert back
    again = client.get("/" + back.group(1).replace("&amp;", "&"))
    titles = re.findall(r'<a href="/cases/[0-9a-f]+">([^<]+)</a>', again.text)
    assert titles == re.findall(r'<a href="/cases/[0-9a-f]+">([^<]+)</a>', first.text) and len(titles) == 50
    r = client.get("/?after=not-a-position")
    assert r.status_code == 400 and "not valid" in r.text and "Traceback" not in r.text


def test_a_case_with_many_items_is_shown_a_page_at_a_time_and_each_page_is_audited(world) -> None:
    hl, staff, _cases, uris = world
    sam = staff["sam"]
    (case_id,) = _add_cases(hl, sam.id, staff["cat"].id, 1, items=access.ITEM_PAGE + 30)
    first = access.open_case(hl, sam, case_id)
    assert len(first["items"]) == access.ITEM_PAGE and first["next"] == first["items"][-1]["id"]
    rest = access.open_case(hl, sam, case_id, after=first["next"])
    assert len(rest["items"]) == 30 and rest["next"] is None
    names = [i["original_name"] for i in first["items"] + rest["items"]]
    assert names == [f"shot-{k}.png" for k in range(access.ITEM_PAGE + 30)]
    opened = [e for e in hl.audit_entries(case_id) if e.action == "case.opened"]
    assert [e.details for e in opened] == [{}, {"items_after": first["next"]}]
    client = TestClient(create_app(hl))
    _login(client, "sam", uris["sam"])
    page = client.get(f"/cases/{case_id}")
    assert "More items" in page.text and page.text.count("shot-") == access.ITEM_PAGE
    more = client.get(f"/cases/{case_id}?after={first['next']}")
    assert "More items" not in more.text and more.text.count("shot-") == 30
    # the queue shows the item count kept on the case row
    assert next(r.items for r in access.queue(hl, sam) if r.id == case_id) == access.ITEM_PAGE + 30
    assert hl.check_audit()[0] == []


def test_an_import_writes_the_item_count_and_migration_h0004_goes_down_and_up(world) -> None:
    hl, staff, cases, _ = world
    with hl.read() as c:
        counted = dict(c.execute(sa.select(t.item.c.case_id, sa.func.count()).group_by(t.item.c.case_id)).all())
        kept = dict(c.execute(sa.select(t.case.c.id, t.case.c.item_count)).all())
    assert counted and kept == counted
    engine = make_engine(hl.engine.url.render_as_string(hide_password=False))
    try:
        migrate.downgrade(engine, "h0003")
        inspector = sa.inspect(engine)
        assert "item_count" not in {c["name"] for c in inspector.get_columns("hl_case")}
        assert {i["name"] for i in inspector.get_indexes("hl_case")} >= {"hl_case_due", "hl_case_queue",
                                                                          "hl_case_assigned"}
        migrate.upgrade(engine)  # the count comes back from the items themselves
        assert migrate.current_revision(engine) == "h0004"
        with engine.connect() as c:
            assert dict(c.execute(sa.select(t.case.c.id, t.case.c.item_count)).all()) == counted
            c.execute(sa.text("set enable_seqscan = off"))  # a table of two cases is read whole otherwise
            plan = "\n".join(c.execute(sa.text(
                "explain select id from hl_case where assigned_to = :u order by "
                "coalesce(due_at, 'infinity'::timestamp with time zone), imported_at, id limit 51"),
                {"u": staff["cat"].id}).scalars())
        assert "hl_case_worker_order" in plan and "Sort" not in plan
    finally:
        engine.dispose()
    assert {r.id for r in access.queue(hl, staff["sam"])} == set(cases)
