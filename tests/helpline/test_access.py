"""Accounts, roles, per-case keys, lockout, retention and the audit trail, on real PostgreSQL."""

from __future__ import annotations

import subprocess

import pyotp
import pytest
import sqlalchemy as sa

from standfast.errors import NotFound, Refused, UsageError
from standfast.helpline import access, casekeys, retention
from standfast.helpline import schema as t
from standfast.helpline.handover import verify_case
from standfast.helpline.staff import MAX_FAILURES, Staff, add_user, sign_in
from standfast.helpline.store import Helpline
from tests.helpline.helpers import PASSWORD


def test_who_sees_and_opens_what(world) -> None:
    hl, staff, cases, _ = world
    a, b = cases
    assert {r.id for r in access.queue(hl, staff["sam"])} == {a, b}
    assert all(r.title and r.title.startswith("Threat by mail") for r in access.queue(hl, staff["sam"]))
    for name in ("cat", "carl", "ada"):
        assert access.queue(hl, staff[name]) == []
        for case in cases:
            with pytest.raises(Refused):
                access.open_case(hl, staff[name], case)
    assert len(access.open_case(hl, staff["sam"], a)["items"]) == 2
    with pytest.raises(Refused):
        access.assign(hl, staff["cat"], a, staff["cat"].id)
    access.assign(hl, staff["sam"], a, staff["cat"].id)
    assert [r.id for r in access.queue(hl, staff["cat"])] == [a]
    opened = access.open_case(hl, staff["cat"], a)
    assert opened["title"].startswith("Threat by mail") and opened["state"] == "open"
    _meta, stream = access.open_item(hl, staff["cat"], a, next(i["id"] for i in opened["items"] if i["stored"]
                                                               and i["kind"] == "file"))
    assert stream.read().startswith(b"evidence 0/0")
    with pytest.raises(Refused):
        access.open_case(hl, staff["cat"], b)
    with pytest.raises(Refused):
        access.open_item(hl, staff["carl"], a, opened["items"][0]["id"])
    # Re-assigning takes the first worker's key away: a re-wrap, the evidence is not re-encrypted.
    with hl.read() as c:
        blobs_before = sorted(x for x in c.execute(sa.select(t.item.c.blob_id).where(t.item.c.case_id == a)).scalars())
    access.assign(hl, staff["sam"], a, staff["carl"].id)
    with hl.read() as c:
        assert casekeys.holders(c, a) == {casekeys.HELPLINE, staff["sam"].id, staff["carl"].id}
        blobs_after = sorted(x for x in c.execute(sa.select(t.item.c.blob_id).where(t.item.c.case_id == a)).scalars())
        # Even past the role check, the old holder's key opens nothing now.
        with pytest.raises(Refused):
            casekeys.open_key(c, a, staff["cat"].id, staff["cat"].identity)
    assert blobs_before == blobs_after
    with pytest.raises(Refused):
        access.open_case(hl, staff["cat"], a)
    assert access.open_case(hl, staff["carl"], a)["id"] == a
    # Admins manage accounts, and do not read content unless assigned.
    assert {u["name"] for u in access.staff_list(hl, staff["ada"])} == {"sam", "cat", "carl", "ada"}
    with pytest.raises(Refused):
        access.staff_list(hl, staff["cat"])
    with pytest.raises(Refused):
        access.audit_page(hl, staff["ada"])
    actions = [e["action"] for e in access.audit_page(hl, staff["sam"], case_id=a)]
    assert "case.assigned" in actions and "case.refused" in actions and "item.opened" in actions
    assert hl.check_audit()[0] == []
    assert verify_case(hl, a).ok
    with pytest.raises(NotFound):
        access.open_case(hl, staff["sam"], "0" * 32)


def test_a_new_supervisor_gets_every_case_key(world) -> None:
    hl, _staff, cases, _ = world
    uid, uri = add_user(hl, "sue", "supervisor", PASSWORD)
    sue = sign_in(hl, "sue", PASSWORD, pyotp.parse_uri(uri).now())
    assert {r.id for r in access.queue(hl, sue)} == set(cases)
    assert access.open_case(hl, sue, cases[0])["title"]
    with pytest.raises(UsageError):
        add_user(hl, "sue", "caseworker", PASSWORD)
    with pytest.raises(UsageError):
        add_user(hl, "short", "caseworker", "short")
    with pytest.raises(UsageError):
        add_user(hl, "x", "boss", PASSWORD)
    del uid


def test_password_code_and_lockout(world) -> None:
    hl, _staff, _cases, uris = world
    code = pyotp.parse_uri(uris["cat"]).now()
    with pytest.raises(Refused):
        sign_in(hl, "cat", PASSWORD, "")  # no second factor
    with pytest.raises(Refused):
        sign_in(hl, "cat", PASSWORD, "000000" if code != "000000" else "111111")
    with pytest.raises(Refused):
        sign_in(hl, "nobody", PASSWORD, code)
    for _ in range(MAX_FAILURES - 2):
        with pytest.raises(Refused):
            sign_in(hl, "cat", "wrong password!!", code)
    with pytest.raises(Refused, match="locked"):
        sign_in(hl, "cat", PASSWORD, code)  # right now, but locked
    admin: Staff = sign_in(hl, "ada", PASSWORD, pyotp.parse_uri(uris["ada"]).now())
    cat_id = next(u["id"] for u in access.staff_list(hl, admin) if u["name"] == "cat")
    access.unlock_account(hl, admin, cat_id)
    assert sign_in(hl, "cat", PASSWORD, code).name == "cat"
    actions = [e.action for e in hl.audit_entries()]
    assert actions.count("login.failed") >= MAX_FAILURES and "login.locked" in actions


def test_a_database_dump_reveals_no_case_content(world, pg_cluster) -> None:
    hl, _staff, _cases, _ = world
    dbname = hl.engine.url.database
    dump = subprocess.run([str(pg_cluster.bindir / "pg_dump"), "-h", str(pg_cluster.sockdir), "-U",
                           pg_cluster._user(), str(dbname)], capture_output=True, check=True).stdout
    assert b"hl_case" in dump
    for secret in (b"Threat by mail", b"screenshot-0-0", b"He wrote to me", b"evidence 0/0", b"AGE-SECRET-KEY"):
        assert secret not in dump


def test_retention_purges_content_and_keeps_the_trail(world) -> None:
    hl, staff, cases, _ = world
    a = cases[0]
    access.assign(hl, staff["sam"], a, staff["cat"].id)
    with pytest.raises(Refused):
        access.close_case(hl, staff["carl"], a)
    access.close_case(hl, staff["cat"], a)
    assert retention.purge_due(hl) == []  # not yet due
    with hl.transaction() as c:
        c.execute(sa.text("update hl_case set purge_after = now() - interval '1 day' where id = :a"), {"a": a})
        blobs = [b for b in c.execute(sa.select(t.item.c.blob_id).where(t.item.c.case_id == a)).scalars() if b]
    assert blobs and all((hl.blobs_root / "blobs" / b).exists() for b in blobs)
    assert retention.purge_due(hl) == [{"case": a, "files": len(blobs)}]
    assert not any((hl.blobs_root / "blobs" / b).exists() for b in blobs)
    with hl.read() as c:
        assert casekeys.holders(c, a) == set()
        assert c.execute(sa.select(t.case.c.state).where(t.case.c.id == a)).scalar() == "purged"
        assert c.execute(sa.select(sa.func.count()).select_from(t.item).where(t.item.c.case_id == a)).scalar() == 2
    assert access.open_case(hl, staff["sam"], a)["items"] == []
    check = verify_case(hl, a)
    assert check.ok and all(e.get("redacted") for e in check.entries)  # only the links remain
    assert check.helpline_entries == 4  # imported, assigned, closed, purged
    actions = [e.action for e in hl.audit_entries(a)]
    assert actions.index("case.closed") < actions.index("case.purged")
    assert "case.purged" in [e.action for e in hl.audit_entries(a)]
    assert hl.check_audit()[0] == []


def test_an_altered_or_removed_audit_entry_is_found(world) -> None:
    hl: Helpline = world[0]
    with hl.transaction() as c:
        c.execute(sa.text("update hl_audit set actor = 'nobody' where seq = 2"))
    problems, _ = hl.check_audit()
    assert any("entry 2 was altered" in p for p in problems)
    with hl.transaction() as c:
        c.execute(sa.text("delete from hl_audit where seq = 3"))
    problems, _ = hl.check_audit()
    assert any("entry 3 is missing" in p for p in problems)
