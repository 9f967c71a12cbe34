"""The chain of custody: an append-only log whose entries chain by SHA-256.

Each entry's ``content_hash`` is SHA-256 over the canonical JSON of its fields (sorted keys, no
spaces, UTF-8). Its ``hash`` is SHA-256 over ``prev_hash + ":" + content_hash`` (hex text), so an
export can prove the chain intact while leaving out the details of other cases' entries. A MAC
under a key derived from the data key stops anyone without the passphrase from rewriting the
whole chain. The newest entry is also written to ``custody.head`` so a truncated log is noticed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from standfast.vault.db import utcnow
from standfast.vault.fsutil import atomic_write_bytes
from standfast.vault.models import CustodyEntry
from standfast.vault.rows import SEAL_COLUMN, RowSealer

GENESIS = "0" * 64


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def content_of(seq: int, time: datetime, actor: str, action: str, case_id: str | None,
               item_id: str | None, details: dict[str, Any], records: dict[str, Any] | None = None) -> dict[str, Any]:
    """What an entry's content hash covers. ``records`` (the per-case record tags of
    ``standfast.vault.records``, since schema 4) is covered when the entry carries it."""
    content = {"seq": seq, "time": time.isoformat(), "actor": actor, "action": action,
               "case_id": case_id, "item_id": item_id, "details": details}
    if records:
        content["records"] = records
    return content


def content_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(content)).hexdigest()


def link_hash(prev_hash: str, chash: str) -> str:
    return hashlib.sha256(f"{prev_hash}:{chash}".encode("ascii")).hexdigest()


@dataclass
class BulkEntry:
    """A custody entry inserted without the ORM (:meth:`CustodyLog.append_many`)."""

    seq: int
    time: datetime
    actor: str
    action: str
    case_id: str | None
    item_id: str | None
    details: dict[str, Any]
    prev_hash: str
    records: dict[str, Any] | None = None


@dataclass
class ChainProblem:
    seq: int | None
    message: str


def _seq_of(head: dict[str, Any]) -> int:
    try:
        return int(head.get("seq", 0))
    except (TypeError, ValueError):
        return 0


class CustodyLog:
    """Appends to and checks the log. ``mac_key`` is derived from the vault's data key."""

    def __init__(self, head_path: Path, mac_key: bytes) -> None:
        self.head_path = head_path
        self._mac_key = mac_key
        # The newest entry of the transaction in progress, per thread: the web app and importers
        # write from several threads, and each may only record what it committed itself.
        self._pending = threading.local()
        self._head_lock = threading.Lock()

    def mac(self, entry_hash: str) -> str:
        return hmac.new(self._mac_key, entry_hash.encode("ascii"), hashlib.sha256).hexdigest()

    def append(self, session: Session, *, actor: str, action: str, case_id: str | None = None,
               item_id: str | None = None, details: dict[str, Any] | None = None,
               records: dict[str, Any] | None = None) -> CustodyEntry:
        # Writers hold the database's write lock (BEGIN IMMEDIATE), so within one transaction the
        # last entry can be remembered instead of read again for every append.
        last = self._last(session)
        seq, prev = last[0] + 1, last[1]
        now = utcnow()
        details = json.loads(canonical(details or {}))  # exactly what the database will hold
        records = json.loads(canonical(records)) if records else None
        chash = content_hash(content_of(seq, now, actor, action, case_id, item_id, details, records))
        entry_hash = link_hash(prev, chash)
        entry = CustodyEntry(seq=seq, time=now, actor=actor, action=action, case_id=case_id, item_id=item_id,
                             details=details, records=records, content_hash=chash, prev_hash=prev,
                             hash=entry_hash, mac=self.mac(entry_hash))
        session.add(entry)
        session.info["custody_last"] = (seq, entry_hash)
        session.info["custody_last_entry"] = entry
        self._pending.head = {"seq": seq, "hash": entry_hash, "mac": entry.mac}
        return entry

    def _last(self, session: Session) -> tuple[int, str]:
        last = session.info.get("custody_last")
        if last is None:
            last = session.execute(
                select(CustodyEntry.seq, CustodyEntry.hash).order_by(CustodyEntry.seq.desc()).limit(1)
            ).first() or (0, GENESIS)
        return int(last[0]), str(last[1])

    def append_many(self, session: Session, sealer: RowSealer, *, actor: str,
                    entries: list[tuple[str, str | None, str | None, dict[str, Any]]]) -> None:
        """Append many entries ``(action, case_id, item_id, details)`` with one Core ``INSERT`` (a batch
        of added files): the same chain, MACs and sealed rows as :meth:`append`, without the ORM."""
        if not entries:
            return
        seq, prev = self._last(session)
        rows: list[dict[str, Any]] = []
        last: BulkEntry | None = None
        for action, case_id, item_id, details in entries:
            seq += 1
            now = utcnow()
            details = json.loads(canonical(details))
            chash = content_hash(content_of(seq, now, actor, action, case_id, item_id, details))
            entry_hash = link_hash(prev, chash)
            clear = {"seq": seq, "action": action, "case_id": case_id, "item_id": item_id, "content_hash": chash,
                     "prev_hash": prev, "hash": entry_hash, "mac": self.mac(entry_hash)}
            rows.append({**clear, SEAL_COLUMN: sealer.seal(CustodyEntry, clear, {"time": now, "actor": actor,
                                                                               "details": details})})
            last = BulkEntry(seq, now, actor, action, case_id, item_id, details, prev)
            prev = entry_hash
        session.execute(insert(cast(Table, CustodyEntry.__table__)), rows)
        session.info["custody_last"] = (seq, prev)
        session.info["custody_last_entry"] = last
        session.info["custody_sealer"] = sealer
        self._pending.head = {"seq": seq, "hash": prev, "mac": rows[-1]["mac"]}

    def amend_last(self, session: Session, records: dict[str, Any]) -> bool:
        """Give the newest entry of this transaction the per-case record tags (nothing chains after it yet).

        Used at commit (``standfast.vault.records``): the tags are known only once every row of the
        transaction is written. The entry's details stay as they were. False when this transaction
        wrote no entry.
        """
        entry: CustodyEntry | BulkEntry | None = session.info.get("custody_last_entry")
        if entry is None:
            return False
        records = json.loads(canonical(records))
        chash = content_hash(content_of(entry.seq, entry.time, entry.actor, entry.action, entry.case_id,
                                        entry.item_id, entry.details or {}, records))
        entry_hash = link_hash(entry.prev_hash, chash)
        mac = self.mac(entry_hash)
        if isinstance(entry, BulkEntry):
            clear = {"seq": entry.seq, "action": entry.action, "case_id": entry.case_id, "item_id": entry.item_id,
                     "content_hash": chash, "prev_hash": entry.prev_hash, "hash": entry_hash, "mac": mac}
            sealer: RowSealer = session.info["custody_sealer"]
            seal = sealer.seal(CustodyEntry, clear, {"time": entry.time, "actor": entry.actor,
                                                    "details": entry.details, "records": records})
            table = cast(Table, CustodyEntry.__table__)
            session.execute(update(table).where(table.c.seq == entry.seq).values(
                content_hash=chash, hash=entry_hash, mac=mac, row_seal=seal))
            entry.records = records
        else:
            entry.records, entry.content_hash, entry.hash, entry.mac = records, chash, entry_hash, mac
        session.info["custody_last"] = (entry.seq, entry_hash)
        self._pending.head = {"seq": entry.seq, "hash": entry_hash, "mac": mac}
        return True

    def set_head_after_commit(self, seq: int, entry_hash: str, mac: str) -> None:
        """For an entry written without :meth:`append` (the schema upgrade): the next write_head records it."""
        self._pending.head = {"seq": seq, "hash": entry_hash, "mac": mac}

    def write_head(self) -> None:
        """After a commit: record the newest entry outside the database (never moving it back)."""
        pending = getattr(self._pending, "head", None)
        if pending is None:
            return
        self._pending.head = None
        with self._head_lock:
            current = self.read_head()
            # Another thread may have committed a later entry and written its head first.
            if current is not None and not current.get("damaged") and _seq_of(current) >= pending["seq"]:
                return
            try:
                atomic_write_bytes(self.head_path, canonical(pending))
            except OSError:
                # The entry is committed; a head that lags behind is renewed by the next commit and
                # is never read as "entries removed" (verify compares it with the log itself).
                return

    def discard_pending(self) -> None:
        self._pending.head = None

    def read_head(self) -> dict[str, Any] | None:
        try:
            head = json.loads(self.head_path.read_bytes())
        except FileNotFoundError:
            return None
        except ValueError:
            return {"damaged": True}
        return head if isinstance(head, dict) else {"damaged": True}

    def check(self, session: Session) -> tuple[list[ChainProblem], int, str]:
        """Every problem in the chain, the number of entries, and the newest hash."""
        problems: list[ChainProblem] = []
        prev = GENESIS
        expected_seq = 1
        count = 0
        hashes: dict[int, str] = {}
        for entry in session.scalars(select(CustodyEntry).order_by(CustodyEntry.seq)):
            count += 1
            if entry.seq != expected_seq:
                problems.append(ChainProblem(entry.seq, f"custody entry {expected_seq} is missing"))
                expected_seq = entry.seq
            chash = content_hash(content_of(entry.seq, entry.time, entry.actor, entry.action, entry.case_id,
                                            entry.item_id, entry.details or {}, entry.records))
            if chash != entry.content_hash:
                problems.append(ChainProblem(entry.seq, f"custody entry {entry.seq} was altered"))
            if entry.prev_hash != prev:
                problems.append(ChainProblem(entry.seq, f"custody entry {entry.seq} does not follow entry "
                                                        f"{entry.seq - 1}"))
            if link_hash(entry.prev_hash, entry.content_hash) != entry.hash:
                problems.append(ChainProblem(entry.seq, f"custody entry {entry.seq} has a wrong hash"))
            if not hmac.compare_digest(self.mac(entry.hash), entry.mac):
                problems.append(ChainProblem(entry.seq, f"custody entry {entry.seq} has a wrong MAC "
                                                        "(rewritten without the vault key)"))
            prev = entry.hash
            hashes[entry.seq] = entry.hash
            expected_seq += 1
        head = self.read_head()
        if head is None:
            if count:
                problems.append(ChainProblem(None, "custody.head is missing"))
        elif head.get("damaged"):
            problems.append(ChainProblem(None, "custody.head is damaged"))
        else:
            seq = int(head.get("seq", 0))
            if seq > count:
                problems.append(ChainProblem(seq, f"the custody log ends at entry {count} but entry {seq} "
                                                  "was written: entries were removed"))
            elif hashes.get(seq) != head.get("hash") or not hmac.compare_digest(
                self.mac(str(head.get("hash"))), str(head.get("mac"))
            ):
                problems.append(ChainProblem(seq, f"custody entry {seq} differs from custody.head"))
        return problems, count, prev
