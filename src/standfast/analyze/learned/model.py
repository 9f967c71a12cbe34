"""The shipped second opinion: the committed head on top of the embeddings, loaded once per process.

``head.json`` holds the weights; ``training_record.json`` says what they were trained on and carries
the SHA-256 of ``head.json``. Weights whose hash does not match the record are refused, so an edited
or damaged file never scores a message.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from standfast.analyze.learned.encoder import ModelUnavailable, embed
from standfast.analyze.learned.head import NOT_EXTORTION, Head
from standfast.analyze.learned.language import detect_language
from standfast.analyze.learned.once import LoadedOnce

if TYPE_CHECKING:
    from standfast.analyze.learned.neighbours import Nearest

HEAD_FILE = "head.json"
RECORD_FILE = "training_record.json"


@dataclass(frozen=True)
class LearnedScore:
    """The model's opinion on one message.

    ``probabilities`` maps each label to 0..1 (they sum to 1); ``extortion`` is the probability of
    any kind of extortion (1 - P(not_extortion)); ``language`` is the detected ISO 639-1 code or None;
    ``nearest`` the labels of the labelled messages nearest to it (None without a usable bank).
    """

    probabilities: dict[str, float]
    extortion: float
    language: str | None
    nearest: Nearest | None = None

    @property
    def label(self) -> str:
        """The most probable label."""
        return max(self.probabilities, key=lambda k: self.probabilities[k])


def package_dir() -> Path:
    return Path(str(resources.files("standfast.analyze.learned")))


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def recorded_file(directory: Path, record: dict[str, object], entry_name: str, file_name: str, *,
                  what: str, sha_field: str = "weights_sha256") -> Path:
    """The path of ``file_name`` in ``directory`` when the record's entry ``entry_name`` names its SHA-256; ValueError
    when the record lists no such entry ("the training record lists no {what}") or the file does not match."""
    entry = record.get(entry_name)
    if not isinstance(entry, dict):
        raise ValueError(f"the training record lists no {what}")
    path = directory / file_name
    if entry.get(sha_field) != file_sha256(path):
        raise ValueError(f"{file_name} does not match the training record")
    return path


def read_record() -> dict[str, Any]:
    """The training record shipped with the weights."""
    result: dict[str, Any] = json.loads((package_dir() / RECORD_FILE).read_text(encoding="utf-8"))
    return result


def load_head_from(directory: Path) -> Head:
    """The head in ``directory``; ValueError when it does not match the record beside it."""
    path = directory / HEAD_FILE
    record = json.loads((directory / RECORD_FILE).read_text(encoding="utf-8"))
    if record.get("weights_sha256") != file_sha256(path):
        raise ValueError(f"{HEAD_FILE} does not match {RECORD_FILE}")
    return Head.load(path)


_HEAD: LoadedOnce[Head] = LoadedOnce(lambda: load_head_from(package_dir()))


def load_head() -> Head | None:
    """The shipped head, or None when it is missing, damaged or does not match its record (the rules then decide
    alone)."""
    return _HEAD.get()


def unavailable_reason() -> str | None:
    """Why :func:`score` returns None, or None when it works (loads the model to find out)."""
    if load_head() is None:
        return _HEAD.error
    try:
        embed(["ok"])
    except ModelUnavailable as exc:
        return str(exc)
    return None


def _scores(probs: np.ndarray, head: Head, languages: Sequence[str | None],
            features: np.ndarray | None = None) -> list[LearnedScore]:
    out = []
    neg = head.labels.index(NOT_EXTORTION) if NOT_EXTORTION in head.labels else None
    bank = None
    if features is not None:
        from standfast.analyze.learned.neighbours import load_bank

        bank = load_bank()
        if bank is not None and bank.vectors.shape[1] != features.shape[1]:
            bank = None
    for i, (row, lang) in enumerate(zip(probs, languages, strict=True)):
        probabilities = {lab: float(p) for lab, p in zip(head.labels, row, strict=True)}
        extortion = 1.0 - float(row[neg]) if neg is not None else 1.0
        nearest = None if bank is None or features is None else bank.nearest(features[i])
        out.append(LearnedScore(probabilities, min(1.0, max(0.0, extortion)), lang, nearest))
    return out


def score_many(texts: Sequence[str], head: Head | None = None) -> list[LearnedScore] | None:
    """One :class:`LearnedScore` per text (batched), or None when the model cannot be loaded."""
    head = head or load_head()
    if head is None:
        return None
    try:
        features = embed(list(texts))
    except ModelUnavailable:
        return None
    return _scores(head.predict_proba(features), head, [detect_language(t) for t in texts], features)


def score(text: str, head: Head | None = None) -> LearnedScore | None:
    """The model's opinion on ``text``, or None when the model cannot be loaded."""
    found = score_many([text], head)
    return found[0] if found else None
