"""The fast storage path: integer ids in file order, resumed imports, bulk sealing, indicators as a
resumable second phase, and a timeline whose pages follow the index order."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from standfast.ingest import importer, timeline
from standfast.ingest.importer import import_path, run_indicators
from standfast.ingest.models import NO_TIME, IngestMessage, IngestSource
from tests.ingest.samples import WHATSAPP_SEXTORTION

_POSITION = IngestMessage.id.op("&")((1 << importer.POSITION_BITS) - 1)  # the line or index in its file


def _chat(tmp_path: Path, lines: int = 40) -> Path:
    p = tmp_path / "WhatsApp Chat with Jess_x.txt"
    body = "".join(f"{1 + i // 60:02d}/03/2024, {i // 60 % 24:02d}:{i % 60:02d} - Jess_x: message {i}\n"
                   for i in range(lines))
    p.write_text(body, encoding="utf-8")
    return p


def _fake_hook(calls: list[int]):  # type: ignore[no-untyped-def]
    def fake(vault, session, *, case_id, message_id, item_id, text, reference_time):  # type: ignore[no-untyped-def]
        calls.append(message_id)
        return 1
    return fake


def test_ids_are_integers_in_file_order(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("ids")
    import_path(vault, case.id, _chat(tmp_path), zone="UTC", indicators=False)
    with vault.read() as s:
        rows = s.execute(select(IngestMessage.id, _POSITION).order_by(IngestMessage.id)).all()
    assert [p for _, p in rows] == sorted(p for _, p in rows)
    assert [i for i, _ in rows] == list(range(rows[0][0], rows[0][0] + len(rows)))
    entries = timeline.query(vault, case.id)
    assert all(isinstance(e.id, str) and e.id.isdigit() for e in entries)


def test_batches_of_many_rows_per_statement_store_every_message(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # 257 messages in batches of 100, 7 rows per INSERT statement: full statements, a remainder of
    # single-row inserts in each batch, and a short last batch.
    monkeypatch.setattr(importer, "BATCH", 100)
    monkeypatch.setattr(importer, "ROWS_PER_INSERT", 7)
    case = vault.create_case("multi")
    report = import_path(vault, case.id, _chat(tmp_path, lines=257), zone="UTC", indicators=False)
    assert report.messages == 257
    entries = timeline.query(vault, case.id)
    assert [e.position for e in entries] == list(range(1, 258))
    assert [e.text for e in entries[:2]] == ["message 0", "message 1"] and entries[-1].text == "message 256"
    assert {e.file for e in entries} == {"WhatsApp Chat with Jess_x.txt"} and entries[0].source_item


def test_batches_commit_without_fsync_but_leave_the_connection_durable(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("sync")
    import_path(vault, case.id, _chat(tmp_path), zone="UTC", indicators=False)
    with vault.transaction() as s:  # the pooled write connection is back at FULL for everyone else
        assert s.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2
    assert timeline.count(vault, case.id) == 40


def test_interrupted_import_resumes_without_duplicates(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("resume")
    chat = _chat(tmp_path)
    import_path(vault, case.id, chat, zone="UTC", indicators=False)
    with vault.transaction() as s:  # as if the process died after the first half was committed
        s.execute(delete(IngestMessage).where(_POSITION > 20))
        s.execute(update(IngestSource).values(status="running"))
    again = import_path(vault, case.id, chat, zone="UTC", indicators=False)
    assert again.messages == 20 and again.duplicates == 20
    assert timeline.count(vault, case.id) == 40
    with vault.read() as s:
        positions = list(s.scalars(select(_POSITION)))
    assert sorted(positions) == list(range(1, 41))


def test_indicators_are_a_resumable_second_phase(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    monkeypatch.setattr(importer, "_indicator_function", lambda: _fake_hook(calls))
    monkeypatch.setattr(importer, "INDICATOR_CHUNK", 7)
    case = vault.create_case("later")
    report = import_path(vault, case.id, _chat(tmp_path), zone="UTC", indicators=False)
    assert report.indicators and report.messages == 40 and calls == []
    with vault.read() as s:
        assert s.scalar(select(IngestSource.indicators)) == "pending"

    # The hook fails in the third chunk: the first two chunks stay recorded, nothing runs twice.
    ok_hook = _fake_hook(calls)

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        if len(calls) == 16:
            raise RuntimeError("interrupted")
        return ok_hook(*args, **kwargs)

    monkeypatch.setattr(importer, "_indicator_function", lambda: failing)
    with pytest.raises(RuntimeError):
        run_indicators(vault, case.id)
    assert len(calls) == 16  # 14 committed (two chunks of 7) + 2 rolled back
    del calls[14:]
    monkeypatch.setattr(importer, "_indicator_function", lambda: _fake_hook(calls))
    assert run_indicators(vault, case.id) == 26
    assert sorted(calls) == sorted(set(calls)) and len(calls) == 40
    with vault.read() as s:
        assert s.scalar(select(IngestSource.indicators)) == "done"
    assert run_indicators(vault, case.id) == 0 and len(calls) == 40


def test_import_runs_indicators_by_default(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    monkeypatch.setattr(importer, "_indicator_function", lambda: _fake_hook(calls))
    case = vault.create_case("now")
    report = import_path(vault, case.id, _chat(tmp_path), zone="UTC")
    assert report.indicators_found == 40 and len(calls) == 40
    with vault.read() as s:
        ids = set(s.scalars(select(IngestMessage.id)))
    assert set(calls) == ids


def test_pages_follow_the_full_order_and_untimed_go_last(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("pages")
    import_path(vault, case.id, _chat(tmp_path), zone="UTC", indicators=False)
    wa = tmp_path / "other" / "_chat.txt"
    wa.parent.mkdir()
    wa.write_text(WHATSAPP_SEXTORTION, encoding="utf-8")
    import_path(vault, case.id, wa, zone="UTC", indicators=False)
    with vault.transaction() as s:  # a file whose first messages had unreadable dates
        s.execute(update(IngestMessage).where(_POSITION <= 2, IngestMessage.sender == "Jess_x")
                  .values(time_us=None, sort_us=NO_TIME))
    full = timeline.query(vault, case.id)
    assert len(full) == timeline.count(vault, case.id)
    assert [e.time for e in full[-2:]] == [None, None]
    times = [e.time for e in full if e.time is not None]
    assert times == sorted(times)
    for offset in (0, 5, len(full) - 3):
        assert [e.id for e in timeline.query(vault, case.id, limit=4, offset=offset)] == \
            [e.id for e in full[offset:offset + 4]]
    since = min(times)
    assert all(e.time is not None for e in timeline.query(vault, case.id, since=since))


def test_streaming_timeline_names_the_file_of_an_import_that_started_meanwhile(tmp_path: Path, vault,  # type: ignore[no-untyped-def]
                                                                                monkeypatch) -> None:
    monkeypatch.setattr(timeline, "_CHUNK", 5)
    case = vault.create_case("stream")
    import_path(vault, case.id, _chat(tmp_path, lines=10), zone="UTC", indicators=False)
    entries = timeline.iter_entries(vault, case.id)
    first = next(entries)
    later = tmp_path / "later" / "_chat.txt"
    later.parent.mkdir()
    later.write_text("".join(f"01/04/2024, 10:{i:02d} - Sam: later {i}\n" for i in range(10)), encoding="utf-8")
    import_path(vault, case.id, later, zone="UTC", indicators=False)
    rest = list(entries)
    assert len(rest) == 19 and first.file == "WhatsApp Chat with Jess_x.txt"
    assert {e.file for e in rest if e.text.startswith("later")} == {"_chat.txt"}
    assert all(e.source_item for e in rest)
