"""Outlook .msg files: real compound files (see msgfixture), imported, hostile, fuzzed."""

from __future__ import annotations

import os
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standfast.errors import InputError
from standfast.ingest import mail, sources, timeline
from standfast.ingest.importer import import_path
from standfast.ingest.outcome import ImportStopped, NothingImported
from standfast.ingest.records import Context
from tests.ingest.msgfixture import Attachment, Mail, write_msg

SENT = datetime(2024, 3, 13, 21, 3, tzinfo=UTC)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(6000)


def _mail(**kw: object) -> Mail:
    base: dict[str, object] = {
        "subject": "Your photos", "body": "I have your photos. Pay 500 EUR in bitcoin within 24 hours.",
        "sender_name": "Kai W", "sender_email": "kai.w@example.invalid",
        "to": [("Lea M", "lea@example.invalid")], "sent": SENT}
    return Mail(**{**base, **kw})  # type: ignore[arg-type]


def test_msg_is_imported_with_its_attachment(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    p = write_msg(tmp_path / "threat.msg", _mail(attachments=[Attachment("proof.jpg", JPEG, "image/jpeg")]))
    case = vault.create_case("mail")
    report = import_path(vault, case.id, p, zone="UTC")
    assert report.messages == 1 and report.attachments == 1 and report.issue_count == 0
    [entry] = timeline.query(vault, case.id)
    assert (entry.time, entry.platform, entry.conversation) == (SENT, "email", "Your photos")
    assert "Kai W" in entry.sender and "Pay 500 EUR" in entry.text
    assert entry.recipients == ["lea@example.invalid"]
    items = {i.original_name: i for i in vault.list_items(case.id)}
    assert vault.read_item(items["proof.jpg"].id) == JPEG
    assert vault.read_item(items["threat.msg"].id) == p.read_bytes()  # the original, byte for byte


def test_minor_case_keeps_only_the_hashes_of_an_image_attachment(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    p = write_msg(tmp_path / "threat.msg", _mail(attachments=[Attachment("proof.jpg", JPEG, "image/jpeg")]))
    case = vault.create_case("teen", age_group="minor")
    report = import_path(vault, case.id, p, zone="UTC")
    assert report.messages == 1 and report.hash_only == 1
    kinds = {i.original_name: i.kind for i in vault.list_items(case.id)}
    assert kinds["proof.jpg"] == "hash_only"


@pytest.mark.parametrize("mail_kw", [
    {"subject": "写真を持っている", "body": "24時間以内に払え 😈 — или я опубликую"},
    {"subject": "صورك", "body": "ادفع الآن", "sender_name": "كاي"},
    {"body": "", "html": "<html><body><p>Pay <b>now</b> or I post them.</p></body></html>"},
    {"to": [("A", "a@example.invalid"), ("B", "b@example.invalid"), ("C", "c@example.invalid")]},
    {"body": "x" * 200_000},  # a long body: regular sectors, not the mini stream
], ids=["japanese-russian-emoji", "arabic", "html-only", "three-recipients", "long-body"])
def test_varied_messages_read_right(tmp_path: Path, mail_kw: dict[str, object]) -> None:
    m = _mail(**mail_kw)
    p = write_msg(tmp_path / "m.msg", m)
    [msg] = list(sources.get("email_msg").read(p.read_bytes(), Context("m.msg")))
    assert msg.conversation.endswith(m.subject) and msg.time_us is not None
    if m.html is not None:
        assert "Pay now or I post them." in " ".join(msg.text.split())
    else:
        assert msg.text.replace("\r\n", "\n").strip() == m.body.strip()
    assert sorted(msg.recipients) == sorted(a for _, a in m.to)


def test_received_message_headers_give_the_date(tmp_path: Path) -> None:
    headers = ("Received: from mx.example.invalid\r\nDate: Wed, 13 Mar 2024 22:03:00 +0100\r\n"
               "From: Kai W <kai.w@example.invalid>\r\nTo: lea@example.invalid\r\nSubject: Your photos\r\n\r\n")
    p = write_msg(tmp_path / "m.msg", _mail(sent=None, headers=headers))
    [msg] = list(sources.get("email_msg").read(p.read_bytes(), Context("m.msg")))
    assert msg.time == SENT


def test_message_without_a_date_is_flagged_not_dropped(tmp_path: Path) -> None:
    p = write_msg(tmp_path / "m.msg", _mail(sent=None))
    ctx = Context("m.msg")
    [msg] = list(sources.get("email_msg").read(p.read_bytes(), ctx))
    assert msg.time_us is None and "unparsed_time" in msg.flags and ctx.log.count == 1


def test_msg_inside_a_zip(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    z = tmp_path / "mails.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for i in range(3):
            zf.writestr(f"Outlook/{i}.msg", write_msg(tmp_path / f"{i}.msg", _mail(subject=f"n{i}")).read_bytes())
    case = vault.create_case("zip")
    assert import_path(vault, case.id, z, zone="UTC").messages == 3


def test_truncated_msg_is_a_clear_error_and_nothing_half_stored(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    whole = write_msg(tmp_path / "whole.msg", _mail()).read_bytes()
    for cut in (600, len(whole) // 2, len(whole) - 100):
        p = tmp_path / f"cut{cut}.msg"
        p.write_bytes(whole[:cut])
        case = vault.create_case(f"cut{cut}")
        try:
            report = import_path(vault, case.id, p, zone="UTC")
        except (ImportStopped, NothingImported, InputError) as exc:
            assert "cut" in str(exc) or "Outlook" in str(exc)
            continue
        assert report.messages <= 1  # a cut in padding may still read whole: never a crash


def test_msg_magic_with_garbage_is_refused_clearly() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4000)
    with pytest.raises(InputError, match="Outlook message could not be read"):
        list(mail.parse_msg(data, Context("x.msg")))


def test_zip_with_a_path_traversing_msg_is_refused(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    z = tmp_path / "evil.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("../../evil.msg", write_msg(tmp_path / "e.msg", _mail()).read_bytes())
    case = vault.create_case("evil")
    with pytest.raises(InputError):
        import_path(vault, case.id, z, zone="UTC")
    assert not (tmp_path.parent / "evil.msg").exists()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(subject=st.text(min_size=1, max_size=40).filter(lambda s: s.strip() and "\x00" not in s),
       body=st.text(max_size=300).filter(lambda s: "\x00" not in s),
       name=st.text(min_size=1, max_size=20).filter(lambda s: s.strip() and "\x00" not in s))
def test_any_text_round_trips(tmp_path: Path, subject: str, body: str, name: str) -> None:
    p = write_msg(tmp_path / "h.msg", _mail(subject=subject, body=body, sender_name=name))
    [msg] = list(sources.get("email_msg").read(p.read_bytes(), Context("h.msg")))
    assert msg.time == SENT
    if body.strip():
        assert " ".join(body.split())[:50] in " ".join(msg.text.split())


def test_public_outlook_samples(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    """Files written by Outlook itself, when given: STANDFAST_MSG_SAMPLE is a .msg or a folder of them."""
    sample = os.environ.get("STANDFAST_MSG_SAMPLE")
    if not sample:
        pytest.skip("set STANDFAST_MSG_SAMPLE to Outlook .msg files (e.g. extract-msg's example-msg-files)")
    paths = sorted(Path(sample).glob("*.msg")) if Path(sample).is_dir() else [Path(sample)]
    assert paths
    for p in paths:
        case = vault.create_case(p.name)
        assert import_path(vault, case.id, p, zone="UTC").messages == 1, p.name
