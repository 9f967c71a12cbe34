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
