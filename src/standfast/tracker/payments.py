"""Money already paid: reading what the person typed, checking what can be checked, and the fields
IC3 asks for.

What is checked: the amount is a positive decimal; the currency is an ISO 4217 code (``pycountry``)
or a known crypto ticker; a crypto address is recognised and its checksum tested by
``standfast.analyze.crypto`` (base58check, bech32/bech32m, EIP-55), and its network compared with the
currency. Gift-card code formats are not checked: no source we hold states them, so nothing is
said about them rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from standfast.errors import UsageError

METHODS = {
    "gift_card": "gift card", "cash_app": "Cash App", "paypal": "PayPal", "venmo": "Venmo", "zelle": "Zelle",
    "bank_transfer": "bank transfer", "crypto": "cryptocurrency", "money_transfer": "money transfer service",
    "card": "debit or credit card", "other": "other",
}
_METHOD_ALIASES = {"giftcard": "gift_card", "gift-card": "gift_card", "cashapp": "cash_app", "cash-app": "cash_app",
                   "bank": "bank_transfer", "wire": "bank_transfer", "bitcoin": "crypto", "btc": "crypto",
                   "ethereum": "crypto", "eth": "crypto", "cryptocurrency": "crypto", "western_union": "money_transfer",
                   "moneygram": "money_transfer"}
# Crypto tickers and the networks standfast.analyze.crypto names for their addresses.
CRYPTO = {"BTC": ("bitcoin",), "LTC": ("litecoin",), "ETH": ("ethereum",), "USDT": ("ethereum", "tron"),
          "USDC": ("ethereum",), "TRX": ("tron",), "XMR": ("monero",)}


def parse_method(value: str) -> str:
    key = value.strip().lower().replace(" ", "_")
    key = _METHOD_ALIASES.get(key, key)
    if key not in METHODS:
        raise UsageError(f"{value!r} is not a payment method the tracker knows. Use one of: {', '.join(METHODS)}.")
    return key


def parse_amount(value: str) -> str:
    text = value.strip().replace(" ", "")
    if "," in text and "." in text:  # 1,200.50
        text = text.replace(",", "")
    elif "," in text:  # 12,50 (a decimal comma) or 1,200 (thousands)
        head, _, tail = text.rpartition(",")
        text = f"{head.replace(',', '')}.{tail}" if len(tail) <= 2 else text.replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise UsageError(f"{value!r} is not an amount. Type it as a number, e.g. 250 or 1200.50.") from None
    if not amount.is_finite() or amount <= 0:
        raise UsageError("The amount must be more than zero.")
    if amount >= 10**15:
        raise UsageError("That amount is too large to be right. Type it as it appears on the receipt.")
    if amount.as_tuple().exponent < -8:  # type: ignore[operator]  # finite: exponent is an int
        raise UsageError("The amount has more than 8 decimal places. Type it as it appears on the receipt.")
    return format(amount.normalize(), "f")


def parse_currency(value: str) -> str:
    import pycountry

    code = value.strip().upper()
    if code in CRYPTO:
        return code
    if len(code) == 3 and pycountry.currencies.get(alpha_3=code) is not None:
        return code
    raise UsageError(f"{value!r} is not a currency code the tracker knows. Use a code such as USD, GBP, EUR or BTC.")


@dataclass(frozen=True)
class Check:
    check: str
    ok: bool
    words: str

    def to_dict(self) -> dict[str, Any]:
        return {"check": self.check, "ok": self.ok, "words": self.words}


def check_payment(method: str, currency: str, to_account: str) -> list[Check]:
    """What can be checked about where the money went. A failed check is shown, never a refusal."""
    from standfast.analyze.crypto import describe_address

    checks: list[Check] = []
    account = to_account.strip()
    if method == "crypto" or currency in CRYPTO:
        info = describe_address(account)
        if info is None:
            checks.append(Check("crypto_address", False, "This does not look like a crypto address Standfast can "
                                                          "check. Copy it again from the message or the wallet."))
        elif not info.valid:
            checks.append(Check("crypto_address", False, f"This looks like a {info.network} address, but its "
                                                          "checksum does not hold: a character may be mistyped."))
        else:
            note = f" ({info.note})" if info.note else ""
            checks.append(Check("crypto_address", True, f"A valid {info.network} address{note}."))
            wanted = CRYPTO.get(currency)
            if wanted is not None and info.network not in wanted:
                checks.append(Check("crypto_network", False, f"The address is a {info.network} address, but the "
                                                              f"currency given is {currency}. Please check both."))
    if method == "gift_card":
        checks.append(Check("gift_card", True, "Gift-card codes are not checked (no source states their formats). "
                                               "Keep the card, its receipt and a photo of the back."))
    return checks


def ic3_fields(payment: Any) -> list[tuple[str, str]]:
    """The financial-transaction fields IC3's complaint form asks for (account, date, amount, receiver)."""
    return [
        ("Transaction type", METHODS.get(payment.method, payment.method)),
        ("Amount", f"{payment.amount} {payment.currency}"),
        ("Date", payment.paid_at.date().isoformat() if payment.paid_at else "(not recorded)"),
        ("Who received the money (account, address or handle)", payment.to_account),
        ("Transaction id", payment.txid or "(not recorded)"),
    ]
