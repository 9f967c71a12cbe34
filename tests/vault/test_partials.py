"""Private partial exports: created 0600, renamed when complete, removed by the sweep once their writer is gone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from standfast.errors import UsageError
from standfast.vault.fsutil import (
    PARTIAL_PREFIX,
    _partials_dir,
    atomic_output,
    begin_partial,
    end_partial,
    private_workdir,
    sweep_partials,
    sweep_workdirs,
)


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_partial_is_private_and_registered(tmp_path: Path) -> None:
    partial = begin_partial(tmp_path / "out.zip")
    assert partial.parent == tmp_path and partial.name.startswith(PARTIAL_PREFIX)
    assert partial.stat().st_mode & 0o777 == 0o600
    marker = _partials_dir() / partial.name
    assert marker.exists() and str(partial.absolute()) in marker.read_text()
    assert sweep_partials(tmp_path) == 0  # this process is alive: its partial stays
    assert partial.exists()
    partial.unlink()
    end_partial(partial)
    assert not marker.exists()


def test_sweep_removes_what_a_dead_writer_left(tmp_path: Path) -> None:
    pid = _dead_pid()
    dest = tmp_path / "usb"
    dest.mkdir()
    registered = dest / f"{PARTIAL_PREFIX}{pid}-aaaaaaaaaaaa"
    registered.write_bytes(b"evidence")
    markers = _partials_dir()
    markers.mkdir(parents=True, exist_ok=True)
    (markers / registered.name).write_text(f"{pid}\n\n{registered}\n", encoding="utf-8")
    unregistered = tmp_path / f"{PARTIAL_PREFIX}{pid}-bbbbbbbbbbbb"  # found by scanning its folder
    unregistered.mkdir()
    (unregistered / "a.txt").write_text("x")
    assert sweep_partials() == 1
    assert not registered.exists() and not (markers / registered.name).exists()
    assert unregistered.exists()
    assert sweep_partials(tmp_path) == 1
    assert not unregistered.exists()


def test_a_marker_never_deletes_anything_but_a_partial(tmp_path: Path) -> None:
    pid = _dead_pid()
    precious = tmp_path / "thesis.docx"
    precious.write_text("mine")
    markers = _partials_dir()
    markers.mkdir(parents=True, exist_ok=True)
    (markers / f"{PARTIAL_PREFIX}{pid}-cccccccccccc").write_text(f"{pid}\n\n{precious}\n", encoding="utf-8")
    (markers / "garbage").write_text("not a marker")
    sweep_partials()
    assert precious.read_text() == "mine"
    assert list(markers.iterdir()) == []


def test_atomic_output_renames_when_complete_and_removes_on_error(tmp_path: Path) -> None:
    dest = tmp_path / "dest"
    dest.mkdir()
    target = dest / "hashes.csv"
    with atomic_output(target) as fh:
        fh.write(b"a,b\n")
        assert not target.exists()
    assert target.read_bytes() == b"a,b\n"
    with pytest.raises(UsageError), atomic_output(target):
        pass
    other = dest / "other.csv"
    with pytest.raises(RuntimeError), atomic_output(other) as fh:
        fh.write(b"half")
        raise RuntimeError("stopped")
    assert not other.exists()
    assert [p.name for p in dest.iterdir()] == ["hashes.csv"]
    assert list(_partials_dir().iterdir()) == []


def test_work_folders_live_in_the_vault_folder_and_are_swept(tmp_path: Path) -> None:
    with private_workdir(tmp_path, "demo") as work:
        assert work.parent == tmp_path / ".work" and os.stat(work).st_mode & 0o777 == 0o700
        (work / "x").write_text("y")
        assert sweep_workdirs(tmp_path) == 0  # alive
    assert not work.exists()
    stale = tmp_path / ".work" / f"demo-{_dead_pid()}-abcdef"
    stale.mkdir()
    assert sweep_workdirs(tmp_path) == 1 and not stale.exists()
