"""The labelled messages nearest to a new one, in the embedding space: a second reading beside the head.

The linear head draws one boundary through the whole space; in the languages the rules do not read it
was trained on few messages and rates many plain threats near 0. Messages written by other people in
the same language and about the same thing lie close together in multilingual-e5's space, so the
labels of the few nearest labelled messages say more there than the head does.

``neighbours.npz`` holds the embeddings (int8 codes with one scale per dimension, or float16) and labels of every
labelled message Standfast may learn from: the synthetic and author sets of data/triage and the spent held-out sets
(never a set that is still unspent, never ../shared data). It is rebuilt by ``scripts/build_triage_neighbours.py``,
and ``training_record.json`` carries its SHA-256 under ``neighbours``; a file that does not match is refused and
triage then decides without it, as before it existed. No message text is stored in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from standfast.analyze.learned.head import LABELS, NOT_EXTORTION
from standfast.analyze.learned.model import package_dir, read_record, recorded_file
from standfast.analyze.learned.once import LoadedOnce

NEIGHBOURS_FILE = "neighbours.npz"
# Five neighbours: in leave-one-writer-out checks on the spent sets (docs/analyze.md) more neighbours
# blurred the small groups of messages in one language, fewer let one odd message decide.
K = 5


@dataclass(frozen=True)
class Nearest:
    """The labels of the ``k`` labelled messages nearest to one message, and how close each is (cosine
    similarity, nearest first)."""

    k: int
    extortion: int
    kinds: dict[str, int]
    labels: tuple[str, ...] = ()
    similarities: tuple[float, ...] = ()

    @property
    def share(self) -> float:
        """The share of the neighbours that are extortion of any kind."""
        return self.extortion / self.k if self.k else 0.0

    def extortion_within(self, floor: float) -> int:
        """How many neighbours are extortion and at least ``floor`` similar."""
        return sum(lab != NOT_EXTORTION for lab in self._within(floor))

    def of_kind_within(self, kind: str, floor: float) -> int:
        """How many neighbours are of ``kind`` and at least ``floor`` similar."""
        return sum(lab == kind for lab in self._within(floor))

    def _within(self, floor: float) -> list[str]:
        return [lab for lab, sim in zip(self.labels, self.similarities, strict=True) if sim >= floor]


@dataclass(frozen=True)
class Bank:
    """Unit-length embeddings (float32, ``(n, dim)``) and their label indices into ``LABELS``."""

    vectors: np.ndarray
    labels: np.ndarray

    def nearest(self, vector: np.ndarray, k: int = K) -> Nearest:
        """The ``k`` most similar labelled messages to ``vector`` (cosine similarity)."""
        k = max(1, min(int(k), len(self.labels)))
        # (einsum, not the BLAS product: OpenBLAS hands a product this size to a second thread that keeps spinning
        # after it returns, on the core the embedding model and the rest of triage need; einsum's loop stays on this
        # one, ~0.9 ms for 10,000 messages)
        sims = np.einsum("ij,j->i", self.vectors, np.asarray(vector, dtype=np.float32).reshape(-1))
        top = np.argpartition(-sims, k - 1)[:k]
        top = top[np.argsort(-sims[top], kind="stable")]
        names = [LABELS[int(i)] for i in self.labels[top]]
        kinds = {name: names.count(name) for name in LABELS if name in names}
        return Nearest(k, sum(name != NOT_EXTORTION for name in names), kinds, tuple(names),
                       tuple(float(sims[i]) for i in top))


def quantize(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Int8 codes and the scale of each dimension (its largest magnitude / 127) of unit ``vectors``: half the
    bytes of float16 (the bank of 63,000 messages is ~23 MB in the repository instead of ~44). On 2,000 messages of
    the bank the five nearest labels were the same for 99%, and the top similarity moved by at most 0.0006."""
    vectors = np.asarray(vectors, dtype=np.float32)
    scale = np.abs(vectors).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    return np.round(vectors / scale).astype(np.int8), scale.astype(np.float32)


def dequantize(vectors: np.ndarray, scale: np.ndarray | None) -> np.ndarray:
    """Unit float32 vectors from stored int8 codes and their scale (or from stored floats, with no scale: the
    banks built before 6 December 2026 held float16)."""
    if scale is None:
        if not np.issubdtype(vectors.dtype, np.floating):
            raise ValueError(f"{NEIGHBOURS_FILE}: float vectors or int8 codes with a scale expected")
        return np.asarray(vectors, dtype=np.float32)
    if vectors.dtype != np.int8 or vectors.ndim != 2 or np.shape(scale) != (vectors.shape[1],):
        raise ValueError(f"{NEIGHBOURS_FILE}: int8 codes with one scale per dimension expected")
    # (in place: a bank of 63,000 is ~97 MB as float32, and each temporary copy would add as much to the peak)
    out = vectors.astype(np.float32)
    out *= np.asarray(scale, dtype=np.float32)
    norms = np.sqrt(np.einsum("ij,ij->i", out, out))[:, None]
    norms[norms == 0] = 1.0
    out /= norms
    return out


def load_bank_from(directory: Path, record: dict[str, object]) -> Bank:
    """The bank in ``directory``; ValueError when it does not match ``record`` or is malformed."""
    path = recorded_file(directory, record, "neighbours", NEIGHBOURS_FILE, what="neighbours", sha_field="file_sha256")
    with np.load(path, allow_pickle=False) as data:
        vectors = dequantize(data["vectors"], data["scale"] if "scale" in data.files else None)
        labels = np.asarray(data["labels"], dtype=np.int64)
    if vectors.ndim != 2 or labels.shape != (vectors.shape[0],) or not len(labels) \
            or labels.min() < 0 or labels.max() >= len(LABELS) or not np.all(np.isfinite(vectors)):
        raise ValueError(f"{NEIGHBOURS_FILE} is not a bank of labelled vectors")
    return Bank(vectors, labels)


_BANK: LoadedOnce[Bank] = LoadedOnce(lambda: load_bank_from(package_dir(), read_record()))


def load_bank() -> Bank | None:
    """The shipped bank, or None when it is missing, damaged or does not match the record (triage then decides as
    before it existed)."""
    return _BANK.get()
