"""Crash safety: SIGKILL at random points during a large add, many times; nothing reported lost."""

from __future__ import annotations

import contextlib
import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from standfast.vault.keys import KdfParams
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE


def _make_files(folder: Path, n: int, rng: random.Random) -> None:
    folder.mkdir()
    for i in range(n):
        size = rng.choice([0, 100, 5_000, 300_000, 1_500_000])
        (folder / f"file{i:03}.bin").write_bytes(os.urandom(size))


@pytest.mark.slow
def test_sigkill_during_add_loses_nothing(tmp_path: Path) -> None:
    rng = random.Random(2026)
    vault_dir = tmp_path / "vault"
    Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests())[0].close()
    with Vault.open(vault_dir, PASSPHRASE) as v:
        case_id = v.create_case("crash").id
    env = {**os.environ, "STANDFAST_VAULT": str(vault_dir), "STANDFAST_PASSPHRASE": PASSPHRASE}
    reported: set[str] = set()
    for round_no in range(12):
        folder = tmp_path / f"batch{round_no}"
        _make_files(folder, 40, rng)
        proc = subprocess.Popen([sys.executable, "-m", "standfast.cli", "add", case_id, str(folder), "--json"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        assert proc.stdout is not None
        first = b""
        if round_no % 3:  # most rounds: kill somewhere in the middle of the add
            first = proc.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.6))
        else:  # some rounds: kill at any moment, even during start-up
            time.sleep(rng.uniform(0.0, 2.0))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        for line in (first + out).decode().splitlines():
            with contextlib.suppress(ValueError, KeyError):  # the last line may be cut by the kill
                reported.add(json.loads(line)["id"])
    with Vault.open(vault_dir, PASSPHRASE) as v:
        report = v.verify()
        assert report.ok, report.problems
        present = {i.id for i in v.list_items(case_id)}
        assert not list((vault_dir / "tmp").iterdir())
    assert reported, "the kills came too early to test anything"
    assert reported <= present


def test_full_disk_leaves_vault_unchanged(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests())[0].close()
    with Vault.open(vault_dir, PASSPHRASE) as v:
        case_id = v.create_case("disk").id
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(4_000_000))
    env = {**os.environ, "STANDFAST_VAULT": str(vault_dir), "STANDFAST_PASSPHRASE": PASSPHRASE}

    def limit() -> None:  # the file-size limit stands in for a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

    proc = subprocess.run([sys.executable, "-m", "standfast.cli", "add", case_id, str(big)],
                          capture_output=True, text=True, env=env, preexec_fn=limit)
    assert proc.returncode != 0
    assert "disk is full" in proc.stderr and "Traceback" not in proc.stderr
    with Vault.open(vault_dir, PASSPHRASE) as v:
        assert v.count_items(case_id) == 0
        assert v.verify().ok
        assert not list((vault_dir / "tmp").iterdir())
