"""The timeline over blocks agrees with a plain reference: same order, same filters, same pages."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standfast.ingest import importer, timeline
from standfast.ingest.importer import import_path
from standfast.ingest.models import NO_TIME

PEOPLE = ("Jess_x", "Sam", "dark.angel_77")
_line = st.tuples(
    st.sampled_from(PEOPLE),
    st.one_of(st.none(), st.integers(0, 3 * 24 * 60 - 1)),  # minute of a 3-day chat, or no readable time
    st.sampled_from(["hi", "send it", "pay now", "ok", "bitcoin or else"]),
)


def _meta_file(folder: Path, lines: list[tuple[str, int | None, str]], n: int) -> Path:
    """An Instagram thread: JSON with integer times, some missing, in file order as given."""
    base = 1_710_000_000_000
    messages = []
    for sender, minute, text in lines:
        m: dict[str, object] = {"sender_name": sender, "content": text}
        if minute is not None:
            m["timestamp_ms"] = base + minute * 60_000
        messages.append(m)
    path = folder / f"t{n}" / "your_instagram_activity" / "messages" / "inbox" / f"x_{n}" / "message_1.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"participants": [{"name": p} for p in PEOPLE], "messages": messages,
                                "title": f"thread {n}"}), encoding="utf-8")
    return path


def _reference(files: list[list[tuple[str, int | None, str]]]) -> list[tuple[int, str, str, int | None]]:
    """(sort key, sender, text, minute) in timeline order, computed the plain way."""
    rows = []
    for seq, lines in enumerate(files, start=1):
        last = NO_TIME
        for position, (sender, minute, text) in enumerate(lines, start=1):
            if minute is not None:
                last = minute
            rows.append(((last, seq, position), sender, text, minute))
    rows.sort(key=lambda r: r[0])
    return rows


# A Meta thread with no timestamp at all is not recognised as one (and real exports always have them).
_thread = st.lists(_line, min_size=1, max_size=30).filter(lambda lines: any(m is not None for _s, m, _t in lines))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(st.lists(_thread, min_size=1, max_size=3), st.integers(1, 9))
def test_pages_and_filters_match_a_plain_reference(tmp_path_factory, vault, monkeypatch, files,  # type: ignore[no-untyped-def]
                                                    block_size: int) -> None:
    monkeypatch.setattr(importer, "BLOCK_MESSAGES", block_size)  # many blocks, boundaries everywhere
    folder = tmp_path_factory.mktemp("threads")
    case = vault.create_case("reference")
    for n, lines in enumerate(files):
        import_path(vault, case.id, _meta_file(folder, lines, n), platform="instagram", indicators=False)
    expected = _reference(files)
    got = timeline.query(vault, case.id)
    assert [(e.sender, e.text) for e in got] == [(s, t) for _k, s, t, _m in expected]
    assert [e.time is None for e in got] == [m is None for _k, _s, _t, m in expected]
    for offset, limit in itertools.product((0, 1, len(got) // 2, max(0, len(got) - 1)), (1, 3)):
        page = timeline.query(vault, case.id, limit=limit, offset=offset)
        assert [e.id for e in page] == [e.id for e in got[offset:offset + limit]]
    for who in PEOPLE:
        # Every message of a thread has all three as sender or recipient.
        assert timeline.count(vault, case.id, participant=who) == len(got)
        by_sender = [e.id for e in got if e.sender == who]
        assert [e.id for e in timeline.query(vault, case.id) if e.sender == who] == by_sender
    assert timeline.count(vault, case.id, text="PAY") == sum(1 for e in got if "pay" in e.text)
    # Dates filter on the sort time: a message without its own time sorts (and filters) at the last
    # time before it in its file; with none before it, it sorts last and no date range includes it.
    since = datetime.fromtimestamp(1_710_000_000 + 24 * 3600, UTC)
    want = [got[i].id for i, row in enumerate(expected) if row[0][0] != NO_TIME and row[0][0] >= 24 * 60]
    assert [e.id for e in timeline.query(vault, case.id, since=since)] == want
    until = [got[i].id for i, row in enumerate(expected) if row[0][0] < 24 * 60]
    assert [e.id for e in timeline.query(vault, case.id, until=since)] == until
    assert sum(n for _p, _s, n in timeline.participants(vault, case.id)) == len(got)
