"""Benchmark the tracker: how long the due list (shown on the home page each time the app opens), a
case's list and the .ics take as the number of tracked reports grows.

Run: ``.venv/bin/python benchmarks/bench_tracker.py [--sizes 100 1000 5000]``.
Each size gets a fresh vault in a private folder next to this repository (never $TMPDIR), with
reports spread over 10 cases, a third of them with the 48-hour clock. The baseline, measured in
the same run on the same vault, is ``vault.list_cases()``: what the home page already did before.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("STANDFAST_TEST_FAST_KDF", "1")

from standfast.services import cases, tracker  # noqa: E402
from standfast.vault.keys import KdfParams  # noqa: E402
from standfast.vault.vault import Vault  # noqa: E402


def _time(fn: Callable[[], object], repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def _fill(vault: Vault, n: int) -> list[str]:
    ids = [cases.create_case(vault, title=f"bench {i}", country="US", age="adult").id for i in range(10)]
    now = datetime.now(UTC)
    for i in range(n):
        channel = "plat-x" if i % 3 == 0 else "us-ic3"
        tracker.add_report(vault, ids[i % 10], channel, reference=f"R-{i}", sent_at=now - timedelta(hours=i % 96))
    return ids


def _measure(vault: Vault, case_id: str) -> tuple[float, float, float, float]:
    base = _time(vault.list_cases)
    due = _time(lambda: tracker.due_reports(vault))
    one = _time(lambda: tracker.list_reports(vault, case_id))
    ics = _time(lambda: tracker.calendar(vault))
    return base, due, one, ics


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    args = parser.parse_args()
    work = ROOT / ".bench-tracker"
    rows = []
    for n in args.sizes:
        shutil.rmtree(work, ignore_errors=True)
        vault, _ = Vault.create(work / "vault", "benchmark passphrase", kdf=KdfParams.fast_for_tests(), actor="bench")
        try:
            start = time.perf_counter()
            ids = _fill(vault, n)
            add_ms = (time.perf_counter() - start) * 1000 / n
            rows.append((n, add_ms, *_measure(vault, ids[0])))
        finally:
            vault.close()
            shutil.rmtree(work, ignore_errors=True)
    print(f"{'reports':>8} | {'add ms/each':>11} | {'list_cases ms (baseline)':>24} | {'due ms':>8} | "
          f"{'x base':>7} | {'one case ms':>11} | {'ics ms':>8}")
    for n, add_ms, base, due, one, ics in rows:
        print(f"{n:>8} | {add_ms:>11.1f} | {base:>24.2f} | {due:>8.1f} | {due / base:>7.1f} | {one:>11.1f} | "
              f"{ics:>8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
