"""Importing a hand-over bundle: check it, store its evidence under a new case key, continue its chain.

The person's custody entries are kept exactly as their vault exported them; the helpline appends
its own entries after the last one (``seq`` + 1, ``prev_hash`` = the person's last hash) and MACs
them with its key. ``verify_case`` checks the whole chain link by link with the same code that
checks exports, so it shows the person's entries followed by the helpline's.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from standfast.errors import InputError, IntegrityError, UsageError
from standfast.helpline import bundle as bundles
from standfast.helpline import casekeys
from standfast.helpline import schema as t
from standfast.helpline.crypto import seal, unseal
from standfast.helpline.store import Helpline, new_id
from standfast.vault.blobs import BlobStore, WrittenBlob
from standfast.vault.custody import canonical, content_hash, content_of, link_hash
from standfast.vault.db import utcnow
from standfast.vault.export_check import ExportCheck, check_custody_chain, parse_custody
from standfast.vault.package import PackageReader

WORK = "tmp"
FIRST_RESPONSE = timedelta(hours=48)  # the queue's clock: a new hand-over is due for a first reply


@dataclass
class Imported:
    case_id: str
    items: int
    files: int
    person_entries: int
    fingerprint: str


def import_bundle(hl: Helpline, bundle: Path) -> Imported:
    bundle = Path(bundle)
    with bundles.opened_bundle(bundle, hl.identity(), hl.blobs_root / WORK) as (plain, check):
        reader = PackageReader(plain)
        try:
            return _import(hl, bundle, reader, check)
        finally:
            reader.close()


def _import(hl: Helpline, bundle: Path, reader: PackageReader, check: ExportCheck) -> Imported:
    from standfast.vault.signing import STATEMENT_NAME

    statement = json.loads(reader.read_bytes(STATEMENT_NAME))
    if statement.get("kind") != bundles.KIND:
        raise InputError(f"{bundle.name} is not a hand-over bundle. Nothing was imported.")
    manifest = json.loads(reader.read_bytes("manifest.json"))
    handover = manifest.get("handover") or {}
    if handover.get("helpline_fingerprint") != hl.fingerprint:
        raise InputError(f"{bundle.name} was made for another helpline's key. Nothing was imported.")
    chain, problems = parse_custody(reader.read_bytes("custody.jsonl", limit=1 << 30))
    if chain is None or problems:
        raise InputError(f"The custody log in {bundle.name} cannot be read. Nothing was imported.")
    statement_sha = hashlib.sha256(reader.read_bytes(STATEMENT_NAME)).hexdigest()
    with hl.read() as c:
        if c.execute(sa.select(t.case.c.id).where(t.case.c.statement_sha256 == statement_sha)).first():
            raise UsageError(f"{bundle.name} was already imported. Nothing was changed.")

    case_id = new_id()
    case_key = casekeys.new_case_key()
    seal_k = casekeys.seal_key(case_key)
    store = BlobStore(hl.blobs_root, casekeys.blob_key(case_key))
    written: list[WrittenBlob] = []
    rows: list[dict[str, Any]] = []
    try:
        for row in manifest["items"]:
            blob_id = None
            if row.get("file"):
                with reader.open(row["file"]) as src:
                    w = store.write(src)
                written.append(w)
                if w.sha256 != row["sha256"]:
                    raise InputError(f"An evidence file in {bundle.name} does not match its hash. Nothing was "
                                     "imported.")
                blob_id = w.blob_id
            private = {k: row.get(k) for k in ("original_name", "original_path", "mtime", "acquired_at", "source",
                                              "meta", "excluded_reason", "parent_item_id", "file")}
            rows.append({"case_id": case_id, "id": row["id"], "kind": row["kind"], "sha256": row["sha256"],
                         "md5": row.get("md5"), "size": int(row["size"]), "mime": row.get("mime"),
                         "intimate": bool(row.get("intimate")), "status": row.get("status") or "active",
                         "blob_id": blob_id,
                         "sealed": seal(seal_k, canonical(private), purpose=f"item/{case_id}/{row['id']}")})
        store.commit_many(written)
        case = manifest.get("case") or {}
        fp = str(check.fingerprint)
        now = utcnow()
        with hl.transaction() as c:
            c.execute(sa.insert(t.case).values(
                id=case_id, title_sealed=seal(seal_k, str(case.get("title") or "").encode(),
                                              purpose=f"case-title/{case_id}"),
                state="new", age_group=str(case.get("age_group") or "unknown"),
                source_vault_id=str(statement.get("vault_id")), source_case_id=str(statement.get("case_id")),
                source_fingerprint=fp, statement_sha256=statement_sha, imported_at=now, due_at=now + FIRST_RESPONSE,
                item_count=len(rows)))
            casekeys.grant(c, case_id, casekeys.HELPLINE, hl.public_key, case_key)
            for sup in c.execute(sa.select(t.user.c.id, t.user.c.public_key).where(
                    t.user.c.role == "supervisor", t.user.c.active)).all():
                casekeys.grant(c, case_id, str(sup.id), str(sup.public_key), case_key)
            if rows:
                c.execute(sa.insert(t.item), rows)
            c.execute(sa.insert(t.custody), [
                {"case_id": case_id, "seq": int(e["seq"]), "origin": "person", "content_hash": e["content_hash"],
                 "prev_hash": e["prev_hash"], "hash": e["hash"], "mac": None,
                 "sealed": seal(seal_k, canonical(e), purpose=f"custody/{case_id}/{e['seq']}")} for e in chain])
            append_custody(hl, c, case_id, "helpline.imported", case_key=case_key, details={
                "bundle": bundle.name, "statement_sha256": statement_sha, "signer_fingerprint": fp,
                "source_case_id": statement.get("case_id"), "items": len(rows), "files": len(written)})
            hl.audit(c, "case.imported", case_id=case_id, details={
                "statement_sha256": statement_sha, "signer_fingerprint": fp, "items": len(rows)})
    except BaseException:
        for w in written:
            BlobStore.discard(w)
            store.path_for(w.blob_id).unlink(missing_ok=True)
        raise
    finally:
        store.close()
    return Imported(case_id, len(rows), len(written), len(chain), fp)


def append_custody(hl: Helpline, c: sa.Connection, case_id: str, action: str, *, item_id: str | None = None,
                   details: dict[str, Any] | None = None, actor: str | None = None,
                   case_key: bytes | None = None) -> dict[str, Any]:
    """One helpline entry after the case's last custody entry (the case row is locked meanwhile).

    The entry is sealed with the case key (opened with the helpline's own wrap when not given)."""
    c.execute(sa.select(t.case.c.id).where(t.case.c.id == case_id).with_for_update())
    last = c.execute(sa.select(t.custody.c.seq, t.custody.c.hash).where(t.custody.c.case_id == case_id)
                     .order_by(t.custody.c.seq.desc()).limit(1)).one()
    if case_key is None:
        case_key = casekeys.open_key(c, case_id, casekeys.HELPLINE, hl.identity())
    seq, prev = int(last[0]) + 1, str(last[1])
    now = utcnow()
    who = actor or hl.actor
    details = json.loads(canonical(details or {}))
    chash = content_hash(content_of(seq, now, who, action, case_id, item_id, details))
    entry = {"seq": seq, "time": now.isoformat(), "actor": who, "action": action, "case_id": case_id,
             "item_id": item_id, "details": details, "content_hash": chash, "prev_hash": prev,
             "hash": link_hash(prev, chash)}
    c.execute(sa.insert(t.custody).values(
        case_id=case_id, seq=seq, origin="helpline", content_hash=chash, prev_hash=prev, hash=entry["hash"],
        mac=_mac(hl, link_hash(prev, chash)),
        sealed=seal(casekeys.seal_key(case_key), canonical(entry), purpose=f"custody/{case_id}/{seq}")))
    return entry


def _mac(hl: Helpline, entry_hash: str) -> str:
    return hmac.new(hl.custody_mac_key, entry_hash.encode("ascii"), hashlib.sha256).hexdigest()


@dataclass
class CaseCheck:
    problems: list[str] = field(default_factory=list)
    person_entries: int = 0
    helpline_entries: int = 0
    entries: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_case(hl: Helpline, case_id: str) -> CaseCheck:
    """The case's whole custody chain: the person's entries, then the helpline's, every link and MAC.

    Entries are opened with the helpline's own wrap of the case key; after a purge only the links are
    left, and those are checked as an export's redacted entries are."""
    out = CaseCheck()
    with hl.read() as c:
        rows = c.execute(sa.select(t.custody).where(t.custody.c.case_id == case_id)
                         .order_by(t.custody.c.seq)).all()
        has_key = casekeys.HELPLINE in casekeys.holders(c, case_id)
        key = casekeys.open_key(c, case_id, casekeys.HELPLINE, hl.identity()) if has_key else None
    if not rows:
        out.problems.append("this case has no custody log")
        return out
    for r in rows:
        entry: dict[str, Any] = {"seq": r.seq, "redacted": True, "content_hash": r.content_hash,
                                 "prev_hash": r.prev_hash, "hash": r.hash}
        if key is not None and r.sealed:
            try:
                entry = json.loads(unseal(casekeys.seal_key(key), bytes(r.sealed),
                                          purpose=f"custody/{case_id}/{r.seq}"))
            except IntegrityError:
                out.problems.append(f"entry {r.seq} was altered (its sealed content does not open)")
            if (entry.get("content_hash"), entry.get("prev_hash"), entry.get("hash")) != (
                    r.content_hash, r.prev_hash, r.hash):
                out.problems.append(f"entry {r.seq} was altered (its content and its links differ)")
        out.entries.append(entry)
    check = ExportCheck()
    check_custody_chain(out.entries, check)
    out.problems += [f"{p.where}: {p.detail}".replace("custody.jsonl ", "") for p in check.problems]
    seen_helpline = False
    for r in rows:
        if r.origin == "helpline":
            seen_helpline = True
            out.helpline_entries += 1
            if r.mac is None or not hmac.compare_digest(_mac(hl, r.hash), r.mac):
                out.problems.append(f"entry {r.seq} has a wrong MAC (written without the helpline's key)")
        else:
            out.person_entries += 1
            if seen_helpline:
                out.problems.append(f"entry {r.seq} claims to be the person's but follows the helpline's")
    return out
