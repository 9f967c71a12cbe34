"""Snapshot of every triage answer on every labelled and shared set, to prove a speed-up changes nothing.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/verdict_snapshot.py --out SNAP.json [--compare OLD.json]
[--data ../shared/data] [--plain]``. Reads the shared spam, normal mail, sextortion mail and
messages-dev (``eval_triage.corpus``), data/triage/synthetic.jsonl, tests/analyze/heldout/*.jsonl,
tests/analyze/fixtures/*.jsonl, data/triage/second_author.jsonl and third_author.jsonl, runs
``analyze_text`` (with the model) on each text and writes, per text: its set and id (or index), verdict,
confidence, sorted signal ids, language, model score (4 places), campaign, indicator types with their
spans, and a SHA-256 digest of the full JSON answer plus the explanation lines (so signal wording,
indicator values and every explanation are compared without being stored). ``--compare`` prints how many
entries differ from an earlier snapshot (set, id and the fields that differ, never text) and exits 1 if
any do. ``--plain`` runs inside ``reference.plain_paths()``. Nothing from the data is printed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_triage import corpus  # noqa: E402
from standfast.analyze.triage import analyze_text  # noqa: E402

FOLDERS = ("spam-phishing-not-sextortion", "ham-emails", "sextortion-emails", "messages-dev")
EXTRA_JSONL = (ROOT / "data" / "triage" / "second_author.jsonl", ROOT / "data" / "triage" / "third_author.jsonl")


def _jsonl(path: Path) -> Iterator[tuple[str, str]]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            row = json.loads(line)
            if isinstance(row.get("text"), str):
                yield str(row.get("id", n)), row["text"]


def texts(data: Path) -> Iterator[tuple[str, str, str]]:
    """(set name, id, text) of every text to compare."""
    for sub in FOLDERS:
        if (data / sub).exists():
            for i, text in enumerate(corpus(data / sub)):
                yield sub, str(i), text
    if (data / "messages-dev" / "messages.jsonl").exists():
        for key, text in _jsonl(data / "messages-dev" / "messages.jsonl"):
            yield "messages-dev.jsonl", key, text
    files = [ROOT / "data" / "triage" / "synthetic.jsonl", *sorted((ROOT / "tests" / "analyze" / "heldout").glob(
        "*.jsonl")), *sorted((ROOT / "tests" / "analyze" / "fixtures").glob("*.jsonl")), *EXTRA_JSONL]
    for f in files:
        if f.exists():
            for key, text in _jsonl(f):
                yield f.name, key, text


def entry(text: str) -> dict[str, Any]:
    a = analyze_text(text)
    full = a.to_json()
    full["explanation"] = [c.to_json() for c in a.explanation]
    full["model_score"] = a.model_score  # unrounded, for the digest
    digest = hashlib.sha256(json.dumps(full, sort_keys=True, ensure_ascii=True).encode()).hexdigest()
    return {"verdict": str(a.verdict), "confidence": a.confidence, "signals": sorted(s.id for s in a.signals),
            "language": a.language,
            "model_score": None if a.model_score is None else round(a.model_score, 4),
            "campaign": a.campaign, "indicators": [[i.type, i.start, i.end] for i in a.indicators],
            "digest": digest}


def snapshot(data: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, key, text in texts(data):
        k = f"{name}/{key}"
        while k in out:  # repeated ids in a file
            k += "+"
        out[k] = entry(text)
    return out


def compare(new: dict[str, dict[str, Any]], old: dict[str, dict[str, Any]]) -> int:
    missing = sorted(set(old) ^ set(new))
    differ = 0
    for k in sorted(set(old) & set(new)):
        fields = [f for f in sorted(set(old[k]) | set(new[k])) if old[k].get(f) != new[k].get(f)]
        if fields:
            differ += 1
            shown = {f: (old[k].get(f), new[k].get(f)) for f in fields if f not in ("digest", "indicators")}
            print(f"differs: {k} fields={fields} {shown}")
    print(f"compared {len(set(old) & set(new))} texts: {differ} differ, {len(missing)} only in one snapshot")
    return differ + len(missing)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--compare", type=Path)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--plain", action="store_true", help="run inside reference.plain_paths()")
    args = ap.parse_args()
    data = args.data if args.data.exists() else Path("/work/shared/data")
    t0 = time.process_time()
    if args.plain:
        from standfast.analyze.reference import plain_paths

        with plain_paths():
            snap = snapshot(data)
    else:
        snap = snapshot(data)
    args.out.write_text(json.dumps(snap, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(snap)} texts in {time.process_time() - t0:.1f} CPU-s -> {args.out}")
    if args.compare is not None:
        return 1 if compare(snap, json.loads(args.compare.read_text(encoding="utf-8"))) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
