"""Every regular expression used to find indicators, in one place so each can be tested for speed.

Rules that keep them linear on hostile input: every repetition is bounded, alternatives inside a
repetition start with different characters, and no two adjacent quantified parts can match the
same text. ``tests/analyze/test_redos.py`` runs each one against hypothesis-generated bait with a
time limit.
"""

from __future__ import annotations

import re

B58 = "1-9A-HJ-NP-Za-km-z"

# Any run long enough to be an address; classified and validated in Python (one scan, not four).
CRYPTO_CANDIDATE = re.compile(r"[0-9A-Za-z]{25,110}")
BASE58_ADDR = re.compile(rf"(?<![A-Za-z0-9])[13LMT][{B58}]{{24,34}}(?![A-Za-z0-9])")
BECH32_ADDR = re.compile(
    r"(?<![A-Za-z0-9])(?:bc|BC|tb|TB|ltc|LTC|bcrt|BCRT)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}(?![A-Za-z0-9])"
)
ETH_ADDR = re.compile(r"(?<![A-Za-z0-9])0[xX][0-9a-fA-F]{40}(?![0-9A-Za-z])")
XMR_ADDR = re.compile(rf"(?<![A-Za-z0-9])[48][{B58}]{{94}}(?:[{B58}]{{11}})?(?![A-Za-z0-9])")

_URL_BODY = r"[^\s<>\"'\[\](){}]{1,2000}(?:(?:\[\.\]|\(\.\)|\[dot\])[^\s<>\"'\[\](){}]{1,2000}){0,20}"
# Starts with a plain character class (fast scan); the word boundary before it is checked in code.
URL = re.compile(r"[hHfF](?:[tT][tT]|[xX][xX]|\[tt\])?[pP][sS]?(?::|\[:\])//" + _URL_BODY)
WWW = re.compile(r"[wW]{3}(?:\.|\[\.\])" + _URL_BODY)
DOMAIN = re.compile(
    r"(?i)(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.|\[\.\]|\(\.\)|\[dot\])){1,8}"
    r"[a-z]{2,24}(?![\w-])"
)
EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}(?:@|\[@\]|\[at\])"
    r"(?:[A-Za-z0-9-]{1,63}(?:\.|\[\.\])){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])"
)

PHONE_INTL = re.compile(r"\+[1-9][0-9 \t().-]{6,18}[0-9](?![\w])")
PHONE_CONTEXT = re.compile(
    r"(?i)\b(?:phone|tel|call|text|sms|whatsapp|mobile|cell|telefone|tel[eé]fono|t[eé]l[eé]phone|telefon|"
    r"telefono|telefoon|celular|m[oó]vil|handy|cellulare)\b[^0-9(\n]{0,15}(\(?[0-9][0-9 \t().-]{6,16}[0-9])"
)

PASSWORD = re.compile(
    r"(?i)\b(?:e-?mail password|password|passwd|passcode|contrase(?:ñ|n)a|senha|mot de passe|passwort|"
    r"kennwort|wachtwoord|has(?:ł|l)o)\b[^\n:=]{0,40}?"
    r"(?:\b(?:is|was|es|era|est|(?:é|e)|ist|war|(?:è)|was|is|to)\b|[:=])[ \t]{0,3}"
    r"([\"'“‘«]?)([^\s\"'”’»<>]{4,64})"
)

_FIAT = r"USD|EUR|GBP|CAD|AUD|CHF|BRL|MXN|ARS|COP|PLN|INR|US\$|R\$"
_CRYPTO = r"BTC|LTC|ETH|XMR|USDT|TRX"
_WORDS = (r"dollars?|d[oó]lares|dollari|euros?|pounds?|reais|real|francs?|bitcoins?|litecoins?|"
          r"ethers?|zł|z[lł]otych")
_NUM = r"[0-9]{1,3}(?:[,.' \u00a0][0-9]{3}){1,4}(?:[.,][0-9]{1,8})?|[0-9]{1,12}(?:[.,][0-9]{1,8})?|[.,][0-9]{1,8}"
AMOUNT = re.compile(
    rf"(?i)(?:(?P<sym>[$€£¥₿]|{_FIAT}|{_CRYPTO})[ \t\u00a0]?(?P<n1>{_NUM})(?![0-9])"
    rf"|(?<![0-9.,])(?P<n2>{_NUM})[ \t\u00a0]?(?P<code>[$€£¥₿]|{_FIAT}|{_CRYPTO}|{_WORDS})(?![A-Za-z]))"
)

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|ten|twelve|twenty[- ]four|forty[- ]eight|seventy[- ]two|"
                 r"un|una|uno|dos|tres|cuatro|cinco|dois|duas|quatro|deux|trois|quatre|cinq|ein|einen|eine|"
                 r"zwei|drei|vier|f(?:ü|u)nf|due|tre|quattro|cinque|een|twee|drie|vijf")
_UNITS = (r"hours?|hrs?|h|days?|horas?|heures?|stunden|std|ore|uur|d(?:í|i)as|jours?|tagen?|giorni|"
          r"dagen|dag|godzin|dni|minutes?|minutos|minuten|minuti")
DEADLINE = re.compile(
    rf"(?i)(?<![\w.,])(?P<n>[0-9]{{1,3}}|{_NUMBER_WORDS})[ \t\u00a0-]{{0,2}}\(?(?P<u>{_UNITS})(?![\w])"
)

CASHTAG = re.compile(r"\$([A-Za-z][A-Za-z0-9_-]{1,19})(?![\w-])")
PAYPAL_ME = re.compile(r"(?i)\bpaypal\.me/([A-Za-z0-9_.-]{1,40})")
GIFT_CARD = re.compile(
    r"(?i)\b(apple|itunes|google play|steam|amazon|razer gold|ebay|vanilla|visa|sephora|target|walmart|"
    r"xbox|playstation|psn|netflix|roblox)?[ \t]{0,2}(?:gift[ \t]{0,2}cards?|giftcards?|cards?[ \t]de[ \t]regalo|"
    r"cart(?:ã|a)o[ \t]presente|cartes?[ \t]cadeaux?|geschenkkarten?|gutscheine?)\b"
)
PAYMENT_METHOD = re.compile(r"(?i)\b(western union|moneygram|zelle|venmo|cash ?app|paypal|revolut|remitly)\b")
IBAN = re.compile(r"\b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
# The same shape without the leading \b, so the scan skips to two capitals at C speed (the word
# boundary before it is checked in code): used over the whole text for checksum-valid IBANs.
IBAN_ANYWHERE = re.compile(r"[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")

_PLATFORMS = (r"instagram|insta|ig|snapchat|snap|sc|tiktok|discord|telegram|tg|whatsapp|kik|twitter|"
              r"x|facebook|fb|signal|wickr|skype")
HANDLE_LABELED = re.compile(
    rf"(?i)\b(?P<p>{_PLATFORMS})\b[ \t]{{0,3}}(?:(?:id|username|user|handle|name|account)[ \t]{{0,3}})?"
    r"(?:[:=]|is|-)[ \t]{0,3}@?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,31}(?:#[0-9]{4})?)"
)
HANDLE_AT = re.compile(rf"(?i)\b(?P<p>{_PLATFORMS})\b[^\n@]{{0,20}}@(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{{1,31}})")

# Exposed for the ReDoS tests: every pattern above, by name.
ALL: dict[str, re.Pattern[str]] = {
    name: value for name, value in dict(globals()).items() if isinstance(value, re.Pattern)
}
