"""Indicator extraction on hand-written messages: every type, spans, defanging, validation."""

from __future__ import annotations

from datetime import UTC, datetime

from standfast.analyze.crypto import describe_address
from standfast.analyze.indicators import PASSWORD_MASK, extract_indicators, iban_valid

MSG = (
    "Your password is: Tr0ub4dor&3 . Send $1,550 in Bitcoin to 16trAbrqfAkfpN2zoJ2gQQdsYebkspgHpQ within 48 hours.\n"
    "Or bc1qe326j9z2ym3wfdn0kdqvk4pf5vdljl9fh0gz2l, ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed.\n"
    "Site hxxp://evil[.]example[.]com/pay , mail bad.guy@proton.me, call +44 20 7946 0958.\n"
    "Cash App $JohnDoe12, paypal.me/scammer, IBAN DE89 3704 0044 0532 0130 00, Steam gift cards, Western Union.\n"
    "Add me on snapchat: cool_guy22. 0,15 BTC. Zwei Tage. ltc1qrgc5xdxw30mezyj9qwtvdjgjeymcl55hass3qh\n"
    "https://instagram.com/some.user"
)


def _by_type(items, t):  # type: ignore[no-untyped-def]
    return [i for i in items if i.type == t]


def test_every_type_found_with_exact_spans() -> None:
    ref = datetime(2024, 1, 1, tzinfo=UTC)
    found = extract_indicators(MSG, reference_time=ref)
    for i in found:
        if i.type != "password":
            assert MSG[i.start : i.end] == i.value or (i.type == "social_handle" and i.value in MSG[i.start : i.end])
    crypto = {i.value: i for i in _by_type(found, "crypto_address")}
    assert crypto["16trAbrqfAkfpN2zoJ2gQQdsYebkspgHpQ"].extra["network"] == "bitcoin"
    assert crypto["ltc1qrgc5xdxw30mezyj9qwtvdjgjeymcl55hass3qh"].extra["network"] == "litecoin"
    assert crypto["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"].valid
    url = _by_type(found, "url")[0]
    assert url.normalized == "http://evil.example.com/pay"
    assert _by_type(found, "email")[0].normalized == "bad.guy@proton.me"
    assert _by_type(found, "phone")[0].normalized == "+442079460958"
    assert {i.normalized for i in _by_type(found, "payment_handle")} == {"cashapp:$johndoe12", "paypal:scammer"}
    assert _by_type(found, "iban")[0].valid
    methods = {i.normalized for i in _by_type(found, "payment_method")}
    assert "steam gift card" in methods and "westernunion" in methods
    handles = {i.normalized for i in _by_type(found, "social_handle")}
    assert {"snapchat:cool_guy22", "instagram:some.user"} <= handles
    amounts = {i.normalized for i in _by_type(found, "amount")}
    assert {"1550 USD", "0.15 BTC"} <= amounts
    deadlines = _by_type(found, "deadline")
    assert deadlines[0].normalized == "2024-01-03T00:00:00+00:00"
    assert any(d.value.lower() == "zwei tage" for d in deadlines)


def test_password_text_never_in_indicator() -> None:
    found = extract_indicators("Hello. Your password was: s3cr3t-Pw!! and I know it.")
    (pw,) = _by_type(found, "password")
    assert pw.value == PASSWORD_MASK and pw.normalized is None
    assert "s3cr3t" not in str(pw.to_json())


def test_ordinary_password_sentences_are_not_passwords() -> None:
    assert not _by_type(extract_indicators("Your password is required to continue."), "password")
    assert not _by_type(extract_indicators("Your password was changed yesterday."), "password")


def test_bad_checksums_are_reported_not_dropped() -> None:
    found = extract_indicators("pay to 1CKUjp9VNWFd1ysDbsq27dK9icG3vjeGr or 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")
    assert [i.valid for i in _by_type(found, "crypto_address")] == [False, False]


def test_tracking_tokens_inside_urls_are_not_addresses() -> None:
    text = "click https://t.example.com/ls/click?upn=1BoatSLRHtKNngkdXEeobR76b53LETtpyT123abc"
    assert not _by_type(extract_indicators(text), "crypto_address")


def test_tron_and_monero() -> None:
    assert describe_address("TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE").network == "tron"  # type: ignore[union-attr]
    xmr = "4" + "A" + "1" * 93
    assert describe_address(xmr).network == "monero"  # type: ignore[union-attr]


def test_iban_check_digits() -> None:
    assert iban_valid("GB82 WEST 1234 5698 7654 32")
    assert not iban_valid("GB82 WEST 1234 5698 7654 33")
    found = extract_indicators("bank: GB82 WEST 1234 5698 7654 33")
    assert _by_type(found, "iban")[0].valid is False


def test_deadline_without_date_is_a_duration() -> None:
    (d,) = _by_type(extract_indicators("You have 72 hours."), "deadline")
    assert d.normalized == "PT72H"
