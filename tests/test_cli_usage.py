"""A mistyped command or option shows the usage and the nearest name, with exit code 2 (real CLI process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "XDG_DATA_HOME": str(tmp_path / "xdg"),
           "STANDFAST_VAULT": str(tmp_path / "vault")}
    return subprocess.run([sys.executable, "-c", "from standfast.cli import main; main()", *args],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize(("args", "usage", "near"), [
    (("verfy",), "Usage: standfast [OPTIONS] COMMAND", "Did you mean 'verify'?"),
    (("case", "lst"), "Usage: standfast case [OPTIONS] COMMAND", "Did you mean 'list'?"),
    (("--vaul", "x", "verify"), "Usage: standfast [OPTIONS] COMMAND", "Did you mean '--vault'?"),
    (("case", "new", "--titel", "x"), "Usage: standfast case new [OPTIONS]", "Did you mean '--title'?"),
])
def test_typo_shows_usage_and_nearest_name(args: tuple[str, ...], usage: str, near: str, tmp_path: Path) -> None:
    done = _run(*args, tmp_path=tmp_path)
    assert done.returncode == 2, done.stderr
    assert usage in done.stderr
    assert near in done.stderr
    assert "unexpected error" not in done.stderr
    assert "--help" in done.stderr
    assert not (tmp_path / "vault").exists()  # nothing was done


def test_unknown_word_without_near_name_still_usage(tmp_path: Path) -> None:
    done = _run("zzzzqqq", tmp_path=tmp_path)
    assert done.returncode == 2
    assert "No such command 'zzzzqqq'" in done.stderr
    assert "Did you mean" not in done.stderr


def test_missing_argument_and_bad_value_are_usage_errors(tmp_path: Path) -> None:
    missing = _run("export", tmp_path=tmp_path)
    assert missing.returncode == 2
    assert "Missing argument" in missing.stderr and "Usage: standfast export" in missing.stderr
    bad = _run("case", "new", "--title", "x", "--age", "toddler", tmp_path=tmp_path)
    assert bad.returncode == 2, bad.stderr
    assert "unexpected error" not in bad.stderr


def test_group_alone_shows_its_help(tmp_path: Path) -> None:
    done = _run("case", tmp_path=tmp_path)
    assert done.returncode == 2
    assert "Usage: standfast case" in done.stdout + done.stderr
    assert "unexpected error" not in done.stderr
