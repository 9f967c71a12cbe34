#!/usr/bin/env python3
"""Build the labelled-neighbours bank of `standfast analyze` (learned/neighbours.npz) and record it.

    PYTHONPATH=src python scripts/build_triage_neighbours.py            # embed, write, record
    PYTHONPATH=src python scripts/build_triage_neighbours.py --check    # say whether the bank is current
    PYTHONPATH=src python scripts/build_triage_neighbours.py --cache DIR   # reuse/keep each file's vectors in DIR
    PYTHONPATH=src python scripts/build_triage_neighbours.py --reuse    # embed only files the bank does not hold

The bank holds the embedding (int8 codes, one scale per dimension) and the label of every message in
data/triage/*.jsonl and in the spent held-out sets 1 to ``LAST_SPENT_SET`` of tests/analyze/heldout (each evaluated
before it was ever learned from; see tests/analyze/heldout/README.md). A set above that number is still unspent and
is never read here. Nothing from ../shared is read. No text is stored, only vectors and labels.
The entry ``neighbours`` of learned/training_record.json lists each file with its SHA-256 and row count
and the bank's own SHA-256; triage refuses a bank that does not match it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from standfast.analyze.learned import LABELS, MODEL_NAME, embed  # noqa: E402
from standfast.analyze.learned.model import RECORD_FILE, file_sha256  # noqa: E402
from standfast.analyze.learned.neighbours import NEIGHBOURS_FILE, K, quantize  # noqa: E402

OUT = REPO / "src" / "standfast" / "analyze" / "learned"
TRAINING = REPO / "data" / "triage"
HELDOUT = REPO / "tests" / "analyze" / "heldout"
# The last held-out set that has been evaluated (spent). Raise it only after a set's evaluation.
LAST_SPENT_SET = 575


def heldout_path(n: int) -> Path:
    return HELDOUT / ("heldout_triage.jsonl" if n == 1 else f"heldout{n}_triage.jsonl")


def bank_files() -> list[Path]:
    """Every file the bank is built from, in a fixed order."""
    return sorted(TRAINING.glob("*.jsonl")) + [heldout_path(n) for n in range(1, LAST_SPENT_SET + 1)]


def read_rows(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    bad = [r.get("id") for r in rows if r.get("label") not in LABELS or not isinstance(r.get("text"), str)]
    if bad:
        raise SystemExit(f"{path.relative_to(REPO)}: rows without a known label or text: {bad[:5]}")
    return rows


def describe(path: Path, rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"path": str(path.relative_to(REPO)), "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "count": len(rows)}


def write_bank(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """An ``.npz`` that ``np.load`` reads, with fixed zip time stamps: the same vectors give the same bytes
    (``np.savez`` stamps the current time)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, array in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with zf.open(info, "w") as handle:
                np.lib.format.write_array(handle, np.ascontiguousarray(array), allow_pickle=False)


def embed_file(path: Path, rows: list[dict[str, Any]], cache: Path | None) -> np.ndarray:
    """The float16 embeddings of one file's rows; with ``cache``, read from or kept in ``DIR/<sha256>.npy`` (the
    file's SHA-256, so an edited file is embedded again; the embedding is deterministic on one thread)."""
    cached = cache / f"{hashlib.sha256(path.read_bytes()).hexdigest()}.npy" if cache else None
    if cached is not None and cached.is_file():
        vectors = np.load(cached, allow_pickle=False)
        if vectors.shape == (len(rows), vectors.shape[1]) and vectors.dtype == np.float16:
            return np.asarray(vectors)
    vectors = embed([r["text"] for r in rows]).astype(np.float16)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        np.save(cached, vectors, allow_pickle=False)
    return vectors


def recorded_vectors(record: dict[str, Any]) -> dict[tuple[str, str, int], np.ndarray]:
    """Each source file's vectors as the recorded bank holds them (its int8 codes times the scale), by the file's
    path, SHA-256 and row count; empty when the bank does not match its record. Quantized again with the new files,
    a file's codes stay the same unless a new vector widens a dimension's scale (then they move by one step at most)."""
    entry = record.get("neighbours") or {}
    path = OUT / NEIGHBOURS_FILE
    if not path.is_file() or entry.get("file_sha256") != file_sha256(path):
        return {}
    with np.load(path, allow_pickle=False) as data:
        if "scale" not in data.files:
            return {}
        codes, scale = data["vectors"], np.asarray(data["scale"], dtype=np.float32)
    found: dict[tuple[str, str, int], np.ndarray] = {}
    start = 0
    for source in entry.get("sources", []):
        count = int(source["count"])
        found[(source["path"], source["sha256"], count)] = codes[start:start + count].astype(np.float32) * scale
        start += count
    return found if start == len(codes) else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the recorded bank is current")
    parser.add_argument("--cache", type=Path, help="a folder of each file's embeddings, by the file's SHA-256: files "
                        "embedded before are read from it, the others embedded and kept there (a full build embeds "
                        "~60,000 messages, about 40 minutes on one core)")
    parser.add_argument("--reuse", action="store_true", help="read the vectors of files the recorded bank already "
                        "holds (same SHA-256) back from it, and embed only the others (minutes instead of ~40)")
    args = parser.parse_args(argv)
    files = bank_files()
    missing = [p for p in files if not p.is_file()]
    if missing:
        raise SystemExit(f"missing: {', '.join(str(p.relative_to(REPO)) for p in missing)}")
    record_path = OUT / RECORD_FILE
    record = json.loads(record_path.read_text(encoding="utf-8"))
    read = {p: read_rows(p) for p in files}
    sources = [describe(p, rows) for p, rows in read.items()]
    if args.check:
        entry = record.get("neighbours") or {}
        current = entry.get("sources") == sources and entry.get("file_sha256") == file_sha256(OUT / NEIGHBOURS_FILE)
        print("the bank is current" if current else "the bank is out of date: rebuild it")
        return 0 if current else 1

    rows = [r for p in files for r in read[p]]
    started = time.perf_counter()
    held = recorded_vectors(record) if args.reuse else {}
    kept = [held.get((d["path"], d["sha256"], d["count"])) for d in sources]
    vectors = np.concatenate([
        np.asarray(embed_file(p, read[p], args.cache) if old is None else old, dtype=np.float32)
        for p, old in zip(files, kept, strict=True)])
    if held:
        print(f"read {sum(old is not None for old in kept)} files back from the recorded bank")
    labels = np.asarray([LABELS.index(r["label"]) for r in rows], dtype=np.uint8)
    print(f"embedded {len(rows)} messages from {len(files)} files in {time.perf_counter() - started:.0f} s")
    path = OUT / NEIGHBOURS_FILE
    codes, scale = quantize(vectors)
    write_bank(path, {"vectors": codes, "scale": scale, "labels": labels})
    record["neighbours"] = {
        "model": MODEL_NAME, "k": K, "count": len(rows),
        "by_label": {lab: int((labels == i).sum()) for i, lab in enumerate(LABELS)},
        "sources": sources, "file": NEIGHBOURS_FILE, "file_sha256": file_sha256(path),
    }
    record_path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(REPO)} ({path.stat().st_size / 1e6:.1f} MB) and its entry in {RECORD_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
