"""Every fast path of triage, switched back to its plain form at once, gives the same answers.

Each fast path (listed in :mod:`standfast.analyze.reference`) is checked against its plain form on
generated text in test_fast_paths.py. Here all of them are switched off together and the whole
verdict (verdict, confidence, signals, indicators, campaign, language and every explanation line) is
compared over our own synthetic sets and, when present, the shared real corpora. The rules are compared
(``use_model=False``): the model reads the same text and is asked under the same verdict when they agree.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from standfast.analyze import triage
from standfast.analyze.inputs import readables_of_path
from standfast.analyze.reference import plain_paths
from standfast.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
OWN_SETS = (Path(__file__).parent / "fixtures" / "triage_synthetic.jsonl", ROOT / "data" / "triage" / "synthetic.jsonl")


def _outputs(texts: list[str]) -> list[dict[str, Any]]:
    out = []
    for text in texts:
        a = triage.analyze_text(text, use_model=False)
        j = a.to_json()
        j["explanation"] = [c.to_json() for c in a.explanation]
        out.append(j)
    return out


def _both(texts: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    fast = _outputs(texts)
    with plain_paths():
        plain = _outputs(texts)
    return fast, plain


def _jsonl_texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _mail_texts(folder: Path) -> Iterator[str]:
    for f in sorted(folder.rglob("*")):
        if not f.is_file() or f.name.startswith(("LICENSE", "PROVENANCE", "index")) or f.suffix in (
                ".md", ".expected", ".csv"):
            continue
        try:
            yield from (r.text for r in readables_of_path(f))
        except InputError:
            continue


def _assert_same(texts: list[str]) -> None:
    assert texts
    fast, plain = _both(texts)
    differ = [i for i, (a, b) in enumerate(zip(fast, plain, strict=True)) if a != b]
    assert not differ, f"{len(differ)} of {len(texts)} differ, first at index {differ[0]}"
    # The comparison would be empty if nothing were flagged: both kinds occur.
    assert {o["verdict"] for o in fast} - {"not_extortion"}


@pytest.mark.parametrize("path", OWN_SETS, ids=lambda p: p.name)
def test_fast_and_plain_paths_agree_on_our_synthetic_sets(path: Path) -> None:
    _assert_same(_jsonl_texts(path))


@pytest.mark.shared_data
def test_fast_and_plain_paths_agree_on_the_shared_corpora(shared_data: Path) -> None:
    texts = [*_jsonl_texts(shared_data / "messages-dev" / "messages.jsonl"),
             *_mail_texts(shared_data / "sextortion-emails" / "phishing_pot"),
             *_mail_texts(shared_data / "spam-phishing-not-sextortion"), *_mail_texts(shared_data / "ham-emails")]
    _assert_same(texts)


def test_plain_paths_are_restored_after_the_block() -> None:
    from standfast.analyze import speech

    before = (speech._SENTENCE, triage.read_speech, triage.loose_signs)
    with pytest.raises(RuntimeError), plain_paths():
        assert speech._SENTENCE is speech._SENTENCE_PLAIN
        raise RuntimeError
    assert (speech._SENTENCE, triage.read_speech, triage.loose_signs) == before
