"""The guide's command-line contract, run as a real subprocess."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from standfast.cli import app
from standfast.errors import InputError, UsageError
from tests.conftest import PASSPHRASE

HELP_FIELDS = {"id", "name", "kind", "jurisdiction", "audience", "url", "phone", "sms", "what_for", "source",
               "checked"}


def test_help_json_contract(cli):
    r = cli("help", "--country", "GB", "--age", "minor", "--json", passphrase=None)
    assert r.exit_code == 0, r.stderr
    entries = json.loads(r.stdout)
    assert entries and all(set(e) >= HELP_FIELDS for e in entries)
    ids = {e["id"] for e in entries}
    assert {"gb-ceop", "gb-childline", "int-take-it-down", "gb-samaritans"} <= ids
    assert "int-stopncii" not in ids and "gb-revenge-porn-helpline" not in ids
    assert entries[0]["kind"] == "crisis"  # crisis lines first
    assert all(e["checked"] == "2026-11-24" and e["source"] for e in entries)


def test_help_text_region_and_errors(cli, fast_cli):
    r = fast_cli("help", "--country", "GB", "--region", "SCT", "--age", "adult")
    assert r.exit_code == 0 and "Police Scotland" in r.stdout and "Samaritans" in r.stdout
    low = fast_cli("help", "--country", "NG")
    assert "Please check this number" in low.stdout  # EFCC is low confidence
    bad = cli("help", "--country", "XX", passphrase=None)
    assert bad.exit_code == 2 and "Traceback" not in bad.stderr and bad.stderr.count("\n") == 1


def _case(cli, *extra: str) -> str:
    assert cli("init").exit_code == 0
    new = cli("case", "new", "--title", "test", *extra)
    assert new.exit_code == 0, getattr(new, "stderr", new.stdout)
    return new.stdout.strip().splitlines()[-1]


@pytest.fixture
def fast_cli(vault_dir, monkeypatch):
    """The same commands in-process (a subprocess costs ~2 s of imports); exit codes via main() are
    covered by the subprocess tests."""
    monkeypatch.setenv("STANDFAST_VAULT", str(vault_dir))
    monkeypatch.setenv("STANDFAST_PASSPHRASE", PASSPHRASE)
    runner = CliRunner()

    class Result:
        def __init__(self, r):
            self.exit_code, self.stdout, self.exception = r.exit_code, r.stdout, r.exception

    def run(*args: str, input: str | None = None):
        return Result(runner.invoke(app, list(args), input=input))

    return run


def test_interview_plan_and_steps(fast_cli, tmp_path: Path):
    cli = fast_cli
    case_id = _case(cli, "--country", "US", "--age", "minor")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"safe_now": True, "role": "self", "platforms": ["instagram"],
                                   "demands": ["money"], "paid": True, "sent_images": True}))
    r = cli("interview", case_id, "--answers", str(answers))
    assert r.exit_code == 0, r.exception
    assert r.stdout.startswith("It is not your fault")
    assert "988" in r.stdout and "NCMEC CyberTipline" in r.stdout and "StopNCII" not in r.stdout
    assert cli("plan", "done", case_id, "1").exit_code == 0
    assert cli("plan", case_id, "--done", "report").exit_code == 0
    plan = json.loads(cli("plan", case_id, "--json").stdout)
    assert [s["number"] for s in plan["steps"] if s["done"]] == [1, 4]
    assert plan["crisis"] == ["us-988", "us-crisis-text-line"]
    assert cli("plan", "undo", case_id, "1").exit_code == 0
    text = cli("plan", case_id, "--lang", "es").stdout
    assert "[ ] 1. No pagues" in text and "[x] 4. Denúncialo" in text
    assert text.count("Líneas de crisis") == 2  # at the top and at the end
    log = [json.loads(line)["action"] for line in cli("log", "--json").stdout.splitlines()]
    assert "plan.answers_saved" in log and log.count("plan.step_marked") == 3


def test_interview_flags_and_not_safe(fast_cli):
    case_id = _case(fast_cli, "--country", "AU")
    r = fast_cli("interview", case_id, "--not-safe", "--age", "minor")
    assert r.exit_code == 0, r.exception
    assert "Lifeline" in r.stdout and "Kids Helpline" in r.stdout and "1. " not in r.stdout
    bad = fast_cli("interview", case_id, "--age", "teen")
    assert isinstance(bad.exception, InputError) and "age group" in str(bad.exception)
    no_tty = fast_cli("interview", case_id)
    assert isinstance(no_tty.exception, UsageError) and "--answers" in str(no_tty.exception)


def test_password_check_never_echoes(cli):
    secret = "my-very-own-Secret-77"
    r = cli("password", "check", "--json", input=secret + "\n", passphrase=None)
    assert r.exit_code == 0, r.stderr
    assert secret not in r.stdout + r.stderr
    assert json.loads(r.stdout)["score"] in range(5)


def test_password_breached_with_range_file(cli, tmp_path: Path):
    digest = hashlib.sha1(b"letmein").hexdigest().upper()
    ranges = tmp_path / f"{digest[:5]}.txt"
    ranges.write_text(f"{digest[5:]}:500\n")
    r = cli("password", "breached", "--range-file", str(ranges), "--json", input="letmein\n", passphrase=None)
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout) == {"found": True, "count": 500, "source": "file"}
    none = CliRunner().invoke(app, ["password", "breached"], input="letmein\n")
    assert isinstance(none.exception, UsageError) and "--online" in str(none.exception)


def test_interactive_interview_stops_at_not_safe(monkeypatch):
    from standfast.guide import commands

    replies = iter(["n", "should never be asked"])
    monkeypatch.setattr(commands.typer, "prompt", lambda *a, **k: next(replies))
    answers = commands._interactive(lambda m: m, "en")
    assert answers.safe_now is False and answers.role is None


def test_interactive_interview_numbers_and_skips(monkeypatch):
    from standfast.guide import commands

    # safe, role=2 (helper), age=1 (minor), country, region skipped, started=2 (chat), platforms, ... (ai_made skipped)
    replies = iter(["y", "2", "1", "gb", "", "2", "instagram snapchat", "1 5", "", "", "y", "", "", "", "tonight"])
    monkeypatch.setattr(commands.typer, "prompt", lambda *a, **k: next(replies))
    answers = commands._interactive(lambda m: m, "en")
    assert (answers.role, answers.age_group, answers.country, answers.started) == ("helper", "minor", "GB", "chat")
    assert answers.platforms == ["instagram", "snapchat"] and answers.demands == ["money", "meeting"]
    assert answers.sent_images is True and answers.deadline == "tonight"
