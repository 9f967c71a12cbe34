"""A quick first reader in front of the embedding model: hashed character n-grams and a linear head.

Triage sends every short message without a link to the embedding model, because the threats the rules
miss are short and cold. Most such messages are ordinary (a two-line e-mail, "see you at practice"), and
the embedding costs ~45 ms each on one core. The sieve reads the same text in ~0.2 ms and says how likely
extortion looks; below a low bar (``triage.SIEVE_PASS``) the embedding model is not asked. It never flags
anything itself and is only used where the model would have to be very sure to flag alone.

``sieve.json`` is a linear head (``standfast-linear-head/1``) over ``hashing.BUCKETS`` hashed features,
trained by ``scripts/train_triage_model.py`` on the same data as the embedding head, with its
standardisation folded into the weights so that a message is scored from its few non-zero buckets.
``training_record.json`` carries its SHA-256 under ``sieve``; a sieve that does not match is refused
(and the embedding model is then asked, as before the sieve existed).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np

from standfast.analyze.learned.hashing import BUCKETS, sparse_row
from standfast.analyze.learned.head import NOT_EXTORTION, Head
from standfast.analyze.learned.model import package_dir, recorded_file
from standfast.analyze.learned.once import LoadedOnce

SIEVE_FILE = "sieve.json"
# The scripts of the languages the sieve learned from (training_record.json, ``sieve.trained_on``), by the first word
# of their letters' Unicode names. Of a text in another script (Georgian, Armenian, Bengali, Hebrew, Korean) it knows
# no n-gram, and its score says nothing: a Georgian threat the embedding model rates 1.0 got 0.01.
SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARABIC", "DEVANAGARI", "THAI", "CJK", "HIRAGANA", "KATAKANA"})
# Enough of a text's opening to tell its script.
SCRIPT_SAMPLE = 400


def fold(head: Head) -> Head:
    """The same head with its standardisation folded into weights and bias (mean 0, scale 1), so that
    ``x @ weights + bias`` needs only the non-zero entries of ``x``."""
    weights = head.weights / head.scale[:, None]
    bias = head.bias - (head.mean / head.scale) @ head.weights
    dim = head.dim
    return Head(head.labels, weights, bias, np.zeros(dim), np.ones(dim), head.l2)


def extortion_of(head: Head, text: str) -> float:
    """``1 - P(not_extortion)`` of a folded hashed-feature head for ``text``."""
    index, values = sparse_row(text, head.dim)
    z = values @ head.weights[index] + head.bias if index.size else head.bias.copy()
    e = np.exp(z - z.max())
    p = e / e.sum()
    return float(min(1.0, max(0.0, 1.0 - p[head.labels.index(NOT_EXTORTION)])))


def load_sieve_from(directory: Path, record: dict[str, object]) -> Head:
    """The sieve in ``directory``; ValueError when it does not match ``record`` or is not folded."""
    head = Head.load(recorded_file(directory, record, "sieve", SIEVE_FILE, what="sieve"))
    if head.dim != BUCKETS or NOT_EXTORTION not in head.labels \
            or np.any(head.mean != 0) or np.any(head.scale != 1):
        raise ValueError(f"{SIEVE_FILE} is not a folded head over {BUCKETS} hashed features")
    return head


def _load_shipped() -> Head:
    from standfast.analyze.learned.model import read_record

    return load_sieve_from(package_dir(), read_record())


_SIEVE: LoadedOnce[Head] = LoadedOnce(_load_shipped)


def load_sieve() -> Head | None:
    """The shipped sieve, or None when it is missing, damaged or does not match the record (the embedding model is
    then asked)."""
    return _SIEVE.get()


def knows_script(text: str) -> bool:
    """True unless most letters of the opening of ``text`` are in a script the sieve never learned (``SCRIPTS``)."""
    letters = [char for char in text[:SCRIPT_SAMPLE] if char.isalpha()]
    known = sum(unicodedata.name(char, "").split(" ", 1)[0] in SCRIPTS for char in letters)
    return known * 2 >= len(letters)


def sieve_score(text: str) -> float | None:
    """How likely extortion looks to the quick reader (0..1), or None when there is no usable sieve."""
    head = load_sieve()
    return None if head is None else extortion_of(head, text)
