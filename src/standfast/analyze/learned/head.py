"""The linear classifier on top of the embeddings: multinomial logistic regression (numpy, scipy).

Fitted with L-BFGS (scipy), an L2 penalty and class weights that balance the labels; it starts
from zero, so the same data gives the same head on every run. A head is saved as plain JSON:
labels, weights, bias and the feature standardisation.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

LABELS: tuple[str, ...] = ("mass_scam", "targeted", "other_extortion", "not_extortion")
NOT_EXTORTION = "not_extortion"


@dataclass(frozen=True)
class Head:
    """A fitted classifier: ``softmax(((x - mean) / scale) @ weights + bias)``."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (dim, classes)
    bias: np.ndarray  # (classes,)
    mean: np.ndarray  # (dim,)
    scale: np.ndarray  # (dim,)
    l2: float = 1.0

    @property
    def dim(self) -> int:
        return int(self.weights.shape[0])

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities, shape ``(n, classes)``, each row summing to 1."""
        x = np.atleast_2d(np.asarray(features, dtype=np.float64))
        if x.shape[1] != self.dim:
            raise ValueError(f"expected {self.dim} features, got {x.shape[1]}")
        return _softmax(((x - self.mean) / self.scale) @ self.weights + self.bias)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "standfast-linear-head/1",
            "labels": list(self.labels),
            "l2": self.l2,
            "mean": [float(f"{v:.7g}") for v in self.mean],
            "scale": [float(f"{v:.7g}") for v in self.scale],
            "bias": [float(f"{v:.7g}") for v in self.bias],
            "weights": [[float(f"{v:.7g}") for v in row] for row in self.weights],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Head:
        if data.get("format") != "standfast-linear-head/1":
            raise ValueError("not a standfast linear head")
        labels = tuple(str(x) for x in data["labels"])
        weights = np.asarray(data["weights"], dtype=np.float64)
        bias = np.asarray(data["bias"], dtype=np.float64)
        mean = np.asarray(data["mean"], dtype=np.float64)
        scale = np.asarray(data["scale"], dtype=np.float64)
        dim = mean.shape[0]
        if weights.shape != (dim, len(labels)) or bias.shape != (len(labels),) or scale.shape != (dim,):
            raise ValueError("head arrays do not fit together")
        if not (np.all(np.isfinite(weights)) and np.all(np.isfinite(bias)) and np.all(scale > 0)):
            raise ValueError("head holds non-finite weights or a non-positive scale")
        return cls(labels, weights, bias, mean, scale, float(data.get("l2", 1.0)))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Head:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True), dtype=np.float64)


def fit_vectors(
    features: Any,
    labels: Sequence[str],
    *,
    l2: float = 1.0,
    sample_weight: np.ndarray | None = None,
    all_labels: Sequence[str] = LABELS,
    max_iter: int = 500,
) -> Head:
    """Fit a head on precomputed feature rows (one label per row, from ``all_labels``): a dense array, or a
    ``scipy.sparse`` matrix (hashed n-grams of many messages), which is standardised without being made dense."""
    from scipy import sparse
    from scipy.optimize import minimize

    if sparse.issparse(features):
        x = sparse.csr_matrix(features, dtype=np.float64)
    else:
        x = np.asarray(features, dtype=np.float64)
    if x.ndim != 2 or x.shape[0] != len(labels) or x.shape[0] == 0:
        raise ValueError("features must be a non-empty (n, dim) array with one label per row")
    names = tuple(all_labels)
    index = {name: i for i, name in enumerate(names)}
    unknown = sorted({lab for lab in labels if lab not in index})
    if unknown:
        raise ValueError(f"unknown labels: {unknown}")
    y = np.array([index[lab] for lab in labels])
    n, d = x.shape
    k = len(names)
    mean = np.asarray(x.mean(axis=0), dtype=np.float64).reshape(d)
    if sparse.issparse(x):
        square = np.asarray(x.multiply(x).mean(axis=0), dtype=np.float64).reshape(d)
        scale = np.sqrt(np.maximum(square - mean * mean, 0.0))
    else:
        scale = x.std(axis=0)
    scale = np.where(scale > 1e-8, scale, 1.0)
    forward, backward = _standardised(x, mean, scale)
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    # Balanced class weights: every label present weighs as much in total, however rare it is.
    counts = np.bincount(y, minlength=k).astype(np.float64)
    if sample_weight is None:
        w = n / (np.count_nonzero(counts) * counts[y])
    else:
        w = np.asarray(sample_weight, dtype=np.float64)
    w = w / w.sum()
    reg = l2 / n

    def objective(flat: np.ndarray) -> tuple[float, np.ndarray]:
        weights = flat[: d * k].reshape(d, k)
        bias = flat[d * k :]
        z = forward(weights) + bias
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        loss = -(w * (logp * onehot).sum(axis=1)).sum() + 0.5 * reg * float((weights * weights).sum())
        diff = w[:, None] * (np.exp(logp) - onehot)
        grad_w = backward(diff) + reg * weights
        return float(loss), np.concatenate([grad_w.reshape(-1), diff.sum(axis=0)])

    result = minimize(objective, np.zeros(d * k + k), jac=True, method="L-BFGS-B",
                      options={"maxiter": max_iter, "gtol": 1e-9, "ftol": 1e-12})
    flat = result.x
    return Head(names, flat[: d * k].reshape(d, k).copy(), flat[d * k :].copy(), mean, scale, float(l2))


def _standardised(x: Any, mean: np.ndarray, scale: np.ndarray) \
        -> tuple[Callable[[np.ndarray], np.ndarray], Callable[[np.ndarray], np.ndarray]]:
    """``xs @ W`` and ``xs.T @ G`` for the standardised rows ``xs = (x - mean) / scale``. A sparse ``x`` is never
    centred (that would fill it): ``xs @ W = x @ (W / scale) - (mean / scale) @ W``, and the transpose likewise."""
    from scipy import sparse

    if not sparse.issparse(x):
        xs = (x - mean) / scale
        return (lambda weights: np.asarray(xs @ weights)), (lambda diff: np.asarray(xs.T @ diff))
    shift = mean / scale
    xt = x.T.tocsr()

    def forward(weights: np.ndarray) -> np.ndarray:
        return np.asarray(x @ (weights / scale[:, None]) - shift @ weights, dtype=np.float64)

    def backward(diff: np.ndarray) -> np.ndarray:
        return np.asarray(xt @ diff / scale[:, None] - np.outer(shift, diff.sum(axis=0)), dtype=np.float64)

    return forward, backward
