"""The block format: what goes into a block comes back out, message by message, in either table mode."""

from __future__ import annotations

import contextlib
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.errors import IntegrityError
from standfast.ingest.blocks import NO_TIME_US, BlockBuilder, decode_body, decode_index, decode_names

_names = st.text(min_size=0, max_size=12)
_message = st.tuples(
    _names,  # sender
    st.lists(_names, max_size=3).map(tuple),  # recipients
    st.sampled_from([(), ("edited",), ("unsent", "forwarded")]),  # flags
    st.booleans(),  # system
    st.sampled_from(["chat a", "chat b", "Gruppe ü"]),  # conversation
    st.sampled_from(["whatsapp", "email"]),  # platform
    st.one_of(st.none(), st.integers(-(2**62), 2**62)),  # time
    st.text(max_size=40),  # text
    st.integers(0, 70_000),  # attachments
)


def _build(messages: list[tuple]) -> tuple[tuple, list]:  # type: ignore[type-arg]
    builder = BlockBuilder(lambda data, purpose: data, "case", "0" * 64)
    last = 2**63 - 1
    for position, (sender, recips, flags, system, conv, platform, time_us, text, atts) in enumerate(messages, 1):
        if time_us is not None:
            last = time_us
        builder.add(position, NO_TIME_US if time_us is None else time_us, last,
                    (sender, recips, flags, system, conv, platform), atts, (text, f"t{position}", None, None, None))
    return builder.finish(), messages


def _check(block: tuple, messages: list[tuple]) -> None:  # type: ignore[type-arg]
    first, last, count, raw_index, body = block
    assert (first, last, count) == (1, len(messages), len(messages))
    idx = decode_index(raw_index, count)
    strings = decode_names(idx.names)  # the test's seal function is the identity

    def column(name: str) -> list[str]:
        return [strings[c] for c in np.frombuffer(getattr(idx, name), dtype="<u4")]

    assert column("sender") == [m[0] for m in messages]
    assert [json.loads(r) for r in column("recipients")] == [list(m[1]) for m in messages]
    assert column("flags") == [",".join(m[2]) for m in messages]
    assert list(np.frombuffer(idx.system, dtype=np.uint8)) == [int(m[3]) for m in messages]
    assert column("conversation") == [m[4] for m in messages]
    assert column("platform") == [m[5] for m in messages]
    assert list(np.frombuffer(idx.time_us, dtype="<i8")) == [NO_TIME_US if m[6] is None else m[6] for m in messages]
    assert list(np.frombuffer(idx.attachments, dtype="<u2")) == [min(m[8], 65535) for m in messages]
    assert [p[0] for p in decode_body(body)] == [m[7] for m in messages]


@settings(max_examples=60, deadline=None)
@given(st.lists(_message, min_size=1, max_size=40))
def test_a_block_gives_back_every_column(messages: list[tuple]) -> None:  # type: ignore[type-arg]
    _check(*_build(messages))


def test_many_distinct_recipient_lists_use_per_block_tables() -> None:
    # Mail: a recipient list per message (more combinations than the shared table holds).
    messages = [(f"sender{i % 7}", (f"to{i}@example.org",), (), False, "inbox", "email", i * 1000, f"mail {i}", 0)
                for i in range(300)]
    block, msgs = _build(messages)
    _check(block, msgs)
    idx = decode_index(block[3], block[2])
    assert len(decode_names(idx.names)) < 300 + 7 + 5  # only this block's strings, each once


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.integers(-2, 600))
def test_a_damaged_index_is_refused_with_a_clear_error(data: bytes, count: int) -> None:
    with contextlib.suppress(IntegrityError):  # any other exception fails the test
        decode_index(data, count)


def test_an_index_whose_columns_do_not_fit_is_refused() -> None:
    block, _ = _build([("Sam", (), (), False, "c", "whatsapp", 1, "hi", 0)] * 3)
    _first, _last, count, raw, _body = block
    assert decode_names(decode_index(raw, count).names)
    with pytest.raises(IntegrityError):
        decode_index(raw, count + 1)
    with pytest.raises(IntegrityError):
        decode_index(raw[:-3], count)
