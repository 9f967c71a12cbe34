"""Storing analyses on a case (real vault) and the `standfast analyze` command (real subprocess)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from sqlalchemy import select

from standfast.analyze.models import AnalyzeIndicator
from standfast.analyze.store import (
    analyze_item,
    case_analyses,
    case_indicators,
    record_message_indicators,
    reveal_password,
)

SCAM = ("I hacked your computer and recorded you with your webcam while you watched porn. Your password is: "
        "Hunter2-secret. Send 0.1 BTC to 16trAbrqfAkfpN2zoJ2gQQdsYebkspgHpQ within 48 hours or your contacts "
        "get the video.")


def test_analyze_item_stores_and_logs(vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("test")
    res = vault.add_stream(case.id, io.BytesIO(SCAM.encode()), name="msg.txt", source="paste")
    a = analyze_item(vault, res.item.id)
    assert a.verdict == "mass_scam"
    analyses = case_analyses(vault, case.id)
    assert analyses[0]["verdict"] == "mass_scam" and analyses[0]["item_id"] == res.item.id
    inds = case_indicators(vault, case.id)
    types = {i["type"] for i in inds}
    assert {"crypto_address", "password", "deadline"} <= types
    assert "Hunter2" not in json.dumps(inds)
    with vault.read() as s:
        row = s.scalars(select(AnalyzeIndicator).where(AnalyzeIndicator.type == "password")).one()
        assert b"Hunter2" not in (row.sealed or b"") and "Hunter2" not in row.value
        pid = row.id
    assert reveal_password(vault, pid) == "Hunter2-secret"
    with vault.read() as s:
        from standfast.vault.models import CustodyEntry

        entries = s.scalars(select(CustodyEntry)).all()
        logged = [e for e in entries if e.action == "item.analyzed"]
        assert logged and "Hunter2" not in json.dumps(logged[0].details)


def test_record_message_indicators(vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("chat")
    with vault.transaction() as s:
        n = record_message_indicators(vault, s, case_id=case.id, message_id=7, item_id=None,
                                      text="my snap: bad_guy99, pay $JohnDoe12 on cash app")
    assert n >= 2
    inds = case_indicators(vault, case.id)
    assert any(i["type"] == "social_handle" and i["message_ids"] == [7] for i in inds)


def test_cli_json_many_inputs(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "scam.txt"
    f.write_text(SCAM)
    r = cli("analyze", str(f), str(tmp_path / "missing.eml"), "-", "--json", input="Hello, lunch on Friday?")
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    # A file that cannot be read is "unclear", never a reassuring "not_extortion" (safety asymmetry).
    assert [x["verdict"] for x in lines] == ["mass_scam", "unclear", "not_extortion"]
    assert "error" in lines[1] and "error" not in lines[0]
    assert list(lines[0])[:6] == ["source", "verdict", "confidence", "signals", "indicators", "campaign"]
    assert "Hunter2" not in r.stdout and "Hunter2" not in r.stderr


def test_cli_report_and_case(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("init").exit_code == 0
    created = cli("case", "new", "--title", "A case")
    assert created.exit_code == 0, created.stderr
    case_id = created.stdout.strip().splitlines()[-1].strip()
    f = tmp_path / "scam.txt"
    f.write_text(SCAM)
    r = cli("analyze", str(f))
    assert r.exit_code == 0 and "Bulk scam" in r.stdout and "This is not your fault" in r.stdout.replace("\n", " ")
    assert "Hunter2" not in r.stdout
    r2 = cli("analyze", str(f), "--case", case_id, "--json")
    assert json.loads(r2.stdout.splitlines()[0])["verdict"] == "mass_scam", r2.stderr
    r3 = cli("analyze", "--item", "nonexistent", "--json")
    assert "error" in json.loads(r3.stdout.splitlines()[0])
