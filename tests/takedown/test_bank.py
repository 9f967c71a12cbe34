"""The hash bank: exact radius search (incl. the sharded two-core path), persistence, labels."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from standfast.errors import InputError, UsageError
from standfast.takedown.bank import PARALLEL_MIN_CODES, HashBank, write_faiss_index
from standfast.takedown.pdq import array_to_hexes


def _flip(code: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    bits = np.unpackbits(code)
    bits[rng.choice(256, k, replace=False)] ^= 1
    return np.packbits(bits)


def _brute(codes: np.ndarray, q: np.ndarray, radius: int) -> set[int]:
    d = np.bitwise_count(codes.view(np.uint64) ^ q.view(np.uint64)).sum(axis=1)
    return set(np.flatnonzero(d <= radius).tolist())


def test_create_add_match_reopen(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    codes = rng.integers(0, 256, (5000, 32), dtype=np.uint8)
    bank = HashBank.create(tmp_path / "b", name="test")
    assert len(bank) == 0 and bank.match(array_to_hexes(codes[:1])) == [[]]
    bank.add(codes[:3000], [f"case-{i}" for i in range(3000)])
    bank.add(array_to_hexes(codes[3000:]))  # hex strings, no labels
    bank.close()
    bank = HashBank.open(tmp_path / "b")
    assert len(bank) == 5000 and bank.meta["name"] == "test"
    q = np.stack([_flip(codes[10], 31, rng), _flip(codes[4000], 5, rng), _flip(codes[20], 32, rng)])
    res = bank.match(q, radius=31)
    assert [m.index for m in res[0]] == [10] and res[0][0].distance == 31 and res[0][0].label == "case-10"
    assert [m.index for m in res[1]] == [4000] and res[1][0].label is None
    assert res[2] == []  # 32 bits away: outside the threshold
    assert bank.match(q[2:], radius=32)[0][0].index == 20
    assert np.array_equal(bank.codes(), codes)
    bank.add(codes[:2], ["again-0", None])
    labels = bank.labels()
    assert len(labels) == 5002 and labels[2999] == "case-2999" and labels[3000] is None
    assert labels[5000] == "again-0" and labels[5001] is None and bank.label(5000) == "again-0"
    bank.close()


def test_sharded_search_is_exact(tmp_path: Path) -> None:
    rng = np.random.default_rng(2)
    n = PARALLEL_MIN_CODES + 12_345
    codes = rng.integers(0, 256, (n, 32), dtype=np.uint8)
    queries = rng.integers(0, 256, (40, 32), dtype=np.uint8)
    # Near-duplicates across the shard boundary and at the ends, several per query.
    for qi, row in enumerate([0, n // 2 - 1, n // 2, n - 1] * 10):
        codes[row - qi % 3] = _flip(queries[qi], int(rng.integers(0, 32)), rng)
    # Near-identical first halves (the candidate filter) but far second halves: must be rejected.
    codes[100, :16] = queries[0, :16]
    with HashBank.create(tmp_path / "b") as bank:
        bank.add(codes)
        batch = bank.match(queries)
        for qi in range(len(queries)):
            want = _brute(codes, queries[qi], 31)
            assert {m.index for m in batch[qi]} == want
            assert {m.index for m in bank.match(queries[qi:qi + 1])[0]} == want
        assert 100 not in {m.index for m in batch[0]} or 100 in _brute(codes, queries[0], 31)


def test_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        HashBank.open(tmp_path / "none")
    HashBank.create(tmp_path / "b").close()
    with pytest.raises(UsageError):
        HashBank.create(tmp_path / "b")
    bank = HashBank.open(tmp_path / "b")
    with pytest.raises(InputError):
        bank.match(["not a hash"])
    with pytest.raises(UsageError):
        bank.match(["0" * 64], radius=300)
    bank.close()
    (tmp_path / "b" / "codes.bin").write_bytes(b"SFBANK01" + b"\x05" + b"\x00" * 100)
    with pytest.raises(InputError):
        HashBank.open(tmp_path / "b")


def test_faiss_export_is_readable(tmp_path: Path) -> None:
    import faiss

    codes = np.random.default_rng(3).integers(0, 256, (100, 32), dtype=np.uint8)
    with HashBank.create(tmp_path / "b") as bank:
        bank.add(codes)
        write_faiss_index(bank, tmp_path / "x.faiss")
    index = faiss.read_index_binary(str(tmp_path / "x.faiss"))
    assert index.ntotal == 100
    _d, ids = index.search(codes[7:8], 1)
    assert ids[0][0] == 7
