"""WhatsApp "Export chat" text (``_chat.txt`` / ``WhatsApp Chat with X.txt``), Android and iOS.

The app writes one line per message start, in the phone's locale, with no time zone:

    Android  ``12/9/20, 23:55 - Alice: hello``   ``01/01/2019, 11:25 a. m. - Bob: hi``
    iOS      ``[12/9/20, 23:55:01] Alice: hello``  ``[15-01-20 02:22:56] Mary: ...``
    others   ``15.04.2016, 15:04 - ...``  ``2019/01/01, 11:25 - ...``

Lines that do not start with a date continue the previous message. Whether a date is d/m or
m/d cannot be told from one line, so the whole file is scanned first and one order is chosen for
all of it (a day above 12 proves the order; otherwise the order with fewer backward jumps wins).
iOS puts U+200E before attachments and system lines; newer versions put U+202F before AM/PM.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from typing import Any, cast

from standfast.ingest import wa_layout
from standfast.ingest.records import (
    FLAG_AMBIGUOUS_DATE,
    FLAG_EDITED,
    FLAG_LOCAL_TIME,
    FLAG_UNPARSED_TIME,
    FLAG_UNSENT,
    AttachmentRef,
    Context,
    Message,
    strip_bom,
    us_of,
)
from standfast.ingest.textfix import clean_marks

PLATFORM = "whatsapp"

# "<attached: 00000012-PHOTO-2020-12-09.jpg>" and its translations ("<Anhang: …>", "<adjunto: …>").
_ATTACHED = re.compile(r"^<[^<>:]{2,24}:\s?([^<>]+\.[A-Za-z0-9]{1,6})>\s*(.*)$", re.DOTALL)
# Android: "IMG-20201209-WA0001.jpg (file attached)" in several languages.
_FILE_ATTACHED = re.compile(
    r"^(\S[^\n]*?\.[A-Za-z0-9]{1,6}) \((?:file attached|Datei angehängt|archivo adjunto|fichier joint|"
    r"arquivo anexado|file allegato|bestand bijgevoegd|plik załączony|файл прикреплен|dosya ekli|"
    r"fail dilampirkan|file terlampir)\)\s*(.*)$",
    re.DOTALL | re.IGNORECASE,
)
_OMITTED = re.compile(
    r"^<?(?:Media omitted|Medien ausgeschlossen|Multimedia omitido|Archivo omitido|Médias omis|"
    r"Mídia oculta|Arquivo de mídia oculto|Media omessi|Media weggelaten|Media pominięte|Без медиафайлов|"
    r"Medya dahil edilmedi|(?:image|video|audio|sticker|GIF|document|Contact card) omitted|"
    r"Bild weggelassen|Video weggelassen|Audio weggelassen|imagen omitida|video omitido|audio omitido|"
    r"image absente|vidéo absente|imagem ocultada|immagine omessa)>?$",
    re.IGNORECASE,
)
_DELETED = re.compile(
    r"^(?:This message was deleted|You deleted this message|Diese Nachricht wurde gelöscht|"
    r"Du hast diese Nachricht gelöscht|Se eliminó este mensaje|Eliminaste este mensaje|"
    r"Ce message a été supprimé|Vous avez supprimé ce message|Esta mensagem foi apagada|"
    r"Questo messaggio è stato eliminato)\.?$",
    re.IGNORECASE,
)
_EDITED = re.compile(r"\s*<(?:This message was edited|Diese Nachricht wurde bearbeitet|"
                     r"Se editó este mensaje|Ce message a été modifié|Esta mensagem foi editada)>$")
# Both in one pass (short messages are common, and most are neither).
_OMITTED_OR_DELETED = re.compile(f"(?P<omitted>{_OMITTED.pattern})|(?P<deleted>{_DELETED.pattern})", re.IGNORECASE)
_SYSTEM_TEXT = re.compile(
    r"end-to-end encrypted|Ende-zu-Ende-verschlüsselt|cifrados de extremo a extremo|"
    r"chiffrés de bout en bout|protegidas com a criptografia de ponta-a-ponta|crittografia end-to-end",
    re.IGNORECASE,
)
_UNKNOWN = object()
_SHORT = 64  # longer than any "media omitted" / "message deleted" line _OMITTED and _DELETED accept
# Every phrase _OMITTED_OR_DELETED accepts starts (after "<") with one of these letters and ends (before
# ">" or ".") with one of those, in any case; tests/ingest checks it against strings hypothesis builds
# from the pattern itself. Most short messages fail this test, which costs a tenth of the match.
_SPECIAL_FIRST = frozenset("abcdegimqstvy")
_SPECIAL_LAST = frozenset("adeinost")


def _may_be_omitted_or_deleted(plain: str) -> bool:
    """False when _OMITTED_OR_DELETED cannot match the (stripped) text: ASCII text whose first or
    last letter no phrase of it has (text with other characters always takes the match)."""
    if not plain.isascii():
        return True
    body = plain[1:] if plain[:1] == "<" else plain
    if body[-1:] in (">", "."):
        body = body[:-1]
    return body[:1].lower() in _SPECIAL_FIRST and body[-1:].lower() in _SPECIAL_LAST


def _may_be_system(plain: str) -> bool:
    """False when _SYSTEM_TEXT cannot match: each of its phrases contains "-", "xtrem" or "bout" in
    any case (checked without lowering the text: most messages have none of the three)."""
    if "-" not in plain and "xtrem" not in plain and "XTREM" not in plain and "bout" not in plain \
            and "BOUT" not in plain:
        return False
    low = plain.lower()
    return ("-to-end" in low or "-zu-ende" in low or "extremo a extremo" in low or "bout en bout" in low
            or "ponta-a-ponta" in low)


def _plain(text: str) -> bool:
    """True when _message would find nothing in the text (the usual long message: ASCII, longer than
    any "media omitted" line, no <, >, " (" or system phrase), so the reader can skip calling it."""
    return (len(text) > _SHORT + 8 and text.isascii() and text[0] > " " and text[-1] > " " and "<" not in text
            and ">" not in text and " (" not in text and not _may_be_system(text))


_KIND_BY_EXT = {
    "jpg": "photo", "jpeg": "photo", "png": "photo", "webp": "sticker", "heic": "photo", "gif": "gif",
    "mp4": "video", "mov": "video", "3gp": "video", "opus": "audio", "ogg": "audio", "m4a": "audio",
    "mp3": "audio", "aac": "audio", "vcf": "contact",
}


def looks_like(head: bytes) -> bool:
    """True when the first lines of a text file are WhatsApp message lines (in any layout)."""
    head = strip_bom(head[:8192])
    lines = [ln for ln in head.decode("utf-8", "replace").splitlines()[:20] if ln.strip()]
    if not lines:
        return False
    layout = wa_layout.infer(lines)
    if layout is None:
        return False
    hits = sum(1 for ln in lines if layout.header.match(ln))
    return hits >= max(1, len(lines) // 3)


def layout_of(data: bytes) -> wa_layout.Layout | None:
    """The header layout of a whole file (learned from its first lines)."""
    return wa_layout.infer_bytes(strip_bom(data))


def detect_order(data: bytes, layout: wa_layout.Layout | None = None, *, forced: str | None = None,
                 ask: wa_layout.Asker | None = None, file: str = "") -> wa_layout.DateOrder:
    """Scan every message header of the file and choose the order of day, month and year for all."""
    if layout is None:
        layout = layout_of(data)
        if layout is None:
            return wa_layout.DateOrder.of(0, 1, 2, ambiguous=True)

    def triples() -> Iterator[tuple[bytes | str, bytes | str, bytes | str]]:
        found = False
        # findall per chunk (no match objects) and groupby (consecutive repeats collapsed in C): only
        # a date different from the line before reaches Python code – a few per day of chat.
        for chunk in _chunks(data):
            if isinstance(chunk, int):  # a line too long to be a message holds no header
                continue
            for key, _ in itertools.groupby(layout.date_scan.findall(b"\n" + chunk)):
                found = True
                yield key
        if not found:  # digits other than 0-9 (e.g. Arabic-Indic): the same scan over the text
            text = data.decode("utf-8", "replace")
            for key, _ in itertools.groupby(layout.date_scan_text.findall(text)):
                yield key

    shape = layout.shape
    twelve = shape.pre_ampm or shape.post_ampm
    return wa_layout.date_order(triples(), dotted=shape.sep == ".", twelve_hour=twelve, forced_order=forced,
                                ask=ask, file=file)


def _choose_encoding(data: bytes, ctx: Context) -> str:
    """UTF-8 unless most lines of the first megabyte are not (then Windows-1252, reported)."""
    try:  # the usual case, in one call: the whole sample decodes, so every line of it does
        data[: 1 << 20].decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[: 1 << 20].splitlines()[:-1] or data[: 1 << 20].splitlines()
    bad = 0
    for line in sample:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
    if sample and bad > len(sample) // 4:
        ctx.log.add(ctx.file, 0, "the file is not UTF-8 text; it was read as Windows-1252")
        return "cp1252"
    return "utf-8"


def parse(data: bytes, ctx: Context) -> Iterator[Message]:
    """Yield the messages of one WhatsApp chat file. Broken lines are reported and skipped."""
    return parse_lines(data, ctx, platform=PLATFORM, default_name="WhatsApp chat")


_CHUNK = 4 << 20  # bytes decoded at once; a chunk always ends at a line end
MAX_LINE = 16 << 20  # a longer line is no chat message (WhatsApp caps them far lower): reported, never decoded
# After the header, when the line goes on with "Name: ", the name – the same rule as _finish: the
# first ": " within 100 characters, with no line break or quote before it.
_SENDER = r"(?:([^\n\"“]{1,100}?): )?"
_HEAD_STRIP = " \u00a0\u202f\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2068\u2069\u061c\ufeff-–[]:"
_DIRECTION_MARKS = ("\u200e", "\u200f")
_CR = re.compile(r"\r+\n")


def parse_lines(data: bytes, ctx: Context, *, platform: str, default_name: str) -> Iterator[Message]:
    """The line format shared by WhatsApp and the Signal text exports (same header shapes).

    The header layout is learned from the first lines of the file (:mod:`standfast.ingest.wa_layout`)
    and compiled into one pattern; the order of day, month and year is chosen from every date in the
    file. The file is then read in chunks of a few megabytes ending at a line end. A chunk that
    decodes cleanly (the usual case) is split at every header with that one multi-line regex, and
    each message's text is one slice of the chunk; a chunk with a broken line (invalid text, binary
    data) is read line by line so that only that line is skipped and reported. A line longer than
    :data:`MAX_LINE` is reported and skipped without being decoded (memory stays bounded).
    """
    data = strip_bom(data)
    layout = layout_of(data)
    if layout is None:
        ctx.facts["expected"] = "WhatsApp lines such as '13/03/2024, 21:03 - Name: text'"
        return
    ctx.facts["layout"] = layout.example()
    order = detect_order(data, layout, forced=ctx.date_order, ask=ctx.ask_date_order, file=ctx.file)
    ctx.facts["date_order"] = order.name
    ctx.facts["date_order_guessed"] = order.ambiguous
    encoding = _choose_encoding(data, ctx)
    state = _LineState(ctx, order, ctx.name_hint or default_name, platform, layout)
    for chunk in _chunks(data):
        if isinstance(chunk, int):
            state.skip_long_line(chunk)
            continue
        try:
            text: str | None = chunk.decode(encoding)
        except UnicodeDecodeError:
            text = None
        if text is None or "\x00" in text:
            yield from state.slow(chunk, encoding)
        else:
            yield from state.fast(text)
    if state.current is not None:
        yield state.finish(state.current)


def _chunks(data: bytes) -> Iterator[bytes | int]:
    """Pieces of ``data`` that end at line ends; a line longer than MAX_LINE comes as its length."""
    pos, size = 0, len(data)
    while pos < size:
        end = data.find(b"\n", pos + _CHUNK)
        end = size if end == -1 else end + 1
        if end - pos > 2 * _CHUNK:  # a very long line: the lines before it, then that line alone
            cut = data.rfind(b"\n", pos, pos + _CHUNK) + 1
            if cut > pos:
                yield data[pos:cut]
                pos = cut
            line_end = data.find(b"\n", pos)
            line_end = size if line_end == -1 else line_end + 1
            if line_end - pos > MAX_LINE:
                yield line_end - pos
            else:
                yield data[pos:line_end]
            pos = line_end
            continue
        yield data[pos:end]
        pos = end


class _LineState:
    """A message is built up over its continuation lines and yielded when the next one starts.

    ``current`` is ``[time, time_text, body parts, line number, flags]``; the parts joined are the
    message's lines from the end of its header on, each ending with "\\n" (but the file's last).
    """

    def __init__(self, ctx: Context, order: wa_layout.DateOrder, conversation: str, platform: str,
                 layout: wa_layout.Layout) -> None:
        self.zone, self.log, self.file = ctx.zone, ctx.log, ctx.file
        self.header = layout.header
        # After the line break before a header (a literal first: the engine jumps from line end to line
        # end, ~20% faster than "^" with re.MULTILINE); fast() puts one before the chunk's first line.
        self.split = re.compile("\n(" + layout.pattern + ")" + _SENDER).split
        self.step = layout.GROUPS + 3  # split() gives the header, its groups, the sender, then the text
        self.conversation, self.platform = conversation, platform
        self.order = (order.day, order.month, order.year)
        self.base_flags = (FLAG_LOCAL_TIME, FLAG_AMBIGUOUS_DATE) if order.ambiguous else (FLAG_LOCAL_TIME,)
        self.current: list[Any] | None = None
        self.number = 0  # lines read so far
        self._last_head: str | None = None  # the last header read, and what _when made of it
        self._last_when: tuple[int | None, str, tuple[str, ...]] = (None, "", ())
        self._senders: dict[str, str] = {}  # sender as written -> cleaned
        self._dates: dict[tuple[str, str, str], tuple[int, int, int]] = {}  # date text -> (day, month, year)
        # (date, hour, am/pm) as written -> see _hour
        self._hours: dict[tuple[str, str, str, str, str | None], int | None] = {}

    def finish(self, cur: list[Any]) -> Message:
        return _finish(cur, self.conversation, self.file, self.platform)

    def _start(self, m: re.Match[str], number: int) -> list[Any]:
        # The layout's pattern has exactly the groups _when takes (layout.GROUPS); typing cannot count them.
        when, time_text, flags = cast(Any, self._when)(m.group(0), *m.groups(), number)
        return [when, time_text, [], number, flags]

    def _when(self, head: str, _br: str | None, a: str, _sep: str, b: str, c: str, pre: str | None, hh: str,
              mm: str, ss: str | None, post: str | None, number: int) -> tuple[int | None, str, tuple[str, ...]]:
        """(time in µs UTC or None, the time as written, flags) of a message header."""
        if head == self._last_head:  # messages often share their minute: same reading, same result
            return self._last_when
        ampm = pre or post
        cached = self._hours.get((a, b, c, hh, ampm), _UNKNOWN)
        hour = self._hour(a, b, c, hh, ampm) if cached is _UNKNOWN else cast("int | None", cached)
        minute, second = int(mm), int(ss) if ss else 0
        when: int | None
        if hour is None or minute > 59 or second > 59:
            when = None
        elif hour >= 0:  # the hour has one UTC offset: plain arithmetic
            when = hour + minute * 60_000_000 + second * 1_000_000
        else:  # the clocks change during this hour: the full conversion for each time
            when = us_of(_when_parts(*self._date(a, b, c), hh, mm, ss, ampm, self.zone))
        flags = self.base_flags
        if when is None:
            flags = (FLAG_UNPARSED_TIME,)
            self.log.add(self.file, number, "date or time could not be read; kept as text and flagged")
            self._last_head = None  # report every such line
            return when, head.strip(_HEAD_STRIP), flags
        self._last_head = head
        self._last_when = result = (when, head.strip(_HEAD_STRIP), flags)
        return result

    def _date(self, a: str, b: str, c: str) -> tuple[int, int, int]:
        """(day, month, year) of a date as written, in the order chosen for the file."""
        date = self._dates.get((a, b, c))
        if date is None:  # a chat has few distinct days: read each once
            nums = (int(a), int(b), int(c))
            day_i, month_i, year_i = self.order
            date = self._dates[(a, b, c)] = (nums[day_i], nums[month_i], nums[year_i])
            if len(self._dates) > 100_000:
                self._dates.clear()
        return date

    def _hour(self, a: str, b: str, c: str, hh: str, ampm: str | None) -> int | None:
        """Microseconds (UTC) of the start of a wall-clock hour; -1 when the zone's offset changes in
        it (computed per time then), None when the date or hour cannot be read. Cached."""
        date = self._date(a, b, c)
        start = _when_parts(*date, hh, "00", "00", ampm, self.zone)
        end = _when_parts(*date, hh, "59", "59", ampm, self.zone)
        if start is None or end is None:
            value = None
        else:
            first = us_of(start)
            value = first if us_of(end) - first == 3_599_000_000 else -1
        if len(self._hours) > 100_000:
            self._hours.clear()
        self._hours[(a, b, c, hh, ampm)] = value
        return value

    def fast(self, text: str) -> Iterator[Message]:
        """A cleanly decoded chunk, split at every header by one regex call (in C).

        ``self.split`` (the file's layout) gives the text before the first header, then for each message its header
        (whole and in parts), its sender when the line reads "Name: ", and the text up to the next
        header. A message whose sender part is missing (system lines, "Name:" alone), and the
        chunk's last message (it may go on in the next chunk), take the general path (_finish).
        """
        if "\r" in text:  # "\r\n" line ends: drop the "\r"s a line's end, as the line reader does
            text = _CR.sub("\n", text)
            if text.endswith("\r"):
                text = text.rstrip("\r")
        conversation, file, platform = self.conversation, self.file, self.platform
        parts = self.split("\n" + text)
        # The text before the first header, with the line break the split took back on its end (none
        # when there is no header: then it is the whole chunk).
        lead = parts[0][1:] if len(parts) == 1 else parts[0][1:] + "\n" if parts[0] else ""
        if self.current is not None:
            self.current[2].append(lead)
        elif lead:
            self._before_first(lead, self.number)
        line = self.number + lead.count("\n") + 1  # line of the next header
        self.number = self.number + text.count("\n") + (0 if text.endswith("\n") else 1)
        if len(parts) == 1:
            return
        if self.current is not None:
            yield _finish(self.current, conversation, file, platform)
            self.current = None
        senders = self._senders
        when_of = self._when
        step = self.step
        last = len(parts) - step
        hours = self._hours
        base_flags: tuple[str, ...] = self.base_flags
        for i in range(1, len(parts), step):
            head, br, a, sep, b, c, pre, hh, mm, ss, post, sender, body = parts[i:i + step]
            # The usual case inline (an hour already read, with one UTC offset, and a valid minute):
            # the same arithmetic as _when, without its call; anything else goes through _when.
            hour = hours.get((a, b, c, hh, pre or post))
            if hour is not None and hour >= 0 and len(mm) == 2 and mm < "60" and (not ss or ss < "60"):
                when: int | None = hour + int(mm) * 60_000_000 + (int(ss) * 1_000_000 if ss else 0)
                time_text, flags = head.strip(_HEAD_STRIP), base_flags
            else:
                when, time_text, flags = when_of(head, br, a, sep, b, c, pre, hh, mm, ss, post, line)
            if i == last:
                self.current = [when, time_text, [body if sender is None else f"{sender}: {body}"], line, flags]
            elif sender is None:
                yield _finish([when, time_text, [body], line, flags], conversation, file, platform)
            else:
                name = senders.get(sender)
                if name is None:
                    name = senders[sender] = clean_marks(sender).strip()
                    if len(senders) > 10_000:
                        senders.clear()
                message = body.rstrip("\n")
                if _plain(message):  # nothing for _message to find: the record straight away
                    yield Message(platform, conversation, name, message, when, time_text, file, line, (), (), (),
                                  None, False, flags)
                else:
                    if message[:1] in _DIRECTION_MARKS:
                        message = message.lstrip("\u200e\u200f")
                    yield _message(platform, conversation, name, message, when, time_text, file, line, flags, False)
            line += body.count("\n") + 1  # and the line break the split took before the next header

    def skip_long_line(self, size: int) -> None:
        """A line too long to be a message: reported with its number; the message it is in goes on."""
        self.number += 1
        self.log.add(self.file, self.number, f"line is {size / (1 << 20):.0f} MB long, longer than any chat "
                                             "message; skipped")

    def _before_first(self, text: str, counted: int) -> None:
        for offset, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                self.log.add(self.file, counted + offset, "text before the first message; skipped")

    def slow(self, chunk: bytes, encoding: str) -> Iterator[Message]:
        """A chunk with a broken line: line by line, skipping and reporting only the broken ones."""
        log, file = self.log, self.file
        for raw in io.BytesIO(chunk):
            self.number += 1
            number = self.number
            try:
                line = raw.decode(encoding).rstrip("\r\n")
            except UnicodeDecodeError:
                log.add(file, number, "line is not valid UTF-8 text; skipped")
                continue
            if "\x00" in line:
                log.add(file, number, "line contains binary data; skipped")
                continue
            m = self.header.match(line)
            if m is None:
                if self.current is not None:
                    self.current[2].append(line + "\n")
                elif line.strip():
                    log.add(file, number, "text before the first message; skipped")
                continue
            if self.current is not None:
                yield self.finish(self.current)
            self.current = self._start(m, number)
            self.current[2].append(line[m.end():] + "\n")


_PM: dict[str, bool] = {}  # AM/PM word as written -> afternoon


def _when_parts(day: int, month: int, year: int, hh: str, mm: str, ss: str | None, ampm: str | None,
                zone: tzinfo) -> datetime | None:
    if year < 100:
        year += 2000  # WhatsApp's two-digit years are all after 2009
    elif year >= 2400:
        year -= 543  # a Thai phone counts years in the Buddhist era (2567 = 2024)
    hour, minute = int(hh), int(mm)
    second = int(ss or 0)
    if ampm:
        if not 1 <= hour <= 12 and hour != 0:
            return None
        pm = _PM.get(ampm)
        if pm is None:
            pm = _PM[ampm] = bool(wa_layout.is_pm(ampm))
        hour = (hour % 12) + (12 if pm else 0)
    try:
        local = datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None
    try:
        return local.astimezone(UTC)
    except (OverflowError, ValueError):  # at the very edge of datetime's range: keep it as UTC (to_utc)
        return local.replace(tzinfo=UTC)


def _finish(cur: list[Any], conversation: str, file: str, platform: str) -> Message:
    when, time_text, parts, position, flags = cur
    body = (parts[0] if len(parts) == 1 else "".join(parts)).rstrip("\n")
    sender = ""
    system = False
    # "Name: text". A colon inside quotes belongs to a system line such as a group subject change.
    idx = body.find(": ")
    if idx == -1 and body.endswith(":") and "\n" not in body and '"' not in body:
        idx = len(body) - 1  # "Name:" – a message with no text
    first_nl = body.find("\n")
    if 0 < idx <= 100 and (first_nl == -1 or idx < first_nl) and '"' not in body[:idx] and "“" not in body[:idx]:
        sender = clean_marks(body[:idx]).strip()
        text = body[idx + 2:]
    else:
        system = True
        text = body
    return _message(platform, conversation, sender, text.lstrip("\u200e\u200f"), when, time_text, file, position,
                    flags, system)


def _message(platform: str, conversation: str, sender: str, text: str, when: int | None, time_text: str, file: str,
             position: int, flags: tuple[str, ...], system: bool) -> Message:
    """The message, with attachments, deleted/edited marks and system notices read from its text."""
    attachments: tuple[AttachmentRef, ...] = ()
    plain = (text if text.isascii() else clean_marks(text)).strip()
    # Each regex below runs only when a cheap test shows it could match (a literal it requires, or
    # a length it cannot exceed): on a big chat most messages are plain text and skip them all.
    if not system and len(plain) < 300 and _may_be_system(plain) and _SYSTEM_TEXT.search(plain):
        system = True  # e.g. "Pokemon Chat: Messages and calls are end-to-end encrypted."
    if ((plain[:1] == "<" and (am := _ATTACHED.match(plain)))
            or (" (" in plain and (am := _FILE_ATTACHED.match(plain)))):
        name = am.group(1).strip()
        ext = name.rsplit(".", 1)[-1].lower()
        attachments = (AttachmentRef(name=name, path=name, kind=_KIND_BY_EXT.get(ext, "file")),)
        text = am.group(2).strip()
    elif (len(plain) <= _SHORT and _may_be_omitted_or_deleted(plain)
          and (special := _OMITTED_OR_DELETED.match(plain)) is not None):
        if special.lastgroup == "omitted":
            attachments = (AttachmentRef(name=plain.strip("<>"), path=None, kind="media", missing=True),)
            text = ""
        else:
            flags = (*flags, FLAG_UNSENT)
    if text.endswith((">", ">\n")) and (em := _EDITED.search(text)) is not None:
        text = text[: em.start()]
        flags = (*flags, FLAG_EDITED)
    return Message(platform, conversation, sender, text, when, time_text, file, position, (), attachments, (),
                   None, system, flags)
