"""The message-header layout of one WhatsApp (or Signal text) export, learned from the file itself.

Each phone writes its headers in the locale it is set to, with no marker of which one: ``13/03/24,
21:03 - ``, ``[3/25/24, 9:01:02 PM] ``, ``13.6.2018 klo 21.25.15 - ``, ``13. 6. 2018. 21:25:15 ``,
``2024. 3. 13. 오후 9:03 - ``, ``[06/2018/13, 21:03:00] ``, ``13.06.18 21.25.15: `` and many more.
Instead of trying every known pattern on every line, a loose pattern reads the first lines of the
file, the most common shape among them becomes one strict pattern (:class:`Layout`), and the whole
file is read with that. Which number is the day, the month and the year is then decided from every
date in the file (:func:`date_order`): a 4-digit or > 31 number is the year, a number > 12 is the
day, and otherwise the reading in which the chat runs forward in time wins. A file that gives no
evidence either way is *ambiguous*: the caller may say the order (``--date-order``), be asked, or
get the usual reading for the layout with every time flagged.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

# Direction and invisible marks phones put around headers (iOS U+200E, Arabic/Hebrew U+200F, U+061C).
MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff"
SPACES = " \u00a0\u202f\u2009"
# Words for before and after noon, as written before the time (Korean, Japanese, Chinese) or after it.
_PM_WORDS = ("pm", "nachm", "م", "μμ", "بظ", "午後", "下午", "오후", "em", "ip", "晚上", "中午")
_AM_WORDS = ("am", "vorm", "ص", "πμ", "قظ", "午前", "上午", "오전", "fm", "ap", "凌晨", "早上")
_PRE_AMPM = "오전|오후|午前|午後|上午|下午|中午|晚上|凌晨|早上"
_POST_AMPM = (r"[AaPp]\.?[ \u00a0\u202f]?[Mm]\.?|vorm\.|nachm\.|π\.[ \u00a0\u202f]?μ\.|μ\.[ \u00a0\u202f]?μ\.|"
              r"ق\.ظ|ب\.ظ|ص|م|午前|午後|上午|下午|오전|오후|[fe]\.[ \u00a0\u202f]?m\.|fm|em|ap\.|ip\.")
# Words between the date and the time: Finnish "klo", French "à", German "um", Spanish "a las"…
_JOIN_WORDS = "klo|kl\\.|à|um|a las|alle|às|в|o|lúc|ng"

_S = f"[{SPACES}]"
_M = f"[{MARKS}]*"
LOOSE = re.compile(
    rf"^(?P<lead>{_M})(?P<br>\[?){_M}"
    rf"(?P<a>\d{{1,4}})(?P<sep>[./\-])(?P<s1>{_S}?)(?P<b>\d{{1,4}})(?P=sep)(?P=s1)(?P<c>\d{{1,4}})"
    rf"(?P<tail>\.|{_S}?г\.|)"
    rf"(?P<join>,?{_S}{{1,2}}(?:(?:{_JOIN_WORDS}){_S})?|,)"
    rf"(?P<pre>(?:{_PRE_AMPM}){_S}?)?"
    rf"(?P<H>\d{{1,2}})(?P<tsep>[:.])(?P<M>\d{{2}})(?:(?P=tsep)(?P<S>\d{{2}}))?"
    rf"(?P<post>{_S}?(?:{_POST_AMPM}))?{_M}"
    rf"(?P<end>\]{_S}?(?:[-–]{_S})?|{_S}?[-–]{_S}|:{_S}|{_S})"
)

SAMPLE_BYTES = 1 << 18  # the layout is learned from the first 256 KiB
SAMPLE_LINES = 2000


@dataclass(frozen=True)
class Shape:
    """What varies between locales, with the numbers and AM/PM words left out."""

    bracket: bool
    sep: str  # "/", ".", "-"
    spaced: bool  # "13. 6. 2018" – a space after each separator
    tail: str  # "" or "." or " г." after the date
    join: str  # normalised: "," / ", " / " " / " klo " …
    pre_ampm: bool
    tsep: str
    seconds: bool
    post_ampm: bool
    end: str  # normalised: "] " / " - " / ": " / " "

    def example(self) -> str:
        """A header of this shape with made-up numbers, to show the user what was expected."""
        s = " " if self.spaced else ""
        date = f"13{self.sep}{s}03{self.sep}{s}2024{self.tail}"
        clock = f"9{self.tsep}03{self.tsep + '00' if self.seconds else ''}"
        time = ("PM " if self.pre_ampm else "") + clock + (" PM" if self.post_ampm else "")
        head = f"{date}{self.join}{time}"
        return (f"[{head}] " if self.bracket else head + self.end) + "Name: text"


_SPACES_AS_SPACE = str.maketrans(dict.fromkeys(SPACES, " "))


def _norm_space(text: str) -> str:
    return text.translate(_SPACES_AS_SPACE)


_SHAPES: dict[tuple[str | None, ...], Shape] = {}  # the parts shape_of reads, as written -> their shape


def shape_of(m: re.Match[str]) -> Shape:
    # A file's first lines share a few shapes: each is worked out once (infer reads 2,000 lines).
    key = m.group("br", "sep", "s1", "tail", "join", "pre", "tsep", "S", "post", "end")
    shape = _SHAPES.get(key)
    if shape is None:
        if len(_SHAPES) > 10_000:
            _SHAPES.clear()
        shape = _SHAPES[key] = _shape_of(m)
    return shape


def _shape_of(m: re.Match[str]) -> Shape:
    end = _norm_space(m.group("end"))
    if end.startswith("]"):
        end = "] - " if "-" in end or "–" in end else "] "
    elif "-" in end or "–" in end:
        end = " - "
    return Shape(bracket=bool(m.group("br")), sep=m.group("sep"), spaced=bool(m.group("s1")),
                 tail=_norm_space(m.group("tail")), join=_norm_space(m.group("join")).replace("  ", " "),
                 pre_ampm=m.group("pre") is not None, tsep=m.group("tsep"), seconds=m.group("S") is not None,
                 post_ampm=m.group("post") is not None, end=end)


class Layout:
    """One strict header pattern for a file. Groups, in order: bracket, a, separator, b, c, AM/PM
    before the time, hour, minute, second, AM/PM after the time (absent parts match empty/None)."""

    GROUPS = 10

    def __init__(self, shape: Shape) -> None:
        self.shape = shape
        s = shape
        sp = f"{_S}?" if s.spaced else ""
        sep = re.escape(s.sep)
        tail = "" if not s.tail else (r"\." if s.tail == "." else rf"{_S}?г\.")
        join = _join_pattern(s.join)
        pre = rf"((?:{_PRE_AMPM}){_S}?)" if s.pre_ampm else "()"
        tsep = re.escape(s.tsep)
        sec = rf"(?:{tsep}(\d{{2}}))" if s.seconds else "()"
        # AM/PM after the time is optional even in a 12-hour file: a few phones drop it at noon.
        post = rf"(?:{_S}?({_POST_AMPM}))?" if s.post_ampm else "()"
        if s.bracket:
            end = rf"\]{_S}?(?:[-–]{_S})?"
            br = r"(\[)"
        else:
            br = "()"
            end = {" - ": rf"{_S}?[-–]{_S}", ": ": rf":{_S}", " ": _S}.get(s.end, _S)
        self.date_pattern = (rf"{_M}{br}{_M}(\d{{1,4}})({sep}){sp}(\d{{1,4}}){sep}{sp}(\d{{1,4}}){tail}")
        self.pattern = (self.date_pattern + rf"{join}{pre}(\d{{1,2}}){tsep}(\d{{2}}){sec}{post}{_M}{end}")
        self.header = re.compile("^" + self.pattern)
        # The date part alone after a line break, as bytes: the whole file is scanned for dates without
        # decoding it (a pattern that starts with a literal is searched for it first – fast).
        date_only = (rf"(?:{_alt(MARKS)})*(?:\[)?(?:{_alt(MARKS)})*(\d{{1,4}}){sep}(?:{_alt(SPACES)})?"
                     rf"(\d{{1,4}}){sep}(?:{_alt(SPACES)})?(\d{{1,4}})")
        self.date_scan = re.compile(("\n" + date_only).encode("utf-8"))
        self.date_scan_text = re.compile("^" + date_only, re.MULTILINE)

    def example(self) -> str:
        return self.shape.example()


def _alt(chars: str) -> str:
    return "|".join(re.escape(c) for c in chars)


def _join_pattern(join: str) -> str:
    word = join.strip(", ")
    if not word:
        return rf",?{_S}{{1,2}}" if " " in join else ","
    return rf",?{_S}{{1,2}}{re.escape(word)}{_S}"


def sample_lines(data: bytes) -> list[str]:
    head = data[:SAMPLE_BYTES]
    if len(data) > SAMPLE_BYTES:
        cut = head.rfind(b"\n")
        head = head[: cut + 1] if cut > 0 else head
    return head.decode("utf-8", "replace").splitlines()[:SAMPLE_LINES]


def infer(lines: Iterable[str]) -> Layout | None:
    """The most common header shape among ``lines`` (None when no line looks like a header)."""
    counts: collections.Counter[Shape] = collections.Counter()
    first: dict[Shape, int] = {}
    for i, line in enumerate(lines):
        m = LOOSE.match(line)
        if m is not None:
            shape = shape_of(m)
            counts[shape] += 1
            first.setdefault(shape, i)
    if not counts:
        return None
    best = max(counts, key=lambda sh: (counts[sh], -first[sh]))
    return layout_of_shape(best)


@functools.lru_cache(maxsize=64)
def layout_of_shape(shape: Shape) -> Layout:
    """The Layout of a shape, built (its patterns compiled) once per process: an export holds many
    chats of one phone, and the web reads one file after another."""
    return Layout(shape)


def infer_bytes(data: bytes) -> Layout | None:
    return infer(sample_lines(data))


# -- the order of day, month and year ------------------------------------------------------------------

ORDERS = {"DMY": None, "MDY": None, "YMD": None}  # the names --date-order accepts


@dataclass(frozen=True)
class DateOrder:
    """Which of the three date numbers (by position) are day, month and year, chosen once per file."""

    day: int
    month: int
    year: int
    ambiguous: bool
    name: str = ""  # "DMY", "MDY", "YMD" or e.g. "MYD" for [06/2018/13]

    @classmethod
    def of(cls, day: int, month: int, year: int, *, ambiguous: bool) -> DateOrder:
        letters = ["?", "?", "?"]
        letters[day], letters[month], letters[year] = "D", "M", "Y"
        return cls(day, month, year, ambiguous, "".join(letters))


def forced(name: str) -> DateOrder:
    name = name.upper()
    if name not in ORDERS:
        raise ValueError(name)
    return DateOrder.of(name.index("D"), name.index("M"), name.index("Y"), ambiguous=False)


Asker = Callable[[str, list[str]], str | None]  # (file, example dates) -> "DMY" / "MDY" / "YMD" / None


def date_order(triples: Iterable[tuple[bytes | str, bytes | str, bytes | str]], *, dotted: bool, twelve_hour: bool,
               forced_order: str | None = None, ask: Asker | None = None, file: str = "") -> DateOrder:
    """Decide the order from every date of the file (consecutive repeats already collapsed is fine).

    What the dates prove wins; ``forced_order`` (the user's --date-order) and ``ask`` settle only
    what they leave open, so one --date-order can be given for several files of different layouts.
    """
    sequence: list[tuple[int, int, int]] = []
    four = [0, 0, 0]
    big = [0, 0, 0]
    unpadded = False
    last = None
    for key in triples:
        if key == last:
            continue
        last = key
        a, b, c = key
        for i, part in enumerate(key):
            if len(part) == 4:
                four[i] += 1
        triple = (int(a), int(b), int(c))
        for i, v in enumerate(triple):
            if v > 31:
                big[i] += 1
        if len(a) == 1 or len(b) == 1:
            unpadded = True
        sequence.append(triple)
    if not sequence:
        return DateOrder.of(0, 1, 2, ambiguous=True)
    if any(four):
        year = max(range(3), key=lambda i: four[i])
    elif any(big):
        year = max(range(3), key=lambda i: big[i])
    else:
        year = 2
    p, q = (i for i in range(3) if i != year)
    day_first_ok = all(1 <= t[p] <= 31 and 1 <= t[q] <= 12 for t in sequence)
    month_first_ok = all(1 <= t[p] <= 12 and 1 <= t[q] <= 31 for t in sequence)
    day_first = DateOrder.of(p, q, year, ambiguous=False)
    month_first = DateOrder.of(q, p, year, ambiguous=False)
    if day_first_ok != month_first_ok:
        return day_first if day_first_ok else month_first
    if not day_first_ok:  # neither fits every line: the order that fits more lines, flagged
        if forced_order:
            return forced(forced_order)
        dm = sum(1 for t in sequence if t[p] <= 31 and t[q] <= 12)
        md = sum(1 for t in sequence if t[p] <= 12 and t[q] <= 31)
        pick = day_first if dm >= md else month_first
        return DateOrder.of(pick.day, pick.month, pick.year, ambiguous=True)
    # Both fit (every day <= 12). Chats run forward in time: the wrong order makes dates jump back.
    dm_back = _backward([(t[year], t[q], t[p]) for t in sequence])
    md_back = _backward([(t[year], t[p], t[q]) for t in sequence])
    if dm_back != md_back:
        return day_first if dm_back < md_back else month_first
    if year == 0 and not forced_order:  # y/m/d: no locale writes y/d/m
        return DateOrder.of(2, 1, 0, ambiguous=False)
    if forced_order:
        return forced(forced_order)
    if ask is not None:
        examples = [f"{a}-{b}-{c}" for a, b, c in _distinct(sequence, 3)]
        answer = ask(file, examples)
        if answer:
            return forced(answer)
    # No evidence in the file. Dotted dates are d.m.y nearly everywhere; the US short format is the
    # one that drops leading zeros and the one with a 12-hour clock; d/m locales pad.
    guess = day_first if dotted or not (unpadded or twelve_hour) else month_first
    return DateOrder.of(guess.day, guess.month, guess.year, ambiguous=True)


def _distinct(seq: list[tuple[int, int, int]], n: int) -> Iterator[tuple[int, int, int]]:
    seen: set[tuple[int, int, int]] = set()
    for t in seq:
        if t not in seen:
            seen.add(t)
            yield t
            if len(seen) >= n:
                return


def _backward(seq: list[tuple[int, int, int]]) -> int:
    return sum(1 for prev, cur in itertools.pairwise(seq) if cur < prev)


def is_pm(word: str) -> bool | None:
    """True for an afternoon word, False for a morning one, None when it is neither."""
    key = re.sub(rf"[{SPACES}.]", "", word).lower()
    if key in _PM_WORDS:
        return True
    if key in _AM_WORDS:
        return False
    return None
