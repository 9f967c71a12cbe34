"""``standfast export`` and ``standfast verify-export``: a case's originals with a manifest and
the custody log, checkable anywhere without Standfast's passphrase.

Inside the package:
  originals/…      the evidence files, byte for byte, under their original names
  manifest.json    every item: hashes, size, times, source, and why an item was left out
  manifest.csv     the same, for spreadsheets
  custody.jsonl    the custody log (other cases' entries reduced to their hashes)
  SHA256SUMS       `sha256sum -c SHA256SUMS` checks every file
  README.txt       what each file is and how to check it
  signature/       the vault's signed statement over every file's SHA-256 (see ``signing``)

With a passphrase the zip is AES-256 encrypted (WinZip AES, opened by 7-Zip and most unzip tools);
the evidence files are then named by their item id, because a zip never hides its file names.
The checking side (``standfast verify-export``) lives in ``export_check``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from standfast import __version__
from standfast.errors import InputError, UsageError
from standfast.vault.custody import GENESIS, canonical
from standfast.vault.db import utcnow
from standfast.vault.models import Case, CustodyEntry, Item
from standfast.vault.package import PackageWriter, UniqueNames, safe_filename
from standfast.vault.signing import ExportSigner, show_fingerprint, signing_key, vault_fingerprint

if TYPE_CHECKING:
    from standfast.vault.export_check import ExportCheck
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
- signature/      statement.json lists the SHA-256 of every file above; statement.sig is
                  its Ed25519 signature by this vault's own key; signer.pem is that key.
                  Fingerprint of the key (SHA-256 of the raw key):
                  {fingerprint}
                  Ask the sender for this fingerprint by phone or in person: if it
                  matches, the package was made by their vault and nothing was changed.

How to check that nothing was changed
1. Unpack the zip into a folder and open a terminal in that folder.
2. Run:   sha256sum -c SHA256SUMS
   (macOS: shasum -a 256 -c SHA256SUMS; Windows PowerShell: Get-FileHash -Algorithm SHA256 <file>)
   Every line must say OK.
3. The hashes in manifest.json must match the hashes recorded when each item was
   collected (the "item.added" entries in custody.jsonl).
4. Check the signature (OpenSSL 3):
     openssl pkeyutl -verify -pubin -inkey signature/signer.pem -rawin \\
       -in signature/statement.json -sigfile signature/statement.sig
   It must say "Signature Verified Successfully". The SHA-256 of SHA256SUMS must be
   the "sha256sums_sha256" in signature/statement.json. The key's fingerprint:
     openssl pkey -pubin -in signature/signer.pem -outform DER | tail -c 32 | sha256sum
With Standfast installed, `standfast verify-export <this zip> --fingerprint "<fingerprint>"`
does all of this, and checks every link of the custody chain; it needs no vault.
"""


MIN_EXPORT_PASSPHRASE = 8


@dataclass
class ExportResult:
    path: Path
    files: int
    excluded: int
    manifest_sha256: str
    fingerprint: str = ""
    statement_sha256: str = ""
    encrypted: bool = False


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
                     extra_exclusion: Callable[[Item], str | None] | None = None,
                     names_by_id: bool = False) -> tuple[list[dict[str, Any]], int]:
    """Write a case's originals into a package; returns manifest rows and the number of files.

    ``extra_exclusion`` lets a caller leave out more items (it returns the reason, or None);
    which items travel is decided by ``standfast.safeguarding`` alone.
    ``names_by_id`` names files ``<item id>.<ext>``: an encrypted zip still shows its file names.
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
            arcname = names.take(originals_dir, _id_name(item) if names_by_id
                                 else safe_filename(item.original_name, fallback=item.id))
            with vault.open_item(item.id) as src:
                digest = writer.add_stream(arcname, _Counting(src, progress), mtime=item.mtime)
            if digest != item.sha256:
                raise InputError(f"Item {item.id} changed while exporting; run `standfast verify`.")
            files += 1
        rows.append(_export_item_row(item, arcname, reason))
    return rows, files


def _id_name(item: Item) -> str:
    _stem, dot, ext = item.original_name.rpartition(".")
    ext = safe_filename(ext, fallback="")[:12] if dot and _stem else ""
    return f"{item.id}.{ext}" if ext else item.id


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
                   manifest_extra: dict[str, Any] | None = None, names_by_id: bool = False) -> EvidenceWritten:
    """The verifiable core shared by exports and report packages: originals, manifest, custody log.

    The vault's signing key is made first (when it is new), so the custody log in the package
    already records the key that signs it. Pass ``done.signer(...)`` to ``writer.finish``.
    """
    signing_key(vault)
    rows, files = write_case_files(vault, case.id, writer, include_intimate=include_intimate,
                                   extra_exclusion=extra_exclusion, progress=progress,
                                   names_by_id=names_by_id)
    chain, head = custody_lines(vault, case.id)
    made = utcnow()
    manifest = {
        "format": MANIFEST_FORMAT, "version": 1, "generator": f"standfast {__version__}",
        "vault_id": vault.vault_id, "case": case.to_json(), "exported_at": made.isoformat(),
        "exported_by": vault.actor, "include_intimate": include_intimate, **(manifest_extra or {}),
        "custody_head": {"seq": chain[-1]["seq"] if chain else 0, "hash": head},
        "encrypted": writer.encrypted,
        "items": rows,
    }
    manifest_sha = writer.add_bytes("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False).encode())
    writer.add_bytes("manifest.csv", manifest_csv(rows))
    writer.add_bytes("custody.jsonl", b"".join(canonical(line) + b"\n" for line in chain))
    return EvidenceWritten(files=files, excluded=len(rows) - files, manifest_sha256=manifest_sha, made=made,
                           custody_head=manifest["custody_head"])


@dataclass
class EvidenceWritten:
    files: int
    excluded: int
    manifest_sha256: str
    made: datetime
    custody_head: dict[str, Any]

    def signer(self, vault: Vault, case_id: str, *, kind: str = "export") -> ExportSigner:
        return ExportSigner(vault, case_id, self.made, self.custody_head, kind=kind)


def export_case(vault: Vault, case_id: str, to: Path, *, include_intimate: bool = False,
                progress: Callable[[int], None] | None = None,
                encrypt_passphrase: str | None = None) -> ExportResult:
    """Write a signed export of one case; with ``encrypt_passphrase`` an AES-256 encrypted zip."""
    if encrypt_passphrase is not None:
        check_export_passphrase(encrypt_passphrase, to)
    case = vault.get_case(case_id)
    writer = PackageWriter(to, password=encrypt_passphrase)
    try:
        # An encrypted zip still shows file names, and evidence names can say too much.
        done = write_evidence(vault, case, writer, include_intimate=include_intimate, progress=progress,
                              names_by_id=writer.encrypted)
        signer = done.signer(vault, case.id)
        fp = vault_fingerprint(vault)  # a damaged key fails here, before the zip is finished
        writer.add_bytes("README.txt", README_TEXT.format(
            title=case.title, case_id=case.id, exported_at=done.made.strftime("%Y-%m-%d %H:%M"),
            actor=vault.actor, fingerprint=show_fingerprint(fp, per_line=0)).encode("utf-8"))
        path = writer.finish(signer)
    except BaseException:
        writer.abort()
        raise
    with vault.transaction() as s:
        vault.log(s, "case.exported", case_id=case.id, details={
            "to": to.name, "files": done.files, "excluded": done.excluded, "manifest_sha256": done.manifest_sha256,
            "include_intimate": include_intimate, "encrypted": encrypt_passphrase is not None,
            "statement_sha256": signer.statement_sha256, "fingerprint": signer.fingerprint})
    return ExportResult(path, done.files, done.excluded, done.manifest_sha256, fingerprint=signer.fingerprint,
                        statement_sha256=signer.statement_sha256, encrypted=encrypt_passphrase is not None)


def check_export_passphrase(passphrase: str, to: Path) -> None:
    if to.suffix.lower() != ".zip":
        raise UsageError("An encrypted export is a .zip file; give a name ending in .zip.")
    if len(passphrase) < MIN_EXPORT_PASSPHRASE:
        raise UsageError(f"Choose a passphrase of at least {MIN_EXPORT_PASSPHRASE} characters for the export, "
                         "and give it to the recipient another way (by phone, not in the same message).")


def verify_export(source: Path, *, password: str | None = None, fingerprint: str | None = None,
                  timestamp_reply: Path | None = None) -> ExportCheck:
    """Check a package made by `standfast export` (or `report package`); see ``export_check``."""
    from standfast.vault.export_check import check_export

    return check_export(Path(source), password=password, fingerprint=fingerprint, timestamp_reply=timestamp_reply)


class _Counting(io.RawIOBase):
    """Passes reads through and reports progress in bytes."""

    def __init__(self, inner: Any, progress: Callable[[int], None] | None) -> None:
        self._inner, self._progress = inner, progress

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._inner.read(size)
        if self._progress and data:
            self._progress(len(data))
        return data
