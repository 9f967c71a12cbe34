"""``standfast report package``: the evidence package for police, a hotline or a lawyer.

A zip (optionally AES-encrypted with pyzipper) that anyone can check without Standfast:

  originals/            the evidence files, byte for byte (written by the vault's export code)
  case-report.pdf       the PDF case report
  manifest.json / .csv  every item: hashes, size, times, source, why an item was left out
  custody.jsonl         the custody log (other cases reduced to hashes)
  timeline.csv          every imported message, in time order
  indicators.csv/.json  accounts, payment details, addresses, amounts, deadlines found
  image-hashes.csv      PDQ / MD5 / SHA-256 of images (incl. those hashed in place, never stored)
  README.txt            plain words: what each file is and how to check it with sha256sum
  SHA256SUMS            ``sha256sum -c SHA256SUMS`` checks every file
  signature/            the vault's Ed25519 signature over every file's SHA-256 (vault.signing)

It is also a valid Standfast export, so ``standfast verify-export`` checks it and its custody chain.
Which files travel is decided by ``standfast.safeguarding``: intimate items are left out unless
chosen; in a minor's case all other evidence travels (screenshots, chat text, notes, mail without
media) while intimate images - and media nobody reviewed - are listed by their hashes only, and the
PDF has no previews.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from standfast import __version__, safeguarding
from standfast.errors import UsageError
from standfast.reports.actors import shown_actor
from standfast.reports.facts import CaseFacts, gather, iter_timeline
from standfast.reports.pdf import render_pdf
from standfast.vault.export import write_evidence
from standfast.vault.package import PackageWriter, UniqueNames, safe_filename
from standfast.vault.signing import show_fingerprint, signing_key, vault_fingerprint

if TYPE_CHECKING:
    from standfast.vault.models import Item
    from standfast.vault.vault import Vault

PACKAGE_KIND = "evidence-package"
INDICATOR_COLUMNS = ("type", "value", "normalized", "valid", "note", "network", "platform", "sender", "time",
                     "source", "message_id", "item_id")
_NUMBER = re.compile(r"[+-]?[\d ().-]+")  # phone numbers and amounts are not formulas
HASH_COLUMNS = ("name", "item_id", "kind", "pdq", "quality", "md5", "sha256", "width", "height", "hashed_in_place",
                "intimate")

README = """\
Evidence package - case {reference}
{rule}

Case: {title}
Made: {made} (UTC) with Standfast {version}, by {actor}
{minor_line}
This package holds the evidence of one case of online extortion, with a report and
the hash of every file, so anyone can check that nothing was changed.

What each file is
- case-report.pdf    Start here. A summary of what happened, who did it (accounts,
                     payment details, addresses, and where each was found), a
                     timeline, the list of evidence with hashes, and how to check it.
- originals/         The evidence files exactly as they were collected, byte for byte.
- manifest.csv       One line per evidence item: SHA-256 and MD5 hashes, size, type,
                     original name, when it was collected and where from. Items that
                     are not included (intimate images; in a minor's case also media
                     nobody reviewed)
                     are listed with their hashes and the reason.
- manifest.json      The same list, for programs.
- custody.jsonl      The chain-of-custody log: every action on the evidence, one per
                     line. Each line holds the hash of the line before it, so a changed
                     or removed line breaks the chain.
- timeline.csv       Every imported message in time order (UTC), with who sent it.
- indicators.csv     Accounts, e-mail addresses, phone numbers, payment details, web
  indicators.json    addresses, amounts and deadlines found in the messages.
- image-hashes.csv   Hashes of the images (PDQ, MD5, SHA-256), as used by StopNCII,
                     Take It Down and the platforms to find and remove copies. Some
                     images were hashed where they were and never copied.
- SHA256SUMS         The SHA-256 hash of every other file in this package.
- README.txt         This file.
- signature/         statement.json lists the SHA-256 of every file above;
                     statement.sig is its signature by the sender's vault;
                     signer.pem is the vault's public key. Its fingerprint:
                     {fingerprint}
                     Ask the sender for the fingerprint by phone or in person.
                     If it matches, their vault made this package, unchanged.

How to check that nothing was changed
1. Unpack the zip into a folder. Open a terminal in that folder.
2. Run:   sha256sum -c SHA256SUMS
   On macOS:  shasum -a 256 -c SHA256SUMS
   On Windows (PowerShell):  Get-FileHash -Algorithm SHA256 <file>  for each file,
   and compare with the line for that file in SHA256SUMS.
   Every line must say OK.
3. The hashes in manifest.csv must match the hashes in the report's evidence index.
4. Check the signature (OpenSSL 3):
     openssl pkeyutl -verify -pubin -inkey signature/signer.pem -rawin \\
       -in signature/statement.json -sigfile signature/statement.sig
   It must say "Signature Verified Successfully".
With Standfast installed, `standfast verify-export <this zip> --fingerprint "..."`
does all of this and checks every link of the custody log.
{password_line}"""


@dataclass
class PackageResult:
    path: Path
    files: int
    excluded: int
    manifest_sha256: str
    size: int
    fingerprint: str = ""


def package_names(vault: Vault | None, facts: CaseFacts, *, include_intimate: bool = False
                  ) -> list[tuple[Item, str | None, str | None]]:
    """(item, name in the package or None, why it is left out) - the same names the package gets."""
    names = UniqueNames()
    out: list[tuple[Item, str | None, str | None]] = []
    for item in facts.items:
        decision = safeguarding.decide_export(vault, facts.case, item, include_intimate=include_intimate)
        reason = None if decision.allowed else decision.reason
        arcname = None if reason else names.take("originals", safe_filename(item.original_name, fallback=item.id))
        out.append((item, arcname, reason))
    return out


def indicators_csv(facts: CaseFacts) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=INDICATOR_COLUMNS, extrasaction="ignore")
    w.writeheader()
    for row in facts.indicators:
        w.writerow({k: _csv_safe(row.get(k)) for k in INDICATOR_COLUMNS})
    return buf.getvalue().encode("utf-8")


def indicators_json(facts: CaseFacts) -> bytes:
    doc = {
        "case": facts.reference,
        "identifiers": [{"type": i.type, "label": i.label, "value": i.value, "valid": i.valid, "note": i.note,
                         "seen": [{"where": s.where, "item_id": s.item_id, "message_id": s.message_id,
                                   "time": s.time.isoformat() if s.time else None, "sender": s.sender}
                                  for s in i.sightings]} for i in facts.identifiers],
        "indicators": facts.indicators,
    }
    return json.dumps(doc, indent=2, ensure_ascii=False, default=str).encode("utf-8")


def hashes_csv(facts: CaseFacts) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=HASH_COLUMNS, extrasaction="ignore")
    w.writeheader()
    for h in facts.hashes:
        w.writerow({k: _csv_safe(h.get(k)) for k in HASH_COLUMNS})
    return buf.getvalue().encode("utf-8")


def timeline_csv(vault: Vault, case_id: str) -> bytes:
    try:
        from standfast.ingest.timeline import write_csv
    except ImportError:
        return b""
    buf = io.StringIO()
    write_csv(iter_timeline(vault, case_id), buf)
    return buf.getvalue().encode("utf-8")


def _csv_safe(value: Any) -> Any:
    """Spreadsheets run cells starting with = + - @ as formulas; a leading quote keeps them text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def build_package(vault: Vault, case_id: str, to: Path | str, *, include_intimate: bool = False,
                  password: str | None = None, lang: str = "en") -> PackageResult:
    """Write the evidence package to ``to`` (a new .zip). See the module docstring."""
    to = Path(to)
    if to.suffix.lower() != ".zip":
        raise UsageError("The evidence package is a .zip file; give a name ending in .zip.")
    if password is not None and len(password) < 8:
        raise UsageError("Choose a password of at least 8 characters for the package, and send it separately.")
    signing_key(vault)  # made (and logged) before the facts are gathered, so the report shows it
    facts = gather(vault, case_id, lang=lang)
    case = facts.case
    minor = facts.minor
    if not safeguarding.may_include_intimate(safeguarding.CaseFacts.of(case)):
        include_intimate = False  # never, whatever was asked (the policy refuses each item anyway)
    pdf = render_pdf(vault, case.id, lang=lang, facts=facts)
    writer = PackageWriter(to, password=password)
    try:
        done = write_evidence(
            vault, case, writer, include_intimate=include_intimate,
            manifest_extra={"kind": PACKAGE_KIND, "reference": facts.reference, "minor_case": minor,
                            "encrypted": password is not None})
        writer.add_bytes("case-report.pdf", pdf)
        writer.add_bytes("timeline.csv", timeline_csv(vault, case.id))
        writer.add_bytes("indicators.csv", indicators_csv(facts))
        writer.add_bytes("indicators.json", indicators_json(facts))
        writer.add_bytes("image-hashes.csv", hashes_csv(facts))
        writer.add_bytes("README.txt", readme_text(facts, vault.actor, done.made, encrypted=password is not None,
                                                   fingerprint=vault_fingerprint(vault)))
        signer = done.signer(vault, case.id, kind=PACKAGE_KIND)
        path = writer.finish(signer)
    except BaseException:
        writer.abort()
        raise
    with vault.transaction() as s:
        vault.log(s, "report.package_built", case_id=case.id, details={
            "to": to.name, "files": done.files, "excluded": done.excluded, "manifest_sha256": done.manifest_sha256,
            "include_intimate": include_intimate, "encrypted": password is not None, "minor_case": minor,
            "statement_sha256": signer.statement_sha256, "fingerprint": signer.fingerprint})
    return PackageResult(path, done.files, done.excluded, done.manifest_sha256, path.stat().st_size,
                         fingerprint=signer.fingerprint)


def readme_text(facts: CaseFacts, actor: str, made: Any, *, encrypted: bool, fingerprint: str = "") -> bytes:
    minor_line = ("\nThe person affected is under 18. This package holds no intimate image: those are\n"
                  "listed by their hashes only (manifest.csv, image-hashes.csv), never their bytes.\n"
                  "Screenshots, chats, notes and mail without pictures are included.\n") if facts.minor else ""
    password_line = ("\nThis zip is encrypted (AES). The password was sent to you separately.\n"
                     if encrypted else "")
    title = f"Evidence package - case {facts.reference}"
    return README.format(reference=facts.reference, rule="=" * len(title), title=facts.case.title,
                         made=made.strftime("%Y-%m-%d %H:%M"), version=__version__, actor=shown_actor(actor),
                         minor_line=minor_line, password_line=password_line,
                         fingerprint=show_fingerprint(fingerprint, per_line=0)).encode("utf-8")
