"""Validate cryptocurrency addresses: what coin and network a string is, and whether its checksum holds.

Covers Bitcoin (base58check P2PKH/P2SH, WIF keys, bech32/bech32m with the BIP-350 witness-version
rules), Litecoin, Ethereum (EIP-55 mixed-case checksum), Tron and Monero (format only: Monero's
checksum needs its own base58 variant and Keccak over blocks; format is enough to flag it).
Pure functions, no I/O; an address that fails its checksum is described as invalid, never dropped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_SET = frozenset(B58_ALPHABET)
BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_MAP = {c: i for i, c in enumerate(BECH32_CHARSET)}
_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3


@dataclass(frozen=True)
class AddressInfo:
    """What an address-like string is. ``valid`` is False when the checksum or structure fails."""

    type: str  # e.g. "btc_p2pkh", "btc_bech32", "ltc_p2pkh", "eth", "trx", "xmr", "btc_wif"
    network: str  # e.g. "bitcoin", "bitcoin-testnet", "bitcoin-regtest", "litecoin", "ethereum"
    valid: bool
    normalized: str
    note: str = ""


# base58check version byte -> (type, network). P2SH 0x05 is shared by Bitcoin and (old) Litecoin
# addresses; we call it Bitcoin, the far more common reading.
_B58_VERSIONS: dict[int, tuple[str, str]] = {
    0x00: ("btc_p2pkh", "bitcoin"),
    0x05: ("btc_p2sh", "bitcoin"),
    0x6F: ("btc_p2pkh", "bitcoin-testnet"),
    0xC4: ("btc_p2sh", "bitcoin-testnet"),
    0x30: ("ltc_p2pkh", "litecoin"),
    0x32: ("ltc_p2sh", "litecoin"),
    0x41: ("trx", "tron"),
}
_WIF_VERSIONS = {0x80: "bitcoin", 0xEF: "bitcoin-testnet"}
_SEGWIT_HRPS = {"bc": "bitcoin", "tb": "bitcoin-testnet", "bcrt": "bitcoin-regtest", "ltc": "litecoin",
                "tltc": "litecoin-testnet"}


def _sha256d(data: bytes) -> bytes:
    return hashlib.sha256(hashlib.sha256(data).digest()).digest()


def b58check_decode(s: str) -> bytes | None:
    """Payload of a base58check string (version byte included), or None if the checksum fails."""
    if not s or any(c not in _B58_SET for c in s) or len(s) > 120:
        return None
    import base58  # imported on first use: most messages hold no address, and start time counts

    raw = base58.b58decode(s)
    if len(raw) < 5:
        return None
    payload, check = raw[:-4], raw[-4:]
    return payload if _sha256d(payload)[:4] == check else None


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32_decode(s: str) -> tuple[str, list[int], str] | None:
    """(hrp, data without checksum, 'bech32'|'bech32m') per BIP-173/350, or None if invalid."""
    if any(ord(x) < 33 or ord(x) > 126 for x in s):
        return None
    if s.lower() != s and s.upper() != s:
        return None
    s = s.lower()
    pos = s.rfind("1")
    if pos < 1 or pos + 7 > len(s) or len(s) > 90:
        return None
    hrp = s[:pos]
    try:
        data = [_BECH32_MAP[c] for c in s[pos + 1 :]]
    except KeyError:
        return None
    const = _polymod(_hrp_expand(hrp) + data)
    if const == _BECH32_CONST:
        return hrp, data[:-6], "bech32"
    if const == _BECH32M_CONST:
        return hrp, data[:-6], "bech32m"
    return None


def _convertbits(data: list[int], frombits: int, tobits: int) -> list[int] | None:
    acc = bits = 0
    ret: list[int] = []
    maxv = (1 << tobits) - 1
    for value in data:
        if value < 0 or value >> frombits:
            return None
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits >= frombits or ((acc << (tobits - bits)) & maxv):
        return None
    return ret


def segwit_decode(s: str) -> tuple[str, int, bytes] | None:
    """(hrp, witness version, program) if ``s`` is a valid segwit address under BIP-350 rules."""
    dec = bech32_decode(s)
    if dec is None:
        return None
    hrp, data, spec = dec
    if not data or data[0] > 16:
        return None
    prog = _convertbits(data[1:], 5, 8)
    if prog is None or not 2 <= len(prog) <= 40:
        return None
    version = data[0]
    if version == 0 and len(prog) not in (20, 32):
        return None
    # BIP-350: version 0 must use bech32, versions 1..16 must use bech32m.
    if (version == 0) != (spec == "bech32"):
        return None
    return hrp, version, bytes(prog)


def eip55_checksum(addr_hex40: str) -> str:
    """The EIP-55 mixed-case form of a 40-hex-digit address (without 0x)."""
    lower = addr_hex40.lower()
    from Crypto.Hash import keccak  # pycryptodome's loader costs a few hundred ms at start

    digest = keccak.new(digest_bits=256, data=lower.encode("ascii")).hexdigest()
    return "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(lower))


def _describe_segwit(s: str) -> AddressInfo | None:
    low = s.lower()
    pos = low.rfind("1")
    hrp = low[:pos] if pos > 0 else ""
    network = _SEGWIT_HRPS.get(hrp)
    if network is None:
        return None
    coin = "ltc" if network.startswith("litecoin") else "btc"
    dec = segwit_decode(s)
    if dec is None:
        return AddressInfo(f"{coin}_bech32", network, False, low, "checksum or witness version rule fails")
    _hrp, version, prog = dec
    if version == 0:
        kind = "p2wpkh" if len(prog) == 20 else "p2wsh"
    elif version == 1 and len(prog) == 32:
        kind = "p2tr"
    else:
        kind = f"witness_v{version}"
    return AddressInfo(f"{coin}_bech32", network, True, low, kind)


def describe_base58(s: str) -> AddressInfo | None:
    """Describe a base58 string that looks like an address (by its leading character)."""
    payload = b58check_decode(s)
    if payload is None:
        guess = _guess_b58_type(s)
        return None if guess is None else AddressInfo(guess[0], guess[1], False, s, "checksum fails")
    version = payload[0]
    if len(payload) == 21 and version in _B58_VERSIONS:
        t, n = _B58_VERSIONS[version]
        return AddressInfo(t, n, True, s)
    if version in _WIF_VERSIONS and len(payload) in (33, 34) and (len(payload) == 33 or payload[-1] == 1):
        return AddressInfo("btc_wif", _WIF_VERSIONS[version], True, s, "a private key, not an address")
    guess = _guess_b58_type(s)
    if guess is None:
        return None
    return AddressInfo(guess[0], guess[1], False, s, "checksum holds but the version or length is wrong")


def _guess_b58_type(s: str) -> tuple[str, str] | None:
    first = s[:1]
    if first == "1" and 25 <= len(s) <= 35:
        return "btc_p2pkh", "bitcoin"
    if first == "3" and 25 <= len(s) <= 35:
        return "btc_p2sh", "bitcoin"
    if first in "LM" and 26 <= len(s) <= 35:
        return ("ltc_p2pkh" if first == "L" else "ltc_p2sh"), "litecoin"
    if first == "T" and len(s) == 34:
        return "trx", "tron"
    if first in "mn" and 26 <= len(s) <= 35:
        return "btc_p2pkh", "bitcoin-testnet"
    if first == "2" and 26 <= len(s) <= 35:
        return "btc_p2sh", "bitcoin-testnet"
    return None


def describe_eth(s: str) -> AddressInfo | None:
    if len(s) != 42 or s[:2] not in ("0x", "0X"):
        return None
    body = s[2:]
    try:
        int(body, 16)
    except ValueError:
        return None
    normalized = "0x" + eip55_checksum(body)
    if body.islower() or body.isupper() or body.isdigit():
        return AddressInfo("eth", "ethereum", True, normalized, "no checksum (single case)")
    ok = body == normalized[2:]
    return AddressInfo("eth", "ethereum", ok, normalized, "" if ok else "EIP-55 checksum fails")


def describe_xmr(s: str) -> AddressInfo | None:
    # Standard (4…) and subaddress (8…) are 95 chars, integrated addresses 106: format check only.
    if s[:1] in "48" and len(s) in (95, 106) and all(c in _B58_SET for c in s):
        if s[:1] == "4" and s[1:2] not in "0123456789AB":
            return None
        return AddressInfo("xmr", "monero", True, s, "format only (no checksum test)")
    return None


def describe_address(s: str) -> AddressInfo | None:
    """Identify any supported address; None if ``s`` does not look like one at all."""
    s = s.strip()
    if not s:
        return None
    if s[:2] in ("0x", "0X"):
        return describe_eth(s)
    low = s.lower()
    if low.startswith(("bc1", "tb1", "bcrt1", "ltc1", "tltc1")):
        return _describe_segwit(s)
    if len(s) in (95, 106):
        return describe_xmr(s)
    if all(c in _B58_SET for c in s):
        return describe_base58(s)
    return None
