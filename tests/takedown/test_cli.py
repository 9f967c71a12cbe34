"""The command-line contract: `standfast hash`, `hashes export`, `scan`, `bank ...`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PIL import Image

from standfast.clikit import CRISIS_FOOTER
from tests.conftest import PASSPHRASE, CliResult
from tests.takedown.helpers import photo, save

FOOTER_START = CRISIS_FOOTER.split(".")[0]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault_dir: Path):  # type: ignore[no-untyped-def]
    """`standfast` in this process (a subprocess costs ~2 s of imports per call on this machine).
    test_hash_json_contract still runs the real entry point in a subprocess."""
    monkeypatch.setenv("STANDFAST_VAULT", str(vault_dir))
    monkeypatch.setenv("COLUMNS", "200")

    def invoke(*args: str, passphrase: str | None = PASSPHRASE) -> CliResult:
        from standfast import cli

        if passphrase is None:
            monkeypatch.delenv("STANDFAST_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("STANDFAST_PASSPHRASE", passphrase)
        monkeypatch.setattr(sys, "argv", ["standfast", *args])
        code = 0
        try:
            cli.main()
        except SystemExit as exc:
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return CliResult(code, out.out, out.err)

    return invoke


def _lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_hash_json_contract(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save(photo(1), tmp_path / "a.jpg", "JPEG")
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / "readme.txt").write_text("hi")
    r = cli("hash", str(tmp_path / "a.jpg"), str(tmp_path / "empty.png"), str(tmp_path / "readme.txt"),
            "--json", passphrase=None)
    assert r.exit_code == 0, r.stderr
    objs = _lines(r.stdout)
    assert [o["kind"] for o in objs] == ["image", "image", "other"]
    a = objs[0]
    assert {"path", "kind", "pdq", "quality", "md5", "sha256", "vpdq"} <= set(a) and "error" not in a
    assert len(a["pdq"]) == 64 and a["pdq"] == a["pdq"].lower() and a["vpdq"] is None
    assert objs[1]["error"] and objs[1]["pdq"] is None
    assert "error" not in objs[2] and objs[2]["md5"]


def test_hash_human_output_and_errors(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    save(photo(2), tmp_path / "b.png", "PNG")
    r = run("hash", str(tmp_path), passphrase=None)
    assert r.exit_code == 0 and "PDQ" in r.stdout
    assert FOOTER_START in r.stdout.replace("\n", " ")
    missing = run("hash", str(tmp_path / "nope.jpg"), passphrase=None)
    assert missing.exit_code != 0 and "Traceback" not in missing.stderr
    assert run("hash", passphrase=None).exit_code != 0


def _init_case(run, age: str) -> str:  # type: ignore[no-untyped-def]
    assert run("init").exit_code == 0
    new = run("case", "new", "--title", "t", "--age", age)
    assert new.exit_code == 0, new.stderr
    return new.stdout.strip().splitlines()[-1].strip()


def test_case_flow_scan_export(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = _init_case(run, "adult")
    src = save(photo(3, size=(800, 600)), tmp_path / "orig.jpg", "JPEG", quality=95)
    assert run("add", case, str(src)).exit_code == 0
    refused = run("hash", str(src), "--case", case)
    assert refused.exit_code != 0 and "--in-place" in refused.stderr
    hashed = run("hash", "--case", case, "--json")
    assert hashed.exit_code == 0, hashed.stderr
    [row] = _lines(hashed.stdout)
    assert row["kind"] == "image" and row["case_item"]

    found = tmp_path / "found"
    found.mkdir()
    save(Image.open(src).transpose(Image.Transpose.ROTATE_270), found / "copy.png", "PNG")
    save(photo(77), found / "other.jpg", "JPEG")
    scan = run("scan", case, str(found), "--json")
    assert scan.exit_code == 0, scan.stderr
    [match] = _lines(scan.stdout)
    assert match["case_item"] == row["case_item"] and match["path"].endswith("copy.png")
    assert 0 <= match["distance"] <= 31
    human = run("scan", case, str(found))
    assert "copy.png" in human.stdout and FOOTER_START in human.stdout.replace("\n", " ")

    for fmt in ("csv", "json", "te"):
        out = tmp_path / f"list.{fmt}"
        r = run("hashes", "export", case, "--format", fmt, "--to", str(out))
        assert r.exit_code == 0, r.stderr
        assert "StopNCII" in r.stdout
    assert (tmp_path / "list.te").read_text() == f"pdq {row['pdq']}\n"
    assert run("hashes", "export", case, "--format", "xml", "--to", str(tmp_path / "x")).exit_code != 0


def test_minor_case_in_place(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = _init_case(run, "minor")
    src = save(photo(4), tmp_path / "img.jpg", "JPEG")
    r = run("hash", str(src), "--case", case)  # a minor's case: in place even without --in-place
    assert r.exit_code == 0, r.stderr
    assert "never copied" in r.stdout and "Take It Down" in r.stdout
    items = run("items", case, "--json")
    assert items.exit_code == 0
    [item] = _lines(items.stdout)
    assert item["kind"] == "hash_only" and item["stored"] is False


def test_bank_commands(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bank = tmp_path / "bank"
    img = save(photo(5), tmp_path / "p.png", "PNG")
    one = _lines(run("hash", str(img), "--json", passphrase=None).stdout)[0]["pdq"]
    other = "0f" * 32
    (tmp_path / "list.te").write_text(f"pdq {other}\npdq nonsense\n")
    assert run("bank", "create", str(bank), passphrase=None).exit_code == 0
    imp = run("bank", "import", str(bank), str(tmp_path / "list.te"), str(img), passphrase=None)
    assert imp.exit_code == 0, imp.stderr
    assert "now holds 2" in imp.stdout and "skipped" in imp.stdout
    m = run("bank", "match", str(bank), one, "--json", passphrase=None)
    assert m.exit_code == 0, m.stderr
    [hit] = _lines(m.stdout)
    assert hit["pdq"] == one and hit["distance"] == 0 and hit["label"] == "p.png"
    rotated = save(Image.open(img).resize((320, 240)), tmp_path / "small.jpg", "JPEG")
    m2 = run("bank", "match", str(bank), str(rotated), "--json", passphrase=None)
    assert _lines(m2.stdout)[0]["pdq"] == one
    out = tmp_path / "export.te"
    assert run("bank", "export", str(bank), "--format", "te", "--to", str(out), passphrase=None).exit_code == 0
    assert out.read_text().split() == ["pdq", other, "pdq", one]
    assert run("bank", "match", str(bank), "xyz", passphrase=None).exit_code != 0
