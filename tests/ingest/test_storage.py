"""The storage path: messages in sealed blocks with integer ids in file order, resumed imports,
indicators as a resumable second phase, and a timeline whose pages follow the full order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from standfast.errors import IntegrityError
from standfast.ingest import importer, indicator_pass, timeline
from standfast.ingest.importer import import_path, run_indicators
from standfast.ingest.models import IngestBlock, IngestSource
from tests.ingest.samples import WHATSAPP_SEXTORTION

_MASK = (1 << importer.POSITION_BITS) - 1


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
    entries = timeline.query(vault, case.id)
    ids = [int(e.id) for e in entries]
    assert ids == sorted(ids) and [i & _MASK for i in ids] == list(range(1, 41))
    assert len({i >> importer.POSITION_BITS for i in ids}) == 1
    with vault.read() as s:
        first, last, n = s.execute(select(IngestBlock.id, IngestBlock.last_id, IngestBlock.count)).one()
    assert (first, last, n) == (ids[0], ids[-1], 40)


def test_many_blocks_and_batches_store_every_message(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # 257 messages in blocks of 7, 3 blocks per transaction: full batches, a short last block.
    monkeypatch.setattr(importer, "BLOCK_MESSAGES", 7)
    monkeypatch.setattr(importer, "BLOCKS_PER_BATCH", 3)
    case = vault.create_case("multi")
    report = import_path(vault, case.id, _chat(tmp_path, lines=257), zone="UTC", indicators=False)
    assert report.messages == 257
    with vault.read() as s:
        counts = list(s.scalars(select(IngestBlock.count).order_by(IngestBlock.id)))
    assert counts == [7] * 36 + [5]
    entries = timeline.query(vault, case.id)
    assert [e.position for e in entries] == list(range(1, 258))
    assert [e.text for e in entries[:2]] == ["message 0", "message 1"] and entries[-1].text == "message 256"
    assert {e.file for e in entries} == {"WhatsApp Chat with Jess_x.txt"} and entries[0].source_item
    for offset in (0, 6, 7, 250):
        assert [e.position for e in timeline.query(vault, case.id, limit=9, offset=offset)] == \
            list(range(offset + 1, min(offset + 10, 258)))


def test_batches_commit_without_fsync_but_leave_the_connection_durable(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("sync")
    import_path(vault, case.id, _chat(tmp_path), zone="UTC", indicators=False)
    with vault.transaction() as s:  # the pooled write connection is back at FULL for everyone else
        assert s.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2
    assert timeline.count(vault, case.id) == 40


def test_interrupted_import_resumes_without_duplicates(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(importer, "BLOCK_MESSAGES", 7)
    case = vault.create_case("resume")
    chat = _chat(tmp_path)
    import_path(vault, case.id, chat, zone="UTC", indicators=False)
    with vault.transaction() as s:  # as if the process died after the first three blocks were committed
        s.execute(delete(IngestBlock).where(IngestBlock.id.op("&")(_MASK) > 20))
        s.execute(update(IngestSource).values(status="running"))
    assert timeline.count(vault, case.id) == 21
    again = import_path(vault, case.id, chat, zone="UTC", indicators=False)
    assert again.messages == 19 and again.duplicates == 21
    assert [e.position for e in timeline.query(vault, case.id)] == list(range(1, 41))


def test_a_block_body_moved_to_another_row_does_not_open(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(importer, "BLOCK_MESSAGES", 10)
    case = vault.create_case("swap")
    import_path(vault, case.id, _chat(tmp_path), zone="UTC", indicators=False)
    with vault.transaction() as s:
        (a, body_a), (b, body_b) = s.execute(select(IngestBlock.id, IngestBlock.body).order_by(IngestBlock.id)
                                             .limit(2)).all()
        s.execute(update(IngestBlock).where(IngestBlock.id == a).values(body=body_b))
        s.execute(update(IngestBlock).where(IngestBlock.id == b).values(body=body_a))
    with pytest.raises(IntegrityError):
        timeline.query(vault, case.id, limit=5)
    other = vault.create_case("elsewhere")
    with vault.transaction() as s:  # put the bodies back, then move the whole block to another case
        s.execute(update(IngestBlock).where(IngestBlock.id == a).values(body=body_a))
        s.execute(update(IngestBlock).where(IngestBlock.id == b).values(body=body_b, case_id=other.id))
    assert len(timeline.query(vault, case.id, limit=5)) == 5
    with pytest.raises(IntegrityError):
        timeline.query(vault, other.id)


def test_indicators_are_a_resumable_second_phase(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    monkeypatch.setattr(indicator_pass, "_indicator_function", lambda: _fake_hook(calls))
    monkeypatch.setattr(indicator_pass, "INDICATOR_CHUNK", 7)
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

    monkeypatch.setattr(indicator_pass, "_indicator_function", lambda: failing)
    with pytest.raises(RuntimeError):
        run_indicators(vault, case.id)
    assert len(calls) == 16  # 14 committed (two chunks of 7) + 2 rolled back
    del calls[14:]
    monkeypatch.setattr(indicator_pass, "_indicator_function", lambda: _fake_hook(calls))
    assert run_indicators(vault, case.id) == 26
    assert sorted(calls) == sorted(set(calls)) and len(calls) == 40
    with vault.read() as s:
        assert s.scalar(select(IngestSource.indicators)) == "done"
    assert run_indicators(vault, case.id) == 0 and len(calls) == 40


def test_import_runs_indicators_by_default(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[int] = []
    monkeypatch.setattr(indicator_pass, "_indicator_function", lambda: _fake_hook(calls))
    case = vault.create_case("now")
    report = import_path(vault, case.id, _chat(tmp_path), zone="UTC")
    assert report.indicators_found == 40 and len(calls) == 40
    assert set(calls) == {int(e.id) for e in timeline.query(vault, case.id)}


def _instagram_untimed_first(tmp_path: Path) -> Path:
    """An Instagram thread whose first two messages have no readable time (they sort last)."""
    messages = [{"sender_name": "dark.angel_77", "content": f"untimed {i}"} for i in range(2)]
    messages += [{"sender_name": "dark.angel_77", "timestamp_ms": 1_710_000_000_000 + i * 60_000,
                  "content": f"timed {i}"} for i in range(5)]
    p = tmp_path / "ig" / "your_instagram_activity" / "messages" / "inbox" / "x_1" / "message_1.json"
    p.parent.mkdir(parents=True)
    p.write_text(json.dumps({"participants": [{"name": "dark.angel_77"}, {"name": "Sam"}], "messages": messages,
                             "title": "dark.angel_77"}), encoding="utf-8")
    return p


def test_pages_follow_the_full_order_and_untimed_go_last(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("pages")
    import_path(vault, case.id, _chat(tmp_path), zone="UTC", indicators=False)
    wa = tmp_path / "other" / "_chat.txt"
    wa.parent.mkdir()
    wa.write_text(WHATSAPP_SEXTORTION, encoding="utf-8")
    import_path(vault, case.id, wa, zone="UTC", indicators=False)
    import_path(vault, case.id, _instagram_untimed_first(tmp_path), indicators=False)
    full = timeline.query(vault, case.id)
    assert len(full) == timeline.count(vault, case.id)
    assert [(e.time, e.text) for e in full[-2:]] == [(None, "untimed 0"), (None, "untimed 1")]
    times = [e.time for e in full if e.time is not None]
    assert times == sorted(times)
    for offset in (0, 5, len(full) - 3):
        assert [e.id for e in timeline.query(vault, case.id, limit=4, offset=offset)] == \
            [e.id for e in full[offset:offset + 4]]
    since = min(times)
    assert all(e.time is not None for e in timeline.query(vault, case.id, since=since))
    assert timeline.count(vault, case.id, participant="Sam") == \
        sum(1 for e in full if e.sender == "Sam" or "Sam" in e.recipients)
    meta = full[-1].platform  # a lone message_1.json does not say whether it is Instagram or Facebook
    assert meta != "whatsapp" and timeline.count(vault, case.id, platform=meta.upper()) == 7
    assert timeline.count(vault, case.id, text="UNTIMED") == 2


def test_a_streamed_timeline_is_the_snapshot_of_its_start(tmp_path: Path, vault,  # type: ignore[no-untyped-def]
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
    assert len(rest) == 9 and first.file == "WhatsApp Chat with Jess_x.txt"
    assert all(e.source_item for e in rest)
    after = timeline.query(vault, case.id)  # the next call sees the new file, with its name
    assert len(after) == 20 and {e.file for e in after if e.text.startswith("later")} == {"_chat.txt"}


@pytest.mark.parametrize("damage", ["garbage", "short", "codes", "order"])
def test_a_damaged_block_index_stops_the_timeline_with_a_clear_error(tmp_path: Path, vault, damage: str) -> None:  # type: ignore[no-untyped-def]
    import msgspec

    from standfast.ingest.blocks import BlockIndex, decode_index

    case = vault.create_case("damaged")
    import_path(vault, case.id, _chat(tmp_path), zone="UTC", indicators=False)
    with vault.read() as s:
        block_id, count, raw = s.execute(select(IngestBlock.id, IngestBlock.count, IngestBlock.index)).one()
    index = decode_index(raw, count)
    if damage == "garbage":
        new = b"\x93not an index"
    elif damage == "short":
        new = msgspec.msgpack.encode(msgspec.structs.replace(index, sort_us=index.sort_us[:-8]))
    elif damage == "codes":
        new = msgspec.msgpack.encode(msgspec.structs.replace(index, sender=b"\xff\xff\x00\x00" * count))
    else:
        new = msgspec.msgpack.encode(msgspec.structs.replace(index, positions=index.positions[::-1]))
    assert isinstance(index, BlockIndex)
    with vault.transaction() as s:
        s.execute(update(IngestBlock).where(IngestBlock.id == block_id).values(index=new))
    with pytest.raises(IntegrityError):
        timeline.query(vault, case.id, limit=5)


def test_two_imports_at_once_into_one_vault(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The web app runs requests in threads: two exports imported at the same time (each with its own
    # export and writer threads) must both arrive whole, and the vault must verify afterwards.
    import sys
    import threading

    monkeypatch.setattr(importer, "BLOCK_MESSAGES", 16)
    monkeypatch.setattr(importer, "BLOCKS_PER_BATCH", 2)
    before = sys.getswitchinterval()
    cases = [vault.create_case(f"at once {n}") for n in range(2)]
    chats = []
    for n in range(2):
        folder = tmp_path / f"c{n}"
        folder.mkdir()
        chats.append(_chat(folder, lines=600 + n))
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            import_path(vault, cases[n].id, chats[n], zone="UTC", indicators=False)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert [timeline.count(vault, c.id) for c in cases] == [600, 601]
    assert [e.text for e in timeline.query(vault, cases[1].id, offset=600)] == ["message 600"]
    assert sys.getswitchinterval() == before  # restored once both writers finished
    assert vault.verify().ok


def test_an_export_that_cannot_be_stored_stops_the_import_cleanly(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The export is stored by a second thread and the blocks by a third: an error there (here, the
    # case was closed) reaches the caller as itself, and nothing of the file is left behind.
    from standfast.errors import StandfastError

    monkeypatch.setattr(importer, "BLOCK_MESSAGES", 5)
    monkeypatch.setattr(importer, "BLOCKS_PER_BATCH", 1)
    case = vault.create_case("closed")
    vault.close_case(case.id)
    with pytest.raises(StandfastError) as caught:
        import_path(vault, case.id, _chat(tmp_path, lines=200), zone="UTC", indicators=False)
    assert "closed" in str(caught.value).lower()
    with vault.read() as s:
        assert s.scalar(select(IngestBlock.id)) is None and s.scalar(select(IngestSource.id)) is None


def test_indicators_of_a_big_file_come_from_worker_processes_the_same(tmp_path: Path, vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Real analyze module, real worker processes (spawned): the same indicators, on the same messages,
    # as in this process, and the file is marked done with its custody entry.
    from standfast.analyze.models import AnalyzeIndicator
    from standfast.vault.models import CustodyEntry

    monkeypatch.setattr(indicator_pass, "INDICATOR_CHUNK", 7)
    lines = [f"{1 + i // 60:02d}/03/2024, {i // 60 % 24:02d}:{i % 60:02d} - Jess_x: pay {100 + i} USD to "
             f"paypal.me/jess{i} within {1 + i % 23} hours\n" for i in range(40)]

    def indicators_of(case_id: str) -> list[tuple[int, str, str | None]]:
        with vault.read() as s:  # the values are sealed: the rows are opened, then compared
            rows = [(r.message_id, r.type, r.normalized) for r in s.scalars(
                select(AnalyzeIndicator).where(AnalyzeIndicator.case_id == case_id))]
        return sorted((mid & _MASK, kind, value) for mid, kind, value in rows)

    results = []
    for parallel_min in (10**9, 1):  # this process, then worker processes
        monkeypatch.setattr(indicator_pass, "PARALLEL_MIN", parallel_min)
        case = vault.create_case(f"min {parallel_min}")
        folder = tmp_path / str(parallel_min)
        folder.mkdir()
        chat = folder / "_chat.txt"
        chat.write_text("".join(lines), encoding="utf-8")
        report = import_path(vault, case.id, chat, zone="UTC")
        results.append((report.indicators_found, indicators_of(case.id)))
        with vault.read() as s:
            assert s.scalar(select(IngestSource.indicators).where(IngestSource.case_id == case.id)) == "done"
            assert s.scalar(select(CustodyEntry).where(CustodyEntry.case_id == case.id,
                                                       CustodyEntry.action == "ingest.indicators")).details
    (n_here, here), (n_there, there) = results
    assert n_here == n_there == len(here) and here == there
    assert {kind for _p, kind, _v in here} >= {"amount", "payment_handle", "deadline"}


def test_indicators_are_extracted_here_when_no_worker_process_can_start(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from standfast.analyze.indicators import extract_message_batch

    monkeypatch.setattr(indicator_pass, "INDICATOR_CHUNK", 3)
    messages = [(1 << 32 | i, 1_710_000_000_000_000 + i, f"pay {i}00 USD within {i + 1} hours") for i in range(7)]
    # No pool at all (zero workers is refused by the executor): every chunk is extracted in this process.
    got = list(indicator_pass._extracted_elsewhere(iter(messages), extract_message_batch, 0))
    assert [len(chunk) for chunk, _ in got] == [3, 3, 1]
    assert [len(found) for _, found in got] == [3, 3, 1]
    assert all(any(i.type == "deadline" for i in per) for _, found in got for per in found)
