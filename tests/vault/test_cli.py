"""The vault's command-line contract, run as a real subprocess."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.conftest import PASSPHRASE


def test_full_cli_journey(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    init = cli("init")
    assert init.exit_code == 0, init.stderr
    assert "Recovery key" in init.stdout and PASSPHRASE not in init.stdout + init.stderr
    new = cli("case", "new", "--title", "Instagram threat", "--country", "US", "--age", "minor")
    assert new.exit_code == 0, new.stderr
    case_id = new.stdout.strip().splitlines()[-1]
    assert len(case_id) == 10
    listed = json.loads(cli("case", "list", "--json").stdout)
    assert listed[0]["id"] == case_id and listed[0]["age_group"] == "minor"
    folder = tmp_path / "evidence"
    folder.mkdir()
    (folder / "screenshot.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (folder / "notes.txt").write_text("he said 48 hours")
    added = cli("add", case_id, str(folder))
    assert added.exit_code == 0, added.stderr
    assert "Added 2 item(s)" in added.stderr
    assert cli("verify").exit_code == 0
    out = tmp_path / "export.zip"
    assert cli("export", case_id, "--to", str(out)).exit_code == 0
    assert zipfile.is_zipfile(out)
    check = cli("verify-export", str(out), "--json", passphrase=None)
    assert check.exit_code == 0, check.stderr
    assert json.loads(check.stdout)["ok"] is True
    log = cli("log", "--json")
    actions = [json.loads(line)["action"] for line in log.stdout.splitlines()]
    assert actions[:2] == ["vault.created", "case.created"] and actions[-1] == "case.exported"


def test_wrong_passphrase_one_line_no_traceback(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init").exit_code == 0
    bad = cli("case", "list", passphrase="not the passphrase")
    assert bad.exit_code == 3
    assert bad.stderr.strip().count("\n") == 0
    assert "does not open this vault" in bad.stderr and "Traceback" not in bad.stderr
    debug = cli("--debug", "case", "list", passphrase="not the passphrase")
    assert "Traceback" in debug.stderr


def test_passphrase_file_and_no_echo(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pf = tmp_path / "pass.txt"
    pf.write_text(PASSPHRASE + "\n")
    assert cli("--passphrase-file", str(pf), "init", passphrase=None).exit_code == 0
    r = cli("--passphrase-file", str(pf), "case", "list", "--json", passphrase=None)
    assert r.exit_code == 0 and json.loads(r.stdout) == []
    none = cli("case", "list", passphrase=None)
    assert none.exit_code == 2 and "No passphrase given" in none.stderr


def test_not_a_vault_and_unknown_case(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("case", "list")
    assert r.exit_code == 4 and "No vault" in r.stderr
    assert cli("init").exit_code == 0
    again = cli("init")
    assert again.exit_code == 4 and "already a vault" in again.stderr
    r = cli("add", "nosuchcase", str(tmp_path))
    assert r.exit_code == 2 and "No case" in r.stderr


def test_purge_needs_confirmation(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    case_id = cli("case", "new", "--title", "t").stdout.split()[-1]
    f = tmp_path / "x.txt"
    f.write_text("x")
    item = json.loads(cli("add", case_id, str(f), "--json").stdout)["id"]
    r = cli("item", "purge", item, "--reason", "mistake")
    assert r.exit_code == 2 and "--yes" in r.stderr
    assert cli("item", "purge", item, "--reason", "mistake", "--yes").exit_code == 0
    assert cli("verify").exit_code == 0


def test_recover_with_recovery_key(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    init = cli("init")
    key = next(line.strip() for line in init.stdout.splitlines() if line.strip().count("-") == 12)
    r = cli("passphrase", "recover", passphrase=None,
            env={"STANDFAST_RECOVERY_KEY": key, "STANDFAST_NEW_PASSPHRASE": "my new passphrase"})
    assert r.exit_code == 0, r.stderr
    assert cli("case", "list", passphrase="my new passphrase").exit_code == 0
    assert cli("case", "list").exit_code == 3


def test_verify_and_quarantine_commands_call_the_services() -> None:
    """Interfaces -> services -> vault: the check commands ask ``services.evidence``, never the vault itself."""
    import ast

    import standfast.vault.check_commands as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    direct = [f"line {node.lineno}: {ast.unparse(node.func)}" for node in ast.walk(tree)
              if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in ("verify", "quarantined", "restore_quarantined", "purge_quarantined")
              and ast.unparse(node.func.value) != "evidence"]
    called = {ast.unparse(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    assert direct == []
    assert {"evidence.verify", "evidence.quarantined"} <= called


def test_verify_json_contract(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init").exit_code == 0
    out = cli("verify", "--json")
    assert out.exit_code == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] is True and report["problems"] == []
    assert set(report["checked"]) >= {"blobs", "rows", "blocks", "custody_entries"}
