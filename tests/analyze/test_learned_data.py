"""The training data and the training script's arithmetic: well-formed, varied, nothing copied."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from standfast.analyze.learned import LABELS

REPO = Path(__file__).resolve().parents[2]
SYNTHETIC = REPO / "data" / "triage" / "synthetic.jsonl"
SECOND_AUTHOR = REPO / "data" / "triage" / "second_author.jsonl"
THIRD_AUTHOR = REPO / "data" / "triage" / "third_author.jsonl"
EVERYDAY = REPO / "data" / "triage" / "everyday_languages.jsonl"


def rows(path: Path = SYNTHETIC) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_triage_model", REPO / "scripts" / "train_triage_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_set_is_well_formed_and_varied() -> None:
    data = rows()
    assert len(data) >= 500
    ids = [r["id"] for r in data]
    assert len(set(ids)) == len(ids)
    for r in data:
        assert set(r) == {"id", "label", "language", "text", "kind", "synthetic"}
        assert r["label"] in LABELS and r["synthetic"] is True
        assert isinstance(r["text"], str) and r["text"].strip()
        assert isinstance(r["kind"], str) and r["kind"]
    texts = [r["text"] for r in data]
    assert len(set(texts)) == len(texts)
    labels = Counter(r["label"] for r in data)
    assert min(labels.values()) >= 50
    # Hard negatives are at least as many as all extortion kinds together would need to be balanced.
    assert labels["not_extortion"] >= 0.4 * len(data)
    languages = Counter(r["language"] for r in data)
    for lang in ("en", "es", "de", "fr", "it", "pt", "nl", "pl", "tl"):
        assert languages[lang] >= 10, lang
    kinds = Counter(r["kind"] for r in data if r["label"] == "not_extortion")
    for kind in ("news", "police_warning", "help_page", "asking_help", "victim_story", "flirting",
                 "debt_reminder", "phishing", "advance_fee", "joke"):
        assert kinds[kind] >= 1, kind


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.shared_data
def test_no_real_message_text_was_copied(shared_data: Path) -> None:
    dev = shared_data / "messages-dev" / "messages.jsonl"
    real: set[tuple[str, ...]] = set()
    for line in dev.read_text(encoding="utf-8").splitlines():
        if line.strip():
            real |= _shingles(json.loads(line)["text"])
    ours = rows() + rows(SECOND_AUTHOR) + rows(THIRD_AUTHOR) + rows(EVERYDAY)
    copied = [r["id"] for r in ours if _shingles(str(r["text"])) & real]
    assert not copied


@pytest.mark.parametrize(("path", "prefix"), [(SECOND_AUTHOR, "D5-"), (THIRD_AUTHOR, "D8-")],
                         ids=["second", "third"])
def test_other_authors_sets_are_well_formed_and_apart_from_the_others(path: Path, prefix: str) -> None:
    data = rows(path)
    assert len(data) >= 150
    assert len({r["id"] for r in data}) == len(data)
    for r in data:
        assert set(r) == {"id", "label", "language", "text", "kind", "synthetic"}
        assert r["label"] in LABELS and r["synthetic"] is True and str(r["id"]).startswith(prefix)
    labels = Counter(r["label"] for r in data)
    assert labels["not_extortion"] >= 0.3 * len(data) and labels["targeted"] >= 50
    # No message of it is in another author's set: they wrote apart.
    others = {str(r["text"]) for other in (SYNTHETIC, SECOND_AUTHOR, THIRD_AUTHOR) if other != path
              for r in rows(other)}
    assert not others & {str(r["text"]) for r in data}


def test_everyday_set_teaches_that_a_language_is_no_threat() -> None:
    data = rows(EVERYDAY)
    assert len({r["id"] for r in data}) == len(data) >= 200
    assert all(r["label"] == "not_extortion" and str(r["id"]).startswith("E9-") for r in data)
    languages = Counter(r["language"] for r in data)
    assert len(languages) >= 20 and min(languages.values()) >= 10
    assert not {"en", "es", "de", "fr", "it", "pt", "nl"} & set(languages)
    # The unread-language tests' messages are not trained on.
    test_text = (REPO / "tests" / "analyze" / "test_unread_language.py").read_text(encoding="utf-8")
    assert not [r["id"] for r in data if str(r["text"]) in test_text]


def test_folds_partition_and_stratify() -> None:
    mod = script()
    labels = ["a"] * 10 + ["b"] * 5 + ["c"] * 3
    folds = mod.folds(labels, 5)
    joined = np.sort(np.concatenate(folds))
    assert list(joined) == list(range(len(labels)))
    for fold in folds:
        got = Counter(labels[i] for i in fold)
        assert got["a"] == 2 and got["b"] == 1 and got["c"] <= 1
    assert [list(f) for f in folds] == [list(f) for f in mod.folds(labels, 5)]


def test_metrics_count_false_reassurance_and_false_alarms() -> None:
    mod = script()
    truth = ["targeted", "mass_scam", "not_extortion", "not_extortion"]
    order = list(LABELS)

    def row(label: str, p: float) -> list[float]:
        out = [(1 - p) / 3] * 4
        out[order.index(label)] = p
        return out

    probs = np.array([row("not_extortion", 0.7), row("mass_scam", 0.9), row("targeted", 0.6),
                      row("not_extortion", 0.8)])
    m = mod.metrics(truth, probs, LABELS, 0.5)
    assert m["false_reassurance"] == {"count": 1, "of": 2}
    assert m["hard_negative_false_alarms"] == {"count": 1, "of": 2}
    assert m["recall"]["mass_scam"] == {"hit": 1, "of": 1}
    assert m["recall"]["targeted"] == {"hit": 0, "of": 1}
