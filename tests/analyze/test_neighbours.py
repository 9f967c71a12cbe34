"""The labelled-neighbours bank: shipped and verified against its record, refused when damaged, exact on
small banks, and in triage it checks the head both ways (a threat the head rates low but whose nearest
labelled messages are threats is not called "not extortion"; a flag by the head alone that no neighbour
shares is not followed) with reasons that agree with the verdict."""

from __future__ import annotations

import importlib.util
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.analyze import triage
from standfast.analyze.learned.head import LABELS, NOT_EXTORTION
from standfast.analyze.learned.model import RECORD_FILE, LearnedScore, file_sha256, package_dir, read_record
from standfast.analyze.learned.neighbours import (
    NEIGHBOURS_FILE,
    Bank,
    K,
    Nearest,
    dequantize,
    load_bank,
    load_bank_from,
    quantize,
)

ROOT = Path(__file__).resolve().parents[2]


def _unit(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _write(path: Path, vectors: np.ndarray, labels: np.ndarray) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        for name, array in (("vectors", vectors), ("labels", labels)):
            with zf.open(f"{name}.npy", "w") as handle:
                np.lib.format.write_array(handle, array, allow_pickle=False)


def _record_for(path: Path) -> dict[str, object]:
    return {"neighbours": {"file": NEIGHBOURS_FILE, "file_sha256": file_sha256(path)}}


def test_the_shipped_bank_matches_its_record() -> None:
    entry = read_record()["neighbours"]
    assert entry["file"] == NEIGHBOURS_FILE and entry["k"] == K
    assert entry["file_sha256"] == file_sha256(package_dir() / NEIGHBOURS_FILE)
    bank = load_bank()
    assert bank is not None
    assert len(bank.labels) == entry["count"] == sum(s["count"] for s in entry["sources"])
    assert {LABELS[i]: int((bank.labels == i).sum()) for i in range(len(LABELS))} == entry["by_label"]
    # unit vectors, as the embedding gives them (stored as int8 codes with one scale per dimension)
    assert np.allclose(np.linalg.norm(bank.vectors, axis=1), 1.0, atol=1e-5)


def test_the_bank_holds_vectors_and_labels_only() -> None:
    with np.load(package_dir() / NEIGHBOURS_FILE, allow_pickle=False) as data:
        assert sorted(data.files) == ["labels", "scale", "vectors"]
        assert data["vectors"].dtype == np.int8 and data["labels"].dtype == np.uint8
        assert data["scale"].dtype == np.float32 and data["scale"].shape == (data["vectors"].shape[1],)


def test_int8_codes_keep_the_nearest_labels() -> None:
    rng = np.random.default_rng(7)
    vectors = _unit(rng.normal(size=(400, 32)).astype(np.float32))
    codes, scale = quantize(vectors)
    assert codes.dtype == np.int8 and scale.shape == (32,)
    restored = dequantize(codes, scale)
    assert np.allclose(np.linalg.norm(restored, axis=1), 1.0, atol=1e-5)
    # each vector's cosine with its own restored copy, and the order of its nearest others, barely move
    assert float((restored * vectors).sum(axis=1).min()) > 0.999
    labels = rng.integers(0, len(LABELS), size=400)
    same = sum(Bank(vectors, labels).nearest(vectors[i]).kinds == Bank(restored, labels).nearest(vectors[i]).kinds
               for i in range(50))
    assert same >= 45
    # a zero column keeps a usable scale instead of dividing by zero
    codes, scale = quantize(np.column_stack([vectors[:, :31], np.zeros(400, dtype=np.float32)]))
    assert scale[31] == 1.0 and not codes[:, 31].any()


@pytest.mark.parametrize("codes, scale", [
    (np.ones((2, 3), dtype=np.int16), np.ones(3, dtype=np.float32)),  # not int8
    (np.ones((2, 3), dtype=np.int8), np.ones(2, dtype=np.float32)),  # one scale too few
    (np.ones((2, 3), dtype=np.int8), None),  # codes without their scale
])
def test_stored_vectors_of_another_shape_or_type_are_refused(codes: np.ndarray, scale: np.ndarray | None) -> None:
    with pytest.raises(ValueError):
        dequantize(codes, scale)


def test_the_recorded_sources_are_the_files_in_the_repository() -> None:
    for source in read_record()["neighbours"]["sources"]:
        path = ROOT / source["path"]
        rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert file_sha256(path) == source["sha256"], source["path"]
        assert len(rows) == source["count"], source["path"]
        assert not source["path"].startswith(".."), "nothing from ../shared is in the bank"


def test_nearest_counts_the_k_closest_labels() -> None:
    vectors = _unit(np.array([[1, 0, 0], [0.9, 0.1, 0], [0.8, 0.2, 0], [0, 1, 0], [0, 0, 1], [0, 0.1, 1]]))
    labels = np.array([1, 1, 3, 3, 0, 3])
    bank = Bank(vectors, labels)
    near = bank.nearest(np.array([1, 0.05, 0], dtype=np.float32), k=3)
    assert (near.k, near.extortion, near.kinds) == (3, 2, {"targeted": 2, "not_extortion": 1})
    assert near.labels == ("targeted", "targeted", "not_extortion")
    assert list(near.similarities) == sorted(near.similarities, reverse=True)
    assert near.share == pytest.approx(2 / 3)
    assert near.extortion_within(near.similarities[1]) == 2 and near.extortion_within(near.similarities[0]) == 1
    assert near.extortion_within(1.01) == 0
    # k larger than the bank is the whole bank; k below 1 is one
    assert bank.nearest(vectors[0], k=99).k == 6
    one = bank.nearest(vectors[4], k=0)
    assert (one.k, one.extortion, one.kinds, one.labels) == (1, 1, {"mass_scam": 1}, ("mass_scam",))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(-1, 1, allow_nan=False), min_size=4, max_size=4), st.integers(1, 8))
def test_nearest_is_a_count_of_real_labels_for_any_vector(query: list[float], k: int) -> None:
    rng = np.random.default_rng(3)
    bank = Bank(_unit(rng.normal(size=(8, 4))), rng.integers(0, len(LABELS), size=8))
    near = bank.nearest(np.array(query, dtype=np.float32), k=k)
    assert near.k == k and 0 <= near.extortion <= k and sum(near.kinds.values()) == k
    assert set(near.kinds) <= set(LABELS)
    assert near.extortion == k - near.kinds.get(NOT_EXTORTION, 0) == near.extortion_within(float("-inf"))
    assert len(near.labels) == len(near.similarities) == k


def test_a_bank_that_does_not_match_the_record_is_refused(tmp_path: Path) -> None:
    path = tmp_path / NEIGHBOURS_FILE
    _write(path, _unit(np.eye(3)), np.array([0, 1, 3], dtype=np.uint8))
    assert len(load_bank_from(tmp_path, _record_for(path)).labels) == 3
    record = _record_for(path)
    path.write_bytes(path.read_bytes()[:-7])  # truncated after it was recorded
    with pytest.raises(ValueError, match="does not match"):
        load_bank_from(tmp_path, record)
    with pytest.raises(ValueError, match="lists no neighbours"):
        load_bank_from(tmp_path, {})


@pytest.mark.parametrize("vectors, labels", [
    (np.eye(3, dtype=np.float16), np.array([0, 1, 9], dtype=np.uint8)),  # a label that does not exist
    (np.eye(3, dtype=np.float16), np.array([0, 1], dtype=np.uint8)),  # fewer labels than vectors
    (np.full((2, 3), np.nan, dtype=np.float16), np.array([0, 1], dtype=np.uint8)),  # not numbers
    (np.zeros(3, dtype=np.float16), np.array([0, 1, 2], dtype=np.uint8)),  # not a matrix
    (np.zeros((0, 3), dtype=np.float16), np.zeros(0, dtype=np.uint8)),  # empty
])
def test_a_malformed_bank_is_refused(tmp_path: Path, vectors: np.ndarray, labels: np.ndarray) -> None:
    path = tmp_path / NEIGHBOURS_FILE
    _write(path, vectors, labels)
    with pytest.raises(ValueError):
        load_bank_from(tmp_path, _record_for(path))


def test_a_bank_holding_pickled_objects_is_refused(tmp_path: Path) -> None:
    path = tmp_path / NEIGHBOURS_FILE
    with zipfile.ZipFile(path, "w") as zf:
        with zf.open("vectors.npy", "w") as handle:
            np.lib.format.write_array(handle, np.array([{"x": 1}], dtype=object), allow_pickle=True)
        with zf.open("labels.npy", "w") as handle:
            np.lib.format.write_array(handle, np.array([0], dtype=np.uint8))
    with pytest.raises(ValueError):
        load_bank_from(tmp_path, _record_for(path))


def test_a_copy_of_the_package_with_an_edited_bank_scores_without_it(tmp_path: Path) -> None:
    copy = tmp_path / "learned"
    shutil.copytree(package_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    with np.load(copy / NEIGHBOURS_FILE, allow_pickle=False) as data:
        vectors, labels = data["vectors"], data["labels"].copy()
    labels[:] = LABELS.index(NOT_EXTORTION)  # every neighbour relabelled "not extortion"
    _write(copy / NEIGHBOURS_FILE, vectors, labels)
    with pytest.raises(ValueError, match="does not match"):
        load_bank_from(copy, json.loads((copy / RECORD_FILE).read_text(encoding="utf-8")))


def _opinion(extortion: float, near: Nearest | None) -> LearnedScore:
    rest = (1.0 - extortion) if extortion < 1 else 0.0
    probabilities = {"mass_scam": 0.0, "targeted": extortion, "other_extortion": 0.0, "not_extortion": rest}
    return LearnedScore(probabilities, extortion, "en", near)


def _apply(extortion: float, near: Nearest | None) -> tuple[triage.Verdict, list[str], list[triage.Contribution]]:
    """What the model's opinion does to a plain message the rules call "not extortion" (the bar for a flag by the
    model alone)."""
    text = "see you at practice"
    sp = triage.read_speech(text, text, triage.LANGS)
    f = triage._features(text, {}, [], text)
    signals = ["nothing_found"]
    why = [triage.Contribution("rule", triage.NOTHING_READ + "addressed to you")]
    verdict, _ = triage._apply_model(triage.Verdict.NOT_EXTORTION, 0.8, signals, why, _opinion(extortion, near),
                                     f, sp, triage.loose_signs(text, text, sp.words),
                                     flag_at=triage.MODEL_FLAG_ALONE)
    return verdict, signals, why


def test_a_flag_by_the_head_alone_that_no_neighbour_shares_is_not_followed() -> None:
    verdict, signals, why = _apply(0.99, Nearest(K, 0, {NOT_EXTORTION: K}))
    assert verdict == triage.Verdict.NOT_EXTORTION and "model_flag" not in signals
    assert "none of the 5 labelled messages most like it is" in why[-1].text
    # one neighbour that is extortion is enough to follow the head, and without a bank it is followed as before
    assert _apply(0.99, Nearest(K, 1, {"targeted": 1, NOT_EXTORTION: 4}))[0] != triage.Verdict.NOT_EXTORTION
    assert _apply(0.99, None)[0] != triage.Verdict.NOT_EXTORTION


# Everyday messages with a time or a plan, in languages the rules do not read (written for this test): short
# messages with a time lie near short threats with a time, so neighbours alone must not flag them.
EVERYDAY_UNREAD = [
    "Tối nay mình đi ăn lẩu nhé, 7 giờ ở quán cũ.",  # vi: hotpot tonight at 7, the usual place
    "Yarın saat 10'da toplantı var, sunumu unutma.",  # tr: meeting tomorrow at 10, don't forget the slides
    "Мам, я задержусь, буду дома к девяти.",  # ru: mum, I'll be late, home by nine
    "Przypominam o zapłacie czynszu do 10. dnia miesiąca.",  # pl: rent reminder, by the 10th
    "Besok jam 7 kita makan malam di rumah nenek, jangan telat ya.",  # id: dinner at grandma's at 7, don't be late
    "내일 저녁 7시에 만나자. 늦지 마!",  # ko: see you tomorrow at 7, don't be late
]
# Threats in the same languages (written for this test).
THREATS_UNREAD = [
    "Tôi có video của bạn rồi. Chuyển 5 triệu trước 8 giờ tối nay, không thì cả nhà bạn sẽ xem.",
    "Videon bende. Bu gece saat 10'a kadar 3000 TL göndermezsen herkese yollarım.",
    "Твои фото у меня. Переведи 10 тысяч до вечера, иначе их увидят все твои друзья.",
    "Aku simpan semua fotomu. Kirim 1 juta malam ini atau aku sebar ke grup sekolah.",
    "عندي صورك. حول لي ٥٠٠ دولار قبل الليلة وإلا سأرسلها لعائلتك.",
    "お前の動画を持っている。今夜までに5万円送らなければ家族全員に送る。",
]


def _model_ready() -> bool:
    from standfast.analyze.learned import available, load_head

    return load_head() is not None and load_bank() is not None and available()


needs_model = pytest.mark.skipif(not _model_ready(), reason="the embedding model cannot be loaded here")


@needs_model
@pytest.mark.parametrize("text", EVERYDAY_UNREAD)
def test_everyday_messages_with_a_time_are_not_flagged_by_their_neighbours(text: str) -> None:
    a = triage.analyze_text(text)
    assert a.verdict == triage.Verdict.NOT_EXTORTION, [c.text for c in a.explanation]
    assert "near_extortion" not in [s.id for s in a.signals]


@needs_model
@pytest.mark.parametrize("text", THREATS_UNREAD)
def test_threats_in_languages_the_rules_do_not_read_are_flagged(text: str) -> None:
    assert triage.analyze_text(text).verdict != triage.Verdict.NOT_EXTORTION


@pytest.fixture
def bank_of(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Triage with a small real bank: the given texts embedded by the real model, with their labels."""
    from standfast.analyze.learned import embed
    from standfast.analyze.learned import neighbours as module

    def use(rows: list[tuple[str, str]]) -> None:
        vectors = embed([text for text, _ in rows])
        monkeypatch.setattr(module._BANK, "value", Bank(vectors, np.array([LABELS.index(lab) for _, lab in rows])))
    return use


# Messages the rules read as nothing (written for this test). The first is rated by the head between
# NEAR_RESCUE_MODEL and a flag, the second below NEAR_RESCUE_MODEL, the third above the bar for a flag by the
# model alone; each is checked before it is used, and a head that rates one otherwise skips its tests (they were
# chosen again for the head trained on the bank, 5 December 2026: 0.18, 0.00 and 0.99).
MIDDLING = "did you get my message about the photos from saturday?"
LOW = "Call me back today, it is about the pictures."
HIGH = "Reply today. You know what this is about."


def _paraphrases(text: str) -> list[str]:
    return [text, text.lower(), text.rstrip(".?!") + "!!", text.replace(" the ", " those ")]


def _read(text: str, low: float, high: float) -> triage.Analysis:
    a = triage.analyze_text(text)
    if a.model_score is None or not low <= a.model_score < high or \
            triage.analyze_text(text, use_model=False).verdict != triage.Verdict.NOT_EXTORTION:
        pytest.skip("the shipped head or rules read this message differently here")
    return a


@needs_model
def test_a_message_whose_close_neighbours_are_threats_is_unclear_and_says_why(bank_of) -> None:  # type: ignore[no-untyped-def]
    _read(MIDDLING, triage.NEAR_RESCUE_MODEL, triage.MODEL_FLAG_ALONE)
    bank_of([(t, "targeted") for t in _paraphrases(MIDDLING)] + [("see you at 7 at the cafe", "not_extortion"),
                                                                 ("the match starts at 10", "not_extortion")])
    a = triage.analyze_text(MIDDLING)
    assert a.verdict == triage.Verdict.UNCLEAR
    assert [s.id for s in a.signals] == ["near_extortion"]
    texts = [c.text for c in a.explanation]
    assert texts[-1] == "4 of the 5 labelled messages most like it are extortion: treat it as real"
    assert not any(t.startswith(triage.NOTHING_READ) for t in texts)


@needs_model
def test_neighbours_do_not_rescue_what_the_head_rates_near_zero(bank_of) -> None:  # type: ignore[no-untyped-def]
    _read(LOW, 0.0, triage.NEAR_RESCUE_MODEL)
    bank_of([(t, "targeted") for t in _paraphrases(LOW)] + [("I have your pics. pay now", "targeted")])
    assert triage.analyze_text(LOW).verdict == triage.Verdict.NOT_EXTORTION


@needs_model
def test_far_neighbours_do_not_count(bank_of) -> None:  # type: ignore[no-untyped-def]
    _read(MIDDLING, triage.NEAR_RESCUE_MODEL, triage.MODEL_FLAG_ALONE)
    far = ["Tao đã quay lại cuộc gọi video của mày. Chuyển 5 triệu trước 9 giờ tối.",
           "Fotoğrafların bende. Yarına kadar 3000 lira gönder.", "Mam twoje nagranie. Zapłać 800 złotych.",
           "Твои фото у меня. Переведи 10 тысяч.", "I hacked your router and recorded you. Bitcoin within 48 hours."]
    bank_of([(t, "targeted") for t in far])
    near = triage.analyze_text(MIDDLING)
    assert near.verdict == triage.Verdict.NOT_EXTORTION


@needs_model
def test_the_head_alone_is_followed_only_when_a_neighbour_agrees(bank_of) -> None:  # type: ignore[no-untyped-def]
    _read(HIGH, triage.MODEL_FLAG_ALONE, 1.01)
    bank_of([(t, "not_extortion") for t in _paraphrases(HIGH)] + [("lunch at 1?", "not_extortion")])
    vetoed = triage.analyze_text(HIGH)
    assert vetoed.verdict == triage.Verdict.NOT_EXTORTION
    assert "none of the 5 labelled messages most like it is" in vetoed.explanation[-1].text
    bank_of([(t, "not_extortion") for t in _paraphrases(HIGH)] + [("I have your pics. pay now", "targeted")])
    assert triage.analyze_text(HIGH).verdict != triage.Verdict.NOT_EXTORTION



# Rated by the head between NEAR_ALL_MODEL and NEAR_RESCUE_MODEL (checked before use; 0.035 by the head of 5 December).
SOMEWHAT = "We must talk about that video today."


def _five(text: str) -> list[str]:
    return [*_paraphrases(text), text.replace(" today", " today!!")]


@needs_model
def test_five_close_threats_rescue_what_the_head_rates_low(bank_of) -> None:  # type: ignore[no-untyped-def]
    _read(SOMEWHAT, triage.NEAR_ALL_MODEL, triage.NEAR_RESCUE_MODEL)
    bank_of([(t, "targeted") for t in _five(SOMEWHAT)] + [("see you at 7 at the cafe", "not_extortion")])
    a = triage.analyze_text(SOMEWHAT)
    assert a.verdict == triage.Verdict.UNCLEAR
    assert [s.id for s in a.signals] == ["near_extortion"]
    assert a.explanation[-1].text == "5 of the 5 labelled messages most like it are extortion: treat it as real"


@needs_model
def test_four_close_threats_or_five_bulk_emails_do_not_rescue_a_low_rating(bank_of) -> None:  # type: ignore[no-untyped-def]
    _read(SOMEWHAT, triage.NEAR_ALL_MODEL, triage.NEAR_RESCUE_MODEL)
    five = _five(SOMEWHAT)
    bank_of([(t, "targeted") for t in five[:4]] + [(five[4], "not_extortion")])
    assert triage.analyze_text(SOMEWHAT).verdict == triage.Verdict.NOT_EXTORTION
    bank_of([(t, "mass_scam") for t in five])
    assert triage.analyze_text(SOMEWHAT).verdict == triage.Verdict.NOT_EXTORTION

# A quiet message in a language the rules do not read (written for this test; checked before use: the rules read
# nothing, the head rates it below NEAR_ALL_MODEL).
QUIET_UNREAD = "Jutro pogadamy, odezwij się wieczorem."  # pl: we'll talk tomorrow, get in touch tonight


def _unread_five(text: str) -> list[str]:
    return [text, text.lower(), text.rstrip(".") + "!!", text.upper(), text.replace("Jutro", "Jutro rano")]


@needs_model
def test_in_an_unread_language_five_close_extortion_neighbours_of_any_kind_rescue_any_rating(bank_of) -> None:  # type: ignore[no-untyped-def]
    if triage._language(QUIET_UNREAD) in triage.LANGS:
        pytest.skip("the language detector reads this message as a language the rules read")
    _read(QUIET_UNREAD, 0.0, triage.NEAR_ALL_MODEL)
    five = _unread_five(QUIET_UNREAD)
    bank_of([(t, "mass_scam") for t in five] + [("Do zobaczenia o siódmej.", "not_extortion")])
    a = triage.analyze_text(QUIET_UNREAD)
    assert a.verdict == triage.Verdict.UNCLEAR
    assert a.explanation[-1].text == "5 of the 5 labelled messages most like it are extortion: treat it as real"
    # four of five are not enough for a rating this low
    bank_of([(t, "targeted") for t in five[:4]] + [(five[4], "not_extortion")])
    assert triage.analyze_text(QUIET_UNREAD).verdict == triage.Verdict.NOT_EXTORTION


def test_the_docs_state_the_bars_the_code_uses() -> None:
    docs = (ROOT / "docs" / "analyze.md").read_text(encoding="utf-8")
    section = docs[docs.index("### The nearest labelled messages"):]
    section = section[:section.index("\n## ")]
    words = {4: "four", 5: "five"}
    assert f"at least {words[triage.NEAR_RESCUE]} of the {words[K]} neighbours are extortion" in section
    assert f"with a cosine similarity of at least {triage.NEAR_FLOOR}" in section
    assert f"the head gives at least {triage.NEAR_RESCUE_MODEL:.0%}" in section
    flat = " ".join(section.split())
    assert f"all {words[triage.NEAR_ALL]} neighbours are targeted or other extortion" in flat
    assert f"the head needs only {triage.NEAR_ALL_MODEL:.0%}" in flat
    assert triage.NEAR_VETO == 0 and "that no neighbour shares is not followed" in section
    assert f"each at least {triage.NEAR_UNREAD_FLOOR} similar, whatever the head gives" in flat


# The rules find a threat but not its kind, and the head cannot tell either (checked before use); a recording
# is named, so "targeted" fits the signs.
UNSURE_KIND = "we need to talk about the video. tonight or i share it"


def _unsure_kind(bank_of) -> None:  # type: ignore[no-untyped-def]
    # (read with a bank that names no kind: the shipped bank's neighbours may already name it)
    bank_of([("lunch at 1?", "not_extortion")])
    a = triage.analyze_text(UNSURE_KIND)
    if a.verdict != triage.Verdict.UNCLEAR or "it cannot tell the kind either" not in a.explanation[-1].text:
        pytest.skip("the shipped head or rules read this message differently here")


@needs_model
def test_neighbours_name_no_kind_that_the_signs_do_not_fit(bank_of) -> None:  # type: ignore[no-untyped-def]
    text = "remember what you sent me? reply by 9 or i post it"  # no picture, recording or audience named
    before = triage.analyze_text(text)
    if before.verdict != triage.Verdict.UNCLEAR:
        pytest.skip("the shipped head or rules read this message differently here")
    bank_of([(t, "targeted") for t in _paraphrases(text)] + [("lunch at 1?", "not_extortion")])
    assert triage.analyze_text(text).verdict == triage.Verdict.UNCLEAR


@needs_model
def test_close_neighbours_of_one_kind_name_it_when_it_fits_the_signs(bank_of) -> None:  # type: ignore[no-untyped-def]
    _unsure_kind(bank_of)
    bank_of([(t, "targeted") for t in _paraphrases(UNSURE_KIND)] + [("lunch at 1?", "not_extortion")])
    named = triage.analyze_text(UNSURE_KIND)
    assert named.verdict == triage.Verdict.TARGETED
    assert "near_kind" in [s.id for s in named.signals]
    assert named.explanation[-1].text == (
        "4 of the 5 labelled messages most like it are threats aimed at one person over intimate pictures, which "
        "fits the signs found")


@needs_model
@pytest.mark.parametrize("label", ["mass_scam", "not_extortion"])
def test_neighbours_never_name_the_bulk_scam_nor_clear_a_threat(bank_of, label: str) -> None:  # type: ignore[no-untyped-def]
    _unsure_kind(bank_of)
    bank_of([(t, label) for t in _paraphrases(UNSURE_KIND)] + [("lunch at 1?", "not_extortion")])
    assert triage.analyze_text(UNSURE_KIND).verdict == triage.Verdict.UNCLEAR


@needs_model
def test_a_rescue_keeps_no_reason_that_contradicts_it(bank_of) -> None:  # type: ignore[no-untyped-def]
    _read(MIDDLING, triage.NEAR_RESCUE_MODEL, triage.MODEL_FLAG_ALONE)
    bank_of([(t, "targeted") for t in _paraphrases(MIDDLING)] + [("see you at 7 at the cafe", "not_extortion")])
    texts = [c.text for c in triage.analyze_text(MIDDLING).explanation]
    assert not any(t.endswith(triage.KEPT_READ) for t in texts), texts
    assert any(t.startswith("The learned model rates it") for t in texts), texts


# Buyers who pay the reader (written for this test): neighbours that are threats neither flag them nor name a kind.
BUYERS = ["ciao, puoi mandarmi altre foto della bici? se è a posto ti faccio subito un bonifico",
          "hey can u send more pics of the bike? if its ok ill transfer you the money tonight",
          "Hoi, kun je nog foto's van de fiets sturen? Als alles klopt betaal ik vanavond via tikkie"]


@needs_model
@pytest.mark.parametrize("text", BUYERS)
def test_a_buyer_who_pays_the_reader_is_not_rescued_by_threatening_neighbours(bank_of, text: str) -> None:  # type: ignore[no-untyped-def]
    bank_of([(t, "targeted") for t in _paraphrases(text)] + [("lunch at 1?", "not_extortion")])
    ids = [s.id for s in triage.analyze_text(text).signals]
    assert "near_extortion" not in ids and "near_kind" not in ids


def _build_script() -> Any:
    script = ROOT / "scripts" / "build_triage_neighbours.py"
    spec = importlib.util.spec_from_file_location("build_triage_neighbours", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_cache_keeps_each_files_vectors_by_its_hash(tmp_path: Path, model_ready: None) -> None:
    build = _build_script()
    source = tmp_path / "set.jsonl"
    rows = [{"id": "a", "label": "not_extortion", "text": "see you at 8"},
            {"id": "b", "label": "targeted", "text": "send 200 or your pics go to your school"}]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    cache = tmp_path / "cache"
    first = build.embed_file(source, rows, cache)
    assert first.shape == (2, 384) and first.dtype == np.float16
    kept = cache / f"{file_sha256(source)}.npy"
    assert kept.is_file() and np.array_equal(np.load(kept), first)
    # a kept file is read, not embedded again
    np.save(kept, np.zeros_like(first))
    assert not build.embed_file(source, rows, cache).any()
    # an edited file has another hash and is embedded again
    source.write_text(source.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = build.embed_file(source, rows, cache)
    assert np.allclose(again.astype(np.float32), first.astype(np.float32), atol=1e-3)
    # a kept file of another shape (a row added) is not trusted
    np.save(cache / f"{file_sha256(source)}.npy", np.zeros((5, 384), dtype=np.float16))
    assert build.embed_file(source, rows, cache).any()


def test_reused_vectors_are_the_recorded_banks_own_and_quantize_to_the_same_codes() -> None:
    build = _build_script()
    record = read_record()
    held = build.recorded_vectors(record)
    sources = record["neighbours"]["sources"]
    assert len(held) == len(sources)
    vectors = np.concatenate([held[(s["path"], s["sha256"], s["count"])] for s in sources])
    with np.load(package_dir() / "neighbours.npz", allow_pickle=False) as data:
        codes, scale = data["vectors"], data["scale"]
    again, again_scale = build.quantize(vectors)
    assert np.array_equal(again, codes) and np.allclose(again_scale, scale, rtol=1e-6)


def test_a_bank_that_does_not_match_its_record_gives_nothing_to_reuse() -> None:
    build = _build_script()
    record = json.loads(json.dumps(read_record()))
    record["neighbours"]["file_sha256"] = "0" * 64
    assert build.recorded_vectors(record) == {}
