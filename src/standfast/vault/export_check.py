"""``standfast verify-export``: check an export using only its own files, and say what that proves.

The signed statement (``signature/statement.json``) is the authority: it lists the SHA-256 of every
file the vault wrote. Against it every planted, removed and edited file is found, even when
SHA256SUMS, the manifest or the custody log were rebuilt to agree with each other. The custody
chain is checked link by link as well, and the signer's key must be the one the chain records.

Without a fingerprint from a second channel this proves only that the package is consistent and
signed by *some* key; with a matching fingerprint, that the sender's vault made it and nothing
changed since. Hostile containers (traversal names, symbolic links, duplicates, look-alike names,
zip bombs, bytes hidden between files) are reported, never unpacked.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from standfast.errors import InputError
from standfast.vault.custody import GENESIS, canonical, link_hash
from standfast.vault.package import PackageReader, parse_sha256sums
from standfast.vault.signing import (
    KEY_CREATED_ACTION,
    PUBLIC_KEY_NAME,
    SIGNATURE_FILES,
    SIGNATURE_NAME,
    STATEMENT_NAME,
    check_signature,
    parse_fingerprint,
)

MANIFEST_FORMAT = "standfast-export"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_INDEX_KIND = {"manifest.json": "manifest", "manifest.csv": "manifest", "custody.jsonl": "custody",
               "SHA256SUMS": "sums"}
_CUSTODY_FIELDS = ("seq", "time", "actor", "action", "case_id", "item_id", "details")


@dataclass
class Problem:
    kind: str
    where: str
    detail: str

    def __str__(self) -> str:
        return f"{self.where}: {self.detail}"

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "where": self.where, "detail": self.detail}


@dataclass
class ExportCheck:
    problems: list[Problem] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=lambda: {"files": 0, "bytes": 0, "items": 0,
                                                             "custody_entries": 0})
    signature: str = "missing"
    fingerprint: str | None = None
    expected_fingerprint: str | None = None
    timestamp: dict[str, Any] | None = None
    encrypted: bool = False

    def add(self, kind: str, where: str, detail: str) -> None:
        self.problems.append(Problem(kind, where, detail))

    @property
    def fingerprint_matches(self) -> bool | None:
        if self.expected_fingerprint is None:
            return None
        return self.fingerprint == self.expected_fingerprint

    @property
    def ok(self) -> bool:
        return not self.problems and self.signature == "valid" and self.fingerprint_matches is not False

    # Older callers counted files and items directly.
    @property
    def ok_files(self) -> int:
        return self.checked["files"]

    @property
    def items(self) -> int:
        return self.checked["items"]

    @property
    def custody_entries(self) -> int:
        return self.checked["custody_entries"]

    def proves(self) -> str:
        """What this result shows, in plain words."""
        if self.signature == "missing":
            return ("This export carries no signature (it was made before Standfast signed exports, or the "
                    "signature was removed). Anyone can rebuild SHA-256 sums, so it cannot show who made it or "
                    "that nothing was changed.")
        if self.signature != "valid":
            return "The signature does not hold: treat this export as changed. Do not rely on its contents."
        if self.fingerprint_matches is False:
            return ("The export was NOT signed by the vault whose fingerprint you gave. Treat it as made or "
                    "changed by someone else.")
        if self.problems:
            return ("The export was changed or damaged after it was signed (see the problems above). Do not "
                    "rely on it; ask the sender for a new copy.")
        if self.fingerprint_matches:
            return ("The export was made by the vault with the fingerprint you gave, and nothing in it changed "
                    "since it was signed. This holds if you got that fingerprint from the sender another way "
                    "(by phone or in person), not with the export itself.")
        return ("The export is consistent and signed by some key (fingerprint below). That alone does not show "
                "who made it: anyone can build and sign a package. Ask the sender for their fingerprint by "
                "phone or in person and run again with --fingerprint.")

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": dict(self.checked), "problems": [p.to_json() for p in self.problems],
                "signature": self.signature, "fingerprint": self.fingerprint,
                "fingerprint_confirmed": self.fingerprint_matches, "timestamp": self.timestamp,
                "encrypted": self.encrypted, "proves": self.proves()}


def check_export(source: Path, *, password: str | None = None, fingerprint: str | None = None,
                 timestamp_reply: Path | None = None) -> ExportCheck:
    """Check ``source`` (a zip or folder). Raises InputError only when it cannot be read at all."""
    check = ExportCheck(expected_fingerprint=parse_fingerprint(fingerprint) if fingerprint else None)
    reader = PackageReader(source, password=password)
    try:
        check.encrypted = reader.encrypted
        if reader.encrypted and password is None:
            raise InputError(f"{source.name} is encrypted. Give its passphrase (STANDFAST_EXPORT_PASSPHRASE or "
                             "--passphrase-file) to check it.")
        _check_package(reader, check)
        statement = reader.read_bytes(STATEMENT_NAME) if check.signature == "valid" else None
    finally:
        reader.close()
    if check.expected_fingerprint is not None and check.fingerprint != check.expected_fingerprint:
        check.add("fingerprint", "signature/signer.pem",
                  "the export was signed by a key with another fingerprint than the one you gave"
                  + (f" (it has {check.fingerprint})" if check.fingerprint else ""))
    tsr = timestamp_reply if timestamp_reply is not None else reply_path(source)
    if tsr is not None and tsr.is_file():
        _check_timestamp(tsr, statement, check)
    elif timestamp_reply is not None:
        check.add("timestamp", str(timestamp_reply), "the time-stamp reply file does not exist")
    return check


def reply_path(source: Path) -> Path:
    """Where `standfast timestamp` keeps the reply: next to the export, named ``<export>.tsr``."""
    return source.with_name(source.name + ".tsr")


def _check_timestamp(tsr: Path, statement: bytes | None, check: ExportCheck) -> None:
    from standfast.vault.timestamp import verify_reply

    if statement is None:
        check.timestamp = {"status": "invalid", "detail": "no valid signed statement to compare the time-stamp with"}
        check.add("timestamp", tsr.name, "cannot be checked: the export's signature does not hold")
        return
    try:
        data = tsr.read_bytes()[: 1 << 20]
    except OSError as exc:
        check.add("timestamp", tsr.name, f"cannot be read ({exc.strerror})")
        return
    result = verify_reply(data, hashlib.sha256(statement).digest())
    check.timestamp = result.to_json()
    if result.status != "valid":
        check.add("timestamp", tsr.name, result.detail)


def _check_package(reader: PackageReader, check: ExportCheck) -> None:
    for h in reader.hazards:
        check.add(h.kind, h.where, h.detail)
    names = set(reader.names())

    sig_parts = {n: _read_or_none(reader, n, check) for n in SIGNATURE_FILES}
    sig = check_signature(sig_parts[STATEMENT_NAME], sig_parts[SIGNATURE_NAME], sig_parts[PUBLIC_KEY_NAME])
    check.signature, check.fingerprint = sig.status, sig.fingerprint
    if sig.status != "valid":
        check.add("signature", "signature/", sig.reason + ("" if sig.status == "invalid" else
                                                         ": nothing shows who made it or that it is unchanged"))
    statement = sig.statement if sig.status == "valid" else None

    sums = _parse_sums(reader, names, check)
    expected: dict[str, str | None]
    if statement is not None:
        expected = _statement_files(statement, check)
        authority = "the signed statement"
    else:
        expected = {**(sums or {}), "SHA256SUMS": None}
        authority = "SHA256SUMS"
    unlisted_ok = set(SIGNATURE_FILES) | ({"SHA256SUMS"} if statement is None else set())
    for name in sorted(names - set(expected) - unlisted_ok):
        check.add("planted", name, f"this file is not listed in {authority}: it was added later")

    actual: dict[str, tuple[str, str, int]] = {}
    for name, digest in sorted(expected.items()):
        if name not in names:
            check.add("removed", name, f"listed in {authority} but missing from the package")
            continue
        if not reader.is_safe(name):
            continue
        try:
            actual[name] = reader.sha256(name)
        except InputError as exc:
            check.add("unreadable", name, str(exc))
            continue
        check.checked["files"] += 1
        check.checked["bytes"] += actual[name][2]
        if digest is not None and actual[name][0] != digest:
            kind = _INDEX_KIND.get(name, "edited")
            check.add(kind, name, f"its content differs from the SHA-256 in {authority}: it was edited")

    if sums is not None:
        for name, digest in sorted(sums.items()):
            got = actual.get(name)
            if got is not None and got[0] != digest:
                check.add("sums", "SHA256SUMS", f"the line for {name} does not match the file")
            elif statement is not None and name not in expected:
                check.add("sums", "SHA256SUMS", f"lists {name}, which the signed statement does not")
        if statement is not None:
            for name in sorted(set(expected) - set(sums) - {"SHA256SUMS"}):
                check.add("sums", "SHA256SUMS", f"has no line for {name}")

    manifest = _load(reader, names, "manifest.json", parse_manifest, check)
    chain = _load(reader, names, "custody.jsonl", parse_custody, check)
    head = None
    if chain is not None:
        check.checked["custody_entries"] = len(chain)
        head = check_custody_chain(chain, check)
    if manifest is not None:
        _check_items(manifest, chain, actual, names, check)
        want = manifest.get("custody_head")
        if chain is not None and (not isinstance(want, dict) or want.get("hash") != head
                                  or want.get("seq") != len(chain)):
            check.add("custody", "custody.jsonl", "the custody log does not end where the manifest says it does")
    if statement is not None:
        _check_against_statement(statement, manifest, chain, head, check, sig.public_key)


def _read_or_none(reader: PackageReader, name: str, check: ExportCheck) -> bytes | None:
    if name not in reader.names() or not reader.is_safe(name):
        return None
    try:
        return reader.read_bytes(name, limit=1 << 26)
    except InputError as exc:
        check.add("unreadable", name, str(exc))
        return None


def _parse_sums(reader: PackageReader, names: set[str], check: ExportCheck) -> dict[str, str] | None:
    if "SHA256SUMS" not in names or not reader.is_safe("SHA256SUMS"):
        return None
    try:
        listed: dict[str, str] = {}
        for digest, name in parse_sha256sums(reader.read_text("SHA256SUMS")):
            if name in listed:
                check.add("sums", "SHA256SUMS", f"lists {name} twice")
            listed[name] = digest
        return listed
    except InputError as exc:
        check.add("sums", "SHA256SUMS", str(exc))
        return None


def _statement_files(statement: dict[str, Any], check: ExportCheck) -> dict[str, str | None]:
    files: dict[str, str | None] = {}
    for name, digest in statement["files"].items():
        if isinstance(name, str) and isinstance(digest, str) and _HEX64.fullmatch(digest):
            files[name] = digest
        else:
            check.add("signature", STATEMENT_NAME, f"the signed list has a malformed entry ({name!r})")
    return files


def _load(reader: PackageReader, names: set[str], name: str, parse: Any, check: ExportCheck) -> Any:
    if name not in names or not reader.is_safe(name):
        return None  # reported as removed or unsafe already
    try:
        data = reader.read_bytes(name)
    except InputError as exc:
        check.add("unreadable", name, str(exc))
        return None
    parsed, problems = parse(data)
    check.problems.extend(problems)
    return parsed


# -- the manifest and the custody log (pure functions; hypothesis feeds them anything) ------------
def parse_manifest(data: bytes) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The manifest if its shape is right, else None with the reason. Never raises."""
    where = "manifest.json"
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None, [Problem("manifest", where, "is damaged: it is not valid JSON text")]
    if not isinstance(doc, dict) or doc.get("format") != MANIFEST_FORMAT:
        return None, [Problem("manifest", where, "is not a Standfast export manifest")]
    problems: list[Problem] = []
    items = doc.get("items")
    if not isinstance(items, list):
        return None, [Problem("manifest", where, "has no list of items")]
    good: list[dict[str, Any]] = []
    for n, row in enumerate(items, 1):
        reason = _bad_item(row)
        if reason:
            problems.append(Problem("manifest", f"{where} item {n}", reason))
        else:
            good.append(row)
    case = doc.get("case")
    if not isinstance(case, dict) or not isinstance(case.get("id"), str):
        problems.append(Problem("manifest", where, "does not name its case"))
    return {**doc, "items": good}, problems


def _bad_item(row: Any) -> str | None:
    if not isinstance(row, dict):
        return "is not a record"
    if not isinstance(row.get("id"), str):
        return "has no item id"
    if not isinstance(row.get("sha256"), str) or not _HEX64.fullmatch(row["sha256"]):
        return "has no valid SHA-256"
    if not isinstance(row.get("md5"), str) or not _HEX32.fullmatch(row["md5"]):
        return "has no valid MD5"
    size = row.get("size")
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        return "has no valid size"
    if row.get("file") is not None and not isinstance(row.get("file"), str):
        return "names its file in a wrong form"
    return None


def parse_custody(data: bytes) -> tuple[list[dict[str, Any]] | None, list[Problem]]:
    """The custody log's entries (one JSON object a line). Never raises."""
    where = "custody.jsonl"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, [Problem("custody", where, "is damaged: it is not UTF-8 text")]
    entries: list[dict[str, Any]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except (ValueError, RecursionError):
            return None, [Problem("custody", f"{where} line {n}", "is damaged: it is not valid JSON")]
        if not isinstance(entry, dict):
            return None, [Problem("custody", f"{where} line {n}", "is not a custody entry")]
        entries.append(entry)
    return entries, []


def check_custody_chain(lines: list[dict[str, Any]], check: ExportCheck) -> str:
    """Every link of the chain; returns the hash of the last entry."""
    prev = GENESIS
    where = "custody.jsonl"
    for n, entry in enumerate(lines, 1):
        seq = entry.get("seq")
        if seq != n:
            check.add("custody", f"{where} entry {n}", "is missing or out of order")
            return prev
        if entry.get("prev_hash") != prev:
            check.add("custody", f"{where} entry {seq}", f"does not follow entry {n - 1}")
        if not entry.get("redacted"):
            fields = {k: entry.get(k) for k in _CUSTODY_FIELDS}
            if "records" in entry:  # per-case record tags (schema 4), covered by the hash when present
                fields["records"] = entry.get("records")
            try:
                digest = hashlib.sha256(canonical(fields)).hexdigest()
            except (TypeError, ValueError, RecursionError):
                digest = ""
            if digest != entry.get("content_hash"):
                check.add("custody", f"{where} entry {seq}", "was altered (its content hash differs)")
        prev_hash, chash, own = entry.get("prev_hash"), entry.get("content_hash"), entry.get("hash")
        if not (isinstance(prev_hash, str) and isinstance(chash, str) and prev_hash.isascii() and chash.isascii()
                and link_hash(prev_hash, chash) == own):
            check.add("custody", f"{where} entry {seq}", "has a wrong hash")
        prev = str(own)
    return prev


def _check_items(manifest: dict[str, Any], chain: list[dict[str, Any]] | None,
                 actual: dict[str, tuple[str, str, int]], names: set[str], check: ExportCheck) -> None:
    added = {e.get("item_id"): e.get("details") for e in chain or []
             if not e.get("redacted") and e.get("action") == "item.added"}
    for row in manifest["items"]:
        check.checked["items"] += 1
        item_id = row["id"]
        want = (row["sha256"], row["md5"], row["size"])
        if chain is not None:
            logged = added.get(item_id)
            if not isinstance(logged, dict):
                check.add("manifest", f"item {item_id}", "has no 'item.added' entry in the custody log")
            elif (logged.get("sha256"), logged.get("md5"), logged.get("size")) != want:
                check.add("manifest", f"item {item_id}", "its hashes differ from those logged when it was collected")
        file = row.get("file")
        if file:
            got = actual.get(file)
            if file not in names:
                check.add("removed", file, f"the file of item {item_id} is missing")
            elif got is not None and got != want:
                check.add("edited", file, f"does not match the hashes recorded for item {item_id}")


def _check_against_statement(statement: dict[str, Any], manifest: dict[str, Any] | None,
                             chain: list[dict[str, Any]] | None, head: str | None, check: ExportCheck,
                             signer: bytes | None) -> None:
    where = STATEMENT_NAME
    if manifest is not None:
        if manifest.get("vault_id") != statement.get("vault_id"):
            check.add("manifest", "manifest.json", "names another vault than the signed statement")
        if (manifest.get("case") or {}).get("id") != statement.get("case_id"):
            check.add("manifest", "manifest.json", "names another case than the signed statement")
    signed_head = statement.get("custody_head")
    if chain is not None and (not isinstance(signed_head, dict) or signed_head.get("hash") != head):
        check.add("custody", "custody.jsonl", "its last entry is not the one the signed statement names")
    if chain is None or signer is None:
        return
    keys = [e.get("details", {}).get("public_key") for e in chain
            if not e.get("redacted") and e.get("action") == KEY_CREATED_ACTION and isinstance(e.get("details"), dict)]
    if not keys:
        check.add("signature", where, "the custody log does not record the key that signed this export")
    elif keys[-1] != signer.hex():
        check.add("signature", where, "signed by another key than the one this vault's custody log records")
