"""Takedown benchmarks: (1) image hashing throughput, (2) hash-bank matching at 1e6 / 1e7 hashes.

Run:  .venv/bin/python benchmarks/bench_takedown.py            # full: 1e6 and 1e7
      .venv/bin/python benchmarks/bench_takedown.py --quick    # small and fast (CI smoke)
      .venv/bin/python benchmarks/bench_takedown.py --sizes 1000000 --images 200

(1) Generated 1080x1920 screenshots (chat-like: bars, bubbles, text, a photo) as JPEG, PNG and
HEIC. Baseline, measured in the same run: full-resolution Pillow decode + ``pdqhash.compute`` in one
process, as python-threatexchange does. Ours: ``hash_paths(fast=True, workers=2)`` (JPEG draft
decoding, two processes, MD5 + SHA-256 included). Drift = Hamming distance to the baseline hash.

(2) Random 256-bit hashes with planted near-duplicates (0-31 bits flipped, several per query).
Recall is against the planted set (a random 256-bit hash lies within 31 bits of a query with
probability < 1e-30) and cross-checked with numpy brute force on a few queries. Same run:
numpy brute force, faiss ``IndexBinaryFlat`` (in RAM), float ``IndexFlatL2`` over unpacked bits
(python-threatexchange PDQIndex2's default; 1e6 only unless --float-all, it needs 10 GB at 1e7).
Our bank is searched in a child process so its peak RSS is the bank's real memory cost.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


# --------------------------------------------------------------------------- (1) hashing


def make_screenshot(seed: int):
    """A 1080x1920 chat-app-like screenshot: flat areas, text, and one photo (like real ones)."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = np.random.default_rng(seed)
    w, h = 1080, 1920
    bg = tuple(int(x) for x in rng.integers(200, 256, 3))
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w, 160], fill=tuple(int(x) for x in rng.integers(0, 120, 3)))
    y = 200
    while y < h - 200:
        left = bool(rng.integers(0, 2))
        bw, bh = int(rng.integers(300, 800)), int(rng.integers(90, 260))
        x0 = 40 if left else w - 40 - bw
        d.rounded_rectangle([x0, y, x0 + bw, y + bh], 30,
                            fill=(230, 230, 235) if left else tuple(int(x) for x in rng.integers(60, 200, 3)))
        for line in range(bh // 45):
            words = "".join(chr(int(c)) for c in rng.integers(97, 123, int(rng.integers(10, 40))))
            d.text((x0 + 30, y + 20 + 45 * line), words, fill=(20, 20, 20), font_size=34)
        y += bh + int(rng.integers(30, 90))
    # A photo-like block (smooth noise) so the image has real texture.
    photo = Image.fromarray(rng.integers(0, 256, (60, 80, 3), dtype=np.uint8)).resize((640, 480))
    img.paste(photo.filter(ImageFilter.GaussianBlur(6)), (220, int(rng.integers(300, 1300))))
    return img


def bench_hashing(n_images: int, workdir: Path) -> list[dict]:
    import pdqhash
    from PIL import Image

    from standfast.takedown.hashing import hash_paths
    from standfast.takedown.pdq import bits_to_hex, hamming

    rows = []
    for fmt, ext, n in (("JPEG", "jpg", n_images), ("PNG", "png", max(8, n_images // 4)),
                        ("HEIF", "heic", max(8, n_images // 4))):
        folder = workdir / ext
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for i in range(n):
            p = folder / f"shot{i:04d}.{ext}"
            if not p.exists():
                buf = io.BytesIO()
                kwargs = {"quality": 90} if fmt in ("JPEG", "HEIF") else {}
                make_screenshot(i).save(buf, fmt, **kwargs)
                p.write_bytes(buf.getvalue())
            paths.append(p)
        # Baseline: full decode + pdqhash in this one process (python-threatexchange's way).
        base = {}
        t0 = time.perf_counter()
        for p in paths:
            with Image.open(p) as im:
                bits, _q = pdqhash.compute(np.asarray(im.convert("RGB")))
            base[str(p)] = bits_to_hex(bits)
        t_base = time.perf_counter() - t0
        results = {}
        for label, kwargs in (("exact, 2 procs", {"fast": False}), ("fast, 2 procs", {"fast": True})):
            t0 = time.perf_counter()
            out = list(hash_paths(paths, workers=2, **kwargs))
            took = time.perf_counter() - t0
            drift = [hamming(r.pdq, base[r.path]) for r in out if r.pdq]
            results[label] = (took, drift)
        for label, (took, drift) in results.items():
            rows.append({
                "format": ext, "images": n, "mode": label,
                "baseline_img_s": n / t_base, "ours_img_s": n / took, "speedup": t_base / took,
                "drift_max": max(drift), "drift_mean": float(np.mean(drift)),
            })
    return rows


# --------------------------------------------------------------------------- (2) bank


def plant(codes: np.ndarray, n_queries: int, per_query: int, rng: np.random.Generator):
    """Queries, and for each the bank rows planted within 0..31 bits of it."""
    n = len(codes)
    queries = rng.integers(0, 256, (n_queries, 32), dtype=np.uint8)
    truth: list[set[int]] = []
    # Distinct rows for all queries: a row planted twice would keep only its last query's value.
    all_rows = rng.choice(n, n_queries * per_query, replace=False).reshape(n_queries, per_query)
    for qi in range(n_queries):
        rows = all_rows[qi]
        for j, row in enumerate(rows):
            k = 31 if j == 0 else int(rng.integers(0, 32))  # always one right at the threshold
            bits = np.unpackbits(queries[qi])
            flip = rng.choice(256, k, replace=False)
            bits[flip] ^= 1
            codes[row] = np.packbits(bits)
        truth.append({int(r) for r in rows})
    return queries, truth


def percentile(values: list[float], p: float) -> float:
    return float(np.percentile(np.asarray(values), p))


def peak_rss_mb() -> float:
    # VmHWM resets at exec; ru_maxrss would include the (big) parent's memory at fork time.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_search(bank_dir: str, queries_file: str, truth_file: str) -> None:
    """Runs in a fresh process: open the bank (mmap), match, report latency, recall, peak RSS."""
    from standfast.takedown.bank import HashBank

    rss0 = peak_rss_mb()
    queries = np.load(queries_file)
    truth = json.loads(Path(truth_file).read_text())
    bank = HashBank.open(bank_dir, workers=2)
    t0 = time.perf_counter()
    bank.match(queries[:1])  # first (cold) query pages the bank in
    cold = (time.perf_counter() - t0) * 1000
    lat, found_ok, planted = [], 0, 0
    for _rep in range(3):
        for qi in range(len(queries)):
            t0 = time.perf_counter()
            res = bank.match(queries[qi:qi + 1], radius=31)[0]
            lat.append((time.perf_counter() - t0) * 1000)
            if _rep == 0:
                got = {m.index for m in res}
                want = set(truth[qi])
                found_ok += len(got & want)
                planted += len(want)
    t0 = time.perf_counter()
    batch = bank.match(queries, radius=31)
    batch_ms = (time.perf_counter() - t0) * 1000
    batch_ok = sum(len({m.index for m in r} & set(t)) for r, t in zip(batch, truth, strict=True))
    print(json.dumps({
        "p50": percentile(lat, 50), "p99": percentile(lat, 99), "cold_ms": cold,
        "recall": found_ok / planted, "batch_recall": batch_ok / planted,
        "batch_ms_per_query": batch_ms / len(queries),
        "maxrss_mb": peak_rss_mb(),
        "python_baseline_mb": rss0,
    }))


def bench_bank(n: int, n_queries: int, workdir: Path, *, float_index: bool) -> dict:
    import faiss

    from standfast.takedown.bank import HashBank

    rng = np.random.default_rng(n)
    codes = rng.integers(0, 256, (n, 32), dtype=np.uint8)
    queries, truth = plant(codes, n_queries, 3, rng)
    row: dict = {"n": n, "queries": n_queries}

    bank_dir = workdir / f"bank-{n}"
    t0 = time.perf_counter()
    bank = HashBank.create(bank_dir, overwrite=True)
    bank.add(codes)
    bank.close()
    row["build_s"] = time.perf_counter() - t0
    row["disk_mb"] = (bank_dir / "codes.bin").stat().st_size / 1e6
    np.save(workdir / "q.npy", queries)
    (workdir / "truth.json").write_text(json.dumps([sorted(t) for t in truth]))

    # numpy brute force (also the exactness cross-check for a few queries)
    x64 = codes.view(np.uint64)
    lat = []
    for qi in range(min(5, n_queries)):
        t0 = time.perf_counter()
        d = np.bitwise_count(x64 ^ queries[qi].view(np.uint64)).sum(axis=1, dtype=np.uint16)
        hits = set(np.flatnonzero(d <= 31).tolist())
        lat.append((time.perf_counter() - t0) * 1000)
        assert hits == truth[qi], "numpy brute force disagrees with the planted truth"
    row["numpy_ms"] = percentile(lat, 50)
    del x64

    # faiss IndexBinaryFlat, in RAM (a copy of the codes), faiss's own threads
    index = faiss.IndexBinaryFlat(256)
    index.add(codes)
    best = []
    for threads in (1, 2):  # report faiss at its best setting (OpenMP wake-ups hurt single queries)
        faiss.omp_set_num_threads(threads)
        lat = []
        for qi in range(min(50, n_queries)):
            t0 = time.perf_counter()
            _lims, _d, ids = index.range_search(queries[qi:qi + 1], 32)  # faiss: distance < 32
            lat.append((time.perf_counter() - t0) * 1000)
            assert set(ids.tolist()) == truth[qi]
        best.append(percentile(lat, 50))
    row["ibf_ms"] = min(best)
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    del index

    if float_index:
        fl = faiss.IndexFlatL2(256)
        for start in range(0, n, 1_000_000):  # unpack in slices to bound the temporary memory
            fl.add(np.unpackbits(codes[start:start + 1_000_000], axis=1).astype(np.float32))
        lat = []
        for qi in range(min(10, n_queries)):
            qf = np.unpackbits(queries[qi:qi + 1], axis=1).astype(np.float32)
            t0 = time.perf_counter()
            _lims, _d, ids = fl.range_search(qf, 31.5)  # squared L2 of 0/1 vectors = Hamming distance
            lat.append((time.perf_counter() - t0) * 1000)
            assert set(ids.tolist()) == truth[qi]
        row["float_ms"] = percentile(lat, 50)
        del fl
    del codes

    out = subprocess.run(
        [sys.executable, __file__, "--child", str(bank_dir), str(workdir / "q.npy"), str(workdir / "truth.json")],
        capture_output=True, text=True, check=True,
    )
    row.update(json.loads(out.stdout.strip().splitlines()[-1]))
    return row


# --------------------------------------------------------------------------- report


def table(rows: list[dict], cols: list[tuple[str, str, str]]) -> str:
    head = " | ".join(title for _, title, _ in cols)
    sep = " | ".join("---" for _ in cols)
    lines = [f"| {head} |", f"| {sep} |"]
    for r in rows:
        cells = []
        for key, _, fmt in cols:
            v = r.get(key)
            cells.append("n/a" if v is None else format(v, fmt))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes: 40 images, bank of 1e5")
    ap.add_argument("--sizes", type=int, nargs="+", help="bank sizes (default 1e6 1e7)")
    ap.add_argument("--images", type=int, help="JPEG count (PNG/HEIC get a quarter)")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--float-all", action="store_true", help="float IndexFlatL2 at every size (10 GB at 1e7)")
    ap.add_argument("--skip-hashing", action="store_true")
    ap.add_argument("--skip-bank", action="store_true")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child_search(*args.child)
        return
    sizes = args.sizes or ([100_000] if args.quick else [1_000_000, 10_000_000])
    n_images = args.images or (40 if args.quick else 200)
    print(f"# Takedown benchmark ({os.cpu_count()} cores)\n")
    with tempfile.TemporaryDirectory(prefix="standfast-bench-") as tmp:
        work = Path(tmp)
        if not args.skip_hashing:
            rows = bench_hashing(n_images, work / "images")
            print("## (1) Hashing 1080x1920 screenshots (images/s; drift = bits vs full-res baseline)\n")
            print(table(rows, [("format", "format", "s"), ("images", "images", "d"), ("mode", "ours", "s"),
                               ("baseline_img_s", "baseline img/s (1 proc)", ".1f"),
                               ("ours_img_s", "ours img/s", ".1f"), ("speedup", "speedup", ".2f"),
                               ("drift_max", "drift max", "d"), ("drift_mean", "drift mean", ".2f")]))
            print()
        if not args.skip_bank:
            rows = [bench_bank(n, args.queries, work, float_index=args.float_all or n <= 1_000_000)
                    for n in sizes]
            for r in rows:
                r["x_vs_float"] = r["float_ms"] / r["p50"] if "float_ms" in r else None
                r["x_vs_numpy"] = r["numpy_ms"] / r["p50"]
                r["x_vs_ibf"] = r["ibf_ms"] / r["p50"]
            print("## (2) Bank matching at radius 31 (ms per query; 3 planted near-duplicates per query)\n")
            print(table(rows, [("n", "hashes", ",d"), ("recall", "recall", ".3f"),
                               ("batch_recall", "recall (batch)", ".3f"),
                               ("p50", "ours p50", ".2f"), ("p99", "ours p99", ".2f"),
                               ("cold_ms", "first query (cold)", ".1f"),
                               ("batch_ms_per_query", f"batch of {args.queries}, per query", ".3f"),
                               ("ibf_ms", "IndexBinaryFlat p50", ".2f"), ("numpy_ms", "numpy p50", ".1f"),
                               ("float_ms", "float IndexFlatL2 p50", ".1f"),
                               ("x_vs_float", "x vs float", ".0f"), ("x_vs_numpy", "x vs numpy", ".0f"),
                               ("maxrss_mb", "peak RSS MB (search process)", ".0f"),
                               ("python_baseline_mb", "of which before loading", ".0f"),
                               ("disk_mb", "bank on disk MB", ".0f"), ("build_s", "build s", ".1f")]))
            print()


if __name__ == "__main__":
    main()
