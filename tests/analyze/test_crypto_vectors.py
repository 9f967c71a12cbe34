"""Address validation against the public test vectors (Bitcoin Core, BIP-173/350, EIP-55) and the study data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from standfast.analyze.crypto import describe_address, segwit_decode
from standfast.analyze.indicators import extract_indicators

pytestmark = pytest.mark.shared_data

CHAIN_NETWORK = {"main": "bitcoin", "testnet4": "bitcoin-testnet", "signet": "bitcoin-testnet",
                 "regtest": "bitcoin-testnet"}


def _script_pubkey(addr: str) -> str:
    info = describe_address(addr)
    assert info is not None
    if info.type.endswith("bech32"):
        _hrp, version, prog = segwit_decode(addr)  # type: ignore[misc]
        op = 0 if version == 0 else 0x50 + version
        return f"{op:02x}{len(prog):02x}{prog.hex()}"
    import base58

    payload = base58.b58decode_check(addr)
    if info.type == "btc_p2pkh":
        return f"76a914{payload[1:].hex()}88ac"
    return f"a914{payload[1:].hex()}87"


def test_bitcoin_core_valid(shared_data: Path) -> None:
    vectors = json.loads((shared_data / "crypto-address-vectors/bitcoin-core/key_io_valid.json").read_text())
    for addr, hexdata, meta in vectors:
        info = describe_address(addr)
        assert info is not None and info.valid, addr
        if meta["isPrivkey"]:
            assert info.type == "btc_wif"
            continue
        want = "bitcoin-regtest" if addr.lower().startswith("bcrt1") else CHAIN_NETWORK[meta["chain"]]
        assert info.network == want, addr
        assert _script_pubkey(addr) == hexdata, addr


def test_bitcoin_core_invalid(shared_data: Path) -> None:
    vectors = json.loads((shared_data / "crypto-address-vectors/bitcoin-core/key_io_invalid.json").read_text())
    for (addr,) in vectors:
        info = describe_address(addr)
        assert info is None or not info.valid, addr


def test_bip173_bip350(shared_data: Path) -> None:
    v = json.loads((shared_data / "crypto-address-vectors/bips/bech32_bip173_bip350_vectors.json").read_text())
    for entry in v["bip350_valid_segwit_addresses"]:
        assert segwit_decode(entry["address"]) is not None, entry
        assert _script_pubkey(entry["address"]) == entry["scriptPubKey"]
    for entry in v["bip350_invalid_segwit_addresses"] + v["bip173_invalid_segwit_addresses"]:
        info = describe_address(entry["address"])
        assert info is None or not info.valid, entry


def test_eip55(shared_data: Path) -> None:
    v = json.loads((shared_data / "crypto-address-vectors/eip55/eip55_eip1191_vectors.json").read_text())
    for group in v["erc55_test_cases"].values():
        for addr in group:
            info = describe_address(addr)
            assert info is not None and info.valid and info.network == "ethereum", addr
            assert info.normalized.lower() == addr.lower()
    mixed = v["erc55_test_cases"]["normal_mixed_case"][0]
    broken = mixed[:-1] + (mixed[-1].lower() if mixed[-1].isupper() else mixed[-1].upper())
    assert broken != mixed
    info = describe_address(broken)
    assert info is not None and not info.valid


def test_study_addresses_extracted_and_checksum_failures_flagged(shared_data: Path) -> None:
    d = shared_data / "sextortion-emails/sextortion_btc_addresses_romiti2019"
    addresses = [a.strip() for a in (d / "addresses.csv").read_text().splitlines() if a.strip()]
    failures = {a.strip() for a in (d / "checksum_failures_found_here.txt").read_text().splitlines() if a.strip()}
    assert len(addresses) == 12533 and len(failures) == 11
    text = "\n".join(f"Send the bitcoin to {a}, thanks." for a in addresses)
    found = [i for i in extract_indicators(text) if i.type == "crypto_address"]
    assert [i.value for i in found] == addresses
    assert {i.value for i in found if not i.valid} == failures
    for i in found:
        assert text[i.start : i.end] == i.value
        assert i.extra["network"] == "bitcoin"


def test_badd_boyz_list(shared_data: Path) -> None:
    lines = (shared_data / "sextortion-emails/badd-boyz-bitcoin-scammers/bitcoin-scammers.txt").read_text().splitlines()
    addrs = [ln.split("#", 1)[0].strip() for ln in lines if ln.split("#", 1)[0].strip()]
    infos = [describe_address(a) for a in addrs]
    assert all(i is not None and i.valid for i in infos)
    assert sum(1 for i in infos if i and i.network == "litecoin") == 1
