"""A hash bank: millions of PDQ hashes on disk, matched exactly at Hamming radius 31 in milliseconds.

Layout (one folder):

* ``codes.bin`` - a 64-byte header, then the 256-bit codes split into two planes: the first 16
  bytes of every hash (``hi``), then the last 16 bytes (``lo``). Both planes are opened with
  ``numpy.memmap``: nothing is copied into memory, pages come from the OS cache, and a bank of
  10 million hashes (320 MB) costs no more RAM than the pages actually touched.
* ``labels.bin`` + ``labels.idx`` - an optional UTF-8 label per hash (e.g. a case reference) and
  uint64 offsets, read only for the hashes that match.
* ``meta.json`` - name, count, creation time.

Search uses faiss's exhaustive binary range search (``faiss.hamming_range_search``, the kernel behind
``IndexBinaryFlat.range_search``) directly on the memory-mapped planes: no copy into an index (an
``IndexBinaryFlat`` would hold a second 320 MB copy), exact, and at the memory-bandwidth limit.

Why two planes: if two hashes are within 31 bits overall, their first halves are within 31 bits
too, so scanning only the ``hi`` plane (half the bytes) finds every true match; the few candidates
(for random 128-bit halves a false candidate has probability ~1e-9) are then checked on the full
256 bits. Exact, with half the memory traffic. The plane is cut into one contiguous shard per core
(faiss releases the GIL); with many queries each shard is walked in cache-sized blocks so all queries
reuse a block while it is in L2.
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from standfast.errors import InputError, UsageError
from standfast.takedown.pdq import MATCH_THRESHOLD, PDQ_BYTES, array_to_hexes, hexes_to_array

MAGIC = b"SFBANK01"
HEADER = struct.Struct("<8sQQ40x")  # magic, count, code size -> 64 bytes
HALF = PDQ_BYTES // 2
#: Codes per block when several queries share a pass (16 B x 65536 = 1 MiB, half an L2 cache).
BLOCK_CODES = 65_536
#: Below this many codes one thread is faster than two (thread hand-off costs ~50 us).
PARALLEL_MIN_CODES = 200_000


@dataclass(frozen=True)
class BankMatch:
    """One bank hash within the radius of a query."""

    query: int  # index of the query in the request
    index: int  # position of the hash in the bank
    distance: int
    pdq: str
    label: str | None


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class HashBank:
    """A PDQ hash bank stored in a folder. Open with :meth:`open`, make with :meth:`create`."""

    def __init__(self, path: Path, *, workers: int = 2) -> None:
        self.path = Path(path)
        self.workers = max(1, workers)
        self._pool: ThreadPoolExecutor | None = None
        self._load()

    # ------------------------------------------------------------------ creation and loading
    @classmethod
    def create(cls, path: Path | str, *, name: str | None = None, overwrite: bool = False) -> HashBank:
        p = Path(path)
        if (p / "meta.json").exists() and not overwrite:
            raise UsageError(f"There is already a hash bank at {p}.")
        p.mkdir(parents=True, exist_ok=True)
        _write_codes(p / "codes.bin", np.zeros((0, HALF), np.uint8), np.zeros((0, HALF), np.uint8))
        _write_labels(p, [])
        meta = {
            "format": "standfast-hash-bank",
            "version": 1,
            "signal_type": "pdq",
            "name": name or p.name,
            "created_at": datetime.now(UTC).isoformat(),
            "count": 0,
        }
        _atomic_write(p / "meta.json", json.dumps(meta, indent=2).encode())
        return cls(p)

    @classmethod
    def open(cls, path: Path | str, *, workers: int = 2) -> HashBank:
        p = Path(path)
        if not (p / "meta.json").is_file() or not (p / "codes.bin").is_file():
            raise UsageError(f"No hash bank at {p}. Create one with `standfast bank create {p}`.")
        return cls(p, workers=workers)

    def _load(self) -> None:
        self.meta = json.loads((self.path / "meta.json").read_text(encoding="utf-8"))
        codes = self.path / "codes.bin"
        with open(codes, "rb") as fh:
            magic, count, code_size = HEADER.unpack(fh.read(HEADER.size))
        if magic != MAGIC or code_size != PDQ_BYTES:
            raise InputError(f"{codes} is not a Standfast hash bank file.")
        expected = HEADER.size + count * PDQ_BYTES
        if codes.stat().st_size != expected:
            raise InputError(f"{codes} is damaged (its size does not match its header).")
        self.count = int(count)
        self.hi: np.ndarray
        self.lo: np.ndarray
        if self.count:
            # Read-only memory maps: the OS pages the bank in on demand and shares it between processes.
            self.hi = np.memmap(codes, np.uint8, "r", offset=HEADER.size, shape=(self.count, HALF))
            self.lo = np.memmap(
                codes, np.uint8, "r", offset=HEADER.size + self.count * HALF, shape=(self.count, HALF)
            )
        else:
            self.hi = self.lo = np.zeros((0, HALF), np.uint8)
        idx_path, blob_path = self.path / "labels.idx", self.path / "labels.bin"
        has = idx_path.stat().st_size > 0 and blob_path.stat().st_size > 0
        self._label_offsets = np.memmap(idx_path, np.uint64, "r") if has else np.zeros(1, np.uint64)
        self._label_blob = np.memmap(blob_path, np.uint8, "r") if has else np.zeros(0, np.uint8)

    def __len__(self) -> int:
        return self.count

    def close(self) -> None:
        # Drop the maps so the files can be replaced (Windows) and pages released.
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        self.hi = self.lo = np.zeros((0, HALF), np.uint8)
        self._label_offsets = np.zeros(1, np.uint64)
        self._label_blob = np.zeros(0, np.uint8)

    def __enter__(self) -> HashBank:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ content
    def codes(self) -> np.ndarray:
        """All hashes as an (n, 32) uint8 array (a copy: use for export, not for search)."""
        return np.concatenate([np.asarray(self.hi), np.asarray(self.lo)], axis=1)

    def label(self, index: int) -> str | None:
        if self._label_offsets.shape[0] <= index + 1:
            return None
        start, end = int(self._label_offsets[index]), int(self._label_offsets[index + 1])
        return bytes(self._label_blob[start:end]).decode("utf-8", "replace") if end > start else None

    def labels(self) -> list[str | None]:
        blob, offs = bytes(self._label_blob), self._label_offsets.tolist()
        out: list[str | None] = [
            blob[offs[i]:offs[i + 1]].decode("utf-8", "replace") or None for i in range(len(offs) - 1)
        ]
        return out + [None] * (self.count - len(out))

    def add(self, codes: np.ndarray | Sequence[str], labels: Sequence[str | None] | None = None) -> int:
        """Append hashes (array or hex strings) with optional labels; rewrites the files atomically."""
        new = codes if isinstance(codes, np.ndarray) else hexes_to_array(codes)
        new = np.ascontiguousarray(new, dtype=np.uint8).reshape(-1, PDQ_BYTES)
        if labels is not None and len(labels) != len(new):
            raise ValueError("labels and codes differ in length")
        if not len(new):
            return 0
        hi = np.concatenate([np.asarray(self.hi), new[:, :HALF]])
        lo = np.concatenate([np.asarray(self.lo), new[:, HALF:]])
        write_labels = labels is not None or self._has_labels()
        if write_labels:
            # Appended as raw bytes and shifted offsets: old labels are never decoded (1e7 of them).
            old_offsets = np.zeros(self.count + 1, np.uint64)
            known = min(self.count + 1, self._label_offsets.shape[0])
            old_offsets[:known] = self._label_offsets[:known]
            old_offsets[known:] = old_offsets[known - 1]
            old_blob = bytes(self._label_blob[: int(old_offsets[-1])])
            blobs = [_label_bytes(x) for x in (labels or [None] * len(new))]
            added = np.cumsum([len(b) for b in blobs], dtype=np.uint64) + old_offsets[-1]
            offsets = np.concatenate([old_offsets, added])
            blob = old_blob + b"".join(blobs)
        self.close()
        _write_codes(self.path / "codes.bin", hi, lo)
        if write_labels:
            _atomic_write(self.path / "labels.bin", blob)
            _atomic_write(self.path / "labels.idx", offsets.tobytes())
        self.meta["count"] = len(hi)
        self.meta["updated_at"] = datetime.now(UTC).isoformat()
        _atomic_write(self.path / "meta.json", json.dumps(self.meta, indent=2).encode())
        self._load()
        return len(new)

    def _has_labels(self) -> bool:
        return bool(self._label_offsets.shape[0] > 1 and self._label_offsets[-1] > 0)

    # ------------------------------------------------------------------ search
    def match(
        self, queries: np.ndarray | Sequence[str], radius: int = MATCH_THRESHOLD
    ) -> list[list[BankMatch]]:
        """For each query, every bank hash with Hamming distance <= radius (exact), nearest first."""
        q = queries if isinstance(queries, np.ndarray) else hexes_to_array(queries)
        q = np.ascontiguousarray(q, dtype=np.uint8).reshape(-1, PDQ_BYTES)
        if not 0 <= radius <= 256:
            raise UsageError("The match distance must be between 0 and 256.")
        out: list[list[BankMatch]] = [[] for _ in range(len(q))]
        if not self.count or not len(q):
            return out
        qi, idx = self._candidates(np.ascontiguousarray(q[:, :HALF]), radius)
        if not len(idx):
            return out
        # Exact check on all 256 bits of the few candidates.
        full = np.concatenate([self.hi[idx], self.lo[idx]], axis=1)
        dist = np.bitwise_count(full.view(np.uint64) ^ q[qi].view(np.uint64)).sum(axis=1)
        keep = dist <= radius
        hexes = array_to_hexes(full[keep])
        with_labels = self._has_labels()
        for n, (a, b, d) in enumerate(zip(qi[keep], idx[keep], dist[keep], strict=True)):
            out[int(a)].append(
                BankMatch(int(a), int(b), int(d), hexes[n], self.label(int(b)) if with_labels else None)
            )
        for row in out:
            row.sort(key=lambda m: (m.distance, m.index))
        return out

    def _candidates(self, q_hi: np.ndarray, radius: int) -> tuple[np.ndarray, np.ndarray]:
        n = self.count
        shards = self.workers if n >= PARALLEL_MIN_CODES else 1
        bounds = [(n * s // shards, n * (s + 1) // shards) for s in range(shards)]
        _single_threaded_faiss()
        if shards == 1:
            parts = [_scan_shard(self.hi, q_hi, radius, *bounds[0])]
        else:
            if self._pool is None:  # kept between calls: starting threads costs more than a search
                self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="bank")
            plane = self.hi
            parts = list(self._pool.map(lambda b: _scan_shard(plane, q_hi, radius, *b), bounds))
        qi = np.concatenate([p[0] for p in parts])
        idx = np.concatenate([p[1] for p in parts])
        return qi, idx


def _single_threaded_faiss() -> None:
    """We shard across cores ourselves. faiss's OpenMP team on top oversubscribes the cores, and
    waking it costs up to ~40 ms on a busy 2-core machine (measured: p99 39 ms vs 0.16 ms)."""
    import faiss

    if faiss.omp_get_max_threads() != 1:
        faiss.omp_set_num_threads(1)


def _scan_shard(
    plane: np.ndarray, q_hi: np.ndarray, radius: int, start: int, end: int
) -> tuple[np.ndarray, np.ndarray]:
    """Range search of the ``hi`` plane rows [start, end); returns (query index, bank index) pairs."""
    import faiss

    # One query: one call over the whole shard (per-call overhead ~20 us dominates small blocks).
    # Many queries: cache-sized blocks, so every query reuses a block while it sits in L2.
    step = end - start if len(q_hi) == 1 else BLOCK_CODES
    qis: list[np.ndarray] = []
    idxs: list[np.ndarray] = []
    for lo in range(start, end, step):
        hi = min(end, lo + step)
        block = plane[lo:hi]
        res = faiss.RangeSearchResult(len(q_hi))
        # faiss keeps distances strictly below the radius: radius + 1 means "<= radius".
        faiss.hamming_range_search(  # type: ignore[attr-defined]  # a SWIG function faiss's stubs leave out
            faiss.swig_ptr(q_hi), faiss.swig_ptr(block), len(q_hi), hi - lo, radius + 1, HALF, res
        )
        lims = faiss.rev_swig_ptr(res.lims, len(q_hi) + 1).copy()
        total = int(lims[-1])
        if total:
            labels = faiss.rev_swig_ptr(res.labels, total).copy()
            qis.append(np.repeat(np.arange(len(q_hi)), np.diff(lims).astype(np.int64)))
            idxs.append(labels.astype(np.int64) + lo)
    if not idxs:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(qis), np.concatenate(idxs)


def _write_codes(path: Path, hi: np.ndarray, lo: np.ndarray) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(HEADER.pack(MAGIC, len(hi), PDQ_BYTES))
        fh.write(np.ascontiguousarray(hi, np.uint8).tobytes())
        fh.write(np.ascontiguousarray(lo, np.uint8).tobytes())
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _label_bytes(label: str | None) -> bytes:
    return (label or "").replace("\n", " ").encode("utf-8")


def _write_labels(path: Path, labels: Iterable[str | None]) -> None:
    blobs = [_label_bytes(label) for label in labels]
    offsets = np.zeros(len(blobs) + 1, np.uint64)
    if blobs:
        offsets[1:] = np.cumsum([len(b) for b in blobs])
    _atomic_write(path / "labels.bin", b"".join(blobs))
    _atomic_write(path / "labels.idx", offsets.tobytes() if blobs else b"")


def write_faiss_index(bank: HashBank, to: Path) -> None:
    """Export the bank as a faiss ``IndexBinaryFlat`` file (for tools that read faiss indexes)."""
    import faiss

    index = faiss.IndexBinaryFlat(PDQ_BYTES * 8)
    if bank.count:
        index.add(bank.codes())
    faiss.write_index_binary(index, str(to))
