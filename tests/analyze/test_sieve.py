"""The sieve in front of the embedding model: shipped and verified, valid on any text, exact when folded,
and in triage it spares the model ordinary short messages while every terse threat still reaches it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standfast.analyze.learned import sieve_score
from standfast.analyze.learned.hashing import BUCKETS, hash_features, hash_matrix, sparse_row
from standfast.analyze.learned.head import fit_vectors
from standfast.analyze.learned.model import RECORD_FILE, file_sha256, package_dir, read_record
from standfast.analyze.learned.sieve import SIEVE_FILE, extortion_of, fold, load_sieve, load_sieve_from
from standfast.analyze.triage import (
    MODEL_ANY_WORDS,
    MODEL_MAX_WORDS,
    SIEVE_PASS,
    SIEVE_PASS_LONG,
    SIEVE_PASS_UNREAD,
    Contribution,
    _sieve_clears,
    analyze_text,
)

# Short, cold threats with no word the rules read as a sign: the reason every short message is read at all.
TERSE_THREATS = [
    "1000. or everyone.",
    "Last warning. Midnight.",
    "you know what i have. tonight.",
    "Bis heute Abend. Sonst sehen es alle.",
    "tengo tus fotos. mañana a las 8 o las ve tu familia",
    "Saya punya videomu. Transfer 2 juta sebelum jam 9 atau semua teman kamu lihat.",
    "Nina picha zako. Tuma elfu hamsini leo au nitazituma kwa familia yako.",
    "still waiting. your mum is one click away",
]
ORDINARY = [
    "see you at practice tomorrow, bring the ball",
    "Lunch at 1? I booked the usual place.",
    "happy birthday!! 🎉 have the best day",
    "Reminder: dentist appointment Tuesday 9:30.",
    "Merci pour hier soir, c'était super. On se refait ça bientôt ?",
    "Ik ben er over tien minuten, zet de koffie maar vast aan",
]


def test_the_shipped_sieve_matches_its_record() -> None:
    entry = read_record()["sieve"]
    assert entry["weights_file"] == SIEVE_FILE
    assert entry["weights_sha256"] == file_sha256(package_dir() / SIEVE_FILE)
    sieve = load_sieve()
    assert sieve is not None and sieve.dim == BUCKETS


def _copy(tmp_path: Path) -> dict[str, object]:
    for name in (SIEVE_FILE, RECORD_FILE):
        shutil.copy(package_dir() / name, tmp_path / name)
    record: dict[str, object] = json.loads((tmp_path / RECORD_FILE).read_text(encoding="utf-8"))
    return record


def test_an_edited_sieve_is_refused(tmp_path: Path) -> None:
    record = _copy(tmp_path)
    load_sieve_from(tmp_path, record)
    data = json.loads((tmp_path / SIEVE_FILE).read_text(encoding="utf-8"))
    data["bias"][data["labels"].index("not_extortion")] += 50.0  # would clear every threat
    (tmp_path / SIEVE_FILE).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="does not match"):
        load_sieve_from(tmp_path, record)


def test_a_record_without_a_sieve_or_an_unfolded_head_is_refused(tmp_path: Path) -> None:
    record = _copy(tmp_path)
    with pytest.raises(ValueError, match="lists no sieve"):
        load_sieve_from(tmp_path, {k: v for k, v in record.items() if k != "sieve"})
    data = json.loads((tmp_path / SIEVE_FILE).read_text(encoding="utf-8"))
    data["scale"][0] = 2.0
    (tmp_path / SIEVE_FILE).write_text(json.dumps(data), encoding="utf-8")
    entry = dict(record["sieve"])  # type: ignore[call-overload]
    entry["weights_sha256"] = file_sha256(tmp_path / SIEVE_FILE)
    with pytest.raises(ValueError, match="not a folded head"):
        load_sieve_from(tmp_path, {**record, "sieve": entry})


def test_folding_keeps_every_probability() -> None:
    texts = ["i have your pics, pay or everyone sees", "see you at lunch", "send 0.1 btc or the leak goes live",
             "lovely photos from the wedding", "", "🙂"]
    labels = ["targeted", "not_extortion", "other_extortion", "not_extortion", "not_extortion", "not_extortion"]
    head = fit_vectors(hash_features(texts, 512), labels, l2=1.0)
    folded = fold(head)
    # (the dense rows are float32, the sparse ones float64)
    for text, row in zip(texts, head.predict_proba(hash_features(texts, 512)), strict=True):
        assert extortion_of(folded, text) == pytest.approx(1.0 - row[head.labels.index("not_extortion")], abs=1e-6)


def test_a_head_fitted_on_sparse_rows_is_the_head_fitted_on_dense_rows() -> None:
    """The sieve learns from tens of thousands of messages as a sparse matrix, standardised without being filled."""
    texts = ["i have your pics, pay or everyone sees", "see you at lunch", "send 0.1 btc or the leak goes live",
             "lovely photos from the wedding", "", "🙂", "tengo tus fotos, paga o las ven todos", "wo bist du?"] * 3
    labels = ["targeted", "not_extortion", "other_extortion", "not_extortion", "not_extortion", "not_extortion",
              "targeted", "not_extortion"] * 3
    matrix = hash_matrix(texts, 512)
    assert matrix.shape == (len(texts), 512)
    assert np.allclose(matrix.toarray(), hash_features(texts, 512))
    dense = fit_vectors(hash_features(texts, 512), labels, l2=1.0)
    sparse = fit_vectors(matrix, labels, l2=1.0)
    assert np.allclose(sparse.mean, dense.mean, atol=1e-6) and np.allclose(sparse.scale, dense.scale, atol=1e-5)
    probe = hash_features(["pay or everyone sees your pics", "lunch at noon?"], 512)
    assert np.allclose(sparse.predict_proba(probe), dense.predict_proba(probe), atol=1e-3)
    with pytest.raises(TypeError):
        hash_matrix("one text")


def test_sparse_rows_are_the_dense_rows() -> None:
    for text in ("Ich habe deine Bilder", "", "a", "x" * 10_000, "日本語のテキスト"):
        index, values = sparse_row(text)
        dense = np.zeros(BUCKETS, dtype=np.float32)
        dense[index] = values
        assert np.allclose(dense, hash_features([text])[0])
        assert values.size == 0 or np.linalg.norm(values) == pytest.approx(1.0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_any_text_gets_a_score_between_zero_and_one(text: str) -> None:
    found = sieve_score(text)
    assert found is not None and 0.0 <= found <= 1.0


@pytest.mark.parametrize("text", ["", "\x00" * 50, "\ud800 broken", "a" * 1_000_000, "🔥" * 5000,
                                  "<script>" * 2000, "‮reversed‬"])
def test_empty_huge_and_hostile_text(text: str) -> None:
    found = sieve_score(text)
    assert found is not None and 0.0 <= found <= 1.0


@pytest.mark.parametrize("text", TERSE_THREATS)
def test_terse_threats_pass_the_sieve_with_room_to_spare(text: str) -> None:
    found = sieve_score(text)
    assert found is not None and found >= 4 * SIEVE_PASS


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_short_messages_do_not_reach_the_model(text: str) -> None:
    a = analyze_text(text)
    assert a.verdict == "not_extortion" and a.model_score is None
    assert any("quick first reading" in c.text for c in a.explanation)


@pytest.mark.parametrize("text", TERSE_THREATS)
def test_terse_threats_still_reach_the_model(text: str) -> None:
    from standfast.analyze.learned import available

    if not available():
        pytest.skip("the embedding model does not load on this machine")
    a = analyze_text(text)
    assert a.verdict != "not_extortion" or a.model_score is not None
    assert not any("quick first reading" in c.text for c in a.explanation)


# A longer message in which the rules read nothing: polite, implied, the threat spread over several sentences.
LONGER_IMPLIED = (
    "Dear Tom, we spoke last week and you were very open with me on camera. I still think about it. I also think "
    "about your colleagues at the firm, and how differently they might see you. I am a practical person. Fifteen "
    "hundred and we never speak again. I will wait until Sunday evening, not longer. After that the decision is no "
    "longer yours to make."
)
# Longer ordinary messages (41-120 words, no link) that must not cost a model call.
LONGER_ORDINARY = [
    "[18:01] sam: u coming to practice tmrw?\n[18:02] me: ya what time\n[18:03] sam: 6 at the field, coach said "
    "bring boots\n[18:05] me: ok cool, can u pick me up\n[18:06] sam: sure, be outside at 5:40\n[18:07] me: legend. "
    "also did u finish the maths homework\n[18:08] sam: nah lol ill do it on the bus\n[18:09] me: same haha see u",
    "Hi all, quick update on Saturday's trip. The coach leaves from the school gate at 8:15, so please be there by "
    "8. Bring a packed lunch, water and a rain jacket. We'll be back around 5pm. If your child needs medication, "
    "hand it to Mrs Patel in the morning. Photos from the day will go up on the class page next week. Thanks!",
]


def test_a_longer_implied_threat_is_sent_to_the_model_by_the_sieve() -> None:
    from standfast.analyze.learned import available

    if not available():
        pytest.skip("the embedding model does not load on this machine")
    assert MODEL_ANY_WORDS < len(LONGER_IMPLIED.split()) <= MODEL_MAX_WORDS
    assert analyze_text(LONGER_IMPLIED, use_model=False).verdict == "not_extortion"
    found = sieve_score(LONGER_IMPLIED)
    assert found is not None and found >= SIEVE_PASS_LONG
    a = analyze_text(LONGER_IMPLIED)
    assert a.model_score is not None
    assert any("so the larger model was asked" in c.text for c in a.explanation)
    assert a.verdict != "not_extortion"


# A longer telling in German of a loan shark's threat, in words the rules do not read as harm ("passiert etwas mit
# seinem Auto und mit ihm") and the sieve rates low: it learned from few tellings.
TOLD_IN_PART = (
    "Mein Cousin hat sich bei einem Bekannten 2000 Euro geliehen und schon 3000 zurückgezahlt, aber jetzt heißt es, "
    "er schulde noch 4000. Gestern standen zwei Männer vor seiner Wohnung und meinten, wenn am Montag nichts da ist, "
    "passiert etwas mit seinem Auto und mit ihm. Was sollen wir tun? Zur Polizei traut er sich nicht."
)


def test_a_longer_telling_that_tells_part_of_a_threat_reaches_the_model_whatever_the_sieve_says() -> None:
    from standfast.analyze.learned import available

    if not available():
        pytest.skip("the embedding model does not load on this machine")
    assert MODEL_ANY_WORDS < len(TOLD_IN_PART.split()) <= MODEL_MAX_WORDS
    assert analyze_text(TOLD_IN_PART, use_model=False).verdict == "not_extortion"
    found = sieve_score(TOLD_IN_PART)
    assert found is not None and found < SIEVE_PASS_LONG
    a = analyze_text(TOLD_IN_PART)
    assert a.model_score is not None and a.verdict != "not_extortion"
    assert any(c.text.startswith("Its words tell part of a threat") for c in a.explanation)


@pytest.mark.parametrize("text", LONGER_ORDINARY)
def test_longer_ordinary_messages_stay_with_the_rules(text: str) -> None:
    assert MODEL_ANY_WORDS < len(text.split()) <= MODEL_MAX_WORDS
    a = analyze_text(text)
    assert a.verdict == "not_extortion" and a.model_score is None
    assert not any("larger model was asked" in c.text for c in a.explanation)


def test_where_the_rules_do_not_read_the_sieve_stops_less() -> None:
    """Below SIEVE_PASS the model is spared; where the rules cannot read the language (or nobody could name it) only
    below SIEVE_PASS_UNREAD, since the model is then the only reader."""
    text = "Merci pour hier soir, c'était super. On se refait ça bientôt ?"
    found = sieve_score(text)
    assert found is not None and SIEVE_PASS_UNREAD <= found < SIEVE_PASS
    why: list[Contribution] = []
    assert _sieve_clears(text, why) and "quick first reading" in why[-1].text
    kept: list[Contribution] = []
    assert not _sieve_clears(text, kept, unread=True) and not kept
