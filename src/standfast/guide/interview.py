"""The interview: a few short questions, each skippable, whose answers shape the plan.

``Answers`` is plain data (to/from dict) so the CLI, the web app and scripts share it. Every
field may be ``None`` (skipped); the plan then gives the safe, general version of each step.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from standfast.errors import InputError, StandfastError
from standfast.guide.directory import normalize_country, normalize_region
from standfast.guide.i18n import N_, get_translator

ROLES = ("self", "helper")
AGE_GROUPS = ("minor", "adult")
STARTED = ("email", "chat", "dating_app", "hacked", "other")
DEMANDS = ("money", "gift_cards", "crypto", "more_images", "meeting", "other")
IMAGES_SHARED = ("yes", "no", "not_sure")

# Platform keys the plan knows, with the words people type for them.
PLATFORMS = (
    "instagram", "facebook", "messenger", "whatsapp", "snapchat", "tiktok", "discord", "x",
    "telegram", "reddit", "youtube", "google", "apple", "microsoft", "tinder", "hinge", "grindr",
    "roblox", "xbox", "playstation", "onlyfans", "email", "other",
)
_PLATFORM_ALIASES = {
    "ig": "instagram", "insta": "instagram", "fb": "facebook", "meta": "facebook", "twitter": "x",
    "snap": "snapchat", "wa": "whatsapp", "tik tok": "tiktok", "gmail": "google", "icloud": "apple",
    "outlook": "microsoft", "hotmail": "microsoft", "skype": "microsoft", "teams": "microsoft",
    "bing": "microsoft", "ps": "playstation", "psn": "playstation", "e-mail": "email", "mail": "email",
    "fb messenger": "messenger",
}
MAX_TEXT = 200  # free-text answers are short; longer input is a mistake, not a story


def normalize_platform(value: str) -> str:
    key = re.sub(r"\s+", " ", value.strip().lower())
    key = _PLATFORM_ALIASES.get(key, key)
    if key not in PLATFORMS:
        raise InputError(f"{value!r} is not a platform Standfast knows. Use 'other' for anything else.")
    return key


def _bool(value: Any, name: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().lower()
        if word in ("yes", "y", "true", "1", "si", "sí"):
            return True
        if word in ("no", "n", "false", "0"):
            return False
        if word in ("", "skip", "not_sure", "unknown"):
            return None
    raise InputError(f"The answer for {name} must be yes, no or empty.")


def _choice(value: Any, name: str, allowed: tuple[str, ...]) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or value.strip().lower() not in allowed:
        raise InputError(f"The answer for {name} must be one of: {', '.join(allowed)}.")
    return value.strip().lower()


def _choices(value: Any, name: str, allowed: tuple[str, ...]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [part for part in re.split(r"[,\s]+", value) if part]
    if not isinstance(value, list | tuple):
        raise InputError(f"The answer for {name} must be a list.")
    out: list[str] = []
    for item in value:
        choice = _choice(item, name, allowed)
        if choice and choice not in out:
            out.append(choice)
    return out


def _text(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"The answer for {name} must be text.")
    text = " ".join(value.split())
    if len(text) > MAX_TEXT:
        raise InputError(f"The answer for {name} is too long (at most {MAX_TEXT} characters).")
    return text or None


@dataclass
class Answers:
    """What the person told us. ``None`` or an empty list means the question was skipped."""

    safe_now: bool | None = None
    role: str | None = None  # 'self' | 'helper' (a parent, teacher, friend...)
    age_group: str | None = None  # age of the person affected: 'minor' | 'adult'
    country: str | None = None  # ISO 3166-1 alpha-2
    region: str | None = None  # ISO 3166-2, e.g. GB-SCT
    started: str | None = None  # 'email' | 'chat' | 'dating_app' | 'hacked' | 'other'
    platforms: list[str] = field(default_factory=list)
    demands: list[str] = field(default_factory=list)
    paid: bool | None = None  # money, gift cards or crypto already sent
    sent_more: bool | None = None  # more images sent after the threat
    sent_images: bool | None = None  # did the person ever send images or videos
    images_shared: str | None = None  # has the other person already shared them: yes/no/not_sure
    taken_under_18: bool | None = None  # images taken when the person was under 18
    ai_made: bool | None = None  # the images were made or altered with AI ("fake nudes")
    deadline: str | None = None  # as the person said it: "48 hours", "tonight"

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Normalize and check every field; raise InputError with a calm message if one is wrong."""
        self.safe_now = _bool(self.safe_now, "safe right now")
        self.role = _choice(self.role, "role", ROLES)
        self.age_group = _choice(self.age_group, "age group", AGE_GROUPS)
        country = _text(self.country, "country")
        try:
            self.country = normalize_country(country)
            self.region = normalize_region(self.country, _text(self.region, "region"))
        except StandfastError as exc:
            raise InputError(str(exc)) from None
        if self.country == "INT":
            self.country = None
        self.started = _choice(self.started, "how it started", STARTED)
        platforms: Any = self.platforms  # from_dict passes what it was given: a list or one string
        if isinstance(platforms, str):
            platforms = [p for p in re.split(r"[,;]+", platforms) if p.strip()]
        if not isinstance(platforms, list | tuple):
            raise InputError("The answer for platforms must be a list.")
        normalized: list[str] = []
        for item in platforms:
            if not isinstance(item, str):
                raise InputError("The answer for platforms must be a list of names.")
            key = normalize_platform(item)
            if key not in normalized:
                normalized.append(key)
        self.platforms = normalized
        self.demands = _choices(self.demands, "what is demanded", DEMANDS)
        self.paid = _bool(self.paid, "paid")
        self.sent_more = _bool(self.sent_more, "sent more")
        self.sent_images = _bool(self.sent_images, "sent images")
        self.images_shared = _choice(self.images_shared, "images shared", IMAGES_SHARED)
        self.taken_under_18 = _bool(self.taken_under_18, "taken under 18")
        self.ai_made = _bool(self.ai_made, "made with AI")
        self.deadline = _text(self.deadline, "deadline")
        if self.age_group == "minor":
            # Images of someone who is under 18 now were taken under 18.
            self.taken_under_18 = True

    # -- derived facts the plan uses --------------------------------------------------------

    @property
    def is_minor(self) -> bool:
        return self.age_group == "minor"

    @property
    def is_helper(self) -> bool:
        return self.role == "helper"

    @property
    def directory_age(self) -> str:
        """The age group used to filter the directory ('minor', 'adult', 'helper', 'unknown')."""
        if self.age_group == "minor":
            return "helper" if self.is_helper else "minor"
        if self.age_group == "adult":
            return "adult"
        return "unknown"

    @property
    def images_involved(self) -> bool:
        """Whether images may exist (so removal tools matter). Unknown counts as 'maybe'."""
        if self.sent_images is False and self.images_shared in (None, "no") and self.started == "email":
            return False
        return self.sent_images is not False or self.images_shared == "yes"

    @property
    def money_demanded(self) -> bool:
        return bool({"money", "gift_cards", "crypto"} & set(self.demands)) or bool(self.paid)

    # -- serialization --------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> Answers:
        """Build from a dict (JSON). Unknown keys are refused so typos do not pass silently."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise InputError("The answers must be a JSON object (key: value).")
        names = {f.name for f in fields(cls)}
        unknown = sorted(str(k) for k in data if k not in names)
        if unknown:
            raise InputError(f"Unknown answer field(s): {', '.join(unknown)}.")
        return cls(**{k: data[k] for k in names if k in data})


# -----------------------------------------------------------------------------------------
# The questions, in order, for the CLI and the web app.


@dataclass(frozen=True)
class Question:
    id: str  # the Answers field it fills
    text: str  # message id (English)
    kind: str  # 'yes_no' | 'choice' | 'multi' | 'country' | 'text'
    choices: tuple[tuple[str, str], ...] = ()
    hint: str | None = None

    def translated(self, lang: str | None) -> dict[str, Any]:
        _ = get_translator(lang)
        return {
            "id": self.id,
            "text": _(self.text),
            "kind": self.kind,
            "choices": [{"value": v, "label": _(label)} for v, label in self.choices],
            "hint": _(self.hint) if self.hint else None,
            "skippable": True,
        }


QUESTIONS: tuple[Question, ...] = (
    Question("safe_now", N_("Are you safe right now?"), "yes_no",
             hint=N_("If you might hurt yourself, or someone is with you who could hurt you, say no.")),
    Question("role", N_("Who is this for?"), "choice",
             ((("self"), N_("Me")), ("helper", N_("I am helping someone")))),
    Question("age_group", N_("How old is the person this is happening to?"), "choice",
             (("minor", N_("Under 18")), ("adult", N_("18 or over")))),
    Question("country", N_("Which country are you in?"), "country",
             hint=N_("A two-letter code is fine, like US, GB or MX.")),
    Question("region", N_("Which part of the country? (UK: England, Scotland, Wales, Northern Ireland)"),
             "text"),
    Question("started", N_("How did it start?"), "choice",
             (("email", N_("An email out of the blue")), ("chat", N_("A chat with someone online")),
              ("dating_app", N_("A dating app")), ("hacked", N_("An account was hacked")),
              ("other", N_("Something else")))),
    Question("platforms", N_("Which apps or sites are involved?"), "multi",
             tuple((p, p) for p in PLATFORMS),
             hint=N_("You can pick more than one.")),
    Question("demands", N_("What are they asking for?"), "multi",
             (("money", N_("Money")), ("gift_cards", N_("Gift cards")), ("crypto", N_("Bitcoin or other crypto")),
              ("more_images", N_("More images or videos")), ("meeting", N_("To meet")),
              ("other", N_("Something else")))),
    Question("paid", N_("Has any money, gift card or crypto been sent to them?"), "yes_no"),
    Question("sent_more", N_("Have more images been sent to them since the threats started?"), "yes_no"),
    Question("sent_images", N_("Were any images or videos ever sent to them?"), "yes_no"),
    Question("images_shared", N_("Have they already shared the images with anyone?"), "choice",
             (("yes", N_("Yes")), ("no", N_("No")), ("not_sure", N_("Not sure")))),
    Question("taken_under_18", N_("Were any of the images taken when the person was under 18?"), "yes_no"),
    Question("ai_made", N_("Were any of the images made or changed with AI (fake nudes)?"), "yes_no",
             hint=N_("Fake images count too. They are treated the same way.")),
    Question("deadline", N_("Did they give a deadline? Write it as they said it."), "text"),
)


def questions(lang: str | None = "en") -> list[dict[str, Any]]:
    return [q.translated(lang) for q in QUESTIONS]
