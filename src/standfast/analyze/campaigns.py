"""Recognise near-copies of known bulk campaigns by MinHash fingerprint (datasketch's scheme).

Only fingerprints ship (``campaigns.json``: MinHash numbers and shingle counts), never scam texts.
They are computed by ``python -m standfast.analyze.campaigns build`` from sample messages kept
outside the repository. Matching uses estimated *containment* rather than plain Jaccard, so a
partial paste of a campaign (victims often paste only a paragraph) still matches its family.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported on first use: a short message never needs it (CLI start time)
    import numpy as np

NUM_PERM = 64
SEED = 20240601
SHINGLE = 4
MIN_SHINGLES = 12
CONTAINMENT = 0.55
_TOKEN = re.compile(r"[a-z]+|[0-9]+")


@dataclass(frozen=True)
class CampaignMatch:
    campaign_id: str
    family: str
    score: float  # estimated share of the message's shingles found in the campaign


@dataclass(frozen=True)
class _Fingerprint:
    campaign_id: str
    family: str
    size: int
    hashvalues: tuple[int, ...]


def shingles(norm_text: str) -> set[bytes]:
    """Word 4-grams; numbers collapse to '#' so changed amounts and deadlines still match."""
    words = ["#" if w[0].isdigit() else w for w in _TOKEN.findall(norm_text) if len(w) > 1 or w.isdigit()]
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(max(0, len(words) - SHINGLE + 1))}


_MAX_HASH = (1 << 32) - 1
# MurmurHash3's 32-bit finalizer constants, as datasketch's "affine32" scheme pre-mixes each hash.
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)
# Up to this many shingles the MinHash is computed in plain Python (a chat message: well under a
# millisecond, and no numpy import at start); longer texts go through numpy.
SMALL = 96


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of datasketch 2's default "affine32" MinHash for NUM_PERM and SEED, drawn the same way."""
    import numpy as np

    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _mixed(x: bytes) -> int:
    """crc32 of a shingle through the 32-bit finalizer (crc32 instead of sha1: the same 32-bit contract,
    ~5x faster per shingle)."""
    s1, m1, s2, m2, s3 = _FMIX32
    h = zlib.crc32(x)
    h ^= h >> s1
    h = (h * m1) & _MAX_HASH
    h ^= h >> s2
    h = (h * m2) & _MAX_HASH
    return h ^ (h >> s3)


def minhash_small(sh: set[bytes], a: Sequence[int], b: Sequence[int]) -> tuple[int, ...]:
    """The MinHash values of ``sh`` in plain Python, for the permutations ``a``, ``b`` (the same
    numbers as :func:`minhash`)."""
    if not sh:
        return (_MAX_HASH,) * NUM_PERM
    hs = [_mixed(x) for x in sh]
    return tuple(min((h * ai + bi) & _MAX_HASH for h in hs) for ai, bi in zip(a, b, strict=True))


def minhash(sh: set[bytes]) -> np.ndarray:
    """The MinHash values of ``sh``: the same numbers as datasketch's ``MinHash(num_perm=NUM_PERM,
    seed=SEED, hashfunc=zlib.crc32)`` (a test holds them equal). Computed here because importing
    datasketch pulls in scipy, over a second at every start."""
    import numpy as np

    values = np.full(NUM_PERM, np.uint32(_MAX_HASH), dtype=np.uint32)
    if sh:
        a, b = _permutations()
        hv = np.array([zlib.crc32(x) for x in sh], dtype=np.uint32).reshape(-1, 1)
        s1, m1, s2, m2, s3 = (np.uint32(v) for v in _FMIX32)
        hv = hv ^ (hv >> s1)
        hv = hv * m1
        hv = hv ^ (hv >> s2)
        hv = hv * m2
        hv = hv ^ (hv >> s3)
        values = np.minimum(values, (hv * a + b).min(axis=0))
    return values


@dataclass(frozen=True)
class _Table:
    fingerprints: tuple[_Fingerprint, ...]
    perm_a: tuple[int, ...]  # the permutations, stored with the fingerprints so a short text needs no numpy
    perm_b: tuple[int, ...]


@lru_cache(maxsize=1)
def _table() -> _Table | None:
    try:
        raw = resources.files("standfast.analyze").joinpath("campaigns.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    data = json.loads(raw)
    if data.get("num_perm") != NUM_PERM or data.get("seed") != SEED:
        return None
    fps = tuple(_Fingerprint(c["id"], c["family"], int(c["size"]), tuple(int(x) for x in c["hashvalues"]))
                for c in data["campaigns"])
    a, b = data.get("perm_a"), data.get("perm_b")
    if not (isinstance(a, list) and isinstance(b, list) and len(a) == len(b) == NUM_PERM):
        pa, pb = _permutations()
        a, b = [int(x) for x in pa], [int(x) for x in pb]
    return _Table(fps, tuple(a), tuple(b))


def match_campaign(norm_text: str) -> CampaignMatch | None:
    """The known campaign this (normalised) text is a near-copy or excerpt of, if any."""
    sh = shingles(norm_text)
    if len(sh) < MIN_SHINGLES:  # before anything loads: too short to be matched at all
        return None
    table = _table()
    if table is None or not table.fingerprints:
        return None
    small = len(sh) <= SMALL
    hv = minhash_small(sh, table.perm_a, table.perm_b) if small else tuple(int(x) for x in minhash(sh))
    best: CampaignMatch | None = None
    a = len(sh)
    for fp in table.fingerprints:
        j = sum(x == y for x, y in zip(hv, fp.hashvalues, strict=True)) / NUM_PERM
        if j == 0.0:
            continue
        # Containment of the message in the campaign: |A∩B|/|A| = J(|A|+|B|) / ((1+J)|A|).
        c = min(1.0, j * (a + fp.size) / ((1 + j) * a))
        if c >= CONTAINMENT and (best is None or c > best.score):
            best = CampaignMatch(fp.campaign_id, fp.family, round(c, 2))
    return best


def build(groups: dict[str, tuple[str, list[str]]], out: Path) -> None:
    """Write fingerprints: campaign id -> (family, texts). Each text becomes one fingerprint."""
    from standfast.analyze.normalize import normalize

    campaigns = []
    for cid, (family, texts) in sorted(groups.items()):
        for text in texts:
            sh = shingles(normalize(text).text)
            if len(sh) < MIN_SHINGLES:
                continue
            campaigns.append({"id": cid, "family": family, "size": len(sh),
                              "hashvalues": [int(x) for x in minhash(sh)]})
    pa, pb = _permutations()
    doc = {"format": 1, "hash": "crc32", "num_perm": NUM_PERM, "seed": SEED, "shingle": SHINGLE,
           "perm_a": [int(x) for x in pa], "perm_b": [int(x) for x in pb], "campaigns": campaigns}
    out.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")


def _main(argv: list[str]) -> int:
    """``build SPEC.json OUT.json``: SPEC maps campaign id -> {family, files: [paths]} outside the repo."""
    if len(argv) != 3 or argv[0] != "build":
        print("usage: python -m standfast.analyze.campaigns build SPEC.json OUT.json", file=sys.stderr)
        return 2
    from standfast.analyze.inputs import texts_of_path

    spec = json.loads(Path(argv[1]).read_text("utf-8"))
    groups: dict[str, tuple[str, list[str]]] = {}
    for cid, entry in spec.items():
        texts: list[str] = []
        for item in entry["files"]:
            texts.extend(texts_of_path(Path(item)))
        texts.extend(entry.get("texts", []))
        groups[cid] = (entry["family"], texts)
    build(groups, Path(argv[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
