"""``standfast export`` and ``standfast verify-export``: a case's originals with a manifest and
the custody log, checkable anywhere without Standfast's passphrase.

Inside the package:
  originals/…      the evidence files, byte for byte, under their original names
  manifest.json    every item: hashes, size, times, source, and why an item was left out
  manifest.csv     the same, for spreadsheets
  custody.jsonl    the custody log (other cases' entries reduced to their hashes)
  SHA256SUMS       `sha256sum -c SHA256SUMS` checks every file
  README.txt       what each file is and how to check it
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from standfast import __version__
from standfast.errors import InputError
from standfast.vault.custody import GENESIS, canonical, content_hash, link_hash
from standfast.vault.db import utcnow
from standfast.vault.models import Case, CustodyEntry, Item
from standfast.vault.package import PackageReader, PackageWriter, UniqueNames, parse_sha256sums, safe_filename

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

MANIFEST_FORMAT = "standfast-export"
MANIFEST_COLUMNS = ("id", "file", "kind", "original_name", "original_path", "sha256", "md5", "size", "mime",
                    "mtime", "acquired_at", "source", "intimate", "status", "excluded_reason")

README_TEXT = """\
Evidence exported from Standfast
================================

Case: {title} (reference {case_id})
Exported: {exported_at} (UTC) by {actor}

What is in this package
- originals/      The evidence files exactly as they were collected, byte for byte.
- manifest.json   One entry per evidence item: SHA-256 and MD5 hashes, size, file type,
                  original name and place, file time, when it was collected, and where from.
                  Items that were left out (for example intimate images) are listed with
                  their hashes and the reason they are not included.
- manifest.csv    The same list, for a spreadsheet.
- custody.jsonl   The chain-of-custody log: every action on this evidence, one per line.
                  Each entry carries the hash of the one before it, so a changed or removed
                  entry breaks the chain. Entries about other cases show only their hashes.
- SHA256SUMS      The SHA-256 hash of every file in this package.

How to check that nothing was changed
1. Unpack the zip into a folder and open a terminal in that folder.
2. Run:   sha256sum -c SHA256SUMS
   (macOS: shasum -a 256 -c SHA256SUMS; Windows PowerShell: Get-FileHash -Algorithm SHA256 <file>)
   Every line must say OK.
3. The hashes in manifest.json must match the hashes recorded when each item was
   collected (the "item.added" entries in custody.jsonl).
With Standfast installed, `standfast verify-export <this zip>` does all of this, and checks
every link of the custody chain; it needs no passphrase.
"""


@dataclass
class ExportResult:
    path: Path
    files: int
    excluded: int
    manifest_sha256: str


def _export_item_row(item: Item, file: str | None, reason: str | None) -> dict[str, Any]:
    return {"id": item.id, "file": file, "kind": item.kind, "original_name": item.original_name,
            "original_path": item.original_path, "sha256": item.sha256, "md5": item.md5, "size": item.size,
            "mime": item.mime, "mtime": item.mtime.isoformat() if item.mtime else None,
            "acquired_at": item.acquired_at.isoformat(), "source": item.source, "intimate": item.intimate,
            "status": item.status, "excluded_reason": reason, "parent_item_id": item.parent_item_id,
            "meta": item.meta or {}}


def exclusion_reason(item: Item, *, include_intimate: bool, minor_case: bool) -> str | None:
    """Why an item's bytes are not in an export, or None when they are included (asks the policy)."""
    from standfast import safeguarding

    case = safeguarding.CaseFacts(safeguarding.Age.MINOR if minor_case else safeguarding.Age.ADULT)
    decision = safeguarding.export(case, safeguarding.ItemFacts.of(item), include_intimate=include_intimate)
    return None if decision.allowed else decision.reason


def custody_lines(vault: Vault, case_id: str) -> tuple[list[dict[str, Any]], str]:
    """The full chain as JSON objects, with other cases' entries reduced to their hashes."""
    out: list[dict[str, Any]] = []
    head = GENESIS
    with vault.read() as s:
        for e in s.scalars(select(CustodyEntry).order_by(CustodyEntry.seq)):
            if e.case_id in (None, case_id):
                out.append(e.to_json())
            else:
                out.append({"seq": e.seq, "redacted": True, "content_hash": e.content_hash,
                            "prev_hash": e.prev_hash, "hash": e.hash})
            head = e.hash
    return out, head


def write_case_files(vault: Vault, case_id: str, writer: PackageWriter, *, include_intimate: bool,
                     progress: Callable[[int], None] | None = None,
                     originals_dir: str = "originals",
                     extra_exclusion: Callable[[Item], str | None] | None = None) -> tuple[list[dict[str, Any]], int]:
    """Write a case's originals into a package; returns manifest rows and the number of files.

    ``extra_exclusion`` lets a caller leave out more items (it returns the reason, or None);
    which items travel is decided by ``standfast.safeguarding`` alone.
    """
    from standfast import safeguarding

    case = vault.get_case(case_id)
    names = UniqueNames()
    rows: list[dict[str, Any]] = []
    files = 0
    for item in vault.list_items(case_id, include_withdrawn=True):
        decision = safeguarding.decide_export(vault, case, item, include_intimate=include_intimate)
        reason = None if decision.allowed else decision.reason
        if reason is None and extra_exclusion is not None:
            reason = extra_exclusion(item)
        arcname = None
        if reason is None:
            arcname = names.take(originals_dir, safe_filename(item.original_name, fallback=item.id))
            with vault.open_item(item.id) as src:
                digest = writer.add_stream(arcname, _Counting(src, progress), mtime=item.mtime)
            if digest != item.sha256:
                raise InputError(f"Item {item.id} changed while exporting; run `standfast verify`.")
            files += 1
        rows.append(_export_item_row(item, arcname, reason))
    return rows, files


def manifest_csv(rows: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=MANIFEST_COLUMNS, extrasaction="ignore")
    w.writeheader()
    for row in rows:
        w.writerow(row)
    return buf.getvalue().encode("utf-8")


def write_evidence(vault: Vault, case: Case, writer: PackageWriter, *, include_intimate: bool,
                   extra_exclusion: Callable[[Item], str | None] | None = None,
                   progress: Callable[[int], None] | None = None,
                   manifest_extra: dict[str, Any] | None = None) -> EvidenceWritten:
    """The verifiable core shared by exports and report packages: originals, manifest, custody log."""
    rows, files = write_case_files(vault, case.id, writer, include_intimate=include_intimate,
                                   extra_exclusion=extra_exclusion, progress=progress)
    chain, head = custody_lines(vault, case.id)
    made = utcnow()
    manifest = {
        "format": MANIFEST_FORMAT, "version": 1, "generator": f"standfast {__version__}",
        "vault_id": vault.vault_id, "case": case.to_json(), "exported_at": made.isoformat(),
        "exported_by": vault.actor, "include_intimate": include_intimate, **(manifest_extra or {}),
        "custody_head": {"seq": chain[-1]["seq"] if chain else 0, "hash": head},
        "items": rows,
    }
    manifest_sha = writer.add_bytes("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False).encode())
    writer.add_bytes("manifest.csv", manifest_csv(rows))
    writer.add_bytes("custody.jsonl", b"".join(canonical(line) + b"\n" for line in chain))
    return EvidenceWritten(files=files, excluded=len(rows) - files, manifest_sha256=manifest_sha, made=made)


@dataclass
class EvidenceWritten:
    files: int
    excluded: int
    manifest_sha256: str
    made: datetime


def export_case(vault: Vault, case_id: str, to: Path, *, include_intimate: bool = False,
                progress: Callable[[int], None] | None = None) -> ExportResult:
    case = vault.get_case(case_id)
    writer = PackageWriter(to)
    try:
        done = write_evidence(vault, case, writer, include_intimate=include_intimate, progress=progress)
        writer.add_bytes("README.txt", README_TEXT.format(
            title=case.title, case_id=case.id, exported_at=done.made.strftime("%Y-%m-%d %H:%M"),
            actor=vault.actor).encode("utf-8"))
        path = writer.finish()
    except BaseException:
        writer.abort()
        raise
    with vault.transaction() as s:
        vault.log(s, "case.exported", case_id=case.id, details={
            "to": to.name, "files": done.files, "excluded": done.excluded, "manifest_sha256": done.manifest_sha256,
            "include_intimate": include_intimate})
    return ExportResult(path, done.files, done.excluded, done.manifest_sha256)


# -- verify-export -------------------------------------------------------------------------------
@dataclass
class ExportCheck:
    ok_files: int = 0
    problems: list[str] = field(default_factory=list)
    custody_entries: int = 0
    items: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "files_checked": self.ok_files, "items": self.items,
                "custody_entries": self.custody_entries, "problems": self.problems}


def check_custody_chain(lines: list[dict[str, Any]], problems: list[str]) -> str:
    prev = GENESIS
    for n, entry in enumerate(lines, 1):
        seq = entry.get("seq")
        if seq != n:
            problems.append(f"custody entry {n} is missing or out of order")
            return prev
        if entry.get("prev_hash") != prev:
            problems.append(f"custody entry {seq} does not follow entry {n - 1}")
        if not entry.get("redacted"):
            fields = {k: entry.get(k) for k in ("seq", "time", "actor", "action", "case_id", "item_id", "details")}
            if content_hash(fields) != entry.get("content_hash"):
                problems.append(f"custody entry {seq} was altered")
        if link_hash(str(entry.get("prev_hash")), str(entry.get("content_hash"))) != entry.get("hash"):
            problems.append(f"custody entry {seq} has a wrong hash")
        prev = str(entry.get("hash"))
    return prev


def verify_export(source: Path, *, password: str | None = None) -> ExportCheck:
    """Check a package made by `standfast export` (or `report package`) using only its own files."""
    check = ExportCheck()
    reader = PackageReader(source, password=password)
    try:
        names = set(reader.names())
        if "SHA256SUMS" not in names:
            raise InputError(f"{source} has no SHA256SUMS file; it is not a Standfast export.")
        listed: dict[str, str] = dict((name, digest) for digest, name in
                                      parse_sha256sums(reader.read_text("SHA256SUMS")))
        actual: dict[str, tuple[str, str, int]] = {}
        for name in sorted(names - {"SHA256SUMS"}):
            if name not in listed:
                check.problems.append(f"{name} is not listed in SHA256SUMS")
        for name, digest in sorted(listed.items()):
            if name not in names:
                check.problems.append(f"{name} is listed in SHA256SUMS but missing")
                continue
            actual[name] = reader.sha256(name)
            if actual[name][0] != digest:
                check.problems.append(f"{name} does not match its SHA-256 in SHA256SUMS")
            else:
                check.ok_files += 1
        if "manifest.json" not in names:
            check.problems.append("manifest.json is missing")
            return check
        try:
            manifest = json.loads(reader.read_text("manifest.json"))
            chain = [json.loads(line) for line in reader.read_text("custody.jsonl").splitlines() if line.strip()]
        except ValueError:
            check.problems.append("manifest.json or custody.jsonl is not valid JSON")
            return check
        check.custody_entries = len(chain)
        head = check_custody_chain(chain, check.problems)
        want_head = (manifest.get("custody_head") or {}).get("hash")
        if head != want_head:
            check.problems.append("the custody log does not end where the manifest says it does")
        added = {e.get("item_id"): e.get("details") or {} for e in chain
                 if not e.get("redacted") and e.get("action") == "item.added"}
        for row in manifest.get("items", []):
            check.items += 1
            item_id = row.get("id")
            logged = added.get(item_id)
            if logged is None:
                check.problems.append(f"item {item_id} has no 'item.added' entry in the custody log")
            elif (logged.get("sha256"), logged.get("md5"), logged.get("size")) != (
                    row.get("sha256"), row.get("md5"), row.get("size")):
                check.problems.append(f"item {item_id}: hashes differ from those logged when it was collected")
            file = row.get("file")
            if file:
                got = actual.get(file)
                if got is None:
                    check.problems.append(f"item {item_id}: its file {file} is missing")
                elif got != (row.get("sha256"), row.get("md5"), row.get("size")):
                    check.problems.append(f"item {item_id}: {file} does not match its recorded hashes")
    finally:
        reader.close()
    return check


class _Counting(io.RawIOBase):
    """Passes reads through and reports progress in bytes."""

    def __init__(self, inner: Any, progress: Callable[[int], None] | None) -> None:
        self._inner, self._progress = inner, progress

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        data = self._inner.read(size)
        if self._progress and data:
            self._progress(len(data))
        return data
