"""Where triage's time goes on the shared spam + normal mail: each step timed on its own.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/triage_phases.py [--data ../shared/data] [--repeat 3]``.
Reads spam-phishing-not-sextortion and ham-emails (``eval_triage.corpus``), prepares every step's input
once, then times each step over all texts (best of ``--repeat`` passes, CPU seconds): HTML to text,
normalising, indicators, language, the sentence reader, the concept features, the harm-for-money reader, the
whole rules-only
verdict, the sieve on the texts triage hands it, and the learned model on the texts where the rules ask
for it. Prints milliseconds per pass,
the share of the whole verdict with the model, and e-mails per CPU second, against the keyword-regex
baseline of ``eval_triage`` measured in the same run. Steps timed alone run with warm caches, so their
sum is below the whole; the second column times each step inside whole verdicts with the model (its calls
in ``triage`` wrapped in a CPU clock), adds the steps no column above names (the decision with the lazy
short-message net, the pasted-message check, the rest of ``analyze_text``), and so accounts for the whole.
The model's line ends with its cost per token (the tokens it read, prefix and specials included). Nothing
from the data is printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_triage import BASELINE, corpus  # noqa: E402
from standfast.analyze import triage  # noqa: E402
from standfast.analyze.indicators import extract_indicators  # noqa: E402
from standfast.analyze.learned import sieve_score  # noqa: E402
from standfast.analyze.normalize import html_to_text, looks_like_html, normalize  # noqa: E402
from standfast.analyze.racket import racket  # noqa: E402
from standfast.analyze.speech import LANGS, read_speech  # noqa: E402


def best_of(repeat: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


# The steps of ``triage.analyze_text`` timed in context, by the name it calls them under, in table order.
IN_CONTEXT = ("html_to_text", "normalize", "extract_indicators", "_language", "read_speech", "_features", "racket",
              "_sieve_clears", "_sieve_reaches", "_model_opinion", "_decide", "_quoted_threat")


@contextmanager
def timed_steps(spent: dict[str, float]) -> Iterator[None]:
    """Inside the block, every call ``triage.analyze_text`` makes to an ``IN_CONTEXT`` step adds its CPU
    seconds to ``spent[name]`` (a step calling another, as the unread-language check calls the model, is
    counted once, under the outer one). Restored after, even on error."""
    saved = {name: getattr(triage, name) for name in IN_CONTEXT}
    depth = [0]

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if depth[0]:
                return fn(*args, **kwargs)
            depth[0] += 1
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start
                depth[0] -= 1
        return timed

    try:
        for name, fn in saved.items():
            setattr(triage, name, wrap(name, fn))
        yield
    finally:
        for name, fn in saved.items():
            setattr(triage, name, fn)


def in_context(texts: list[str], repeat: int) -> tuple[dict[str, float], float]:
    """CPU seconds per pass of each step inside whole verdicts with the model (the pass with the least total
    time of ``repeat``), and that pass's total."""
    best: tuple[dict[str, float], float] = ({}, float("inf"))
    for _ in range(repeat):
        spent: dict[str, float] = {}
        with timed_steps(spent):
            start = time.process_time()
            for t in texts:
                triage.analyze_text(t)
            total = time.process_time() - start
        if total < best[1]:
            best = (dict(spent), total)
    return best


def model_tokens(texts: list[str]) -> int | None:
    """How many tokens the embedding model reads for ``texts`` (None when it cannot be loaded)."""
    try:
        from standfast.analyze.learned.encoder import ModelUnavailable, _get_engine
        from standfast.analyze.learned.text import prepare

        engine = _get_engine()
    except (ImportError, ModelUnavailable):
        return None
    return sum(int(engine.model.token_count(prepare(t), True)) for t in texts)


def sieved(texts: list[str]) -> tuple[list[str], int, int]:
    """The texts triage hands to the sieve, how many short ones it clears (the model is then not asked) and
    how many longer ones it sends to the model."""
    seen: list[str] = []
    counts = {"_sieve_clears": 0, "_sieve_reaches": 0}
    saved = {name: getattr(triage, name) for name in counts}

    def watching(name: str) -> Callable[..., bool]:
        def watch(text: str, why: list[triage.Contribution], **kwargs: Any) -> bool:
            seen.append(text)
            found = bool(saved[name](text, why, **kwargs))
            counts[name] += found
            return found
        return watch

    for name in counts:
        setattr(triage, name, watching(name))
    try:
        for t in texts:
            triage.analyze_text(t)
    finally:
        for name, fn in saved.items():
            setattr(triage, name, fn)
    return seen, counts["_sieve_clears"], counts["_sieve_reaches"]


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
    read, cleared, sent = sieved(plain)
    n, r = len(texts), args.repeat
    steps: list[tuple[str, str, float]] = [
        (f"HTML to text ({len(html)} HTML mails)", "html_to_text",
         best_of(r, lambda: [html_to_text(t) for t in html])),
        ("normalise", "normalize", best_of(r, lambda: [normalize(t) for t in plain])),
        ("indicators", "extract_indicators", best_of(r, lambda: [extract_indicators(t) for t in plain])),
        ("language (fastText)", "_language", best_of(r, lambda: [triage._language(t) for t in plain])),
        ("sentence reader", "read_speech", best_of(r, lambda: [read_speech(*x) for x in readers])),
        ("concept features", "_features", best_of(r, lambda: [
            triage._features(nt.text, nt.tricks, ind, t, sp.first_person_forms, lang, sp.tokens)
            for nt, ind, t, sp, lang in zip(norms, indicators, plain, speeches, langs, strict=True)])),
        ("harm for money (racket.py)", "racket", best_of(r, lambda: [racket(nt.text) for nt in norms])),
        (f"sieve ({len(read)} read, {cleared} spared the model, {sent} sent)", "_sieve_clears",
         best_of(r, lambda: [sieve_score(t) for t in read])),
        (f"learned model ({len(asked)} texts asked)", "_model_opinion",
         best_of(r, lambda: [triage._model_opinion(t) for t in asked])),
    ]
    rules = best_of(r, lambda: [triage.analyze_text(t, use_model=False) for t in texts])
    whole = best_of(r, lambda: [triage.analyze_text(t) for t in texts])
    base = best_of(r, lambda: [BASELINE.search(t) for t in texts])
    context, context_total = in_context(texts, r)
    tokens = model_tokens(asked)
    print(f"{'step (one pass over ' + str(n) + ' e-mails)':<44}{'ms':>8}{'share':>8}{'in context':>12}")
    context["_sieve_clears"] = context.get("_sieve_clears", 0.0) + context.pop("_sieve_reaches", 0.0)
    for name, key, secs in steps:
        per_token = f"  ({secs * 1000 / tokens:.2f} ms per token, {tokens} tokens)" if key == "_model_opinion" \
            and tokens else ""
        print(f"  {name:<42}{secs * 1000:>8.1f}{secs / whole:>8.0%}{context.get(key, 0.0) * 1000:>12.1f}{per_token}")
    rest = context_total - sum(context.values())
    for name, secs in (("decision and short-message net", context.get("_decide", 0.0)),
                       ("pasted-message check", context.get("_quoted_threat", 0.0)),
                       ("rest of analyze_text (campaigns, signals)", rest)):
        print(f"  {name:<42}{'':>16}{secs * 1000:>12.1f}")
    print(f"  {'sum in context (one timed pass, clocks on)':<42}{'':>16}{context_total * 1000:>12.1f}")
    print(f"  {'whole verdict, rules only':<42}{rules * 1000:>8.1f}{rules / whole:>8.0%}  "
          f"({n / rules:.0f} e-mails/CPU-s)")
    print(f"  {'whole verdict with the model':<42}{whole * 1000:>8.1f}{1:>8.0%}  ({n / whole:.0f} e-mails/CPU-s, "
          f"target >= 1000; keyword-regex baseline {n / base:.0f}/s, ratio {base / whole:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
