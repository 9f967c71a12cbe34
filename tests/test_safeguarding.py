"""The safeguarding policy table: every combination of case and item facts (hypothesis), and the rules
it must never break."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from standfast import safeguarding as sg
from standfast.errors import Refused, UsageError

cases = st.builds(sg.CaseFacts, st.sampled_from(list(sg.Age)))
items = st.builds(sg.ItemFacts, media=st.booleans(), intimate=st.booleans(), reviewed=st.booleans(),
                  carries_media=st.booleans(), has_bytes=st.booleans(),
                  status=st.sampled_from(["active", "withdrawn", "purged"]), status_reason=st.just("why"),
                  kind=st.sampled_from(["file", "note", "url", "hash_only", "link"]))


@given(cases, items, st.booleans())
def test_a_minors_possibly_intimate_media_never_leaves_as_bytes(case: sg.CaseFacts, item: sg.ItemFacts,
                                                                 chosen: bool) -> None:
    if case.minor and (item.media or item.carries_media) and sg.possibly_intimate(case, item):
        assert not sg.export(case, item, include_intimate=chosen).allowed
        assert not sg.copy(case, item, chosen=chosen).allowed
        on_screen = sg.view(case, item, reveal=chosen)
        assert on_screen.view is not sg.View.FULL and not on_screen.can_reveal
        assert sg.view(case, item, where=sg.Where.REPORT, blur_in_reports=chosen).view is sg.View.HIDDEN
        if item.media:
            assert sg.storage(case, item).hashes_only


@given(cases, items, st.booleans())
def test_intimate_items_are_blurred_and_out_of_exports_unless_chosen(case: sg.CaseFacts, item: sg.ItemFacts,
                                                                     chosen: bool) -> None:
    if not item.intimate:
        return
    assert sg.view(case, item, reveal=False).view is not sg.View.FULL
    assert sg.view(case, item, where=sg.Where.REPORT, blur_in_reports=True).view is not sg.View.FULL
    assert not sg.export(case, item, include_intimate=False).allowed
    if not case.minor and item.has_bytes and item.status == "active":
        assert sg.export(case, item, include_intimate=True).allowed is True
        assert sg.copy(case, item, chosen=True).allowed and not sg.copy(case, item, chosen=False).allowed


@given(cases, items, st.booleans())
def test_plain_evidence_travels_in_every_case(case: sg.CaseFacts, item: sg.ItemFacts, chosen: bool) -> None:
    """Screenshots, chat text, notes, mail without media: a minor's package holds them too."""
    plain = (not item.intimate and item.reviewed and not item.carries_media and item.has_bytes
             and item.status == "active")
    if plain:
        assert sg.export(case, item, include_intimate=chosen).allowed
        assert sg.storage(case, item).storage is sg.Storage.BYTES
        assert sg.view(case, item).view is sg.View.FULL
        assert sg.copy(case, item).allowed


@given(cases, items, st.booleans(), st.booleans())
def test_every_decision_has_a_reason(case: sg.CaseFacts, item: sg.ItemFacts, reveal: bool, chosen: bool) -> None:
    for d in (sg.export(case, item, include_intimate=chosen), sg.copy(case, item, chosen=chosen)):
        assert d.reason and d.reason[0].isalpha()
    assert sg.view(case, item, reveal=reveal).reason
    assert sg.storage(case, item).reason


@given(cases, items)
def test_an_adults_items_are_never_hashed_in_place_by_the_policy(case: sg.CaseFacts, item: sg.ItemFacts) -> None:
    if not case.minor:
        assert sg.storage(case, item).storage is sg.Storage.BYTES


@given(items, st.booleans())
def test_withdrawn_purged_and_hash_only_items_never_travel(item: sg.ItemFacts, chosen: bool) -> None:
    case = sg.CaseFacts(sg.Age.ADULT)
    if item.status != "active" or not item.has_bytes:
        assert not sg.export(case, item, include_intimate=chosen).allowed


def test_age_parse_and_one_definition() -> None:
    assert sg.Age.parse("MINOR") is sg.Age.MINOR and sg.Age.parse(None) is sg.Age.UNKNOWN
    with pytest.raises(UsageError):
        sg.Age.parse("teen")

    class _Case:
        age_group = "minor"

    assert sg.CaseFacts.of(_Case()).minor
    assert sg.takedown_audiences(sg.CaseFacts(sg.Age.MINOR)) == ("minor",)
    assert sg.takedown_audiences(sg.CaseFacts(sg.Age.UNKNOWN)) == ("adult", "minor")
    assert not sg.may_include_intimate(sg.CaseFacts(sg.Age.MINOR))


def test_refusal_is_typed() -> None:
    decision = sg.copy(sg.CaseFacts(sg.Age.MINOR), sg.ItemFacts(media=True, intimate=True))
    with pytest.raises(Refused, match="under 18"):
        decision.ensure()


def test_unreviewed_sources() -> None:
    class _Item:
        kind, mime, intimate, status, status_reason = "file", "image/jpeg", False, "active", None
        source, blob_id, original_name = "import:whatsapp", "b", "x.jpg"

    facts = sg.ItemFacts.of(_Item())
    assert not facts.reviewed and facts.media
    minor = sg.CaseFacts(sg.Age.MINOR)
    assert not sg.export(minor, facts).allowed and sg.export(sg.CaseFacts(sg.Age.ADULT), facts).allowed


@given(cases, items)
def test_words_are_read_from_everything_but_what_someone_marked_intimate(case: sg.CaseFacts,
                                                                           item: sg.ItemFacts) -> None:
    decision = sg.read_text(case, item)
    assert decision.allowed is (not item.intimate)
    assert decision.reason and decision.reason[0].isalpha()
