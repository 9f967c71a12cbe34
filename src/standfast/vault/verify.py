"""``standfast verify``: re-decrypt and re-hash every blob, check the custody chain, and
cross-check every case and item row against what the log recorded when it was made.

Any flipped byte in a blob (AES-GCM authentication and the SHA-256/MD5 re-hash), in the log
(content hash, chain link and MAC) or in a meaningful database field (compared with the log)
is reported by name. SQLite's own integrity check covers the database file's structure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text

from standfast.errors import IntegrityError
from standfast.vault.models import Blob, Case, CustodyEntry, Item

if TYPE_CHECKING:
    from standfast.vault.vault import Vault


@dataclass
class Problem:
    kind: str  # blob | item | case | custody | database
    ref: str | None
    message: str


@dataclass
class VerifyReport:
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    blobs_checked: int = 0
    bytes_checked: int = 0
    items_checked: int = 0
    cases_checked: int = 0
    custody_entries: int = 0
    custody_head: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "problems": [p.__dict__ for p in self.problems],
            "warnings": self.warnings,
            "blobs_checked": self.blobs_checked,
            "bytes_checked": self.bytes_checked,
            "items_checked": self.items_checked,
            "cases_checked": self.cases_checked,
            "custody_entries": self.custody_entries,
            "custody_head": self.custody_head,
        }


def _expected_states(entries: list[CustodyEntry]) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """Replay the log: what each case and item should look like now."""
    cases: dict[str, dict[str, Any]] = {}
    items: dict[str, dict[str, Any]] = {}
    for e in entries:
        d = e.details or {}
        if e.action in ("case.created", "case.updated") and e.case_id:
            cases[e.case_id] = {**d, "created_seq": cases.get(e.case_id, {}).get("created_seq", e.seq)}
        elif e.action == "item.added" and e.item_id:
            items[e.item_id] = {**d, "case_id": e.case_id, "status": "active", "seq": e.seq}
        elif e.item_id in items:
            state = items[e.item_id]
            if e.action == "item.marked":
                state["intimate"] = bool(d.get("intimate"))
            elif e.action == "item.withdrawn":
                state["status"] = "withdrawn"
            elif e.action == "item.restored":
                state["status"] = "active"
            elif e.action == "item.purged":
                state["status"] = "purged"
    return cases, items


_ITEM_FIELDS = ("kind", "sha256", "md5", "size", "mime", "source", "intimate", "parent_item_id")


def verify_vault(vault: Vault, progress: Callable[[int], None] | None = None) -> VerifyReport:
    report = VerifyReport()
    with vault.read() as s:
        integrity = s.execute(text("PRAGMA integrity_check")).scalars().all()
        if integrity != ["ok"]:
            report.problems.append(Problem("database", None, "the database file is damaged: "
                                           + "; ".join(str(x) for x in integrity[:5])))
        chain_problems, count, head = vault.custody.check(s)
        report.custody_entries, report.custody_head = count, head
        report.problems.extend(Problem("custody", str(p.seq) if p.seq else None, p.message)
                               for p in chain_problems)
        entries = list(s.scalars(select(CustodyEntry).order_by(CustodyEntry.seq)))
        cases_db = {c.id: c for c in s.scalars(select(Case))}
        items_db = {i.id: i for i in s.scalars(select(Item))}
        blobs_db = {b.id: b for b in s.scalars(select(Blob))}

    want_cases, want_items = _expected_states(entries)
    for case_id, case in cases_db.items():
        report.cases_checked += 1
        want = want_cases.get(case_id)
        if want is None:
            report.problems.append(Problem("case", case_id, f"case {case_id} is not in the custody log"))
            continue
        for key in ("title", "country", "age_group", "status"):
            if getattr(case, key) != want.get(key):
                report.problems.append(Problem("case", case_id, f"case {case_id}: {key} differs from the log"))
        if list(case.platforms or []) != list(want.get("platforms") or []):
            report.problems.append(Problem("case", case_id, f"case {case_id}: platforms differ from the log"))
    for case_id in want_cases.keys() - cases_db.keys():
        report.problems.append(Problem("case", case_id, f"case {case_id} is in the log but missing"))

    for item_id, item in items_db.items():
        report.items_checked += 1
        want = want_items.get(item_id)
        if want is None:
            report.problems.append(Problem("item", item_id, f"item {item_id} is not in the custody log"))
            continue
        for key in _ITEM_FIELDS:
            if getattr(item, key) != want.get(key):
                report.problems.append(Problem("item", item_id, f"item {item_id}: {key} differs from the log"))
        if item.original_name != want.get("name") or item.original_path != want.get("original_path"):
            report.problems.append(Problem("item", item_id, f"item {item_id}: its name differs from the log"))
        if item.case_id != want.get("case_id"):
            report.problems.append(Problem("item", item_id, f"item {item_id}: its case differs from the log"))
        if item.status != want.get("status"):
            report.problems.append(Problem("item", item_id, f"item {item_id}: status differs from the log"))
        needs_blob = item.kind in ("file", "note", "url") and item.status != "purged"
        if needs_blob and item.blob_id not in blobs_db:
            report.problems.append(Problem("item", item_id, f"item {item_id}: its stored bytes are missing"))
        elif needs_blob and item.blob_id is not None and blobs_db[item.blob_id].sha256 != item.sha256:
            report.problems.append(Problem("item", item_id, f"item {item_id}: points at the wrong stored bytes"))
    for item_id in want_items.keys() - items_db.keys():
        report.problems.append(Problem("item", item_id, f"item {item_id} is in the log but missing"))

    users: dict[str, list[str]] = {}
    for item in items_db.values():
        if item.blob_id:
            users.setdefault(item.blob_id, []).append(item.id)
    for blob_id, blob in blobs_db.items():
        report.blobs_checked += 1
        named = ", ".join(f"item {i}" for i in sorted(users.get(blob_id, []))) or "no item"
        try:
            sha, md5, size = vault.blobs.hash_blob(blob_id, progress=progress)
        except IntegrityError as exc:
            report.problems.append(Problem("blob", blob_id, f"{exc} ({named})"))
            continue
        report.bytes_checked += size
        if (sha, md5, size) != (blob.sha256, blob.md5, blob.size):
            report.problems.append(Problem("blob", blob_id, f"blob {blob_id} does not match its recorded hashes "
                                                            f"({named})"))
    orphans = vault.blobs.existing_ids() - blobs_db.keys()
    if orphans:
        report.warnings.append(f"{len(orphans)} stored file(s) belong to no item (left by an interrupted add; "
                               "they are removed when the vault is next opened by one program alone)")
    return report
