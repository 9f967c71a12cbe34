"""Where triage's time goes on the shared spam + normal mail: each step timed on its own.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/triage_phases.py [--data ../shared/data] [--repeat 3]``.
Reads spam-phishing-not-sextortion and ham-emails (``eval_triage.corpus``), prepares every step's input
once, then times each step over all texts (best of ``--repeat`` passes, CPU seconds): HTML to text,
normalising, indicators, language, the sentence reader, the concept features, the whole rules-only
verdict, and the learned model on the texts where the rules ask for it. Prints milliseconds per pass,
the share of the whole verdict with the model, and e-mails per CPU second, against the keyword-regex
baseline of ``eval_triage`` measured in the same run. Steps timed alone run with warm caches, so their
sum is below the whole. Nothing from the data is printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_triage import BASELINE, corpus  # noqa: E402
from standfast.analyze import triage  # noqa: E402
from standfast.analyze.indicators import extract_indicators  # noqa: E402
from standfast.analyze.normalize import html_to_text, looks_like_html, normalize  # noqa: E402
from standfast.analyze.speech import LANGS, read_speech  # noqa: E402


def best_of(repeat: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = corpus(args.data / "spam-phishing-not-sextortion") + corpus(args.data / "ham-emails")
    if not texts:
        print("no shared corpus found")
        return 1
    for t in texts:  # loads the models and warms the caches
        triage.analyze_text(t)
    html = [t for t in texts if "<" in t and looks_like_html(t)]
    plain = [html_to_text(t) if "<" in t and looks_like_html(t) else t for t in texts]
    norms = [normalize(t) for t in plain]
    langs = [triage._language(t) for t in plain]
    readers = [(n.text, t, (lang,) if lang in LANGS else LANGS) for n, t, lang in zip(norms, plain, langs, strict=True)]
    speeches = [read_speech(*r) for r in readers]
    indicators = [extract_indicators(t) for t in plain]
    asked = [t for t in plain if triage.analyze_text(t).model_score is not None]
    n, r = len(texts), args.repeat
    steps: list[tuple[str, float]] = [
        (f"HTML to text ({len(html)} HTML mails)", best_of(r, lambda: [html_to_text(t) for t in html])),
        ("normalise", best_of(r, lambda: [normalize(t) for t in plain])),
        ("indicators", best_of(r, lambda: [extract_indicators(t) for t in plain])),
        ("language (fastText)", best_of(r, lambda: [triage._language(t) for t in plain])),
        ("sentence reader", best_of(r, lambda: [read_speech(*x) for x in readers])),
        ("concept features", best_of(r, lambda: [
            triage._features(nt.text, nt.tricks, ind, t, sp.first_person_forms, lang, sp.tokens)
            for nt, ind, t, sp, lang in zip(norms, indicators, plain, speeches, langs, strict=True)])),
        (f"learned model ({len(asked)} texts asked)", best_of(r, lambda: [triage._model_opinion(t) for t in asked])),
    ]
    rules = best_of(r, lambda: [triage.analyze_text(t, use_model=False) for t in texts])
    whole = best_of(r, lambda: [triage.analyze_text(t) for t in texts])
    base = best_of(r, lambda: [BASELINE.search(t) for t in texts])
    print(f"{'step (one pass over ' + str(n) + ' e-mails)':<44}{'ms':>8}{'share':>8}")
    for name, secs in steps:
        print(f"  {name:<42}{secs * 1000:>8.1f}{secs / whole:>8.0%}")
    print(f"  {'whole verdict, rules only':<42}{rules * 1000:>8.1f}{rules / whole:>8.0%}  "
          f"({n / rules:.0f} e-mails/CPU-s)")
    print(f"  {'whole verdict with the model':<42}{whole * 1000:>8.1f}{1:>8.0%}  ({n / whole:.0f} e-mails/CPU-s, "
          f"target >= 1000; keyword-regex baseline {n / base:.0f}/s, ratio {base / whole:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
