"""The command-line contract, in real subprocesses (each costs seconds of start-up, so only a few).

The texts, removal requests and PDF behind `report text|removal|pdf` are tested through the API.
"""

from __future__ import annotations

from pathlib import Path

from standfast.vault.export import verify_export


def test_cli_end_to_end(vault, cli, tmp_path: Path) -> None:
    vault.close()  # the CLI opens the same vault folder
    demo = cli("demo", "--minor")
    assert demo.exit_code == 0, demo.stderr
    case_id = demo.stdout.strip().splitlines()[-1]
    channels = cli("report", "channels", case_id)
    assert channels.exit_code == 0 and "us-ncmec-cybertipline" in channels.stdout
    pkg = tmp_path / "p.zip"
    res = cli("report", "package", case_id, "--to", str(pkg), "--password", "a long secret here")
    assert res.exit_code == 0, res.stderr
    assert verify_export(pkg, password="a long secret here").ok
    bad = cli("report", "text", case_id, "--channel", "nope")
    assert bad.exit_code == 2 and "Traceback" not in bad.stderr
