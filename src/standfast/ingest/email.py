"""Read e-mail as it arrives in the wild: .eml, mbox and Outlook .msg, into one ParsedEmail record.

Real mail lies about itself: wrong or unknown charsets, broken MIME, UTF-16 parts, gb2312 that is
really GB18030, HTML-only bodies that split words with markup. The parser keeps going with careful
fallbacks and only gives up (``InputError``) when the bytes are not an e-mail at all. Used by
``standfast.analyze`` and by the importers in ``standfast.ingest``.
"""

from __future__ import annotations

import codecs
import contextlib
import email
import email.header
import email.utils
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import Message
from pathlib import Path
from typing import Any, cast

from standfast.errors import InputError

MAX_MESSAGE_BYTES = 200 * 1024 * 1024
MAIN_HEADERS = ("From", "To", "Cc", "Bcc", "Reply-To", "Return-Path", "Sender", "Subject", "Date", "Message-ID",
                "In-Reply-To", "References", "X-Mailer", "User-Agent", "Content-Type", "X-Originating-IP")

# Labels mail software gets wrong, mapped to the superset that decodes what they really send.
_CHARSET_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030", "cp936": "gb18030",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "utf-8", "ascii": "utf-8",
    "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "euc-kr": "cp949", "x-sjis": "cp932", "shift_jis": "cp932",
    "sjis": "cp932", "windows-874": "cp874", "tis-620": "cp874", "iso-8859-8-i": "iso-8859-8",
    "unicode-1-1-utf-7": "utf-7", "x-unknown": "", "unknown-8bit": "", "unknown": "", "default": "",
    "utf8": "utf-8", "x-user-defined": "",
}


@dataclass
class Attachment:
    name: str
    content_type: str
    data: bytes


@dataclass
class ParsedEmail:
    """The parts of a message everyone needs. ``text`` is the best plain-text reading of the body."""

    message_id: str | None = None
    subject: str | None = None
    sender: str | None = None
    recipients: list[str] = field(default_factory=list)
    date: datetime | None = None
    date_text: str | None = None
    text: str = ""
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    label = _CHARSET_ALIASES.get(label, label)
    if not label:
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Text from bytes whose declared charset may be wrong or missing. Never raises."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    declared = _codec(charset)
    tried: list[str] = []
    for enc in (declared, "utf-8"):
        if enc and enc not in tried:
            tried.append(enc)
            try:
                return data.decode(enc)
            except (UnicodeDecodeError, LookupError):
                continue
    # UTF-16 without a BOM: every other byte NUL in ASCII-heavy text.
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        return data.decode("utf-16-le", errors="replace")
    if len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
        return data.decode("utf-16-be", errors="replace")
    guess = _detect(data)
    if guess:
        return data.decode(guess, errors="replace")
    if declared and declared not in ("utf-8",):
        return data.decode(declared, errors="replace")
    return data.decode("cp1252", errors="replace")


def _detect(data: bytes) -> str | None:
    """Guess the encoding of bytes whose label lied (e.g. EUC-JP labelled iso-2022-jp)."""
    try:
        from charset_normalizer import from_bytes  # installed with requests (tldextract needs it)
    except ImportError:
        return None
    try:
        best = from_bytes(data[:65536]).best()
    except Exception:
        return None
    return _codec(best.encoding) if best is not None else None


def _decode_header_value(raw: object) -> str:
    """A header as text, undoing RFC 2047 encoded words with charset fallbacks."""
    if raw is None:
        return ""
    if not isinstance(raw, str):
        try:
            raw = str(raw)
        except Exception:
            return ""
    try:
        parts = email.header.decode_header(raw)
    except Exception:
        return " ".join(raw.split())
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    return " ".join("".join(out).split())


def _raw_headers(msg: Message) -> dict[str, list[str]]:
    """Header values as found in the source, so our own charset fallbacks decode them."""
    out: dict[str, list[str]] = {}
    try:
        items = list(msg.raw_items())
    except Exception:
        items = []
    for name, value in items:
        out.setdefault(str(name).lower(), []).append(value if isinstance(value, str) else str(value))
    return out


def _header(raw: dict[str, list[str]], name: str) -> str | None:
    values = raw.get(name.lower())
    if not values:
        return None
    texts: list[str] = []
    for v in values:
        if any("\udc80" <= ch <= "\udcff" for ch in v):
            # Undeclared 8-bit bytes in a header, kept by the parser as surrogates.
            v = decode_bytes(v.encode("utf-8", "surrogateescape"))
        texts.append(_decode_header_value(v))
    return ", ".join(t for t in texts if t) if name.lower() in ("to", "cc", "bcc") else texts[0]


def _parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        try:
            from dateutil import parser as du

            dt = du.parse(text, fuzzy=True)
        except (ValueError, OverflowError, TypeError):
            return None
    # (since Python 3.10 parsedate_to_datetime raises on a bad date instead of returning None)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if name:
        return _decode_header_value(name)
    return None


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _is_attachment(part: Message) -> bool:
    try:
        disp = (part.get("Content-Disposition") or "").split(";", 1)[0].strip().lower()
    except Exception:
        disp = ""
    return disp == "attachment" or (_filename(part) is not None and disp != "inline")


def _walk(msg: Message, result: ParsedEmail, plains: list[str], htmls: list[str], depth: int = 0) -> None:
    if depth > 30:  # nested multiparts deeper than any real mail
        return
    ctype = (msg.get_content_type() or "text/plain").lower()
    if msg.is_multipart():
        payload = msg.get_payload()
        if isinstance(payload, list):
            for sub in payload:
                if isinstance(sub, Message):
                    _walk(sub, result, plains, htmls, depth + 1)
        return
    if ctype == "message/rfc822" or _is_attachment(msg) or not ctype.startswith("text/"):
        if ctype.startswith("multipart/"):
            return
        data = _payload(msg)
        if data or _filename(msg):
            result.attachments.append(Attachment(_filename(msg) or f"part-{len(result.attachments) + 1}", ctype, data))
        return
    try:
        charset = msg.get_content_charset()
    except Exception:
        charset = None
    text = decode_bytes(_payload(msg), charset)
    if ctype == "text/html":
        htmls.append(text)
    else:
        plains.append(text)


def html_to_text(markup: str) -> str:
    from standfast.analyze.normalize import html_to_text as convert

    return convert(markup)


def _from_message(msg: Message) -> ParsedEmail:
    result = ParsedEmail()
    raw = _raw_headers(msg)
    for name in MAIN_HEADERS:
        value = _header(raw, name)
        if value is not None:
            result.headers[name] = value
    result.subject = result.headers.get("Subject")
    result.sender = result.headers.get("From")
    result.message_id = (result.headers.get("Message-ID") or "").strip() or None
    result.date_text = result.headers.get("Date")
    result.date = _parse_date(result.date_text)
    addrs: list[str] = []
    for name in ("To", "Cc", "Bcc"):
        if name in result.headers:
            try:
                pairs = email.utils.getaddresses([result.headers[name]])
            except Exception:
                pairs = []
            addrs.extend(addr for _n, addr in pairs if addr)
    result.recipients = addrs
    plains: list[str] = []
    htmls: list[str] = []
    _walk(msg, result, plains, htmls)
    plain = "\n".join(p for p in plains if p.strip())
    html = "\n".join(htmls) if htmls else None
    result.html = html
    html_text = html_to_text(html) if html else ""
    # Spam often carries a token plain part and the real text in HTML: take the fuller reading.
    result.text = html_text if len(plain.strip()) < 0.4 * len(html_text.strip()) else plain
    return result


def _looks_like_mail(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    first = head.split(b"\n", 1)[0]
    return b":" in first or first.startswith(b"From ")


def parse_email(data: bytes) -> ParsedEmail:
    """Parse an RFC 5322 message (.eml). Raises InputError for anything that is not an e-mail."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InputError("An e-mail must be given as bytes.")
    data = bytes(data)
    if not data.strip():
        raise InputError("The e-mail is empty.")
    if len(data) > MAX_MESSAGE_BYTES:
        raise InputError(f"The e-mail is larger than {MAX_MESSAGE_BYTES // (1024 * 1024)} MB; it was not read.")
    if not _looks_like_mail(data):
        raise InputError("This file does not look like an e-mail (no headers found).")
    if data.startswith(b"From ") and b"\n" in data:
        data = data.split(b"\n", 1)[1]  # an mbox "From " separator line
    try:
        return _from_message(email.message_from_bytes(data, policy=policy.default))
    except InputError:
        raise
    except Exception:
        pass
    try:  # compat32 is more forgiving with some broken headers
        return _from_message(email.message_from_bytes(data, policy=policy.compat32))
    except Exception as exc:
        raise InputError(f"The e-mail could not be read ({type(exc).__name__}).") from None


def iter_mbox(path: Path) -> Iterator[tuple[int, bytes]]:
    """(index, raw bytes) of each message in an mbox file, reading it line by line (constant memory)."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally; generator keeps it open while iterating
    except OSError as exc:
        raise InputError(f"Cannot open the mailbox: {exc.strerror}.") from None
    try:
        index = 0
        buf: list[bytes] = []
        started = False
        prev_blank = True
        for line in fh:
            if line.startswith(b"From ") and prev_blank:
                if started and buf:
                    yield index, _unescape(buf)
                    index += 1
                buf = []
                started = True
                prev_blank = False
                continue
            if not started:
                if line.strip():
                    raise InputError("This file does not look like an mbox mailbox (no 'From ' line first).")
                continue
            buf.append(line)
            prev_blank = line in (b"\n", b"\r\n")
        if started and buf:
            yield index, _unescape(buf)
    except OSError as exc:
        raise InputError(f"Cannot read the mailbox: {exc.strerror}.") from None
    finally:
        fh.close()


def _unescape(lines: list[bytes]) -> bytes:
    # mboxrd: ">From " and ">>From " lose one ">"; the blank separator line belongs to the mbox.
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]
    out = [ln[1:] if ln.startswith(b">") and ln.lstrip(b">").startswith(b"From ") else ln for ln in lines]
    return b"".join(out)


def parse_msg(data: bytes) -> ParsedEmail:
    """Parse an Outlook .msg file (OLE compound document) with extract-msg."""
    if not isinstance(data, bytes | bytearray) or not bytes(data).startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError("This file is not an Outlook .msg message.")
    import logging

    import extract_msg

    logging.getLogger("extract_msg").setLevel(logging.ERROR)
    try:
        msg = extract_msg.openMsg(bytes(data), delayAttachments=False)
    except Exception as exc:
        raise InputError(f"The Outlook message could not be read ({type(exc).__name__}).") from None
    try:
        return _from_msg(msg)
    except Exception as exc:
        raise InputError(f"The Outlook message could not be read ({type(exc).__name__}).") from None
    finally:
        with contextlib.suppress(Exception):
            msg.close()


def _from_msg(msg: object) -> ParsedEmail:
    def attr(name: str) -> object:
        try:
            return getattr(msg, name, None)
        except Exception:
            return None

    result = ParsedEmail()
    result.subject = _str_or_none(attr("subject"))
    result.sender = _str_or_none(attr("sender"))
    result.message_id = _str_or_none(attr("messageId"))
    date = attr("date")
    if isinstance(date, datetime):
        result.date = (date if date.tzinfo else date.replace(tzinfo=UTC)).astimezone(UTC)
        result.date_text = date.isoformat()
    elif date:
        result.date_text = str(date)
        result.date = _parse_date(result.date_text)
    if result.date is None:
        # No submit time among the properties (some tools save only the received headers): the
        # transport headers' Date, as a mail client would show it.
        header = attr("header")
        header_date = header.get("Date") if header is not None and hasattr(header, "get") else None
        if header_date:
            result.date_text = str(header_date)
            result.date = _parse_date(result.date_text)
    for name in ("to", "cc", "bcc"):
        value = _str_or_none(attr(name))
        if value:
            result.headers[name.title()] = value
            result.recipients.extend(a for _n, a in email.utils.getaddresses([value.replace(";", ",")]) if a)
    for key, value in (("Subject", result.subject), ("From", result.sender), ("Message-ID", result.message_id),
                       ("Date", result.date_text)):
        if value:
            result.headers[key] = value
    body = _str_or_none(attr("body")) or ""
    html_raw = attr("htmlBody")
    html = decode_bytes(html_raw) if isinstance(html_raw, bytes) else _str_or_none(html_raw)
    result.html = html
    html_text = html_to_text(html) if html else ""
    result.text = html_text if len(body.strip()) < 0.4 * len(html_text.strip()) else body
    attachments = attr("attachments")
    for att in cast(Iterable[Any], attachments or []):
        data = getattr(att, "data", None)
        if not isinstance(data, bytes):
            continue
        name = getattr(att, "longFilename", None) or getattr(att, "shortFilename", None) or "attachment"
        ctype = getattr(att, "mimetype", None) or "application/octet-stream"
        result.attachments.append(Attachment(str(name), str(ctype), data))
    return result


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


__all__ = ["Attachment", "ParsedEmail", "decode_bytes", "iter_mbox", "parse_email", "parse_msg"]
