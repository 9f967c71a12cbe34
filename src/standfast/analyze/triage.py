"""The verdict on one message: mass scam, targeted sextortion, other extortion, unclear, or not extortion.

Rules, not a black box: each concept found (hacking claim, camera claim, sexual claim, crypto demand,
deadline, threat to contacts …) becomes a plain-language signal, and the verdict follows from which
combinations are present. A bulk scam is recognised by its *shape* (claims + payment + threat), so
new wordings and other languages are caught; near-copies of known campaigns are named as well. A
person's threat is read sentence by sentence (:mod:`standfast.analyze.speech`): a threat to expose,
a claim to hold images, or a demand with a deadline, made *to the reader*, is never called "not
extortion" – when the kind cannot be told the verdict is ``unclear``. A learned second opinion
(:mod:`standfast.analyze.learned`) is asked only where the rules are unsure, and can only move a
verdict towards caution.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol, cast

from standfast.analyze.cues import cue_families, reading
from standfast.analyze.indicators import Indicator, extract_indicators
from standfast.analyze.lexicon import ACCENT_BAIT, FIRST_PERSON
from standfast.analyze.loose import (
    FAQ_HEADING,
    I_PAY_YOU,
    THREAT_GOES_ON,
    LooseSigns,
    advice_outside_quotes,
    loose_signs,
    telling_now,
    writer_speaks,
)
from standfast.analyze.loose import MAX_WORDS as LOOSE_MAX_WORDS
from standfast.analyze.loose import QUOTE_MARK as _QUOTE_MARK
from standfast.analyze.matcher import find_concepts, tokenize
from standfast.analyze.normalize import html_to_text, looks_like_html, many_non_ascii, non_ascii_spans, normalize
from standfast.analyze.parts import parts
from standfast.analyze.racket import racket
from standfast.analyze.speech import LANGS, Speech, read_speech
from standfast.analyze.summons import fake_police_fine, fake_summons
from standfast.analyze.verdicts import Verdict, summary_for
from standfast.analyze.wordstart import WordStartPhrases

if TYPE_CHECKING:
    from standfast.analyze.learned.head import Head
    from standfast.analyze.learned.neighbours import Nearest

VERDICTS = tuple(v.value for v in Verdict)

SIGNAL_TEXT = {
    "claims_hacked": "Says it hacked your device or account",
    "claims_camera": "Says it recorded you through your camera",
    "sexual_claim": "Talks about porn or sexual videos of you",
    "asks_crypto": "Asks for bitcoin or another cryptocurrency",
    "crypto_address": "Gives a cryptocurrency address to pay to",
    # (a demand found by the sentence reader may be for pictures, a reply or a meeting, not only money)
    "demands_payment": "Demands money or something else from you",
    "deadline": "Gives you a deadline to pay",
    "threatens_contacts": "Threatens to send something to your friends, family or contacts",
    "pressure": "Uses pressure tricks like 'don't go to the police' or 'I will know when you read this'",
    "own_account": "Says it was sent from your own account — a trick, sender addresses are easy to fake",
    "quotes_password": "Quotes a password — scammers get these from old data leaks",
    "obfuscation": "Hides words with look-alike letters, codes or invisible characters to get past spam filters",
    "known_campaign": "Matches a known scam that was sent to very many people",
    "fake_summons": "Poses as the police and accuses you of a crime, with a time limit: a known scam sent to very "
                    "many people",
    "fake_police_fine": "Poses as the police, names sexual pictures or videos and asks you to pay a fine: real police "
                        "do not ask for money this way",
    "harm_for_money": "Asks for money and names a harm if you do not pay: to you, your people, your business or "
                      "your data (violence, fire, a bomb, a kidnapping, data published, a website taken down, fake "
                      "reviews)",
    "claims_specific": "Says they have your pictures or know your followers, family or school",
    "platform": "Mentions an app where these chats often start",
    "asks_gift_cards": "Asks for gift cards or a payment app",
    "asks_more_images": "Asks for more pictures or videos",
    "business_hack": "Says it hacked a website, database or server",
    "violence": "Threatens to hurt you",
    "threatens_to_expose": "Threatens to send, post or show something about you to other people",
    "claims_images": "Says they have pictures or videos of you",
    "deadline_demand": "Demands something from you by a deadline",
    "coerced_demand": "Demands something and says what will happen if you don't",
    "threatens_harm": "Threatens to harm you, your life or your reputation",
    "told_not_made": "Describes threats made to others (news, a warning or advice), not a threat made to you",
    "quoted_threat": "You pasted a message that holds a threat: treat it as real",
    "described_threat": "You describe someone who holds pictures of you and threatens or presses you now: "
                        "treat it as real",
    "described_threat_close": "You describe someone who holds pictures of a person close to you and threatens or "
                              "presses them now: treat it as real",
    "described_demand": "You describe someone who threatens to tell your people something unless you pay, now: "
                        "treat it as real",
    "described_harm": "You describe someone who demands money with threats of harm, against you or someone close, "
                      "now: treat it as real",
    "described_exposure": "You describe someone who threatens to send or show something to your people unless you pay, "
                          "now: treat it as real",
    "described_account": "You describe someone who took your account, or the account of someone close, and asks a "
                         "price to give it back: treat it as real",
    "conditional_demand": "A demand comes with a consequence for you if you do not pay or obey",
    "loose_threat": "In this short message, words of a threat, a claim to hold pictures or a demand stand together",
    "model_flag": "Our learned model finds it close to known extortion messages",
    "near_extortion": "Most of the labelled messages most like this one are extortion",
    "near_kind": "Most of the labelled messages most like this one are extortion of this kind",
    "unread_language": "Written in a language Standfast cannot read well, and the learned model, or a sum, a time or a "
                       "payment in it, says to take it seriously",
    "unread_threat_words": "Written in a language Standfast cannot read well, with words that together make a "
                           "threat: pictures or something held, harm, or files locked, and a condition, a time or "
                           "money",
    "told_after": "Tells of a threat that is over, some time ago: if it is still going on, treat it as real",
    "nothing_found": "No threat and no demand addressed to you found",
}

# The signals that say "not a threat"; a later flag removes them, since they would contradict it.
CLEARING_SIGNALS = ("nothing_found", "told_not_made", "told_after")

SEXUAL_KINDS = (Verdict.MASS_SCAM, Verdict.TARGETED)


class LearnedOpinion(Protocol):
    """What triage needs from the learned model (``standfast.analyze.learned.LearnedScore``)."""

    probabilities: dict[str, float]
    extortion: float


@dataclass
class Signal:
    id: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "text": self.text}


@dataclass
class Contribution:
    """One rule or model step behind a verdict, in plain words (for ``--explain``)."""

    source: str  # "rule" or "model"
    text: str

    def to_json(self) -> dict[str, str]:
        return {"source": self.source, "text": self.text}


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
    language: str | None = None
    model_score: float | None = None
    explanation: list[Contribution] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return summary_for(self.verdict, [s.id for s in self.signals])

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "verdict": str(self.verdict),
            "confidence": round(self.confidence, 2),
            "signals": [s.to_json() for s in self.signals],
            "indicators": [i.to_json() for i in self.indicators],
            "campaign": self.campaign,
            "language": self.language,
            "model_score": None if self.model_score is None else round(self.model_score, 3),
        }
        if self.error is not None:
            out["error"] = self.error
        return out


def _is_accentable(c: str) -> bool:
    """Whether ``c``'s lowercase NFD form is ASCII plus combining marks (é, ñ, combining acute, Kelvin
    sign …): a character that can hide in an accented ASCII word."""
    import unicodedata

    return all(x.isascii() or unicodedata.combining(x) for x in unicodedata.normalize("NFD", c.lower()))


@lru_cache(maxsize=1)
def _accentable_chars() -> frozenset[str]:
    """The accentable BMP characters (astral characters count too, see the regex)."""
    return frozenset(chr(c) for c in range(0x80, 0x10000) if _is_accentable(chr(c)))


# A few hundred distinct non-ASCII characters occur in real mail: asking per character, cached, spares
# the start of every process a pass over the whole BMP (0.2-0.4 s).
_accentable_char = lru_cache(maxsize=4096)(_is_accentable)


@lru_cache(maxsize=1)
def _accentable_regex() -> re.Pattern[str]:
    """Runs of accentable characters as one regex class (BMP ranges, compiled to a bitmap, plus all
    astral planes)."""
    cps = sorted(ord(c) for c in _accentable_chars())
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
    accentable = _accentable_char
    if many_non_ascii(text):  # mostly non-Latin text: let the regex engine walk it
        for m in _accentable_regex().finditer(text):
            yield m.span()
        return
    for a, b in non_ascii_spans(text):
        i = a
        while i < b:
            c = text[i]
            if c > "\uffff" or accentable(c):
                j = i + 1
                while j < b and (text[j] > "\uffff" or accentable(text[j])):
                    j += 1
                yield i, j
                i = j
            else:
                i += 1


_DUTCH_YOU = frozenset(("je",))
_SINGULAR = frozenset(("i", "ive", "im", "my", "me", "ho", "tengo", "habe", "hab", "heb", "tenho", "ich", "ik", "io",
                       "eu", "yo", "je", "j"))
# Verb forms that carry the first person where the pronoun is usually dropped ("Ho installato",
# "He grabado", "Tenho acesso", "J'ai piraté"); the bulk rule must not need a pronoun.
_FIRST_PERSON_VERBS = frozenset(("ho", "abbiamo", "hemos", "tengo", "tenemos", "tenho", "temos", "ai", "avons",
                                 "habe", "hab", "haben", "heb", "hebben", "instale", "accedi", "active", "infecte",
                                 "grabe", "hackee", "instalei", "gravei", "invadi", "acessei", "hackeei"))
# Someone else is the subject: "they hacked my camera", "scammers say they recorded you".
_THIRD_PARTY = frozenset(("they", "he", "she", "someone", "somebody", "scammers", "scammer", "criminals", "hackers",
                          "email", "mail", "message", "saying", "says", "claims", "claiming", "claimed", "ellos",
                          "alguien", "jemand", "quelqu", "qualcuno", "alguem", "iemand",
                          # The sender of a retold message ("Der Absender behauptet, er habe … gehackt").
                          "sender", "absender", "afzender", "expediteur", "remitente", "mittente", "remetente", "er",
                          "hij", "ils", "elle", "ele", "ela"))


_READER = frozenset((
    "you", "your", "u", "ur", "tu", "tus", "te", "ti", "tuo", "tua", "tuoi", "tue", "seu", "sua",
    "seus", "suas", "voce", "vc", "teu", "dein", "deine", "deinen", "dich", "dir", "ihr", "ihre",
    "ihren", "ihrem", "ihnen", "sie", "votre", "vos", "ton", "ta", "tes", "toi", "vous", "je", "jouw",
    "uw", "jij", "su", "sus", "usted"
))


def _first_person_near(tokens: list[str], positions: list[int], window: int = 6,
                       people: frozenset[str] = FIRST_PERSON, extra: frozenset[str] = frozenset()) -> int:
    """How many distinct ``positions`` have an I/we word (or a first-person verb form) just before them
    ("I hacked", "we gained access", "Ho installato", "Hackeé"), with no third party in between
    ("I got an email saying they hacked …" is a report, not a claim)."""
    n = 0
    for p in sorted(set(positions)):
        # A verb form alone ("temos a gravação", "ho registrato") needs the reader nearby ("… tuo
        # dispositivo", "… tu cámara"): literature and news use the same forms about anything.
        near_you = any(t in _READER for t in tokens[max(0, p - window):p + window + 1])
        if tokens[p] in extra:
            # "L'expéditeur prétend avoir piraté": the form is a participle, the sender is its subject.
            n += near_you and not any(t in _THIRD_PARTY for t in tokens[max(0, p - 4):p])
            continue
        for k in range(p, max(-1, p - window - 1), -1):
            t = tokens[k]
            if t in _THIRD_PARTY:
                break
            if t in people or ((t in _FIRST_PERSON_VERBS or t in extra) and near_you):
                # "er habe … gehackt": a verb form shared with the third person, after a third-person subject.
                n += not (t not in people and k > 0 and tokens[k - 1] in _THIRD_PARTY)
                break
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
    hack_any: int = 0
    call: int = 0
    photos: int = 0
    camera_any: int = 0
    camera: int = 0
    business_claim: int = 0
    exercise: int = 0
    arrested: int = 0
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


def _features(norm_text: str, tricks: dict[str, int], indicators: list[Indicator], raw: str,
              first_forms: frozenset[str] = frozenset(), language: str | None = None,
              tokens: list[str] | None = None, distinct: set[str] | None = None) -> _Features:
    if tokens is None:  # the sentence reader's words are the same; tokenizing again costs a pass
        tokens, distinct = tokenize(norm_text), None
    hits = find_concepts(tokens, distinct)
    f = _Features()
    # "je" is "I" in French and "you" in Dutch ("dat je bent gefilmd"): the detected language decides.
    people, singular = (FIRST_PERSON - _DUTCH_YOU, _SINGULAR - _DUTCH_YOU) if language == "nl" \
        else (FIRST_PERSON, _SINGULAR)
    f.hack = _first_person_near(tokens, hits.get("hack", []), people=people, extra=first_forms)
    f.hack_i = _first_person_near(tokens, hits.get("hack", []), people=singular, extra=first_forms)
    # A camera is only a claim when someone says *they* filmed ("I recorded", "my software filmed").
    f.camera = _first_person_near(tokens, hits.get("recording", []), window=8, people=people, extra=first_forms)
    f.hack_any = len(set(hits.get("hack", [])))
    f.camera_any = len(set(hits.get("recording", [])))
    if not f.camera and f.hack:
        # "My virus gives me access to your devices (microphone, camera…)": a camera named close to
        # a first-person intrusion claim is a camera claim too.
        claims = [p for p in hits.get("hack", []) if any(t in FIRST_PERSON for t in tokens[max(0, p - 6) : p + 1])]
        f.camera = sum(1 for r in hits.get("recording", []) if any(abs(r - c) <= 25 for c in claims))
    f.business_claim = len(set(hits.get("business_claim", [])))
    # (a drill's words count unless the text says it is none: "this is not a drill", _NO_DRILL)
    f.exercise = 0 if _NO_DRILL.search(norm_text) else len(set(hits.get("exercise", [])))
    f.arrested = len(set(hits.get("arrested", [])))
    f.sexual = len(hits.get("sexual", []))
    f.crypto_words = len(hits.get("crypto", []))
    f.payment = len(hits.get("payment", []))
    f.spread = len(hits.get("spread", []))
    f.pressure = len(hits.get("pressure", []))
    f.own_account = len(hits.get("own_account", []))
    f.business = len(hits.get("business", []))
    f.violence = len(hits.get("violence", []))
    f.specific = len(hits.get("specific", []))
    f.call = len(hits.get("call", []))
    f.photos = len(hits.get("photos", []))
    f.platform = len(hits.get("platform", []))
    f.payment_app = len(hits.get("payment_app", []))
    f.more_images = len(hits.get("more_images", []))
    if f.more_images and _MONEY_MORE.search(norm_text) is not None:
        # ("send more money": the more asked is money, not pictures)
        f.more_images = 0
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
    # (people write "p*rn" and "pics 2nite" too: neither counts as a trick to slip past filters)
    f.obfuscation = sum(v for k, v in tricks.items() if k not in ("leetspeak", "masked_letters"))
    if not raw.isascii():
        f.obfuscation += _accent_tricks(raw)
    return f


def _arrest_words_alone(f: _Features, sp: Speech) -> bool:
    """Words of an arrest, a sentence or a trial, with nobody threatening, setting a condition or a deadline, claiming
    to hold anything or giving a wallet. (A news item's "tien bedrijven betaalden losgeld" reads as a demand to the
    sentence reader, so a demand alone does not make it a note.)"""
    return bool(f.arrested) and not (sp.threats or sp.deadline_demands or sp.coerced or sp.possession
                                     or f.crypto_valid)


def _arrest_reported(f: _Features, sp: Speech) -> bool:
    """News that extorters were arrested or sentenced ("De politie heeft drie mannen aangehouden die ondernemers
    afpersten …"): :func:`_arrest_words_alone`, and nobody speaks as "I" or "we" (a pronoun or a verb form)."""
    return _arrest_words_alone(f, sp) and not sp.speaker


def _trial_reported(f: _Features, sp: Speech, norm_text: str, langs: tuple[str, ...]) -> bool:
    """News of extorters arrested, sentenced or on trial, read where a racket's harm, price and condition stand in it
    ("… Prozess gegen vier Männer, die Gastronomen um Schutzgeld erpresst haben sollen. Laut Anklage forderten sie
    monatlich bis zu 1.000 Euro"): :func:`_arrest_words_alone`, and the writer does not speak as "I" in the languages
    it is read in (the sentence reader takes a German "haben sollen" for a speaker)."""
    return _arrest_words_alone(f, sp) and not _writer_speaks(norm_text, langs)


def _bulk(f: _Features, sp: Speech) -> tuple[str, float] | None:
    """The bulk "I hacked your device and recorded you" e-mail and non-sexual extortion of a business:
    recognised by the shape of the whole message."""
    # A warning that retells such a note ("die Absender behaupten … und fordern Bitcoin … nicht zahlen";
    # "de oplichters beweren je webcam te hebben gehackt"): someone else is the subject and the message
    # advises the reader; nothing in it is demanded of them. A real note carries its own wallet.
    if sp.told and sp.advice and not f.crypto_valid and not f.password:
        return None
    crypto = f.crypto_words > 0 or f.crypto_valid > 0
    money = crypto or f.payment > 0 or f.amount > 0 or f.payment_app > 0
    threat = f.spread > 0
    hack, camera, sexual = f.hack > 0, f.camera > 0, f.sexual > 0
    shape = _shape(f)
    strong_claim = (hack or camera) and (sexual or (hack and camera))
    if strong_claim and (crypto or (money and (f.deadline or threat))):
        return Verdict.MASS_SCAM, min(0.99, 0.55 + 0.06 * shape)
    if sexual and f.crypto_valid and (threat or f.deadline) and not f.specific and not f.business_claim:
        return Verdict.MASS_SCAM, min(0.95, 0.5 + 0.05 * shape)
    # (not when it names photos and no camera: "I have access to your account and the photos in your messages …
    # 0.005 BTC or I post them" is a person with real pictures)
    if hack and crypto and (threat or f.deadline) and f.business_claim == 0 and f.violence == 0 \
            and not (f.camera_any == 0 and f.sexual == 0 and f.photos):
        return Verdict.MASS_SCAM, min(0.9, 0.45 + 0.05 * shape)
    if camera and f.crypto_valid and (threat or f.deadline) and not f.business_claim and not f.specific:
        return Verdict.MASS_SCAM, min(0.9, 0.45 + 0.05 * shape)
    # The note that quotes an old password (or says it was sent from the reader's own account) and claims a
    # recording or a break-in, for crypto: the bulk e-mail even where it names no porn site. Not when it speaks
    # of a chat, the reader's pictures, followers or a platform, which a targeted threat names.
    if (camera or hack or f.camera_any or f.hack_any) and crypto and (f.password or f.own_account) \
            and (threat or f.deadline) and not f.violence and (f.crypto_valid or not (sp.warnings or sp.told
                                                                                     or sp.advice)) \
            and not f.specific and not f.platform and not f.payment_app and not f.business_claim:
        return Verdict.MASS_SCAM, min(0.9, 0.45 + 0.05 * shape)
    # "I recorded you … 0.04 BTC, 48 hours, or your contacts get the video": a first-person recording claim
    # for crypto with a threat or a deadline and nothing a person would know (a call, a chat, the reader's
    # pictures or followers, a platform, a payment app). Never advice or news retelling it.
    if camera and crypto and (threat or f.deadline) and not (sp.warnings or sp.told or sp.advice) and not f.call \
            and not f.specific and not f.platform and not f.payment_app and not f.business_claim and not f.violence:
        return Verdict.MASS_SCAM, min(0.85, 0.45 + 0.05 * shape)
    # Pasted fragments often lack the payment part: the claim and the threat are enough.
    if strong_claim and threat and not f.specific and not f.business_claim:
        return Verdict.MASS_SCAM, min(0.85, 0.4 + 0.05 * shape)
    # The "I bought access to your e-mail account" story, even pasted without its demand.
    if f.hack_i >= 3 and not f.business_claim and not f.violence:
        return Verdict.MASS_SCAM, 0.6
    # A warning that retells such a note ("die Absender behaupten … und fordern Bitcoin … nicht zahlen"):
    # someone else is the subject and the message advises the reader; nothing here is demanded of them.
    # (not news of such a gang, "Investigators said the group threatened to leak patient data unless victims paid in
    # bitcoin": every threat in it is told of others, nobody speaks in the first person, nothing is said to the reader
    # and no wallet is given; "we run a small practice … they will publish unless we pay" is a victim's telling)
    # (nor a drill staging one: "we run the ransomware tabletop exercise … attackers threaten to leak in 48h")
    # (nor news that the extorters were caught, in words the sentence reader does not read as told: "De politie heeft
    # drie mannen aangehouden die ondernemers afpersten met DDoS-aanvallen")
    spoken = sp.speaker or sp.threats or sp.deadline_demands or sp.coerced or f.crypto_valid
    told_of_others = bool(((sp.told or sp.warnings) and not (spoken or sp.demands)) or _arrest_reported(f, sp)
                          or (f.exercise and not f.crypto_valid))
    if f.business_claim and crypto and (threat or f.deadline or money) and not told_of_others:
        return Verdict.OTHER_EXTORTION, min(0.95, 0.5 + 0.05 * shape + 0.05 * min(f.business_claim, 4))
    # A ransom note without a named payment ("all files … encrypted … contact us within 72 hours, the price
    # doubles after that"): the break-in claimed, a time limit and publication or pressure. Never a warning
    # or a news item retelling one.
    if f.business_claim and (f.deadline or sp.deadline_demands) and (threat or money or f.pressure) \
            and not (sp.warnings or sp.told or sp.advice or sexual or camera or told_of_others):
        return Verdict.OTHER_EXTORTION, min(0.9, 0.5 + 0.05 * shape + 0.05 * min(f.business_claim, 4))
    if f.violence and f.crypto_valid and (f.deadline or f.payment):
        return Verdict.OTHER_EXTORTION, 0.6
    if hack and shape >= 5 and money:
        return (Verdict.MASS_SCAM if sexual or camera else Verdict.OTHER_EXTORTION), 0.6
    # Without any "I": "your system was compromised … the camera filmed you … 1500 in bitcoin, 50 hours".
    # The whole shape must be there, and the message must not be advice or news about such e-mails.
    if (f.hack_any or f.camera_any) and (sexual or (f.hack_any and f.camera_any)) and crypto and (
            f.deadline or threat or sp.deadline_demands or sp.coerced or sp.threats) \
            and not sp.warnings and not sp.told and not sp.advice and not f.business_claim:
        return Verdict.MASS_SCAM, min(0.85, 0.4 + 0.05 * shape)
    return None


def _harm_is_leak(sp: Speech) -> bool:
    """Every sentence read as harm is an exposure too ("im leaking ur spotify wrapped"): the harm is what is shown,
    not a hurt, a ruin or a death."""
    return all("expose" in s.roles for s in sp.sentences if s.act == "harm")


def _shape(f: _Features) -> int:
    """How much of the bulk-scam shape is present: claims, demand, threat, pressure."""
    crypto = f.crypto_words > 0 or f.crypto_valid > 0
    return sum((f.hack > 0, f.camera > 0, f.sexual > 0, crypto, f.deadline > 0, f.spread > 0,
                f.pressure > 0 or f.own_account > 0, f.password > 0, f.obfuscation >= 2))


def _signal_ids(f: _Features, sp: Speech) -> list[str]:
    crypto = f.crypto_words > 0 or f.crypto_valid > 0
    checks = (
        ("threatens_to_expose", sp.threats > 0), ("claims_images", sp.possession > 0),
        ("deadline_demand", sp.deadline_demands > 0), ("coerced_demand", sp.coerced > 0),
        ("threatens_harm", sp.harm > 0), ("claims_hacked", f.hack > 0), ("claims_camera", f.camera > 0),
        ("sexual_claim", f.sexual > 0), ("claims_specific", f.specific > 0), ("business_hack", f.business_claim > 0),
        ("violence", f.violence > 0), ("asks_crypto", crypto), ("crypto_address", f.crypto_valid > 0),
        ("demands_payment", f.payment > 0 or f.amount > 0 or sp.demands > 0), ("asks_gift_cards", f.payment_app > 0),
        ("asks_more_images", f.more_images > 0 or sp.more_images > 0), ("deadline", f.deadline > 0),
        ("threatens_contacts", f.spread > 0 and (sp.threats > 0 or f.hack > 0 or f.camera > 0)),
        ("pressure", f.pressure > 0), ("own_account", f.own_account > 0), ("quotes_password", f.password > 0),
        ("obfuscation", f.obfuscation >= 2), ("platform", f.platform > 0),
    )
    return [sid for sid, on in checks if on]


# Signals that can be part of extortion but are everyday words on their own: they make the rules
# "unsure" of a "not extortion" reading, so the learned model is asked.
def _weak(f: _Features, sp: Speech) -> int:
    return sum((f.hack > 0, f.camera > 0, f.sexual > 0, sp.demands > 0, sp.material > 0, sp.warnings > 0,
                f.more_images > 0, f.specific > 0 and f.sexual > 0, f.crypto_valid > 0 and f.spread > 0))


def _sum_by_a_time(f: _Features, loose: LooseSigns) -> bool:
    """A sum of money with a time limit in a chat message ("the 2 grand by friday"): a bill reads like this,
    and so does a demand whose consequence is in words the rules do not know. The model is asked."""
    money = f.amount > 0 or f.crypto_words > 0 or f.payment_app > 0 or loose.real_money
    return money and (f.deadline > 0 or loose.deadline)


# What the rules say when the only consequence is a sanction or a sulk (or a parcel sent back, below); the model
# must then be as sure as when it reads a message with no sign at all (a Hinglish "… warna aaj raat PUBG band" was
# rated 0.98).
SANCTION_READ = ("The only consequence named is a sanction by a parent, a coach or a group, or a sulk, with nothing "
                 "held, shown to others or paid beside it: not read as a threat. If it feels like one, treat it as "
                 "real")


UNNAMED_EXPOSURE_READ = ("A threat to send or show something to your people, with a demand for money, that does not "
                         "say what it would show: treat it as real")
HELD_ACCOUNT_READ = ("Its words say your account was taken and ask a price to give it back, with nothing intimate "
                     "named: extortion that is not about intimate images")
SHARE_READ = "Sharing pictures with your people, told as a pleasure, with nothing demanded: not read as a threat"
TOKEN_JOKE_READ = ("A small thing asked for with laughter (a coffee, a pizza), with no money and nothing intimate "
                   "named: read as a joke between friends. If it does not feel like one, treat it as real")
SIBLING_TELL_READ = ("A brother's or a sister's \"or I tell mum\", with nothing intimate, held or harmful named and no "
                     "more than a small sum: read as family teasing. If it does not feel like one, treat it as real")
MOCK_HOSTAGE_READ = ("A thing of yours (a hoodie, a charger, a toy) held \"hostage\" for a treat, a chore or a thing "
                     "given back, with no money and nothing intimate named: read as a joke between friends or family. "
                     "If it does not feel like one, treat it as real")
PROTECTIVE_JOKE_READ = ("Someone who sent a picture asks that it be deleted or shown to nobody, with a laughing "
                        "\"or I'll kill you\": read as a joke between people who trust each other. If it does not "
                        "feel like one, treat it as real")
SILLY_SECRET_READ = ("A small debt or favour asked, with a secret that shames nobody as the price (crying at a film), "
                     "and nothing intimate, held or harmful: read as a joke between friends. If it does not feel like "
                     "one, treat it as real")
# The opening of the reason given when the rules find nothing to flag.
NOTHING_READ = "No threat, no claim to hold images and no demand with a deadline is "
TOLD_READ = "describe a threat made by someone else"
THREAT_READ = "sentence(s) threaten to send or show something to other people, said to you"
PARCEL_READ = ("The only consequence named is a parcel sent back: a delivery notice, and such notices are often "
               "phishing. Do not pay through a link in it. If it feels like a threat, treat it as real")
STORAGE_READ = ("The only consequence named is your own photos deleted from a full storage plan: a storage notice, "
                "and such notices are often phishing. Do not pay through a link in it. If it feels like a threat, "
                "treat it as real")
GALLERY_READ = ("The only thing asked is to choose, download or pay for a photographer's gallery before a date: a "
                "service notice. If the sender threatens to show the pictures to anyone, treat it as real")
# The same with laughter: a joke between friends or family. On the 21,421 labelled texts of sets 1-127 and the training
# sets, 184 name a harmless picture and laugh (😂, "lol", "kkkk", "mdr"): every one is a hard negative, 58 of them
# flagged `unclear` by the rules; no threat is among them.
SCENE_JOKE_READ = ("It threatens to show a harmless picture (asleep, singing, in a costume) with laughter, and nothing "
                   "intimate is named: read as a joke between friends or family. If it does not feel like one, treat "
                   "it as real")
GROUP_TEASE_READ = ("A group chat among three or more people who laugh together, with nothing intimate named: its "
                    "threats read as teasing between friends. If someone in it is really pressing you, treat it as "
                    "real and follow the plan")
# A threat over a picture the message itself calls harmless: unclear, never the intimate-picture kind.
SCENE_READ = ("It threatens to show a picture or a video, but the one it names is harmless (asleep, in a costume, "
              "singing) and nothing intimate is named: it may be a joke. If it does not feel like one, treat it as "
              "real")
# A warning or a help page that quotes the threat ("… a message saying your video will be shared if you don't pay?
# Don't pay, report it to PHAROS"): advice not to pay, said as advice, beside the police or a report, nothing held, no
# crypto and nobody speaking as "I" (loose.advises). Rules alone on the 21,421 labelled texts of sets 1-127 and the
# training sets: 5 hard negatives targeted -> not extortion, no threat moved (without the "I": 10, and "If you go to
# the police I send the video to everyone. don't pay late." would be cleared).
WARNING_READ = ("It advises not to pay and to go to the police or report it, and nobody in it holds pictures: read "
                "as a warning or a help page. If you received a threat like the one it describes, treat it as real "
                "and follow the plan")
# A drill, a game or a challenge that says what it is ("TABLETOP EXERCISE — THIS IS A DRILL", "CTF challenge … The
# ransom note says to pay 1 BTC"; lexicon ``exercise``) stages its threat: nobody is asked to pay. Not when it says it
# is none ("this is not a drill", _NO_DRILL: then its drill words are not counted at all, f.exercise), names intimate
# pictures or gives a valid wallet.
STAGED_READ = ("It says it is a drill, an exercise or a game that stages a threat, and nothing in it is asked of you. "
               "If you received a real threat like the one it stages, treat it as real and follow the plan")
_NO_DRILL = re.compile(r"\b(?:not a (?:drill|test|exercise)|no drill|keine (?:ubung|ubungs\w*)|pas un exercice|"
                       r"no es un simulacro|non e un'?esercitazione|geen oefening|nao e (?:um )?simulado)\b")
QUOTED_EXAMPLE_READ = ("It quotes a threat as an example, the way news and help pages do (it names sextortion, "
                       "advises not to pay or reports a case), and no threat in it is made to you. If you received a "
                       "threat like the one it quotes, treat it as real and follow the plan")
# A lesson or a quiz quoting its example (_lesson_example): settled, since the model and the neighbours read the quoted
# example as the threat it is.
LESSON_READ = ("A lesson, a worksheet or a quiz that quotes a threat as its example, with questions or tasks around "
               "it, and no threat in it is made to you. If you received a message like the example, treat it as real "
               "and follow the plan")
# The short-message net's words name the kind when pictures or a video, people to show them to, and a demand or a
# claim to hold them stand together, with no break-in, crypto, harm, account held or business beside them. Rules
# alone on the 21,987 labelled texts of sets 1-131 and the training sets, of the net's `unclear` messages: 576 threats
# labelled targeted, 9 other extortion, 1 bulk e-mail and 49 hard negatives have them (-> targeted); 593 targeted,
# 142 other, 254 bulk and 108 hard negatives do not (stay `unclear`).
LOOSE_KIND_READ = ("Its words name pictures or a video, people to show them to, and a demand or a claim to hold them: "
                   "read as targeted sextortion")
# A threat described in the writer's words, with pictures or a video held and used to press: the kind is named.
# Rules alone on the 21,987 labelled texts of sets 1-131 and the training sets: 37 threats unclear -> targeted (their
# label), 9 hard negatives unclear -> targeted (flagged either way: help pages in the first person, stories told the
# day after); the 5 bulk e-mails retold (a break-in, crypto) and 2 other extortion ("Keine Fotos oder so") stay open.
DESCRIBED_KIND_READ = "Pictures or a video held and used to press a person: targeted sextortion"
# A threat told after it was over (loose.story_over): the story quotes the threat, the sentences read one.
STORY_READ = ("It tells of a threat that is over: it happened some time ago, and the person blocked or reported it, or "
              "nothing was sent. Read as a story told afterwards, not a threat made now. If it is still going on, "
              "or starts again, treat it as real and follow the plan")
SALE_READ = ("A buyer and a seller: the thing is still for sale, held or paid for by a date, with nothing held of you "
             "and nobody to show it to: not read as a threat. Pay only in ways the app offers. If it feels like a "
             "threat, treat it as real")
PITCH_READ = ("An offer to invest that promises your money back, doubled or with a sure profit, with nothing held of "
              "you and nobody to show it to: not read as a threat. Such offers are almost always a scam: do not send "
              "money. If it feels like a threat, treat it as real")
ADVERT_READ = ("An advert or a provider's notice (a free trial, a webinar, an insurance policy or a web address to "
               "renew), with nothing of yours held and nobody threatening you: not read as a threat. If someone says "
               "they have attacked you, hold something of yours or will, treat it as real")
JEALOUS_READ = ("A jealous reproach about pictures or likes, with nothing held, hinted at or demanded with a "
                "consequence: not read as a threat. If it feels like one, or you feel controlled, treat it as real")
WORRY_READ = ("You fear what might happen, and say nobody has asked for or threatened anything yet: there is no "
              "threat in this message. Keep the chat, send nothing more, and if a threat or a demand comes, treat it "
              "as real and follow the plan")
ACCOUNT_HELP_READ = ("You ask how to get back an account that was taken, and nothing is asked of you in this message: "
                     "no threat was found in it. Use the app's own recovery page, change your passwords and turn on "
                     "two-step sign-in. If someone asks you for money or pictures to give it back, or threatens to "
                     "post what was in it, treat it as real and follow the plan")
CUSTOMER_READ = ("A customer asks for their money back for something that went wrong, and names an honest review or a "
                 "complaint as the next step: that is their right, not extortion. If they ask for more than a refund, "
                 "threaten fake reviews or name pictures or secrets of yours, treat it as a threat")
# (a question that says no threat was made: loose.threat_denied; a parent, a teacher or a teenager asking about pictures
# exchanged, whose question the sentence reader may take for a telling: "¿Le digo a mis padres?")
DENIED_READ = ("You say nobody has threatened anyone, and ask what to do: no threat was found in this message. Keep "
               "the messages, send nothing more, and if a threat or a demand comes, or this feels like one, treat it "
               "as real and follow the plan")
# (said in a language the rules do not read: what the message says and what was not found, not "there is no threat")
UNSAID_READ = ("You say nobody has asked for or threatened anything, and none of the words a threat needs were found. "
               "Keep the messages; if a threat or a demand comes, or this feels like one, treat it as real and follow "
               "the plan")
# (a notice that the bulk e-mail goes out in bulk and that nobody should pay: _bulk_warned)
BULK_WARNED_READ = ("It says the e-mail it speaks of goes out in bulk and advises not to pay, and nobody in it holds "
                    "pictures: read as a warning. If you received such an e-mail, do not pay and do not reply; if it "
                    "names real pictures of you or people you know, treat it as real and follow the plan")
# (a friend's reminder of a small shared cost: loose.friend_debt)
FRIEND_DEBT_READ = ("It reads as a friend's reminder of a small shared cost (a pizza, a ride, tickets), with none of "
                    "the words a threat needs: not read as a threat. If it names pictures of you, people to tell or "
                    "harm, or feels like a threat, treat it as real")
# (a friend's small debt asked back with a laugh and a trifle to tell the reader's mother: loose.debt_tell_joke)
DEBT_JOKE_READ = ("It reads as a friend's small debt asked back with a joke about telling your mother or everyone "
                  "something small, with no pictures and nothing serious named: not read as extortion. If what they "
                  "would tell is serious, or they hold pictures of you, or it feels like a threat, treat it as real "
                  "and follow the plan")
# (someone posing as support or a recovery service asks for a code, a password or a fee: loose.support_bait)
SUPPORT_READ = ("It reads as someone posing as support or a recovery service who asks for a code, a password or a fee: "
                "that is a scam to take your account or your money, not extortion. Do not send codes or money; use the "
                "app's own help pages. If they say they hold your pictures or will post anything, treat it as real "
                "and follow the plan")
# (an account taken and got back, told by its owner in a language the rules do not read: cues "recovered")
ACCOUNT_BACK_READ = ("You say the account is yours again, and none of the words a threat needs were found: no threat "
                     "was found in this message. Change your passwords and turn on two-step sign-in. If someone asks "
                     "you for money or pictures, or threatens to post what was in it, treat it as real and follow the "
                     "plan")
# (the owner of a taken account warns their contacts that messages in their name are not theirs: loose.hacked_warning)
CONTACTS_WARNED_READ = ("It reads as the owner of a taken account warning their contacts that messages sent in their "
                        "name are not theirs, with no threat made to you. Do not send money or codes to anyone who "
                        "asks in their name. If someone holds pictures of you or threatens to post anything, treat "
                        "it as real and follow the plan")
# (a photo or a screenshot asked of the reader as proof of a forfeit or a payment: loose.proof_photo)
PROOF_READ = ("It reads as a photo or a screenshot you are asked to send yourself, as proof of a bet's forfeit or a "
              "share paid, with none of the words a threat needs: not read as a threat. If someone holds pictures of "
              "you, or says they will send or post anything of yours, treat it as real and follow the plan")
# (a lost bet's forfeit, in a language the rules do not read: cues "forfeit" and "light")
FORFEIT_READ = ("A lost bet's forfeit asked with laughter (a chore or a small sum), and none of the words a threat "
                "needs were found: not read as a threat. If something of yours is held or shown, or it feels like a "
                "threat, treat it as real")
BILL_READ = ("It reads as a bill or a loan's reminder (a due date, a late fee), with none of the words a threat needs. "
             "If it names pictures of you or people to tell, or feels like a threat, treat it as real")
NOTICE_READ = ("It reads as a notice that an account will be suspended or closed unless you verify it, with none of "
               "the words a threat needs. Such notices are often phishing: do not use its link; open the app or site "
               "yourself. If it names pictures of you or people to tell, treat it as real")
# The readings that clear a message as a sanction or a notice; any later flag drops them (the last step of
# analyze_text), and the model needs more to overrule them (MODEL_FLAG_SANCTION).
CLEARED_READS = (SANCTION_READ, PARCEL_READ, STORAGE_READ, GALLERY_READ, JEALOUS_READ, STORY_READ, SALE_READ,
                 PITCH_READ, SCENE_JOKE_READ, WARNING_READ, QUOTED_EXAMPLE_READ, GROUP_TEASE_READ, WORRY_READ,
                 BILL_READ, NOTICE_READ, UNSAID_READ, STAGED_READ, ADVERT_READ, DENIED_READ, LESSON_READ,
                 ACCOUNT_HELP_READ, CUSTOMER_READ, ACCOUNT_BACK_READ, FORFEIT_READ, SUPPORT_READ, FRIEND_DEBT_READ,
                 BULK_WARNED_READ, CONTACTS_WARNED_READ, PROOF_READ, DEBT_JOKE_READ)
# Readings the learned model and the neighbours do not overrule: on the spent sets 9-71 the head rated most jealous
# reproaches 0.96-1.00 and their neighbours were other writers' threats from exes, while no threat had this reading.
# A sale too: on the labelled texts of sets 1-123 and the training sets, the 35 read as a sale are all hard negatives
# (buyers and sellers), and as merely cleared the learned model or the neighbours flagged 5 of them.
# A pitch likewise: on the 41,340 labelled texts the 16 read as one are all hard negatives, and the head rates an
# Italian "Raddoppia i tuoi soldi … Investi 200€ … e ricevi 400€" 0.99.
# A worry with no threat made (loose.worry_only) too: the head and the neighbours read the fear of a leak as the leak.
# A drill or a game that says what it is, too: the model reads the note it stages as a real one (a tabletop
# exercise's inject rated 1.00).
# A question that says no threat was made too: on the 75,974 labelled texts the 91 read so are all hard negatives.
# A lesson quoting its example too (the head rated a quiz's quoted threat 0.99).
# An account got back, a bet's forfeit and a fake support agent too: the head rated such posts up to 0.99 and 1.00
# ("bhai mera insta hack ho gaya …", "Soporte WhatsApp: … responde con el código"), their neighbours are accounts held
# for a price, and on the labelled texts of the read sets 96-567 and the training sets the 11, 10 and 27 read so are
# all hard negatives.
SETTLED_READS = (JEALOUS_READ, SALE_READ, PITCH_READ, WORRY_READ, UNSAID_READ, ACCOUNT_BACK_READ, FORFEIT_READ,
                 SUPPORT_READ, STAGED_READ, ADVERT_READ,
                 DENIED_READ, LESSON_READ)
# What the model takes for threats, said of each settled reading when its high rating is shown and not followed.
_SETTLED_WORDS = {JEALOUS_READ: "jealous messages about pictures", SALE_READ: "buyers' and sellers' messages",
                  PITCH_READ: "offers to invest", WORRY_READ: "worries told before any threat was made",
                  UNSAID_READ: "troubles told where nothing was asked",
                  ACCOUNT_BACK_READ: "accounts taken and got back",
                  FORFEIT_READ: "friends' bets and their forfeits",
                  SUPPORT_READ: "fake support agents asking for codes or fees",
                  STAGED_READ: "drills and games that stage a threat",
                  ADVERT_READ: "adverts and providers' notices that name attacks or deadlines",
                  DENIED_READ: "questions about pictures exchanged where no threat was made",
                  LESSON_READ: "lessons and quizzes that quote a threat as their example"}
# Every reading that clears a message; under a flag by a later step (the model, the neighbours, a pasted threat) none
# of them may stand, since each says "not a threat".
CLEARING_READS = (*CLEARED_READS, SHARE_READ, TOKEN_JOKE_READ, SILLY_SECRET_READ, PROTECTIVE_JOKE_READ,
                  MOCK_HOSTAGE_READ, SIBLING_TELL_READ)
# The readings a harm for money does not overrule: a sharing told as a pleasure may be a ransom note's "your data will
# be sold" read wrongly, a joke over a token or a silly secret is not.
JOKES_CLEARED = (*CLEARED_READS, TOKEN_JOKE_READ, SILLY_SECRET_READ, PROTECTIVE_JOKE_READ, MOCK_HOSTAGE_READ,
                 SIBLING_TELL_READ)


_MONEY_MORE = re.compile(r"\bmore (?:money|cash|dinero|plata|dinheiro|grana|argent|geld|soldi)\b")


def _decide(f: _Features, sp: Speech, loose: LooseSigns | None = None) \
        -> tuple[Verdict, float, list[str], list[Contribution]]:
    """Verdict, confidence, signal ids and the plain-words steps behind them."""
    signals = _signal_ids(f, sp)
    why: list[Contribution] = []
    threat, dl, coerced, harm = sp.threats > 0, sp.deadline_demands > 0, sp.coerced > 0, sp.harm > 0
    money = (f.crypto_words > 0 or f.crypto_valid > 0 or f.payment > 0 or f.amount > 0 or f.payment_app > 0
             or sp.demands > 0)
    more = f.more_images > 0 or sp.more_images > 0
    # "I saved the video from our call" says nothing of "you", but next to a threat or a demand it is a claim.
    possess = sp.possession > 0 or (sp.possession_loose > 0 and (threat or money or more or f.deadline > 0))
    # (a storage plan's "We have kept your files safe for you" is the provider's, not a person's claim)
    if possess and loose is not None and loose.storage_full and loose.kept_for_you:
        possess = False
    # (nor the writer's own photos on a full storage plan: "I have fifteen years of photos of my kids on it")
    if possess and not sp.possession and loose is not None and loose.storage_notice:
        possess = False
    images = f.sexual > 0 or sp.material > 0
    if sp.implied and threat:
        why.append(Contribution("rule", "A sentence hints at harm if someone saw or got something (\"would be a "
                                        "shame if …\"), next to a payment: an implied threat"))
    if threat:
        why.append(Contribution("rule", f"{sp.threats} {THREAT_READ}"))
    if possess:
        why.append(Contribution("rule", "A sentence claims to have pictures or videos of you"))
    if dl:
        why.append(Contribution("rule", "A demand comes with a deadline"))
    if coerced:
        why.append(Contribution("rule", "A demand comes with a consequence (\"or …\", \"unless …\", "
                                        "\"and I delete it\")"))
    if harm:
        why.append(Contribution("rule", "A sentence threatens to harm you or your life"))
    price = sp.price > 0
    if price:
        why.append(Contribution("rule", "A sentence asks what you would pay to see, keep or delete pictures"))
    if sp.warnings:
        why.append(Contribution("rule", f"{sp.warnings} sentence(s) {TOLD_READ} "
                                        "(news, a warning or advice); they do not count as a threat to you"))
    if possess and "claims_images" not in signals:
        signals.insert(0, "claims_images")
    bulk = _bulk(f, sp)
    if bulk is not None and not ((threat or possess) and f.specific and not (f.hack or f.camera)):
        verdict, conf = Verdict(bulk[0]), bulk[1]
        why.append(Contribution("rule", "The whole message has the shape of a bulk extortion e-mail "
                                        f"({_shape(f)} of its parts: claims, payment, deadline, threat, pressure)"))
        return verdict, conf, signals, why
    # A token asked for with laughter ("pay me one (1) coffee or the photo goes in the group 😂"): a joke
    # between friends, even when the joke's picture is said to be held ("j'ai la vidéo de toi … un kebab"). Never
    # when money, a payment channel, crypto, an account, harm or anything intimate is there.
    if loose is not None and loose.token_joke and f.sexual == 0 and not harm \
            and f.crypto_words == 0 and f.payment_app == 0:
        # (the sentences read as a threat or a claim are the joke's shape: listed, they would contradict the verdict)
        why[:] = [Contribution("rule", TOKEN_JOKE_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    # (a thing held "hostage" for a treat or a chore: its "no police" and "nobody gets hurt" are the joke's, so harm
    # does not rule it out)
    if loose is not None and loose.mock_hostage and f.sexual == 0 and not (price or possess) \
            and f.crypto_words == 0 and f.payment_app == 0:
        why[:] = [Contribution("rule", MOCK_HOSTAGE_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.protective_joke and not (f.crypto_words or f.crypto_valid or f.payment_app
                                                             or f.amount or f.specific):
        why[:] = [Contribution("rule", PROTECTIVE_JOKE_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.sibling_tell and f.sexual == 0 and not (harm or price or possess) \
            and f.crypto_words == 0 and not f.crypto_valid:
        why[:] = [Contribution("rule", SIBLING_TELL_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.debt_tell_joke and not (possess or harm or f.sexual or f.crypto_words
                                                           or f.crypto_valid or sp.possession_loose):
        # ("du schuldest mir noch 25€ … sonst erzähl ich allen, dass du … mitgesungen hast 😂": the sentence reader
        # reads the telling as a threat to show something to others)
        why[:] = [Contribution("rule", DEBT_JOKE_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.silly_secret_joke and f.sexual == 0 and not (harm and not _harm_is_leak(sp)) \
            and f.crypto_words == 0 and not f.crypto_valid:
        why[:] = [Contribution("rule", SILLY_SECRET_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    # "Send me a photo of your homework by 7 or no Xbox tonight": a photo asked for, a device taken away, nothing
    # held, shown, paid or harmed. (The sentence reader may take the sending for an exposure: this comes first.)
    if loose is not None and loose.asked_photo_sanction and not (possess or harm or price or f.sexual or f.spread
                                                                 or f.crypto_words or f.payment_app or f.specific):
        why[:] = [c for c in why if THREAT_READ not in c.text]
        why.append(Contribution("rule", SANCTION_READ))
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.gallery_notice and not ((threat and loose.audience) or (possess and not loose.ready)
                                                           or harm or price or f.crypto_words or sp.possession_loose):
        # (a boudoir session names intimacy; a photographer who threatens with it names people to show or "or I post
        # them", which gallery_notice leaves out; a sending to nobody named is the delivery: "pick your 20 by Friday
        # and I'll send the edited files". Comes before the rules that flag: the proofs held are the reader's own.)
        why[:] = [Contribution("rule", GALLERY_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    # A person with (or claiming) images, who threatens to expose them or demands money or more images.
    # (more pictures asked for beside a threat to expose are pictures named: "schick mir 3 mehr von denen oder ich poste
    # die alten")
    if (threat or possess) and (money or more or threat) and (images or (more and threat)) and f.business_claim == 0:
        support = sum((threat, possess, money, more, dl or f.deadline > 0, f.sexual > 0, f.platform > 0,
                       f.specific > 0))
        why.append(Contribution("rule", "A threat to expose or a claim to hold images, with a demand: targeted "
                                        "sextortion"))
        return Verdict.TARGETED, min(0.95, 0.55 + 0.06 * support), signals, why
    # The older "specific" rule: pictures you sent, your followers, more pictures, usually from an app.
    personal = f.specific > 0 and (f.sexual > 0 or more or f.spread > 0) and not sp.warnings and not sp.advice \
        and not (sp.told and not sp.speaker)
    # "More photos of the water damage" asks for pictures as an insurer or an estate agent does: "more" alone
    # needs an intimate word, the reader's people, a claim to hold pictures or a threat beside it.
    more_only = more and not (f.sexual > 0 or f.spread > 0 or possess or threat)
    if personal and not more_only and (money or more or f.spread > 0) and (f.sexual > 0 or more or f.platform > 0):
        why.append(Contribution("rule", "Talks about your pictures or the people you know, with a demand"))
        support = sum((f.sexual > 0, f.spread > 0, money, f.platform > 0, more, f.deadline > 0))
        return Verdict.TARGETED, min(0.95, 0.55 + 0.05 * support), signals, why
    # A demand with a consequence, about images or video: targeted, even without the word "share".
    # (not a storage plan's: "minhas fotos vão ser apagadas se eu não pagar o armazenamento" deletes the reader's own)
    if coerced and images and (possess or sp.material > 0) and f.business_claim == 0 and not f.business \
            and not (loose is not None and loose.storage_notice):
        why.append(Contribution("rule", "A demand with a consequence, about pictures or videos: targeted sextortion"))
        return Verdict.TARGETED, min(0.9, 0.55 + 0.06 * sum((possess, dl, f.sexual > 0, f.platform > 0))), \
            signals, why
    # A threat to expose something that is not an image (screenshots, an address, data) with a demand.
    # (Not when the only threat is a hint that names nothing, "ur mom wud love these": what it would show is
    # left to the consequence below.)
    if threat and money and not (sp.implied >= sp.threats and not sp.material and not sp.implied_named):
        # (the thing exposed is a picture, a video or a recording of the reader: that is targeted sextortion)
        if loose is not None and loose.visual and not _bulkish(f, loose) \
                and not (f.business or f.business_claim or harm or f.violence):
            why.append(Contribution("rule", "A threat to show pictures or a recording of you, with a demand: "
                                            "targeted sextortion"))
            return Verdict.TARGETED, min(0.9, 0.6 + 0.05 * sum((dl, f.deadline > 0, possess))), signals, why
        # (what is asked is more pictures, and no money is named: "send me 3 more like the last ones or i post the
        # ones i have")
        if (more or (loose is not None and loose.more_asked)) and not (
                f.amount or f.payment_app or f.crypto_words or f.business or f.business_claim or harm or f.violence):
            why.append(Contribution("rule", "A threat to expose, with a demand for more pictures: targeted "
                                            "sextortion"))
            return Verdict.TARGETED, min(0.9, 0.6 + 0.05 * sum((dl, f.deadline > 0, possess))), signals, why
        # (what would be shown is not named at all, "ou j'envoie tout à ta copine", "or i send to ur sister": the
        # kind is left open, for the model to name if it is sure)
        if loose is not None and loose.short and not (
                loose.material or loose.visual or loose.told or loose.sold or loose.tell_mine or loose.held_account
                or loose.account or loose.names_other_thing or f.business or f.business_claim or harm or f.violence
                or f.crypto_valid):
            why.append(Contribution("rule", UNNAMED_EXPOSURE_READ))
            return Verdict.UNCLEAR, 0.6, signals, why
        why.append(Contribution("rule", "A threat to expose something with a demand for money"))
        return Verdict.OTHER_EXTORTION, min(0.9, 0.6 + 0.05 * sum((dl, f.deadline > 0, possess))), signals, why
    # Demands backed by harm, or aimed at a business (servers, data, a website): other extortion.
    if (coerced or dl or harm) and (harm or f.violence or f.business or f.business_claim) and money:
        why.append(Contribution("rule", "A demand backed by harm, or aimed at a business: extortion that is not "
                                        "about intimate images"))
        return Verdict.OTHER_EXTORTION, min(0.85, 0.55 + 0.05 * sum((coerced, dl, harm, f.violence > 0))), \
            signals, why
    # A chat message with a demand and a consequence for the reader ("… or your boss hears everything",
    # "sonst kommen meine Leute vorbei", "pay or we sell it"): the consequence names the kind; whatever its
    # wording, such a message is never "not extortion" (safety asymmetry).
    cons = _consequence(loose, sp, f)
    if cons is not None and loose is not None:
        kind = _CONSEQUENCE_KIND.get(cons)
        # A claim to hold pictures or a recording with that consequence is targeted, unless it claims a break-in
        # ("I hacked your device and recorded you"): the bulk e-mail's shape.
        if cons in ("any", "told") and (possess or loose.possess or sp.material > 0) and (images or loose.material) \
                and not loose.intrusion and not (f.business or f.business_claim):
            kind, cons = Verdict.TARGETED, "held_images"
        if kind == Verdict.OTHER_EXTORTION and (f.sexual > 0 or (possess and images)):
            kind = None
        # (pictures or a recording of the reader are what would be sent or sold: targeted, whatever the wording)
        # (not a break-in claim for crypto, the bulk e-mail's shape, and not an account held: kinds of their own)
        if kind in (Verdict.OTHER_EXTORTION, None) and (cons in ("told", "sold", "passive") or (
                cons == "any" and loose.expose)) and loose.visual and not _bulkish(f, loose) \
                and not (f.business or f.business_claim or harm or f.violence):
            kind, cons = Verdict.TARGETED, "held_images"
        # (more pictures asked for, and the ones held shown otherwise: "schick mir noch mehr von denen … oder ich stelle
        # die alten in eure klassengruppe")
        if kind is None and cons == "any" and more and (loose.expose or loose.audience) \
                and not (f.business or f.business_claim or harm or f.violence or _bulkish(f, loose)):
            kind, cons = Verdict.TARGETED, "held_images"
        signals = [*signals, "conditional_demand"]
        if kind is not None:
            why.append(Contribution("rule", _CONSEQUENCE_WHY[cons]))
            return kind, 0.7, signals, why
        why.append(Contribution("rule", "A demand comes with a consequence for you (\"or …\", \"unless …\"), "
                                        "but not enough to tell which kind of extortion: treat it as real"))
        return Verdict.UNCLEAR, min(0.8, 0.6 + 0.05 * sum((threat, possess, dl, coerced, harm, money, images))), \
            signals, why
    # A prize that costs a fee to collect, with a deadline and nothing else: advance-fee fraud, not extortion.
    fee_only = loose is not None and loose.fee_notice and dl and not (threat or possess or coerced or harm or price)
    # "Send me a photo of your homework by 7 or no Xbox. Love you, Dad", "send one or I'll sulk 😘": the only
    # consequence is a parent's sanction or a sulk, with nothing intimate, held, harmful or paid beside it.
    # "Betaal vandaag, anders wordt het retour gestuurd": the consequence is a parcel sent back. Phishing often
    # looks like this; it is not extortion (the link it carries is listed with the indicators).
    if loose is not None and loose.parcel_notice and not (threat or possess or harm or price or f.sexual
                                                          or f.crypto_words or sp.possession_loose):
        why.append(Contribution("rule", PARCEL_READ))
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    # (the writer's "I have years of photos of my kids on it" is what the plan holds: only a claim to hold the reader's
    # pictures, "I have your photos", stops this; ``possess`` was narrowed to that above)
    if loose is not None and loose.storage_notice and not (threat or possess or harm or price or f.sexual
                                                           or f.crypto_words):
        why.append(Contribution("rule", STORAGE_READ))
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.jealousy and not (threat or possess or harm or price or f.crypto_words
                                                     or sp.possession_loose or f.sexual):
        # (what "he" does with "your pics" there is what the reproach is about, not a threat someone else made)
        _drop_told(why)
        why.append(Contribution("rule", JEALOUS_READ))
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.worry_only and not (threat or possess or dl or coerced or harm or price
                                                       or f.crypto_words or sp.possession_loose):
        # ("he hasn't asked for anything, but I'm anxious he might share them": the fear of a threat to come)
        _drop_told(why)
        why.append(Contribution("rule", WORRY_READ))
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.account_help and not (threat or harm or price or f.sexual or f.crypto_words
                                                         or f.crypto_valid or f.payment_app):
        # ("my steam got hacked … anyone know a faster way to get it back?": the owner asking for help, the sentence
        # reader taking the support ticket's "2-3 days" and "I have the receipts" for a deadline and a claim)
        why[:] = [Contribution("rule", ACCOUNT_HELP_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.friend_debt and not (threat or possess or harm or f.sexual or f.crypto_words
                                                        or f.crypto_valid):
        # ("you still owe me 23.50 for the pizza and the uber, can you pay me back today?": the sentence reader reads
        # the repayment and "today" as a demand with a deadline)
        why[:] = [Contribution("rule", FRIEND_DEBT_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.hacked_warning and not (threat or possess or harm or price or f.sexual
                                                           or f.crypto_valid or f.payment_app):
        # ("mein Facebook wurde gehackt. Wenn 'ich' euch nach einem Code oder Geld frage, bitte ignorieren": the
        # sentence reader reads the owner's "if I ask you for money" as a demand's condition)
        why[:] = [Contribution("rule", CONTACTS_WARNED_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.proof_photo and not (threat or possess or harm or price or f.sexual
                                                        or f.crypto_words or f.crypto_valid or sp.possession_loose):
        # ("foto sturen anders telt het niet": the sentence reader reads "je moet morgen …" as a demand with a deadline)
        why[:] = [Contribution("rule", PROOF_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.support_bait and not (threat or possess or harm or f.sexual or f.crypto_valid):
        # ("Our recovery team can restore it within 2 hours. Fee is $50 via Cash App, paid upfront": a scam's fee, the
        # sentence reader taking the hours for a deadline)
        why[:] = [Contribution("rule", SUPPORT_READ)]
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if loose is not None and loose.harmless and not (threat or possess or harm or price or f.sexual or f.crypto_words
                                                     or f.payment_app or sp.possession_loose):
        why.append(Contribution("rule", SANCTION_READ))
        return Verdict.NOT_EXTORTION, 0.6, ["nothing_found"], why
    if (threat or possess or dl or coerced or harm or price) and not fee_only:
        why.append(Contribution("rule", "A threat, a claim to hold images or a demand with a deadline is there, "
                                        "but not enough to tell which kind of extortion: treat it as real"))
        return Verdict.UNCLEAR, min(0.8, 0.6 + 0.05 * sum((threat, possess, dl, coerced, harm, money, images))), \
            signals, why
    # The safety net: a short message whose words hold a threat, a possession claim or a demand with
    # teeth, even where no single sentence reads as one (fragments, languages without a table).
    # ... unless the message is a share told as a pleasure ("sending the party photos to your mom 😊"), or
    # a bill or service notice about photos ("your photos will be deleted unless you upgrade your plan")
    # in which nobody claims to hold anything and nothing harms.
    if sp.benign_share:
        why.append(Contribution("rule", SHARE_READ))
    # (a share told as a pleasure stops being one when the writer also holds pictures and presses for something
    # or sets a condition: "I still have those photos … don't make me wait", "… either you come back or the club
    # gets a link")
    # ... nor a warning that retells such a message and advises the reader, nobody speaking as "I", nor one that
    # advises not to pay and names the police or a report, nobody holding pictures (in any language).
    retold = (sp.told and sp.advice and not sp.speaker and not sp.possession and not f.crypto_valid) or (
        loose is not None and loose.advises and not sp.possession) or _arrest_reported(f, sp)
    if loose is not None and loose.threat \
            and not (sp.benign_share and not ((loose.possess or loose.held_account or loose.veiled)
                                              and (loose.demand or loose.condition or loose.veiled))
                                         # ("facetime me tonite or its on twitter": the sending is the price of
                                         # not obeying, whatever laugh comes with it)
                                         and not (loose.or_expose and (loose.demand or loose.deadline
                                                                       or loose.condition))
                     # ("… sitting in a message to your dad. drafts. up to you if i hit send": a choice left to the
                     # reader over a sending is no pleasure shared)
                     and not (loose.up_to_you and loose.expose and loose.material)) \
            and not loose.fee_notice and not retold and not (
            sp.service and not (loose.possess or loose.harm or loose.intrusion or loose.audience or loose.crypto
                                or loose.held_account or f.sexual or loose.veiled_seen
                                or (loose.or_expose and loose.material)
                                or (loose.veiled and loose.deadline))):
        # (the share read as a pleasure above is overruled here: its words would contradict the verdict)
        why[:] = [c for c in why if c.text != SHARE_READ]
        why.append(Contribution("rule", "This short message holds words of a threat, a claim to hold pictures or a "
                                        "demand with a condition or deadline, spread over it: treat it as real"))
        if loose.visual and (loose.expose or loose.audience) and (loose.demand or loose.possess or loose.mine) \
                and not (loose.intrusion or loose.crypto or loose.harm or f.business
                         # (an account taken is another kind, unless its pictures are threatened: "invadi teu
                         # instagram e achei as fotos … se quiser … as fotos não vazarem")
                         or (loose.held_account and not (loose.expose and loose.material))
                         or f.business_claim or f.crypto_words):
            # (pictures or a video, people to show them to, and a demand or a claim to hold them: the kind is named)
            why.append(Contribution("rule", LOOSE_KIND_READ))
            return Verdict.TARGETED, 0.65, [*signals, "loose_threat"], why
        if loose.held_account and (loose.demand or loose.token or loose.game_money) \
                and not (loose.visual or loose.material or loose.veiled or f.sexual or f.more_images):
            # (an account taken and a price to get it back, nothing intimate named: "peguei seu insta kkk. 300 no
            # pix e te devolvo")
            why.append(Contribution("rule", HELD_ACCOUNT_READ))
            return Verdict.OTHER_EXTORTION, 0.65, [*signals, "loose_threat"], why
        return Verdict.UNCLEAR, 0.6, [*signals, "loose_threat"], why
    weak = _weak(f, sp)
    shown = ["told_not_made"] if sp.warnings else []
    if not shown:
        shown.append("nothing_found")
    why.append(Contribution("rule", NOTHING_READ + "addressed to you"
                            + (f"; {weak} weaker sign(s) found" if weak else "")))
    return Verdict.NOT_EXTORTION, max(0.5, 0.95 - 0.1 * weak - 0.03 * _shape(f)), shown, why


_CONSEQUENCE_KIND: dict[str, Verdict | None] = {
    "violence": Verdict.OTHER_EXTORTION, "told": Verdict.OTHER_EXTORTION, "sold": Verdict.OTHER_EXTORTION,
    "passive": Verdict.OTHER_EXTORTION, "account": Verdict.OTHER_EXTORTION, "images": Verdict.TARGETED,
    "any": None,
}
_CONSEQUENCE_WHY = {
    "violence": "A demand with a consequence that hints at harm to you or your business (\"my people will come "
                "by\", \"you know what happens\", a flood of bad reviews): extortion that is not about intimate images",
    "told": "A demand with a consequence: someone close to you would learn a secret. Extortion that is not about "
            "intimate images",
    "sold": "A demand with a consequence: data would be sold. Extortion that is not about intimate images",
    "passive": "A demand with a consequence written as a notice (\"the data will be published\"): extortion that "
               "is not about intimate images",
    "account": "Your account is held until you pay: extortion that is not about intimate images",
    "images": "A demand with a consequence: someone close to you would be sent something (\"she gets a surprise "
              "message\"). Read as targeted sextortion",
    "held_images": "A claim to hold pictures or a recording of you, and a demand with a consequence: targeted "
                   "sextortion",
}


def _bulkish(f: _Features, loose: LooseSigns) -> bool:
    """A break-in is named, or crypto with a camera or a way in: the bulk camera e-mail's parts, which a picture
    word alone does not make targeted. (Crypto alone is not: "I made pics of you with AI … 0.01 BTC or your
    followers get them"; nor a way in alone: "i saved ur video … facetime me, camera on, or it goes on ur story".)"""
    crypto = f.crypto_words or f.crypto_valid or loose.crypto
    return bool(f.hack_any or (crypto and (f.camera_any or loose.intrusion)))


def _consequence(loose: LooseSigns | None, sp: Speech, f: _Features) -> str | None:
    """The kind of consequence tied to a demand in a short message, or None (see ``LooseSigns``)."""
    if loose is None or sp.benign_share or sp.warnings:
        return None
    cons = loose.consequence
    # (nor the owner's "if 'I' ask you for money, ignore it" to contacts warned of a taken account)
    if cons is None or loose.fee_notice or loose.token_joke or loose.mock_hostage or loose.sibling_tell \
            or (sp.advice and cons == "any") or loose.hacked_warning \
            or (loose.advises and cons == "any") or loose.debt_tell_joke or loose.proof_photo:
        return None
    # (a parcel sent back or one's own photos deleted from a full plan: the notices read below, not a consequence)
    if loose.parcel_notice or loose.storage_notice:
        return None
    # A bill or service notice ("pay by Friday or your account is suspended") holds the same words.
    if sp.service and cons in ("any", "account", "passive") and not (loose.possess or loose.harm) \
            and not (cons == "account" and (loose.taken or loose.held_account)):
        return None
    return cons


# Signals that describe a feature of another verdict only confuse: hidden for these verdicts.
_HIDE = {
    Verdict.MASS_SCAM: {"business_hack", "platform", "claims_specific", "asks_more_images"},
    Verdict.OTHER_EXTORTION: {"platform", "claims_specific", "asks_more_images", "claims_camera", "own_account"},
    Verdict.TARGETED: {"business_hack", "own_account"},
    Verdict.UNCLEAR: set(),
    Verdict.NOT_EXTORTION: set(),
}


def _signal(sid: str, indicators: list[Indicator]) -> Signal:
    if sid == "deadline":
        first = next((i for i in indicators if i.type == "deadline"), None)
        if first is not None:
            return Signal(sid, f"Gives you a deadline: {first.value}")
    return Signal(sid, SIGNAL_TEXT[sid])


# The model is trusted only this far: it may turn "not extortion" into "unclear" when a weak sign fired
# and it is fairly sure, and name the kind of an "unclear" message when it is sure.
MODEL_FLAG = 0.95
MODEL_KIND = 0.8
MODEL_KIND_FLAGGED = 0.9
# Where the rules read only a demand with a time (no threat, sending or thing held), the model names "targeted" only
# from here: on sets 96-219, of 61 threats the rules left unclear with no such sign 40 are rated this high, and an
# investment pitch ("Deposit just $250 today and my mentor will double it in 48 hours") 0.96.
MODEL_KIND_ALONE = 0.99
# Where the rules found no sign at all, the model names targeted or other extortion only when it is this sure of
# extortion (and MODEL_KIND_FLAGGED sure of the kind, which nothing the rules read contradicts; targeted needs
# MODEL_KIND_ALONE there). On the 4,634 once-unsure messages of the read sets 96-243, which the model never learned
# from (9906f8b against the session's start): 85 more targeted and 74 more other extortion named their right kind, 1
# targeted threat was named other extortion, and 3 hard negatives, flagged either way, were named a kind rather than
# `unclear`. The bulk e-mail keeps to its signs.
MODEL_KIND_NO_SIGNS = 0.99
# With no sign at all, nothing the rules read points elsewhere, so the model's certainty of the kind itself may name it
# from a lower bar than MODEL_KIND_ALONE (which holds where the rules read weaker signs of another shape): the kind at
# MODEL_KIND_NO_SIGNS_KIND. On the once-unsure rows of the read sets 96-243 whose kind the head rated 0.95-0.99 and
# the rules read no sign: 64 threats of the right kind, 4 of another, 6 hard negatives (flagged either way); on the read
# sets 244-275: 16 right, 2 hard negatives.
MODEL_KIND_NO_SIGNS_KIND = 0.95
# In a language the rules do not read, the model alone names the kind from here (it is the only reader). Rows of the
# read sets 96-243 left unclear there with the kind rated 0.80-0.90: 81 right, 8 of another kind, 8 hard negatives;
# sets 244-275: 20 right, 1 of another kind, 1 hard negative.
MODEL_KIND_UNREAD = 0.8
# A message the neighbours rescued (NEAR_RESCUE, below), or one left unclear, is named the kind when the head rates
# that kind at least NEAR_KIND_MODEL and at least NEAR_RESCUE of the five neighbours share it (two readers agreeing;
# never the bulk e-mail). Rescued rows of the read sets 96-243: 81 right, 1 of another kind, 10 hard negatives
# (flagged either way) of 49 rescued; sets 244-275: 29 right, 1 hard negative. Unclear rows of sets 96-283 (after the
# other bars): 39 targeted and 1 other extortion named right, 2 other extortion named targeted, no hard negative named.
NEAR_KIND_MODEL = 0.7
# Weak signs needed before the model is asked about a "not extortion" reading. Chosen with MODEL_FLAG by
# 5-fold cross-validation (benchmarks/cv_model_flag.py: synthetic + messages-dev + the two development
# sets, 1,007 messages, head per fold on the other folds' synthetic + messages-dev): in chat-length
# messages (<= 60 words) one weak sign other than a bare demand, with P >= 0.95, left 2/514 extortion
# messages at "not extortion" against 4/514 at two weak signs, for 20/493 negatives flagged against 19/493
# (synthetic negatives 4.4%, target <= 5%). A bare demand ("share this with your friends") does not count
# alone there: the model is too eager on such texts. In 61-120-word messages one sign changed nothing and
# sent short spam e-mails to the model (a third of the throughput on the shared spam + ham).
MODEL_WEAK = 2
MODEL_WEAK_CHAT = 1
MODEL_CHAT_WORDS = 60
# Every message of up to 40 words that links nowhere is read by the model, weak signs or not. Four new writers'
# sets (16-19, 367 threats), unseen by the head, showed why: their threats that the rules missed were short,
# cold and implied ("1000. or everyone.", "Bis heute Abend."), with no weak sign to send them to the model, which
# rated 7 of the 12 misses of sets 16-17 at >= 0.95. Asking it cut false reassurance there from 12 to 5 of 185,
# and on sets 18-19 (measured after the change) from 12 to 3 of 182, for 6 more of 193 hard negatives flagged
# and 81 more model calls on the shared spam + ham (short e-mails without a link), a large share of the
# throughput: safety first (see docs/analyze.md).
MODEL_ANY_WORDS = 40
# ... and flags such a message only when it is this sure. It was 0.99 (at 0.95 a spam e-mail rated 0.985 was
# flagged, before the sieve kept it from the model). On sets 20-33 (1,291 threats, 695 hard negatives, unseen by the
# head) 0.95 leaves 46 threats at "not extortion" against 48 at 0.99, with the same 90 hard negatives flagged and the
# same shared spam (1/331) and normal mail (0/212).
MODEL_FLAG_ALONE = 0.95
# A long message's most threatening part flags from here when its close neighbours agree as for a rescue (else from
# MODEL_FLAG): on the long labelled texts with a part at 0.80 or more, 15 -> 8 threats missed, 8 -> 9 hard negatives.
MODEL_FLAG_PART = 0.90
# Up to this many words a long message in a language the rules do not read is read by its cue words for pictures held
# (`_holds_with_teeth`), after the model's parts.
UNREAD_CUE_WORDS = 250
# A sanction or a parcel notice that the rules read ("homework photo first, or no PUBG tonight") keeps the old bar:
# at 0.95 a Hinglish parent's sanction of the spent sets became `targeted`.
MODEL_FLAG_SANCTION = 0.99
# (a settled reading, SETTLED_READS: the head's score is shown but cannot flag)
MODEL_FLAG_SETTLED = 1.01


# Before the model reads such a message, the sieve (learned/sieve.py: hashed character n-grams, ~0.2 ms) does;
# below this it is not asked. On the spent sets 9-19, which neither head was trained on, the lowest sieve score
# of the 56 threats the model flagged this way was 0.38; at 0.05 the sieve let all 56 through and spared the
# model 69 of the 87 short spam and normal e-mails that had asked it (see docs/analyze.md).
SIEVE_PASS = 0.05
# In a language the rules do not read, or that nobody could name, the model is the only reader, and the sieve learned
# from the first sets, in few languages: there it stops only what it rates below 1%.
SIEVE_PASS_UNREAD = 0.01
# A longer message (up to MODEL_MAX_WORDS) in which the rules found nothing and that links nowhere is read by the
# model too, but only when the sieve finds it close to a threat. A chat whose threat comes late in many turns was
# never read by the model before: on the first evaluation of sets 26-29 (figures only, no text read), 6 of the 17
# threats called "not extortion" were such messages (41-124 words), never shown to the model. The bar is below the
# lowest sieve score (0.38) of any threat the model flagged alone on the spent sets 9-19, and above the sieve score
# of the shared spam e-mails of that length that the model then flags (a giveaway at 0.09 rated 1.0); without a
# usable sieve these messages are not shown to the model, as before. On sets 20-33 (1,291 threats the sieve never saw)
# both bars together cost one threat (a 66-word message at 0.11 that the model rates 1.0): 48 called "not
# extortion" against 47 without any sieve; a bar of 0.1 keeps it and makes the shared spam a third slower.
SIEVE_PASS_LONG = 0.3


# How the sieve's line ends when it kept the model from a message; dropped if a later step asks the model all the same.
SIEVE_SKIPPED = ", so the larger model was not asked"


def _sieve_clears(text: str, why: list[Contribution], *, unread: bool = False) -> bool:
    """True when the quick first reader finds the message far from any threat (below ``SIEVE_PASS``, or
    ``SIEVE_PASS_UNREAD`` where the rules do not read the language), so the model need not read it. Without a usable
    sieve the model is asked, as before the sieve existed."""
    try:
        from standfast.analyze.learned import sieve_knows_script, sieve_score
    except ImportError:
        return False
    # (where the rules do not read the language and the sieve never learned its script, its score says nothing)
    if unread and not sieve_knows_script(text):
        return False
    found = sieve_score(text)
    if found is None or found >= (SIEVE_PASS_UNREAD if unread else SIEVE_PASS):
        return False
    why.append(Contribution("model", f"A quick first reading rates it {found:.0%} likely to be extortion"
                                     + SIEVE_SKIPPED))
    return True


def _sieve_reaches(text: str, why: list[Contribution]) -> bool:
    """True when the quick first reader finds a longer message close enough to a threat (``SIEVE_PASS_LONG``)
    for the model to read it. Without a usable sieve it is not read, as before the sieve existed."""
    try:
        from standfast.analyze.learned import sieve_score
    except ImportError:
        return False
    found = sieve_score(text)
    if found is None or found < SIEVE_PASS_LONG:
        return False
    why.append(Contribution("model", f"A quick first reading rates it {found:.0%} likely to be extortion, "
                                     "so the larger model was asked"))
    return True


def _told_in_part(loose: LooseSigns, why: list[Contribution]) -> bool:
    """True when a longer quiet message tells some part of a threat in the writer's words
    (:attr:`LooseSigns.told_in_part`), so that the model reads it whatever the quick first reader says: the sieve
    learned from few tellings. On the read sets 440-527 (figures in docs/analyze.md) the model so found tellings by a
    flatmate, a shopkeeper and a parent that the sieve rated between 0.002 and 0.17."""
    if not loose.told_in_part:
        return False
    why.append(Contribution("model", "Its words tell part of a threat (someone who says or holds something, someone "
                                     "close to you, harm, pictures or that it goes on), so the larger model was asked"))
    return True


def _held_pictures(telling: LooseSigns, f: _Features) -> bool:
    """A telling names pictures or a video held, with no break-in, no crypto and no word that no pictures are at
    stake: targeted sextortion, told by its victim or for them."""
    return telling.visual and not (telling.intrusion or telling.crypto or f.crypto_words or telling.no_pictures)


# A string shaped like a bitcoin address, valid or not (the extractor keeps only valid ones; a reader pasting a bulk
# e-mail may mistype it).
_WALLET_SHAPE = re.compile(r"\bbc1[a-z0-9]{14,87}\b|\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\b")


def _linked(indicators: list[Indicator]) -> bool:
    """A link or an address in the message: short e-mails and spam carry one, a person's threat seldom does."""
    return any(i.type in ("url", "email") for i in indicators)
# The check on "not extortion" is for chat-length messages, the same bound as the short-message net
# (loose.MAX_WORDS): at 200 words one ordinary spam e-mail asked the model and cost 17% of all triage time
# on the shared spam + ham, and no labelled message between 120 and 200 words was changed by the model.
MODEL_MAX_WORDS = 120
# In a language the rules cannot read, the model is the only reader: "more likely than not" is enough
# to say "unclear" rather than reassure.
MODEL_UNREAD = 0.5
# Words are counted between spaces, which says nothing of the length of Chinese or Khmer text; the model's
# cost grows with its tokens (about 1.5 ms each on one core), so an unread message is also capped in
# characters. Every unread message of the labelled sets is shorter than 500 characters.
MODEL_UNREAD_CHARS = 600
# When the model reads a message it also finds the labelled messages nearest to it (learned/neighbours.py, five of
# ~9,900: the training sets and the spent held-out sets). Their labels check the head both ways. Left one writer's set
# out at a time over the spent sets 9-47 (3,588 threats, 1,941 hard negatives; the bank of 8,762 messages then,
# without that set), a flag by the head alone with no extortion among the five (NEAR_VETO) was a hard negative 35
# times and a threat never. A "not extortion" read by the model with at least NEAR_RESCUE of the five neighbours
# extortion was a threat 66 times and a hard negative 18 times, but short everyday messages have threats for
# neighbours too (the bank holds more threats, and a short message with a time lies near short threats with a time in
# any language: 49 of 680 everyday messages, their own file left out). So the head must give at least
# NEAR_RESCUE_MODEL, and the neighbours that count must be close (NEAR_FLOOR, cosine): 28 threats, 3 hard negatives, 1
# of the 680 everyday messages. (At 0.05: 33 threats, 3 hard negatives, 4 everyday messages, and one more shared spam
# e-mail flagged, 2 of 331; without the floor "are we still on for tonight? 8pm at mine" has four threats among its
# five nearest, none closer than 0.87.)
NEAR_RESCUE = 4
# How a model reading that leaves the verdict as it was ends (dropped when the neighbours overrule it).
KEPT_READ = "; that does not change the reading"
NEAR_RESCUE_MODEL = 0.1
NEAR_FLOOR = 0.88
# All five neighbours close threats aimed at a person is a stronger sign than four: the head may then be less sure.
# Left one set out at a time over the spent sets 9-67 (5,468 threats, 2,950 hard negatives, a bank of 11,651), the
# threats still called "not extortion" with all five close neighbours extortion were 34 (the head below 0.1 on each)
# and hard negatives 6. With the head at NEAR_ALL_MODEL or more and bulk e-mails not counted (_near_all_aimed): 11
# threats and 1 hard negative ("is the thing about Instagram leaking everyone's private photos real??") become
# unclear; of the 680 everyday messages (their own file left out) and the shared spam and normal mail, none.
NEAR_ALL = 5
NEAR_ALL_MODEL = 0.02
# In a language the rules do not read, the head often rates a plain threat at 0.00 while all five nearest messages,
# each of them close, are extortion of some kind written by others: that is then enough. Left one set out at a time
# over the spent sets 9-71 (1,287 threats and 614 hard negatives in those languages, a bank of 12,215): 11 threats and
# 1 hard negative become unclear at 0.90 (8 and 0 at 0.92; 14 and 2 at 0.88).
NEAR_UNREAD_FLOOR = 0.90
NEAR_VETO = 0


def _model_opinion(text: str, head: Head | None = None) -> LearnedOpinion | None:
    """The model's opinion of ``text`` with the shipped head, or with ``head`` when one is given."""
    try:
        from standfast.analyze.learned import score
    except ImportError:
        return None
    return cast("LearnedOpinion | None", score(text, head))


# A long message (more than MODEL_MAX_WORDS) that the rules leave "not extortion", with no link or address in it, is
# cut into parts (parts.py); the sieve reads each and the model reads the PART_ASKED parts the sieve finds most like
# a threat, if they reach PART_SIEVE. The model must then be as sure as for a message with signs (MODEL_FLAG).
# Measured before it was built, on the long messages (> 120 words) of the read held-out sets 1-103, the training
# sets and the shared corpora (200 threats, 62 hard negatives, 154 spam, 147 normal e-mails): the rules missed 16
# threats; parts read this way would flag 12 of them, 1 hard negative and no spam or normal e-mail, and ask the model
# 22 times over the shared spam and normal mail (a link rules 229 of the 301 long spam and normal e-mails out: asked
# of every long e-mail, the model flagged 31 spam and 17 normal ones at the same bars).
PART_SIEVE = 0.05
PART_ASKED = 2
# A long message with a link or an address in a language the rules do not read is read in parts too (see below): on
# the unread sets 464-471 (951 messages, four of long linked messages in nineteen such languages) false reassurance
# went from 81 to 54 of 540 threats and hard negatives flagged from 25 to 27 of 392; the shared mail did not change.
PARTS_UNREAD_LINKED = True
PART_READ = "the part of this long message that reads most like a threat"
# In a language the rules do not read, the parts are read by the wide head (learned/wide.py: trained on every message
# of the bank, where the shipped head learned from the sets up to 95), the sieve's bar is its bar for unread messages
# (SIEVE_PASS_UNREAD) and one part more is read. On the read sets 457 and 464-471 (the parts route's 328 messages,
# 207 threats), measured before it was built: the two parts the shipped head read flagged 140 threats and 5 hard
# negatives of 121; three parts read by the wide head, 174 and 6.
PARTS_WIDE = True
PART_SIEVE_UNREAD = 0.01
PART_ASKED_UNREAD = 3
# A long message in which the rules read a threat sentence as told by or of someone else (a telling, a warning, a
# quote) is read in parts whatever the sieve says of them: the sieve learned from few tellings, and rated the parts
# of two English tellings of a threat going on 0.01 and 0.02 where the model rated them 0.998 and 0.999.
PART_SIEVE_TOLD = 0.0
# ... up to a page: a telling is a person's message, and the one shared spam e-mail this flagged had 7,351 words.
PART_TOLD_MAX_WORDS = 400
# The sieve learned from few scripts: of a long message in Georgian, Armenian, Bengali or Urdu it may pass no part at
# all, and nobody else reads it. The wide head then reads its opening. (A script the sieve never learned does not stop
# the parts either: learned.sieve.SCRIPTS.) With PARTS_NEAR_ALL, on the long messages in such languages of the sets
# 440-493 (681 threats, 403 hard negatives, none of them in the bank), measured after the sets had been read: threats
# called not extortion 47 -> 35, hard negatives flagged 65 -> 69; the scripts, 35 -> 31 and 69 -> 69. The shared
# spam and normal mail and the everyday check did not change (1/331, 0/212, 17/295, the model asked as often).
OPENING_UNREAD = True
# In such a language, a long message of which this many parts read have all their labelled neighbours close threats
# is treated as real whatever the head rated those parts (the head rated parts of Ukrainian and Bulgarian threats
# 0.1-0.4 whose five nearest labelled messages were all threats). Simulated before it was built on those long messages
# that were still called not extortion (47 threats, 338 hard negatives): one such part would flag 25 threats and 27
# hard negatives, two 14 and 5.
PARTS_NEAR_ALL = 2


# The wide head's reading of such a part flags from here: in languages the rules do not read, nobody else reads a long
# message (a short one there is flagged from MODEL_UNREAD, 0.5). On the read sets 457 and 464-477 (1,832 messages)
# it found 11 more threats and flagged 4 more hard negatives than the ordinary bars; on the unread sets 478-483 (772,
# committed before), 4 more threats and 5 more hard negatives. Telling a person under threat that there is none is
# the worst error; a long newsletter in Thai called unclear is a small one (docs/analyze.md).
MODEL_FLAG_PART_UNREAD = 0.8


def _wide_head() -> Head | None:
    """The wide head when the switch is on and it is usable, else None (the shipped head then reads the parts)."""
    if not PARTS_WIDE:
        return None
    try:
        from standfast.analyze.learned import load_wide_head
    except ImportError:
        return None
    return load_wide_head()


def _part_opinions(text: str, *, unread: bool = False, told: bool = False) -> list[LearnedOpinion]:
    """The model's opinions of the parts of a long ``text`` that the sieve rates highest: ``PART_ASKED`` of them, at
    least ``PART_SIEVE``; none when no part reaches the sieve's bar or there is no usable sieve or model. ``unread``:
    the language is not one the rules read, so the wide head reads the parts (``PARTS_WIDE``), from the lower bar,
    one part more, and reads the opening when no part reaches the bar (``OPENING_UNREAD``). ``told``: the rules read a
    threat told of someone else in it, so the sieve ranks the parts but does not stop them (``PART_SIEVE_TOLD``)."""
    try:
        from standfast.analyze.learned import sieve_knows_script, sieve_score
    except ImportError:
        return []
    wide = _wide_head() if unread else None
    bar, asked = (PART_SIEVE_UNREAD, PART_ASKED_UNREAD) if wide is not None else (PART_SIEVE, PART_ASKED)
    if told or (unread and not sieve_knows_script(text)):
        # (a script the sieve never learned: its ranking stays, its bar would stop every part)
        bar = min(bar, PART_SIEVE_TOLD)
    scored = []
    for part in parts(text):
        found = sieve_score(part)
        if found is None:
            return []
        if found >= bar:
            scored.append((found, part))
    chosen = [part for _, part in sorted(scored, key=lambda pair: -pair[0])[:asked]]
    if not chosen and wide is not None and OPENING_UNREAD:
        chosen = [text]
    return [opinion for opinion in (_model_opinion(part, wide) for part in chosen) if opinion is not None]


def _most_extortion(opinions: list[LearnedOpinion]) -> LearnedOpinion | None:
    """The opinion that rates its part most likely extortion, or None when there is none."""
    return max(opinions, key=lambda opinion: opinion.extortion, default=None)


def _part_opinion(text: str, *, unread: bool = False, told: bool = False) -> LearnedOpinion | None:
    """The opinion of :func:`_part_opinions` that rates its part most likely extortion, or None when there is none."""
    return _most_extortion(_part_opinions(text, unread=unread, told=told))


def _parts_near_all(opinions: list[LearnedOpinion]) -> int:
    """How many of the parts read have all ``NEAR_ALL`` of their labelled neighbours close threats
    (``NEAR_UNREAD_FLOOR``), whatever the head rated them."""
    return sum(1 for near in map(_nearest, opinions)
               if near is not None and near.extortion_within(NEAR_UNREAD_FLOOR) >= NEAR_ALL)


def _nearest(opinion: LearnedOpinion | None) -> Nearest | None:
    """The labelled neighbours the model found, or None (no opinion, or no usable bank)."""
    return cast("Nearest | None", getattr(opinion, "nearest", None))


def _near_none(opinion: LearnedOpinion | None) -> Nearest | None:
    """The neighbours when none of them is extortion (``NEAR_VETO``): the head's flag alone is then not followed."""
    near = _nearest(opinion)
    return near if near is not None and near.extortion <= NEAR_VETO else None


def _near_all_aimed(near: Nearest) -> bool:
    """All ``NEAR_ALL`` neighbours are close threats aimed at one person (targeted or other extortion). Bulk e-mails do
    not count here: the random strings they carry make random-string spam look like them (a "buy one, get one"
    e-mail padded with junk had five bulk e-mails for its nearest)."""
    return near.of_kind_within(Verdict.TARGETED.value, NEAR_FLOOR) \
        + near.of_kind_within(Verdict.OTHER_EXTORTION.value, NEAR_FLOOR) >= NEAR_ALL


def _near_words(near: Nearest) -> str:
    return f"{near.extortion} of the {near.k} labelled messages most like it {'is' if near.extortion == 1 else 'are'}"


LANGUAGE_SAMPLE = 200


def _language(text: str) -> str | None:
    try:
        from standfast.analyze.learned import detect_language
    except ImportError:
        return None
    # The opening says which language it is; fastText's cost grows with the length it reads.
    return detect_language(text[:LANGUAGE_SAMPLE])


def _harmless_scene(f: _Features, loose: LooseSigns | None) -> bool:
    """The pictures at stake are named with a harmless scene ("the photo of you asleep with your mouth open") and
    nothing sexual is named: not a threat over intimate pictures, whatever else the message holds."""
    return loose is not None and loose.harmless_scene and not f.sexual


def _scene_joke(f: _Features, loose: LooseSigns) -> bool:
    """A harmless picture threatened with laughter ("foto kamu pas ketiduran aku kirim ke grup wkwk"), as a game's
    forfeit ("lost the bet bro. forfeit is u post that baby pic") or for a treat and no money ("bring me tacos or the
    pic of you asleep goes in the family chat"), with no crypto and no harm named: a joke, in any language whose scene
    words are listed."""
    return _harmless_scene(f, loose) and (loose.laugh or loose.game or (loose.token and not loose.real_money)) \
        and not (loose.crypto or loose.harm or f.crypto_words)


def _scene_kind(kind: str, f: _Features, loose: LooseSigns | None) -> bool:
    """The kind named is targeted while the pictures at stake are a harmless scene: never named, in any language."""
    return kind == Verdict.TARGETED and _harmless_scene(f, loose)


def _kind_fits(kind: str, f: _Features, sp: Speech, loose: LooseSigns | None) -> bool:
    """Whether the signs the rules found agree with the kind the model names for an "unclear" message.

    The rules often see that something is a threat without seeing which kind (a fragment, a language they
    read poorly, a threat spread over a chat). The model may then name the kind, but only one the signs
    point to: pictures or a recording of the reader for targeted, a break-in or camera story for the bulk
    e-mail, and a threat about anything but intimate pictures for other extortion.
    """
    pictures = _pictures_named(f, sp, loose)
    shown = loose is not None and loose.expose and loose.audience  # "… before I start tagging your school"
    if kind == Verdict.TARGETED:
        return bool(sp.threats or pictures or shown) and not _harmless_scene(f, loose)
    if kind == Verdict.MASS_SCAM:
        return bool(f.hack or f.camera or f.sexual or f.hack_any or f.camera_any
                    or (loose is not None and loose.intrusion))
    if kind == Verdict.OTHER_EXTORTION:
        # (a sum with a time limit is teeth enough for a kind the model is sure of: "$1,000 by Friday and I forget
        # I ever saw the court record", "0,3 BTC voor maandag en het stopt")
        paid = f.amount or f.payment or f.crypto_words or f.crypto_valid or f.payment_app
        teeth = sp.threats or sp.coerced or sp.harm or sp.deadline_demands or (loose is not None and (
            loose.threat or loose.consequence is not None or (paid and loose.deadline))) \
            or (paid and (f.deadline or sp.demands))
        return bool(teeth and not f.sexual and not f.more_images and not sp.more_images)
    return False


def _buys(norm_text: str, loose: LooseSigns) -> bool:
    """The writer pays the reader or buys from them ("I will do payment via UPI today", "te hago bizum"), a sale is
    read, or a pitch promises money back ("2k in and you get 6k back by Friday"): no kind of extortion may be named
    for it on the model's certainty."""
    return loose.sale or loose.pitch or I_PAY_YOU.search(norm_text) is not None


def _pictures_named(f: _Features, sp: Speech, loose: LooseSigns | None) -> bool:
    """Whether the rules read pictures or a recording at stake: sexual words, pictures held, more asked, a price."""
    held = loose is not None and ((loose.possess and loose.material) or loose.veiled)
    return bool(f.sexual or sp.material or f.more_images or sp.more_images or sp.possession
                or sp.possession_loose or sp.price or held)  # (a price is asked to see, keep or delete pictures)


def _kind_not_contradicted(kind: str, f: _Features, sp: Speech, loose: LooseSigns | None, unread: bool,
                           buyer: bool = False, sure: float = 1.0) -> bool:
    """Whether the model may name ``kind`` on its own certainty for a message the rules already found unsure.

    In a language the rules do not read, any kind; elsewhere targeted or other extortion, when nothing the rules
    read speaks against it: pictures at stake (or shown to the reader's people) are never other extortion, a threat
    of violence with no picture at stake is never targeted, targeted needs a sign of its own (a threat, a sending,
    something held) unless the model is all but certain (``sure`` at least ``MODEL_KIND_ALONE``), and a writer who
    pays the reader, buys from them or promises money back (``buyer``, :func:`_buys`) extorts nothing. The bulk
    e-mail keeps to the signs (its advice, "nobody has pictures of you", would be wrong for a person really targeted).
    """
    if unread:
        return True
    if buyer:
        return False
    pictures = _pictures_named(f, sp, loose)
    shown = loose is not None and (loose.veiled_seen or (loose.material and loose.expose))
    if kind == Verdict.TARGETED:
        # (a sign of its own is needed: a demand with a time alone is an investment pitch as often as a threat)
        own = bool(sp.threats or pictures or shown or (loose is not None and (
            loose.expose or loose.possess or loose.veiled or loose.or_expose)))
        return (own or sure >= MODEL_KIND_ALONE) and (not (sp.harm or (loose is not None and loose.harm)) or pictures)
    if kind == Verdict.OTHER_EXTORTION:
        return not (f.sexual or f.more_images or sp.more_images or pictures or shown)
    return False


def _best_kind(opinion: LearnedOpinion) -> str | None:
    """The extortion kind the model finds most likely (never "not extortion")."""
    return max((k for k in opinion.probabilities if k != Verdict.NOT_EXTORTION),
               key=lambda k: opinion.probabilities[k], default=None)


def _apply_model(verdict: Verdict, confidence: float, signals: list[str], why: list[Contribution],
                 opinion: LearnedOpinion, f: _Features, sp: Speech,
                 loose: LooseSigns | None = None, unread: bool = False,
                 flag_at: float = MODEL_FLAG, signs: bool = True, part: bool = False,
                 buyer: bool = False) -> tuple[Verdict, float]:
    """Let the learned opinion move an unsure verdict towards caution (never towards "not extortion").

    ``unread``: the message is in a language the rules do not read, so their signs cannot confirm a kind;
    the model's own certainty (``MODEL_KIND_FLAGGED``) is then what names it. ``signs``: the rules found some
    weaker sign (else the reasons say the model flags it on its own). ``part``: the opinion is of one part of a long
    message (``_part_opinion``), and the reasons say so. ``buyer``: the writer pays the reader, buys from them or
    promises money back (:func:`_buys`), which speaks against any kind the model would name on its certainty alone."""
    it = PART_READ if part else "it"
    p = opinion.extortion
    best = _best_kind(opinion)
    # (in a language the rules do not read, the buyer's words were not read either)
    bought = buyer and not unread
    if verdict == Verdict.NOT_EXTORTION:
        vetoed = _near_none(opinion)
        if p >= flag_at and vetoed is not None:
            why.append(Contribution("model", f"The learned model rates {it} {p:.0%} likely to be extortion, but none "
                                             f"of the {vetoed.k} labelled messages most like it is{KEPT_READ}"))
            return verdict, 0.5
        if p >= flag_at:
            rated = (f"The learned model rates {it} {p:.0%} likely to be extortion, so the weaker signs are taken "
                     "seriously" if signs else
                     f"The learned model rates {it} {p:.0%} likely to be extortion, though the rules found no sign "
                     "of it")
            signals[:] = [s for s in signals if s not in CLEARING_SIGNALS] + ["model_flag"]
            # (a sentence the rules took for someone else's threat is overruled with the signal it raised)
            _drop_told(why)
            # (the reason ends in "unclear" only when no kind is named after it: it must not contradict the verdict)
            # (with weaker signs found, the model's certainty names a kind they do not contradict, as for "unclear")
            pk = opinion.probabilities[best] if best is not None else 0.0
            agrees = best is not None and _kind_fits(best, f, sp, loose)
            alone = not signs and not part and best != Verdict.MASS_SCAM and (
                p >= MODEL_KIND_NO_SIGNS or pk >= MODEL_KIND_NO_SIGNS_KIND)
            # (a worry, "im scared she'll send them", "asking before anything happens", is no telling of a threat: the
            # model flags it, and names no kind for it)
            worried = not unread and loose is not None and loose.worried
            # (with no sign read at all, the kind's own certainty MODEL_KIND_NO_SIGNS_KIND stands for a sign of its own)
            sure = 1.0 if alone and pk >= MODEL_KIND_NO_SIGNS_KIND else pk
            if best is not None and pk >= MODEL_KIND_FLAGGED \
                    and (unread or ((signs or alone) and not part
                                    and _kind_not_contradicted(best, f, sp, loose, unread, buyer, sure))
                         or agrees) and not _scene_kind(best, f, loose) and not bought and not worried:
                why.append(Contribution("model", rated))
                read = "that part" if part else "it"
                why.append(Contribution("model", f"It reads {read} as {best.replace('_', ' ')} ({pk:.0%})" + (
                    ", which fits the weaker signs found" if signs and agrees else "")))
                return Verdict(best), round(min(0.75, 0.5 + 0.25 * pk), 2)
            # (the head sure of extortion but not of its kind: the close neighbours may name it, as for "unclear")
            named = _near_kind(opinion, f, sp, loose) if signs and not bought and not worried else None
            if named is not None:
                kind, count, k = named
                why.append(Contribution("model", rated))
                why.append(Contribution("model", f"{count} of the {k} labelled messages most like it are "
                                                 f"{_KIND_WORDS[kind]}, which fits the signs found"))
                signals.append("near_kind")
                return kind, round(min(0.75, 0.5 + 0.3 * p), 2)
            why.append(Contribution("model", rated + (": unclear" if signs else ": treat it as unclear")))
            return Verdict.UNCLEAR, round(min(0.75, 0.5 + 0.3 * p), 2)
        if flag_at >= MODEL_FLAG_SETTLED and p >= MODEL_FLAG_ALONE:
            # (a settled reading: say why a high rating does not change it, in the words of the reading made)
            taken = next((words for read, words in _SETTLED_WORDS.items() if any(c.text == read for c in why)),
                         "messages like this one")
            why.append(Contribution("model", f"The learned model rates {it} {p:.0%} likely to be extortion, but it "
                                             f"takes {taken} for threats" + KEPT_READ))
        else:
            why.append(Contribution("model", f"The learned model rates {it} {p:.0%} likely to be extortion{KEPT_READ}"))
        return verdict, round(max(0.5, min(confidence, 1.0 - p / 2)), 2)
    if verdict == Verdict.UNCLEAR and best is not None:
        pk = opinion.probabilities[best]
        agrees = _kind_fits(best, f, sp, loose)
        # (a buyer's words speak against any kind the model names, even where the signs seem to fit: "manda mais fotos
        # que eu faço o pix hoje")
        fits = ((pk >= MODEL_KIND_FLAGGED and _kind_not_contradicted(best, f, sp, loose, unread, buyer, pk))
                or agrees) and not _scene_kind(best, f, loose) and not bought
        if pk >= MODEL_KIND and fits:
            why.append(Contribution("model", f"The learned model reads it as {best.replace('_', ' ')} ({pk:.0%}), "
                                             + ("which fits the signs found" if agrees
                                                else "and nothing the rules found speaks against it")))
            signals.append("model_flag")
            return Verdict(best), round(min(0.85, 0.5 + 0.35 * pk), 2)
        named = None if bought else _near_kind(opinion, f, sp, loose)
        if named is not None:
            kind, count, k = named
            why.append(Contribution("model", f"{count} of the {k} labelled messages most like it are "
                                             f"{_KIND_WORDS[kind]}, which fits the signs found"))
            signals.append("near_kind")
            return kind, round(max(confidence, 0.6), 2)
        # (the head and four of the five neighbours agreeing on the kind name it, as for a rescued message)
        agreed = None if bought or loose is None else _near_agreed_kind(opinion, f, sp, loose, unread)
        if agreed is not None:
            kind, pk, count = agreed
            why.append(Contribution("model", f"The learned model reads it as {kind.replace('_', ' ')} ({pk:.0%}), and "
                                             f"{count} of the labelled messages most like it are {_KIND_WORDS[kind]}"))
            signals.append("near_kind")
            return kind, round(max(confidence, 0.6), 2)
        why.append(Contribution("model", f"The learned model rates {it} {p:.0%} likely to be extortion; it cannot "
                                         "tell the kind either"))
    return verdict, confidence


# The kinds the neighbours may name for an "unclear" message, and in what words. Never the bulk e-mail: its advice
# ("nobody has pictures of you") would be wrong for a person who is really targeted, and on the spent sets 9-47
# (each set's own file left out of the bank) 3 targeted threats had four bulk e-mails among their five neighbours.
_KIND_WORDS = {Verdict.TARGETED: "threats aimed at one person over intimate pictures",
               Verdict.OTHER_EXTORTION: "extortion over something other than intimate pictures"}


def _near_kind(opinion: LearnedOpinion, f: _Features, sp: Speech, loose: LooseSigns | None
               ) -> tuple[Verdict, int, int] | None:
    """The kind that at least ``NEAR_RESCUE`` of the neighbours share, close ones (``NEAR_FLOOR``), when it is one of
    ``_KIND_WORDS`` and fits the signs the rules found, with how many of how many neighbours; else None.

    On the spent sets 9-47, each set's own file left out of the bank, the rules and the model left 387 messages
    "unclear"; four of five neighbours named the kind of 188 of the 225 targeted threats and 38 of the 59 other
    extortion, and named "targeted" for 7 other extortion, 6 hard negatives (already flagged) and no bulk e-mail.
    """
    near = _nearest(opinion)
    if near is None:
        return None
    for kind in _KIND_WORDS:
        close = near.of_kind_within(kind.value, NEAR_FLOOR)
        if close >= NEAR_RESCUE and _kind_fits(kind.value, f, sp, loose):
            return kind, close, near.k
    return None


def _near_agreed_kind(opinion: LearnedOpinion, f: _Features, sp: Speech, loose: LooseSigns, unread: bool
                      ) -> tuple[Verdict, float, int] | None:
    """For a message left `unclear`, or rescued by its neighbours: the kind the head rates at least
    ``NEAR_KIND_MODEL`` when at least ``NEAR_RESCUE`` of the neighbours share it and nothing the rules read contradicts
    it, with the head's rating; never the bulk e-mail (its advice would be wrong for a person really targeted), a
    harmless scene or a worry. Returns the kind, the head's rating and how many neighbours share the kind."""
    near = _nearest(opinion)
    best = _best_kind(opinion)
    if near is None or best is None or best == Verdict.MASS_SCAM:
        return None
    pk = opinion.probabilities[best]
    sharing = near.of_kind_within(best, 0.0)
    if pk < NEAR_KIND_MODEL or sharing < NEAR_RESCUE or _scene_kind(best, f, loose) \
            or (not unread and loose.worried) or not _kind_not_contradicted(best, f, sp, loose, unread, False, 1.0):
        return None
    return Verdict(best), pk, sharing


# A person asking about a message they received ("got this … is this real?", "me llegó este correo, ¿es
# real?"), on the normalised (lowercase, accent-free) text.
# (Searched letter-first, see :mod:`standfast.analyze.wordstart`.)
_ASKS_ABOUT_RECEIVED = WordStartPhrases((
    r"is (?:this|it|that) (?:real|a scam|legit|serious)", r"got this", r"i (?:got|received) (?:this|that|a|an)",
    r"we (?:got|received) (?:this|that|a|an)", r"sent me this", r"me llego", r"recibi (?:este|esto|esta|un)",
    r"es real", r"es una estafa", r"ist (?:das|die|diese) (?:echt|real)",
    r"folgende (?:mail|e-mail|nachricht) (?:bekommen|erhalten)",
    r"diese (?:mail|e-mail|nachricht) (?:bekommen|erhalten)",
    r"est-ce (?:vrai|reel|une arnaque)", r"j'?ai recu (?:ce|cette|un)", r"e vero", r"e reale",
    r"ho ricevuto (?:questo|questa|un)", r"isso e real", r"e verdade", r"e golpe", r"recebi (?:isso|esta|este|um)",
    r"is dit echt", r"ik kreeg (?:dit|deze)", r"ik heb (?:dit|deze) (?:gekregen|ontvangen)",
    # asked whether it is a scam, in each language read: "Is dit oplichting of moet ik betalen?"
    r"is dit (?:oplichting|nep|fraude)\b", r"ist (?:das|dies) (?:ein )?(?:betrug|fake)\b", r"e una truffa\b",
    r"(?:krijg|kreeg) ik:", r"(?:i get|i got|ich bekomme|ich bekam|je recois|j'?ai recu|recibo|recebo|ricevo):",
    # someone wrote this to the person, who asks what to do: "mi ex me escribió esto: «…» ¿qué hago?"
    r"(?:wrote|texted|messaged|sent) me this",
    r"me (?:escribio|mando|envio|escreveu|mandou) (?:esto|esta|este|isso|isto)",
    r"m'?a (?:ecrit|envoye) (?:ca|ceci|cela|ce message)", r"(?:hat|hatte) mir (?:das|dies|folgendes) geschrieben",
    r"mi ha (?:scritto|mandato) (?:questo|questa)", r"(?:schreef|stuurde) me (?:dit|het volgende)",
    # (not a help page's "what do I do if …")
    r"what (?:do|should) i do(?! if| when)", r"que hago(?! si| cuando)", r"que (?:dois-je )?faire(?! si| quand)",
    r"was soll ich (?:tun|machen)(?!,? wenn)", r"cosa (?:devo )?faccio(?! se| quando)",
    r"o que (?:eu )?(?:faco|devo fazer)(?! se| quando)", r"wat moet ik doen(?! als| wanneer)",
    # a parent or a friend who asks for "us", and "now this person sends this:" (read on the held-out set 138)
    r"what (?:do|should) we do(?! if| when)", r"que hacemos(?! si| cuando)", r"o que (?:nos )?fazemos(?! se| quando)",
    r"que (?:devons-nous|faisons-nous) faire(?! si| quand)", r"was sollen wir (?:tun|machen)(?!,? wenn)",
    r"cosa facciamo(?! se| quando)", r"wat moeten we doen(?! als| wanneer)", r"moeten we (?:reageren|iets doen)",
    r"(?:stuurt|schrijft) (?:\w+ ){0,3}(?:dit|het volgende)\b", r"(?:sends|writes) (?:\w+ ){0,3}this\b",
    r"(?:manda|escribe|envia) (?:\w+ ){0,3}esto\b", r"(?:schickt|schreibt) (?:\w+ ){0,3}(?:das|dies|folgendes)\b",
    r"is (?:this|it|that) (?:sextortion|blackmail|extortion)\b",
    # the same asked of a kind: "is this an example of sextortion? he sent '…'"
    r"is (?:this|it|that) (?:an? )?(?:example|case|form|kind|type|sort) of (?:sextortion|blackmail|extortion)\b",
    r"(?:es esto|esto es) (?:un caso|una forma|un tipo) de (?:sextorsion|extorsion|chantaje)\b",
    r"(?:isso|isto) e (?:um caso|uma forma|um tipo) de (?:sextorsao|extorsao|chantagem)\b",
    r"est-ce (?:de la |un cas de |une forme de )(?:sextorsion|chantage|extorsion)\b",
    r"ist das (?:ein fall von |eine art )?(?:sextortion|sextorsion|erpressung)\b",
    r"e (?:un caso|una forma) di (?:sextortion|sextorsione|estorsione|ricatto)\b",
    r"is dit (?:een vorm van |een geval van )?(?:sextortion|sextorsie|afpersing|chantage)\b",
    r"(?:got|received|gets|receives) this (?:message|text|"
    r"email|e-mail|dm|mail)\b", r"(?:recibio|recibió|recebeu|a recu|a reçu|hat (?:das|dies) bekommen|ha ricevuto) "
    r"(?:esto|esta|este|isso|isto|ca|ça|ce message|questo|questa)\b",
    # the person says it is happening to them and asks for help: "I think I'm a victim of sextortion. He wrote: '…'"
    r"(?:please|pls|plz) help", r"help me\b", r"i think i'?m (?:a victim|being)", r"i think i am (?:a victim|being)",
    r"i'?m being (?:sextorted|blackmailed|extorted|threatened)",
    r"i am being (?:sextorted|blackmailed|extorted|threatened)",
    r"ayuda(?:me| por favor)", r"me estan (?:extorsionando|chantajeando)", r"aidez-moi", r"on me fait du chantage",
    r"ich werde (?:gerade )?erpresst", r"hilfe\b", r"aiutatemi", r"mi stanno ricattando", r"me ajudem", r"socorro",
    r"estou sendo (?:chantageado|chantageada|extorquido|extorquida)", r"ik word (?:gechanteerd|afgeperst)",
    # asked in languages the rules do not read (their pasted part is read by the cue words)
    r"ne yapmali(?:yim|yiz)", r"yardim edin", r"apa yang harus (?:saya|aku|kami) lakukan", r"tolong bantu",
    r"co (?:mam|mamy) (?:robic|zrobic)", r"pomocy\b", r"что (?:мне |нам )?делать", r"помогите", r"nifanye nini",
    r"tufanye nini", r"ano ang gagawin ko", r"tulungan (?:nyo|mo) ako", r"ce (?:sa|să) fac", r"ajutati-ma",
    r"kya karu\b", r"kya karun\b", r"madad karo"))
# A pasted message: a span in quotation marks long enough to be one.
# (a single quote only where no letter touches it from outside: "qu'une", "c'est" are not quotes)
# (a short phrase in double quotation marks is a quotation too, so that its marks do not pair with the next one's:
# 'Episode 48 – "Pay or Else": … messages like "I have your nudes …"'; in single marks a quotation needs 24 characters,
# or apostrophes would pair)
_QUOTED = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb]([^\"\u201c\u201d\u201e\u00ab\u00bb\n]{1,23}?)"
                     r"[\"\u201c\u201d\u201e\u00ab\u00bb]|"
                     r"(?:[\"\u201c\u201d\u201e\u00ab\u00bb]|(?<!\w)')([^\"\u201c\u201d\u201e\u00ab\u00bb]{24,1500}?)"
                     r"(?:[\"\u201c\u201d\u201e\u00ab\u00bb]|'(?!\w))")


def _quoted_parts(text: str) -> list[str]:
    """The parts of ``text`` inside quotation marks (:data:`_QUOTED`), in order."""
    return [m.group(1) or m.group(2) for m in _QUOTED.finditer(text)]


def _quoted_threat(norm_text: str, raw: str, langs: tuple[str, ...]) -> bool:
    """A message that asks about a message its writer received and quotes it: the quoted part is read on
    its own. The person has that threat in front of them, so a threat there is never answered with "no
    signs of extortion" (safety asymmetry; a news item quoting an example does not ask about its own)."""
    # (or a case note that says the threat it quotes goes on: "… droht seit gestern: '…'. Bedrohung dauert an")
    if _ASKS_ABOUT_RECEIVED.search(norm_text) is None and THREAT_GOES_ON.search(norm_text) is None:
        return False
    for part in _quoted_parts(norm_text):
        sp = read_speech(part, part, langs)
        loose = loose_signs(part, part, sp.words)
        # (a pasted delivery or storage notice whose only teeth are a fee and a time: the reading the rules give
        # it unpasted, "is this a scam? got a text saying 'your parcel is held … pay within 24 hours'")
        if (loose.parcel_notice or loose.storage_notice) and not (sp.threats or sp.possession or sp.harm
                                                                   or sp.price or sp.possession_loose):
            continue
        if sp.hard and not sp.warnings:
            return True
        if loose.threat:
            return True
        # (a racket's note pasted: "Voor 3000 euro krijgt u bakkerijdevries.nl terug. Anders …", read without the
        # question around it, whose "is this a scam?" would read as a warning; a secret told or a veiled hint, which a
        # tax office's own phishing names too, is left to the whole text's reading)
        if racket(part) - {"told", "veiled"}:
            return True
        # (pasted in a language the rules do not read: "… şu mesajı okudu: "Bana gönderdiğin fotoğraflar bende …"")
        if langs == LANGS and _cue_reading(part, part) is not None:
            return True
    return False


_DIGIT = re.compile(r"\d")


# What a bill's reminder never names beside its due date: people to tell, pictures, something held, harm, files locked
# or an account taken (a collector's "bayar hari ini atau data kamu kami sebar ke semua kontak" names them). A condition
# it may name: "Ayın 10'una kadar ödemezseniz gecikme faizi uygulanacak" (if you do not pay by the 10th, late interest
# applies).
_NO_BILL = frozenset(("audience", "expose", "material", "possess", "veiled", "harm", "ransom", "account"))
# An account notice (the account suspended or closed unless the holder verifies it) may say "if you do not" too: the
# same stand against it.
_NO_NOTICE = _NO_BILL
# A worry told in such a language (cues "unsaid" and "fear"): only these stand against it.
# (not a time: "kuch mahine pehle" says when the pictures were sent)
_NO_WORRY = frozenset(("possess", "veiled", "harm", "money", "condition"))
# Trouble told with "nobody asks for anything" and no fear named (a class teasing a child with a photo, a breakup):
# a time and the word "threatens" stand against it too. (On the labelled texts, 49 messages have "unsaid" and none of
# these: all 49 hard negatives; the 2 threats with "unsaid" name a condition or money.)
_NO_UNSAID = _NO_WORRY | {"deadline", "threatens"}
# An account got back may be told beside the money the hacker asked of the contacts and a time ("просил занять денег до
# завтра"): only pictures, their sending, harm, a hint, a lock, a threat told or a condition stand against it.
_NO_RECOVERED = frozenset(("material", "expose", "veiled", "harm", "ransom", "threatens", "condition"))
# A bet's forfeit may name a sum, a time and "or" (a chore or the money); pictures, their sending or people to show them
# to, something held, harm or an account stand against it.
_NO_FORFEIT = frozenset(("material", "expose", "audience", "possess", "veiled", "harm", "ransom", "threatens",
                         "account"))
# A friend's debt laughed may name a sum, a time, "or" and a parent to tell; pictures, their sending, something held,
# harm, an account or a threat told stand against it.
_NO_DEBT_JOKE = frozenset(("material", "expose", "possess", "veiled", "harm", "ransom", "threatens", "account"))
# What the threat words of a language the rules do not read say (cues.reading), in the person's words.
UNREAD_READS = {
    "pictures": "It names pictures or a video together with sending them to people or holding them, and a condition, "
                "a time or money: treat it as real until someone who reads the language has looked",
    "veiled": "It says the writer holds something the reader knows of (\"you know what I have\"), with a condition, a "
              "time or money: treat it as real until someone who reads the language has looked",
    "harm": "It names harm to you, your people or your things together with a condition, or money and a time: treat "
            "it as real until someone who reads the language has looked",
    "ransom": "It says your files were locked (encrypted) and names a time, money or a condition, as a ransom note "
              "does: treat it as real until someone who reads the language has looked",
    "account": "It says someone took an account and names money or a condition to give it back: treat it as real "
               "until someone who reads the language has looked",
}


def _priced(families: frozenset[str], indicators: list[Indicator]) -> bool:
    """Money named with a time or a condition, in the words of a language the rules do not read: a demand, unless a
    warning's words (police, criminals) stand beside it and no sum is named (a warning tells of the money asked "if
    they don't get it"; "przelej 3000 zł do piątku" names its sum)."""
    if "money" not in families or families.isdisjoint(("deadline", "condition")):
        return False
    return "told" not in families or any(i.type == "amount" for i in indicators)


def _unread_everyday(norm_text: str, text: str, indicators: list[Indicator], proof: bool = False) -> str | None:
    """The everyday reading of a message in a language the rules do not read, by its words (cues.py), when none of
    the words a threat needs stands beside them: a bill's reminder, a worry that says nobody threatened, trouble told
    with nothing asked, an account notice; or None. ``proof``: the only picture is a proof the reader is asked to send
    (``LooseSigns.proof_photo``), so the picture and the group it goes to are the reader's."""
    families = _cue_families_of(norm_text, text)
    if proof:
        families = families - {"material", "audience"}
    keys = any(i.type in ("crypto_address", "password") for i in indicators)
    if "bill" in families and families.isdisjoint(_NO_BILL) and not keys:
        # (a due date or a late fee, and none of the words a threat needs: a bill or a loan's reminder, which the
        # model, reading the sum and the date, took for a demand: "tagihan … jatuh tempo … denda keterlambatan")
        return BILL_READ
    if {"unsaid", "fear"} <= families and families.isdisjoint(_NO_WORRY):
        # (the fear of a leak told with "he has said nothing": "usne kuch bola nahi hai par darr lag raha hai")
        return WORRY_READ
    if "unsaid" in families and families.isdisjoint(_NO_UNSAID):
        # (the teasing told, and that nothing is asked: "Không ai đòi gì cả, chỉ là trêu", the model rating it 0.65)
        return UNSAID_READ
    # (money asked with a time or a condition is the taker's price, "رجعته لك اذا دفعت", unless the owner says nobody
    # asked for anything or warns the contacts not to pay)
    priced = "money" in families and not families.isdisjoint(("deadline", "condition"))
    if "recovered" in families and families.isdisjoint(_NO_RECOVERED) \
            and ("possess" not in families or "unsaid" in families) \
            and not (priced and families.isdisjoint(("unsaid", "told"))):
        # (the owner has the account back and warns their contacts or says nothing was asked: "Hesabı geri aldım",
        # "Odzyskałem konto … Haker nic ode mnie nie chciał"; the head rated such posts up to 0.99, and their neighbours
        # are the accounts held for a price)
        return ACCOUNT_BACK_READ
    if {"owed", "light"} <= families and families.isdisjoint(_NO_DEBT_JOKE) and not keys:
        # (a friend's debt asked back with a laugh, a parent to be told: "bana hâlâ 200 TL borcun var … yoksa annene …
        # söylerim 😂"; the model rated such teasing up to 0.99)
        return DEBT_JOKE_READ
    if {"forfeit", "light"} <= families and families.isdisjoint(_NO_FORFEIT) and not keys:
        # (a bet lost among friends, its price a chore or a small sum, laughed: the head rated "kalah taruhan nih, kamu
        # cuci piring seminggu atau bayar aku 20 ribu 😂" 0.81)
        return FORFEIT_READ
    if "notice" in families and families.isdisjoint(_NO_NOTICE) and not keys:
        # (an account said to be suspended unless its holder verifies it, the model reading the time limit as a
        # demand: "hesabınız askıya alınmıştır … 24 saat içinde … doğrulamazsanız")
        return NOTICE_READ
    return None


def _unread_language(text: str, norm_text: str, language: str | None, indicators: list[Indicator], sp: Speech,
                     signal_ids: list[str], why: list[Contribution], opinion: LearnedOpinion | None,
                     use_model: bool, warned: bool = False, proof: bool = False) \
        -> tuple[Verdict, float, LearnedOpinion | None]:
    """The rules read seven languages; in any other "no threat found" only means the words were not read.

    A chat-length message there goes to the learned model, which reads many languages; so does a longer
    one (up to ``MODEL_MAX_WORDS``) that names a sum, a time or a payment (digits, an amount, a deadline, a
    wallet). ``unclear`` when the model finds extortion more likely than not, or when a message naming a sum
    cannot be shown to it, so the person gets the plan. Anything else keeps ``not_extortion`` at low
    confidence, and says why. ``language`` None is a language nobody could name (mixed, romanised).
    ``opinion`` is the model's, when the rules already asked it; it is not asked twice. ``warned``: the message
    advises not to pay and names the police or a report, nobody holding pictures (``LooseSigns.advises``), as a
    warning does in any language; the threat words it quotes then do not stand on their own, and the model reads it.
    ``proof``: the only picture and the only condition are a proof the reader is asked to send
    (``LooseSigns.proof_photo``, "photo bhej group me warna maanenge nahi"); likewise.
    """
    named = f" ({language})" if language else ""
    why.append(Contribution("rule", f"This message seems to be in a language{named} that Standfast's "
                                    "rules cannot read well, so finding nothing here means little"))
    sums = bool(indicators or _DIGIT.search(text))
    # The few words a threat cannot do without, listed for each such language (cues.py): the model rates many
    # plain threats in these languages near zero, so they stand on their own.
    # (advice the writer was given, "Kata polisi jangan bayar", is told of their own case: no warning)
    warned = warned and "advised" not in _cue_families_of(norm_text, text)
    read_as = _cue_reading(norm_text, text) if sp.words <= MODEL_MAX_WORDS and not (warned or proof) else None
    cued = read_as is not None
    if read_as is not None:
        signal_ids[:] = [s for s in signal_ids if s not in CLEARING_SIGNALS] + ["unread_threat_words"]
        why.append(Contribution("rule", UNREAD_READS[read_as]))
    if sp.words > MODEL_MAX_WORDS or (len(text) > MODEL_UNREAD_CHARS and not sums) \
            or (sp.words > MODEL_CHAT_WORDS and not sums):
        return (Verdict.UNCLEAR, 0.55, opinion) if cued else (Verdict.NOT_EXTORTION, 0.5, opinion)
    everyday = None if cued else _unread_everyday(norm_text, text, indicators, proof)
    if everyday is not None:
        why.append(Contribution("rule", everyday))
        return Verdict.NOT_EXTORTION, 0.5, opinion
    if opinion is None and use_model:
        # (a longer message naming a sum is shown up to MODEL_UNREAD_CHARS, cut at a space: a bulk e-mail in Greek
        # says what it holds and wants in its opening)
        opinion = _model_opinion(text if len(text) <= MODEL_UNREAD_CHARS
                                 else text[:MODEL_UNREAD_CHARS].rsplit(" ", 1)[0])
        if opinion is not None:  # (the sieve's "not asked" would now be untrue)
            why[:] = [c for c in why if not c.text.endswith(SIEVE_SKIPPED)]
    model_score = None if opinion is None else float(opinion.extortion)
    vetoed = _near_none(opinion)
    if (model_score is not None and (model_score < MODEL_UNREAD or vetoed is not None)) \
            or (model_score is None and not sums):
        if model_score is not None:
            why.append(Contribution("model", f"The learned model, which reads many languages, rates it "
                                             f"{model_score:.0%} likely to be extortion" + (
                                                 "" if vetoed is None or model_score < MODEL_UNREAD else
                                                 f", but none of the {vetoed.k} labelled messages most like it "
                                                 "is") + ("; the words above outweigh that" if cued else "")))
        return (Verdict.UNCLEAR, 0.55, opinion) if cued else (Verdict.NOT_EXTORTION, 0.5, opinion)
    signal_ids[:] = [s for s in signal_ids if s not in CLEARING_SIGNALS] + ["unread_language"]
    why.append(Contribution("rule", ("It names a sum, a time or a payment" if sums else "It is a short message") + (
        f", and the learned model rates it {model_score:.0%} likely to be extortion" if model_score is not None
        else "") + ": treat it as real until someone who reads the language has looked"))
    # Here the model is the only reader, so only its own certainty can name the kind.
    best = None if opinion is None else _best_kind(opinion)
    if opinion is not None and best is not None and opinion.probabilities[best] >= MODEL_KIND_UNREAD:
        pk = opinion.probabilities[best]
        why.append(Contribution("model", f"The learned model reads it as {best.replace('_', ' ')} ({pk:.0%})"))
        return Verdict(best), 0.6, opinion
    return Verdict.UNCLEAR, 0.5, opinion


def _read_before_model(loose: LooseSigns, sp: Speech, norm_text: str, text: str, indicators: list[Indicator],
                       unread: bool) -> str | None:
    """The everyday reading of a message the rules call not extortion, made before the model is asked, or None; never
    beside the threat words of a language the rules do not read ("… video kamu aku sebar. no phone").

    - a coach's or a parent's sanction and nothing else ("Als je vanavond niet komt trainen, zit je zaterdag op de
      bank"), even when no rule flagged it;
    - a worry the rules found nothing else in ("Er hat nie gedroht, aber … ich hab Angst, dass er sie noch hat"): the
      model and the neighbours read the fear of a leak as the leak;
    - in a language the rules do not read (``unread``), chat-length: a bill, a worry, trouble told with nothing asked,
      an account notice (``_unread_everyday``; a worry "… хотя мне никто не угрожал" was rated 0.98 and flagged before),
      or a warning's advice, not to pay and to tell the police ("Akwụla ụgwọ, kọọrọ ndị uwe ojii", rated 0.44 and
      flagged by its neighbours before), never beside a sum and a time or a condition ("Wiem, że nie płacisz podatku
      … przelej 3000 zł do piątku", whose words only look like advice).
    """
    if _cue_reading(norm_text, text) is not None:
        return None
    if loose.grounding and not (loose.threat or loose.possess or loose.expose or loose.harm or loose.real_money
                                or loose.crypto or loose.veiled):
        return SANCTION_READ
    if loose.worry_only:
        return WORRY_READ
    if loose.support_bait and not (sp.possession or sp.threats):
        return SUPPORT_READ
    if not unread or sp.words > MODEL_CHAT_WORDS:
        return None
    everyday = _unread_everyday(norm_text, text, indicators, loose.proof_photo)
    if everyday is None and loose.advises and not (sp.possession or sp.speaker) \
            and not _priced(_cue_families_of(norm_text, text), indicators):
        return WARNING_READ
    return everyday


# The writer in the first person singular, per language ("i" is an Italian article, "ma" an Italian "but").
_FIRST_SINGULAR = {
    "en": r"i|i'?m|i'?ve|i'?ll|my|me|mine", "es": r"yo|mi|mis|me", "de": r"ich|mich|mir|mein\w*",
    "fr": r"je|j'|moi|mon|ma|mes|me|m'", "it": r"io|mio|mia|miei|mie|mi", "pt": r"eu|meu|minha|meus|minhas|me",
    "nl": r"ik|mij|mijn|me",
}


def _writer_speaks(text: str, langs: tuple[str, ...]) -> bool:
    words = "|".join(_FIRST_SINGULAR[lang] for lang in langs if lang in _FIRST_SINGULAR) or r"i|me|my"
    return re.search(rf"(?<![\w'])(?:{words})(?![\w'])", text) is not None


# A speaker's turn in a pasted chat: "[19:06] Anjali: …", "Coach Dave: …" (a name of up to three words).
# (something must be said after the colon: "Hinge chat, pasted:" heads the log, it is nobody's turn)
_TURN = re.compile(r"^(?:\[[^\]\n]{1,20}\]\s*)?([^\W\d][^:\n\[\]]{0,24}?):[^\S\n]+\S", re.MULTILINE)
GROUP_SPEAKERS = 3
GROUP_TURNS = 6


def _group_tease(text: str, f: _Features, loose: LooseSigns) -> bool:
    """A pasted group chat (three or more people, six turns or more) that laughs, with nothing intimate, sexual or
    crypto named: threats among friends there are teasing. (Extortion pasted as a chat is nearly always two people.)"""
    # (a payment app named beside the threat keeps it: "$150 venmo in an hour or i drop them right here in this chat")
    if not loose.laugh or loose.intimate_scene or f.sexual or f.crypto_words or f.crypto_valid or f.payment_app:
        return False
    turns = [m.group(1).strip().lower() for m in _TURN.finditer(text)]
    # (one person under two names, "sofi.bianchi_" and "sofi", "Emma (new match)" and "Emma", is one speaker)
    names = {re.split(r"[\W_\d]+", t)[0] for t in turns if len(t.split()) <= 3}
    return len(turns) >= GROUP_TURNS and len(names - {""}) >= GROUP_SPEAKERS


def _acts_in(text: str) -> bool:
    """Whether a sentence of ``text`` reads as a threat, a claim to hold or a demand (a warning's advice is none)."""
    return any(s.act in ("threat", "possession") or (s.act == "demand" and "negation" not in s.roles)
               for s in read_speech(text, text, LANGS).sentences)


def _acts_all_quoted(norm_text: str, sp: Speech, langs: tuple[str, ...] = LANGS, none_ok: bool = False) -> bool:
    """Every sentence read as a threat, a claim or a demand stands inside quotation marks (an example quoted), and
    nobody speaks in the first person singular outside them (with ``none_ok``, also when no act is read)."""
    # (advice is read as a demand too, "consiglia di non pagare": a demand with a negation is no demand made)
    acts = [s.text for s in sp.sentences
            if s.act in ("threat", "possession") or (s.act == "demand" and "negation" not in s.roles)]
    if not acts and not none_ok:
        return False
    if _LESSON.search(norm_text):
        acts = [a for a in acts if not _QUIZ_ITEM.match(a)]
    spans = _quoted_parts(norm_text)

    def quoted(act: str) -> bool:
        bare = act.strip(" \"'\u201c\u201d\u201e\u00ab\u00bb.,:;!?")
        if bare and any(bare in span for span in spans):
            return True
        # (a sentence that leads into its quotation, "… then writes something like '…'", or runs on after it,
        # "… an deine Schule“ – so lautete die Nachricht …": what stands outside the quotation marks must read as
        # nothing on its own)
        rest = _QUOTED.sub(" ", act)
        if rest != act and not _acts_in(rest):
            return True
        pieces = _QUOTE_MARK.split(act)
        rest = " ".join(p for p in pieces if not (len(p.strip()) >= 3 and any(p.strip() in span for span in spans)))
        return rest.strip() != act.strip() and not _acts_in(rest)

    if not all(quoted(a) for a in acts):
        return False
    # (a person who tells of their own threat and quotes it, "I think I'm a victim of sextortion. He wrote: '…'", is
    # no news item: the first person outside the quotation marks keeps the message flagged)
    return not _writer_speaks(_QUOTED.sub(" ", norm_text), langs)


def _quotes_an_example(f: _Features, sp: Speech, loose: LooseSigns, norm_text: str, langs: tuple[str, ...]) -> bool:
    """Every act read stands inside quotation marks, the crime is named, advice given or a case reported around them,
    and no wallet is given: a news item, a help page or a notice quoting its example."""
    if f.crypto_valid or _QUOTED.search(norm_text) is None:
        return False
    outside = _QUOTED.sub(" ", norm_text)
    # (not "is this a scam?" around it: the person asking has the threat in front of them; and a report's frame only
    # where nobody outside the quotation speaks of themselves or says it goes on: "he writes things like '…' every
    # day", "for example yesterday he wrote '…'" are a victim's)
    framed = _EXAMPLE_FRAME.search(outside) is not None and not writer_speaks(outside) and not loose.story_now
    return bool(loose.names_crime or advice_outside_quotes(outside) or framed) \
        and _acts_all_quoted(norm_text, sp, langs)


# A lesson's or a quiz's example: "Beispielnachricht: „…“ Aufgabe 1", "Leia a mensagem de exemplo", "Respuesta
# correcta: C" (a victim writes "the message", never "the example message").
_LESSON_WORDS = (
    r"(?:example|sample) (?:message|text|threat|dm|e-?mail)|beispiel(?:nachricht|text)|"
    r"(?:mensagem|mensaje|message|messaggio) (?:de |d'|di )?(?:exemplo|ejemplo|exemple|esempio)|exemple de message|"
    r"esempio di messaggio|voorbeeld(?:bericht|tekst)|contoh pesan|worksheet|arbeitsblatt|"
    # in the languages read by their words only: "прочитайте пример сообщения", "przykład wiadomości", "örnek mesaj"
    # (Cyrillic as normalize() folds it, its look-alike letters in Latin)
    + "|".join(re.escape(normalize(w).text) for w in (
        "пример сообщения", "примеры сообщений", "прочитайте пример", "прочитайте сообщение", "урок цифровой",
        "урок информационной")) + "|"
    r"przyklad(?:owa)? wiadomosc\w*|przeczytaj (?:\w+ )?wiadomosc|ornek (?:bir )?mesaj\w*|"
    r"halimbawang mensahe|bacalah (?:contoh )?pesan|"
    # a firm's training quoting the note it forwards: "forwarding this as an example for Thursday's phishing training"
    r"(?:phishing|security|awareness|cyber ?security|infosec) (?:training|drill|exercise|workshop|course|quiz)|"
    r"(?:forwarding|sharing|forwarded|shared) (?:this|it) as an example|"
    r"ficha de (?:atividade|trabalho|trabajo)|quiz|lesson (?:plan|sheet)|fiche (?:d'?activite|pedagogique)|"
    r"scheda (?:didattica|di lavoro)|werkblad|(?:correct|right) answer|answers? on the back|respuesta correcta|"
    r"resposta correta|bonne reponse|richtige antwort|risposta corretta|juiste antwoord|"
    # a class's or a parents' evening's examples and tasks: "Ejemplos reales de mensajes que reciben los chavales",
    # "Esempio da proiettare in classe", "Fiche élève … Lis le message suivant et souligne les éléments de menace"
    r"(?:examples?|ejemplos?|exemplos?|exemples?|beispiele|esempi|voorbeelden) (?:\w+ )?(?:of|de|di|fur|van) "
    r"(?:\w+ )?(?:messages|mensajes|mensagens|messaggi|nachrichten|berichten)|esempio da (?:proiettare|mostrare|"
    r"leggere)|(?:scheda|fiche|ficha|arbeitsblatt|werkblad) (?:per i |per gli |pour les |para |fur |voor )?"
    r"(?:docenti|studenti|eleves?|alumn[oa]s|alunos|professeurs?|schuler\w*|leerlingen|lehrkrafte)|"
    r"(?:read|lis|lisez|lee|leed|leia|lies|lest|leggi|leggete|lees) (?:the |le |el |a |die |il |het )?"
    r"(?:following |suivant |siguiente )?(?:message|mensaje|mensagem|nachricht|messaggio|bericht)(?: suivant| "
    r"seguinte| seguente| siguiente)? (?:and|et|y|e|und|en) (?:underline|souligne\w*|subraya\w*|sublinh\w*|"
    r"unterstreich\w*|sottolinea\w*|onderstreep\w*|circle|find|identify|entoure\w*|identifi\w*)")
_LESSON = re.compile(r"\b(?:" + _LESSON_WORDS + r")\b")


# Around a quoted threat, the words of a report or a lesson: examples given ("Ejemplos reales de mensajes que reciben
# los chavales"), a court or an arrest ("Der Angeklagte hatte … geschrieben", "é preso … suspeito"). Not "messages
# like", "for example" or "such as": a victim says those of their own sender.
_EXAMPLE_FRAME = re.compile(
    r"\b(?:examples|ejemplos|exemplos|exemples|beispiele|esempi|voorbeelden|"
    r"(?:the )?(?:accused|defendant|offender|suspect)|angeklagte[rn]?|beschuldigte[rn]?|(?:o |el |la |l'|il )?"
    r"(?:acusad[oa]|reu|prevenu|imputat[oa]|verdachte)|sentenced|jailed|haft\b|freiheitsstrafe|(?:foi|e|fue) pres[oa]|"
    r"suspeito|sospechoso|soupconne|sospettato|court|tribunal|gericht|tribunale|rechtbank|" + _LESSON_WORDS + r")\b")
# A quiz's options and statements to judge, read as demands by the sentence reader ("a) pagar para que pare", "3) true
# or false: if you pay, they always delete the photos"): none is said to the reader, in a lesson (_LESSON).
_QUIZ_ITEM = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?(?:[a-e]\)|true or false\b|verdadero o falso\b|verdadeiro ou falso\b|"
                        r"vrai ou faux\b|richtig oder falsch\b|vero o falso\b|waar of (?:niet waar|onwaar)\b|"
                        # a task that points at the example's parts: "Notice the generic greeting, the bitcoin address
                        # and the fake deadline"
                        r"(?:notice|note|spot|observe|look at|fijate en|observa|achte auf|achtet auf|remarquez|"
                        r"reperez|osserva|osservate|repare|observe|let op) (?:the|its|el|la|los|las|die|den|das|le|"
                        r"les|il|lo|gli|o|a|os|as|de|het)\b)")


def _lesson_quoted(loose: LooseSigns, norm_text: str) -> bool:
    """A lesson's words (_LESSON) and a quotation, nobody telling of something going on: in a language the rules do
    not read, the threat words the lesson quotes do not stand on their own ("Прочитайте пример сообщения: «…»")."""
    return _LESSON.search(norm_text) is not None and _QUOTED.search(norm_text) is not None \
        and not (loose.story_now or loose.described_threat)


def _lesson_example(f: _Features, sp: Speech, loose: LooseSigns, norm_text: str, langs: tuple[str, ...]) -> bool:
    """A lesson, a worksheet or a quiz (its words: _LESSON) quoting a threat as its example: every act read stands
    inside the quotation marks or is one of the quiz's options, nobody outside them speaks of themselves or tells of
    something going on, and no wallet is given. Read when the rules found nothing too."""
    if f.crypto_valid or not _lesson_quoted(loose, norm_text):
        return False
    return _acts_all_quoted(norm_text, sp, langs, none_ok=True)


# A customer's money asked back, and an honest review or a complaint named as the next step ("I want a full refund by
# Friday or I'm putting the whole story on Google", "Si en 3 días no tengo el dinero, dejo reseña", "Quero meu dinheiro
# de volta … senão vou postar no Reclame Aqui").
_REFUND_ASKED = re.compile(
    r"\b(?:refund|money back|reembolso|mi dinero|rembourse\w*|remboursement|rimborso|erstattung|geld zuruck|"
    r"terugbetal\w*|geld terug|dinheiro de volta|estorno)\b")
_REVIEW_STEP = re.compile(
    r"\b(?:reviews?|resenas?|avis|recension[ei]|bewertung(?:en)?|recensies?|avaliac\w*|google|trustpilot|"
    r"tripadvisor|yelp|reclame aqui|provenexpert|booking)\b")
# What a review racket adds, and a customer asking their money back never does: many reviews or accounts, vermin or
# glass invented, more than the refund, an audience counted in followers. (On the labelled texts that name a refund and
# a review, 24 hard negatives and 8 other extortion; each of the 8 names one of these.)
_REVIEW_RACKET = re.compile(
    r"\b(?:\d+|twenty|thirty|fifty|hundreds? of|dozens? of|vingt|trente|veinte|treinta|venti|trenta|zwanzig|"
    r"dreissig) (?:[\w-]+ ){0,2}(?:reviews|avis|resenas|recensioni|bewertungen|recensies|avaliacoes|accounts|comptes|"
    r"cuentas|contas|konten|account|profili|profiles)\b|\bevery platform\b|\b(?:several|multiple|many|plusieurs|"
    r"varias|muchas|mehrere|diversi|vari|meerdere|varios) (?:\w+ )?(?:accounts|comptes|cuentas|contas|konten|account|"
    r"profili|profiles)\b|\bbed ?bugs?\b|\bcimici\b|\bpunaises?\b|\bpercevejos?\b|\bchinches\b|\bcafards?\b|"
    r"\bcockroach\w*|\bkakkerlak\w*|\bkakerlake\w*|\bscarafaggi\b|\bbaratas?\b|\bshard\b|\bnot a refund\b|"
    r"\bcompensation\b|\bindemni\w+|\brisarcimento\b|\bentschadigung\b|\bschadevergoeding\b|\bindenizac\w+|"
    r"\b(?:ademas del|alem do|en plus du|oltre al|on top of the) (?:reembolso|remboursement|rimborso|refund)\b|"
    r"\bzusatzlich\b|\band pay me\b|\bfollowers?\b|\babonnes\b|\bseguidores\b|\b\d+ ?k\b|"
    r"\bmesmo nao tendo\b|\beven though it\b|\bfood blogger\b|\binfluencer\b")


# The reader's own people and the reader's pictures or deeds, which no review names ("send your wife the video", "tell
# your boss what you did", "le mando tus fotos a tu novia", "the pics you sent me", "i know where you live").
_CLOSE_PEOPLE = re.compile(
    r"\b(?:your|ur|yo|tu|tus|deine?|deiner|deinem|deinen|ta|ton|tes|tua|tuo|tuoi|sua|seu|teu|je|jouw) (?:\w+ )?"
    r"(?:wife|husband|girlfriend|boyfriend|partner|boss|employer|mum|mom|dad|parents|kids|children|family|"
    r"esposa|mujer|pareja|marido|novia|novio|jefe|padres|familia|hijos|frau|mann|freundin|freund|chef|eltern|kinder|familie|"
    r"femme|mari|copine|copain|patron|enfants|famille|moglie|marito|ragazza|ragazzo|capo|genitori|figli|famiglia|"
    r"mulher|namorada|namorado|chefe|pais|filhos|vrouw|man|vriendin|vriend|baas|ouders|kinderen|gezin)\b")
_READERS_PICTURES = re.compile(
    r"\b(?:you sent|u sent|of you|of u|tus fotos|tu video|de ti|deine (?:fotos|bilder|videos)|von dir|tes photos|"
    r"de toi|le tue foto|di te|suas fotos|tuas fotos|de voce|je foto'?s|van jou|what you did|lo que hiciste|"
    r"was du getan|"
    r"ce que tu as fait|quello che hai fatto|o que voce fez|wat je deed|where you live|donde vives|wo du wohnst|"
    r"ou tu habites|dove abiti|onde voce mora|waar je woont|your (?:affair|secret)|tu (?:aventura|secreto|amante)|"
    r"dein (?:geheimnis|verhaltnis)|ta liaison|ton secret|il tuo segreto|la tua amante|seu segredo|teu segredo|"
    r"je geheim|je affaire)\b")

# Pictures named as the product's ("with photos", "com foto e tudo", "pics attached", "les photos du gâteau"), and a
# moment two people shared, which no review shows ("the pics from that night", "screenshots of our chats", "the video
# from the hotel room").
_PRODUCT_PICTURES = re.compile(
    r"\b(?:with|com|con|avec|mit|met) (?:the |my |as |los |las |les |den |die |de |le |i )?(?:photos?|pics?|pictures?|"
    r"fotos?|bilder|foto'?s)\b|\b(?:pics?|photos?|fotos?|pictures?) (?:attached|in bijlage|en pj|anbei|in allegato|"
    r"adjuntas?|anexas?)\b|\b(?:photos?|pics?|pictures?|fotos?|foto|bilder|foto'?s) (?:of the|of my|du|de la|des|del|"
    r"della|do|da|vom|von der|van de|van het)\b")
_PRIVATE_MOMENT = re.compile(
    r"\b(?:that night|last night|our (?:chats?|messages|convos?|texts|dms)|hotel|of us|between us|bedroom|in bed|"
    r"that weekend|from the party|esa noche|cette nuit|quella notte|naquela noite|jener nacht|die nacht)\b")


def _customer_review(f: _Features, sp: Speech, loose: LooseSigns, norm_text: str) -> bool:
    """A customer asks their money back and names an honest review or a complaint as the next step, with nothing a
    review racket adds (_REVIEW_RACKET), none of the reader's people, pictures or deeds, nothing intimate, no crypto, no
    harm to a person, no hint and no account held."""
    if _REFUND_ASKED.search(norm_text) is None or _REVIEW_STEP.search(norm_text) is None:
        return False
    if _REVIEW_RACKET.search(norm_text) or _CLOSE_PEOPLE.search(norm_text) or _READERS_PICTURES.search(norm_text) \
            or _PRIVATE_MOMENT.search(norm_text):
        return False
    # (pictures only as the product's own: "with photos", "com foto e tudo", "pics attached")
    if (loose.visual or loose.material) and _PRODUCT_PICTURES.search(norm_text) is None:
        return False
    return not (f.sexual or f.crypto_words or f.crypto_valid or sp.harm or sp.price or sp.possession or loose.veiled
                or loose.held_account or loose.intimate_scene or loose.mine)


def _bulk_warned(f: _Features, sp: Speech, loose: LooseSigns) -> bool:
    """A forum's or a help desk's notice that the bulk e-mail goes out in bulk and that nobody should pay ("It's a mass
    spam campaign built from an old breach list. Don't pay."): the bulk e-mail never calls itself one, and no wallet
    is given and nobody claims to hold anything."""
    return loose.bulk_warned and not (f.crypto_valid or sp.possession)


def _everyday_shape(verdict: Verdict, f: _Features, sp: Speech, loose: LooseSigns,
                    norm_text: str = "", langs: tuple[str, ...] = LANGS, raw_text: str = "") -> tuple[str, str] | None:
    """The reading and the signal of an everyday shape that holds a threat's words (a joke over a harmless picture, a
    story told after it was over, a warning that quotes a threat, a sale), or None. Each is measured on the labelled
    texts where its reading is defined; a bulk e-mail is never one."""
    flagged = verdict in (Verdict.TARGETED, Verdict.UNCLEAR, Verdict.OTHER_EXTORTION)
    if flagged and _scene_joke(f, loose):
        return SCENE_JOKE_READ, "nothing_found"
    if flagged and _group_tease(raw_text, f, loose):
        return GROUP_TEASE_READ, "nothing_found"
    if flagged and _customer_review(f, sp, loose, norm_text):
        return CUSTOMER_READ, "nothing_found"
    if verdict == Verdict.MASS_SCAM:
        # (a story of such an e-mail told after it was over, "a few months ago I got one of those 'I hacked your webcam'
        # emails … I didn't pay … nothing happened": the e-mail's parts are the story's, with no wallet of its own)
        if loose.story_over and not f.crypto_valid:
            return STORY_READ, "told_after"
        # (a moderator's or a help page's notice quotes the bulk e-mail it warns of, "those 'i hacked your webcam, pay
        # in bitcoin or …' emails", and advises or names the crime around it: every act read is inside the quotation
        # marks, and no wallet is given)
        if _lesson_example(f, sp, loose, norm_text, langs):
            return LESSON_READ, "told_not_made"
        if _bulk_warned(f, sp, loose):
            return BULK_WARNED_READ, "told_not_made"
        return (QUOTED_EXAMPLE_READ, "told_not_made") if _quotes_an_example(f, sp, loose, norm_text, langs) else None
    if not f.crypto_valid and loose.story_over:
        return STORY_READ, "told_after"
    if flagged and _bulk_warned(f, sp, loose):
        return BULK_WARNED_READ, "told_not_made"
    # (a lesson quoting its example is read when the rules found nothing too: the model reads the example)
    if _lesson_example(f, sp, loose, norm_text, langs):
        return LESSON_READ, "told_not_made"
    # (a question that says in so many words that nobody threatens: the sentence reader may read its "¿Le digo a mis
    # padres?" or "Weitergeleitet wurde nichts" as a threat, and its pictures held by a partner as a threat told
    # going on; one said to the reader with a price or a deadline is not cleared)
    if loose.threat_denied and not (f.crypto_valid or sp.deadline_demands or sp.price or sp.coerced or sp.harm
                                    or loose.described_threat):
        return DENIED_READ, "nothing_found"
    # (loose.advises already has nothing held and no crypto in its words; these are the sentence reader's)
    # (help pages that name the crime also name what the extorter asks for, crypto among it; an address is never there)
    # (nor where the crypto is the bulk e-mail's, retold by a warning that says it goes out in bulk)
    retold_crypto = f.crypto_words and not (loose.names_crime or loose.mass_told)
    # (an awareness post that tells parents to talk with their children is a warning too, with or without "do not pay")
    if flagged and (loose.advises or loose.parents_advised) \
            and not (sp.possession or retold_crypto or f.crypto_valid or sp.speaker):
        return WARNING_READ, "told_not_made"
    # A news item or a help page names the crime and quotes a threat as its example: every sentence that reads as a
    # threat, a claim or a demand is inside the quotation marks. (Someone asking about a threat they pasted is read
    # after this, by the pasted-message check.)
    # (or advises not to pay and names the police around the quotation: "„Ich habe Nacktbilder von dir …“ – so lautete
    # die Nachricht … Die Polizei rät, nicht zu zahlen")
    if flagged and not loose.described_threat and _quotes_an_example(f, sp, loose, norm_text, langs):
        return QUOTED_EXAMPLE_READ, "told_not_made"
    # A page of frequently asked questions ("Häufige Fragen", "Preguntas frecuentes", "FAQ"): the questions are the
    # reader's, in the first person, and the answers advise; nothing in it is demanded of the reader.
    if flagged and not f.crypto_valid and FAQ_HEADING.match(norm_text) is not None:
        return WARNING_READ, "told_not_made"
    # (read when the rules found nothing too: the learned model rates a staged ransomware note as the real one)
    if f.exercise and not (f.crypto_valid or f.sexual):
        return STAGED_READ, "told_not_made"
    # (a sale is read when the rules found nothing too: the learned model reads pictures, a payment and a date as a
    # threat, and the reading is settled)
    if loose.sale_notice and not (f.sexual or f.crypto_words or sp.possession_loose):
        return SALE_READ, "nothing_found"
    if loose.pitch_notice and not (f.sexual or sp.possession_loose or sp.possession or sp.threats):
        return PITCH_READ, "nothing_found"
    # (a vendor's or an insurer's letter about ransomware or attacks: read when the rules found nothing too, since the
    # learned model rates such adverts as the attacks they name)
    if loose.advert_notice and not (f.sexual or f.crypto_valid or sp.possession_loose or sp.possession or sp.threats):
        return ADVERT_READ, "nothing_found"
    return None


@lru_cache(maxsize=1)
def _cue_families_of(norm_text: str, raw: str) -> frozenset[str]:
    # (one message asks up to four times: the unread and misread routes, the sanction checks, the unread check itself
    # and the long reading; the cache holds the last message only)
    return cue_families(norm_text, raw)


def _holds_with_teeth(families: frozenset[str]) -> bool:
    """Something held ("possess") that the cue words read as pictures with a condition, a time limit or money, or as
    left unsaid ("you know what I have") with one of them: the reading a long message in a language the rules do not
    read must meet."""
    return "possess" in families and reading(families) in ("pictures", "veiled")


# Cryptocurrency named in the scripts the lexicon's Latin words miss (bulk e-mails ask for it; a person's threat
# rarely does).
_CRYPTO_SCRIPT = re.compile(r"биткоин|біткоїн|биткойн|крипт|比特币|比特幣|ビットコイン|비트코인|بيتكوين|بتكوين|ביטקוין|"
                            r"บิตคอยน์|बिटकॉइन|بیت‌کوین|بیت کوین|μπιτκόιν|κρυπτο")
UNREAD_AIMED_READ = ("Its words name pictures or a video, held or sent to people, with a condition, a time or money "
                     "and no cryptocurrency, as threats aimed at one person are: read as targeted sextortion until "
                     "someone who reads the language has looked")


def _kind_named(why: list[Contribution]) -> list[Contribution]:
    """The reasons of an ``unclear`` reading once a later step names the kind: those that say the kind cannot be told
    go, and those that ask to treat it as unclear ask to treat it as real."""
    out = []
    for c in why:
        if c.text.endswith(_NO_KIND_SUFFIXES):
            continue
        text = c.text.removesuffix("; it cannot tell the kind either")
        for unsure in (": treat it as unclear", ": unclear"):
            if text.endswith(unsure):
                text = text.removesuffix(unsure) + ": treat it as real"
        out.append(Contribution(c.source, text))
    return out


# (the rules' own "unclear" readings: the kind left open, or what would be shown unnamed)
_NO_KIND_SUFFIXES = ("but not enough to tell which kind of extortion: treat it as real", UNNAMED_EXPOSURE_READ)


LOAN_READ = ("A lender or its collectors threaten to shame you to your contacts unless you pay, with nothing intimate "
             "named: extortion that is not about intimate images. Do not pay more; keep the messages and report the "
             "app")
UNREAD_ACCOUNT_READ = ("Its words say someone took an account and name money or a condition to give it back, with no "
                       "pictures named: read as extortion that is not about intimate images, until someone who reads "
                       "the language has looked")


def _unread_kind(norm_text: str, raw: str, f: _Features, indicators: list[Indicator]) -> Verdict | None:
    """The kind the threat words of a language the rules do not read name on their own, with no cryptocurrency named
    in any script (a bulk e-mail's ask): pictures (cues.reading) are a threat aimed at one person, an account taken
    for a price with no pictures named is other extortion. None otherwise."""
    if f.crypto_words or f.crypto_valid or any(i.type == "crypto_address" for i in indicators) \
            or _CRYPTO_SCRIPT.search(raw.lower()) is not None:
        return None
    families = _cue_families_of(norm_text, raw)
    read_as = reading(families)
    if read_as == "pictures":
        return Verdict.TARGETED
    return Verdict.OTHER_EXTORTION if read_as == "account" and "material" not in families else None


def _cue_reading(norm_text: str, raw: str) -> str | None:
    return reading(_cue_families_of(norm_text, raw))


def _cued(norm_text: str, raw: str) -> bool:
    # (a short message in no language the detector could name, "Usipolipa pesa kesho, tutakuja kwako. Utajuta.":
    # the words of a threat in a language the rules do not read send it to that check all the same)
    return _cue_reading(norm_text, raw) is not None


RULES_ALONE = "The rules alone found no threat, no claim to hold images and no demand with a deadline "


def _flagged_after_all(c: Contribution) -> Contribution:
    """A reason written for "not extortion", reworded for a message flagged by a later step."""
    if c.text.startswith(NOTHING_READ):
        return Contribution(c.source, RULES_ALONE + c.text.removeprefix(NOTHING_READ))
    return Contribution(c.source, c.text.removesuffix(KEPT_READ))


def reasons_under(verdict: Verdict, why: list[Contribution]) -> list[Contribution]:
    """The reasons that may stand under ``verdict``. When a later reading flagged the message, the rules' "nothing
    found" and the head's "does not change the reading" would contradict the verdict, so they say what they are (the
    rules alone, a reading overruled); a sanction, a notice, a share or a joke the rules cleared is no longer the
    reading, whichever step flagged it."""
    if verdict == Verdict.NOT_EXTORTION:
        return list(why)
    return [_flagged_after_all(c) for c in why if c.text not in CLEARING_READS]


def _drop_told(why: list[Contribution]) -> None:
    """A flag overrules the reading of a sentence as someone else's threat: its reason would contradict the flag."""
    why[:] = [c for c in why if TOLD_READ not in c.text]


def _pictured(f: _Features, sp: Speech, loose: LooseSigns) -> bool:
    """Pictures, a video, a recording or a call are named somewhere in the message (a harm beside them may be to show
    them, so the kind is left open)."""
    return bool(f.sexual or f.photos or loose.visual or loose.material or sp.material or f.call)


def _overruled(signal_ids: list[str], why: list[Contribution]) -> list[str]:
    """A later rule overrules a "nothing found" reading: its signals and its reason go, so that no listed reason
    contradicts the verdict."""
    # (a threat told as someone else's, "the family will not forward the recording if …", is overruled with it)
    why[:] = [c for c in why if not c.text.startswith(NOTHING_READ)]
    _drop_told(why)
    return [s for s in signal_ids if s not in CLEARING_SIGNALS]


def analyze_text(text: str, *, received_at: datetime | None = None, source: str = "-",
                 use_model: bool = True) -> Analysis:
    """Triage ``text``: verdict, confidence, signals, indicators, known campaign, language and the
    learned model's score when it was asked (``use_model=False`` keeps to the rules).

    HTML is converted to text first; indicator spans then refer to that converted text.
    """
    if not isinstance(cast(object, text), str):  # callers from untyped code may pass bytes or None
        text = str(text)
    if "<" in text and looks_like_html(text):
        text = html_to_text(text)
    norm = normalize(text)
    indicators = extract_indicators(text, reference_time=received_at)
    language = _language(text)
    langs = (language,) if language in LANGS else LANGS
    sp = read_speech(norm.text, text, langs)
    f = _features(norm.text, norm.tricks, indicators, text, sp.first_person_forms, language, sp.tokens, sp.distinct)
    loose = loose_signs(norm.text, text, sp.words)
    verdict, confidence, signal_ids, why = _decide(f, sp, loose)
    if verdict == Verdict.TARGETED and _harmless_scene(f, loose):
        # (still a threat to expose, so never "not extortion"; but nothing says the pictures are intimate)
        verdict, confidence = Verdict.UNCLEAR, 0.6
        if why and why[-1].source == "rule":
            why.pop()  # (the rule that named the kind: its words would contradict the verdict)
        why.append(Contribution("rule", SCENE_READ))
    everyday = _everyday_shape(verdict, f, sp, loose, norm.text, langs, text)
    if everyday is not None:
        # (the reasons that read a threat in its words would contradict the verdict; none is kept)
        verdict, confidence, signal_ids = Verdict.NOT_EXTORTION, 0.6, [everyday[1]]
        why[:] = [Contribution("rule", everyday[0])]
    # (a worksheet's own questions, "Was solltest du auf keinen Fall tun?", are the pupils' task, not a person asking
    # about a message they received: the lesson reading already asks that nobody outside the quotation speaks as "I")
    lesson = everyday is not None and everyday[0] == LESSON_READ
    if verdict == Verdict.NOT_EXTORTION and not loose.story_over and not lesson and (
            '"' in norm.text or "\u201c" in norm.text or "\u00ab" in norm.text or "'" in norm.text):
        quoted = _quoted_threat(norm.text, text, langs)
        if quoted:
            verdict, confidence = Verdict.UNCLEAR, 0.6
            signal_ids = [*_overruled(signal_ids, why), "quoted_threat"]
            why.append(Contribution("rule", "You asked about a message you received and pasted it; the pasted "
                                            "part holds a threat, a claim to hold images or a demand with teeth: "
                                            "treat it as real"))
    if verdict == Verdict.NOT_EXTORTION and not loose.described_threat and loose.described_demand:
        # (a secret told to the writer's people unless they pay: extortion, not over pictures unless it names them)
        verdict, confidence = (Verdict.UNCLEAR, 0.6) if loose.visual else (Verdict.OTHER_EXTORTION, 0.6)
        signal_ids = [*_overruled(signal_ids, why), "described_demand"]
        why.append(Contribution("rule", SIGNAL_TEXT["described_demand"]))
    if verdict in (Verdict.NOT_EXTORTION, Verdict.UNCLEAR) and not loose.described_threat \
            and loose.described_account:
        # (an account held for a price, told by the one it happened to or for a child: extortion, not over pictures;
        # the rules' "not enough to tell which kind" of its demand is answered by the telling)
        verdict, confidence = Verdict.OTHER_EXTORTION, 0.6
        signal_ids = [*_overruled(signal_ids, why), "described_account"]
        why[:] = _kind_named(why)
        why.append(Contribution("rule", SIGNAL_TEXT["described_account"]))
    if verdict == Verdict.NOT_EXTORTION and not loose.described_threat and loose.described_harm:
        # (money demanded with a beating, told by the one it happens to or for a child: extortion, not over pictures)
        verdict, confidence = Verdict.OTHER_EXTORTION, 0.6
        signal_ids = [*_overruled(signal_ids, why), "described_harm"]
        why.append(Contribution("rule", SIGNAL_TEXT["described_harm"]))
    # (a longer telling, "Mum I need to tell you something … they say if I don't pay £250 by midnight … What do I
    # do?", is read whole when it asks for help now; its signs stand for the message's own)
    told = telling_now(norm.text, text, sp.words) if verdict == Verdict.NOT_EXTORTION \
        and sp.words > LOOSE_MAX_WORDS and not loose.story_over else None
    telling = loose if told is None else told
    # (told in other words, chat-length: "he just sent me a clip … says i have to send him £300 by 9 or he sends it to
    # my mum"; on the labelled texts, rules alone, 32 threats found for 6 hard negatives flagged)
    # (the same telling read as going on, for someone close or retelling what the sender says, "my friend … has her
    # pics and says if she doesnt send a video tonight it goes to her whole church. how do we stop this", whose
    # third-person condition the loose reading already flagged without a kind. Neither is the sender's own threat,
    # "seu Instagram agora é meu … manda 1.500 reais", which keeps its kind open, as does harm named beside it: "pay me
    # 80 or I swat you … he sent a pic of my street")
    # (read only where it can change the verdict: a telling is read for "unclear" and "not extortion" alone)
    ongoing = verdict in (Verdict.UNCLEAR, Verdict.NOT_EXTORTION) and told is None and loose.told_ongoing \
        and (not sp.benign_share or loose.story_now) and not loose.parents_advised
    if verdict == Verdict.UNCLEAR and (telling.described_threat or (
            ongoing and (loose.kin or sp.warnings) and not loose.harm)) and _held_pictures(telling, f) \
            and not any(c.text in CLEARING_READS for c in why):
        # (flagged already without a kind, "… will weitere Videos, sonst stellt er die Bilder in die Klassengruppe …
        # Was sollen wir tun?": the telling of pictures held and used to press someone names it)
        verdict, confidence = Verdict.TARGETED, max(confidence, 0.65)
        described = "described_threat_close" if telling.described_for_someone_close else "described_threat"
        signal_ids = [*signal_ids, described]
        why[:] = _kind_named(why)
        why.extend((Contribution("rule", SIGNAL_TEXT[described]), Contribution("rule", DESCRIBED_KIND_READ)))
    if verdict == Verdict.NOT_EXTORTION and (telling.described_threat or (
            (ongoing or (told is not None and told.told_ongoing)) and not any(c.text in CLEARED_READS for c in why))):
        # The person tells of a threat against them in their own words instead of pasting it: the plan is
        # what helps them, as for a pasted threat. Pictures or a video held and used to press someone is targeted
        # sextortion, told by its victim or for them; a break-in, crypto or pictures said not to be at stake leave
        # the kind open.
        held_pictures = _held_pictures(telling, f)
        verdict, confidence = (Verdict.TARGETED, 0.65) if held_pictures else (Verdict.UNCLEAR, 0.6)
        # (a parent, a sibling or a friend telling of a threat against someone close: the same plan, their words)
        described = "described_threat_close" if telling.described_for_someone_close \
            else "described_threat" if telling.material or telling.possess else "described_exposure"
        signal_ids = [*_overruled(signal_ids, why), described]
        why.append(Contribution("rule", SIGNAL_TEXT[described]))
        if held_pictures:
            why.append(Contribution("rule", DESCRIBED_KIND_READ))
    if verdict in (Verdict.NOT_EXTORTION, Verdict.UNCLEAR, Verdict.OTHER_EXTORTION) and fake_summons(norm.text):
        verdict, confidence = Verdict.MASS_SCAM, max(confidence, 0.8)
        signal_ids = [*_overruled(signal_ids, why), "fake_summons"]
        why.append(Contribution("rule", "A letter posing as the police that accuses you of a sexual crime and gives "
                                        "you hours to answer: a known scam sent to very many people"))
    # (a letter in Cyrillic is read as written too: the normaliser turns its look-alike letters into Latin ones)
    elif verdict != Verdict.MASS_SCAM and fake_police_fine(
            norm.text if text.isascii() else f"{norm.text}\n{text.lower()}"):
        # (already targeted by the other rules: the signal still brings the words that answer this scam)
        if verdict != Verdict.TARGETED:
            verdict, confidence = Verdict.TARGETED, max(confidence, 0.75)
        signal_ids = [*_overruled(signal_ids, why), "fake_police_fine"]
        why.append(Contribution("rule", "Someone posing as the police names sexual pictures or videos and asks you to "
                                        "pay a fine: a threat aimed at you, and real police do not ask for money "
                                        "this way"))
    # Extortion over something other than pictures, whose wording the sentence reader is not built for: a ransomware
    # note, a bomb said to be hidden, protection money, a kidnapping, fake reviews (not a story told once it was over,
    # nor a message an everyday reading cleared, nor a pizza asked as the "ransom" for a hoodie)
    # (nor news of a racket's arrest or trial: "Vor dem Landgericht begann der Prozess gegen vier Männer, die
    # Gastronomen um Schutzgeld erpresst haben sollen")
    harms = racket(norm.text) if verdict == Verdict.NOT_EXTORTION and not loose.story_over \
        and not (loose.token and not loose.real_money) and not loose.mock_hostage and not loose.sibling_tell \
        and not any(c.text in JOKES_CLEARED for c in why) \
        and not _trial_reported(f, sp, norm.text, langs) else frozenset()
    # (the owner who has the account back and warns their contacts holds no account for a price: "Mein Insta wurde
    # gehackt, aber ich hab es zurückbekommen. Keine Forderungen, nur Krypto-Spam in der Story"; nor does a fake
    # support agent who offers to restore it for a fee)
    if loose.hacked_warning or loose.support_bait:
        harms = harms - {"account"}
    # (a friend's "pay me the 20 by friday or I tell everyone you cried at shrek kkkk", a coach's "kit money by Friday,
    # I know where u live 😂": a laugh beside a telling or a visit, with nothing held, burned or locked, and no picture)
    # (pictures, a video or a call named anywhere leave the kind open: the harm may be to show them)
    pictured = bool(harms) and _pictured(f, sp, loose)
    # (never laughed away when the secret is grave: "pay by sunday or i tell your mom you're gay lol")
    if harms and not (harms <= {"told", "body", "veiled"} and loose.laugh and not pictured and not loose.grave_secret):
        verdict, confidence = (Verdict.UNCLEAR, 0.6) if pictured else (Verdict.OTHER_EXTORTION, 0.65)
        signal_ids = [*_overruled(signal_ids, why), "harm_for_money"]
        why.append(Contribution("rule", SIGNAL_TEXT["harm_for_money"]))
    # (flagged without a kind, with a harm no picture could be: files, a site, a fire, a bomb, a kidnapping, a beating,
    # reviews or an account; a telling or a veiled hint could still be about pictures, so those stay open)
    elif verdict == Verdict.UNCLEAR and not loose.story_over \
            and racket(norm.text) - {"told", "veiled"} and not _pictured(f, sp, loose):
        verdict, confidence = Verdict.OTHER_EXTORTION, max(confidence, 0.65)
        signal_ids = [*signal_ids, "harm_for_money"]
        why[:] = _kind_named(why)
        why.append(Contribution("rule", SIGNAL_TEXT["harm_for_money"]))
    campaign = None
    # Fingerprints are only worth computing when part of the scam shape is there.
    if verdict != Verdict.NOT_EXTORTION or (f.hack and (f.sexual or f.camera or f.crypto_words or f.payment)):
        from standfast.analyze.campaigns import match_campaign

        match = match_campaign(norm.text)
        if match is not None:
            campaign = match.campaign_id
            signal_ids = [s for s in signal_ids if s not in CLEARING_SIGNALS]
            signal_ids.append("known_campaign")
            if verdict in (Verdict.NOT_EXTORTION, Verdict.OTHER_EXTORTION, Verdict.UNCLEAR) \
                    and match.family == "sextortion":
                verdict = Verdict.MASS_SCAM
            confidence = max(confidence, 0.9 if match.score >= 0.75 else 0.8)
            why.append(Contribution("rule", f"Matches the known bulk campaign {campaign}"))
    # The check on "not extortion" is for chat-length messages, where a person's threat hides; long e-mails
    # are read by the rules alone (embedding them costs far more and bulk e-mails have their own rules).
    weak = _weak(f, sp)
    signed = verdict == Verdict.UNCLEAR or (
        verdict == Verdict.NOT_EXTORTION and sp.words <= MODEL_MAX_WORDS
        and (weak >= MODEL_WEAK
             or (sp.words <= MODEL_CHAT_WORDS and (weak - (sp.demands > 0) >= MODEL_WEAK_CHAT
                                                    or _sum_by_a_time(f, loose)))))
    # (asked with no sign at all, the model alone must be surer: MODEL_FLAG_ALONE)
    unread = language is not None and language not in LANGS
    # A language nobody could name (mixed, romanised: "aapka video upload hua hai") is unread as well, once
    # there are words enough to have tried and pictures, a recording or an exposure are named, or the threat words
    # of one of those languages are there: the rules have read it in all their languages already, and short
    # e-mails of no clear language (links, codes) are many.
    # (bitcoin or a wallet named counts as such a word: a bulk e-mail in Shona names only its coin in words read)
    # (asked only of a language nobody could name: the wallet search reads the whole text)
    coins = language is None and (f.crypto_words > 0 or f.crypto_valid > 0
                                  or any(i.type == "crypto_address" for i in indicators)
                                  or _WALLET_SHAPE.search(text) is not None)
    unread_route = unread or (language is None and verdict == Verdict.NOT_EXTORTION and (
        (sp.words >= 8 and (loose.material or loose.expose or loose.possess or loose.audience or coins))
        or (3 <= sp.words <= MODEL_CHAT_WORDS and _cued(norm.text, text))))
    # A romanised language (Greeklish, Arabizi, Hinglish) is often taken for one the rules read ("steile ki alles
    # fwtografies alliws …" for German): a chat-length message the rules read as nothing that holds the threat
    # words of a language they do not read goes to the same check, its language left unnamed.
    # (not when the rules read it as told about, not made: a warning in a language they read names no cue of "told")
    misread = not unread_route and verdict == Verdict.NOT_EXTORTION and 3 <= sp.words <= MODEL_CHAT_WORDS \
        and not (sp.told or sp.warnings or sp.advice) and _cued(norm.text, text)
    if (unread_route or misread) and verdict == Verdict.NOT_EXTORTION and _scene_joke(f, loose):
        # (the joke over a harmless picture is read in the languages whose scene words are listed, as it is when the
        # rules flag it; its threat words are the joke's)
        unread_route = misread = False
        signal_ids, why[:] = ["nothing_found"], [Contribution("rule", SCENE_JOKE_READ)]
    if (unread_route or misread) and verdict == Verdict.NOT_EXTORTION \
            and any(c.text == SILLY_SECRET_READ for c in why):
        # (a harmless secret's words were read, "im leaking ur spotify wrapped 💀": the same for a joke's price)
        unread_route = misread = False
    if verdict == Verdict.NOT_EXTORTION and not any(c.text in CLEARED_READS for c in why):
        # (read before the model and the neighbours, so that they need more to overrule it: see _read_before_model)
        before_model = _read_before_model(loose, sp, norm.text, text, indicators, unread_route or misread)
        if before_model is not None:
            why.append(Contribution("rule", before_model))
            signal_ids = ["nothing_found"]
    quiet = not signed and verdict == Verdict.NOT_EXTORTION and not _linked(indicators)
    # (a longer quiet message is read by the model only when the sieve sends it, SIEVE_PASS_LONG, or its words tell
    # part of a threat; in a language the rules do not read, the unread-language check below shows it to the model and
    # may name the kind)
    long_alone = use_model and quiet and not unread_route and MODEL_ANY_WORDS < sp.words <= MODEL_MAX_WORDS \
        and (_sieve_reaches(text, why) or _told_in_part(loose, why))
    short_alone = quiet and sp.words <= MODEL_ANY_WORDS
    alone = short_alone or long_alone
    sanction = verdict == Verdict.NOT_EXTORTION and any(c.text in CLEARED_READS for c in why)
    if sanction and (unread_route or misread) and any(c.text == SANCTION_READ for c in why) \
            and _cue_reading(norm.text, text) is not None:
        # ("Kalau tidak transfer 2 juta, video kamu aku sebar. no phone tonight": the sanction's words beside the
        # threat words of a language the rules do not read do not clear it; the unread-language check reads it)
        sanction = False
        why[:] = [c for c in why if c.text != SANCTION_READ]
    settled = sanction and any(c.text in SETTLED_READS for c in why)
    unsure = signed or alone
    opinion: LearnedOpinion | None = None
    model_part: float | None = None
    # A message in a language nobody could name that names bitcoin or a wallet is read as one the rules do not read
    # when the model names its kind: a bulk e-mail in Somali, Shona or Javanese names its bitcoin, and its words of a
    # break-in and a camera are not read. (Of the 2,083 labelled texts outside the rules' languages that name bitcoin
    # or a wallet and that the model is sure are bulk e-mails, one is not: a targeted threat in Tagalog asking for
    # "0.005 BTC", whose language is named and so was read this way already. The model learned from those texts; on the
    # unread sets 388-403, measured after the change, none of the 321 named bulk e-mails was anything else.)
    kind_unread = unread or (language is None and coins and (unread_route or verdict == Verdict.UNCLEAR))
    if use_model and unsure and not (short_alone and _sieve_clears(text, why, unread=unread or language is None)):
        opinion = _model_opinion(text)
        if opinion is not None:
            verdict, confidence = _apply_model(verdict, confidence, signal_ids, why, opinion, f, sp, loose,
                                               unread=kind_unread,
                                               flag_at=MODEL_FLAG_SETTLED if settled
                                               else MODEL_FLAG_SANCTION if sanction
                                               else MODEL_FLAG_ALONE if alone else MODEL_FLAG,
                                               signs=signed or weak > 0,
                                               buyer=_buys(norm.text, loose))
    # (a sanction the rules read was read, whatever language it is in)
    if verdict == Verdict.NOT_EXTORTION and not sanction and (unread_route or misread):
        verdict, confidence, opinion = _unread_language(text, norm.text, None if misread else language, indicators,
                                                        sp, signal_ids, why,
                                                        opinion, use_model,
                                                        warned=loose.advises or loose.parents_advised
                                                        or _lesson_quoted(loose, norm.text),
                                                        proof=loose.proof_photo)
    if use_model and verdict == Verdict.NOT_EXTORTION and opinion is None and not sanction \
            and sp.words > MODEL_MAX_WORDS and (not _linked(indicators) or (unread and PARTS_UNREAD_LINKED)):
        # (a long message the rules read alone: the model reads its parts most like a threat; the part's neighbours
        # are not asked to rescue it, only to veto or name a kind as for any flag by the model)
        # (in a language the rules do not read, the rules did not read it at all, so a link does not spare it: a long
        # ransom note or a threat with a Telegram link in Polish or Indonesian has no other reader)
        part_opinions = _part_opinions(text, unread=unread,
                                       told=sp.warnings > 0 and sp.words <= PART_TOLD_MAX_WORDS)
        part_opinion = _most_extortion(part_opinions)
        if part_opinion is not None:
            # (between MODEL_FLAG_PART and MODEL_FLAG the part flags only when its close neighbours agree as for a
            # rescue: a health spam's part rated 0.93 has none within NEAR_FLOOR)
            near_part = _nearest(part_opinion)
            agreed = near_part is not None and near_part.extortion_within(NEAR_FLOOR) >= NEAR_RESCUE
            flag_at = MODEL_FLAG_PART if agreed else MODEL_FLAG
            if unread and _wide_head() is not None:
                # (the wide head read it, and nobody else reads the language: see MODEL_FLAG_PART_UNREAD)
                flag_at = min(flag_at, MODEL_FLAG_PART_UNREAD)
            verdict, confidence = _apply_model(verdict, confidence, signal_ids, why, part_opinion, f, sp, loose,
                                               unread=unread, signs=weak > 0, part=True, flag_at=flag_at)
            model_part = float(part_opinion.extortion)
            close_parts = _parts_near_all(part_opinions) if unread else 0
            if verdict == Verdict.NOT_EXTORTION and close_parts >= PARTS_NEAR_ALL:
                # (nobody reads the language, and the labelled messages nearest to its parts are threats written by
                # others: see PARTS_NEAR_ALL)
                verdict, confidence = Verdict.UNCLEAR, 0.55
                signal_ids = [*_overruled(signal_ids, why), "near_extortion"]
                why.append(Contribution("model", f"{close_parts} parts of this long message each have all {NEAR_ALL} "
                                                 "of the labelled messages most like them close threats: treat it as "
                                                 "real"))
    # (a language nobody could name, a romanised chat log, counts as one the rules do not read)
    if verdict == Verdict.NOT_EXTORTION and (unread or language is None) and not sanction \
            and MODEL_MAX_WORDS < sp.words <= UNREAD_CUE_WORDS \
            and _holds_with_teeth(_cue_families_of(norm.text, text)):
        # A long message in a language the rules do not read, which neither the rules nor the model's parts found:
        # its words still name pictures held and a condition, a time or money ("У меня остались все фото … если …").
        # (Only a claim to hold counts at this length: news and family chats gather the other words by chance; on the
        # labelled long texts of such languages this flagged 2 threats and no hard negative left by the model.)
        verdict, confidence = Verdict.UNCLEAR, 0.55
        signal_ids = [*_overruled(signal_ids, why), "unread_threat_words"]
        why.append(Contribution("rule", UNREAD_READS["pictures"]))
    near = _nearest(opinion)
    # (a buyer who pays the reader is not rescued by neighbours that are threats: "mi mandi altre foto della borsa? …
    # ti faccio subito un bonifico")
    # (a worry read in a language the rules do not read is settled too: its neighbours are the threats it fears; so is
    # a story over read there, whose neighbours are the threat it retells, and a warning's advice, whose neighbours are
    # the threats it warns of)
    # (and a parent's or a coach's sanction: with the model over the held-out sets 400-539 (18,855 messages) the
    # neighbours overruled it twice, both hard negatives, "se non mi mandi la foto dei compiti entro le 18, niente
    # telefono", and never for a threat)
    settled = settled or any(c.text in (WORRY_READ, SANCTION_READ) or (c.text in (STORY_READ, WARNING_READ) and (
        unread or language is None)) for c in why)
    if verdict == Verdict.NOT_EXTORTION and not settled and near is not None and opinion is not None \
            and not _buys(norm.text, loose) and (
            (near.extortion_within(NEAR_FLOOR) >= NEAR_RESCUE and opinion.extortion >= NEAR_RESCUE_MODEL)
            or (_near_all_aimed(near) and opinion.extortion >= NEAR_ALL_MODEL)
            or (unread and near.extortion_within(NEAR_UNREAD_FLOOR) >= NEAR_ALL)):
        # (the model's own score may be low: in the languages the rules do not read the head often rates a plain
        # threat at a few percent while the messages nearest to it are threats written by others)
        verdict, confidence = Verdict.UNCLEAR, 0.55
        signal_ids = [*_overruled(signal_ids, why), "near_extortion"]
        # (the head's own reading stays listed; its "does not change the reading" goes with every flag, below)
        named = _near_agreed_kind(opinion, f, sp, loose, unread)
        if named is not None:
            kind, pk, sharing = named
            verdict, confidence = kind, 0.6
            signal_ids.append("near_kind")
            why.append(Contribution("model", f"{_near_words(near)} extortion, {sharing} of "
                                             f"them {_KIND_WORDS[kind]}, and the learned model reads it as "
                                             f"{kind.replace('_', ' ')} ({pk:.0%}): treat it as real"))
        else:
            why.append(Contribution("model", f"{_near_words(near)} extortion: treat it as real"))
    unread_kind = _unread_kind(norm.text, text, f, indicators) if verdict == Verdict.UNCLEAR and (
        unread or language is None or misread) and sp.words <= MODEL_MAX_WORDS else None
    if unread_kind is not None:
        # (in a language the rules do not read, pictures held or sent to people with a condition, a time or money and
        # no cryptocurrency are a threat aimed at one person: on the labelled texts of such languages that the rules
        # left unclear, 2,051 of 2,145 such messages are targeted, and the 51 hard negatives among them were flagged
        # already; an account taken for a price, nothing pictured, is other extortion: 33 of 34)
        verdict, confidence = unread_kind, 0.6
        signal_ids = [s for s in _overruled(signal_ids, why) if s != "unread_threat_words"] + ["unread_threat_words"]
        # (the words' own reading, "treat it as real", is said again with the kind)
        why[:] = [c for c in _kind_named(why) if c.text not in (UNREAD_READS["pictures"], UNREAD_READS["account"])]
        why.append(Contribution("rule", UNREAD_AIMED_READ if unread_kind == Verdict.TARGETED else UNREAD_ACCOUNT_READ))
    if verdict == Verdict.TARGETED and loose.loan and not (f.sexual or loose.intimate_scene or f.more_images):
        # (a lender's collectors threatening to send the borrower's face or ID to their contacts as a thief, nothing
        # intimate named: extortion, not over intimate pictures; "fotos íntimas montadas" stays targeted)
        verdict = Verdict.OTHER_EXTORTION
        # (the rules' or the model's words for the targeted kind would contradict the verdict)
        why[:] = [c for c in why if "targeted" not in c.text]
        why.append(Contribution("rule", LOAN_READ))
    why[:] = reasons_under(verdict, why)
    model_score = model_part if opinion is None else float(opinion.extortion)
    hidden = _HIDE.get(verdict, set())
    signals = [_signal(s, indicators) for s in signal_ids if s not in hidden]
    return Analysis(source=source, verdict=verdict, confidence=round(confidence, 2), signals=signals,
                    indicators=indicators, campaign=campaign, language=language, model_score=model_score,
                    explanation=why)
