"""The WhatsApp byte reader (headers split before decoding) reads every file exactly as the text
reader does: same messages, same fields, same reported lines – on every layout, and on chats with
the awkward parts of real exports (direction marks, odd spaces, continuation lines, colons and
quotes in names, long names, broken bytes, Windows line ends) mixed in by hypothesis."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standfast.errors import InputError
from standfast.ingest import whatsapp
from standfast.ingest.records import Context, Message
from tests.ingest.wa_layouts import LAYOUTS, LRM, NNBSP, RLM, WaLayout, chat


def _read(data: bytes, *, text_only: bool) -> tuple[object, ...]:
    ctx = Context("_chat.txt", zone=UTC)
    try:
        msgs: list[Message] = list(whatsapp.parse_lines(data, ctx, platform="whatsapp",
                                                        default_name="WhatsApp chat", text_only=text_only))
    except InputError as exc:  # e.g. a file that starts like UTF-16 but is not: the same error from both
        return ("error", str(exc))
    return msgs, [(i.position, i.reason) for i in ctx.log.issues], ctx.log.count, ctx.facts


def _same(data: bytes) -> None:
    assert _read(data, text_only=False) == _read(data, text_only=True)


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_every_layout_reads_the_same(layout: WaLayout) -> None:
    data = chat(layout).encode()
    _same(data)
    assert len(_read(data, text_only=False)[0]) == 4  # type: ignore[arg-type]


def test_the_byte_reader_is_used_for_every_layout() -> None:
    for layout in LAYOUTS:
        found = whatsapp.layout_of(chat(layout).encode())
        assert found is not None and found.pattern_bytes is not None, layout.name
        assert whatsapp._byte_split(found.pattern_bytes) is not None, layout.name


_SENDERS = ["Kai", "Lee Park", "Dr: Who", 'Sam "the man"', "“Jo”", "x" * 99, "y" * 101, "Ана", "李雷", "a" * 130,
            LRM + "Mia", "Zoë" * 40, ""]
_TEXTS = ["hello", "two\nlines", "ends with newline\n", "", ":", "a: b: c", "<attached: 00000012-PHOTO.jpg>",
          "IMG-1.jpg (file attached)", "<Media omitted>", "This message was deleted", "edited <This message was "
          "edited>", "Messages and calls are end-to-end encrypted.", LRM + "image omitted", "\n\ncontinued",
          "not a header\n12/13/99 nor this", "😊 " * 30, "caf\xe9", "tab\there", "x" * 500]
_NOISE = [b"", LRM.encode(), RLM.encode(), NNBSP.encode(), b"\r", b"\xff\xfe", b"\x00", b"\xc3", "١٢".encode(),
          b"\n", b"  ", b"- "]


@st.composite
def _chats(draw: st.DrawFn) -> bytes:
    layout = draw(st.sampled_from(LAYOUTS))
    start = datetime(2024, 3, 1, tzinfo=UTC)
    out = []
    if draw(st.booleans()):
        out.append(draw(st.sampled_from(["preamble line\n", "\n", "13/03/2024\n"])).encode())
    t = start
    for _ in range(draw(st.integers(1, 12))):
        t += timedelta(seconds=draw(st.integers(0, 200_000)))
        noise = draw(st.sampled_from(_NOISE))
        where = draw(st.integers(0, 3))
        line = (layout.header(t) + draw(st.sampled_from(_SENDERS)) + ": " + draw(st.sampled_from(_TEXTS))).encode()
        if where == 0:
            line = noise + line
        elif where == 1:
            line = line + noise
        elif where == 2:
            cut = draw(st.integers(0, len(line)))
            line = line[:cut] + noise + line[cut:]
        out.append(line + (b"\r\n" if draw(st.booleans()) else b"\n"))
    data = b"".join(out)
    if draw(st.booleans()):
        data = data.rstrip(b"\n")
    return data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_chats())
def test_hostile_chats_read_the_same(data: bytes) -> None:
    _same(data)


def test_chunks_read_the_same() -> None:
    """A file of several chunks (the reader reads 4 MiB at a time): messages that go on over a chunk's
    end, a broken line in one chunk among clean ones."""
    layout = LAYOUTS[0]
    t = datetime(2024, 3, 13, 21, 3, tzinfo=UTC)
    lines = [f"{layout.header(t + timedelta(minutes=i))}Kai: {'long ' * (i % 7 * 9)}\nmore\n" for i in range(20_000)]
    data = "".join(lines).encode() * 3
    assert len(data) > 2 * whatsapp._CHUNK
    _same(data)
    broken = data[:700] + b"\xff" + data[700:]
    _same(broken)
    assert [reason for _, reason in _read(broken, text_only=False)[1]] == ["line is not valid UTF-8 text; skipped"]  # type: ignore[union-attr]


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.from_regex(whatsapp._OMITTED_OR_DELETED, fullmatch=True))
def test_the_omitted_or_deleted_shortcut_lets_every_phrase_through(text: str) -> None:
    """_message skips the "media omitted / message deleted" match when _may_be_omitted_or_deleted says it
    cannot match: every text the pattern accepts (built by hypothesis from the pattern) must pass."""
    plain = text.strip()
    if whatsapp._OMITTED_OR_DELETED.match(plain):
        assert whatsapp._may_be_omitted_or_deleted(plain), plain


def test_the_omitted_or_deleted_shortcut_on_known_phrases() -> None:
    for text in ("<Media omitted>", "image omitted", "GIF omitted", "Contact card omitted", "This message was deleted",
                 "You deleted this message.", "Questo messaggio è stato eliminato", "VIDEO OMITIDO", "sticker omitted",
                 "document omitted", "Medya dahil edilmedi", "imagem ocultada"):
        assert whatsapp._may_be_omitted_or_deleted(text) and whatsapp._OMITTED_OR_DELETED.match(text), text
    assert not whatsapp._may_be_omitted_or_deleted("ok see you")  # ends in "u"
    assert not whatsapp._may_be_omitted_or_deleted("hello there")  # starts with "h"
