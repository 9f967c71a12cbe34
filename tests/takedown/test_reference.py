"""Reference PDQ hashes from Meta's ThreatExchange repository (../shared/data/pdq-threatexchange).

What is reproduced exactly, and what is not (see docs/takedown.md):

* every ``pdqhash``/python-threatexchange row and the Java rows: exactly, hash and quality;
* the C++ ``--int64`` listing: exactly for 16 of its 21 present images. Five small JPEGs differ
  because the JPEG decoder differs (libjpeg-turbo in Pillow vs the IJG libjpeg that listing was
  built with): 2 bits on wee.jpg, q0004, q0122, q0746, and 12 bits on q0003, whose quality is 3
  (almost no detail, so tiny pixel differences flip many bits; the upstream README notes it). For
  those five we equal the older C++ listing / pure-Python outputs exactly instead;
* pure-Python, WASM and older C++ rows: within upstream's own tolerance (16 bits);
* the 8 "transformed by ROTATE90 ..." rows of LA.png: exactly, through our dihedral variants.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from standfast.takedown.hashing import HashResult, hash_file
from standfast.takedown.pdq import MATCH_THRESHOLD, hamming

pytestmark = pytest.mark.shared_data

PDQ_DIR = "pdq-threatexchange"
# image -> bits by which our (libjpeg-turbo) hash differs from the C++ --int64 listing
DECODER_DIFFERENCES = {
    "data/misc-images/wee.jpg": 2,
    "data/reg-test-input/labelme-subset/q0004.jpg": 2,
    "data/reg-test-input/labelme-subset/q0122.jpg": 2,
    "data/reg-test-input/labelme-subset/q0746.jpg": 2,
    "data/reg-test-input/labelme-subset/q0003.jpg": 12,
}
TE_TRANSFORMS = {"ORIGINAL": "original", "ROTATE90": "rotate90", "ROTATE180": "rotate180",
                 "ROTATE270": "rotate270", "FLIPX": "flipx", "FLIPY": "flipy",
                 "FLIPPLUS1": "flip_plus1", "FLIPMINUS1": "flip_minus1"}


def _rows() -> list[dict[str, str]]:
    from tests.conftest import SHARED_DATA

    path = SHARED_DATA / PDQ_DIR / "expected_hashes.csv"
    if not path.is_file():
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


ROWS = _rows()


def _hash(path: str, dihedral: bool = False) -> HashResult:
    # The 8 variants cost 8 hashes: only for the tests that need them.
    return _hash_cached(path, dihedral)


@cache
def _hash_cached(path: str, dihedral: bool) -> HashResult:
    return hash_file(path, dihedral=dihedral)


def _row_id(row: dict[str, str]) -> str:
    return f"{row['implementation'].split('(')[0]}:{Path(row['image']).name}"


@pytest.mark.parametrize("row", ROWS, ids=[_row_id(r) for r in ROWS])
def test_expected_hash(row: dict[str, str], shared_data: Path) -> None:
    image = shared_data / PDQ_DIR / row["image"]
    if not image.exists():
        pytest.skip(f"{row['image']} is not in the shared snapshot (dropped upstream for size)")
    rule, impl, expected = row["match_rule"], row["implementation"], row["expected_pdq_hex"]
    if "unletterbox" in rule:
        pytest.skip("needs python-threatexchange's unletterbox preprocessing, which Standfast does not do")
    res = _hash(str(image), "transformed by" in rule)
    assert res.error is None and res.pdq is not None
    if row["expected_quality"]:
        assert res.quality == int(row["expected_quality"])
    if "transformed by" in rule:
        name = TE_TRANSFORMS[rule.split()[3]]
        assert res.dihedral is not None and res.dihedral[name] == expected
    elif impl.startswith(("python-threatexchange", "java")):
        assert res.pdq == expected
    elif impl.startswith("cpp-reference(int64"):
        if row["image"] in DECODER_DIFFERENCES:
            assert hamming(res.pdq, expected) == DECODER_DIFFERENCES[row["image"]]
        else:
            assert res.pdq == expected
    else:  # pure-python, wasm, older C++ build: upstream tolerates 16 bits between implementations
        assert hamming(res.pdq, expected) <= 16


def test_decoder_differences_equal_other_reference_builds(shared_data: Path) -> None:
    """Where the --int64 listing differs, the older C++ build or the pure-Python port agree exactly
    (except q0003, quality 3, where every implementation differs from every other)."""
    for image in DECODER_DIFFERENCES:
        if image.endswith("q0003.jpg"):
            continue
        others = {r["expected_pdq_hex"] for r in ROWS if r["image"] == image
                  and r["implementation"].startswith(("cpp-reference(older", "pure-python"))}
        assert _hash(str(shared_data / PDQ_DIR / image)).pdq in others, image


def test_low_quality_flagged_unreliable(shared_data: Path) -> None:
    base = shared_data / PDQ_DIR / "data"
    for rel, quality in [("misc-images/small.jpg", 0), ("reg-test-input/labelme-subset/q0003.jpg", 3),
                         ("reg-test-input/labelme-subset/q0004.jpg", 4)]:
        res = _hash(str(base / rel))
        assert res.quality == quality and res.unreliable
    assert not _hash(str(base / "misc-images/wee.jpg")).unreliable


def _dih(shared_data: Path) -> list[HashResult]:
    return [_hash(str(p), True) for p in sorted((shared_data / PDQ_DIR / "data/reg-test-input/dih").glob("*.jpg"))]


def test_dihedral_variants_match_each_other(shared_data: Path) -> None:
    """Each of the 8 rotated/flipped bridge files matches every other through its dihedral variants."""
    variants = _dih(shared_data)
    assert len(variants) == 8
    for a in variants:
        for b in variants:
            assert a.dihedral is not None
            best = min(hamming(v, b.pdq or "") for v in a.dihedral.values())
            assert best <= 10, (a.path, b.path, best)
    # ... while the plain hashes of different orientations are far apart (that is why we need them).
    assert hamming(variants[0].pdq or "", variants[1].pdq or "") > 100


def test_edited_variants_match_original(shared_data: Path) -> None:
    base = shared_data / PDQ_DIR / "data/bridge-mods"
    original = _hash(str(base / "aaa-orig.jpg")).pdq or ""
    edited = [p for p in sorted(base.glob("*.jpg")) if p.name != "aaa-orig.jpg"]
    assert len(edited) == 11
    for p in edited:
        assert hamming(_hash(str(p)).pdq or "", original) <= MATCH_THRESHOLD, p.name


def test_unrelated_images_do_not_match(shared_data: Path) -> None:
    data = shared_data / PDQ_DIR / "data"
    bridge = _hash(str(data / "reg-test-input/dih/bridge-1-original.jpg"), True)
    unrelated = [*sorted((data / "reg-test-input/labelme-subset").glob("*.jpg")),
                 data / "reg-test-input/pen-and-coaster.png", data / "misc-images/c.png",
                 data / "misc-images/wee.jpg"]
    reliable = [_hash(str(p)) for p in unrelated if not _hash(str(p)).unreliable]
    assert len(reliable) >= 7
    for res in reliable:
        assert bridge.dihedral is not None
        assert min(hamming(v, res.pdq or "") for v in bridge.dihedral.values()) > MATCH_THRESHOLD, res.path
    for i, a in enumerate(reliable):
        for b in reliable[i + 1:]:
            assert hamming(a.pdq or "", b.pdq or "") > MATCH_THRESHOLD, (a.path, b.path)


def test_every_image_mode_hashes_near_the_original(shared_data: Path) -> None:
    modes = shared_data / PDQ_DIR / "data/misc-images/modes"
    original = _hash(str(modes / "original.jpg")).pdq or ""
    files = [p for p in sorted(modes.iterdir()) if p.suffix != ".md"]
    assert len(files) >= 13
    for p in files:
        res = _hash(str(p))
        assert res.error is None, p.name
        assert hamming(res.pdq or "", original) <= 4, p.name  # incl. CMYK and P, 1-bit


def test_exif_orientation_reported_hash_follows_reference(shared_data: Path) -> None:
    rot = shared_data / PDQ_DIR / "data/reg-test-input/exif-rotn/exif-rotn-6.jpg"
    res = _hash(str(rot))
    assert res.orientation == 6
    expected = next(r["expected_pdq_hex"] for r in ROWS
                    if r["image"].endswith("exif-rotn-6.jpg") and "int64" in r["implementation"])
    assert res.pdq == expected  # stored pixels, as the C++ reference hashes them


def test_fast_mode_drift(shared_data: Path) -> None:
    data = shared_data / PDQ_DIR / "data"
    bridge = hash_file(data / "reg-test-input/dih/bridge-1-original.jpg", fast=True)
    assert bridge.exact and bridge.pdq == _hash(str(data / "reg-test-input/dih/bridge-1-original.jpg")).pdq
    for name in ("exif-rotn-1.jpg", "exif-rotn-6.jpg"):  # 4032x3024: decoded at 1/4 size
        fast = hash_file(data / "reg-test-input/exif-rotn" / name, fast=True)
        assert not fast.exact
        assert hamming(fast.pdq or "", _hash(str(data / "reg-test-input/exif-rotn" / name)).pdq or "") <= 8
