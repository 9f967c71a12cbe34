"""WhatsApp header layouts of phones in many regions, written here with invented people and texts.

The shapes were learned from reading public WhatsApp parser test suites and bug reports (which
layouts exist); the fixtures themselves are made up. Each layout is a header template with fields
for the numbers and its own words for before/after noon; :func:`chat` writes a small chat in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

NNBSP = "\u202f"
RLM = "\u200f"
LRM = "\u200e"
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass(frozen=True)
class WaLayout:
    name: str
    template: str  # fields: d dd m mm yy yyyy H HH h hh MM SS ap
    ampm: tuple[str, str] = ("", "")
    seconds: bool = False
    year_offset: int = 0  # Thai phones count in the Buddhist era
    arabic_digits: bool = False

    def header(self, t: datetime) -> str:
        h12 = t.hour % 12 or 12
        fields = {"d": str(t.day), "dd": f"{t.day:02d}", "m": str(t.month), "mm": f"{t.month:02d}",
                  "yy": f"{(t.year + self.year_offset) % 100:02d}", "yyyy": str(t.year + self.year_offset),
                  "H": str(t.hour), "HH": f"{t.hour:02d}", "h": str(h12), "hh": f"{h12:02d}",
                  "MM": f"{t.minute:02d}", "SS": f"{t.second:02d}", "ap": self.ampm[t.hour >= 12]}
        out = self.template.format(**fields)
        return out.translate(_ARABIC_DIGITS) if self.arabic_digits else out


# (time, sender, text): the 13th proves day/month order; 00:05 and 12:30 test the 12-hour clock.
MESSAGES = [
    (datetime(2024, 3, 4, 0, 5, 7, tzinfo=UTC), "Noor Haddad", "hi, is this still your number?"),
    (datetime(2024, 3, 13, 9, 3, 9, tzinfo=UTC), "Tomasz W", "yes\nwho's asking?"),
    (datetime(2024, 3, 13, 12, 30, 41, tzinfo=UTC), "Ana-Lucía Pérez", "Pay 300 EUR by Friday: 10:00 is the end"),
    (datetime(2024, 3, 14, 21, 47, 0, tzinfo=UTC), "Tomasz W", "no. I am telling someone - 14.03.2024 21:47"),
]

LAYOUTS = [
    WaLayout("android-en-GB", "{dd}/{mm}/{yyyy}, {HH}:{MM} - "),
    WaLayout("android-en-US-12h", "{m}/{d}/{yy}, {h}:{MM}" + NNBSP + "{ap} - ", ("AM", "PM")),
    WaLayout("android-en-US-12h-old", "{m}/{d}/{yy}, {h}:{MM} {ap} - ", ("AM", "PM")),
    WaLayout("ios-en-US", "[{m}/{d}/{yy}, {h}:{MM}:{SS}" + NNBSP + "{ap}] ", ("AM", "PM"), seconds=True),
    WaLayout("ios-en-GB", "[{dd}/{mm}/{yyyy}, {HH}:{MM}:{SS}] ", seconds=True),
    WaLayout("ios-en-IN-lower", "[{dd}/{mm}/{yy}, {h}:{MM}:{SS}" + NNBSP + "{ap}] ", ("am", "pm"), seconds=True),
    WaLayout("android-en-IN-lower", "{dd}/{mm}/{yy}, {h}:{MM}" + NNBSP + "{ap} - ", ("am", "pm")),
    WaLayout("android-de", "{dd}.{mm}.{yy}, {HH}:{MM} - "),
    WaLayout("ios-de", "[{dd}.{mm}.{yy}, {HH}:{MM}:{SS}] ", seconds=True),
    WaLayout("android-de-12h", "{dd}.{mm}.{yy}, {h}:{MM} {ap} - ", ("vorm.", "nachm.")),
    WaLayout("android-es-12h", "{d}/{m}/{yyyy}, {h}:{MM} {ap} - ", ("a. m.", "p. m.")),
    WaLayout("android-es-MX-nbsp", "{dd}/{mm}/{yy} {h}:{MM}" + NNBSP + "{ap} - ", ("a.\u00a0m.", "p.\u00a0m.")),
    WaLayout("android-fi-klo", "{d}.{m}.{yyyy} klo {HH}.{MM} - "),
    WaLayout("ios-fi-klo", "[{d}.{m}.{yyyy} klo {HH}.{MM}.{SS}] ", seconds=True),
    WaLayout("android-fi-dotted-seconds", "{dd}.{mm}.{yy} {HH}.{MM}.{SS} - ", seconds=True),
    WaLayout("old-dotted-colon-end", "{dd}.{mm}.{yy} {HH}.{MM}.{SS}: ", seconds=True),
    WaLayout("android-hr-spaced", "{d}. {m}. {yyyy}. {HH}:{MM}:{SS} ", seconds=True),
    WaLayout("android-hr-spaced-dash", "{d}. {m}. {yyyy}. {HH}:{MM} - "),
    WaLayout("android-ko", "{yyyy}. {m}. {d}. {ap} {h}:{MM} - ", ("오전", "오후")),
    WaLayout("ios-ko", "[{yyyy}. {m}. {d}. {ap} {h}:{MM}:{SS}] ", ("오전", "오후"), seconds=True),
    WaLayout("android-hu", "{yyyy}. {mm}. {dd}. {HH}:{MM} - "),
    WaLayout("android-ja", "{yyyy}/{mm}/{dd} {HH}:{MM} - "),
    WaLayout("ios-ja-pre-ampm", "[{yyyy}/{mm}/{dd} {ap}{h}:{MM}:{SS}] ", ("午前", "午後"), seconds=True),
    WaLayout("android-zh-pre-ampm", "{yyyy}/{m}/{d} {ap}{h}:{MM} - ", ("上午", "下午")),
    WaLayout("android-ar-rtl", RLM + "{d}/{m}/{yyyy} {h}:{MM} {ap} - ", ("ص", "م")),
    WaLayout("android-ar-indic-digits", "{dd}/{mm}/{yyyy} {h}:{MM} {ap} - ", ("ص", "م"), arabic_digits=True),
    WaLayout("android-fa", "{yyyy}/{mm}/{dd}, {h}:{MM} {ap} - ", ("ق.ظ", "ب.ظ")),
    WaLayout("android-he-rlm", RLM + "{dd}.{m}.{yyyy}, {HH}:{MM} - "),
    WaLayout("old-2012-seconds-colon", "{dd}/{mm}/{yyyy} {HH}:{MM}:{SS}: ", seconds=True),
    WaLayout("old-12h-colon", "{m}/{d}/{yy}, {h}:{MM}:{SS} {ap}: ", ("AM", "PM"), seconds=True),
    WaLayout("android-id-dotted-time", "{dd}/{mm}/{yy} {HH}.{MM} - "),
    WaLayout("android-nl-dashes", "{dd}-{mm}-{yyyy} {HH}:{MM} - "),
    WaLayout("android-sv-iso", "{yyyy}-{mm}-{dd} {HH}:{MM} - "),
    WaLayout("android-sv-12h", "{yyyy}-{mm}-{dd} {h}:{MM} {ap} - ", ("fm", "em")),
    WaLayout("android-en-CA", "{yyyy}-{mm}-{dd}, {h}:{MM} {ap} - ", ("a.m.", "p.m.")),
    WaLayout("android-en-ZA", "{yyyy}/{mm}/{dd}, {h}:{MM} {ap} - ", ("am", "pm")),
    WaLayout("ios-month-year-day", "[{mm}/{yyyy}/{dd}, {HH}:{MM}:{SS}] ", seconds=True),
    WaLayout("android-fr-a", "{dd}.{mm}.{yy} à {HH}:{MM} - "),
    WaLayout("android-ru", "{dd}.{mm}.{yyyy}, {HH}:{MM} - "),
    WaLayout("android-bg-year-word", "{dd}.{mm}.{yy} г., {HH}:{MM} - "),
    WaLayout("android-el-12h", "{d}/{m}/{yy}, {h}:{MM} {ap} - ", ("π.μ.", "μ.μ.")),
    WaLayout("android-th-buddhist", "{dd}/{mm}/{yyyy} {HH}:{MM} - ", year_offset=543),
    WaLayout("ios-dashes", "[{dd}-{mm}-{yy} {HH}:{MM}:{SS}] ", seconds=True),
    WaLayout("ios-month-first-dots", "[{mm}.{dd}.{yy}, {HH}:{MM}:{SS}] ", seconds=True),
    WaLayout("ios-lrm-attachments", LRM + "[{dd}/{mm}/{yyyy}, {HH}:{MM}:{SS}] ", seconds=True),
    WaLayout("android-us-no-comma-12h", "{m}/{d}/{yyyy} {h}:{MM} {ap} - ", ("a.m.", "p.m.")),
]


def expected_time(layout: WaLayout, t: datetime) -> datetime:
    return t if layout.seconds else t.replace(second=0)


def chat(layout: WaLayout, messages: list[tuple[datetime, str, str]] | None = None) -> str:
    return "".join(f"{layout.header(t)}{sender}: {text}\n" for t, sender, text in (messages or MESSAGES))
