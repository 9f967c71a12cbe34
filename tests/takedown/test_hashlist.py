"""Hash lists: export formats, and the parsers that read lists from outside (fuzzed with hypothesis)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.errors import InputError
from standfast.takedown.export import service_facts, write_hash_list
from standfast.takedown.hashlist import detect_format, parse_hash_list
from standfast.takedown.pdq import hamming, is_pdq_hex, normalize_hex

hexes = st.binary(min_size=32, max_size=32).map(bytes.hex)
labels = st.one_of(st.none(), st.text(min_size=1, max_size=30).filter(lambda s: s.strip() == s and s))


def _rows(values: list[str]) -> list[dict]:
    return [{"item_id": f"i{n}", "name": f"photo {n}.jpg", "kind": "image", "pdq": v, "quality": 100,
             "unreliable": False, "md5": "0" * 32, "sha256": "1" * 64} for n, v in enumerate(values)]


@given(st.lists(hexes, min_size=1, max_size=30), st.sampled_from(["csv", "json", "te"]))
@settings(max_examples=60, deadline=None)
def test_round_trip(values: list[str], fmt: str) -> None:
    text = write_hash_list(_rows(values), fmt, "case-1")
    parsed = parse_hash_list(text)
    assert parsed.format == fmt and parsed.hashes == values and not parsed.skipped


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_parser_never_crashes(text: str) -> None:
    for fmt in (None, "csv", "json", "te"):
        try:
            parsed = parse_hash_list(text, fmt)
        except InputError:
            continue
        assert all(is_pdq_hex(h) for h in parsed.hashes)
        assert len(parsed.hashes) == len(parsed.labels)


@given(st.lists(st.one_of(hexes, st.text(max_size=70)), max_size=20))
@settings(max_examples=150, deadline=None)
def test_te_lines_valid_kept_invalid_skipped(values: list[str]) -> None:
    lines = [f"pdq {v}" for v in values if "\n" not in v and "\r" not in v]
    parsed = parse_hash_list("\n".join(lines), "te")
    valid = [v.strip().lower() for v in values if "\n" not in v and "\r" not in v
             and is_pdq_hex(v.strip().lower()) and len(v.split()) == 1]
    assert parsed.hashes == valid


@given(hexes, st.sampled_from(["", " ", "\t"]), st.booleans(), st.booleans())
def test_normalize_hex(value: str, pad: str, upper: bool, prefix: bool) -> None:
    text = (("0x" if prefix else "") + (value.upper() if upper else value))
    assert normalize_hex(pad + text + pad) == value
    assert hamming(value, value) == 0


@given(st.text(max_size=80))
def test_normalize_rejects_non_hashes(text: str) -> None:
    candidate = text.strip().lower().removeprefix("0x")
    if is_pdq_hex(candidate):
        return
    with pytest.raises(InputError):
        normalize_hex(text)


def test_formats_and_other_tools() -> None:
    h1, h2 = "ab" * 32, "cd" * 32
    assert detect_format("pdq " + h1) == "te" and detect_format(" {") == "json"
    te = parse_hash_list(f"# comment\npdq {h1} bridge\nvideo_md5 {'0' * 32}\n{h2.upper()}\npdq xyz\n")
    assert te.hashes == [h1, h2] and te.labels == ["bridge", None] and len(te.skipped) == 2
    c = parse_hash_list(f"signal_value,label\n{h1},case 9\n,video\n")
    assert c.hashes == [h1] and c.labels == ["case 9"] and len(c.skipped) == 1
    headerless = parse_hash_list(f"{h1},x\n{h2},y\n", "csv")
    assert headerless.hashes == [h1, h2]
    j = parse_hash_list(json.dumps([h1, {"hash": h2, "label": "L"}, 5]))
    assert j.hashes == [h1, h2] and j.labels == [None, "L"] and len(j.skipped) == 1
    with pytest.raises(InputError):
        parse_hash_list("{not json")
    with pytest.raises(InputError):
        parse_hash_list('{"no": "hashes"}')


def test_export_contents() -> None:
    video = {"item_id": "v", "name": "=cmd.mp4", "kind": "video", "pdq": None, "md5": "2" * 32,
             "sha256": "3" * 64, "vpdq": [{"frame": 0, "pdq": "cd" * 32, "quality": 90}]}
    rows = [*_rows(["ab" * 32]), video]
    te = write_hash_list(rows, "te", "c1")
    assert te == f"pdq {'ab' * 32}\n"
    table = list(csv.DictReader(io.StringIO(write_hash_list(rows, "csv", "c1"))))
    assert table[0]["case_ref"] == "c1" and table[1]["vpdq_frames"] == "1"
    assert table[1]["name"] == "'=cmd.mp4"  # no spreadsheet formula injection
    doc = json.loads(write_hash_list(rows, "json", "c1"))
    assert doc["case_ref"] == "c1" and doc["contains_images"] is False
    assert doc["hashes"][1]["vpdq"][0]["pdq"] == "cd" * 32


def test_service_facts_come_from_the_directory() -> None:
    facts = service_facts()
    pytest.importorskip("standfast.guide.directory")
    from standfast.guide.directory import get_entry

    assert facts["adult"]["url"] == get_entry("int-stopncii").url
    assert facts["minor"]["url"] == get_entry("int-take-it-down").url
    assert facts["minor"]["what_it_does"] == get_entry("int-take-it-down").what_for
    assert facts["adult"]["sources"]
