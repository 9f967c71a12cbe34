"""Outlook .msg files for the tests, written as Outlook lays them out (MS-OXMSG) into a real compound
file (MS-CFB) by cfbwrite: property streams, string and binary sub-streams, recipients, attachments
and the named-property storage. extract-msg (the reader Standfast uses) and olefile read them back."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cfbwrite import Entry, write_ole

PT_LONG, PT_BOOLEAN, PT_SYSTIME, PT_UNICODE, PT_BINARY = 0x0003, 0x000B, 0x0040, 0x001F, 0x0102
_FLAGS = 0x00000006  # readable | writable, as Outlook writes them
_EPOCH_1601 = datetime(1601, 1, 1, tzinfo=UTC)


def _filetime(when: datetime) -> int:
    delta = when - _EPOCH_1601
    return (delta.days * 86_400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


@dataclass
class Attachment:
    name: str
    data: bytes
    mime: str = "application/octet-stream"


@dataclass
class Mail:
    subject: str
    body: str
    sender_name: str
    sender_email: str
    to: list[tuple[str, str]]
    sent: datetime | None = None
    html: str | None = None
    headers: str | None = None  # PR_TRANSPORT_MESSAGE_HEADERS, as a received message carries
    attachments: list[Attachment] = field(default_factory=list)


def _stream(name: str, data: bytes) -> Entry:
    return Entry(name=name, is_storage=False, size=len(data), read=lambda: data)


def _storage(name: str, children: list[Entry]) -> Entry:
    return Entry(name=name, is_storage=True, size=0, read=None, children=children)


def _props(header: bytes, props: list[tuple[int, int, object]]) -> list[Entry]:
    """The ``__properties_version1.0`` stream and one ``__substg1.0_`` stream per variable value."""
    table, streams = bytearray(header), []
    for prop_id, ptype, value in props:
        tag = (prop_id << 16) | ptype
        if ptype == PT_UNICODE:
            data = str(value).encode("utf-16-le")
            table += struct.pack("<IIII", tag, _FLAGS, len(data) + 2, 0)
            streams.append(_stream(f"__substg1.0_{tag:08X}", data))
        elif ptype == PT_BINARY:
            data = bytes(value)  # type: ignore[call-overload]
            table += struct.pack("<IIII", tag, _FLAGS, len(data), 0)
            streams.append(_stream(f"__substg1.0_{tag:08X}", data))
        elif ptype == PT_SYSTIME:
            table += struct.pack("<IIQ", tag, _FLAGS, _filetime(value))  # type: ignore[arg-type]
        else:  # PT_LONG, PT_BOOLEAN: the value itself, in the first four bytes
            table += struct.pack("<IIiI", tag, _FLAGS, int(value), 0)  # type: ignore[call-overload]
    return [_stream("__properties_version1.0", bytes(table)), *streams]


def write_msg(path: Path, mail: Mail) -> Path:
    props: list[tuple[int, int, object]] = [
        (0x001A, PT_UNICODE, "IPM.Note"),  # PR_MESSAGE_CLASS
        (0x0037, PT_UNICODE, mail.subject),  # PR_SUBJECT
        (0x0E1D, PT_UNICODE, mail.subject),  # PR_NORMALIZED_SUBJECT
        (0x1000, PT_UNICODE, mail.body),  # PR_BODY
        (0x0C1A, PT_UNICODE, mail.sender_name),  # PR_SENDER_NAME
        (0x0C1F, PT_UNICODE, mail.sender_email),  # PR_SENDER_EMAIL_ADDRESS
        (0x0C1E, PT_UNICODE, "SMTP"),  # PR_SENDER_ADDRTYPE
        (0x0042, PT_UNICODE, mail.sender_name),  # PR_SENT_REPRESENTING_NAME
        (0x0065, PT_UNICODE, mail.sender_email),  # PR_SENT_REPRESENTING_EMAIL_ADDRESS
        (0x0E04, PT_UNICODE, "; ".join(name for name, _ in mail.to)),  # PR_DISPLAY_TO
        (0x0E07, PT_LONG, 1 | (0x10 if mail.attachments else 0)),  # PR_MESSAGE_FLAGS: read (+ attachments)
        (0x0E1B, PT_BOOLEAN, 1 if mail.attachments else 0),  # PR_HASATTACH
    ]
    if mail.sent is not None:
        props += [(0x0039, PT_SYSTIME, mail.sent), (0x0E06, PT_SYSTIME, mail.sent)]  # submit, delivery time
    if mail.html is not None:
        props.append((0x1013, PT_BINARY, mail.html.encode("utf-8")))  # PR_HTML
    if mail.headers is not None:
        props.append((0x007D, PT_UNICODE, mail.headers))  # PR_TRANSPORT_MESSAGE_HEADERS
    n_recip, n_att = len(mail.to), len(mail.attachments)
    header = struct.pack("<8xIIII8x", n_recip, n_att, n_recip, n_att)  # next ids, then counts
    children = _props(header, props)
    children.append(_storage("__nameid_version1.0", [
        _stream("__substg1.0_00020102", b""), _stream("__substg1.0_00030102", b""),
        _stream("__substg1.0_00040102", b"")]))
    for i, (name, address) in enumerate(mail.to):
        children.append(_storage(f"__recip_version1.0_#{i:08X}", _props(bytes(8), [
            (0x3001, PT_UNICODE, name),  # PR_DISPLAY_NAME
            (0x3003, PT_UNICODE, address),  # PR_EMAIL_ADDRESS
            (0x39FE, PT_UNICODE, address),  # PR_SMTP_ADDRESS
            (0x3002, PT_UNICODE, "SMTP"),  # PR_ADDRTYPE
            (0x0C15, PT_LONG, 1),  # PR_RECIPIENT_TYPE: To
            (0x3000, PT_LONG, i),  # PR_ROWID
        ])))
    for i, att in enumerate(mail.attachments):
        children.append(_storage(f"__attach_version1.0_#{i:08X}", _props(bytes(8), [
            (0x3705, PT_LONG, 1),  # PR_ATTACH_METHOD: by value
            (0x3707, PT_UNICODE, att.name),  # PR_ATTACH_LONG_FILENAME
            (0x3704, PT_UNICODE, att.name[:12]),  # PR_ATTACH_FILENAME (8.3)
            (0x3001, PT_UNICODE, att.name),  # PR_DISPLAY_NAME
            (0x370E, PT_UNICODE, att.mime),  # PR_ATTACH_MIME_TAG
            (0x3701, PT_BINARY, att.data),  # PR_ATTACH_DATA_BIN
            (0x0E20, PT_LONG, len(att.data)),  # PR_ATTACH_SIZE
            (0x0E21, PT_LONG, i),  # PR_ATTACH_NUM
        ])))
    write_ole(path, children)
    return path


def msg_bytes(mail: Mail) -> bytes:
    """The .msg file's bytes (written in a private temporary folder, then read back)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return write_msg(Path(tmp) / "m.msg", mail).read_bytes()


SAMPLE = Mail(subject="Your photos", body="I have your photos. Pay 500 EUR in bitcoin within 24 hours.",
              sender_name="Kai W", sender_email="kai.w@example.invalid", to=[("Lea M", "lea@example.invalid")],
              sent=datetime(2024, 3, 13, 21, 3, tzinfo=UTC),
              attachments=[Attachment("proof.jpg", b"\xff\xd8\xff\xe0" + bytes(100), "image/jpeg")])
