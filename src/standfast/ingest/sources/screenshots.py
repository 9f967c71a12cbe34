"""A folder (or zip) of screenshots read as one chat: each image is a message at the time it was taken,
its text read by Tesseract.

The time comes from the image's EXIF ``DateTimeOriginal`` (with ``OffsetTimeOriginal`` when the phone
wrote one), else from the file name as phones and computers write it (``Screenshot_20251103-221503``,
``Screenshot 2025-11-03 at 22.15.03``, ``Screen Shot 2019-03-04 at 10.11.12 PM``,
``Screenshot_2025-11-03-22-15-03-123_com.whatsapp``, ``Screenshot 2025-11-03 221503``,
``20251103_221503``), else it is flagged as unknown. Both are wall-clock times: the case's time zone
is assumed and flagged unless EXIF gave the offset.

Recognised by file names that say "screenshot" (in several languages) or, for files named as an
iPhone names them (``IMG_0042.PNG``), by the EXIF comment "Screenshot" it writes; ``--format
screenshots`` reads any image as one. Other photos in an export are never opened by detection. The importer
keeps the image itself as the message's evidence item, as the safeguarding policy allows (a minor's
unreviewed image is recorded by hash only); the text read from it is stored like any message.
"""

from __future__ import annotations

import io
import posixpath
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone, tzinfo

from standfast.errors import InputError
from standfast.ingest.records import FLAG_LOCAL_TIME, FLAG_UNPARSED_TIME, Context, Message, to_utc, us_of
from standfast.ingest.sources import Source

PLATFORM = "screenshot"
_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL, _OFFSET_ORIGINAL, _DATETIME = 0x9003, 0x9011, 0x0132
# Date, then time, as devices name their screenshots. Separators between the parts vary (none, "-",
# "_", ".", " ", " at ", "T"); a 12-hour clock carries AM/PM. A number glued to more digits is no date.
_NAME_TIME = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.]?(?P<mo>[01]\d)[-_.]?(?P<d>[0-3]\d)"
    r"(?:[ _\-T.]|\s+at\s+|\s+um\s+|\s+à\s+|\s+a las\s+|\s+alle\s+|\s+om\s+|\s+às\s+)+"
    r"(?P<h>[0-2]?\d)[-_.:h]?(?P<mi>[0-5]\d)[-_.:m]?(?P<s>[0-5]\d)(?!\d{3,})(?:s)?"
    r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?",
)
_SCREENSHOT_NAME = (r"(?:^|/)[^/]*(?:screenshot|screen shot|screen_shot|bildschirmfoto|captura de pantalla"
                    r"|capture d.écran|schermata|schermafbeelding|captura de ecrã|zrzut ekranu|ekran görüntüsü"
                    r"|スクリーンショット|스크린샷|截屏|屏幕截图)[^/]*\.(?:png|jpe?g|heic|heif)$")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def time_from_name(name: str) -> datetime | None:
    """The wall-clock time in a screenshot's file name, or None when it holds no valid one."""
    base = posixpath.basename(name)
    for m in _NAME_TIME.finditer(base):
        hour = int(m["h"])
        if m["ampm"]:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if m["ampm"][0] in "Pp" else 0)
        try:
            return datetime(int(m["y"]), int(m["mo"]), int(m["d"]), hour, int(m["mi"]), int(m["s"]))
        except ValueError:
            continue
    return None


def _exif_time(data: bytes) -> tuple[datetime | None, str]:
    """(time, as written) from EXIF; an aware time when the offset is there, else wall-clock."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:  # reads the header only: no pixels are decoded here
            exif = img.getexif()
            sub = exif.get_ifd(_EXIF_IFD)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None, ""
    raw = sub.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
    if not isinstance(raw, str):
        return None, ""
    text = raw.strip("\x00 ")
    try:
        when = datetime.strptime(text, "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None, text
    offset = sub.get(_OFFSET_ORIGINAL)
    if isinstance(offset, str):
        m = re.fullmatch(r"([+-])(\d\d):(\d\d)", offset.strip("\x00 "))
        if m and int(m[2]) <= 14 and int(m[3]) < 60:
            sign = 1 if m[1] == "+" else -1
            when = when.replace(tzinfo=timezone(sign * timedelta(hours=int(m[2]), minutes=int(m[3]))))
            text = f"{text} {offset.strip(chr(0) + ' ')}"
    return when, text


def _utc(when: datetime, zone: tzinfo) -> tuple[int | None, tuple[str, ...]]:
    if when.tzinfo is not None:
        return us_of(when), ()
    return us_of(to_utc(when, zone)), (FLAG_LOCAL_TIME,)


def parse(data: bytes, ctx: Context) -> Iterator[Message]:
    """One message: the screenshot's time and the text Tesseract reads in it."""
    from standfast.analyze.ocr import is_image, ocr_image

    if not is_image(data):
        ctx.log.add(ctx.file, 1, "not a PNG, JPEG or HEIC image; kept as a file, no text read")
        return
    when, time_text = _exif_time(data)
    if when is None:
        when = time_from_name(ctx.file)
        time_text = posixpath.basename(ctx.file) if when is not None else time_text
    flags: tuple[str, ...]
    if when is None:
        time_us, flags = None, (FLAG_UNPARSED_TIME,)
        ctx.log.add(ctx.file, 1, "no time in the image's EXIF or its file name; flagged")
    else:
        time_us, flags = _utc(when, ctx.zone)
    try:
        text = ocr_image(data).strip()
    except InputError as exc:
        ctx.log.add(ctx.file, 1, f"no text read: {exc}")
        text = ""
    yield Message(PLATFORM, ctx.name_hint or "Screenshots", "", text, time_us, time_text, ctx.file, 1,
                  flags=flags)


def _sniff(head: bytes, low: str, platform: str | None) -> bool:
    # iPhones write the EXIF user comment "Screenshot" into every screenshot.
    return head.startswith(_IMAGE_MAGIC) and b"Screenshot" in head[:65536]


SOURCE = Source(
    name="screenshots", app=PLATFORM, title="Screenshots (a folder or zip of PNG/JPEG/HEIC), text read by OCR",
    parse=parse,
    expected="screenshot images (PNG, JPEG or HEIC)",
    # An 8x8 white PNG with the EXIF an iPhone writes: taken 2025-11-03 22:15:03 +01:00, "Screenshot".
    example=(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x08\x00\x00\x00\x08\x08\x00\x00\x00\x00\xe1d\xe1W"
             b"\x00\x00\x00~eXIfMM\x00*\x00\x00\x00\x08\x00\x02\x011\x00\x02\x00\x00\x00\x02x\x00\x00\x00\x87i\x00"
             b"\x04\x00\x00\x00\x01\x00\x00\x00&\x00\x00\x00\x00\x00\x03\x90\x03\x00\x02\x00\x00\x00\x14\x00\x00\x00P"
             b"\x90\x11\x00\x02\x00\x00\x00\x07\x00\x00\x00d\x92\x86\x00\x01\x00\x00\x00\x12\x00\x00\x00l\x00\x00\x00"
             b"\x002025:11:03 22:15:03\x00+01:00\x00\x00ASCII\x00\x00\x00Screenshot\xc40\x88\xbe\x00\x00\x00\x10IDATx"
             b"\xdac\xfc\xcf\x00\x01L\x0c\x141\x00IA\x01\x0f\x91a\\w\x00\x00\x00\x00IEND\xaeB`\x82"),
    suffixes=(".png", ".jpg", ".jpeg", ".heic", ".heif"),
    names=(_SCREENSHOT_NAME,),
    sniff=_sniff,
    sniff_names=(r"(?:^|/)img_\d+\.(?:png|jpe?g|heic)$",),  # how iPhones name screenshots when shared
    priority=90,
    options={"conversation_from_folder": True},
)
