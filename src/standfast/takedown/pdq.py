"""PDQ hash values: bits to the reference hex form, validation, Hamming distance, dihedral names.

Meta's reference writes a PDQ hash as 64 lowercase hex digits, most significant bit first; the
`pdqhash` binding returns 256 bits in that same order, so packing them big-endian reproduces the
reference text exactly. Distances are computed on 32-byte arrays with numpy's popcount.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np

from standfast.errors import InputError

PDQ_BITS = 256
PDQ_BYTES = 32
#: Meta's recommended match threshold for PDQ (distance <= 31 of 256 bits).
MATCH_THRESHOLD = 31
#: Below this quality the reference says the hash is not reliable (flat or tiny images).
MIN_RELIABLE_QUALITY = 50

# The order in which pdqhash.compute_dihedral returns the eight variants (C++ reference order).
DIHEDRAL_NAMES: tuple[str, ...] = (
    "original",
    "rotate90",
    "rotate180",
    "rotate270",
    "flipx",
    "flipy",
    "flip_plus1",
    "flip_minus1",
)

_HEX_RE = re.compile(r"^[0-9a-f]{64}$")


def bits_to_hex(bits: Sequence[int] | np.ndarray) -> str:
    """256 bits (MSB first, as pdqhash returns them) -> 64 lowercase hex digits."""
    arr = np.asarray(bits, dtype=np.uint8)
    if arr.shape != (PDQ_BITS,):
        raise ValueError(f"a PDQ hash has 256 bits, got shape {arr.shape}")
    return np.packbits(arr).tobytes().hex()


def normalize_hex(text: str) -> str:
    """Validate and normalise a PDQ hex string (case, surrounding blanks, optional 0x)."""
    value = text.strip().lower()
    if value.startswith("0x"):
        value = value[2:]
    if not _HEX_RE.match(value):
        raise InputError("A PDQ hash must be 64 hexadecimal digits (0-9, a-f).")
    return value


def is_pdq_hex(text: str) -> bool:
    return bool(_HEX_RE.match(text))


def hex_to_bytes(value: str) -> bytes:
    return bytes.fromhex(normalize_hex(value))


def hexes_to_array(values: Iterable[str]) -> np.ndarray:
    """Many hex hashes -> (n, 32) uint8 array (validated)."""
    rows = [hex_to_bytes(v) for v in values]
    if not rows:
        return np.zeros((0, PDQ_BYTES), dtype=np.uint8)
    return np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(-1, PDQ_BYTES).copy()


def array_to_hexes(codes: np.ndarray) -> list[str]:
    return [bytes(row).hex() for row in np.asarray(codes, dtype=np.uint8).reshape(-1, PDQ_BYTES)]


def hamming(a: str, b: str) -> int:
    """Hamming distance between two PDQ hex strings."""
    return (int(normalize_hex(a), 16) ^ int(normalize_hex(b), 16)).bit_count()


def distance_matrix(queries: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Pairwise Hamming distances, (q, 32) x (n, 32) uint8 -> (q, n) int. For small sets only."""
    q = np.ascontiguousarray(queries, dtype=np.uint8).reshape(-1, PDQ_BYTES).view(np.uint64)
    c = np.ascontiguousarray(codes, dtype=np.uint8).reshape(-1, PDQ_BYTES).view(np.uint64)
    distances: np.ndarray = np.bitwise_count(q[:, None, :] ^ c[None, :, :]).sum(axis=2, dtype=np.int32)
    return distances
