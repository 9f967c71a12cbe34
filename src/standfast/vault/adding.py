"""Adding evidence to the vault: files and folders, streams, notes, web addresses, hashes only.

Files are staged (bytes encrypted and hashed; small ones in memory, big ones into a temporary),
then committed in batches: blobs durable under their final names under a write-intent note, then
one transaction inserts the batch's sealed rows and custody entries with one Core ``INSERT`` per
table. ``on_item`` and the results report an item only once its batch has committed.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import secrets
import stat
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from sqlalchemy import Table, insert, select

from standfast.errors import InputError, UsageError
from standfast.vault.blobs import WrittenBlob, read_full
from standfast.vault.cases import CaseOps
from standfast.vault.core import ProgressFn
from standfast.vault.db import utcnow
from standfast.vault.fsutil import iter_tree
from standfast.vault.metadata import detect_mime, detect_mime_later, image_metadata
from standfast.vault.models import Blob, Item
from standfast.vault.rows import CHANGES_KEY, SEAL_COLUMN, SEALED_VALUES

SMALL_FILE = 1 << 20  # files up to one blob chunk are read, hashed and sealed in memory


@dataclass
class AddResult:
    """Outcome of adding one file: the item, and whether its bytes or the item were already there."""

    item: Item
    stored_new_blob: bool
    duplicate_item: bool = False


@dataclass
class _Staged:
    """A file whose encrypted bytes are written (not yet committed) with what the row will record."""

    written: WrittenBlob
    name: str
    source: str
    kind: str
    mtime: datetime | None
    mime: str
    meta: dict[str, Any]
    intimate: bool
    parent_item_id: str | None
    original_path: str | None
    synced: bool
    plain: bytes | None = None  # a small file's bytes until its content type is known (then dropped)
    mime_job: Future[str] | None = None  # its content type, being found in a worker thread


@dataclass
class Skipped:
    path: str
    reason: str


def _safe_text(text: str) -> str:
    """File names can hold any bytes; keep them reversible but printable in JSON and the DB."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class AddOps(CaseOps):
    """Adding evidence: files, folders, streams, notes, web addresses, hashes only."""

    def add_path(self, case_id: str, path: Path, *, source: str = "file", intimate: bool = False,
                 progress: ProgressFn | None = None, on_item: Callable[[AddResult], None] | None = None,
                 on_skip: Callable[[Skipped], None] | None = None) -> tuple[list[AddResult], list[Skipped]]:
        """Add a file or a whole folder (recursively). Problems with one file do not stop the others.

        Files are committed in batches (one fsync round and one transaction per batch); ``on_item``
        is called only once an item is durably in the vault.
        """
        path = Path(path)
        results: list[AddResult] = []
        skipped: list[Skipped] = []
        staged: list[_Staged] = []
        staged_bytes = 0
        batch_started = time.monotonic()

        def skip(p: Path, reason: str) -> None:
            entry = Skipped(_safe_text(str(p)), reason)
            skipped.append(entry)
            if on_skip:
                on_skip(entry)

        def flush() -> None:
            nonlocal staged, staged_bytes, batch_started
            done = self._commit_staged(case_id, staged)
            staged, staged_bytes, batch_started = [], 0, time.monotonic()
            results.extend(done)
            if on_item:
                for r in done:
                    on_item(r)

        def one(p: Path, st: os.stat_result, base: Path) -> None:
            nonlocal staged_bytes
            try:
                if stat.S_ISLNK(st.st_mode):
                    flush()
                    result = self.add_symlink(case_id, p, base=base)
                    results.append(result)
                    if on_item:
                        on_item(result)
                    return
                item = self._stage_file(p, source=source, intimate=intimate, progress=progress, sync=False)
            except InputError as exc:
                skip(p, str(exc))
                return
            staged.append(item)
            staged_bytes += item.written.size
            if len(staged) >= 1024 or staged_bytes >= 128 << 20 or time.monotonic() - batch_started > 2:
                flush()

        try:
            st = path.lstat()
        except OSError as exc:
            raise InputError(f"Cannot read {_safe_text(str(path))}: {exc.strerror}.") from None
        self._require_open_case(case_id)
        with self._writing_blobs():
            try:
                if stat.S_ISDIR(st.st_mode):
                    for p, pst in iter_tree(path, on_error=skip):
                        if stat.S_ISREG(pst.st_mode) or stat.S_ISLNK(pst.st_mode):
                            one(p, pst, path)
                        else:
                            skip(p, "not a regular file (device, pipe or socket); not added")
                elif stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode):
                    one(path, st, path.parent)
                else:
                    raise InputError(f"{_safe_text(str(path))} is not a regular file or folder; nothing was added.")
                flush()
            except BaseException:
                for s in staged:
                    self.blobs.discard(s.written)
                raise
        return results, skipped

    def add_file(self, case_id: str, path: Path, *, source: str = "file", intimate: bool = False,
                 parent_item_id: str | None = None, original_path: str | None = None,
                 progress: ProgressFn | None = None) -> AddResult:
        self._require_open_case(case_id)
        with self._writing_blobs():
            staged = self._stage_file(Path(path), source=source, intimate=intimate, progress=progress,
                                      parent_item_id=parent_item_id, original_path=original_path)
            return self._commit_staged(case_id, [staged])[0]

    def _stage_file(self, path: Path, *, source: str, intimate: bool, progress: ProgressFn | None,
                    parent_item_id: str | None = None, original_path: str | None = None,
                    sync: bool = True) -> _Staged:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        except OSError as exc:
            raise InputError(f"Cannot read {_safe_text(str(path))}: {exc.strerror}.") from None
        with os.fdopen(fd, "rb", buffering=0) as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise InputError(f"{_safe_text(str(path))} is not a regular file; nothing was added.")
            try:
                if st.st_size <= SMALL_FILE:
                    # One more byte than its size: a file that grew meanwhile takes the streaming path.
                    data = read_full(fh, st.st_size + 1)
                    if len(data) <= st.st_size:
                        if progress:
                            progress(len(data))
                        return self._stage_small(
                            data, name=_safe_text(path.name), source=source,
                            mtime=datetime.fromtimestamp(st.st_mtime, UTC), intimate=intimate,
                            parent_item_id=parent_item_id,
                            original_path=original_path or _safe_text(str(path.absolute())))
                    fh.seek(0)
                return self._stage(fh, name=_safe_text(path.name), source=source,
                                   mtime=datetime.fromtimestamp(st.st_mtime, UTC), intimate=intimate,
                                   parent_item_id=parent_item_id,
                                   original_path=original_path or _safe_text(str(path.absolute())),
                                   progress=progress, meta_path=str(path), sync=sync)
            except OSError as exc:
                if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
                    raise
                raise InputError(f"Cannot read {_safe_text(str(path))}: {exc.strerror}.") from None

    def add_stream(self, case_id: str, stream: BinaryIO, *, name: str, source: str,
                   mtime: datetime | None = None, intimate: bool = False, parent_item_id: str | None = None,
                   original_path: str | None = None, metadata: dict[str, Any] | None = None,
                   progress: ProgressFn | None = None) -> AddResult:
        """Store bytes from any readable stream as a file item (constant memory)."""
        self._require_open_case(case_id)
        with self._writing_blobs():
            staged = self._stage(stream, name=name, source=source, mtime=mtime, intimate=intimate,
                                 parent_item_id=parent_item_id, original_path=original_path, metadata=metadata,
                                 progress=progress)
            return self._commit_staged(case_id, [staged])[0]

    def add_streams(self, case_id: str, entries: list[tuple[Callable[[], BinaryIO], dict[str, Any]]]
                    ) -> list[AddResult | InputError]:
        """Store many streams as file items with one fsync round and one transaction (an export's
        attachments: one at a time cost two fsyncs and a commit each). Each entry is an opener and
        :meth:`add_stream`'s keyword arguments; an entry that cannot be read gives its InputError in
        its place and the others are stored."""
        self._require_open_case(case_id)
        staged: list[_Staged] = []
        out: list[AddResult | InputError | None] = []
        with self._writing_blobs():
            try:
                for opener, kw in entries:
                    try:
                        with opener() as fh:
                            staged.append(self._stage(fh, sync=False, mtime=kw.get("mtime"),
                                                      intimate=kw.get("intimate", False), name=kw["name"],
                                                      source=kw["source"], parent_item_id=kw.get("parent_item_id"),
                                                      original_path=kw.get("original_path"),
                                                      metadata=kw.get("metadata")))
                        out.append(None)
                    except InputError as exc:
                        out.append(exc)
                done = iter(self._commit_staged(case_id, staged))
            except BaseException:
                for st in staged:
                    self.blobs.discard(st.written)
                raise
        return [next(done) if r is None else r for r in out]

    def _stage(self, stream: BinaryIO, *, name: str, source: str, mtime: datetime | None, intimate: bool,
               parent_item_id: str | None, original_path: str | None, metadata: dict[str, Any] | None = None,
               progress: ProgressFn | None = None, meta_path: str | None = None, sync: bool = True,
               kind: str = "file", mime: str | None = None) -> _Staged:
        written = self.blobs.write(stream, progress=progress, sync=sync)
        try:
            mime = mime or detect_mime(written.head)
            meta = dict(metadata or {})
            if mime.startswith("image/"):
                meta.update(image_metadata(path=meta_path) if meta_path else self._image_meta(written))
        except BaseException:
            self.blobs.discard(written)
            raise
        return _Staged(written, name=name, source=source, kind=kind, mtime=mtime, mime=mime, meta=meta,
                       intimate=intimate, parent_item_id=parent_item_id, original_path=original_path,
                       synced=sync)

    def _stage_small(self, data: bytes, *, name: str, source: str, mtime: datetime | None, intimate: bool,
                     parent_item_id: str | None, original_path: str | None, kind: str = "file",
                     mime: str | None = None, metadata: dict[str, Any] | None = None) -> _Staged:
        """A small file hashed and sealed in memory: no temporary file; its content type is found
        with the rest of its batch (:meth:`_settle_content_types`)."""
        written = self.blobs.seal_small(data)
        return _Staged(written, name=name, source=source, kind=kind, mtime=mtime, mime=mime or "",
                       meta=dict(metadata or {}), intimate=intimate, parent_item_id=parent_item_id,
                       original_path=original_path, synced=True, plain=None if mime else data,
                       mime_job=None if mime else detect_mime_later(written.head))

    def _image_meta(self, written: WrittenBlob) -> dict[str, Any]:
        if written.size > 64 << 20:
            return {}
        return image_metadata(b"".join(self.blobs.chunks(written.blob_id, path=written.tmp_path)))

    def _commit_staged(self, case_id: str, staged: list[_Staged]) -> list[AddResult]:
        """Make staged blobs durable under their final names, then commit rows and custody entries at once.

        Rows are sealed here and inserted with one Core ``INSERT`` per table (no ORM unit of work):
        a batch of tiny files would otherwise spend most of its time in it. The per-case record
        digests are told of every row, as the ORM events would.
        """
        if not staged:
            return []
        self._settle_content_types(staged)
        self.blobs.sync_many([s.written for s in staged if not s.synced])
        results: list[AddResult] = []
        to_commit: list[WrittenBlob] = []
        to_discard: list[WrittenBlob] = []
        note: Path | None = None
        try:
            with self.transaction() as s:
                tags = {st.written.sha256: self.rows.lookup_tag("sha256", st.written.sha256) for st in staged}
                tag_list = list(set(tags.values()))
                known_items: dict[tuple[str, str | None], Item] = {(i.sha256, i.original_path): i for i in s.scalars(
                    select(Item).where(Item.case_id == case_id, Item.sha_tag.in_(tag_list), Item.status != "purged"))}
                blob_ids: dict[str, str] = {
                    b.sha256: b.id for b in s.scalars(select(Blob).where(Blob.sha_tag.in_(tag_list)))}
                blob_rows: list[dict[str, Any]] = []
                item_rows: list[dict[str, Any]] = []
                entries: list[tuple[str, str | None, str | None, dict[str, Any]]] = []
                changes = s.info.setdefault(CHANGES_KEY, [])
                now = utcnow()
                for st in staged:
                    w = st.written
                    existing_item = known_items.get((w.sha256, st.original_path))
                    if existing_item is not None:
                        to_discard.append(w)
                        results.append(AddResult(existing_item, stored_new_blob=False, duplicate_item=True))
                        continue
                    blob_id = blob_ids.get(w.sha256)
                    new_blob = blob_id is None
                    if blob_id is None:
                        blob_id = w.blob_id
                        clear = {"id": blob_id, "sha_tag": tags[w.sha256], "size": w.size, "created_at": now}
                        seal = self.rows.seal(Blob, clear, {"sha256": w.sha256, "md5": w.md5})
                        blob_rows.append({**clear, SEAL_COLUMN: seal})
                        changes.append((Blob, clear, 1, seal))
                        blob_ids[w.sha256] = blob_id
                        to_commit.append(w)
                    else:
                        to_discard.append(w)
                    clear = {"id": secrets.token_hex(8), "case_id": case_id, "sha_tag": tags[w.sha256], "size": w.size,
                             "acquired_at": now, "status": "active", "parent_item_id": st.parent_item_id,
                             "blob_id": blob_id}
                    fields = {"kind": st.kind, "sha256": w.sha256, "md5": w.md5, "mime": st.mime,
                              "original_name": st.name, "original_path": st.original_path, "mtime": st.mtime,
                              "source": st.source, "meta": st.meta, "intimate": st.intimate, "status_reason": None}
                    seal = self.rows.seal(Item, clear, fields)
                    item_rows.append({**clear, SEAL_COLUMN: seal})
                    changes.append((Item, clear, 1, seal))
                    item = _loaded(Item, clear, fields, seal)
                    known_items[(w.sha256, st.original_path)] = item
                    entries.append(("item.added", case_id, item.id, _item_fields(item)))
                    results.append(AddResult(item, stored_new_blob=new_blob))
                if blob_rows:
                    s.execute(insert(cast(Table, Blob.__table__)), blob_rows)
                if item_rows:
                    s.execute(insert(cast(Table, Item.__table__)), item_rows)
                self.custody.append_many(s, self.rows, actor=self.actor, entries=entries)
                # Bytes durable under their final names before the rows that point at them commit; the
                # note lets crash clean-up remove them if this transaction does not commit.
                if to_commit:
                    note = self.journal.begin([w.blob_id for w in to_commit], "add")
                self.blobs.commit_many(to_commit)
        except BaseException:
            for w in to_commit + to_discard:
                self.blobs.discard(w)
            raise
        if note is not None:
            self.journal.end(note)
        for w in to_discard:
            self.blobs.discard(w)
        return results

    @staticmethod
    def _settle_content_types(staged: list[_Staged]) -> None:
        """Content types of a batch's small files (libmagic in parallel), and their image metadata."""
        for st in staged:
            if st.mime:
                continue
            st.mime = st.mime_job.result() if st.mime_job is not None else detect_mime(st.written.head)
            if st.mime.startswith("image/") and st.plain is not None:
                st.meta.update(image_metadata(st.plain))
            st.plain, st.mime_job = None, None

    def add_symlink(self, case_id: str, path: Path, *, base: Path) -> AddResult:
        """Record a symbolic link (its target text) without following it."""
        target = os.readlink(path)
        raw = os.fsencode(target)

        resolved = (path.parent / target).resolve()
        inside = resolved.is_relative_to(base.resolve())
        item = self._record_item(
            case_id, kind="link", data=raw, name=_safe_text(path.name), mime="inode/symlink", source="file",
            original_path=_safe_text(str(path.absolute())),
            meta={"link_target": _safe_text(target), "points_inside_added_folder": inside},
            sha256=hashlib.sha256(raw).hexdigest(), md5=hashlib.md5(raw).hexdigest(),
        )
        return AddResult(item, stored_new_blob=False)

    def add_note(self, case_id: str, text: str, *, title: str | None = None) -> Item:
        data = text.encode("utf-8")
        return self._store_small(case_id, data, kind="note", name=title or "note.txt", mime="text/plain",
                                 source="note", meta={"title": title} if title else {})

    def add_url(self, case_id: str, url: str, *, what_seen: str = "", seen_at: datetime | None = None) -> Item:
        from urllib.parse import urlsplit

        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise UsageError(f"{url!r} is not a web address (it should start with http:// or https://).")
        seen = (seen_at or utcnow()).astimezone(UTC)

        data = json.dumps({"url": url.strip(), "what_seen": what_seen, "seen_at": seen.isoformat()},
                          ensure_ascii=False, sort_keys=True).encode("utf-8")
        return self._store_small(case_id, data, kind="url", name=url.strip()[:300], mime="application/json",
                                 source="url", meta={"url": url.strip(), "seen_at": seen.isoformat()})

    def add_hash_only(self, case_id: str, *, name: str, sha256: str, md5: str, size: int, mime: str,
                      metadata: dict[str, Any], reason: str, original_path: str | None = None,
                      intimate: bool = True) -> Item:
        """Record a file by its hashes only (a minor's explicit image): its bytes are never stored."""
        return self._record_item(case_id, kind="hash_only", data=None, name=name, mime=mime, source="in_place",
                                 original_path=original_path, meta={**metadata, "not_stored_reason": reason},
                                 sha256=sha256, md5=md5, size=size, intimate=intimate)

    def _store_small(self, case_id: str, data: bytes, *, kind: str, name: str, mime: str, source: str,
                     meta: dict[str, Any]) -> Item:

        self._require_open_case(case_id)
        with self._writing_blobs():
            if len(data) <= SMALL_FILE:
                staged = self._stage_small(data, name=name, source=source, mtime=None, intimate=False,
                                           parent_item_id=None, original_path=None, kind=kind, mime=mime,
                                           metadata=meta)
            else:
                staged = self._stage(io.BytesIO(data), name=name, source=source, mtime=None, intimate=False,
                                     parent_item_id=None, original_path=None, metadata=meta, kind=kind, mime=mime)
            staged.original_path = f"{kind}:{staged.written.sha256}"
            return self._commit_staged(case_id, [staged])[0].item

    def _record_item(self, case_id: str, *, kind: str, data: bytes | None, name: str, mime: str, source: str,
                     original_path: str | None, meta: dict[str, Any], sha256: str, md5: str,
                     size: int | None = None, intimate: bool = False) -> Item:
        self._require_open_case(case_id)
        with self.transaction() as s:
            item = Item(id=secrets.token_hex(8), case_id=case_id, kind=kind, sha256=sha256, md5=md5,
                        sha_tag=self.rows.lookup_tag("sha256", sha256),
                        size=size if size is not None else len(data or b""), mime=mime, original_name=name,
                        original_path=original_path, mtime=None, acquired_at=utcnow(), source=source,
                        meta=meta, intimate=intimate, status="active", parent_item_id=None, blob_id=None)
            s.add(item)
            s.flush()
            self.log(s, "item.added", case_id=case_id, item_id=item.id, details=_item_fields(item))
        return item


def _item_fields(item: Item) -> dict[str, Any]:
    """What the custody log remembers of an item, so that verify can cross-check the database."""
    return {"kind": item.kind, "sha256": item.sha256, "md5": item.md5, "size": item.size,
            "name": item.original_name, "original_path": item.original_path, "mime": item.mime,
            "source": item.source, "intimate": item.intimate, "parent_item_id": item.parent_item_id,
            "mtime": item.mtime.isoformat() if item.mtime else None}


def _loaded(model: type[Item], clear: dict[str, Any], fields: dict[str, Any], seal: bytes) -> Item:
    """An object for a row just inserted with Core, as a load would give it (no change events: it is
    never added to a session; the vault reads rows again by id when it changes them)."""
    obj: Item = model.__mapper__.class_manager.new_instance()
    obj.__dict__.update(clear)
    obj.__dict__[SEAL_COLUMN] = seal
    # JSON values as a reader gets them back (encode normalises them); the others are kept as given.
    obj.__dict__[SEALED_VALUES] = {name: spec.decode(spec.encode(fields.get(name))) if spec.kind == "json"
                                   else fields.get(name) for name, spec in model.__sealed_fields__.items()}
    return obj
