"""Choose, by cross-validation, how sure the learned model must be to turn the rules' "not extortion" into
"unclear" (``triage.MODEL_FLAG``), and on which messages it is asked (``triage.MODEL_WEAK``).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/cv_model_flag.py [--folds 5] [--data ../shared/data]``.

Pool: the shipped head's training data — every file of the neighbours bank (``bank_files`` of
scripts/build_triage_neighbours.py, with the bank's own embeddings; the training script reads the same) and
../shared/data/messages-dev. Each message lands in one of K folds; its model score comes from a head fitted on
the other folds, as the shipped head would be.
The rules' verdicts do not depend on the head, so they are computed once. For each gate (how many weak
signs ask the model) and each threshold the table gives, over the pool, false reassurance (extortion left at
"not extortion") and hard negatives flagged, and the same on the synthetic rows alone (the hard-negative
target, <= 5%, is stated there). Nothing from the data is printed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from standfast.analyze import triage  # noqa: E402
from standfast.analyze.triage import analyze_text  # noqa: E402

THRESHOLDS = (0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99, 1.01)
# (weak signs asked for in chat-length messages, up to MODEL_CHAT_WORDS words; in longer ones)
GATES = ((2, 2), (1, 2))


def _rows(path: Path, source: str) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if isinstance(r.get("text"), str) and r.get("label"):
                rows.append({"text": r["text"], "label": r["label"], "source": source})
    return rows


def _asked(text: str, gate: tuple[int, int]) -> tuple[str, bool]:
    """The rules' verdict and whether the model would be asked about it with the weak-sign ``gate``."""
    asked: list[bool] = []
    original, chat, weak = triage._model_opinion, triage.MODEL_WEAK_CHAT, triage.MODEL_WEAK
    triage._model_opinion = lambda _t: asked.append(True)  # type: ignore[assignment]
    triage.MODEL_WEAK_CHAT, triage.MODEL_WEAK = gate
    try:
        verdict = str(analyze_text(text).verdict)
    finally:
        triage._model_opinion = original
        triage.MODEL_WEAK_CHAT, triage.MODEL_WEAK = chat, weak
    return verdict, bool(asked)


def _training_script() -> Any:
    """The training script itself (one list of files and one way to read the bank, so the two cannot drift)."""
    spec = importlib.util.spec_from_file_location("train_triage_model", ROOT / "scripts" / "train_triage_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    from standfast.analyze.learned import embed, fit_vectors
    from standfast.analyze.learned.head import NOT_EXTORTION

    script = _training_script()
    files = script.bank_files()
    read = {path: script.read_jsonl(path) for path in files}
    pool = [{"text": r["text"], "label": r["label"], "source": "synthetic" if path.name == "synthetic.jsonl"
             else "authors"} for path in files for r in read[path]]
    vectors = script.bank_vectors(files, read)
    dev = args.data / "messages-dev" / "messages.jsonl"
    if dev.is_file():
        extra = _rows(dev, "messages-dev")
        pool += extra
        vectors = np.vstack([vectors, embed([r["text"] for r in extra])])
    order = list(range(len(pool)))
    random.Random(13).shuffle(order)
    folds = [order[i::args.folds] for i in range(args.folds)]
    p_ext = [0.0] * len(pool)
    for fold in folds:
        held = set(fold)
        train = [i for i in range(len(pool)) if i not in held]
        head = fit_vectors(vectors[train], [pool[i]["label"] for i in train])
        neg = head.labels.index(NOT_EXTORTION)
        probs = head.predict_proba(vectors[fold])
        for i, row in zip(fold, probs, strict=True):
            p_ext[i] = 1.0 - float(row[neg])
    readings = {gate: [_asked(r["text"], gate) for r in pool] for gate in GATES}
    print(f"pool n={len(pool)} ({sum(r['label'] != 'not_extortion' for r in pool)} extortion), "
          f"{args.folds}-fold, head per fold on the other folds")
    print(f"{'gate':>5} {'thr':>5}  {'false reassurance (pool)':>26}  {'negatives flagged (pool)':>26}  "
          f"{'synthetic FR':>13}  {'synthetic neg. flagged':>22}  {'messages-dev FR, neg. flagged':>30}")
    for gate in GATES:
        for thr in THRESHOLDS:
            counts = {"all": [0, 0, 0, 0], "synthetic": [0, 0, 0, 0], "messages-dev": [0, 0, 0, 0]}
            for i, r in enumerate(pool):
                verdict, asked = readings[gate][i]
                if verdict == "not_extortion" and asked and p_ext[i] >= thr:
                    verdict = "unclear"
                for key in ("all", r["source"]):
                    if key not in counts:
                        continue
                    c = counts[key]
                    if r["label"] == "not_extortion":
                        c[2] += 1
                        c[3] += verdict != "not_extortion"
                    else:
                        c[0] += 1
                        c[1] += verdict == "not_extortion"
            a, s, d = counts["all"], counts["synthetic"], counts["messages-dev"]
            print(f"{gate[0]}/{gate[1]:<3} {thr:>5.2f}  {a[1] / a[0]:>17.1%} ({a[1]:>3}/{a[0]})  {a[3] / a[2]:>17.1%} "
                  f"({a[3]:>3}/{a[2]})  {s[1] / s[0]:>6.1%} ({s[1]}/{s[0]})  {s[3] / s[2]:>13.1%} ({s[3]}/{s[2]})  "
                  f"{d[1]}/{d[0]}, {d[3]}/{d[2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
