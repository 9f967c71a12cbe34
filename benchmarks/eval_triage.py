"""Evaluate the triage verdict on labelled messages and on the shared spam and normal-mail corpora.

Run: ``.venv/bin/python benchmarks/eval_triage.py [FILE.jsonl ...] [--data ../shared/data] [--cv K]
[--no-model]``. Each JSONL line is ``{"text": ..., "label": ...}`` (labels: mass_scam, targeted,
other_extortion, not_extortion; other fields are ignored). Without files it reads the synthetic
fixtures of tests/analyze, data/triage/synthetic.jsonl and ../shared/data/messages-dev.

Prints per file: recall of each kind (the exact kind, and "flagged" = anything but not_extortion),
the false-reassurance rate (real extortion called not_extortion), hard negatives flagged; then the
false-alarm rates on the spam and normal-mail corpora, throughput in e-mails per second on one core
(texts parsed beforehand, rules plus the model where the rules ask for it; wall clock and CPU time),
p95 time per message including the model (over the corpus, and over the labelled messages that ask the
model), and the start time of ``standfast analyze`` for one message, against a baseline
measured in the same run (a plain Python start). ``--cv K`` refits the learned model's head K times on
messages-dev plus the synthetic training set (each fold's test messages left out) and reports the
figures on the held-out messages. Nothing from the data is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from standfast.analyze.inputs import readables_of_path  # noqa: E402
from standfast.analyze.triage import analyze_text  # noqa: E402
from standfast.errors import InputError  # noqa: E402

KINDS = ("targeted", "mass_scam", "other_extortion")
# The throughput baseline measured in the same run: one regex alternation of scam keywords per text.
BASELINE = re.compile(
    r"(?i)\b(?:bitcoin|btc|hacked|hacker|webcam|recorded you|porn|masturbat\w*|your contacts|48 hours|trojan|"
    r"spyware|password|nudes|followers)\b")
TARGETS = {"false reassurance": "<= 2%", "targeted recall": ">= 0.90", "mass_scam recall": ">= 0.95",
           "hard negatives flagged": "<= 5%", "spam flagged": "<= 0.5%", "ham flagged": "<= 0.2%",
           "throughput": ">= 1000/s", "p95": "<= 150 ms", "cli start": "<= 1 s"}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if isinstance(row.get("text"), str) and row.get("label") in (*KINDS, "not_extortion"):
                rows.append(row)
    return rows


def corpus(folder: Path) -> list[str]:
    texts = []
    for f in sorted(folder.rglob("*")):
        if not f.is_file() or f.name.startswith(("LICENSE", "PROVENANCE", "index")) or f.suffix in (
                ".md", ".expected", ".csv"):
            continue
        try:
            texts.extend(r.text for r in readables_of_path(f))
        except InputError:
            continue
    return texts


def score_rows(rows: Sequence[dict[str, Any]], verdict_of: Callable[[str], str]) -> dict[str, float]:
    preds = [(r["label"], str(verdict_of(r["text"]))) for r in rows]
    out: dict[str, float] = {"n": len(preds)}
    for kind in KINDS:
        mine = [p for lab, p in preds if lab == kind]
        out[f"{kind} n"] = len(mine)
        out[f"{kind} recall"] = sum(p == kind for p in mine) / len(mine) if mine else float("nan")
        out[f"{kind} flagged"] = sum(p != "not_extortion" for p in mine) / len(mine) if mine else float("nan")
    real = [p for lab, p in preds if lab != "not_extortion"]
    neg = [p for lab, p in preds if lab == "not_extortion"]
    out["extortion n"] = len(real)
    out["false reassurance"] = sum(p == "not_extortion" for p in real) / len(real) if real else float("nan")
    out["negatives n"] = len(neg)
    out["hard negatives flagged"] = sum(p != "not_extortion" for p in neg) / len(neg) if neg else float("nan")
    return out


def print_scores(title: str, s: dict[str, float]) -> None:
    print(f"\n{title}  (n={int(s['n'])})")
    print(f"  {'measure':<34}{'value':>9}  target")
    for kind in KINDS:
        if s[f"{kind} n"]:
            print(f"  {kind + ' recall (exact kind)':<34}{s[f'{kind} recall']:>9.3f}  "
                  f"{TARGETS.get(kind + ' recall', '')}  (n={int(s[f'{kind} n'])}, flagged {s[f'{kind} flagged']:.3f})")
    if s["extortion n"]:
        print(f"  {'false reassurance':<34}{s['false reassurance']:>9.1%}  {TARGETS['false reassurance']}"
              f"  (n={int(s['extortion n'])})")
    if s["negatives n"]:
        print(f"  {'hard negatives flagged':<34}{s['hard negatives flagged']:>9.1%}  "
              f"{TARGETS['hard negatives flagged']}  (n={int(s['negatives n'])})")


def rules_and_model(text: str) -> str:
    return analyze_text(text).verdict


def rules_only(text: str) -> str:
    return analyze_text(text, use_model=False).verdict


def cross_validate(rows: list[dict[str, Any]], train_extra: list[dict[str, Any]], k: int) -> dict[str, float]:
    """K folds over ``rows``: a head fitted on the other folds plus ``train_extra`` scores each fold."""
    from standfast.analyze import triage
    from standfast.analyze.learned import embed, fit_vectors, score

    rng = random.Random(13)
    order = list(range(len(rows)))
    rng.shuffle(order)
    folds = [order[i::k] for i in range(k)]
    # Embeddings are the expensive part and do not depend on the fold: compute them once.
    all_rows = rows + train_extra
    vectors = embed([r["text"] for r in all_rows])
    preds: dict[int, str] = {}
    original = triage._model_opinion
    try:
        for fold in folds:
            held = set(fold)
            train = [i for i in range(len(all_rows)) if i not in held]
            head = fit_vectors(vectors[train], [all_rows[i]["label"] for i in train])
            triage._model_opinion = lambda text, head=head: score(text, head)  # type: ignore[assignment]
            for i in fold:
                preds[i] = str(analyze_text(rows[i]["text"]).verdict)
    finally:
        triage._model_opinion = original  # type: ignore[assignment]
    return score_rows([{"text": str(i), "label": rows[i]["label"]} for i in range(len(rows))],
                      lambda i: preds[int(i)])


def baseline_rate(texts: list[str], seconds: float) -> float:
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for t in texts:
            BASELINE.search(t)
        n += len(texts)
    return n / (time.perf_counter() - start)


def throughput(texts: list[str], seconds: float) -> tuple[float, float, float]:
    """(messages per second, messages per CPU second, p95 seconds per message) for the full verdict incl.
    the model where asked. The CPU rate is the fairer figure on a shared machine: it leaves out the time
    spent waiting for a core."""
    times: list[float] = []
    n = 0
    cpu = time.process_time()
    start = time.perf_counter()
    while True:
        for t in texts:
            a = time.perf_counter()
            analyze_text(t)
            times.append(time.perf_counter() - a)
        n += len(texts)
        if time.perf_counter() - start >= seconds:
            break
    rate = n / (time.perf_counter() - start)
    return rate, n / (time.process_time() - cpu), statistics.quantiles(times, n=20)[-1]


def model_p95(texts: list[str]) -> tuple[float, int]:
    """(p95 seconds, count) of the whole verdict over the messages where the learned model is asked: the
    one-message latency that includes the model, not diluted by messages the rules decide alone."""
    asked = [t for t in texts if analyze_text(t).model_score is not None]
    times = []
    for t in asked:
        a = time.perf_counter()
        analyze_text(t)
        times.append(time.perf_counter() - a)
    if len(times) < 2:
        return float("nan"), len(times)
    return statistics.quantiles(times, n=20)[-1], len(times)


def cli_start() -> tuple[float, float]:
    """(seconds for ``standfast analyze`` on one short message, seconds for a bare Python start)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    with tempfile.TemporaryDirectory() as d:
        msg = Path(d) / "m.txt"
        msg.write_text("You have 2 hours. Send $200 on Cash App or this video goes to your mom.", encoding="utf-8")

        def run(args: list[str]) -> float:
            best = float("inf")
            for _ in range(3):
                a = time.perf_counter()
                subprocess.run(args, env=env, capture_output=True, check=False)
                best = min(best, time.perf_counter() - a)
            return best

        return (run([sys.executable, "-c", "from standfast.cli import main; main()", "analyze", "--json", str(msg)]),
                run([sys.executable, "-c", "pass"]))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--cv", type=int, default=0, help="cross-validate the model head on messages-dev (K folds)")
    ap.add_argument("--no-model", action="store_true", help="rules only")
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    verdict_of = rules_only if args.no_model else rules_and_model
    dev = args.data / "messages-dev" / "messages.jsonl"
    files = args.files or [p for p in (ROOT / "tests/analyze/fixtures/triage_synthetic.jsonl",
                                       ROOT / "data/triage/synthetic.jsonl", dev) if p.is_file()]
    for path in files:
        rows = read_jsonl(path)
        print_scores(f"{path.name}: rules{'' if args.no_model else ' + model where unsure'}",
                     score_rows(rows, verdict_of))
        if not args.no_model:
            print_scores(f"{path.name}: rules only", score_rows(rows, rules_only))
    if args.cv and dev.is_file():
        extra = read_jsonl(ROOT / "data/triage/synthetic.jsonl") if (ROOT / "data/triage/synthetic.jsonl").is_file() \
            else []
        print_scores(f"messages-dev, {args.cv}-fold cross-validated (head refitted per fold)",
                     cross_validate(read_jsonl(dev), extra, args.cv))
    spam = corpus(args.data / "spam-phishing-not-sextortion") if args.data.is_dir() else []
    ham = corpus(args.data / "ham-emails") if args.data.is_dir() else []
    if spam or ham:
        print(f"\n{'corpus':<34}{'flagged':>9}  target")
        for name, texts, key in (("spam and phishing", spam, "spam flagged"), ("normal mail", ham, "ham flagged")):
            flagged = sum(verdict_of(t) != "not_extortion" for t in texts)
            print(f"  {name:<32}{flagged / len(texts):>9.2%}  {TARGETS[key]}  ({flagged}/{len(texts)})")
    if args.seconds <= 0:  # (--seconds 0: the figures without the speed run)
        return 0
    if spam or ham:
        rate, cpu_rate, p95 = throughput(spam + ham, args.seconds)
        base = baseline_rate(spam + ham, args.seconds)
        print(f"\n{'speed (one core)':<34}{'value':>12}  target")
        print(f"  {'spam + ham, e-mails per second':<32}{rate:>12.0f}  {TARGETS['throughput']}  (keyword-regex "
              f"baseline {base:.0f}/s, ratio {rate / base:.2f})")
        print(f"  {'same, per CPU second':<32}{cpu_rate:>12.0f}  {TARGETS['throughput']}")
        print(f"  {'p95 per message, incl. model':<32}{p95 * 1000:>10.1f}ms  {TARGETS['p95']}")
    labelled = [r["text"] for path in files for r in read_jsonl(path)]
    if not args.no_model and labelled:
        p95_model, n_model = model_p95(labelled)
        print(f"  {'p95, messages that ask the model':<32}{p95_model * 1000:>10.1f}ms  {TARGETS['p95']}  "
              f"(n={n_model} of {len(labelled)} labelled messages)")
    cli, bare = cli_start()
    print(f"  {'CLI start, one message':<32}{cli:>11.2f}s  {TARGETS['cli start']}  (bare Python {bare:.2f}s, "
          f"ratio {cli / bare:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
