"""Import an export (file, folder or zip) into a case: evidence first, then messages, then indicators.

Order of work, so that nothing is lost and a hostile file changes nothing:

1. open the export and check it completely (zip members, nesting) – refusals raise ``InputError``
   before anything is stored;
2. find the chat/mail files in it (:mod:`standfast.ingest.detect`); none found means a plain
   folder of screenshots and files, which goes through ``vault.add_path`` as evidence;
3. store the original export as an evidence item (the zip, or each chat file of a folder);
4. parse each file into :class:`~standfast.ingest.records.Message` records, store attachments as
   child evidence items, seal each message's text, and insert the rows in batches;
5. run the analyze module's indicators on each new message, when that module is installed.

A message's id is derived from the case, the SHA-256 of the parsed file and its position in that
file, so importing the same export again (or the same ``_chat.txt`` alone after its zip) adds
nothing twice. A file imported completely before is skipped as a whole.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import posixpath
import queue
import secrets
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any, BinaryIO, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, insert, select, update

from standfast import safeguarding
from standfast.errors import InputError, StandfastError, UsageError
from standfast.ingest import discord, mail, sources
from standfast.ingest.archive import (
    DEFAULT_LIMITS,
    FileTree,
    FolderTree,
    Limits,
    Tree,
    Upload,
    UploadTree,
    ZipTree,
    is_zip,
)
from standfast.ingest.blocks import BLOCK_MESSAGES, NO_TIME_US, BlockBuilder
from standfast.ingest.detect import Unit, find_units
from standfast.ingest.indicator_pass import (  # noqa: F401 – the names other modules and tests use
    INDICATOR_CHUNK,
    PARALLEL_MIN,
    _indicators_installed,
    die_with_parent,
    run_indicators,
)
from standfast.ingest.models import NO_TIME, IngestAttachment, IngestBlock, IngestSource, seal_file_name
from standfast.ingest.outcome import (
    EmptyInput,
    ImportReport,
    ImportStopped,
    NothingImported,
    failed_message,
    has_content,
    looks_textual,
    nothing_message,
    stopped_message,
)
from standfast.ingest.records import POSITION_BITS, Context, Issue, Message, ParseLog
from standfast.ingest.upgrade import ensure_current

BLOCKS_PER_BATCH = 50  # blocks per write transaction (committed at synchronous=NORMAL; see _flush)


_BLOCK_INSERT = f'INSERT INTO {IngestBlock.__tablename__} (id, case_id, last_id, count, "index", body)'
_ATT_INSERT = f"INSERT INTO {IngestAttachment.__tablename__} (message_id, ordinal, item_id, kind, missing)"
_MEDIA_PREFIXES = ("image/", "video/")


Progress = Callable[[str, int], None]  # (what, how many so far)


def local_zone(name: str | None = None) -> tzinfo:
    """The zone to read wall-clock export times in: ``name``, $TZ, or this computer's zone."""
    candidate = name or os.environ.get("TZ")
    if candidate:
        try:
            return ZoneInfo(candidate.lstrip(":"))
        except (ZoneInfoNotFoundError, ValueError):
            if name:
                raise UsageError(f"{name!r} is not a time zone name (for example Europe/Berlin or UTC).") from None
    try:
        with open("/etc/localtime", "rb") as fh:
            return ZoneInfo.from_file(fh, key="localtime")
    except (OSError, ValueError):
        return UTC


def open_tree(path: Path | Upload, limits: Limits = DEFAULT_LIMITS) -> Tree:
    if isinstance(path, Upload):  # read from its own stream: no copy of it is made anywhere
        if path.head(4) in (b"PK\x03\x04", b"PK\x05\x06") or path.name.lower().endswith(".zip"):
            return ZipTree(path.open(), name=path.name, limits=limits)
        return UploadTree(path)
    try:
        st = path.lstat()
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}.") from None
    if path.is_symlink():
        raise InputError(f"{path.name} is a symbolic link; give the real file or folder.")
    if path.is_dir():
        return FolderTree(path, limits)
    if not st.st_size and not path.is_file():
        raise InputError(f"{path.name} is not a regular file or folder.")
    if is_zip(path):
        return ZipTree(path, name=path.name, limits=limits)
    return FileTree(path)


def import_path(vault: Any, case_id: str, path: Path | str | Upload, *, zone: tzinfo | str | None = None,
                platform: str | None = None, progress: Progress | None = None,
                limits: Limits = DEFAULT_LIMITS, indicators: bool = True, origin: str | None = None,
                date_order: str | None = None,
                ask_date_order: Callable[[str, list[str]], str | None] | None = None,
                fmt: str | None = None) -> ImportReport:
    """Import a chat/mail export or a folder of files into ``case_id``. See the module docstring.

    ``path`` is a file or folder, or an :class:`~standfast.ingest.archive.Upload` (a web upload read
    from its sealed staging file: no plaintext copy is made). ``origin`` is what the export's item
    records as where it came from (``upload:chat.zip``), instead of a path.

    ``indicators=False`` stores the messages only and leaves their indicators pending, for
    :func:`run_indicators` to do later (e.g. in the background); the timeline works either way.
    ``date_order`` ("DMY", "MDY", "YMD") says how to read dates that could be read either way;
    without it ``ask_date_order(file, example_dates)`` is asked, when given, else the usual reading
    for the layout is used and every such time is flagged.

    Never silent: an empty file raises :class:`EmptyInput`; a non-empty input in which no message
    could be read raises :class:`NothingImported` (after importing the other files of the export);
    an error after some messages were stored raises :class:`ImportStopped` saying so.
    """
    path = path if isinstance(path, Upload) else Path(path)
    if date_order is not None and date_order.upper() not in ("DMY", "MDY", "YMD"):
        raise UsageError(f"--date-order must be DMY, MDY or YMD, not {date_order!r}.")
    ensure_current(vault)
    case = vault.get_case(case_id)
    case_id = case.id
    zone_info = zone if isinstance(zone, tzinfo) else local_zone(zone)
    tree = open_tree(path, limits)  # hostile archives are refused here, before anything is stored
    if isinstance(tree, FileTree | UploadTree) and not has_content(tree):
        raise EmptyInput(f"{path.name} is empty: there is nothing in it to import. Nothing was added.")
    if fmt is not None and fmt not in sources.names():
        raise UsageError(f"{fmt!r} is not a format Standfast knows; choose one of {', '.join(sources.names())}.")
    if not tree.paths():
        raise EmptyInput(f"{path.name} holds no files: there is nothing in it to import. Nothing was added.")
    units = find_units(tree, platform=platform, fmt=fmt)  # nested zips are opened (and checked) here too
    report = ImportReport(case_id=case_id, path=path.name)
    policy_case = safeguarding.CaseFacts.of(case)
    if not units:
        if isinstance(tree, FileTree | UploadTree) and looks_textual(tree):
            # One text file that is no known export: storing it as a plain file and reporting success
            # would hide that not one message was read.
            raise NothingImported(nothing_message(path.name, tree, tree.paths()[0], None, stored=False), report)
        _fallback(vault, case_id, path, tree, report, policy_case, origin, progress)
        return report
    job = _Job(vault, case_id, tree, path, zone_info, report, progress, policy_case.minor)
    job.origin = origin
    job.date_order, job.ask_date_order = (date_order.upper() if date_order else None), ask_date_order
    vault_log(vault, "ingest.import_started", case_id, None, {"export": path.name, "files": len(units)})
    sizes = [_size(unit) for unit in units]
    done_bytes = 0
    if progress is not None:
        progress("bytes_total", sum(sizes))
    try:
        for n, (unit, size) in enumerate(zip(units, sizes, strict=True), start=1):
            job.run_unit(unit)
            done_bytes += size
            if progress is not None:
                progress("files", n)
                progress("bytes", done_bytes)
    except StandfastError as exc:
        if report.messages:
            raise ImportStopped(stopped_message(report, exc), report) from exc
        raise
    except KeyboardInterrupt:
        if report.messages:
            raise ImportStopped(stopped_message(report, None), report, interrupted=True) from None
        raise
    if isinstance(tree, FolderTree):
        job.add_unreferenced_files()
    if indicators and report.indicators:
        try:
            report.indicators_found = run_indicators(vault, case_id, sources=job.source_ids, progress=progress) or 0
        except KeyboardInterrupt:
            # The messages are stored; the indicator pass resumes where it stopped on the next run.
            raise ImportStopped(f"Stopped while looking for indicators. All {report.messages:,} new messages are "
                                "stored; run the same import again to finish the indicators (nothing is stored "
                                "twice).", report, interrupted=True) from None
    vault_log(vault, "ingest.imported", case_id, report.export_items[0] if report.export_items else None, {
        "export": path.name, "messages": report.messages, "duplicates": report.duplicates,
        "attachments": report.attachments, "issues": report.issue_count,
        "sources": [{"file": s["file"], "platform": s["platform"], "messages": s["messages"]}
                    for s in report.sources],
    })
    if job.failed:
        raise ImportStopped(failed_message(path.name, report, job.failed), report)
    if job.empty_units:
        unit, kind = job.empty_units[0]
        raise NothingImported(nothing_message(path.name, unit.tree, unit.path, kind, stored=True,
                                               others=len(job.empty_units) - 1), report)
    return report


def vault_log(vault: Any, action: str, case_id: str, item_id: str | None, details: dict[str, Any]) -> None:
    with vault.transaction() as s:
        vault.log(s, action, case_id=case_id, item_id=item_id, details=details)


def _by_hash_only(case: safeguarding.CaseFacts, name: str) -> bool:
    """Files arriving in an import were not looked at one by one: the policy decides per file name."""
    facts = safeguarding.ItemFacts(media=safeguarding.is_media_name(name), reviewed=False)
    return safeguarding.storage(case, facts).hashes_only


def _add_export(vault: Any, case_id: str, path: Path | Upload, *, source: str, origin: str | None) -> Any:
    """Store the export itself as evidence (its AddResult): a file by name, an upload from its stream."""
    if isinstance(path, Upload):
        with path.open() as fh:
            return vault.add_stream(case_id, fh, name=path.name, source=source,
                                    original_path=origin or f"upload:{path.name}")
    return vault.add_file(case_id, path, source=source, original_path=origin)


def _fallback(vault: Any, case_id: str, path: Path | Upload, tree: Tree, report: ImportReport,
              case: safeguarding.CaseFacts, origin: str | None = None, progress: Progress | None = None) -> None:
    """No chat or mail inside: keep every file as evidence (the zip itself, then its members)."""
    media_by_hash = any(_by_hash_only(case, p) for p in tree.paths())
    if isinstance(tree, ZipTree):
        parent_id: str | None = None
        if not media_by_hash:  # a zip holding a minor's unreviewed images is never stored whole
            parent = _add_export(vault, case_id, path, source="import", origin=origin)
            parent_id = parent.item.id
            report.export_items.append(parent_id)
        damaged: list[tuple[str, str]] = []
        plain: list[str] = []
        for member in tree.paths():
            if _by_hash_only(case, member):
                _record_hash_only(vault, case_id, tree, member, f"{path.name}!/{member}", path.name, report)
                report.files_added += 1
            else:
                plain.append(member)
        for start in range(0, len(plain), ATTACHMENT_BATCH):  # one fsync round and transaction per batch
            batch = plain[start:start + ATTACHMENT_BATCH]
            results = vault.add_streams(case_id, [(functools.partial(tree.open, member), {
                "name": posixpath.basename(member), "source": "import", "parent_item_id": parent_id,
                "original_path": f"{path.name}!/{member}"}) for member in batch])
            for member, result in zip(batch, results, strict=True):
                if isinstance(result, InputError):  # this member could not be copied out; the others are kept
                    report.issues.append(Issue(member, 0, str(result)))
                    report.issue_count += 1
                    damaged.append((member, str(result)))
                else:
                    report.files_added += 1
                    if parent_id is None:
                        report.export_items.append(result.item.id)
            if progress is not None:
                progress("files", report.files_added)
        if damaged:
            raise ImportStopped(failed_message(path.name, report, damaged), report)
        return
    if media_by_hash and isinstance(tree, FolderTree):
        for member in tree.paths():
            if _by_hash_only(case, member):
                _record_hash_only(vault, case_id, tree, member, member, path.name, report)
            else:
                report.export_items.append(vault.add_file(case_id, tree.local_path(member), source="import").item.id)
            report.files_added += 1
        return
    if isinstance(path, Upload):
        report.export_items.append(_add_export(vault, case_id, path, source="import", origin=origin).item.id)
        report.files_added = 1
        return
    results, skipped = vault.add_path(case_id, path, source="import")
    report.files_added = len(results)
    report.export_items.extend(r.item.id for r in results)
    for sk in skipped:
        report.issues.append(Issue(sk.path, 0, sk.reason))
        report.issue_count += 1


def _record_hash_only(vault: Any, case_id: str, tree: Tree, member: str, original: str, export_name: str,
                      report: ImportReport) -> str:
    sha, md5, size = hashlib.sha256(), hashlib.md5(), 0
    with tree.open(member) as fh:
        while chunk := fh.read(1 << 20):
            sha.update(chunk)
            md5.update(chunk)
            size += len(chunk)
    item = vault.add_hash_only(
        case_id, name=posixpath.basename(member), sha256=sha.hexdigest(), md5=md5.hexdigest(),
        size=size, mime="application/octet-stream", metadata={"from_export": export_name},
        reason=safeguarding.UNREVIEWED_IN_MINOR, original_path=original)
    report.hash_only += 1
    return str(item.id)


class _Job:
    """State of one import: stored items, attachment cache, counters."""

    def __init__(self, vault: Any, case_id: str, tree: Tree, path: Path | Upload, zone: tzinfo, report: ImportReport,
                 progress: Progress | None, minor: bool) -> None:
        self.vault, self.case_id, self.tree, self.path, self.zone = vault, case_id, tree, path, zone
        self.report, self.progress, self.minor = report, progress, minor
        self.policy_case = safeguarding.CaseFacts(safeguarding.Age.MINOR if minor else safeguarding.Age.UNKNOWN)
        self.export_item: str | None = None  # the zip or single file, stored once
        self.origin: str | None = None  # recorded instead of the export's absolute path when given
        self.stored: dict[tuple[int, str], str | None] = {}  # (tree id, member path) -> item id
        self.basenames: dict[int, dict[str, list[str]]] = {}
        self._paths_cache: dict[int, set[str]] = {}
        self.source_ids: list[str] = []  # ingest_source rows this import stored into (or resumes)
        self._seq: dict[str, int] = {}  # ingest_source.id -> seq (the high bits of its message ids)
        self.empty_units: list[tuple[Unit, str]] = []  # non-empty files in which no message was read
        self.failed: list[tuple[str, str]] = []  # (file, reason): damaged or cut off part-way
        self._pending: list[tuple[Any, ...]] = []  # attachment files queued for one batch
        self.date_order: str | None = None
        self.ask_date_order: Callable[[str, list[str]], str | None] | None = None
        report.indicators = _indicators_installed()

    # -- evidence items ---------------------------------------------------------------------------
    def _export_item_for(self, unit: Unit, data: bytes | None) -> str:
        """The evidence item a unit's messages point to: the zip, the single file, or the chat file."""
        key = (id(unit.tree), unit.path)
        if self._by_hash(unit.path):
            # The unit is itself an image (a screenshot read as a message): the policy said hash only.
            if key not in self.stored:
                original = unit.path if isinstance(unit.tree, FolderTree) else f"{unit.tree.name}!/{unit.path}"
                self.stored[key] = self._hash_only(unit.tree, unit.path, original)
            return self.stored[key]  # type: ignore[return-value]
        if isinstance(self.tree, FolderTree):
            if key not in self.stored:
                res = self.vault.add_file(self.case_id, self.tree.local_path(unit.path),
                                          source=f"import:{_platform(unit)}")
                self.stored[key] = res.item.id
                self.report.export_items.append(res.item.id)
            return self.stored[key]  # type: ignore[return-value]
        if self.export_item is None:
            if any(self._by_hash(p) for p in self.tree.paths()):
                # A minor's export may hold explicit images: never store the zip as a whole. The chat
                # file is kept; its images are recorded by hash only (see _store_attachment).
                stream = io.BytesIO(data) if data is not None else unit.tree.open(unit.path)
                res = self.vault.add_stream(self.case_id, stream, name=posixpath.basename(unit.path),
                                            source=f"import:{_platform(unit)}",
                                            original_path=f"{self.path.name}!/{unit.path}")
                self.report.export_items.append(res.item.id)
                return str(res.item.id)
            res = _add_export(self.vault, self.case_id, self.path, source=f"import:{_platform(unit)}",
                              origin=self.origin)
            self.export_item = res.item.id
            self.report.export_items.append(res.item.id)
        return self.export_item

    def _resolve(self, tree: Tree, unit_path: str, ref: str) -> str | None:
        """A referenced file's path in the tree: next to the chat file, from the root, or by name."""
        paths = self._path_set(tree)
        ref = ref.replace("\\", "/").lstrip("./")
        folder = posixpath.dirname(unit_path)
        for candidate in (posixpath.normpath(posixpath.join(folder, ref)) if folder else ref, ref):
            if candidate in paths:
                return candidate
        # Exports are often re-rooted (a Meta URI starts at the DYI root, the user picked a subfolder):
        # fall back to the longest matching path suffix among files of the same name.
        name = posixpath.basename(ref)
        candidates = self.basenames[id(tree)].get(name, [])
        best, best_len = None, 0
        for cand in candidates:
            common = _common_suffix(cand.split("/"), ref.split("/"))
            if common > best_len:
                best, best_len = cand, common
        return best

    def _path_set(self, tree: Tree) -> set[str]:
        key = id(tree)
        if key not in self.basenames:
            names: dict[str, list[str]] = {}
            for p in tree.paths():
                names.setdefault(posixpath.basename(p), []).append(p)
            self.basenames[key] = names
            self._paths_cache[key] = set(tree.paths())
        return self._paths_cache[key]

    def _store_attachment(self, tree: Tree, member: str, parent: str, platform: str) -> str | None:
        """The attachment's evidence item; a damaged member is reported (and fails the import at its
        end, named) while the messages go on being stored."""
        try:
            return self._store_attachment_now(tree, member, parent, platform)
        except InputError as exc:
            self.stored[(id(tree), member)] = None
            self._issue(member, 0, str(exc))
            self.failed.append((member, str(exc)))
            return None

    def _store_attachment_now(self, tree: Tree, member: str, parent: str, platform: str) -> str | None:
        key = (id(tree), member)
        if key in self.stored:
            return self.stored[key]
        item_id: str | None
        original = f"{tree.name}!/{member}" if not isinstance(tree, FolderTree) else None
        if self._by_hash(member):
            item_id = self._hash_only(tree, member, original or member)
        elif isinstance(tree, FolderTree):
            item_id = self.vault.add_file(self.case_id, tree.local_path(member), source=f"import:{platform}",
                                          parent_item_id=parent).item.id
        else:
            # Stored in batches (one fsync round and one transaction per batch, see _store_pending):
            # one by one, a 100,000-file export took an hour. Rows get the item id when written.
            deferred = _Deferred(key)
            self._pending.append((deferred, tree, member, parent, platform, original))
            self.stored[key] = deferred  # type: ignore[assignment]
            self.report.attachments += 1
            if len(self._pending) >= ATTACHMENT_BATCH:
                self._store_pending()
            return deferred  # type: ignore[return-value]
        self.stored[key] = item_id
        self.report.attachments += 1
        return item_id

    def _by_hash(self, name: str) -> bool:
        return _by_hash_only(self.policy_case, name)

    def _store_pending(self) -> None:
        """Store the queued attachment files (see _store_attachment_now) in one batch."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        entries = [(functools.partial(tree.open, member), {
            "name": posixpath.basename(member), "source": f"import:{platform}", "parent_item_id": parent,
            "original_path": original}) for _d, tree, member, parent, platform, original in pending]
        results = self.vault.add_streams(self.case_id, entries)
        for (deferred, _tree, member, *_rest), result in zip(pending, results, strict=True):
            if isinstance(result, InputError):
                self.stored[deferred.key] = None
                self.report.attachments -= 1
                self._issue(member, 0, str(result))
                self.failed.append((member, str(result)))
            else:
                self.stored[deferred.key] = result.item.id

    def _resolved(self, att_rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Attachment rows with every queued file stored and its item id in place."""
        if any(isinstance(row[2], _Deferred) for row in att_rows):
            self._store_pending()
            att_rows = [(p, o, self.stored[item.key] if isinstance(item, _Deferred) else item, k,
                         1 if isinstance(item, _Deferred) and self.stored[item.key] is None else m)
                        for p, o, item, k, m in att_rows]
        return att_rows

    def _hash_only(self, tree: Tree, member: str, original: str) -> str:
        return _record_hash_only(self.vault, self.case_id, tree, member, original, self.path.name, self.report)

    def _store_embedded(self, data: bytes, name: str, parent: str, position: int, unit: Unit) -> str:
        if self._by_hash(name):
            item = self.vault.add_hash_only(
                self.case_id, name=name, sha256=hashlib.sha256(data).hexdigest(),
                md5=hashlib.md5(data).hexdigest(), size=len(data), mime="application/octet-stream",
                metadata={"from_export": self.path.name},
                reason=safeguarding.UNREVIEWED_IN_MINOR)
            self.report.hash_only += 1
            return str(item.id)
        res = self.vault.add_stream(self.case_id, io.BytesIO(data), name=name, source="import:email",
                                    parent_item_id=parent,
                                    original_path=f"{self.path.name}!/{unit.path}#{position}/{name}")
        self.report.attachments += 1
        return str(res.item.id)

    def add_unreferenced_files(self) -> None:
        """In an unpacked export folder, keep every other file too: evidence is never left behind."""
        tree = self.tree
        assert isinstance(tree, FolderTree)
        parent = self.report.export_items[0] if self.report.export_items else None
        for member in tree.paths():
            if (id(tree), member) in self.stored:
                continue
            if self._by_hash(member):
                self._hash_only(tree, member, member)
            else:
                self.vault.add_file(self.case_id, tree.local_path(member), source="import",
                                    parent_item_id=parent)
            self.report.files_added += 1

    # -- messages -----------------------------------------------------------------------------------
    def run_unit(self, unit: Unit) -> None:
        report = self.report
        log = ParseLog()
        platform = _platform(unit)
        ctx = Context(unit.path, zone=self.zone, log=log, name_hint=unit.name_hint,
                      platform_hint=unit.platform_hint, date_order=self.date_order,
                      ask_date_order=self.ask_date_order)
        mbox_local = unit.kind == "email_mbox" and isinstance(unit.tree, FolderTree | FileTree)
        if unit.kind == "damaged":
            self._issue(unit.path, 0, unit.options["reason"])
            self.failed.append((unit.path, unit.options["reason"]))
            return
        streamed = _streamed(unit)
        try:
            if unit.kind == "email_mbox" or streamed is not None:
                data = None
                file_sha = _sha_of(unit.tree, unit.path)
            else:
                data = unit.tree.read(unit.path)
                file_sha = hashlib.sha256(data).hexdigest()
        except InputError as exc:
            self._issue(unit.path, 0, str(exc))
            self.failed.append((unit.path, str(exc)))
            return
        with self.vault.read() as s:
            previous = s.scalars(select(IngestSource).where(
                IngestSource.case_id == self.case_id, IngestSource.file_sha256 == file_sha)).first()
            prev_state = (previous.id, previous.status) if previous is not None else None
            if previous is not None:
                self._seq[previous.id] = previous.seq
        if prev_state is not None:
            self.source_ids.append(prev_state[0])  # its indicators may still be pending
        if prev_state is not None and prev_state[1] == "complete":
            report.skipped_sources.append(unit.path)
            with self.vault.read() as s:
                report.duplicates += s.scalar(select(IngestSource.messages).where(
                    IngestSource.id == prev_state[0])) or 0
            return
        resume = prev_state is not None
        source_id = prev_state[0] if prev_state else secrets.token_hex(8)
        if not resume:
            self.source_ids.append(source_id)
        # The export is stored as evidence (hashed, encrypted, written) in a second thread while this
        # one parses it; the file's ingest_source row follows once the item exists (see _SourceRow).
        export = _Background(self._export_item_for, unit, data)
        source = _SourceRow(self, unit, source_id, file_sha, platform, export)
        if unit.kind == "email_mbox":
            if mbox_local:
                tree = unit.tree
                local = tree.local_path(unit.path) if isinstance(tree, FolderTree) else cast(FileTree, tree).path
                messages = mail.parse_mbox_path(local, ctx)
            else:
                messages = mail.parse_mbox_stream(unit.tree.open(unit.path), ctx)
        elif unit.kind == "discord_pkg":
            messages = discord.parse_package(data or b"", ctx, owner=unit.options.get("owner"),
                                             fmt=unit.options.get("fmt", "json"))
        elif streamed is not None:
            tree, member = unit.tree, unit.path
            messages = streamed(lambda: tree.open(member), ctx)
        else:
            messages = sources.get(unit.kind).read(data or b"", ctx)
        del data  # parsers that need the bytes hold their own reference; free ours early
        stats = _Stats()
        try:
            self._store_messages(messages, unit, source, resume=resume, stats=stats)
        except InputError as exc:
            # The file is broken beyond the lines we could read (e.g. truncated JSON): report it.
            self._issue(unit.path, 0, str(exc))
            self.failed.append((unit.path, str(exc)))
        finally:
            export.wait()  # never leave a thread writing to the vault behind
        source.ensure()  # a file without messages still gets its row (a re-import skips it)
        report.issue_count += log.count
        report.issues.extend(log.issues[: max(0, 1000 - len(report.issues))])
        with self.vault.transaction() as s:
            s.execute(update(IngestSource).where(IngestSource.id == source_id).values(
                messages=stats.seen, attachments=stats.attachments, issues=log.count, status="complete",
                completed_at=datetime.now(UTC)))
            self.vault.commit_blocks(s, source_id)  # the vault can now tell if a block changes
        report.sources.append({"file": unit.path, "platform": platform, "parser": unit.kind,
                               "format": unit.kind, "messages": stats.seen, "new": stats.new, "issues": log.count,
                               **{k: v for k, v in ctx.facts.items() if k in _FACTS}})
        if stats.seen == 0 and not any(f == unit.path for f, _ in self.failed) \
                and _memberhas_content(unit.tree, unit.path):
            self.empty_units.append((unit, unit.kind))

    def _issue(self, file: str, position: int, reason: str) -> None:
        self.report.issue_count += 1
        if len(self.report.issues) < 1000:
            self.report.issues.append(Issue(file, position, reason))

    def _store_messages(self, messages: Iterator[Message], unit: Unit, source: _SourceRow, *, resume: bool,
                        stats: _Stats) -> None:
        """Collect the messages into blocks (:mod:`standfast.ingest.blocks`) and write them in batches.

        A message's id is ``seq << 32 | position``; a block holds consecutive messages of this file
        in file order. An interrupted import of this file resumes after the last stored message.
        Indicators are not run here but afterwards (:func:`run_indicators`), from the stored blocks,
        so storing stays as fast as parsing and an interruption loses nothing.
        """
        limit = 1 << POSITION_BITS
        stored_upto = self._stored_upto(source.ensure() << POSITION_BITS) if resume else -1
        vault = self.vault
        builder = BlockBuilder(lambda data, purpose: vault.seal(data, purpose=purpose), self.case_id,
                               source.file_sha)
        # Bound once: this loop runs for every message of a file (a million for a big chat), so it does
        # BlockBuilder.add's appends inline.
        positions, times, sorts, groups = builder.positions, builder.times, builder.sorts, builder.groups
        counts, payloads, group, group_codes = builder.attachments, builder.payloads, builder.group, builder.codes
        blocks: list[tuple[int, int, int, bytes, bytes]] = []
        att_rows: list[tuple[Any, ...]] = []
        writer = _Writer(functools.partial(self._flush, source))
        last_us = NO_TIME
        last_position = -1
        block_size = BLOCK_MESSAGES
        skipped = 0  # counted here, not in stats: the writer thread updates those
        try:
            for msg in messages:
                position = msg.position
                if not last_position < position < limit:
                    if position >= limit or position < 0:
                        raise InputError(f"{msg.file}: more than {limit:,} lines; split the file.")
                    # Parsers number messages in file order; ids and resumed imports rely on it.
                    raise InputError(f"{msg.file}: message {position} comes after {last_position}; "
                                     "the file could not be read in order.")
                last_position = position
                time_us = msg.time_us
                if time_us is None:
                    time_us = NO_TIME_US
                else:
                    last_us = time_us
                if position <= stored_upto:  # stored before this import was interrupted
                    skipped += 1
                    continue
                names = reactions = None
                if msg.attachments:
                    names = self._attachment_rows(msg, unit, source, att_rows, stats)
                    counts[len(positions)] = len(names)
                if msg.reactions:
                    reactions = [[r.actor, r.reaction] for r in msg.reactions]
                positions.append(position)
                times.append(time_us)
                sorts.append(last_us)
                key = (msg.sender, msg.recipients, msg.flags, msg.system, msg.conversation, msg.platform)
                code = group_codes.get(key)
                groups.append(group(key) if code is None else code)
                payloads.append((msg.text, msg.time_text, names, reactions, msg.share))
                if len(positions) >= block_size:
                    blocks.append(builder.finish())
                    if len(blocks) >= BLOCKS_PER_BATCH:
                        writer.put(blocks, self._resolved(att_rows), stats)
                        blocks, att_rows = [], []
            if positions:
                blocks.append(builder.finish())
            if blocks:
                writer.put(blocks, self._resolved(att_rows), stats)
            writer.close()
        except InputError:
            # A broken file (e.g. truncated JSON): keep the messages read before the break (unless the
            # error came from the writer itself, which has stopped then).
            if writer.running:
                if positions:
                    blocks.append(builder.finish())
                if blocks:
                    writer.put(blocks, self._resolved(att_rows), stats)
            writer.close()
            raise
        except BaseException:
            writer.close()
            raise
        finally:  # the writer has stopped on every path: no other thread touches the counters now
            stats.seen += skipped
            self.report.duplicates += skipped

    def _stored_upto(self, base: int) -> int:
        """The position of this file's last stored message (-1 for none): an import resumes after it."""
        with self.vault.read() as s:
            last = s.scalar(select(func.max(IngestBlock.last_id)).where(
                IngestBlock.id.between(base, base | ((1 << POSITION_BITS) - 1))))
        return -1 if last is None else int(last) & ((1 << POSITION_BITS) - 1)

    def _attachment_rows(self, msg: Message, unit: Unit, source: _SourceRow, att_rows: list[tuple[Any, ...]],
                         stats: _Stats) -> list[str]:
        """Store a message's attachment files as evidence (children of the export item); one row each
        links the message (by position: the file's sequence number comes later) and the item."""
        names = []
        for ordinal, ref in enumerate(msg.attachments):
            names.append(ref.name)
            att_item = None
            missing = ref.missing
            if ref.data is not None:
                att_item = self._store_embedded(ref.data, ref.name, source.item_id(), msg.position, unit)
            elif ref.path and not ref.missing:
                member = self._resolve(unit.tree, unit.path, ref.path)
                if member is not None:
                    att_item = self._store_attachment(unit.tree, member, source.item_id(), msg.platform)
                else:
                    missing = True
            if missing:
                self.report.missing_attachments += 1
            stats.attachments += 1
            att_rows.append((msg.position, ordinal, att_item, ref.kind[:64], 1 if missing else 0))
        return names

    def _flush(self, source: _SourceRow, blocks: list[tuple[int, int, int, bytes, bytes]],
               att_rows: list[tuple[Any, ...]], stats: _Stats) -> None:
        """Insert a batch of sealed blocks in one transaction (``vault.bulk_insert``, not fsynced).

        The import reports success only after the source's final ``complete`` commit, which runs at
        ``synchronous=FULL`` and so fsyncs the whole log, these batches included. An import cut
        before that resumes after the last stored message. Runs in the :class:`_Writer` thread.
        """
        base = source.ensure() << POSITION_BITS
        case_id = self.case_id
        rows = [(base | first, case_id, base | last, n, index, sealed) for first, last, n, index, sealed in blocks]
        att_rows = [(base | position, *rest) for position, *rest in att_rows]
        # Many rows per statement (see vault.bulk_insert): SQLite releases the GIL for each statement, and
        # each time this thread wants it back it may wait for the parser thread (see _Writer).
        self.vault.bulk_insert([(_BLOCK_INSERT, rows), (_ATT_INSERT, att_rows)])
        new = sum(b[2] for b in blocks)
        stats.seen += new
        stats.new += new
        self.report.messages += new
        if self.progress is not None:
            self.progress("messages", self.report.messages)


ATTACHMENT_BATCH = 512  # attachment files stored per fsync round and transaction


class _Deferred:
    """An attachment queued for storage; its item id is known once its batch is stored."""

    __slots__ = ("key",)

    def __init__(self, key: tuple[int, str]) -> None:
        self.key = key


class _Background:
    """Runs one call in a thread; :meth:`result` waits for it and returns its value or raises its error."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        self._value: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn, args), name="standfast-ingest-export",
                                        daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        try:
            self._value = fn(*args)
        except BaseException as exc:  # handed to whoever waits for the result
            self._error = exc

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


class _SourceRow:
    """The ``ingest_source`` row of the file being imported, created when first needed.

    Its sequence number (the high bits of the file's message ids) is assigned when the row is
    inserted, and the row names the stored export item: so the row waits for the export, and the
    parser works with positions until then. Either thread may ask first; the row is made once.
    """

    def __init__(self, job: _Job, unit: Unit, source_id: str, file_sha: str, platform: str,
                 export: _Background) -> None:
        self.job, self.unit, self.source_id, self.file_sha, self.platform = job, unit, source_id, file_sha, platform
        self.export = export
        self.seq: int | None = job._seq.get(source_id)  # known when an interrupted import resumes
        self._lock = threading.Lock()

    def item_id(self) -> str:
        """The stored export (waits for it)."""
        return str(self.export.result())

    def ensure(self) -> int:
        with self._lock:
            if self.seq is None:
                item_id = self.item_id()
                vault = self.job.vault
                with vault.transaction() as s:
                    seq = 1 + (s.scalar(select(func.max(IngestSource.seq))) or 0)
                    s.execute(insert(IngestSource), [{
                        "id": self.source_id, "seq": seq, "case_id": self.job.case_id, "item_id": item_id,
                        "file": seal_file_name(vault, self.job.case_id, self.file_sha, self.unit.path),
                        "file_sha256": self.file_sha, "parser": self.unit.kind,
                        "platform": self.platform, "started_at": datetime.now(UTC), "status": "running"}])
                self.seq = self.job._seq[self.source_id] = seq
            return self.seq


class _Writer:
    """Seals and inserts batches of blocks in a second thread while the next ones are parsed.

    Sealing (AES-GCM) and SQLite's writes release the GIL, so on a machine with two cores they run
    beside the parser instead of after it. A failure in the thread stops the import at the next
    batch handed over (or at :meth:`close`) with the same error.
    """

    def __init__(self, flush: Callable[..., None]) -> None:
        self._flush = flush
        _fast_gil_handover(True)
        self._queue: queue.Queue[tuple[Any, ...] | None] = queue.Queue(maxsize=8)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="standfast-ingest-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._flush(*job)
                except BaseException as exc:  # handed to the importing thread
                    self._error = exc

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def put(self, *job: Any) -> None:
        if self._error is not None or not self._thread.is_alive():
            self.close()  # raises the thread's error
            raise RuntimeError("the import's writer has stopped")  # a programming error: nothing is dropped
        self._queue.put(job)

    def close(self) -> None:
        """Wait for every batch handed over; raise the thread's error, if any."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
            _fast_gil_handover(False)
        if self._error is not None:
            error, self._error = self._error, None
            raise error


_SWITCH_LOCK = threading.Lock()
_switch_users = 0
_switch_saved = 0.005
FAST_SWITCH_SECONDS = 0.0005


def _fast_gil_handover(on: bool) -> None:
    """Shorten Python's thread switch interval while a writer thread runs (restored after the last).

    The writer gives the GIL up for every SQLite statement and then waits for the parser thread
    to hand it back, which happens at the next switch interval (5 ms by default): with the default,
    the writer spent most of its time waiting and the parser ended up waiting for it."""
    global _switch_users, _switch_saved
    with _SWITCH_LOCK:
        if on:
            if _switch_users == 0:
                _switch_saved = sys.getswitchinterval()
                sys.setswitchinterval(min(_switch_saved, FAST_SWITCH_SECONDS))
            _switch_users += 1
        else:
            _switch_users -= 1
            if _switch_users == 0:
                sys.setswitchinterval(_switch_saved)


class _Stats:
    __slots__ = ("attachments", "new", "seen")

    def __init__(self) -> None:
        self.seen = self.new = self.attachments = 0


_FACTS = ("date_order", "date_order_guessed", "layout")


def _size(unit: Unit) -> int:
    try:
        return unit.tree.size(unit.path)
    except (InputError, OSError, KeyError):
        return 0


def _streamed(unit: Unit) -> Callable[[Callable[[], BinaryIO], Context], Iterator[Message]] | None:
    """The format's streaming parser when the file is too big to read whole (see Source.parse_file)."""
    try:
        parse_file = sources.get(unit.kind).parse_file
    except KeyError:
        return None
    return parse_file if parse_file is not None and _size(unit) > sources.STREAM_OVER else None


def _memberhas_content(tree: Tree, member: str) -> bool:
    try:
        with tree.open(member) as fh:
            while chunk := fh.read(1 << 16):
                if chunk.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
                    return True
    except InputError:
        return True  # unreadable is not empty; its error was reported
    return False


def _sha_of(tree: Tree, path: str) -> str:
    sha = hashlib.sha256()
    with tree.open(path) as fh:
        while chunk := fh.read(1 << 20):
            sha.update(chunk)
    return sha.hexdigest()


def _platform(unit: Unit) -> str:
    if unit.kind in ("meta", "meta_html"):
        return unit.platform_hint or "facebook"
    try:
        return sources.get(unit.kind).app  # the registry says which app a format's messages are from
    except KeyError:
        return unit.kind


def _common_suffix(a: list[str], b: list[str]) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n



