"""The help directory: sourced reporting channels, hotlines, helplines and crisis lines.

The facts live in ``data/directory.yaml`` (package data). Every entry carries its sources and the
date it was checked; nothing here invents a number or a link. This module only loads, filters and
describes those entries.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any, Literal

import yaml

from standfast.errors import UsageError

KINDS = ("crisis", "law_enforcement", "child_protection", "image_removal", "helpline", "platform_report")
AUDIENCES = ("minor", "adult", "all")
CONFIDENCES = ("high", "medium", "low")
AgeGroup = Literal["minor", "adult", "helper", "helper_adult", "unknown"]

# Names people type for countries the directory covers (pycountry handles the official names).
_COUNTRY_ALIASES = {"UK": "GB", "ENGLAND": "GB", "SCOTLAND": "GB", "WALES": "GB", "USA": "US", "UAE": "AE"}
# International fallbacks: shown only where the country has no entry of its own of that kind.
_FALLBACK_KINDS = ("law_enforcement", "child_protection", "helpline")


@dataclass(frozen=True)
class Entry:
    """One service in the directory, exactly as its sources describe it."""

    id: str
    name: str
    kind: str
    jurisdiction: list[str]
    audience: str
    url: str | None
    phone: str | None
    sms: str | None
    hours: str | None
    what_for: str
    source: list[str]
    checked: dt.date
    confidence: str
    notes: str | None = None
    seen_in: str | None = None
    serves_helpers: bool = False
    numbers: list[str] = field(default_factory=list)

    @property
    def needs_check(self) -> bool:
        """True when users must be told to check the details (low confidence or an open doubt)."""
        return self.confidence == "low" or "verify" in (self.notes or "").lower() or (
            "verify" in (self.sms or "").lower()
        )

    @property
    def international(self) -> bool:
        return self.jurisdiction == ["INT"]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["checked"] = self.checked.isoformat()
        data["needs_check"] = self.needs_check
        return data


# ---------------------------------------------------------------------------------------------
# Phone numbers: the YAML keeps the human text ("101 (non-emergency); 999 (emergency)"); here we
# pull out the dialable numbers so the web app can make tel: links and the tests can check them.

# A run of digits with single spaces, dots or hyphens between them, not glued to letters, '/',
# '*' or '#' (which would make it a vanity prefix like 1-800-CALL, a USSD code or "24/7").
_NUMBER_RE = re.compile(r"(?<![\w*#/:.-])\+?\d(?:\d|[ .-](?=\d))*(?![\w#/:])")
_VANITY_TAIL = re.compile(r"^[ -]?[A-Z][A-Z0-9]{2,}\s*\(")
_YEAR_AFTER_WORD = re.compile(r"[A-Za-z]\s*$")


def extract_numbers(text: str | None) -> list[str]:
    """Dialable numbers (digits, with a leading + when international) found in a phone/sms text."""
    if not text:
        return []
    found: list[str] = []
    for match in _NUMBER_RE.finditer(text):
        raw = match.group(0).strip()
        digits = re.sub(r"\D", "", raw)
        after = text[match.end():]
        before = text[: match.start()]
        if len(digits) < 2 or _VANITY_TAIL.match(after) or after.startswith("-"):
            continue
        # "since Oct 2025", "(2025)": years in free text are not phone numbers.
        if re.fullmatch(r"(19|20)\d\d", digits) and (_YEAR_AFTER_WORD.search(before) or before.endswith("(")):
            continue
        if len(digits) <= 2 and not re.match(r"^\s*\(", after) and not re.match(r"^\s*/\s*\d", after):
            # Two-digit emergency numbers ("17 (police emergency)") only when labelled; "8am" etc. never.
            continue
        number = ("+" if raw.startswith("+") else "") + digits
        if number not in found:
            found.append(number)
    return found


# ---------------------------------------------------------------------------------------------


def _entry_from_raw(raw: dict[str, Any]) -> Entry:
    jurisdiction = raw["jurisdiction"]
    if isinstance(jurisdiction, str):
        jurisdiction = [jurisdiction]
    checked = raw["checked"]
    if isinstance(checked, str):
        checked = dt.date.fromisoformat(checked)
    return Entry(
        id=raw["id"],
        name=raw["name"],
        kind=raw["kind"],
        jurisdiction=list(jurisdiction),
        audience=raw["audience"],
        url=raw.get("url"),
        phone=raw.get("phone"),
        sms=raw.get("sms"),
        hours=raw.get("hours"),
        what_for=raw.get("what_for") or "",
        source=list(raw.get("source") or []),
        checked=checked,
        confidence=raw["confidence"],
        notes=raw.get("notes"),
        seen_in=raw.get("seen_in"),
        serves_helpers=bool(raw.get("serves_helpers", False)),
        numbers=extract_numbers(raw.get("phone")),
    )


def raw_directory() -> dict[str, Any]:
    """The YAML document as loaded (for schema tests and tooling)."""
    text = resources.files("standfast.guide").joinpath("data/directory.yaml").read_text(encoding="utf-8")
    # The C loader (when PyYAML has it) reads the file ~10x faster; both are safe loaders.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document: dict[str, Any] = yaml.load(text, Loader=loader)
    return document


@functools.cache
def _load() -> tuple[Entry, ...]:
    return tuple(_entry_from_raw(raw) for raw in raw_directory()["entries"])


def load_directory() -> list[Entry]:
    """Every entry, in file order."""
    return list(_load())


@functools.cache
def _by_id() -> dict[str, Entry]:
    return {entry.id: entry for entry in _load()}


def get_entry(entry_id: str) -> Entry:
    try:
        return _by_id()[entry_id]
    except KeyError:
        raise UsageError(f"There is no directory entry called {entry_id!r}.") from None


# ---------------------------------------------------------------------------------------------
# Countries and regions


def normalize_country(country: str | None) -> str | None:
    """'gb', 'UK', 'United Kingdom' -> 'GB'; None/'' -> None; 'INT' stays 'INT'."""
    if country is None or not country.strip():
        return None
    value = country.strip()
    upper = value.upper()
    if upper == "INT":
        return "INT"
    if upper in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[upper]
    import pycountry

    if len(upper) == 2 and pycountry.countries.get(alpha_2=upper):
        return upper
    try:
        return pycountry.countries.lookup(value).alpha_2
    except LookupError:
        raise UsageError(
            f"{country!r} is not a country code Standfast knows. Use a two-letter code such as US, GB or MX."
        ) from None


def normalize_region(country: str | None, region: str | None) -> str | None:
    """'SCT', 'gb-sct', 'Scotland' -> 'GB-SCT' (ISO 3166-2). None when no region was given."""
    if not region or not region.strip() or not country or country == "INT":
        return None
    import pycountry

    value = region.strip()
    code = value.upper()
    if not code.startswith(country + "-"):
        code = f"{country}-{code}"
    # pycountry's database lookups carry no annotations.
    subdivisions = list(pycountry.subdivisions.get(country_code=country) or [])  # type: ignore[no-untyped-call]
    for sub in subdivisions:
        names = {sub.name.lower(), sub.name.split(" [")[0].lower()}
        if sub.code.upper() == code or value.lower() in names:
            return str(sub.code).upper()
    raise UsageError(
        f"{region!r} is not a region of {country} that Standfast knows. "
        "Leave the region out, or use its code (for the UK: ENG, SCT, WLS, NIR)."
    )


def _matches_place(entry: Entry, country: str | None, region: str | None) -> bool:
    if country is None:
        return False
    for code in entry.jurisdiction:
        if code == country:
            return True
        if code.startswith(country + "-") and (region is None or code == region):
            return True
    return False


def audience_allowed(entry: Entry, age: str) -> bool:
    """Whether an entry may be shown on the path for this age group.

    The line between minors and adults is strict: a minor's path never shows an adult-only
    service (StopNCII is 18+) and an adult's path never shows a minor-only one. Someone helping
    a minor sees the minor's services plus adult services that exist for worried adults.
    """
    if entry.audience == "all":
        return True
    if age == "minor":
        return entry.audience == "minor"
    if age == "helper":
        return entry.audience == "minor" or entry.serves_helpers
    if age in ("adult", "helper_adult"):
        # Adult services for people worried about a child are not for an adult's own case.
        return entry.audience == "adult" and not entry.serves_helpers
    return True  # unknown age: both, and the plan labels them


def _sort_key(entry: Entry) -> tuple[int, int, int]:
    specificity = 0 if any("-" in code for code in entry.jurisdiction) else (2 if entry.international else 1)
    return (KINDS.index(entry.kind), specificity, CONFIDENCES.index(entry.confidence))


def entries_for(
    country: str | None,
    region: str | None = None,
    age: str = "unknown",
    kinds: list[str] | tuple[str, ...] | set[str] | None = None,
    *,
    include_international: bool = True,
) -> list[Entry]:
    """The services for a person in ``country`` (and ``region``) of this age group.

    ``kinds=None`` means every kind except the per-platform entries, which are asked for by
    name (``kinds=['platform_report']``) or picked by the plan from the platforms involved.
    International services come last and only fill gaps (e.g. INHOPE where a country has no
    hotline of its own), except image-removal tools (StopNCII / Take It Down) which work anywhere.
    """
    country = normalize_country(country)
    region = normalize_region(country, region)
    wanted = set(kinds) if kinds is not None else set(KINDS) - {"platform_report"}
    unknown = wanted - set(KINDS)
    if unknown:
        raise UsageError(f"Unknown kind of service: {', '.join(sorted(unknown))}.")
    local = [
        e for e in _load()
        if e.kind in wanted and _matches_place(e, country, region) and audience_allowed(e, age)
    ]
    result = list(local)
    if include_international:
        local_kinds = {e.kind for e in local}
        for entry in _load():
            if not entry.international or entry.kind not in wanted or not audience_allowed(entry, age):
                continue
            if entry.kind in _FALLBACK_KINDS and entry.kind in local_kinds:
                continue
            result.append(entry)
    return sorted(result, key=_sort_key)


def crisis_lines(country: str | None, region: str | None = None, age: str = "unknown") -> list[Entry]:
    """Crisis lines for the country (empty when the directory has none: say 'call your emergency number')."""
    return entries_for(country, region, age, kinds=["crisis"], include_international=False)


def countries() -> list[str]:
    """ISO codes with at least one entry (plus INT)."""
    codes = {code.split("-")[0] for entry in _load() for code in entry.jurisdiction}
    return sorted(codes)
