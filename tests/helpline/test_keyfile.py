"""The helpline key file a person is given: any text gives a key or a calm refusal, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standfast.errors import InputError, UsageError
from standfast.helpline.bundle import key_file_text, read_key_file
from standfast.helpline.crypto import fingerprint_of, new_identity
from standfast.helpline.store import engine_url

_SECRET, PUBLIC = new_identity()


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_is_a_key_or_a_calm_refusal(tmp_path: Path, text: str) -> None:
    p = tmp_path / "k"
    p.write_text(text, encoding="utf-8")
    try:
        key = read_key_file(p)
    except (InputError, UsageError) as exc:
        assert "Traceback" not in str(exc)
    else:
        assert key.public in text


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)),
                        max_size=60).map(lambda s: "# " + s), max_size=5))
def test_the_key_is_found_among_any_comments(tmp_path: Path, comments: list[str]) -> None:
    p = tmp_path / "k"
    p.write_text("\n".join([*comments, PUBLIC, ""]), encoding="utf-8")
    try:
        key = read_key_file(p)
    except (InputError, UsageError):
        # only a comment that looks like a fingerprint line may refuse
        assert any("fingerprint:" in c.lower() for c in comments)
    else:
        assert key.public == PUBLIC and key.fingerprint == fingerprint_of(PUBLIC)


def test_the_printed_key_file_round_trips_and_a_changed_key_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "k"
    p.write_text(key_file_text(PUBLIC, "Our line"), encoding="utf-8")
    key = read_key_file(p)
    assert key.public == PUBLIC and key.name == "Our line"
    _s, other = new_identity()
    p.write_text(key_file_text(PUBLIC, "x").replace(PUBLIC, other), encoding="utf-8")
    with pytest.raises(InputError, match="does not match the fingerprint"):
        read_key_file(p)
    p.write_text(PUBLIC + "\n" + other + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="exactly one"):
        read_key_file(p)


@given(st.text(max_size=80))
def test_only_postgresql_urls_are_taken(text: str) -> None:
    try:
        url = engine_url(text)
    except UsageError:
        return
    assert url.startswith("postgresql+psycopg://")
