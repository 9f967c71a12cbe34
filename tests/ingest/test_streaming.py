"""Big JSON exports are read in pieces: the same messages as the whole-file parser, memory bounded."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from standfast.errors import InputError
from standfast.ingest import meta, records, sources
from standfast.ingest.importer import import_path
from standfast.ingest.records import Context
from tests.ingest.test_fuzz import json_values

STREAMING = [s for s in sources.registry() if s.parse_file is not None]


def _whole(source: sources.Source, data: bytes) -> tuple[list[tuple[object, ...]], str | None]:
    try:
        return [_key(m) for m in source.read(data, Context("inbox/kai_1/message_1.json"))], None
    except InputError as exc:
        return [], type(exc).__name__


def _streamed(source: sources.Source, data: bytes) -> tuple[list[tuple[object, ...]], str | None]:
    assert source.parse_file is not None
    out = []
    try:
        for m in source.parse_file(lambda: io.BytesIO(data), Context("inbox/kai_1/message_1.json")):
            out.append(_key(m))
    except InputError as exc:
        return [], type(exc).__name__
    return out, None


def _key(m: object) -> tuple[object, ...]:
    return (m.conversation, m.sender, m.text, m.time_us, m.position, m.recipients,  # type: ignore[attr-defined]
            tuple(a.path for a in m.attachments), m.flags, m.system, m.share)  # type: ignore[attr-defined]


def test_streaming_formats_are_registered() -> None:
    assert "meta" in {s.name for s in STREAMING}


@pytest.mark.parametrize("source", STREAMING, ids=lambda s: s.name)
def test_example_streams_like_the_whole_file(source: sources.Source) -> None:
    assert _streamed(source, source.example) == _whole(source, source.example)
    assert _streamed(source, source.example)[0]


@pytest.mark.parametrize("source", STREAMING, ids=lambda s: s.name)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=json_values, title_last=st.booleans())
def test_any_json_streams_like_the_whole_file(source: sources.Source, doc: object, title_last: bool) -> None:
    """Same messages; a file the whole-file parser reads is read by the streaming one too."""
    if isinstance(doc, dict) and title_last and "title" in doc:
        doc = {**{k: v for k, v in doc.items() if k != "title"}, "title": doc["title"]}
    data = json.dumps(doc).encode()
    whole, streamed = _whole(source, data), _streamed(source, data)
    assert streamed[0] == whole[0]
    if whole[1] is None:
        assert streamed[1] is None


def test_title_after_the_messages_names_the_conversation() -> None:
    # Meta writes participants, messages, then title: the first pass must still find the title.
    doc = {"participants": [{"name": "kai.w"}, {"name": "Dee"}],
           "messages": [{"sender_name": "kai.w", "timestamp_ms": 1710363780000, "content": "pay now"}],
           "title": "kai.w", "thread_path": "inbox/kaiw_1"}
    msgs = list(meta.parse_file(lambda: io.BytesIO(json.dumps(doc).encode()), Context("message_1.json")))
    assert [(m.conversation, m.sender, m.recipients) for m in msgs] == [("kai.w", "kai.w", ("Dee",))]


@pytest.mark.parametrize("data", [
    b'{"messages": [{"sender_name": "a", "timestamp_ms": 1, "content": "x"}, {"sender_na',  # truncated
    b'{"messages": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}",  # nested 100,000 deep
    b'{"messages": [{"sender_name": "\xff\xfe"}]}',  # not UTF-8
    b'{"messages": [1, 2,, 3]}',  # malformed
], ids=["truncated", "deep", "not-utf8", "malformed"])
def test_broken_files_are_clear_errors_or_flagged(data: bytes) -> None:
    try:
        list(meta.parse_file(lambda: io.BytesIO(data), Context("message_1.json")))
    except InputError as exc:
        assert "message_1.json" in str(exc)


def test_deep_nesting_is_refused_before_parsing() -> None:
    # ijson keeps a path per open level: 200,000 levels would cost gigabytes. Refused, named, quickly.
    deep = b'{"participants": [], "messages": [{"sender_name": "a", "timestamp_ms": 1, "content": "x", "z": ' \
           + b"[" * 200_000 + b"]" * 200_000 + b"}]}"
    with pytest.raises(InputError, match="nested far deeper"):
        list(meta.parse_file(lambda: io.BytesIO(deep), Context("message_1.json")))


def _depth(doc: object) -> int:
    if isinstance(doc, dict):
        return 1 + max((_depth(v) for v in doc.values()), default=0)
    if isinstance(doc, list):
        return 1 + max((_depth(v) for v in doc), default=0)
    return 0


@settings(max_examples=300, deadline=None)
@given(doc=json_values, piece=st.integers(1, 64))
def test_depth_check_agrees_with_the_real_depth(doc: object, piece: int) -> None:
    """Brackets and quotes inside strings, escapes, pieces cut anywhere: never above the real depth,
    never more than 8 levels below it."""
    data = json.dumps(doc, ensure_ascii=False).encode()

    class Pieces(io.BytesIO):
        def read(self, n: int | None = -1) -> bytes:
            return super().read(piece)

    real = _depth(doc)
    assert records.json_depth_within(Pieces(data), real)
    if real > 8:
        assert not records.json_depth_within(Pieces(data), real - 9)


def test_depth_check_reads_brackets_in_strings_as_text() -> None:
    text = json.dumps({"m": [{"content": "[[[[{{{{ \\\" [[[[" * 1000}]}).encode()
    assert records.json_depth_within(io.BytesIO(text), 3)
    assert not records.json_depth_within(io.BytesIO(b"[" * 600), 512)


def test_utf16_file_is_read_whole() -> None:
    data = sources.get("meta").example.decode().encode("utf-16")
    assert len(list(meta.parse_file(lambda: io.BytesIO(data), Context("message_1.json")))) == 2


CHILD = r"""
import json, os, resource, sys, tempfile
from pathlib import Path
os.environ["STANDFAST_TEST_FAST_KDF"] = "1"
from standfast.vault.keys import KdfParams
from standfast.vault.vault import Vault
from standfast.ingest.importer import import_path
work = Path(sys.argv[1])
v, _ = Vault.create(work / "v", "a passphrase", kdf=KdfParams.fast_for_tests(), actor="t")
case = v.create_case("big")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
r = import_path(v, case.id, work / "inbox" / "kai_1" / "message_1.json", zone="UTC", indicators=False)
grew = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps({"messages": r.messages, "grew_mb": grew}))
"""


def test_big_export_is_imported_without_holding_it(tmp_path: Path) -> None:
    """A 40 MB one-line thread (over the streaming threshold): the process grows far less than the file."""
    n = 250_000
    path = tmp_path / "inbox" / "kai_1" / "message_1.json"
    path.parent.mkdir(parents=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"participants": [{"name": "Kai"}, {"name": "Lee"}], "messages": [')
        fh.write(",".join(json.dumps({"sender_name": "Kai" if i % 2 else "Lee", "timestamp_ms": 1_700_000_000_000 + i,
                                      "content": f"message number {i} " + "x" * 100}) for i in range(n)))
        fh.write('], "title": "Kai"}')
    size_mb = path.stat().st_size / (1 << 20)
    assert size_mb > sources.STREAM_OVER / (1 << 20)
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src"), "PATH": "/usr/bin"})
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["messages"] == n
    # Read whole, the file alone (plus its decoded messages) would add more than its own size.
    assert result["grew_mb"] < size_mb * 0.6, (result, size_mb)


def test_import_of_a_small_file_still_reads_it_whole(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "message_1.json"
    path.write_bytes(sources.get("meta").example)
    case = vault.create_case("small")
    assert import_path(vault, case.id, path, zone="UTC").messages == 2


def test_minor_case_stores_a_streamed_file_alone_not_its_zip(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    """A zip holding images in a minor's case is never stored whole, also when its chat file is read in
    pieces (an mbox; a big JSON thread): the chat file is stored by itself."""
    import zipfile

    z = tmp_path / "export.zip"
    mbox = sources.get("email_mbox").example
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("mail/inbox.mbox", mbox)
        zf.writestr("mail/photo.jpg", b"\xff\xd8\xff\xe0" + bytes(100))
    case = vault.create_case("teen", age_group="minor")
    report = import_path(vault, case.id, z, zone="UTC")
    assert report.messages == 2
    items = vault.list_items(case.id)
    assert not any((i.original_name or "").endswith(".zip") for i in items)
    [stored] = [i for i in items if i.original_name == "inbox.mbox"]
    assert vault.read_item(stored.id) == mbox
