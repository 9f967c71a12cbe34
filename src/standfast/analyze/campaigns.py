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
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

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
    hashvalues: np.ndarray


def shingles(norm_text: str) -> set[bytes]:
    """Word 4-grams; numbers collapse to '#' so changed amounts and deadlines still match."""
    words = ["#" if w[0].isdigit() else w for w in _TOKEN.findall(norm_text) if len(w) > 1 or w.isdigit()]
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(max(0, len(words) - SHINGLE + 1))}


_MAX_HASH = np.uint32((1 << 32) - 1)
# MurmurHash3's 32-bit finalizer constants, as datasketch's "affine32" scheme pre-mixes each hash.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of datasketch 2's default "affine32" MinHash for NUM_PERM and SEED, drawn the same way."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def minhash(sh: set[bytes]) -> np.ndarray:
    """The MinHash values of ``sh``: the same numbers as datasketch's ``MinHash(num_perm=NUM_PERM,
    seed=SEED, hashfunc=zlib.crc32)`` (a test holds them equal). Computed here because importing
    datasketch pulls in scipy, over a second at every start."""
    values = np.full(NUM_PERM, _MAX_HASH, dtype=np.uint32)
    if sh:
        a, b = _permutations()
        # crc32 instead of sha1: the same 32-bit contract, ~5x faster per shingle.
        hv = np.array([zlib.crc32(x) for x in sh], dtype=np.uint32).reshape(-1, 1)
        s1, m1, s2, m2, s3 = _FMIX32
        hv = hv ^ (hv >> s1)
        hv = hv * m1
        hv = hv ^ (hv >> s2)
        hv = hv * m2
        hv = hv ^ (hv >> s3)
        values = np.minimum(values, (hv * a + b).min(axis=0))
    return values


@lru_cache(maxsize=1)
def _fingerprints() -> tuple[_Fingerprint, ...]:
    try:
        raw = resources.files("standfast.analyze").joinpath("campaigns.json").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return ()
    data = json.loads(raw)
    if data.get("num_perm") != NUM_PERM or data.get("seed") != SEED:
        return ()
    return tuple(
        _Fingerprint(c["id"], c["family"], int(c["size"]), np.array(c["hashvalues"], dtype=np.uint64))
        for c in data["campaigns"]
    )


def match_campaign(norm_text: str) -> CampaignMatch | None:
    """The known campaign this (normalised) text is a near-copy or excerpt of, if any."""
    fps = _fingerprints()
    if not fps:
        return None
    sh = shingles(norm_text)
    if len(sh) < MIN_SHINGLES:
        return None
    hv = minhash(sh)
    best: CampaignMatch | None = None
    a = len(sh)
    for fp in fps:
        j = float(np.count_nonzero(hv == fp.hashvalues)) / NUM_PERM
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
    doc = {"format": 1, "hash": "crc32", "num_perm": NUM_PERM, "seed": SEED, "shingle": SHINGLE, "campaigns": campaigns}
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
