"""The e-mail parser on real edge cases and hostile bytes: never anything but InputError."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.errors import InputError
from standfast.ingest.email import decode_bytes, iter_mbox, parse_email, parse_msg


def test_basic_message() -> None:
    raw = (b"From: =?utf-8?q?J=C3=BCrgen?= <j@example.org>\r\nTo: a@example.com, b@example.com\r\n"
           b"Subject: =?iso-8859-1?q?Gr=FC=DFe?=\r\nDate: Mon, 06 Nov 2023 13:17:32 +0100\r\n"
           b"Message-ID: <x@y>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello there\r\n")
    p = parse_email(raw)
    assert p.subject == "Grüße" and p.sender.startswith("Jürgen")
    assert p.recipients == ["a@example.com", "b@example.com"]
    assert p.date is not None and p.date.utcoffset().total_seconds() == 0 and p.date.hour == 12
    assert p.text.strip() == "Hello there" and p.message_id == "<x@y>"


def test_html_only_body_keeps_words_split_by_markup() -> None:
    raw = (b"Subject: x\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>bit<b>co</b>in</p>"
           b"<div>second&nbsp;line</div></body></html>")
    p = parse_email(raw)
    assert "bitcoin" in p.text and "second line" in p.text and p.html


def test_wrong_and_unknown_charsets() -> None:
    body = "Привет! Это обычное письмо от друга, который пишет тебе о погоде и о новостях дома.".encode("cp1251")
    raw = b"Subject: t\nContent-Type: text/plain; charset=x-made-up\n\n" + body
    assert "Привет" in parse_email(raw).text
    gb = "你好世界，发票".encode("gb18030")
    raw = b"Subject: t\nContent-Type: text/plain; charset=gb2312\n\n" + gb
    assert "你好世界" in parse_email(raw).text
    assert decode_bytes("hello".encode("utf-16")) == "hello"


def test_attachments_and_multipart() -> None:
    raw = (b"Subject: a\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XX\n\n--XX\n"
           b"Content-Type: text/plain\n\nbody text\n--XX\nContent-Type: image/png\n"
           b"Content-Disposition: attachment; filename=\"=?utf-8?q?f=C3=B6to.png?=\"\n"
           b"Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--XX--\n")
    p = parse_email(raw)
    assert p.text.strip() == "body text"
    (att,) = p.attachments
    assert att.name == "föto.png" and att.content_type == "image/png" and att.data.startswith(b"\x89PNG")


@pytest.mark.parametrize("data", [b"", b"   ", os.urandom(4096), b"\x00" * 100, b"\xff\xd8\xff" + b"\x00" * 50])
def test_junk_raises_input_error(data: bytes) -> None:
    with pytest.raises(InputError):
        parse_email(data)


def test_malformed_mime_does_not_crash() -> None:
    raw = (b"Subject: =?bogus?x?broken?=\nContent-Type: multipart/mixed; boundary=\n"
           b"Content-Transfer-Encoding: base64\nDate: not a date\n\n--\n!!!not base64!!!\n")
    p = parse_email(raw)
    assert p.date is None


def test_twenty_megabyte_message() -> None:
    raw = b"Subject: big\nContent-Type: text/plain\n\n" + (b"a" * 76 + b"\n") * (20 * 1024 * 1024 // 77)
    p = parse_email(raw)
    assert len(p.text) > 19_000_000


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_fuzz_parse_email(data: bytes) -> None:
    try:
        parse_email(b"Subject: fuzz\n" + data)
        parse_email(data)
    except InputError:
        pass


def test_mbox_streaming(tmp_path: Path) -> None:
    box = tmp_path / "x.mbox"
    box.write_bytes(b"From a@b Thu Jan  1 00:00:00 2020\nSubject: one\n\nbody 1\n>From here\n\n"
                    b"From c@d Thu Jan  1 00:00:00 2020\nSubject: two\n\nbody 2\n")
    msgs = list(iter_mbox(box))
    assert [i for i, _ in msgs] == [0, 1]
    assert b"From here" in msgs[0][1] and parse_email(msgs[1][1]).subject == "two"


def test_msg_garbage_raises() -> None:
    with pytest.raises(InputError):
        parse_msg(b"not an outlook file")
    with pytest.raises(InputError):
        parse_msg(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)


@pytest.mark.shared_data
def test_real_fixtures(shared_data: Path) -> None:
    fx = shared_data / "email-parsing-fixtures"
    p = parse_msg((fx / "mail-parser/mail_outlook_1").read_bytes())
    assert p.subject and p.attachments and p.date is not None
    assert "你好" in parse_email((fx / "mail-parser/mail_test_12").read_bytes()).text
    jp = parse_email((shared_data / "ham-emails/spamassassin_t_data_nice/cjk/iso-2022-jp.2").read_bytes())
    assert "\ufffd" not in jp.text[:200]
    msgs = list(iter_mbox(fx / "Mail-MboxParser/testbox.mbox"))
    assert len(msgs) >= 5 and all(parse_email(raw).subject for _i, raw in msgs)
    bad = 0
    for f in sorted((shared_data).rglob("*.eml")):
        try:
            parse_email(f.read_bytes())
        except InputError:
            bad += 1
    assert bad == 0
