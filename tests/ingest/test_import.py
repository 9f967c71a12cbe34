"""Importing into a real vault: evidence items, attachments, dedupe, indicators hook, timeline, CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from standfast.ingest import timeline
from standfast.ingest.importer import import_path
from standfast.ingest.models import IngestBlock
from tests.ingest import samples


def wa_zip(tmp_path: Path) -> Path:
    p = tmp_path / "WhatsApp Chat with Jess_x.zip"
    p.write_bytes(samples.make_zip({"_chat.txt": samples.WHATSAPP_SEXTORTION,
                                    "IMG-20240314-WA0001.jpg": samples.FAKE_JPEG}))
    return p


def test_zip_import_evidence_attachments_and_trace(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("wa")
    report = import_path(vault, case.id, wa_zip(tmp_path), zone="UTC")
    assert report.messages == 7 and report.attachments == 1 and report.missing_attachments == 1
    items = {i.id: i for i in vault.list_items(case.id)}
    export = items[report.export_items[0]]
    assert export.original_name.endswith(".zip")
    photo = next(i for i in items.values() if i.original_name == "IMG-20240314-WA0001.jpg")
    assert photo.parent_item_id == export.id and vault.read_item(photo.id) == samples.FAKE_JPEG
    entries = timeline.query(vault, case.id)
    assert [e.conversation for e in entries][:1] == ["Jess_x"]
    with_photo = next(e for e in entries if e.attachments and e.attachments[0]["item_id"])
    assert with_photo.attachments[0]["item_id"] == photo.id and with_photo.source_item == export.id
    assert (with_photo.file, with_photo.position) == ("_chat.txt", 4)


def test_text_is_sealed_in_database(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("sealed")
    import_path(vault, case.id, wa_zip(tmp_path), zone="UTC")
    with vault.read() as s:
        bodies = list(s.scalars(select(IngestBlock.body)))
    assert bodies and all(b"bitcoin" not in b and b"shy" not in b for b in bodies)
    db_bytes = b"".join(p.read_bytes() for p in vault.root.rglob("*.db*") if p.is_file()) \
        if hasattr(vault, "root") else b""
    assert b"send one back" not in db_bytes


def test_reimport_adds_nothing_twice(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("dup")
    z = wa_zip(tmp_path)
    first = import_path(vault, case.id, z, zone="UTC")
    items_before = len(vault.list_items(case.id))
    again = import_path(vault, case.id, z, zone="UTC")
    assert again.messages == 0 and again.duplicates == first.messages
    # The same chat file alone (unzipped) is recognised by its SHA-256 too.
    chat = tmp_path / "_chat.txt"
    chat.write_text(samples.WHATSAPP_SEXTORTION, encoding="utf-8")
    alone = import_path(vault, case.id, chat, zone="UTC")
    assert alone.messages == 0
    assert timeline.count(vault, case.id) == 7
    assert len(vault.list_items(case.id)) == items_before


def test_timeline_filters_suspect_and_pages(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("tl")
    import_path(vault, case.id, wa_zip(tmp_path), zone="UTC")
    meta = tmp_path / "instagram" / "messages" / "inbox" / "darkangel_123"
    meta.mkdir(parents=True)
    (meta / "message_1.json").write_bytes(samples.meta_mojibake())
    import_path(vault, case.id, tmp_path / "instagram", zone="UTC")
    assert timeline.count(vault, case.id) == 11
    assert timeline.count(vault, case.id, platform="instagram") == 4
    assert timeline.count(vault, case.id, participant="Søren") == 4  # sender or recipient
    assert timeline.count(vault, case.id, text="BITCOIN") == 1
    since = datetime(2024, 3, 14, tzinfo=UTC)
    assert all(e.time >= since for e in timeline.query(vault, case.id, since=since) if e.time)
    timeline.mark_suspect(vault, case.id, "dark.angel_77")
    entries = timeline.query(vault, case.id)
    assert [e.time for e in entries if e.time] == sorted(e.time for e in entries if e.time)
    assert {e.sender for e in entries if e.suspect} == {"dark.angel_77"}
    page = timeline.query(vault, case.id, limit=3, offset=2)
    assert [e.id for e in page] == [e.id for e in entries[2:5]]
    assert [e.id for e in timeline.query(vault, case.id, text="a", limit=2, offset=1)] == \
        [e.id for e in timeline.query(vault, case.id, text="a")][1:3]


def test_export_csv_json(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    import io

    case = vault.create_case("exp")
    import_path(vault, case.id, wa_zip(tmp_path), zone="UTC")
    buf = io.StringIO()
    assert timeline.write_json(timeline.iter_entries(vault, case.id), buf) == 7
    assert len(json.loads(buf.getvalue())) == 7
    buf = io.StringIO()
    timeline.write_csv(timeline.iter_entries(vault, case.id), buf)
    assert buf.getvalue().count("whatsapp") == 7


def test_plain_folder_falls_back_to_evidence(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "screens"
    folder.mkdir()
    (folder / "a.png").write_bytes(b"\x89PNG fake")
    (folder / "notes.txt").write_text("not a chat", encoding="utf-8")
    case = vault.create_case("files")
    report = import_path(vault, case.id, folder)
    assert report.files_added == 2 and report.messages == 0


def test_minor_case_images_hash_only(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("teen", age_group="minor")
    report = import_path(vault, case.id, wa_zip(tmp_path), zone="UTC")
    assert report.hash_only == 1 and report.messages == 7
    kinds = {i.original_name: i.kind for i in vault.list_items(case.id)}
    assert kinds["IMG-20240314-WA0001.jpg"] == "hash_only"
    assert not any(name.endswith(".zip") for name in kinds)  # the zip (with the image) is not stored


def test_indicator_hook_called(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = []

    def fake(vault, session, *, case_id, message_id, item_id, text, reference_time):  # type: ignore[no-untyped-def]
        calls.append((message_id, reference_time))

    from standfast.ingest import indicator_pass

    monkeypatch.setattr(indicator_pass, "_indicator_function", lambda: fake)
    case = vault.create_case("ind")
    report = import_path(vault, case.id, wa_zip(tmp_path), zone="UTC")
    assert report.indicators and len(calls) == 5  # text messages, not system lines or empty media


def test_email_eml_with_attachment(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Hacker <hacker@example.net>"
    msg["To"] = "you@example.org"
    msg["Subject"] = "Re: I recorded you"
    msg["Date"] = "Fri, 15 Mar 2024 10:00:00 +0100"
    msg.set_content("Pay 1200 USD in bitcoin within 48 hours.")
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="proof.pdf")
    p = tmp_path / "threat.eml"
    p.write_bytes(bytes(msg))
    case = vault.create_case("mail")
    report = import_path(vault, case.id, p)
    assert report.messages == 1 and report.attachments == 1
    [entry] = timeline.query(vault, case.id)
    assert entry.platform == "email" and entry.conversation == "I recorded you"
    assert entry.time == datetime(2024, 3, 15, 9, 0, tzinfo=UTC) and entry.recipients == ["you@example.org"]
    assert vault.read_item(entry.attachments[0]["item_id"]) == b"%PDF-1.4 fake"


def test_cli_contract(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init").exit_code == 0
    created = cli("case", "new", "--title", "cli")
    case_id = created.stdout.strip().splitlines()[-1]
    z = wa_zip(tmp_path)
    r = cli("import", case_id, str(z), "--tz", "UTC")
    assert r.exit_code == 0, r.stderr
    assert "7 new messages" in r.stdout
    r = cli("timeline", case_id, "--json", "--suspect", "Jess_x")
    assert r.exit_code == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == 7
    for key in ("time", "time_text", "platform", "conversation", "sender", "text", "attachments", "source_item"):
        assert key in rows[0]
    assert rows[1]["time"] == "2024-03-13T21:03:00Z" and rows[1]["time_text"] == "13/03/24, 21:03"
    assert rows[1]["suspect"] is True
    r = cli("timeline", case_id, "--csv", "--participant", "Sam")
    assert r.exit_code == 0 and r.stdout.count("\n") == 3
    bad = tmp_path / "cut.zip"
    bad.write_bytes(z.read_bytes()[:100])
    r = cli("import", case_id, str(bad))
    assert r.exit_code == 6 and "not a complete zip" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) <= 2
