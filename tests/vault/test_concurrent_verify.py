"""verify reads one snapshot: no false alarm while other processes and threads add and import."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE, REPO

WRITER = textwrap.dedent('''
    import os, sys, time
    from pathlib import Path
    from standfast.vault.vault import Vault
    from standfast.ingest.importer import import_path

    root, case_id, work, stop = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    n = 0
    with Vault.open(root, sys.argv[5], actor="writer") as v:
        while not stop.exists():
            n += 1
            folder = work / f"batch{n}"
            folder.mkdir()
            for k in range(6):
                (folder / f"f{k}.bin").write_bytes(os.urandom(200 + k * 5000))
            v.add_path(case_id, folder)
            v.add_note(case_id, f"note {n}")
            chat = work / f"WhatsApp Chat {n}.txt"
            lines = "".join(f"13/03/24, 21:{m % 60:02d} - Person {n}: message {m} of round {n} in {work.name}\\n"
                            for m in range(700))
            chat.write_text(lines)
            import_path(v, case_id, chat, zone="UTC")
            print(n, flush=True)
''')


@pytest.mark.timeout(600)
def test_twenty_verify_runs_during_concurrent_adds_and_imports(vault: Vault, vault_dir: Path,
                                                              tmp_path: Path) -> None:
    case = vault.create_case("busy")
    seed = tmp_path / "seed.bin"
    seed.write_bytes(os.urandom(3_000_000))
    vault.add_file(case.id, seed)
    work, stop = tmp_path / "work", tmp_path / "stop"
    work.mkdir()
    for i in range(2):
        (work / str(i)).mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(vault_dir), case.id, str(work / str(i)), str(stop),
                                 PASSPHRASE], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for i in range(2)]
    thread_errors: list[BaseException] = []

    def add_in_thread() -> None:  # a second writer inside this process, as the web app does
        k = 0
        try:
            while not stop.exists():
                k += 1
                f = tmp_path / f"t{k}.bin"
                f.write_bytes(os.urandom(1000 + k))
                vault.add_file(case.id, f)
        except BaseException as exc:
            thread_errors.append(exc)

    thread = threading.Thread(target=add_in_thread)
    thread.start()
    reports = []
    try:
        deadline = time.monotonic() + 20
        while not all(list((work / str(i)).iterdir()) for i in range(2)) and time.monotonic() < deadline:
            time.sleep(0.2)
        for _ in range(20):
            with Vault.open(vault_dir, PASSPHRASE) as other:  # a separate program's view, as `standfast verify`
                reports.append(other.verify())
    finally:
        stop.write_text("stop")
        thread.join(60)
        outs = [w.communicate(timeout=120) for w in writers]
    assert not thread_errors, thread_errors
    for w, (out, err) in zip(writers, outs, strict=True):
        assert w.returncode == 0, err[-2000:]
        assert out.strip(), "the writer process did not get to write"
    false_alarms = [r.problems for r in reports if not r.ok]
    assert false_alarms == []
    assert max(r.blocks_checked for r in reports) > 0
    assert reports[-1].rows_checked > reports[0].rows_checked  # the writers really wrote meanwhile
    assert vault.verify().ok
