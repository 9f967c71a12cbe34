"""The Vault: one folder with a SQLite database (metadata) and an encrypted blob store (files).

Every change happens in one write transaction together with its custody entry. Blob bytes are
written and fsynced under a temporary name and renamed into place before the row that refers to
them is committed, so a crash leaves the vault as it was before or after an operation.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import getpass
import hmac
import itertools
import os
import secrets
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import pycountry
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from standfast.errors import CaseClosed, InputError, IntegrityError, NotFound, StandfastError, UsageError, VaultError
from standfast.vault import paths
from standfast.vault.blobs import BlobStore, WrittenBlob
from standfast.vault.custody import CustodyLog
from standfast.vault.db import open_engines, utcnow
from standfast.vault.failures import explain
from standfast.vault.fsutil import iter_tree, private_mkdir, tighten_tree
from standfast.vault.journal import WriteJournal
from standfast.vault.keys import KdfParams, KeyFile, binding_tag, subkey
from standfast.vault.metadata import detect_mime, image_metadata
from standfast.vault.models import Blob, Case, CustodyEntry, Item
from standfast.vault.quarantine import Quarantine, QuarantinedFile
from standfast.vault.rows import SESSION_KEY, RowSealer

AGE_GROUPS = ("minor", "adult", "unknown")
ProgressFn = Callable[[int], None]


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


@dataclass
class Skipped:
    path: str
    reason: str


def _safe_text(text: str) -> str:
    """File names can hold any bytes; keep them reversible but printable in JSON and the DB."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def normalize_country(country: str | None) -> str | None:
    if not country:
        return None
    code = country.strip().upper()
    base = code.split("-")[0]
    if base == "INT":
        return "INT"
    if base == "UK":
        code, base = "GB" + code[2:], "GB"
    if pycountry.countries.get(alpha_2=base) is None:
        raise UsageError(f"{country!r} is not an ISO 3166 country code (for example US, GB, DE).")
    return code


class Vault:
    """An unlocked vault. Use :meth:`create` or :meth:`open`; call :meth:`close` when done."""

    def __init__(self, root: Path, keyfile: KeyFile, data_key: bytes, *, create: bool, actor: str | None) -> None:
        self.root = root
        self.keyfile = keyfile
        self.actor = actor or _default_actor()
        self._data_key = data_key
        self._seal = AESGCM(subkey(data_key, "seal"))
        self.rows = RowSealer(data_key)
        self.blobs = BlobStore(root, subkey(data_key, "blob"))
        self.custody = CustodyLog(root / paths.HEAD, subkey(data_key, "custody-mac"))
        self.journal = WriteJournal(root / paths.TMP)
        self._writer, self._reader = open_engines(
            root / paths.DATABASE, create=create, binding=(keyfile.vault_id, binding_tag(data_key, keyfile.vault_id)),
            adopt=self._adopt_legacy_database, upgrade=self._upgrade)
        self.custody.write_head()  # after an upgrade: its custody entry is the newest
        tighten_tree(root, deep={paths.TMP})
        # Sessions carry the row sealer: sealed tables seal on flush and open on load through it.
        info = {SESSION_KEY: self.rows}
        self._write_sessions = sessionmaker(self._writer, expire_on_commit=False, info=info)
        self._read_sessions = sessionmaker(self._reader, expire_on_commit=False, info=info)
        self._lock_fd = os.open(root / paths.LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        self._cleanup_interrupted_writes()

    # -- lifecycle ----------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None,
               actor: str | None = None) -> tuple[Vault, str]:
        """Make a new vault folder. Returns the vault and the recovery key to show once."""
        path = Path(path)
        if (path / paths.KEYFILE).exists():
            raise VaultError(f"There is already a vault in {path}.")
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultError(f"{path} is not empty; choose an empty or new folder for the vault.")
        params = kdf or KdfParams.default()
        keyfile, data_key, recovery = KeyFile.new(passphrase, params)
        private_mkdir(path)  # also when the folder existed already (empty) with wider rights
        for sub in (paths.BLOBS, paths.TMP):
            private_mkdir(path / sub)
        vault = cls(path, keyfile, data_key, create=True, actor=actor)
        keyfile.save(path / paths.KEYFILE)  # last: a half-made folder is never taken for a vault
        with vault.transaction() as s:
            vault.log(s, "vault.created", details={
                "vault_id": keyfile.vault_id,
                "kdf": {"name": "argon2id", "memory_kib": params.memory_kib, "time_cost": params.time_cost,
                        "parallelism": params.parallelism},
            })
        return vault, recovery

    def _adopt_legacy_database(self, conn: Connection) -> None:
        """A database from before vault ids: bind it only if the newest custody MAC proves the key."""
        row = conn.execute(text("SELECT hash, mac FROM vault_custody ORDER BY seq DESC LIMIT 1")).first()
        if row is not None and not hmac.compare_digest(self.custody.mac(str(row[0])), str(row[1])):
            raise VaultError("The key file (vault.json) does not belong to this vault's database. "
                             "Nothing was changed; put this vault's own vault.json back.")

    def _upgrade(self, con: sqlite3.Connection, version: int) -> None:
        from standfast.vault.migrate import upgrade_v1, upgrade_v2, upgrade_v3

        if version == 1:
            upgrade_v1(con, self.rows, actor=self.actor, mac=self.custody.mac)
        if version < 3:
            upgrade_v2(con, self.rows, actor=self.actor, mac=self.custody.mac,
                       seal=lambda data, purpose: self.seal(data, purpose=purpose), from_schema=version)
        seq, entry_hash, mac = upgrade_v3(con, self.rows, actor=self.actor, mac=self.custody.mac)
        self.custody.set_head_after_commit(seq, entry_hash, mac)

    @classmethod
    def open(cls, path: Path, passphrase: str, *, actor: str | None = None) -> Vault:
        path = Path(path)
        if not path.is_dir():
            raise VaultError(f"No vault at {path}. Create one with `standfast init`.")
        keyfile = KeyFile.load(path / paths.KEYFILE)
        data_key = keyfile.unlock(passphrase)
        try:
            return cls(path, keyfile, data_key, create=False, actor=actor)
        except Exception as exc:
            _raise_plain(exc, path)
            raise

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_key: str, *, actor: str | None = None) -> Vault:
        keyfile = KeyFile.load(Path(path) / paths.KEYFILE)
        data_key = keyfile.unlock_recovery(recovery_key)
        try:
            return cls(Path(path), keyfile, data_key, create=False, actor=actor)
        except Exception as exc:
            _raise_plain(exc, Path(path))
            raise

    def close(self) -> None:
        """Release the database and the lock; a second call does nothing.

        The lock's file descriptor number is forgotten once closed: closing it again would close
        whatever file or socket the process opened under that number since.
        """
        if self._lock_fd < 0:
            return
        self.blobs.close()
        self._writer.dispose()
        self._reader.dispose()
        fd, self._lock_fd = self._lock_fd, -1
        with contextlib.suppress(OSError):
            os.close(fd)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def vault_id(self) -> str:
        return self.keyfile.vault_id

    # -- sessions, custody, sealing ----------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction; custody entries appended in it are committed with it."""
        session = self._write_sessions()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            with contextlib.suppress(Exception):  # a failed rollback must not hide the first error
                session.rollback()
            self.custody.discard_pending()
            _raise_plain(exc, self.root)
            raise
        finally:
            session.close()
        self.custody.write_head()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            yield session
        except BaseException as exc:
            _raise_plain(exc, self.root)
            raise
        finally:
            session.close()  # closing (not rolling back) keeps loaded objects usable

    def bulk_insert(self, inserts: list[tuple[str, list[tuple[Any, ...]]]]) -> None:
        """Insert many rows that need no custody entry (imported messages), in one transaction.

        ``inserts`` are ``("INSERT INTO table (col, ...)", rows)``; the rows go in as few statements
        as SQLite allows (many rows per ``VALUES``). Runs on a raw pooled connection, so it may be
        called from a worker thread while other threads use :meth:`transaction` (SQLite serialises
        the writers); each statement releases the GIL once, not once per row. The transaction commits
        at ``synchronous=NORMAL``: atomic, but in WAL mode not fsynced. The caller makes it durable
        with a later ordinary transaction, whose FULL commit fsyncs the whole log, these rows
        included. The connection always goes back to the pool at FULL.
        """
        pooled = self._writer.raw_connection()
        try:
            raw = pooled.driver_connection
            assert raw is not None  # a pooled sqlite3 connection always has its driver connection
            cur = raw.cursor()
            cur.execute("PRAGMA synchronous = NORMAL")
            try:
                cur.execute("BEGIN IMMEDIATE")
                limit = raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
                for prefix, rows in inserts:
                    if not rows:
                        continue
                    width = len(rows[0])
                    per = max(1, min(500, limit // width))
                    for start in range(0, len(rows), per):
                        chunk = rows[start:start + per]
                        values = ", ".join(["(" + ", ".join("?" * width) + ")"] * len(chunk))
                        cur.execute(f"{prefix} VALUES {values}", tuple(itertools.chain.from_iterable(chunk)))
                cur.execute("COMMIT")
            finally:
                if raw.in_transaction:  # failed: undo the batch before the safety level can change
                    raw.rollback()
                cur.execute("PRAGMA synchronous = FULL")
                cur.close()
        finally:
            pooled.close()

    def commit_blocks(self, session: Session, source_id: str) -> None:
        """Record a parsed file's message blocks (ids, counts, index and body digests) in a sealed row,
        so ``verify`` finds blocks removed, added, reordered or changed later. Call it in the
        transaction that marks the import of that file complete."""
        from standfast.vault.ledger import commit_source

        commit_source(session, source_id)

    def log(self, session: Session, action: str, *, case_id: str | None = None, item_id: str | None = None,
            details: dict[str, Any] | None = None) -> CustodyEntry:
        return self.custody.append(session, actor=self.actor, action=action, case_id=case_id,
                                   item_id=item_id, details=details)

    def seal(self, data: bytes, *, purpose: str) -> bytes:
        nonce = secrets.token_bytes(12)
        return b"\x01" + nonce + self._seal.encrypt(nonce, data, purpose.encode())

    def unseal(self, token: bytes, *, purpose: str) -> bytes:
        if len(token) < 29 or token[0] != 1:
            raise IntegrityError(f"A sealed {purpose} value is damaged.")
        try:
            return self._seal.decrypt(token[1:13], token[13:], purpose.encode())
        except InvalidTag:
            raise IntegrityError(f"A sealed {purpose} value is damaged or was altered.") from None

    # -- locking ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _writing_blobs(self) -> Iterator[None]:
        # Shared: many writers may add at once; cleanup of leftovers needs it exclusively.
        fcntl.flock(self._lock_fd, fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def _cleanup_interrupted_writes(self) -> None:
        """After a crash (only when no other program writes): finish what the journal proves.

        Temporaries in ``tmp/`` are ours by construction. A blob file named in a write-intent note
        and not listed by the database belonged to a transaction that did not commit (or to a purge
        that did): it is removed. Every other blob file the database does not list is moved to
        quarantine, never deleted.
        """
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return
        try:
            notes = self.journal.notes()
            on_disk = self.blobs.existing_ids()
            known: set[str] = set()
            if on_disk:
                with self.read() as s:
                    known = set(s.scalars(select(Blob.id)))
            for path, ids in notes:
                for blob_id in ids & on_disk - known:
                    self.blobs.delete(blob_id)
                on_disk -= ids
                self.journal.end(path)
            tmp_dir = self.root / paths.TMP
            if tmp_dir.is_dir():
                for leftover in tmp_dir.iterdir():
                    if leftover.is_file():
                        leftover.unlink(missing_ok=True)
            unlisted = on_disk - known
            if unlisted:
                quarantine = Quarantine(self)
                for blob_id in sorted(unlisted):
                    quarantine.set_aside(blob_id)
        finally:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def blob_listed_now(self, blob_id: str) -> bool:
        """Whether the database lists a blob right now (a fresh read, outside any snapshot)."""
        with self._reader.connect() as conn:
            return conn.execute(text("SELECT 1 FROM vault_blob WHERE id = :id"), {"id": blob_id}).first() is not None

    def custody_hash_now(self, seq: int) -> str | None:
        with self._reader.connect() as conn:
            row = conn.execute(text("SELECT hash FROM vault_custody WHERE seq = :s"), {"s": seq}).first()
        return None if row is None else str(row[0])

    # -- quarantine (blob files the database does not list) -----------------------------------
    def quarantined(self) -> list[QuarantinedFile]:
        return Quarantine(self).list()

    def restore_quarantined(self, file_id: str, case_id: str) -> Item:
        return Quarantine(self).restore(file_id, case_id)

    def purge_quarantined(self, file_id: str) -> QuarantinedFile:
        return Quarantine(self).purge(file_id)

    # -- cases ------------------------------------------------------------------------------
    def create_case(self, title: str, *, country: str | None = None, age_group: str = "unknown",
                    platforms: tuple[str, ...] | list[str] = ()) -> Case:
        title = title.strip()
        if not title:
            raise UsageError("A case needs a title (a few words are enough).")
        if age_group not in AGE_GROUPS:
            raise UsageError(f"Age group must be one of: {', '.join(AGE_GROUPS)}.")
        country = normalize_country(country)
        now = utcnow()
        case = Case(id=secrets.token_hex(5), title=title[:300], country=country, age_group=age_group,
                    platforms=sorted({p.strip().lower() for p in platforms if p.strip()}), status="open",
                    created_at=now, updated_at=now)
        with self.transaction() as s:
            s.add(case)
            s.flush()
            self.log(s, "case.created", case_id=case.id, details=_case_fields(case))
        return case

    def get_case(self, ref: str) -> Case:
        ref = ref.strip().lower()
        with self.read() as s:
            found = list(s.scalars(select(Case).where(Case.id.startswith(ref)).limit(2))) if ref else []
        if not found:
            raise NotFound(f"No case {ref!r} in this vault. `standfast case list` shows them.")
        if len(found) > 1:
            raise UsageError(f"{ref!r} matches more than one case; type more of its id.")
        return found[0]

    def list_cases(self) -> list[Case]:
        with self.read() as s:
            return list(s.scalars(select(Case).order_by(Case.created_at)))

    def update_case(self, case_id: str, **fields: Any) -> Case:
        allowed = {"title", "country", "age_group", "platforms", "status"}
        if unknown := set(fields) - allowed:
            raise UsageError(f"Cannot change {', '.join(sorted(unknown))} of a case.")
        if "age_group" in fields and fields["age_group"] not in AGE_GROUPS:
            raise UsageError(f"Age group must be one of: {', '.join(AGE_GROUPS)}.")
        if "country" in fields:
            fields["country"] = normalize_country(fields["country"])
        if "platforms" in fields:
            fields["platforms"] = sorted({p.strip().lower() for p in fields["platforms"] if p.strip()})
        with self.transaction() as s:
            case = s.get(Case, case_id)
            if case is None:
                raise NotFound(f"No case {case_id!r} in this vault.")
            for key, value in fields.items():
                setattr(case, key, value)
            case.updated_at = utcnow()
            s.flush()
            self.log(s, "case.updated", case_id=case.id, details=_case_fields(case))
        return case

    def close_case(self, case_id: str) -> Case:
        return self.update_case(case_id, status="closed")

    # -- adding evidence ---------------------------------------------------------------------
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
            if len(staged) >= 128 or staged_bytes >= 256 << 20 or time.monotonic() - batch_started > 2:
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

    def _image_meta(self, written: WrittenBlob) -> dict[str, Any]:
        if written.size > 64 << 20:
            return {}
        return image_metadata(b"".join(self.blobs.chunks(written.blob_id, path=written.tmp_path)))

    def _commit_staged(self, case_id: str, staged: list[_Staged]) -> list[AddResult]:
        """Make staged blobs durable, move them into place, then commit rows and custody entries at once."""
        if not staged:
            return []
        self.blobs.sync_many([s.written for s in staged if not s.synced])
        results: list[AddResult] = []
        to_commit: list[WrittenBlob] = []
        to_discard: list[WrittenBlob] = []
        note: Path | None = None
        try:
            with self.transaction() as s:
                tags = {st.written.sha256: self.rows.lookup_tag("sha256", st.written.sha256) for st in staged}
                tag_list = list(set(tags.values()))
                known_items = {(i.sha256, i.original_path): i for i in s.scalars(
                    select(Item).where(Item.case_id == case_id, Item.sha_tag.in_(tag_list), Item.status != "purged"))}
                blob_ids: dict[str, str] = {
                    b.sha256: b.id for b in s.scalars(select(Blob).where(Blob.sha_tag.in_(tag_list)))}
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
                        s.add(Blob(id=blob_id, sha_tag=tags[w.sha256], sha256=w.sha256, md5=w.md5, size=w.size,
                                   created_at=utcnow()))
                        blob_ids[w.sha256] = blob_id
                        to_commit.append(w)
                    else:
                        to_discard.append(w)
                    item = Item(id=secrets.token_hex(8), case_id=case_id, kind=st.kind, sha256=w.sha256,
                                sha_tag=tags[w.sha256],
                                md5=w.md5, size=w.size, mime=st.mime, original_name=st.name,
                                original_path=st.original_path, mtime=st.mtime, acquired_at=utcnow(),
                                source=st.source, meta=st.meta, intimate=st.intimate, status="active",
                                parent_item_id=st.parent_item_id, blob_id=blob_id)
                    s.add(item)
                    known_items[(w.sha256, st.original_path)] = item
                    self.log(s, "item.added", case_id=case_id, item_id=item.id, details=_item_fields(item))
                    results.append(AddResult(item, stored_new_blob=new_blob))
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

    def add_symlink(self, case_id: str, path: Path, *, base: Path) -> AddResult:
        """Record a symbolic link (its target text) without following it."""
        target = os.readlink(path)
        raw = os.fsencode(target)
        import hashlib

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
        import json

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
        import io

        self._require_open_case(case_id)
        with self._writing_blobs():
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

    def _require_open_case(self, case_id: str) -> None:
        with self.read() as s:
            case = s.get(Case, case_id)
        if case is None:
            raise NotFound(f"No case {case_id!r} in this vault.")
        if case.status == "closed":
            raise CaseClosed("This case is closed. Reopen it with `standfast case reopen` to add evidence.")

    # -- reading evidence --------------------------------------------------------------------
    def get_item(self, ref: str) -> Item:
        ref = ref.strip().lower()
        with self.read() as s:
            found = list(s.scalars(select(Item).where(Item.id.startswith(ref)).limit(2))) if ref else []
        if not found:
            raise NotFound(f"No evidence item {ref!r} in this vault.")
        if len(found) > 1:
            raise UsageError(f"{ref!r} matches more than one item; type more of its id.")
        return found[0]

    def list_items(self, case_id: str, *, include_withdrawn: bool = False, limit: int | None = None,
                   offset: int = 0, search: str | None = None) -> list[Item]:
        where = [Item.case_id == case_id]
        if not include_withdrawn:
            where.append(Item.status == "active")
        order = (Item.acquired_at, Item.id)
        with self.read() as s:
            if not search:
                q = select(Item).where(*where)
                if limit is not None:
                    # Page by clear columns, then load (and unseal) only the page's rows: sorting whole rows
                    # would carry every row's seal through SQLite's sorter.
                    q = select(Item).where(Item.id.in_(
                        select(Item.id).where(*where).order_by(*order).offset(offset).limit(limit)))
                elif offset:
                    q = q.order_by(*order).offset(offset)
                return list(s.scalars(q.order_by(*order)))
            # Names and hashes are sealed, so a search opens the case's rows and filters here.
            needle = search.lower()
            found = [i for i in s.scalars(select(Item).where(*where).order_by(*order))
                     if needle in i.original_name.lower() or i.sha256.startswith(needle)
                     or i.md5.startswith(needle)]
        return found[offset:] if limit is None else found[offset:offset + limit]

    def count_items(self, case_id: str, *, include_withdrawn: bool = False) -> int:
        with self.read() as s:
            q = select(func.count()).select_from(Item).where(Item.case_id == case_id)
            if not include_withdrawn:
                q = q.where(Item.status == "active")
            return int(s.scalar(q) or 0)

    def open_item(self, item_id: str, *, log_view: bool = False) -> BinaryIO:
        item = self.get_item(item_id)
        if item.blob_id is None:
            raise UsageError("The bytes of this item are not in the vault (recorded by hashes only, or purged).")
        if log_view:
            self.log_view(item)
        return self.blobs.open(item.blob_id)

    def read_item(self, item_id: str, *, log_view: bool = False) -> bytes:
        with self.open_item(item_id, log_view=log_view) as fh:
            return fh.read()

    def log_view(self, item: Item, *, how: str = "viewed") -> None:
        with self.transaction() as s:
            self.log(s, "item.viewed", case_id=item.case_id, item_id=item.id, details={"how": how})

    # -- changing evidence status ------------------------------------------------------------
    def mark_intimate(self, item_id: str, intimate: bool = True) -> Item:
        with self.transaction() as s:
            item = self._item_for_update(s, item_id)
            item.intimate = intimate
            s.flush()
            self.log(s, "item.marked", case_id=item.case_id, item_id=item.id, details={"intimate": intimate})
        return item

    def withdraw(self, item_id: str, reason: str) -> Item:
        if not reason.strip():
            raise UsageError("Please give a short reason for withdrawing this item (it is kept in the log).")
        with self.transaction() as s:
            item = self._item_for_update(s, item_id)
            if item.status == "purged":
                raise UsageError("This item was purged; it cannot be withdrawn.")
            item.status, item.status_reason = "withdrawn", reason.strip()
            s.flush()
            self.log(s, "item.withdrawn", case_id=item.case_id, item_id=item.id,
                     details={"reason": reason.strip()})
        return item

    def restore(self, item_id: str) -> Item:
        with self.transaction() as s:
            item = self._item_for_update(s, item_id)
            if item.status != "withdrawn":
                raise UsageError("Only a withdrawn item can be restored.")
            item.status, item.status_reason = "active", None
            s.flush()
            self.log(s, "item.restored", case_id=item.case_id, item_id=item.id, details={})
        return item

    def purge(self, item_id: str, reason: str) -> Item:
        """Remove an item's bytes for good; its record, hashes and the reason stay in the log."""
        if not reason.strip():
            raise UsageError("Please give a reason for purging (it is kept in the custody log).")
        with self._writing_blobs():
            current = self.get_item(item_id)
            # The note names the blob before the row changes: if the process dies after the commit
            # and before the unlink, the next open may remove the file the database no longer lists.
            note = self.journal.begin([current.blob_id], "purge") if current.blob_id else None
            try:
                with self.transaction() as s:
                    item = self._item_for_update(s, item_id)
                    if item.status == "purged":
                        raise UsageError("This item was already purged.")
                    blob_id = item.blob_id
                    item.status, item.status_reason, item.blob_id = "purged", reason.strip(), None
                    s.flush()
                    still_used = blob_id is not None and s.scalar(
                        select(func.count()).select_from(Item).where(Item.blob_id == blob_id)
                    )
                    if blob_id is not None and not still_used:
                        s.delete(s.get(Blob, blob_id))
                    self.log(s, "item.purged", case_id=item.case_id, item_id=item.id,
                             details={"reason": reason.strip(), "sha256": item.sha256, "md5": item.md5,
                                      "bytes_removed": bool(blob_id and not still_used)})
                    s.flush()
            except BaseException:
                if note is not None:
                    self.journal.end(note)  # nothing committed: the blob stays listed and kept
                raise
            if blob_id is not None and not still_used:
                self.blobs.delete(blob_id)
            if note is not None:
                self.journal.end(note)
        return item

    def _item_for_update(self, s: Session, ref: str) -> Item:
        item = s.get(Item, self.get_item(ref).id)
        assert item is not None
        return item

    # -- verification and export (in their own modules) ---------------------------------------
    def verify(self, progress: ProgressFn | None = None) -> Any:
        from standfast.vault.verify import verify_vault

        return verify_vault(self, progress=progress)

    def export_case(self, case_id: str, to: Path, *, include_intimate: bool = False,
                    progress: ProgressFn | None = None, encrypt_passphrase: str | None = None) -> Any:
        from standfast.vault.export import export_case

        return export_case(self, case_id, Path(to), include_intimate=include_intimate, progress=progress,
                           encrypt_passphrase=encrypt_passphrase)

    # -- keys -------------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        self.keyfile.rewrap_passphrase(self._data_key, new_passphrase, kdf)
        with self.transaction() as s:
            self.keyfile.save(self.root / paths.KEYFILE)
            self.log(s, "vault.passphrase_changed", details={})

    def new_recovery_key(self) -> str:
        recovery = self.keyfile.new_recovery_key(self._data_key)
        with self.transaction() as s:
            self.keyfile.save(self.root / paths.KEYFILE)
            self.log(s, "vault.recovery_key_replaced", details={})
        return recovery


def _case_fields(case: Case) -> dict[str, Any]:
    return {"title": case.title, "country": case.country, "age_group": case.age_group,
            "platforms": list(case.platforms or []), "status": case.status}


def _item_fields(item: Item) -> dict[str, Any]:
    """What the custody log remembers of an item, so that verify can cross-check the database."""
    return {"kind": item.kind, "sha256": item.sha256, "md5": item.md5, "size": item.size,
            "name": item.original_name, "original_path": item.original_path, "mime": item.mime,
            "source": item.source, "intimate": item.intimate, "parent_item_id": item.parent_item_id,
            "mtime": item.mtime.isoformat() if item.mtime else None}


def _raise_plain(exc: BaseException, root: Path | None = None) -> None:
    """Re-raise a disk, permission or SQLite failure as its plain-words error (others pass through)."""
    if isinstance(exc, Exception) and not isinstance(exc, StandfastError):
        plain = explain(exc, root)
        if plain is not None:
            raise plain from exc


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"
