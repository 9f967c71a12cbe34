"""``standfast verify``: check every fact the vault keeps, in one consistent snapshot.

What is checked, and how:

* every row of every sealed table (``standfast.vault.rows.REGISTRY``: cases, items, blobs, custody
  entries, commitments, and any other concern's sealed tables) authenticates: a change to any
  column, clear or sealed, is found;
* the custody log: sequence, content hash, chain link and MAC of each entry, and ``custody.head``;
* cases and items against what the custody log recorded (a whole row put back to an older,
  once-valid version is found this way);
* every blob is decrypted (AES-GCM per chunk) and re-hashed (SHA-256, MD5, size);
* imported message blocks: each body is unsealed, each index decoded, and each parsed file's
  blocks compared with the commitment made when its import completed (order, count, deletions);
* blob files that the database does not list, and the quarantine folder.

Everything is read inside one read transaction (SQLite WAL snapshot): rows committed by another
program during the run are not seen, and files they add are not counted against the snapshot, so
concurrent adds and imports never raise a false alarm. A finding says what changed, where, and
since when: the last custody entry that still matches.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from standfast.errors import IntegrityError
from standfast.vault.custody import GENESIS, content_hash, content_of, link_hash
from standfast.vault.ledger import (
    POSITION_BITS,
    attachment_digest,
    block_entries,
    compare,
    compare_attachments,
    source_row,
    source_scope,
)
from standfast.vault.models import Blob, Case, Commitment, CustodyEntry, Item
from standfast.vault.records import VAULT_SCOPE, Totals, committed_models, expected_tags
from standfast.vault.rows import REGISTRY, OpenedRow, read_table

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

ProgressFn = Callable[[int], None]
_VERIFY_WORKERS = 2


@dataclass
class Problem:
    kind: str  # blob | item | case | custody | row | block | database | quarantine | unlisted
    where: str
    detail: str

    # Older callers read .ref and .message.
    @property
    def ref(self) -> str:
        return self.where

    @property
    def message(self) -> str:
        return self.detail


@dataclass
class VerifyReport:
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    blobs_checked: int = 0
    bytes_checked: int = 0
    rows_checked: int = 0
    blocks_checked: int = 0
    items_checked: int = 0
    cases_checked: int = 0
    custody_entries: int = 0
    custody_head: str | None = None
    quarantined: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, where: str, detail: str) -> None:
        self.problems.append(Problem(kind, where, detail))

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checked": {"blobs": self.blobs_checked, "rows": self.rows_checked, "blocks": self.blocks_checked,
                        "custody_entries": self.custody_entries},
            "problems": [{"kind": p.kind, "where": p.where, "detail": p.detail} for p in self.problems],
            "warnings": self.warnings,
            "bytes_checked": self.bytes_checked,
            "quarantined": self.quarantined,
            "custody_head": self.custody_head,
        }


@dataclass
class _Entry:
    seq: int
    action: str
    case_id: str | None
    item_id: str | None
    time: datetime | None
    details: dict[str, Any]
    ok: bool
    records: dict[str, Any] = field(default_factory=dict)


class _Since:
    """Words for "since when": the newest custody entry that still matches, for an object or overall."""

    def __init__(self, entries: list[_Entry], last_intact: int) -> None:
        self._entries = {e.seq: e for e in entries}
        self._last_intact = last_intact
        self._last_for: dict[str, int] = {}
        for e in entries:
            if e.ok and e.seq <= last_intact:
                for key in (e.case_id, e.item_id):
                    if key:
                        self._last_for[key] = e.seq

    def text(self, key: str | None = None) -> str:
        seq = self._last_for.get(key or "", self._last_intact) if key else self._last_intact
        e = self._entries.get(seq)
        if e is None:
            return "since the vault was created"
        when = e.time.strftime("%Y-%m-%d %H:%M UTC") if e.time else "an unknown time"
        return f"since custody entry {seq} ({e.action}, {when}), the last one that still matches"


def verify_vault(vault: Vault, progress: ProgressFn | None = None) -> VerifyReport:
    report = VerifyReport()
    with vault.read() as session:
        conn = session.connection()  # BEGIN: every read below sees the same snapshot
        raw = conn.connection.driver_connection
        assert raw is not None
        # Text that is not UTF-8 (a cell overwritten with bytes) must become a finding, not a crash.
        raw.text_factory = _lenient_text
        try:
            _verify_snapshot(vault, conn, report, progress)
        finally:
            raw.text_factory = str
    return report


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _verify_snapshot(vault: Vault, conn: Connection, report: VerifyReport, progress: ProgressFn | None) -> None:
    _check_database_file(conn, report)
    _verify_rest(vault, conn, report, progress)


def _table_names(conn: Connection) -> set[str]:
    return {str(n) for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}


def _hash_one(vault: Vault, blob_id: str) -> tuple[str, str, int] | IntegrityError:
    try:
        return vault.blobs.hash_blob(blob_id, inline=True)
    except IntegrityError as exc:
        return exc


def _verify_rest(vault: Vault, conn: Connection, report: VerifyReport, progress: ProgressFn | None) -> None:
    tables = _check_rows(vault, conn, report)
    entries, last_intact = _check_custody(vault, conn, tables[CustodyEntry.__tablename__], report)
    since = _Since(entries, last_intact)
    for p in report.problems:
        if p.kind == "custody" and "since" not in p.detail:
            p.detail += f" (the log is intact up to entry {last_intact})"
    _report_bad_rows(tables, since, report)
    _check_against_log(tables, entries, since, report)
    _check_records(vault, tables, entries, since, report)
    blob_ids = {r.clear["id"] for r in tables[Blob.__tablename__]}
    _check_blobs(vault, tables, since, report, progress, max((e.seq for e in entries), default=0))
    _check_blocks(vault, conn, tables, since, report)
    _check_stray_files(vault, blob_ids, report)


# -- the database file and its rows ----------------------------------------------------------------
def _check_database_file(conn: Connection, report: VerifyReport) -> None:
    result = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    if result != ["ok"]:
        report.add("database", "standfast.db", "the database file is damaged: " + "; ".join(result[:3]))


def _check_rows(vault: Vault, conn: Connection, report: VerifyReport) -> dict[str, list[OpenedRow]]:
    tables: dict[str, list[OpenedRow]] = {}
    existing = _table_names(conn)
    for model in REGISTRY:
        name = model.__tablename__  # type: ignore[attr-defined]
        if name not in existing:
            tables[name] = []
            continue
        rows = list(read_table(conn, model, vault.rows))
        tables[name] = rows
        report.rows_checked += len(rows)
    return tables


_WHAT = {"vault_case": ("case", "case"), "vault_item": ("item", "evidence item"),
         "vault_blob": ("blob", "record of stored file"), "vault_commitment": ("block", "record of imported blocks"),
         "analyze_result": ("row", "stored verdict"), "analyze_indicator": ("row", "stored indicator"),
         "takedown_hash": ("row", "record of image hashes"), "takedown_match": ("row", "record of a copy found"),
         "ingest_suspect": ("row", "suspect mark"), "guide_answers": ("row", "record of interview answers"),
         "guide_step": ("row", "plan step"), "analyze_correction": ("row", "correction of a verdict"),
         "vault_records": ("row", "record digest")}


def _report_bad_rows(tables: dict[str, list[OpenedRow]], since: _Since, report: VerifyReport) -> None:
    for name, rows in tables.items():
        if name == CustodyEntry.__tablename__:
            continue  # reported with the chain
        kind, what = _WHAT.get(name, ("row", f"row of {name}"))
        for row in rows:
            if row.problem is None:
                continue
            key = row.clear.get("case_id") if name != "vault_case" else row.pk
            item = row.clear.get("item_id") or (row.pk if name == "vault_item" else None)
            when = since.text(str(item)) if item else since.text(str(key) if key else None)
            report.add(kind, f"{name} {row.pk}", f"this {what} was changed outside Standfast: {row.problem}; "
                                                  f"{when}")


# -- custody log ---------------------------------------------------------------------------------------
def _check_custody(vault: Vault, conn: Connection, rows: list[OpenedRow],
                   report: VerifyReport) -> tuple[list[_Entry], int]:
    rows = sorted(rows, key=lambda r: _int(r.clear.get("seq")))
    entries: list[_Entry] = []
    prev, expected, last_intact, broken = GENESIS, 1, 0, False
    for r in rows:
        c = r.clear
        seq = _int(c.get("seq"))
        f = r.fields or {}
        problems: list[str] = []
        if seq != expected:
            problems.append(f"custody entries {expected}–{seq - 1} are missing" if seq > expected
                            else f"custody entry {seq} is out of order")
        if r.fields is None:
            problems.append(f"custody entry {seq} was altered: {r.problem}")
        else:
            chash = content_hash(content_of(seq, f["time"], f["actor"], str(c.get("action")), c.get("case_id"),
                                            c.get("item_id"), f.get("details") or {}, f.get("records")))
            if chash != c.get("content_hash"):
                problems.append(f"custody entry {seq} was altered (its content no longer matches its hash)")
        if c.get("prev_hash") != prev:
            problems.append(f"custody entry {seq} does not follow entry {seq - 1}")
        if link_hash(str(c.get("prev_hash")), str(c.get("content_hash"))) != c.get("hash"):
            problems.append(f"custody entry {seq} has a wrong hash")
        if not hmac.compare_digest(vault.custody.mac(str(c.get("hash"))), str(c.get("mac"))):
            problems.append(f"custody entry {seq} has a wrong MAC (rewritten without the vault key)")
        for text_ in problems:
            report.add("custody", f"custody entry {seq}", text_)
        ok = not problems
        if not ok:
            broken = True
        elif not broken:
            last_intact = seq
        entries.append(_Entry(seq, str(c.get("action")), c.get("case_id"), c.get("item_id"), f.get("time"),
                              f.get("details") or {}, ok, f.get("records") or {}))
        prev = str(c.get("hash"))
        expected = seq + 1
    report.custody_entries = len(rows)
    report.custody_head = prev if rows else None
    _check_head(vault, rows, report)
    return entries, last_intact


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _check_head(vault: Vault, rows: list[OpenedRow], report: VerifyReport) -> None:
    head = vault.custody.read_head()
    hashes = {_int(r.clear.get("seq")): r.clear.get("hash") for r in rows}
    if head is None:
        if rows:
            report.add("custody", "custody.head", "custody.head is missing")
        return
    if head.get("damaged"):
        report.add("custody", "custody.head", "custody.head is damaged")
        return
    seq = _int(head.get("seq"))
    if not hmac.compare_digest(vault.custody.mac(str(head.get("hash"))), str(head.get("mac"))):
        report.add("custody", "custody.head", "custody.head was altered (its MAC does not match)")
        return
    if seq in hashes:
        if hashes[seq] != head.get("hash"):
            report.add("custody", f"custody entry {seq}", f"custody entry {seq} differs from custody.head")
        return
    if seq > max(hashes, default=0):
        # Another program may have committed entries after this snapshot began: ask the database now.
        latest = vault.custody_hash_now(seq)
        if latest != head.get("hash"):
            report.add("custody", "custody log", f"the custody log ends at entry {max(hashes, default=0)} but "
                                                 f"entry {seq} was written: entries were removed")
        return
    report.add("custody", f"custody entry {seq}", f"custody entry {seq} is missing")


# -- cases and items against the custody log -----------------------------------------------------------
def _expected_states(entries: list[_Entry]) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    cases: dict[str, dict[str, Any]] = {}
    items: dict[str, dict[str, Any]] = {}
    for e in entries:
        d = e.details
        if e.action in ("case.created", "case.updated") and e.case_id:
            cases[e.case_id] = dict(d)
        elif e.action == "item.added" and e.item_id:
            items[e.item_id] = {**d, "case_id": e.case_id, "status": "active"}
        elif e.item_id in items:
            state = items[e.item_id]
            if e.action == "item.marked":
                state["intimate"] = bool(d.get("intimate"))
            elif e.action == "item.withdrawn":
                state["status"], state["status_reason"] = "withdrawn", d.get("reason")
            elif e.action == "item.restored":
                state["status"], state["status_reason"] = "active", None
            elif e.action == "item.purged":
                state["status"], state["status_reason"] = "purged", d.get("reason")
            elif e.action == "item.recovered":
                state["status"] = "active"
    return cases, items


_ITEM_FIELDS = {"kind": "kind", "sha256": "sha256", "md5": "md5", "size": "size", "mime": "mime",
                "source": "source", "intimate": "intimate", "parent_item_id": "parent_item_id",
                "name": "original_name", "original_path": "original_path", "case_id": "case_id",
                "status": "status", "mtime": "mtime", "status_reason": "status_reason"}


def _check_against_log(tables: dict[str, list[OpenedRow]], entries: list[_Entry], since: _Since,
                       report: VerifyReport) -> None:
    want_cases, want_items = _expected_states(entries)
    cases = {r.pk: r for r in tables[Case.__tablename__]}
    for case_id, row in cases.items():
        report.cases_checked += 1
        if row.fields is None:
            continue
        want = want_cases.get(case_id)
        if want is None:
            report.add("case", f"case {case_id}", f"case {case_id} is not in the custody log")
            continue
        values = {**row.clear, **row.fields}
        for key in ("title", "country", "age_group", "status", "platforms"):
            if key in want and _same(values.get(key), want.get(key)) is False:
                report.add("case", f"case {case_id}", f"case {case_id}: its {key} differs from the custody log, "
                                                      f"{since.text(case_id)}")
    for case_id in want_cases.keys() - cases.keys():
        report.add("case", f"case {case_id}", f"case {case_id} is in the custody log but was removed, "
                                              f"{since.text(case_id)}")

    items = {r.pk: r for r in tables[Item.__tablename__]}
    blobs = {r.pk: r for r in tables[Blob.__tablename__]}
    for item_id, row in items.items():
        report.items_checked += 1
        if row.fields is None:
            continue
        want = want_items.get(item_id)
        if want is None:
            report.add("item", f"item {item_id}", f"item {item_id} is not in the custody log")
            continue
        values = {**row.clear, **row.fields}
        for logged, column in _ITEM_FIELDS.items():
            if logged in want and _same(values.get(column), want.get(logged)) is False:
                report.add("item", f"item {item_id}", f"item {item_id}: its {column.replace('_', ' ')} differs "
                                                      f"from the custody log, {since.text(item_id)}")
        blob_id = row.clear.get("blob_id")
        needs_blob = values.get("kind") in ("file", "note", "url") and values.get("status") != "purged"
        if needs_blob and blob_id not in blobs:
            report.add("item", f"item {item_id}", f"item {item_id}: its stored bytes are not listed, "
                                                  f"{since.text(item_id)}")
        elif blob_id in blobs and (blobs[blob_id].fields or {}).get("sha256") not in (None, values.get("sha256")):
            report.add("item", f"item {item_id}", f"item {item_id} points at other stored bytes, "
                                                  f"{since.text(item_id)}")
    for item_id in want_items.keys() - items.keys():
        report.add("item", f"item {item_id}", f"item {item_id} is in the custody log but was removed, "
                                              f"{since.text(item_id)}")


_NOUNS = {"vault_case": "case record", "vault_item": "evidence item", "vault_blob": "record of a stored file",
          "vault_commitment": "record of imported blocks", "analyze_result": "stored verdict",
          "analyze_indicator": "stored indicator", "analyze_correction": "correction of a verdict",
          "takedown_hash": "record of image hashes", "takedown_match": "record of a copy found",
          "ingest_suspect": "suspect mark", "guide_answers": "record of interview answers", "guide_step": "plan step"}


def _count(n: int, table: str) -> str:
    noun = _NOUNS.get(table, f"row of {table}")
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s".replace("record ofs", "records of").replace(
        "correction ofs", "corrections of")


def _check_records(vault: Vault, tables: dict[str, list[OpenedRow]], entries: list[_Entry], since: _Since,
                   report: VerifyReport) -> None:
    """Each case's rows of each table against the digest the custody chain recorded for them."""
    expected = expected_tags((e.seq, e.records) for e in entries)
    actual: Totals = {}
    for model in committed_models():
        for row in tables.get(model.__tablename__, []):  # type: ignore[attr-defined]
            vault.records.add(actual, model, row.clear, row.seal)
    for scope, table in sorted(expected.keys() | actual.keys()):
        count, total = actual.get((scope, table), [0, 0])
        owner = "the vault" if scope == VAULT_SCOPE else f"case {scope}"
        where = f"{owner}, {table}"
        when = since.text(None if scope == VAULT_SCOPE else scope)
        want = expected.get((scope, table))
        if want is None:
            if count:
                report.add("row", where, f"{_count(count, table)} of {owner} that the custody log does not account "
                                         f"for (added outside Standfast), {when}")
            continue
        want_count, want_tag, seq = want
        if hmac.compare_digest(vault.records.tag(scope, table, count, total), want_tag):
            continue
        if count < want_count:
            change = f"{_count(want_count - count, table)} of {owner} removed"
        elif count > want_count:
            change = f"{_count(count - want_count, table)} added to {owner} outside Standfast"
        else:
            change = (f"a {_NOUNS.get(table, 'row')} of {owner} replaced, copied in, or put back to an older "
                      f"version")
        report.add("row", where, f"{change} (custody entry {seq} recorded {want_count}, now {count}), {when}")
    # The cached digests the next commit builds on: each must give the tag the custody log recorded.
    for r in tables.get("vault_records", []):
        if r.fields is None:
            continue  # reported with the other rows
        scope, table = str(r.clear.get("scope")), str(r.clear.get("table_name"))
        want = expected.get((scope, table))
        try:
            tag = vault.records.tag(scope, table, _int(r.fields.get("count")), int(str(r.fields.get("total")), 16))
        except ValueError:
            tag = ""
        if want is None or not hmac.compare_digest(tag, want[1]):
            report.add("row", f"vault_records {scope}/{table}", "the vault's cached digest of these records was "
                                                               "changed or put back outside Standfast")
    cached = {(str(r.clear.get("scope")), str(r.clear.get("table_name"))) for r in tables.get("vault_records", [])}
    for scope, table in sorted(expected.keys() - cached):
        report.add("row", f"vault_records {scope}/{table}", "the vault's cached digest of these records was removed "
                                                           "outside Standfast")


def _same(actual: Any, logged: Any) -> bool:
    if isinstance(actual, datetime):
        actual = actual.isoformat()
    if isinstance(actual, tuple):
        actual = list(actual)
    return bool(actual == logged)


# -- blobs -------------------------------------------------------------------------------------------
def _check_blobs(vault: Vault, tables: dict[str, list[OpenedRow]], since: _Since, report: VerifyReport,
                 progress: ProgressFn | None, snapshot_seq: int) -> None:
    """Every blob decrypted and re-hashed by a small pool of worker threads (AES-GCM, SHA-256 and
    MD5 release the GIL on large buffers); results are taken in order, in this thread.

    The pool starts only once the rows are checked, so this thread's Python work does not take the
    GIL from the workers at every chunk (each chunk's read, decrypt and hashes wait for it).
    """
    users: dict[str, list[str]] = {}
    for r in tables[Item.__tablename__]:
        if r.clear.get("blob_id"):
            users.setdefault(str(r.clear["blob_id"]), []).append(r.pk)
    rows = tables[Blob.__tablename__]
    with ThreadPoolExecutor(max_workers=_VERIFY_WORKERS, thread_name_prefix="standfast-verify") as pool:
        jobs = [pool.submit(_hash_one, vault, row.pk) for row in rows]
        try:
            for row, job in zip(rows, jobs, strict=True):
                _blob_result(vault, row, job, users, since, report, progress, snapshot_seq)
        finally:
            for job in jobs:
                job.cancel()  # after an error, blobs not yet started are not read


def _blob_result(vault: Vault, row: OpenedRow, job: Future[tuple[str, str, int] | IntegrityError],
                 users: dict[str, list[str]], since: _Since, report: VerifyReport, progress: ProgressFn | None,
                 snapshot_seq: int) -> None:
    blob_id = row.pk
    report.blobs_checked += 1
    named = ", ".join(f"item {i}" for i in sorted(users.get(blob_id, []))) or "no item"
    key = sorted(users.get(blob_id, []))[0] if users.get(blob_id) else None
    result = job.result()
    if isinstance(result, IntegrityError):
        if "missing" in str(result) and vault.blob_purged_since(blob_id, snapshot_seq, users.get(blob_id, [])):
            return  # purged by another program after this snapshot began, and logged as such
        report.add("blob", f"blob {blob_id}", f"{result} ({named}), {since.text(key)}")
        return
    sha, md5, size = result
    if progress:
        progress(size)
    report.bytes_checked += size
    f = row.fields or {}
    if row.fields is not None and (sha, md5, size) != (f.get("sha256"), f.get("md5"), row.clear.get("size")):
        report.add("blob", f"blob {blob_id}", f"blob {blob_id} does not match its recorded hashes ({named}), "
                                              f"{since.text(key)}")


# -- imported message blocks ---------------------------------------------------------------------------
def _check_blocks(vault: Vault, conn: Connection, tables: dict[str, list[OpenedRow]], since: _Since,
                  report: VerifyReport) -> None:
    names = {str(n) for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    if "ingest_block" not in names or "ingest_source" not in names:
        return
    from standfast.ingest.blocks import decode_index, open_body

    commitments = {r.pk: r for r in tables[Commitment.__tablename__]}
    sources: list[Any] = list(conn.execute(text("SELECT id, seq, case_id, file_sha256, status FROM ingest_source "
                                                "ORDER BY seq")).all())
    covered = 0
    for source_id, seq, case_id, file_sha, status in sources:
        entries = block_entries(conn, int(seq))
        where = f"imported file {source_id}"
        for block_id, block_case, _last, count, _i, _b in entries:
            report.blocks_checked += 1
            row = conn.execute(text('SELECT "index", body FROM ingest_block WHERE id = :id'), {"id": block_id}).first()
            assert row is not None
            try:
                decode_index(row[0], int(count))
                open_body(vault, str(block_case), str(file_sha), int(block_id), row[1])
            except IntegrityError as exc:
                report.add("block", f"{where}, block {block_id}", f"{exc} — {since.text(case_id)}")
            except Exception:
                report.add("block", f"{where}, block {block_id}", "this block of imported messages is damaged, "
                                                                  f"{since.text(case_id)}")
        covered += len(entries)
        committed = commitments.get(source_scope(str(source_id)))
        if committed is None:
            if status == "complete":
                report.add("block", where, "the blocks of this imported file have no commitment "
                                           "(it was removed, or the file's status was changed)")
            else:
                report.warnings.append(f"The import of file {source_id} has not finished; its blocks are checked "
                                       "one by one.")
            continue
        if committed.fields is None:
            continue  # reported with the other rows
        then = committed.fields.get("source")
        if then is not None:
            now = source_row(conn, str(source_id)) or {}
            changed = [k for k in then if then.get(k) != now.get(k)]
            if changed:
                report.add("block", where, f"the record of this imported file changed since its import completed "
                                           f"({', '.join(changed)}), {since.text(case_id)}")
        for change in compare(committed.fields.get("entries") or [], entries):
            report.add("block", f"{where}, block {change.block_id}",
                       f"block {change.block_id} {change.what} since the import completed, {since.text(case_id)}")
        links = committed.fields.get("attachments")
        if links is not None:
            what = compare_attachments(links, attachment_digest(conn, int(seq)))
            if what is not None:
                report.add("block", f"{where}, attachment links", f"{what} since the import completed, "
                                                                  f"{since.text(case_id)}")
    stray: int = conn.execute(text("SELECT count(*) FROM ingest_block")).scalar_one()
    if int(stray) != covered:
        report.add("block", "ingest_block", f"{int(stray) - covered} block(s) belong to no imported file")
    if "ingest_attachment" in names:
        orphans = int(conn.execute(text(
            "SELECT count(*) FROM ingest_attachment WHERE typeof(message_id) != 'integer' OR "
            f"(message_id >> {POSITION_BITS}) NOT IN (SELECT seq FROM ingest_source)")).scalar_one())
        if orphans:
            report.add("block", "ingest_attachment", f"{orphans} attachment link(s) belong to no imported file")
    source_ids = {str(s[0]) for s in sources}
    for scope in commitments:
        if scope.startswith("ingest_source:") and scope.split(":", 1)[1] not in source_ids:
            report.add("block", scope, "an imported file with committed blocks was removed")


# -- files the database does not list ---------------------------------------------------------------------
def _check_stray_files(vault: Vault, blob_ids: set[str], report: VerifyReport) -> None:
    from standfast.vault.quarantine import Quarantine

    for entry in Quarantine(vault).list():
        report.quarantined += 1
        report.add("quarantine", f"quarantine {entry.id}",
                   f"a stored file ({entry.size:,} bytes) that the database does not list was set aside in the "
                   f"quarantine folder; `standfast quarantine restore {entry.id} CASE` brings it back")
    unlisted = vault.blobs.existing_ids() - blob_ids - vault.journal.in_flight()
    for blob_id in sorted(unlisted):
        if vault.blob_listed_now(blob_id):
            continue  # added by another program after this snapshot began
        report.add("unlisted", f"blob file {blob_id}", "a stored file that the database does not list; it is "
                   "moved to quarantine the next time the vault is opened by one program alone")
