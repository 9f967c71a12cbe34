"""Pull every indicator police and platforms want out of a message, located by character span.

Crypto addresses (checksums verified; failures kept with ``valid=False``), payment handles and
methods, IBANs, phone numbers (E.164), e-mail addresses, URLs and domains (defanged, public-suffix
aware, offline), social handles, amounts, deadlines and quoted passwords. A quoted password's text is
never put in an :class:`Indicator`'s ``value``: only its span, so it cannot leak into logs or JSON.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import ahocorasick_rs

from standfast.analyze import patterns as P
from standfast.analyze.alternation import matches_at
from standfast.analyze.crypto import describe_address

if TYPE_CHECKING:
    import tldextract


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

PASSWORD_MASK = "********"

# Extra keys an indicator may carry besides the six of the JSON contract.
EXTRA_KEYS = ("network", "kind", "platform", "region", "note")


@dataclass
class Indicator:
    """One thing found in a message. ``start``/``end`` index the analysed text."""

    type: str
    value: str
    normalized: str | None
    valid: bool
    start: int
    end: int
    extra: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type, "value": self.value, "normalized": self.normalized, "valid": self.valid,
            "start": self.start, "end": self.end,
        }
        for key in EXTRA_KEYS:
            if key in self.extra:
                out[key] = self.extra[key]
        return out


@lru_cache(maxsize=1)
def _tld() -> tldextract.TLDExtract:
    import tldextract

    # No suffix_list_urls and no cache dir: the bundled public-suffix snapshot, never the network.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


_FILE_EXTS = _words(
    "png jpg jpeg gif pdf doc docx xls xlsx zip rar exe py md js css html htm txt php asp aspx "
    "json xml csv svg webp mp4 mov eml msg sh bat dll"
)
_TRAIL = ".,;:!?)]}>'\"»”’*"


def _defang(s: str) -> str:
    s = s.replace("[.]", ".").replace("(.)", ".").replace("[dot]", ".").replace("[:]", ":")
    s = s.replace("[@]", "@").replace("[at]", "@").replace("h[tt]p", "http")
    low = s[:6].lower()
    if low.startswith("hxxp"):
        s = "http" + s[4:]
    elif low.startswith("fxp"):
        s = "ftp" + s[3:]
    return s


@lru_cache(maxsize=4096)
def registered_domain(host: str) -> str | None:
    """example.co.uk for www.mail.example.co.uk; None when the suffix is not a public one."""
    host = host.strip(".").lower()
    if not host or len(host) > 253:
        return None
    ext = _tld()(host)
    if not ext.suffix or not ext.domain:
        return None
    return f"{ext.domain}.{ext.suffix}"


_DIGIT_TABLE = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))


_SURROGATE = re.compile("[\ud800-\udfff]")


class _Triggers:
    """Where each trigger keyword occurs in ``low``, found in one pass over the text.

    Extractors only run their patterns in windows around their keywords. One Aho-Corasick automaton
    (ahocorasick-rs, Rust; 1.7x faster here than pyahocorasick) finds every occurrence of all ~130
    keywords in a single linear scan; a trie-shaped regex searched once per hit cost ~0.2 ms per
    long message, ~130 ``str.find`` loops twice that.
    """

    __slots__ = ("_digits", "_pos", "low", "text")

    def __init__(self, text: str, low: str) -> None:
        self.text = text
        self.low = low
        pos: dict[str, list[int]] = {}
        if len(low) == len(text):
            auto, words = _trigger_automaton()
            try:
                matches = auto.find_matches_as_indexes(low, overlapping=True)
            except UnicodeEncodeError:  # lone surrogates: no keyword contains one, blank them out
                matches = auto.find_matches_as_indexes(_SURROGATE.sub("\ufffd", low), overlapping=True)
            for k, start, _end in matches:
                kw = words[k]
                found = pos.get(kw)
                if found is None:
                    pos[kw] = [start]
                else:
                    found.append(start)
        self._pos = pos
        self._digits: bytes | None = None

    def with_digits(self, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The windows that contain an ASCII digit: patterns that need one cannot match elsewhere."""
        if not windows:
            return windows
        if self._digits is None:
            self._digits = self.text.encode("ascii", "replace").translate(_DIGIT_TABLE)
        find = self._digits.find
        return [(a, b) for a, b in windows if find(b"0", a, b) != -1]

    def __contains__(self, word: str) -> bool:
        return word in self._pos

    def windows(self, words: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
        """Merged character windows around each occurrence of ``words``."""
        n = len(self.text)
        if len(self.low) != n:  # lowercasing changed offsets (rare scripts): scan everything
            return [(0, n)]
        spots: list[tuple[int, int]] = []
        pos = self._pos
        if not pos:  # no keyword at all in this text (most chat lines)
            return spots
        # Walk whichever is shorter: the keywords asked for, or those the text holds (a few).
        if len(pos) < len(words):
            wanted = _word_set(words)
            hits = [(w, found) for w, found in pos.items() if w in wanted]
        else:
            hits = [(w, found) for w in words if (found := pos.get(w))]
        for w, found in hits:
            k = len(w) + after
            spots.extend((max(0, i - before), min(n, i + k)) for i in found)
        if not spots:
            return spots
        spots.sort()
        merged: list[tuple[int, int]] = []
        for a, b in spots:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        return merged


@lru_cache(maxsize=256)
def _word_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(words)


@lru_cache(maxsize=1)
def _trigger_automaton() -> tuple[ahocorasick_rs.AhoCorasick, tuple[str, ...]]:
    """An automaton over every trigger keyword (overlapping matches, character offsets) and the
    keywords by pattern index."""
    words = tuple(sorted({w for group in _TRIGGER_GROUPS for w in group}))
    # A DFA: the same matches in the same order, found 2.3x faster on real mail than the default automaton
    # (built in about a millisecond, a few hundred kilobytes for these keywords).
    return ahocorasick_rs.AhoCorasick(list(words), implementation=ahocorasick_rs.Implementation.DFA), words


def _windows(trig: _Triggers, words: tuple[str, ...], before: int, after: int) -> list[tuple[int, int]]:
    return trig.windows(words, before, after)


def _finditer(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for a, b in windows:
        yield from pattern.finditer(text, a, b)


class _Spans:
    """Tracks claimed character ranges so one piece of text yields one indicator."""

    def __init__(self) -> None:
        self._starts: list[int] = []  # sorted, ranges never overlap
        self._ends: list[int] = []

    def taken(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # ranges starting before `end`
        return i > 0 and self._ends[i - 1] > start

    def take(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


_RUN_TABLE = bytes(97 if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else 32 for c in range(256))
_BASE58 = frozenset("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")


def _crypto_shape(s: str) -> bool:
    """Could this alphanumeric run be an address we extract from text (mainnet forms only)?"""
    n = len(s)
    low = s[:5].lower()
    if low.startswith(("bc1", "ltc1")):
        return n <= 90
    if s[:2] in ("0x", "0X"):
        return n == 42
    if s[0] in "48" and n in (95, 106):
        return True
    return s[0] in "13LMT" and 25 <= n <= 35 and all(c in _BASE58 for c in s)


_RUN25 = b"a" * 25


def _long_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, run) of ASCII-alphanumeric runs of 25+ characters (not touching another letter
    or digit): where addresses can be. The text is mapped to one byte per character (alphanumeric ->
    "a", anything else -> " ") and the runs are found with ``bytes.find``: C speed, no per-word work."""
    shape = text.encode("ascii", "replace").translate(_RUN_TABLE)
    find = shape.find
    n = len(text)
    i = find(_RUN25)
    while i != -1:
        j = find(b" ", i + 25)
        if j == -1:
            j = n
        # Non-ASCII letters and digits (mapped to " ") still join a word: such runs are not addresses.
        if not ((i > 0 and text[i - 1].isalnum()) or (j < n and text[j].isalnum())):
            yield i, j, text[i:j]
        i = find(_RUN25, j)


def _crypto(text: str, spans: _Spans, out: list[Indicator]) -> None:
    for a, b, run in _long_runs(text):
        if not _crypto_shape(run) or spans.taken(a, b):
            continue
        info = describe_address(run)
        if info is None:
            continue
        if not info.valid and info.network == "tron":
            continue  # "T" + 33 letters that fail the checksum are mostly ordinary tokens
        if not info.valid and info.network == "litecoin" and len(run) != 34:
            continue
        spans.take(a, b)
        extra = {"network": info.network, "kind": info.type}
        if info.note:
            extra["note"] = info.note
        out.append(Indicator("crypto_address", run, info.normalized, info.valid, a, b, extra))


_SCHEME = re.compile(r"^[a-zA-Z]+://")


def _urls(text: str, low: str, trig: _Triggers, spans: _Spans, out: list[Indicator]) -> None:
    patterns = []
    if "//" in text:
        patterns.append(P.URL)
    if "www" in low:
        patterns.append(P.WWW)
    for pattern in patterns:
        for m in (_www_matches(text, low) if pattern is P.WWW else _url_matches(text)):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "./@-"):
                continue
            raw = m.group().rstrip(_TRAIL)
            if len(raw) < 8 or spans.taken(m.start(), m.start() + len(raw)):
                continue
            url = _defang(raw)
            if pattern is P.WWW:
                url = "http://" + url
            host = _SCHEME.sub("", url, 1).split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
            host = host.rsplit("@", 1)[-1].split(":", 1)[0]
            domain = registered_domain(host)
            spans.take(m.start(), m.start() + len(raw))
            extra = {"note": f"domain {domain}"} if domain else {}
            out.append(Indicator("url", raw, url, domain is not None, m.start(), m.start() + len(raw), extra))
            if domain in _PROFILE_DOMAINS:
                _handle_from_url(url, m.start(), m.start() + len(raw), out)


def _url_matches(text: str) -> Iterator[re.Match[str]]:
    """``P.URL.finditer(text)``, trying the pattern only where a match can start.

    The pattern opens with ``[hHfF]``, which the regex engine tries at every "h" and "f" of the text. Every
    match holds "//" 3 to 10 characters after its start (the shortest scheme is "fp:", the longest
    "h[tt]ps[:]"), so its start is an "h" or "f" in the ten characters before a "//" that ``str.find``
    reaches at C speed; those are tried in order, skipping starts inside the previous match (as a scan
    would). A text with very many "//" is scanned by the regex.
    """
    if text.count("//") > _MANY_CANDIDATES:
        yield from P.URL.finditer(text)
        return
    starts: set[int] = set()
    q = text.find("//")
    while q != -1:
        for p in range(max(0, q - 10), q - 2):
            if text[p] in "hHfF":
                starts.add(p)
        q = text.find("//", q + 1)
    yield from matches_at(P.URL, text, sorted(starts))


# Above this many candidate positions a Python loop over them costs more than the regex scan it saves.
_MANY_CANDIDATES = 512


def _www_matches(text: str, low: str) -> Iterator[re.Match[str]]:
    """``P.WWW.finditer(text)``, but jumping between "www" found by ``str.find``: the pattern starts
    with the character class [wW], which the regex engine tries at every "w" of the text."""
    if len(low) != len(text) or low.count("www") > _MANY_CANDIDATES:  # hostile "wwwwww…": stay in C
        yield from P.WWW.finditer(text)
        return
    match = P.WWW.match
    i = low.find("www")
    while i != -1:
        m = match(text, i)
        if m is None:
            i = low.find("www", i + 1)
        else:
            yield m
            i = low.find("www", m.end())


_URL_HANDLES = (
    (re.compile(r"(?i)^https?://(?:www\.)?instagram\.com/([A-Za-z0-9_.]{1,30})/?$"), "instagram"),
    (re.compile(r"(?i)^https?://(?:www\.)?snapchat\.com/add/([A-Za-z0-9_.-]{1,30})"), "snapchat"),
    (re.compile(r"(?i)^https?://(?:www\.)?tiktok\.com/@([A-Za-z0-9_.]{1,30})"), "tiktok"),
    (re.compile(r"(?i)^https?://(?:www\.)?(?:t|telegram)\.me/([A-Za-z0-9_]{3,32})"), "telegram"),
    (re.compile(r"(?i)^https?://(?:www\.)?wa\.me/([0-9]{6,15})"), "whatsapp"),
    (re.compile(r"(?i)^https?://(?:www\.)?(?:twitter|x)\.com/([A-Za-z0-9_]{1,15})/?$"), "x"),
    (re.compile(r"(?i)^https?://(?:www\.)?kik\.me/([A-Za-z0-9_.]{2,30})"), "kik"),
    (re.compile(r"(?i)^https?://(?:www\.)?discord(?:\.gg|\.com/invite)/([A-Za-z0-9-]{2,32})"), "discord"),
    (re.compile(r"(?i)^https?://(?:www\.)?(?:facebook|fb)\.com/([A-Za-z0-9.]{3,50})/?$"), "facebook"),
)


# Registered domains of the profile URLs above: other URLs skip the nine patterns.
_PROFILE_DOMAINS = frozenset(("instagram.com", "snapchat.com", "tiktok.com", "t.me", "telegram.me", "wa.me",
                              "twitter.com", "x.com", "kik.me", "discord.gg", "discord.com", "facebook.com",
                              "fb.com"))


def _handle_from_url(url: str, start: int, end: int, out: list[Indicator]) -> None:
    for pattern, platform in _URL_HANDLES:
        m = pattern.match(url)
        if m:
            handle = m.group(1)
            out.append(Indicator("social_handle", handle, f"{platform}:{handle.lower()}", True, start, end,
                                 {"platform": platform}))
            return


# The characters of an address's local part (the class :data:`patterns.EMAIL` opens with).
_LOCAL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-"


def _email_matches(text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """``_finditer(P.EMAIL, text, windows)``, trying the pattern only where a match can start.

    The pattern opens with a lookbehind, so the regex engine tries it at every character of a window (326
    per "@"). A match is a run of local-part characters, not preceded by one, that ends at the separator
    ("@", "[@]" or "[at]", none of whose first characters is a local-part character): so it can only start
    where the run that ends at a separator starts, when that run is 1-64 characters long. Those starts are
    found from each separator with ``str.find`` and ``str.rstrip``, and the pattern is matched there, in
    order, skipping starts inside the previous match (as a scan would).
    """
    for a, b in windows:
        starts: set[int] = set()
        for sep in ("@", "[at]"):
            q = text.find(sep, a, b)
            while q != -1:
                end = q - 1 if sep == "@" and q > 0 and text[q - 1] == "[" else q  # "[@]"
                before = text[max(0, end - 65) : end]
                run = len(before) - len(before.rstrip(_LOCAL_CHARS))
                if 0 < run <= 64 and end - run >= a:
                    starts.add(end - run)
                q = text.find(sep, q + 1, b)
        done = a
        for start in sorted(starts):
            if start < done:
                continue
            m = P.EMAIL.match(text, start, b)
            if m is not None:
                yield m
                done = m.end()


def _emails(text: str, low: str, trig: _Triggers, spans: _Spans, out: list[Indicator]) -> None:
    if "@" not in text and "[at]" not in low:
        return
    for m in _email_matches(text, _windows(trig, ("@", "[at]"), 66, 260)):
        if spans.taken(m.start(), m.end()):
            continue
        addr = _defang(m.group()).strip(".")
        domain = registered_domain(addr.rsplit("@", 1)[1])
        spans.take(m.start(), m.end())
        out.append(Indicator("email", m.group(), addr.lower(), domain is not None, m.start(), m.end()))


_DOT_WORD = re.compile(r"(?:\.|\[\.\]|\(\.\)|\[dot\])[a-zA-Z]{2,24}\b")
# The same words in two scans: the plain dot opens with a literal, which the regex engine skips to at C
# speed (twice as fast as the alternation on real mail), and the defanged forms are looked for only in a
# text that holds one. No match of one overlaps a match of the other (a defanged separator holds no dot
# followed by a letter, and no match holds a bracket after its separator), so together they are the
# matches of the alternation (tested).
_DOT_WORD_PLAIN = re.compile(r"\.[a-zA-Z]{2,24}\b")
_DOT_WORD_DEFANGED = re.compile(r"(?:\[\.\]|\(\.\)|\[dot\])[a-zA-Z]{2,24}\b")


def _dot_words(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`_DOT_WORD`'s matches in ``text``, in order."""
    spans = [m.span() for m in _DOT_WORD_PLAIN.finditer(text)]
    if "[.]" in text or "(.)" in text or "[dot]" in text:
        spans.extend(m.span() for m in _DOT_WORD_DEFANGED.finditer(text))
        spans.sort()
    return spans


def _domains(text: str, spans: _Spans, out: list[Indicator]) -> None:
    windows: list[tuple[int, int]] = []
    taken = spans.taken
    n = len(text)
    last_a, last_b = -1, -1
    for s, e in _dot_words(text):
        if taken(s, e):
            continue
        a = s - 100 if s > 100 else 0
        b = e + 1 if e < n else n
        if a <= last_b:
            last_b = b
        else:
            if last_b >= 0:
                windows.append((last_a, last_b))
            last_a, last_b = a, b
    if last_b >= 0:
        windows.append((last_a, last_b))
    for m in _finditer(P.DOMAIN, text, windows):
        if spans.taken(m.start(), m.end()):
            continue
        raw = m.group()
        host = _defang(raw).lower()
        if host.rsplit(".", 1)[-1] in _FILE_EXTS or "." not in host:
            continue
        domain = registered_domain(host)
        if domain is None:
            continue
        # "e.g" / "i.e." style abbreviations have one-letter labels; real domains rarely do.
        if len(domain.split(".", 1)[0]) < 2:
            continue
        spans.take(m.start(), m.end())
        out.append(Indicator("domain", raw, host, True, m.start(), m.end(), {"note": f"registered {domain}"}))


_PHONE_WORDS = ("phone", "tel:", "tel.", "tel ", "call me", "call us", "call at", "text me", "sms", "whatsapp",
                "mobile", "cell:", "cell ", "telefon", "teléfono", "téléphone", "telefoon", "celular", "móvil",
                "movil", "handy")


def _phones(text: str, low: str, trig: _Triggers, spans: _Spans, out: list[Indicator]) -> None:
    candidates: list[tuple[int, int, str]] = []
    if "+" in text:
        for m in P.PHONE_INTL.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "+"):
                continue
            candidates.append((m.start(), m.end(), m.group()))
    for m in _finditer(P.PHONE_CONTEXT, text, trig.with_digits(_windows(trig, _PHONE_WORDS, 1, 45))):
        candidates.append((m.start(1), m.end(1), m.group(1)))
    if not candidates:
        return
    # Imported on first use: most messages hold no phone number, and the import costs ~20 ms of a
    # one-message command's start.
    import phonenumbers

    for start, end, raw in candidates:
        if spans.taken(start, end):
            continue
        digits = re.sub(r"[^0-9+]", "", raw)
        if digits.startswith("00"):
            digits = "+" + digits[2:]
        try:
            num = phonenumbers.parse(digits, None if digits.startswith("+") else "US")
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_possible_number(num):
            continue
        valid = phonenumbers.is_valid_number(num)
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        region = phonenumbers.region_code_for_number(num) or ""
        spans.take(start, end)
        extra = {"region": region} if region else {}
        out.append(Indicator("phone", raw, e164, valid, start, end, extra))


_STOP_PASSWORDS = _words(
    "required expired incorrect invalid weak strong too not the your being about going set changed reset "
    "compromised correct wrong secure safe still now also case sensitive protected needed missing empty "
    "valid shown below above sent here there stored encrypted hidden known leaked different same easy "
    "hard simple long short this that used unique important requested updated change protect"
)


_PASSWORD_WORDS = ("password", "passwd", "passcode", "contrase", "senha", "mot de passe", "passwort", "kennwort",
                   "wachtwoord", "hasło", "haslo")


def _passwords(text: str, low: str, trig: _Triggers, spans: _Spans, out: list[Indicator]) -> None:
    for m in _finditer(P.PASSWORD, text, _windows(trig, _PASSWORD_WORDS, 1, 120)):
        quote, secret = m.group(1), m.group(2).rstrip(".,;:!?)")
        if len(secret) < 4:
            continue
        plain_word = secret.isalpha() and secret.islower()
        if secret.lower() in _STOP_PASSWORDS or (plain_word and not quote and ":" not in m.group()):
            continue
        start = m.start(2)
        end = start + len(secret)
        spans.take(start, end)
        out.append(Indicator("password", PASSWORD_MASK, None, True, start, end,
                             {"note": "a password is quoted; change it wherever you used it"}))


_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₿": "BTC", "r$": "BRL",
             "dollar": "USD", "dollars": "USD", "dolares": "USD", "dólares": "USD", "dollari": "USD",
             "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "reais": "BRL", "real": "BRL",
             "franc": "CHF", "francs": "CHF", "bitcoin": "BTC", "bitcoins": "BTC", "litecoin": "LTC",
             "litecoins": "LTC", "ether": "ETH", "ethers": "ETH", "zł": "PLN", "zlotych": "PLN", "złotych": "PLN"}


def parse_number(raw: str, *, crypto: bool) -> Decimal | None:
    s = raw.replace("\u00a0", " ").replace("'", "").strip()
    seps = [c for c in s if c in ",. "]
    if not seps:
        digits = s
    else:
        last = max(s.rfind(","), s.rfind("."), s.rfind(" "))
        tail = s[last + 1 :]
        # "1,550" / "1.490" in fiat are thousands; "0,15 BTC" and "1.5" are decimals.
        if len(tail) == 3 and not crypto and s[0] != "0" and not s.startswith((".", ",")):
            digits = re.sub(r"[,. ]", "", s)
        else:
            digits = re.sub(r"[,. ]", "", s[:last]) + "." + tail
    try:
        value = Decimal(digits or "0")
    except InvalidOperation:
        return None
    return value


_AMOUNT_WORDS = ("$", "€", "£", "¥", "₿", "usd", "eur", "gbp", " cad", " aud", "chf", " brl", " mxn", " ars",
                 " cop", " pln", " inr", "btc", "ltc", " eth", "xmr", "usdt", " trx", "dollar", "dólar", "dolar",
                 "euro", "pound", "reais", " real ", "francs", "bitcoin", "litecoin", " ether", "zł", "zloty", "złot")


def _amounts(text: str, low: str, trig: _Triggers, spans: _Spans, out: list[Indicator]) -> None:
    for m in _finditer(P.AMOUNT, text, trig.with_digits(_windows(trig, _AMOUNT_WORDS, 26, 26))):
        if spans.taken(m.start(), m.end()):
            continue
        code_raw = (m.group("sym") or m.group("code") or "").strip()
        num_raw = m.group("n1") or m.group("n2") or ""
        code = _CURRENCY.get(code_raw.lower(), code_raw.upper())
        value = parse_number(num_raw, crypto=code in ("BTC", "LTC", "ETH", "XMR", "USDT", "TRX"))
        if value is None or value <= 0:
            continue
        spans.take(m.start(), m.end())
        out.append(Indicator("amount", m.group(), f"{value.normalize():f} {code}", True, m.start(), m.end()))


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10, "twelve": 12,
    "twenty-four": 24, "twenty four": 24, "forty-eight": 48, "forty eight": 48, "seventy-two": 72,
    "seventy two": 72, "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "dois": 2,
    "duas": 2, "quatro": 4, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "ein": 1, "einen": 1, "eine": 1,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "funf": 5, "due": 2, "tre": 3, "quattro": 4, "cinque": 5,
    "een": 1, "twee": 2, "drie": 3, "vijf": 5,
}


def _unit_hours(unit: str) -> float:
    u = unit.lower()
    if u.startswith(("min",)):
        return 1 / 60
    if u in ("h", "hr", "hrs", "std", "uur", "ore", "godzin") or u.startswith(("hour", "hora", "heure", "stund")):
        return 1
    return 24


# Unit words that start a deadline ("48 hours", "2 días"); "48h" is found by _DIGIT_H below.
_UNIT_WORDS = ("hour", "hrs", "day", "hora", "heure", "stund", " ore", " uur", "dias", "días", "jour", "tage",
               "giorni", "dagen", "godzin", " dni", "minut")
_DIGIT_H = re.compile(r"[0-9][ ]?h\b")
_DIGIT_H_TABLE = bytes(48 if 48 <= c <= 57 else c if c in (32, 104) else 35 for c in range(256))


def _digit_h(text: str) -> list[re.Match[str]]:
    """``list(_DIGIT_H.finditer(text))``: candidates ("5h", "5 h") found with ``bytes.find`` in a
    one-byte-per-character shape of the text, each confirmed by the regex (for its \\b)."""
    shape = text.encode("ascii", "replace").translate(_DIGIT_H_TABLE)
    starts: list[int] = []
    for probe in (b"0h", b"0 h"):
        i = shape.find(probe)
        while i != -1:
            starts.append(i)
            i = shape.find(probe, i + 1)
    match = _DIGIT_H.match
    return [m for m in map(match, [text] * len(starts), sorted(starts)) if m is not None]


def _deadlines(text: str, low: str, trig: _Triggers, spans: _Spans, out: list[Indicator],
               reference_time: datetime | None) -> None:
    windows = _windows(trig, _UNIT_WORDS, 16, 10)
    if "h" in text:
        extra = [(max(0, m.start() - 4), m.end() + 1) for m in _digit_h(text)]
        if extra:
            windows = sorted(windows + extra)
    for m in _finditer(P.DEADLINE, text, windows):
        if spans.taken(m.start(), m.end()):
            continue
        n_raw = m.group("n").lower()
        n = int(n_raw) if n_raw.isdigit() else _NUMBER_WORDS.get(n_raw)
        if not n:
            continue
        hours = n * _unit_hours(m.group("u"))
        if not 1 <= hours <= 24 * 31:
            continue
        spans.take(m.start(), m.end())
        duration = f"PT{int(hours)}H" if hours == int(hours) else f"PT{int(hours * 60)}M"
        if reference_time is not None:
            due = (reference_time + timedelta(hours=hours)).isoformat()
            out.append(Indicator("deadline", m.group(), due, True, m.start(), m.end(), {"note": duration}))
        else:
            out.append(Indicator("deadline", m.group(), duration, True, m.start(), m.end(),
                                 {"note": "message time unknown"}))


_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "BY": 28,
    "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


def iban_valid(iban: str) -> bool:
    """ISO 13616 check: right length for the country and mod-97 remainder 1."""
    s = iban.replace(" ", "").upper()
    if _IBAN_LENGTHS.get(s[:2]) != len(s) or not s.isalnum():
        return False
    rearranged = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


_IBAN_TABLE = bytes(65 if 65 <= c <= 90 else 48 if 48 <= c <= 57 else 32 for c in range(256))
_GIFT_WORDS = ("card", "gutschein", "geschenk", "cadeau", "regalo", "presente")
_METHOD_WORDS = ("western union", "moneygram", "zelle", "venmo", "cash app", "cashapp", "paypal", "revolut", "remitly")
_IBAN_WORDS = ("iban", "bank", "konto", "rekening", "cuenta", "conta", "compte", "conto", "swift")


def _payments(text: str, low: str, trig: _Triggers, spans: _Spans, out: list[Indicator]) -> None:
    if "$" in text:
        cashapp = "cash app" in low or "cashapp" in low or "cash.app" in low
        for m in P.CASHTAG.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_$"):
                continue
            tag = m.group(1)
            if spans.taken(m.start(), m.end()) or (not cashapp and tag.isupper()):
                continue
            if not cashapp and not any(c.isalpha() for c in tag):
                continue
            spans.take(m.start(), m.end())
            out.append(Indicator("payment_handle", m.group(), f"cashapp:${tag.lower()}", True, m.start(), m.end(),
                                 {"platform": "cashapp"}))
    if "paypal" in low:
        for m in P.PAYPAL_ME.finditer(text):
            spans.take(m.start(), m.end())
            out.append(Indicator("payment_handle", m.group(), f"paypal:{m.group(1).lower()}", True, m.start(),
                                 m.end(), {"platform": "paypal"}))
    for m in _finditer(P.GIFT_CARD, text, _windows(trig, _GIFT_WORDS, 16, 12)):
        brand = (m.group(1) or "").strip()
        label = f"{brand.title()} gift card" if brand else "gift card"
        out.append(Indicator("payment_method", m.group().strip(), label.lower(), True, m.start(), m.end()))
    for m in _finditer(P.PAYMENT_METHOD, text, _windows(trig, _METHOD_WORDS, 1, 14)):
        name = m.group(1).lower().replace(" ", "")
        if spans.taken(m.start(), m.end()):
            continue
        out.append(Indicator("payment_method", m.group(), name, True, m.start(), m.end()))
    for m in _finditer(P.IBAN, text, trig.with_digits(_windows(trig, _IBAN_WORDS, 0, 80))):
        compact = m.group().replace(" ", "")
        if _IBAN_LENGTHS.get(compact[:2]) != len(compact) or spans.taken(m.start(), m.end()):
            continue
        spans.take(m.start(), m.end())
        out.append(Indicator("iban", m.group(), compact, iban_valid(compact), m.start(), m.end()))
    # Anywhere else an IBAN is reported only when its check digits are right (mod-97 and the
    # country's length): a chance match of a product code passes that about once in 97 * 26 tries,
    # so the keyword gate is only needed to report mistyped ones.
    # Two capitals then two digits: candidates found with bytes.find in a one-byte-per-character
    # shape, each tried with the regex (which would otherwise be tried at every capital letter).
    shape = text.encode("ascii", "replace").translate(_IBAN_TABLE)
    if b"AA00" not in shape:
        return
    if shape.count(b"AA00") > _MANY_CANDIDATES:  # hostile "AB12 AB12 …": let the regex skip them in C
        search = P.IBAN_ANYWHERE.search

        def next_start(pos: int) -> int:
            found = search(text, pos)
            return -1 if found is None else found.start()
    else:
        def next_start(pos: int) -> int:
            return shape.find(b"AA00", pos)

    match = P.IBAN_ANYWHERE.match
    a = next_start(0)
    while a != -1:
        found = match(text, a)
        if found is None or (a > 0 and (text[a - 1].isalnum() or text[a - 1] == "_")):
            a = next_start(a + 1)
            continue
        m = found
        compact = m.group().replace(" ", "")
        if (_IBAN_LENGTHS.get(compact[:2]) == len(compact) and not spans.taken(a, m.end())
                and iban_valid(compact)):
            spans.take(a, m.end())
            out.append(Indicator("iban", m.group(), compact, True, a, m.end()))
            a = next_start(m.end())
        else:
            a = next_start(a + 1)


_PLATFORM_NAMES = {"ig": "instagram", "insta": "instagram", "sc": "snapchat", "snap": "snapchat", "tg": "telegram",
                   "fb": "facebook", "twitter": "x"}


_HANDLE_WORDS = ("instagram", "insta", "ig:", "snap", "sc:", "tiktok", "discord", "telegram", "tg:", "whatsapp",
                 "kik ", "kik:", "twitter", "facebook", "fb:", "signal:", "wickr", "skype")


def _handles(text: str, low: str, trig: _Triggers, spans: _Spans, out: list[Indicator]) -> None:
    found: set[tuple[str, str]] = set()
    windows = _windows(trig, _HANDLE_WORDS, 1, 60)
    for pattern in (P.HANDLE_LABELED, P.HANDLE_AT):
        for m in _finditer(pattern, text, windows):
            platform = m.group("p").lower()
            platform = _PLATFORM_NAMES.get(platform, platform)
            handle = m.group("h").rstrip(".")
            if platform == "x" and pattern is P.HANDLE_LABELED:
                continue  # "x: something" is too often not a handle
            if handle.lower() in ("is", "me", "the", "and", "or", "at", "on", "to", "my", "your", "com"):
                continue
            if spans.taken(m.start("h"), m.end("h")) or (platform, handle.lower()) in found:
                continue
            found.add((platform, handle.lower()))
            spans.take(m.start("h"), m.end("h"))
            out.append(Indicator("social_handle", handle, f"{platform}:{handle.lower()}", True, m.start("h"),
                                 m.end("h"), {"platform": platform}))


_TRIGGER_GROUPS = (_PASSWORD_WORDS, ("@", "[at]"), _PHONE_WORDS, _AMOUNT_WORDS, _UNIT_WORDS, _GIFT_WORDS, _METHOD_WORDS,
                   _IBAN_WORDS, _HANDLE_WORDS)


def extract_message_batch(batch: list[tuple[str, datetime | None]]) -> list[list[Indicator]]:
    """:func:`extract_indicators` over many (text, reference time) pairs: the unit of work an importer
    hands to a worker process. Lives here so that a worker imports this module only."""
    return [extract_indicators(text, reference_time=when) for text, when in batch]


def extract_indicators(text: str, *, reference_time: datetime | None = None) -> list[Indicator]:
    """Every indicator in ``text``, sorted by position. Never raises on odd input."""
    spans = _Spans()
    out: list[Indicator] = []
    low = text.lower()
    trig = _Triggers(text, low)
    # Order matters: URLs first so tracking tokens inside them are not read as crypto addresses,
    # passwords before e-mails so "password: a@b.c" stays a (masked) password.
    _passwords(text, low, trig, spans, out)
    _urls(text, low, trig, spans, out)
    _crypto(text, spans, out)
    _emails(text, low, trig, spans, out)
    _payments(text, low, trig, spans, out)
    _handles(text, low, trig, spans, out)
    _domains(text, spans, out)
    _amounts(text, low, trig, spans, out)
    _phones(text, low, trig, spans, out)
    _deadlines(text, low, trig, spans, out, reference_time)
    out.sort(key=lambda i: (i.start, i.end))
    return out
