"""The verdict on one message: mass scam, targeted sextortion, other extortion, or not extortion.

Rules, not a black box: each concept found (hacking claim, camera claim, sexual claim, crypto demand,
deadline, threat to contacts …) becomes a plain-language signal, and the verdict follows from which
combinations are present. A bulk scam is recognised by its *shape* (claims + payment + threat), so
new wordings and other languages are caught; near-copies of known campaigns are named as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any, cast

from standfast.analyze.indicators import Indicator, extract_indicators
from standfast.analyze.lexicon import ACCENT_BAIT, FIRST_PERSON
from standfast.analyze.matcher import find_concepts, tokenize
from standfast.analyze.normalize import html_to_text, looks_like_html, many_non_ascii, non_ascii_spans, normalize

VERDICTS = ("mass_scam", "targeted", "other_extortion", "not_extortion")

SIGNAL_TEXT = {
    "claims_hacked": "Says it hacked your device or account",
    "claims_camera": "Says it recorded you through your camera",
    "sexual_claim": "Talks about porn or sexual videos of you",
    "asks_crypto": "Asks for bitcoin or another cryptocurrency",
    "crypto_address": "Gives a cryptocurrency address to pay to",
    "demands_payment": "Demands money",
    "deadline": "Gives you a deadline to pay",
    "threatens_contacts": "Threatens to send something to your friends, family or contacts",
    "pressure": "Uses pressure tricks like 'don't go to the police' or 'I will know when you read this'",
    "own_account": "Says it was sent from your own account — a trick, sender addresses are easy to fake",
    "quotes_password": "Quotes a password — scammers get these from old data leaks",
    "obfuscation": "Hides words with look-alike letters, codes or invisible characters to get past spam filters",
    "known_campaign": "Matches a known scam that was sent to very many people",
    "claims_specific": "Says they have your pictures or know your followers, family or school",
    "platform": "Mentions an app where these chats often start",
    "asks_gift_cards": "Asks for gift cards or a payment app",
    "asks_more_images": "Asks for more pictures or videos",
    "business_hack": "Says it hacked a website, database or server",
    "violence": "Threatens to hurt you",
    "nothing_found": "No threat and no demand for money found",
}

SUMMARY = {
    "mass_scam": (
        "This message was sent to very many people. There is almost certainly no video. Do not pay and do not "
        "reply. If it quotes a real password of yours, change that password everywhere you used it."
    ),
    "targeted": (
        "Someone may really have pictures of you. You did nothing wrong. Do not pay and do not send more: "
        "paying rarely ends it. Save the messages and the account name before you block, then report them and "
        "tell someone you trust."
    ),
    "other_extortion": (
        "This is an extortion attempt, but not about intimate images. Do not pay. Keep the message and report it."
    ),
    "not_extortion": "We found no threat and no demand for money in this message.",
}


@dataclass
class Signal:
    id: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "text": self.text}


@dataclass
class Analysis:
    """The result for one input. ``to_json()`` is the CLI's ``--json`` contract."""

    source: str
    verdict: str
    confidence: float
    signals: list[Signal] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    campaign: str | None = None
    error: str | None = None

    @property
    def summary(self) -> str:
        return SUMMARY.get(self.verdict, "")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "verdict": self.verdict,
            "confidence": round(self.confidence, 2),
            "signals": [s.to_json() for s in self.signals],
            "indicators": [i.to_json() for i in self.indicators],
            "campaign": self.campaign,
        }
        if self.error is not None:
            out["error"] = self.error
        return out




def _accentable_chars() -> frozenset[str]:
    """The BMP characters that can hide in an accented ASCII word: those whose lowercase NFD form is
    ASCII plus combining marks (é, ñ, combining acute, Kelvin sign …). Astral characters count too."""
    import unicodedata

    return frozenset(chr(c) for c in range(0x80, 0x10000)
                     if all(x.isascii() or unicodedata.combining(x)
                            for x in unicodedata.normalize("NFD", chr(c).lower())))


_ACCENTABLE = _accentable_chars()


@lru_cache(maxsize=1)
def _accentable_regex() -> re.Pattern[str]:
    """Runs of accentable characters as one regex class (BMP ranges, compiled to a bitmap, plus all
    astral planes)."""
    cps = sorted(ord(c) for c in _ACCENTABLE)
    ranges: list[str] = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        ranges.append(f"\\u{cps[i]:04x}" if i == j else f"\\u{cps[i]:04x}-\\u{cps[j]:04x}")
        i = j + 1
    return re.compile("[" + "".join(ranges) + "\\U00010000-\\U0010ffff]+")


def _accentable_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the maximal runs of accentable characters, in order. They are all non-ASCII,
    so only the non-ASCII runs (found at C speed) are looked at character by character."""
    accentable = _ACCENTABLE
    if many_non_ascii(text):  # mostly non-Latin text: let the regex engine walk it
        for m in _accentable_regex().finditer(text):
            yield m.span()
        return
    for a, b in non_ascii_spans(text):
        i = a
        while i < b:
            c = text[i]
            if c in accentable or c > "\uffff":
                j = i + 1
                while j < b and (text[j] in accentable or text[j] > "\uffff"):
                    j += 1
                yield i, j
                i = j
            else:
                i += 1


_SINGULAR = frozenset(("i", "ive", "im", "my", "me"))


def _first_person_near(tokens: list[str], positions: list[int], window: int = 6,
                       people: frozenset[str] = FIRST_PERSON) -> int:
    """How many distinct ``positions`` have an I/we word just before them ("I hacked", "we gained access")."""
    n = 0
    for p in sorted(set(positions)):
        if any(t in people for t in tokens[max(0, p - window) : p + 1]):
            n += 1
    return n


def _accent_tricks(text: str) -> int:
    """English bait words written with accents ("bítcóin"), a filter-evasion trick.

    Only words that contain an accentable (non-ASCII) character can be such words: find their runs
    (inside the non-ASCII runs, which ``bytes.find`` locates) and widen each to its word, instead of
    a word regex whose backtracking is quadratic on long ASCII runs (it took a third of all triage
    time on real mail).
    """
    import unicodedata

    count = 0
    n = len(text)
    done = 0
    for run_start, run_end in _accentable_runs(text):
        a, b = run_start, run_end
        if a < done:
            continue
        # Widen to the surrounding word: letters, digits, "_" and other non-space non-ASCII characters.
        while a > 0 and run_start - a <= 20 and _word_char(text[a - 1]):
            a -= 1
        while b < n and b - run_end <= 20 and _word_char(text[b]):
            b += 1
        done = b
        word = text[a:b]
        if len(word) > 20 or word.isspace():
            continue
        plain = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
        if plain.strip(".,:;!?\"'()") in ACCENT_BAIT:
            count += 1
    return count


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_" or (not c.isascii() and not c.isspace())


@dataclass
class _Features:
    hack: int = 0
    hack_i: int = 0
    camera: int = 0
    business_claim: int = 0
    sexual: int = 0
    crypto_words: int = 0
    crypto_valid: int = 0
    crypto_any: int = 0
    payment: int = 0
    amount: int = 0
    deadline: int = 0
    spread: int = 0
    pressure: int = 0
    own_account: int = 0
    password: int = 0
    business: int = 0
    violence: int = 0
    specific: int = 0
    platform: int = 0
    payment_app: int = 0
    more_images: int = 0
    obfuscation: int = 0


def _features(norm_text: str, tricks: dict[str, int], indicators: list[Indicator], raw: str) -> _Features:
    tokens = tokenize(norm_text)
    hits = find_concepts(tokens)
    f = _Features()
    f.hack = _first_person_near(tokens, hits.get("hack", []))
    f.hack_i = _first_person_near(tokens, hits.get("hack", []), people=_SINGULAR)
    # A camera is only a claim when someone says *they* filmed ("I recorded", "my software filmed").
    f.camera = _first_person_near(tokens, hits.get("recording", []), window=8)
    if not f.camera and f.hack:
        # "My virus gives me access to your devices (microphone, camera…)": a camera named close to
        # a first-person intrusion claim is a camera claim too.
        claims = [p for p in hits.get("hack", []) if any(t in FIRST_PERSON for t in tokens[max(0, p - 6) : p + 1])]
        f.camera = sum(1 for r in hits.get("recording", []) if any(abs(r - c) <= 25 for c in claims))
    f.business_claim = len(set(hits.get("business_claim", [])))
    f.sexual = len(hits.get("sexual", []))
    f.crypto_words = len(hits.get("crypto", []))
    f.payment = len(hits.get("payment", []))
    f.spread = len(hits.get("spread", []))
    f.pressure = len(hits.get("pressure", []))
    f.own_account = len(hits.get("own_account", []))
    f.business = len(hits.get("business", []))
    f.violence = len(hits.get("violence", []))
    f.specific = len(hits.get("specific", []))
    f.platform = len(hits.get("platform", []))
    f.payment_app = len(hits.get("payment_app", []))
    f.more_images = len(hits.get("more_images", []))
    for ind in indicators:
        if ind.type == "crypto_address":
            f.crypto_any += 1
            if ind.valid and ind.extra.get("kind") != "btc_wif":
                f.crypto_valid += 1
        elif ind.type == "amount":
            f.amount += 1
        elif ind.type == "deadline":
            f.deadline += 1
        elif ind.type == "password":
            f.password += 1
        elif ind.type in ("payment_handle", "payment_method"):
            f.payment_app += 1
    f.obfuscation = sum(tricks.values())
    if not raw.isascii():
        f.obfuscation += _accent_tricks(raw)
    return f


def _decide(f: _Features) -> tuple[str, float, list[str]]:
    crypto = f.crypto_words > 0 or f.crypto_valid > 0
    money = crypto or f.payment > 0 or f.amount > 0 or f.payment_app > 0
    threat = f.spread > 0
    hack = f.hack > 0
    camera = f.camera > 0
    sexual = f.sexual > 0
    signals: list[str] = []
    if hack:
        signals.append("claims_hacked")
    if camera:
        signals.append("claims_camera")
    if sexual:
        signals.append("sexual_claim")
    if f.specific:
        signals.append("claims_specific")
    if f.business_claim:
        signals.append("business_hack")
    if f.violence:
        signals.append("violence")
    if crypto:
        signals.append("asks_crypto")
    if f.crypto_valid:
        signals.append("crypto_address")
    if f.payment or f.amount:
        signals.append("demands_payment")
    if f.payment_app:
        signals.append("asks_gift_cards")
    if f.more_images:
        signals.append("asks_more_images")
    if f.deadline:
        signals.append("deadline")
    if threat:
        signals.append("threatens_contacts")
    if f.pressure:
        signals.append("pressure")
    if f.own_account:
        signals.append("own_account")
    if f.password:
        signals.append("quotes_password")
    if f.obfuscation >= 2:
        signals.append("obfuscation")
    if f.platform:
        signals.append("platform")

    # How much of the bulk-scam shape is present: claims, demand, threat, pressure.
    shape = sum((hack, camera, sexual, crypto, f.deadline > 0, threat, f.pressure > 0 or f.own_account > 0,
                 f.password > 0, f.obfuscation >= 2))
    strong_claim = (hack or camera) and (sexual or (hack and camera))

    # Bulk "I hacked your device and recorded you" scams.
    if strong_claim and (crypto or (money and (f.deadline or threat))):
        return "mass_scam", min(0.99, 0.55 + 0.06 * shape), signals
    if sexual and f.crypto_valid and (threat or f.deadline) and not f.specific and not f.business_claim:
        return "mass_scam", min(0.95, 0.5 + 0.05 * shape), signals
    if hack and crypto and (threat or f.deadline) and f.business_claim == 0 and f.violence == 0:
        return "mass_scam", min(0.9, 0.45 + 0.05 * shape), signals
    if camera and f.crypto_valid and (threat or f.deadline) and not f.business_claim and not f.specific:
        return "mass_scam", min(0.9, 0.45 + 0.05 * shape), signals
    # Pasted fragments often lack the payment part: the claim and the threat are enough.
    if strong_claim and threat and not f.specific and not f.business_claim:
        return "mass_scam", min(0.85, 0.4 + 0.05 * shape), signals
    # The "I bought access to your e-mail account" story, even pasted without its demand.
    if f.hack_i >= 3 and not f.business_claim and not f.violence:
        return "mass_scam", 0.5, signals
    # Someone with (or claiming) specific images, usually met on an app.
    personal = f.specific > 0 and (sexual or f.more_images > 0 or threat)
    if personal and (money or f.more_images or threat) and (sexual or f.more_images or f.platform):
        conf = 0.55 + 0.05 * sum((sexual, threat, money, f.platform > 0, f.more_images > 0, f.deadline > 0))
        return "targeted", min(0.95, conf), signals
    # Extortion without intimate images: hacked website/database, ransomware, threats of violence.
    if f.business_claim and crypto and (threat or f.deadline or money):
        return "other_extortion", min(0.95, 0.5 + 0.05 * shape + 0.05 * min(f.business_claim, 4)), signals
    if f.violence and f.crypto_valid and (f.deadline or f.payment):
        return "other_extortion", 0.6, signals
    if hack and shape >= 5 and money:
        return ("mass_scam" if sexual or camera else "other_extortion"), 0.55, signals
    if not signals:
        signals.append("nothing_found")
    # Confidence of "not extortion" drops as more of the scam shape shows up.
    return "not_extortion", max(0.5, 0.97 - 0.08 * shape), signals


# Signals that describe a feature of another verdict only confuse: hidden for these verdicts.
_HIDE = {
    "mass_scam": {"business_hack", "platform", "claims_specific", "asks_more_images"},
    "other_extortion": {"platform", "claims_specific", "asks_more_images", "claims_camera", "own_account"},
    "targeted": {"business_hack", "own_account"},
    "not_extortion": set(),
}


def _signal(sid: str, indicators: list[Indicator]) -> Signal:
    if sid == "deadline":
        first = next((i for i in indicators if i.type == "deadline"), None)
        if first is not None:
            return Signal(sid, f"Gives you a deadline: {first.value}")
    return Signal(sid, SIGNAL_TEXT[sid])


def analyze_text(text: str, *, received_at: datetime | None = None, source: str = "-") -> Analysis:
    """Triage ``text``: verdict, confidence, signals, indicators and known campaign.

    HTML is converted to text first; indicator spans then refer to that converted text.
    """
    if not isinstance(cast(object, text), str):  # callers from untyped code may pass bytes or None
        text = str(text)
    if "<" in text and looks_like_html(text):
        text = html_to_text(text)
    norm = normalize(text)
    indicators = extract_indicators(text, reference_time=received_at)
    f = _features(norm.text, norm.tricks, indicators, text)
    verdict, confidence, signal_ids = _decide(f)
    campaign = None
    # Fingerprints are only worth computing when part of the scam shape is there.
    if verdict != "not_extortion" or (f.hack and (f.sexual or f.camera or f.crypto_words or f.payment)):
        from standfast.analyze.campaigns import match_campaign

        match = match_campaign(norm.text)
        if match is not None:
            campaign = match.campaign_id
            signal_ids.append("known_campaign")
            if verdict in ("not_extortion", "other_extortion") and match.family == "sextortion":
                verdict = "mass_scam"
            confidence = max(confidence, 0.9 if match.score >= 0.75 else 0.8)
            if "nothing_found" in signal_ids:
                signal_ids.remove("nothing_found")
    hidden = _HIDE.get(verdict, set())
    signals = [_signal(s, indicators) for s in signal_ids if s not in hidden]
    return Analysis(source=source, verdict=verdict, confidence=round(confidence, 2), signals=signals,
                    indicators=indicators, campaign=campaign)
