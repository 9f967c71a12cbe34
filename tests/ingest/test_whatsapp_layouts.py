"""WhatsApp exports from phones in many regions: every layout parsed with the right time, sender and
text, from the whole file and from a single line; ambiguous date orders said, asked or flagged."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from standfast.ingest import whatsapp
from standfast.ingest.records import FLAG_AMBIGUOUS_DATE, Context
from tests.ingest import samples
from tests.ingest.wa_layouts import LAYOUTS, MESSAGES, WaLayout, chat, expected_time


def _parse(text: str, **kw) -> tuple[list, Context]:  # type: ignore[no-untyped-def,type-arg]
    ctx = Context("_chat.txt", zone=UTC, **kw)
    return list(whatsapp.parse(text.encode(), ctx)), ctx


def test_there_are_more_than_thirty_layouts() -> None:
    assert len(LAYOUTS) >= 36 and len({layout.name for layout in LAYOUTS}) == len(LAYOUTS)


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_every_layout_whole_file(layout: WaLayout) -> None:
    text = chat(layout)
    assert whatsapp.looks_like(text.encode())
    msgs, ctx = _parse(text)
    assert [(m.time, m.sender, m.text) for m in msgs] == [(expected_time(layout, t), s, x) for t, s, x in MESSAGES]
    assert ctx.log.issues == [] and not any(FLAG_AMBIGUOUS_DATE in m.flags for m in msgs)


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_every_layout_single_line(layout: WaLayout) -> None:
    t, sender, text = MESSAGES[2]  # the 13th, at half past noon
    msgs, _ = _parse(f"{layout.header(t)}{sender}: {text}\n")
    assert [(m.time, m.sender, m.text) for m in msgs] == [(expected_time(layout, t), sender, text)]


def test_issue_layouts_verbatim() -> None:
    cases = {
        "13.06.18 21.25.15: Aino: moi\n": datetime(2018, 6, 13, 21, 25, 15, tzinfo=UTC),
        "13.6.2018 klo 21.25 - Aino: moi\n": datetime(2018, 6, 13, 21, 25, tzinfo=UTC),
        "13. 6. 2018. 21:25:15 Aino: moi\n": datetime(2018, 6, 13, 21, 25, 15, tzinfo=UTC),
        "[06/2018/13, 21:25:15] Aino: moi\n": datetime(2018, 6, 13, 21, 25, 15, tzinfo=UTC),
        "2024. 3. 13. 오후 9:03 - Aino: moi\n": datetime(2024, 3, 13, 21, 3, tzinfo=UTC),
        "2024. 03. 13. 21:03 - Aino: moi\n": datetime(2024, 3, 13, 21, 3, tzinfo=UTC),
    }
    for line, when in cases.items():
        msgs, _ = _parse(line)
        assert [(m.time, m.sender, m.text) for m in msgs] == [(when, "Aino", "moi")], line


AMBIGUOUS = "01/02/24, 10:00 - A: one\n01/02/24, 11:00 - B: two\n"


def test_ambiguous_file_is_flagged_with_the_reading_named() -> None:
    msgs, ctx = _parse(AMBIGUOUS)
    assert all(FLAG_AMBIGUOUS_DATE in m.flags for m in msgs)
    assert ctx.facts["date_order_guessed"] is True and ctx.facts["date_order"] == "DMY"


@pytest.mark.parametrize(("order", "month"), [("DMY", 2), ("MDY", 1)])
def test_date_order_given(order: str, month: int) -> None:
    msgs, ctx = _parse(AMBIGUOUS, date_order=order)
    assert [m.time.month for m in msgs] == [month, month]
    assert not any(FLAG_AMBIGUOUS_DATE in m.flags for m in msgs) and ctx.facts["date_order"] == order


def test_ambiguous_file_asks_once() -> None:
    asked: list[tuple[str, list[str]]] = []

    def ask(file: str, examples: list[str]) -> str:
        asked.append((file, examples))
        return "MDY"

    msgs, _ = _parse(AMBIGUOUS, ask_date_order=ask)
    assert len(asked) == 1 and asked[0][0] == "_chat.txt" and asked[0][1] == ["1-2-24"]
    assert [m.time.day for m in msgs] == [2, 2] and not any(FLAG_AMBIGUOUS_DATE in m.flags for m in msgs)


def test_proven_order_is_not_asked() -> None:
    def ask(file: str, examples: list[str]) -> str:
        raise AssertionError("asked although the 13th proves the order")

    msgs, _ = _parse(samples.WHATSAPP_SEXTORTION, ask_date_order=ask)
    assert msgs[1].time == datetime(2024, 3, 13, 21, 3, tzinfo=UTC)


def test_a_huge_line_is_reported_not_decoded() -> None:
    big = b"13/03/24, 21:03 - A: start\n" + b"x" * (whatsapp.MAX_LINE + 10) + b"\n13/03/24, 21:04 - B: after\n"
    ctx = Context("_chat.txt", zone=UTC)
    msgs = list(whatsapp.parse(big, ctx))
    assert [(m.sender, m.text) for m in msgs] == [("A", "start"), ("B", "after")]
    assert ctx.log.issues[0].position == 2 and "MB long" in ctx.log.issues[0].reason


def test_text_that_is_no_chat_has_no_layout() -> None:
    assert not whatsapp.looks_like(b"Dear diary,\ntoday nothing happened.\n")
    msgs, ctx = _parse("Dear diary,\ntoday nothing happened.\n")
    assert msgs == [] and "13/03/2024" in ctx.facts["expected"]
