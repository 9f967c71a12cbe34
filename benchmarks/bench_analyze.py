"""Benchmark the triage verdict on the shared real data: accuracy per class and messages per second.

Run: ``.venv/bin/python benchmarks/bench_analyze.py [--data ../shared/data] [--seconds 3]``.
Prints precision / recall / F1 per class (scam e-mails, non-sexual extortion, spam and phishing,
normal mail), the false-positive rates, and throughput against a baseline measured in the same run
(one regex alternation of scam keywords over the same texts). Throughput is the full pipeline per
parsed e-mail (``analyze_text``: HTML to text, normalisation, concepts, every indicator, campaign
check) over all real texts, over the spam + ham e-mails alone (the issue's throughput target: 1,000 per
second on one core), then over those <= 4,000 characters, then indicator extraction alone per line
(what an importer does per chat message). Each row gives e-mails per wall second and per CPU second
(``time.process_time``, which other sessions' load disturbs less), and the same rules with every fast
path switched to its plain form (:mod:`standfast.analyze.reference`, identical output) in the same run.
Nothing from the data is printed.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from standfast.analyze.indicators import extract_indicators  # noqa: E402
from standfast.analyze.inputs import readables_of_path  # noqa: E402
from standfast.analyze.reference import plain_paths  # noqa: E402
from standfast.analyze.triage import analyze_text  # noqa: E402
from standfast.errors import InputError  # noqa: E402

BASELINE = re.compile(
    r"(?i)\b(?:bitcoin|btc|hacked|hacker|webcam|recorded you|porn|masturbat\w*|your contacts|48 hours|trojan|"
    r"spyware|password)\b"
)


def load(data: Path) -> list[tuple[str, str, str]]:
    """(expected class, source, text) for every usable sample."""
    out: list[tuple[str, str, str]] = []
    sx = data / "sextortion-emails"
    for f in sorted((sx / "phishing_pot").glob("*.eml")):
        for r in readables_of_path(f):
            out.append(("scam", str(f), r.text))
    for row in json.loads((sx / "nazario" / "nazario_sextortion_2019-01-29.json").read_text("utf-8")):
        out.append(("scam", "nazario", f"{row.get('subject', '')}\n\n{row.get('body', '')}"))
    reports = {r["id"]: r for r in json.loads((sx / "bitcoinabuse_reports" / "sextortion_blackmail_reports.json")
                                               .read_text("utf-8"))}
    with open(sx / "index.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if "#" not in row["local"]:
                continue
            rid = row["local"].split("#", 1)[1]
            label = "other_extortion" if "NOT sextortion" in row["notes"] else "scam"
            out.append((label, f"bitcoinabuse#{rid}", reports[rid]["description"]))
    for folder, label in (("spam-phishing-not-sextortion", "spam"), ("ham-emails", "ham")):
        for f in sorted((data / folder).rglob("*")):
            if not f.is_file() or f.name.startswith(("LICENSE", "PROVENANCE", "index")) or f.suffix in (
                    ".md", ".expected", ".csv"):
                continue
            try:
                for r in readables_of_path(f):
                    out.append((label, str(f), r.text))
            except InputError:
                continue
    return out


EXPECTED = {"scam": "mass_scam", "other_extortion": "other_extortion", "spam": "not_extortion",
            "ham": "not_extortion"}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def throughput(fn, texts: list[str], seconds: float) -> tuple[float, float]:
    """(calls per wall second, calls per CPU second) of ``fn`` over ``texts``, repeated for ``seconds``.
    CPU time (``time.process_time``) leaves out the time spent waiting for a core on a shared machine."""
    gc.disable()
    try:
        n = 0
        start, cpu = time.perf_counter(), time.process_time()
        while True:
            for t in texts:
                fn(t)
            n += len(texts)
            if time.perf_counter() - start >= seconds:
                break
        return n / (time.perf_counter() - start), n / max(1e-9, time.process_time() - cpu)
    finally:
        gc.enable()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--show-errors", action="store_true", help="list misclassified sample paths (no content)")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"shared data not found at {args.data}", file=sys.stderr)
        return 2
    samples = load(args.data)
    predictions = [analyze_text(text).verdict for _l, _s, text in samples]

    print(f"samples: {len(samples)}")
    print()
    print(f"{'class':<22}{'n':>6}{'precision':>11}{'recall':>9}{'F1':>7}")
    for cls in ("scam", "other_extortion", "spam", "ham"):
        want = EXPECTED[cls]
        # A sample of this class counts as correct when its verdict is this class's expected verdict;
        # for spam and ham, precision is measured against every sample predicted not_extortion.
        tp = sum(1 for (lab, _s, _t), p in zip(samples, predictions, strict=True) if lab == cls and p == want)
        fn = sum(1 for (lab, _s, _t), _p in zip(samples, predictions, strict=True) if lab == cls) - tp
        fp = sum(1 for (lab, _s, _t), p in zip(samples, predictions, strict=True)
                 if EXPECTED[lab] != want and p == want)
        p, r, f = prf(tp, fp, fn)
        n = tp + fn
        print(f"{cls:<22}{n:>6}{p:>11.3f}{r:>9.3f}{f:>7.3f}")
    print()
    for cls in ("spam", "ham"):
        n = sum(1 for lab, _s, _t in samples if lab == cls)
        fp = sum(1 for (lab, _s, _t), p in zip(samples, predictions, strict=True)
                 if lab == cls and p != "not_extortion")
        print(f"false positives on {cls}: {fp}/{n} = {100 * fp / max(1, n):.2f}%")
    scam_n = sum(1 for lab, _s, _t in samples if lab == "scam")
    scam_hit = sum(1 for (lab, _s, _t), p in zip(samples, predictions, strict=True)
                   if lab == "scam" and p in ("mass_scam", "targeted"))
    print(f"scam recall (mass_scam or targeted): {scam_hit}/{scam_n} = {scam_hit / max(1, scam_n):.3f}")
    if args.show_errors:
        for (lab, src, _t), p in zip(samples, predictions, strict=True):
            if EXPECTED[lab] != p:
                print(f"  wrong: {lab} -> {p}: {src}")

    texts = [t for _l, _s, t in samples]
    spam_ham = [t for lab, _s, t in samples if lab in ("spam", "ham")]
    small = [t for t in texts if len(t) <= 4000]

    def scan(t: str) -> int:
        return len(BASELINE.findall(t))

    print()
    print("throughput, one core, texts parsed beforehand; /s = per wall second, /cpu-s = per CPU second;")
    print("plain = the same rules with every fast path switched to its plain form (same output, same run)")
    print(f"{'':<48}{'baseline/s':>11}{'analyze/s':>10}{'/cpu-s':>8}{'ms/cpu':>8}{'plain/cpu-s':>12}"
          f"{'fast/plain':>11}{'vs base':>8}")
    for label, group in ((f"all {len(texts)} texts (mean {sum(map(len, texts)) // len(texts)} chars)", texts),
                         (f"spam + ham, {len(spam_ham)} e-mails (mean "
                          f"{sum(map(len, spam_ham)) // max(1, len(spam_ham))})", spam_ham),
                         (f"{len(small)} texts <= 4000 chars (mean {sum(map(len, small)) // max(1, len(small))})",
                          small)):
        base, _base_cpu = throughput(scan, group, args.seconds)
        wall, cpu = throughput(analyze_text, group, args.seconds)
        with plain_paths():
            _plain_wall, plain_cpu = throughput(analyze_text, group, args.seconds)
        print(f"{label:<48}{base:>11.0f}{wall:>10.0f}{cpu:>8.0f}{1000 / cpu:>8.2f}{plain_cpu:>12.0f}"
              f"{cpu / plain_cpu:>11.2f}{wall / base:>8.2f}")
    # What an importer does per chat message: indicators only, on message-sized pieces (the
    # non-blank lines of the same real texts).
    lines = [ln for t in texts for ln in t.splitlines() if ln.strip()]
    base, _ = throughput(scan, lines, args.seconds)
    wall, cpu = throughput(extract_indicators, lines, args.seconds)
    label = f"extract_indicators, {len(lines)} lines (mean {sum(map(len, lines)) // max(1, len(lines))})"
    print(f"{label:<48}{base:>11.0f}{wall:>10.0f}{cpu:>8.0f}{1000 / cpu:>8.3f}{'':>12}{'':>11}{wall / base:>8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
