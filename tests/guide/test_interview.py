"""Answers: validation, normalization, round trips, and the question list."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.errors import InputError
from standfast.guide.interview import PLATFORMS, QUESTIONS, Answers, normalize_platform, questions


def test_everything_is_skippable():
    answers = Answers.from_dict({})
    assert answers == Answers()
    assert all(q["skippable"] for q in questions("en"))
    assert answers.directory_age == "unknown"


def test_normalization():
    a = Answers.from_dict({"safe_now": "yes", "role": "Helper", "age_group": "MINOR", "country": "uk",
                           "region": "scotland", "platforms": "IG, snap, Twitter", "demands": "money crypto",
                           "paid": "no", "deadline": "  48   hours "})
    assert a.safe_now is True and a.role == "helper" and a.age_group == "minor"
    assert a.country == "GB" and a.region == "GB-SCT"
    assert a.platforms == ["instagram", "snapchat", "x"]
    assert a.demands == ["money", "crypto"] and a.paid is False and a.deadline == "48 hours"
    assert a.taken_under_18 is True  # a minor's images were taken under 18
    assert a.directory_age == "helper"


@pytest.mark.parametrize("bad", [
    {"age_group": "teen"}, {"country": "Narnia"}, {"platforms": ["myspace2"]}, {"paid": "maybe"},
    {"nonsense": 1}, {"deadline": "x" * 500}, {"platforms": 5}, {"region": "Atlantis", "country": "GB"},
])
def test_bad_answers_are_refused_calmly(bad):
    with pytest.raises(InputError):
        Answers.from_dict(bad)


def test_from_dict_refuses_non_objects():
    with pytest.raises(InputError):
        Answers.from_dict(["a"])


def test_questions_translate():
    es = {q["id"]: q for q in questions("es")}
    assert es["safe_now"]["text"] == "¿Estás a salvo ahora mismo?"
    assert [q.id for q in QUESTIONS][:3] == ["safe_now", "role", "age_group"]


def test_platform_aliases():
    assert normalize_platform(" Tik Tok ") == "tiktok"
    assert normalize_platform("hotmail") == "microsoft"


answer_dicts = st.fixed_dictionaries({}, optional={
    "safe_now": st.sampled_from([None, True, False, "yes", "no", ""]),
    "role": st.sampled_from([None, "self", "helper"]),
    "age_group": st.sampled_from([None, "minor", "adult"]),
    "country": st.sampled_from([None, "US", "gb", "Mexico", "INT"]),
    "platforms": st.lists(st.sampled_from(PLATFORMS), max_size=5),
    "demands": st.lists(st.sampled_from(["money", "crypto", "meeting"]), max_size=3),
    "deadline": st.one_of(st.none(), st.text(max_size=50)),
    "images_shared": st.sampled_from([None, "yes", "no", "not_sure"]),
})


@settings(max_examples=200, deadline=None)
@given(answer_dicts)
def test_round_trip(data):
    answers = Answers.from_dict(data)
    assert Answers.from_dict(answers.to_dict()) == answers


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from([f.name for f in Answers.__dataclass_fields__.values()] + ["junk"]),
                       st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=30),
                                 st.lists(st.text(max_size=10), max_size=3))))
def test_arbitrary_input_is_valid_or_a_calm_error(data):
    try:
        Answers.from_dict(data)
    except InputError as exc:
        assert str(exc)
