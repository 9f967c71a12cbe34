"""Character n-gram hashing features: the model-free alternative the embeddings are measured against.

Each text becomes counts of its character 2-, 3- and 4-grams (on the prepared, lowercased text,
padded with spaces), hashed into a fixed number of buckets with a polynomial rolling hash computed by
numpy, then log-scaled and L2-normalised. No vocabulary and nothing to download; a linear head on
top is the classic spam-filter baseline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from standfast.analyze.learned.text import prepare

BUCKETS = 1 << 14
ORDERS = (2, 3, 4)
_MULT = np.uint64(1_000_003)
_SEEDS = {2: np.uint64(0x9E3779B1), 3: np.uint64(0x85EBCA77), 4: np.uint64(0xC2B2AE3D)}


def sparse_row(text: str, buckets: int = BUCKETS) -> tuple[np.ndarray, np.ndarray]:
    """The non-zero buckets of one text's feature row and their values (what ``hash_features`` puts in
    the row): a linear head scores a short message from these few dozen numbers instead of every bucket."""
    codes = np.frombuffer((" " + prepare(text).lower() + " ").encode("utf-32-le"), dtype=np.uint32)
    codes = codes.astype(np.uint64)
    hashed = []
    for n in ORDERS:
        if codes.size < n:
            continue
        h = np.full(codes.size - n + 1, _SEEDS[n], dtype=np.uint64)
        for i in range(n):
            h = h * _MULT + codes[i : codes.size - n + 1 + i]
        h ^= h >> np.uint64(29)
        hashed.append((h % np.uint64(buckets)).astype(np.int64))
    if not hashed:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    index, counts = np.unique(np.concatenate(hashed), return_counts=True)
    values = np.log1p(counts.astype(np.float64))
    return index, values / np.linalg.norm(values)


def hash_features(texts: Sequence[str], buckets: int = BUCKETS) -> np.ndarray:
    """``(len(texts), buckets)`` float32 hashed character n-gram features: :func:`hash_matrix`, dense."""
    return np.asarray(hash_matrix(texts, buckets).toarray(), dtype=np.float32)


def hash_matrix(texts: Sequence[str], buckets: int = BUCKETS) -> Any:
    """Each text's :func:`sparse_row` as a row of a ``scipy.sparse`` CSR matrix (float32): tens of thousands of
    messages fit in memory (the dense rows of 65,000 messages would take 4 GB)."""
    from scipy import sparse

    if isinstance(texts, str):
        raise TypeError("hashed features take a sequence of texts, not one text")
    pointers = [0]
    indices: list[np.ndarray] = []
    values: list[np.ndarray] = []
    for text in texts:
        index, value = sparse_row(text, buckets)
        indices.append(index)
        values.append(value.astype(np.float32))
        pointers.append(pointers[-1] + index.size)
    data = np.concatenate(values) if values else np.zeros(0, dtype=np.float32)
    cols = np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64)
    return sparse.csr_matrix((data, cols, np.asarray(pointers)), shape=(len(texts), buckets))
