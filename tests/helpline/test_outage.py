"""PostgreSQL killed during writes: the app says it is unavailable, and nothing acknowledged is lost."""

from __future__ import annotations

import threading
import time

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from standfast.errors import NotAvailable
from standfast.helpline import schema as t
from standfast.helpline.access import assign
from standfast.helpline.handover import verify_case
from standfast.helpline.web import create_app
from tests.helpline.test_web import _login


def test_killing_postgresql_during_writes_loses_nothing_acknowledged(world, pg_cluster) -> None:
    hl, staff, cases, uris = world
    a = cases[0]
    acknowledged: list[str] = []  # assignments the service returned from, in order
    errors: list[str] = []
    stop = threading.Event()

    def writer() -> None:
        targets = [staff["cat"].id, staff["carl"].id]
        n = 0
        while not stop.is_set():
            target = targets[n % 2]
            try:
                assign(hl, staff["sam"], a, target)
            except NotAvailable as exc:
                errors.append(str(exc))
                time.sleep(0.05)
                continue
            acknowledged.append(target)
            n += 1

    th = threading.Thread(target=writer)
    th.start()
    try:
        deadline = time.monotonic() + 60
        while len(acknowledged) < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
        pg_cluster.kill()
        down_at = len(acknowledged)
        time.sleep(1.0)
        # while it is down: the web app answers with a calm 503, and the service raises NotAvailable
        client = TestClient(create_app(hl))
        r = client.get("/login")
        assert r.status_code == 200  # the sign-in page needs no database
        page = client.get("/login")
        import re

        token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        r = client.post("/login", data={"csrf": token, "name": "sam", "password": "x", "code": "1"})
        assert r.status_code == 503 and "not reachable right now" in r.text and "Traceback" not in r.text
        pg_cluster.start()
        deadline = time.monotonic() + 60
        while len(acknowledged) < down_at + 10 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        th.join(timeout=60)
    assert errors, "the writer should have seen the outage"
    assert all("not reachable right now" in e for e in errors)
    assert len(acknowledged) >= down_at + 10, "writes should resume after the restart"
    # every acknowledged assignment is in the custody chain and the audit, in order, and chains hold
    check = verify_case(hl, a)
    assert check.ok, check.problems
    # (a commit in flight when the server died may have landed without being acknowledged: at most one)
    logged = [e["details"]["to"] for e in check.entries if e.get("action") == "helpline.assigned"]
    assert _in_order(acknowledged, logged) and len(logged) - len(acknowledged) <= 1
    audited = [e.details["to"] for e in hl.audit_entries(a) if e.action == "case.assigned"]
    assert audited == logged
    assert hl.check_audit()[0] == []
    with hl.read() as c:
        assert c.execute(sa.select(t.case.c.assigned_to).where(t.case.c.id == a)).scalar() == acknowledged[-1]
    # and the web app works again
    client = TestClient(create_app(hl))
    assert _login(client, "sam", uris["sam"]).status_code == 303


def _in_order(wanted: list[str], found: list[str]) -> bool:
    it = iter(found)
    return all(any(w == f for f in it) for w in wanted)


@pytest.fixture(autouse=True)
def _cluster_back_up(pg_cluster):
    yield
    if pg_cluster.postmaster_pid() is None or not (pg_cluster.data / "postmaster.pid").exists():
        pg_cluster.start()
