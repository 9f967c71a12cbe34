"""Fuzzing: whatever bytes a parser gets, it yields messages or raises InputError – nothing else."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standfast.errors import InputError
from standfast.ingest import sources, whatsapp
from standfast.ingest.records import Context
from tests.ingest import msgfixture, samples

# Built from the registry: a new format is fuzzed without touching this file.
PARSERS = {s.name: s.read for s in sources.registry()}
JSON_PARSERS = sorted(s.name for s in sources.registry() if s.json)
SEEDS = [samples.WHATSAPP_SEXTORTION.encode(), samples.WHATSAPP_IOS.encode(), samples.meta_mojibake(),
         samples.META_HTML.encode(), json.dumps(samples.SNAPCHAT_NEW).encode(), samples.IMESSAGE_TXT.encode(),
         json.dumps(samples.DISCORD_MESSAGES_JSON).encode(), *(s.example for s in sources.registry()),
         msgfixture.msg_bytes(msgfixture.SAMPLE)]  # a real compound file: mutations reach extract-msg's reader


def test_mail_parsers_are_registered() -> None:
    assert {"email_msg", "email_mbox", "email_eml", "whatsapp"} <= set(PARSERS)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(
        st.sampled_from(["messages", "sender_name", "timestamp_ms", "content", "photos", "uri", "reactions",
                         "chats", "list", "date", "date_unixtime", "text", "from", "type", "guild", "channel",
                         "author", "timestamp", "attachments", "Created", "Media Type", "From", "To",
                         "ID", "Timestamp", "Contents", "share", "participants", "name"]), inner, max_size=6),
    max_leaves=25,
)


def _run(parser, data: bytes) -> None:  # type: ignore[no-untyped-def]
    try:
        for _ in parser(data, Context("fuzz")):
            pass
    except InputError:
        pass


def _mutate(seed: bytes, cut: int, flip: int, junk: bytes) -> bytes:
    cut %= len(seed) + 1
    flip %= max(len(seed), 1)
    data = bytearray(seed[:cut] + junk + seed[cut:])
    if data:
        data[flip % len(data)] ^= 0xFF
    return bytes(data)


@pytest.mark.parametrize("name", sorted(PARSERS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600))
def test_random_bytes(name: str, data: bytes) -> None:
    _run(PARSERS[name], data)


@pytest.mark.parametrize("name", sorted(PARSERS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.sampled_from(SEEDS), cut=st.integers(0, 10_000), flip=st.integers(0, 10_000),
       junk=st.binary(max_size=20))
def test_mutated_samples(name: str, seed: bytes, cut: int, flip: int, junk: bytes) -> None:
    _run(PARSERS[name], _mutate(seed, cut, flip, junk))


@pytest.mark.parametrize("name", JSON_PARSERS)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=json_values)
def test_structured_json(name: str, doc: object) -> None:
    _run(PARSERS[name], json.dumps(doc).encode())


@settings(max_examples=80, deadline=None)
@given(lines=st.lists(st.text(alphabet="0123456789/.,:- []APMapm\u200e\u202f\nabc", max_size=40), max_size=15))
def test_whatsapp_header_shapes(lines: list[str]) -> None:
    _run(whatsapp.parse, "\n".join(lines).encode())


def _parametrized_names(test: object) -> set[str]:
    return {name for mark in getattr(test, "pytestmark", []) if mark.name == "parametrize" for name in mark.args[1]}


def test_every_registered_parser_is_fuzzed() -> None:
    # Read from the collected parametrization, not from which tests ran here: under pytest-xdist the fuzz cases
    # of this file are spread over workers, so a "ran before me" check fails at random.
    assert _parametrized_names(test_random_bytes) == set(PARSERS)
    assert _parametrized_names(test_mutated_samples) == set(PARSERS)
    assert _parametrized_names(test_structured_json) == {s.name for s in sources.registry() if s.json}
