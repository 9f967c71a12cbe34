"""Notice texts hold what their law asks for; payments are read and checked without a guess."""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from standfast.errors import UsageError
from standfast.services import cases, tracker
from standfast.tracker.notices import NoticeInput, make_notice
from standfast.tracker.payments import check_payment, parse_amount, parse_currency, parse_method

FULL = NoticeInput(name="Sam Doe", signature="Sam Doe", contact="sam@example.invalid",
                   urls=("https://example.invalid/post/1",), description="A photo of me.", platform="ExampleSite")


def test_tida_request_has_signature_good_faith_identification_and_contact() -> None:
    n = make_notice("us-take-it-down-act", FULL)
    assert n.complete and n.missing == []
    for needed in ("Signature: Sam Doe", "good faith", "https://example.invalid/post/1", "sam@example.invalid",
                   "48 hours", "Public Law 119-12"):
        assert needed in n.text
    assert all(s in n.text for s in n.sources)


def test_an_incomplete_request_says_what_is_missing_and_marks_the_gaps() -> None:
    n = make_notice("us-take-it-down-act", NoticeInput(platform="ExampleSite"))
    assert not n.complete
    assert any("signature" in m for m in n.missing) and any("contact" in m for m in n.missing)
    assert any("web address" in m for m in n.missing)
    assert "[type your full name here as your signature]" in n.text


def test_ai_made_images_are_named_in_the_request() -> None:
    n = make_notice("us-take-it-down-act", NoticeInput(**{**FULL.__dict__, "ai_made": True}))
    assert "digital forgery" in n.text


def test_uk_and_eu_texts_cite_their_law() -> None:
    uk = make_notice("gb-online-safety-act", FULL)
    assert "section 66B of the Sexual Offences Act 2003" in uk.text and "Online Safety Act 2023" in uk.text
    eu = make_notice("eu-dsa-art16", FULL)
    assert "Article 16" in eu.text and "bona fide" in eu.text and "https://example.invalid/post/1" in eu.text
    assert eu.complete


def test_unknown_notice_kind_is_a_clear_error() -> None:
    with pytest.raises(UsageError, match="Known notices"):
        make_notice("no-such", FULL)


def test_payment_provider_notice_and_ic3_fields(vault: Any) -> None:
    from standfast.tracker.payments import ic3_fields

    case = cases.create_case(vault, title="paid", country="US", age="adult").id
    p = tracker.record_payment(vault, case, amount="1,200.50", currency="usd", method="Cash App",
                               to="$planted-tag", txid="T-1", at=tracker.parse_time("2026-11-30 18:00"))
    assert (p.amount, p.currency, p.method) == ("1200.5", "USD", "cash_app")
    n = tracker.make_notice(vault, case, "payment-provider", NoticeInput(name="Sam"), payment_ref=p.id)
    assert "$planted-tag" in n.text and "1200.5 USD" in n.text and "T-1" in n.text
    labels = dict(ic3_fields(p))
    assert labels["Date"] == "2026-11-30" and labels["Amount"] == "1200.5 USD"
    with pytest.raises(UsageError):
        tracker.record_payment(vault, case, amount="-3", currency="USD", method="paypal", to="x")
    assert len(tracker.list_payments(vault, case)) == 1


def test_crypto_addresses_are_checked_with_their_checksum() -> None:
    good = check_payment("crypto", "BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    assert [c.ok for c in good] == [True]
    typo = check_payment("crypto", "BTC", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp")
    assert typo and not typo[0].ok
    eth_for_btc = check_payment("crypto", "BTC", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    assert [c.check for c in eth_for_btc if not c.ok] == ["crypto_network"]
    assert "not checked" in check_payment("gift_card", "USD", "card")[0].words


@given(st.decimals(min_value=Decimal("0.00000001"), max_value=Decimal("1e12"), places=8, allow_nan=False))
def test_amounts_round_trip(value: Decimal) -> None:
    assert Decimal(parse_amount(format(value, "f"))) == value


@given(st.text(max_size=30))
def test_amount_parser_never_crashes(text: str) -> None:
    try:
        out = parse_amount(text)
    except UsageError:
        return
    assert Decimal(out) > 0


@given(st.text(max_size=12))
def test_currency_and_method_parsers_never_crash(text: str) -> None:
    for parse in (parse_currency, parse_method):
        with contextlib.suppress(UsageError):
            parse(text)


@given(st.text(max_size=40))
def test_time_parser_never_crashes(text: str) -> None:
    try:
        when = tracker.parse_time(text)
    except UsageError:
        return
    assert when is None or when.tzinfo is not None


def test_time_parser_reads_a_zone_and_local_time() -> None:
    from datetime import UTC, datetime

    assert tracker.parse_time("2026-05-20T14:30:00+02:00") == datetime(2026, 5, 20, 12, 30, tzinfo=UTC)
    assert tracker.parse_time("2026-05-20 14:30") == datetime(2026, 5, 20, 14, 30).astimezone(UTC)
    assert tracker.parse_time("  ") is None
