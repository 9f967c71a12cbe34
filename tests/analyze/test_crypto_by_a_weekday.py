"""A weekday is a time limit beside cryptocurrency asked for ("Wir fordern 2 Bitcoin bis Freitag"), which no bill asks;
the same weekday in a bill or an invoice is no deadline. The wordings are this file's own (rules alone)."""

from __future__ import annotations

import pytest
from tests.analyze.rules_only import rules_verdict as _rules


@pytest.mark.parametrize("text", [
    "Wir fordern 3 Bitcoin bis Donnerstag, sonst erfahren Ihre Kunden von dem Datenleck.",
    "Nous exigeons 1 BTC avant vendredi. Vous savez ce qui arrivera à votre site.",
    "Usted tiene que pagarnos 2 BTC antes del viernes. Ya sabe lo que pasará con su tienda.",
])
def test_crypto_asked_by_a_weekday_is_a_demand_with_a_deadline(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    "Bitte zahlen Sie die Rechnung über 80 Euro bis Freitag.",
    "Please pay your invoice of 120 euros by Friday. Thank you for your custom.",
    "Rappel : merci de régler la facture de 45 € avant vendredi.",
])
def test_a_bill_by_a_weekday_is_no_deadline_demand(text: str) -> None:
    assert _rules(text) == "not_extortion"


@pytest.mark.parametrize("text", [
    "Pay 3 BTC by Thursday 9pm.",
    "Transfer 0.4 BTC to the wallet within 24 hours.",
])
def test_crypto_asked_by_a_time_with_nobody_named_is_a_deadline_demand(text: str) -> None:
    assert _rules(text) != "not_extortion"


@pytest.mark.parametrize("text", [
    "Buy bitcoin before Friday and get 10% off your first order!",
    "Invest 0.1 BTC within 24 hours and watch it grow with our trading bot.",
])
def test_crypto_offered_for_sale_by_a_time_is_no_demand(text: str) -> None:
    assert _rules(text) == "not_extortion"
