"""The audit chain's head kept outside the database (``audit.head`` in the evidence folder): an
administrator who deletes the newest audit rows with SQL is noticed, by the service and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from standfast.helpline.store import AUDIT_HEAD, Helpline
from standfast.services import helpline as svc
from tests.helpline.helpers import PASSPHRASE, make_helpline


def _newest(hl: Helpline) -> int:
    with hl.read() as c:
        return int(c.execute(sa.text("select max(seq) from hl_audit")).scalar() or 0)


def _delete_from(hl: Helpline, seq: int) -> None:
    # As a database administrator would: plain SQL, no helpline code, no audit entry.
    with hl.engine.begin() as c:
        c.execute(sa.text("delete from hl_audit where seq >= :s"), {"s": seq})


def test_the_head_follows_every_commit_and_a_whole_chain_passes(world) -> None:
    hl: Helpline = world[0]
    head = json.loads((hl.blobs_root / AUDIT_HEAD).read_text(encoding="utf-8"))
    assert head["seq"] == _newest(hl) and set(head) == {"seq", "hash", "mac", "durable_seq"}
    assert hl.check_audit()[0] == []
    svc.open_case(hl, world[1]["sam"], world[2][0])  # a view (its commit does not wait for the disk)
    head = json.loads((hl.blobs_root / AUDIT_HEAD).read_text(encoding="utf-8"))
    assert head["seq"] == _newest(hl) and head["durable_seq"] < head["seq"]
    assert hl.check_audit()[0] == []


def test_deleting_the_newest_audit_rows_is_reported(world) -> None:
    hl: Helpline = world[0]
    cases: list[str] = world[2]
    newest = _newest(hl)
    _delete_from(hl, newest - 2)  # the chain left in the database is whole: only the head shows it
    problems, count = hl.check_audit()
    assert count == newest - 3
    assert any(f"ends at entry {newest - 3} but entry {newest} was written" in p and "removed" in p
               for p in problems), problems
    result = svc.verify_case(hl, cases[0])  # `helpline verify` says so too
    assert not result.ok and any("audit log:" in p and "removed" in p for p in result.problems)
    for _ in range(5):  # new entries re-use the removed numbers: the head's entry no longer matches
        svc.audit_log(hl)
    problems, _count = hl.check_audit()
    assert any(f"audit entry {newest} differs from {AUDIT_HEAD}" in p for p in problems), problems


def test_a_lost_view_entry_is_reported_with_its_possible_cause(world) -> None:
    hl: Helpline = world[0]
    svc.open_case(hl, world[1]["sam"], world[2][0])  # the newest entry is a view
    _delete_from(hl, _newest(hl))
    problems, _count = hl.check_audit()
    assert any("removed, or lost in a database crash" in p for p in problems), problems
    _delete_from(hl, _newest(hl))  # and one written durably before it
    problems, _count = hl.check_audit()
    assert any("audit entries were removed from the database" in p for p in problems), problems


def test_a_removed_damaged_or_forged_head_is_reported(pg_url: str, tmp_path: Path) -> None:
    hl = make_helpline(pg_url, tmp_path / "hl")
    try:
        path = hl.blobs_root / AUDIT_HEAD
        good = path.read_bytes()
        path.unlink()
        assert any("audit.head is missing" in p for p in hl.check_audit()[0])
        path.write_bytes(b"{not json")
        assert any("audit.head is damaged" in p for p in hl.check_audit()[0])
        forged = {**json.loads(good), "seq": 99}
        forged["mac"] = "0" * 64
        path.write_text(json.dumps(forged), encoding="utf-8")
        assert any("wrong MAC" in p for p in hl.check_audit()[0])
        path.write_bytes(good)
        assert hl.check_audit()[0] == []
    finally:
        hl.close()


def test_the_command_line_reports_removed_audit_rows(pg_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "STANDFAST_HELPLINE_DB": pg_url.replace("postgresql+psycopg://", "postgresql://"),
           "STANDFAST_PASSPHRASE": PASSPHRASE, "STANDFAST_TEST_FAST_KDF": "1", "COLUMNS": "200"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "standfast.cli", *args], env=env, capture_output=True,
                              text=True, timeout=300)

    assert run("helpline", "init", "--blobs", str(tmp_path / "blobs")).returncode == 0
    assert run("helpline", "key").returncode == 0
    r = run("helpline", "audit")
    assert r.returncode == 0 and "PROBLEM" not in r.stdout + r.stderr, r.stdout + r.stderr
    engine = sa.create_engine(pg_url)
    try:
        with engine.begin() as c:
            c.execute(sa.text("delete from hl_audit where seq = (select max(seq) from hl_audit)"))
    finally:
        engine.dispose()
    r = run("helpline", "audit")
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "PROBLEM" in r.stdout + r.stderr and "audit entries were removed" in r.stdout + r.stderr
