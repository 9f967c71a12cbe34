"""The vault's foundation: one folder with a SQLite database (metadata) and an encrypted blob store.

:class:`VaultCore` opens and creates the folder, holds the keys, the database engines, the blob
store, the custody log and the write-intent journal; it gives write transactions (each committed
with its custody entries and the per-case record tags of ``standfast.vault.records``) and read
snapshots, and the lock that crash clean-up needs. Cases, adding evidence and items build on it
(``cases``, ``adding``, ``items``); :class:`standfast.vault.vault.Vault` puts them together.
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import hmac
import itertools
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, cast

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session, sessionmaker

from standfast.errors import StandfastError, VaultError
from standfast.vault import paths
from standfast.vault.blobs import BlobStore
from standfast.vault.custody import CustodyLog
from standfast.vault.db import open_engines
from standfast.vault.failures import explain
from standfast.vault.fsutil import private_mkdir, tighten_tree
from standfast.vault.journal import WriteJournal
from standfast.vault.keys import KdfParams, KeyFile, binding_tag, open_token, seal_token, subkey
from standfast.vault.models import Blob, CustodyEntry
from standfast.vault.quarantine import Quarantine
from standfast.vault.records import VAULT_SCOPE, RecordKeeper
from standfast.vault.rows import SESSION_KEY, RowSealer

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

ProgressFn = Callable[[int], None]


class VaultCore:
    """The vault's keys, database, blob store, custody log and lock (see :class:`Vault`)."""

    def __init__(self, root: Path, keyfile: KeyFile, data_key: bytes, *, create: bool, actor: str | None) -> None:
        self.root = root
        self.keyfile = keyfile
        self.actor = actor or _default_actor()
        self._data_key = data_key
        self._seal = AESGCM(subkey(data_key, "seal"))
        self.rows = RowSealer(data_key)
        self.records = RecordKeeper(data_key)
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

    @classmethod
    def create(cls, path: Path, passphrase: str, *, kdf: KdfParams | None = None,
               actor: str | None = None) -> tuple[Self, str]:
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
        from standfast.vault.migrate import upgrade_v1, upgrade_v2, upgrade_v3, upgrade_v4, upgrade_v5

        if version == 1:
            upgrade_v1(con, self.rows, actor=self.actor, mac=self.custody.mac)
        if version < 3:
            upgrade_v2(con, self.rows, actor=self.actor, mac=self.custody.mac,
                       seal=lambda data, purpose: self.seal(data, purpose=purpose), from_schema=version)
        if version < 4:
            upgrade_v3(con, self.rows, self.records, actor=self.actor, mac=self.custody.mac)
        if version < 5:
            upgrade_v4(con, self.rows, actor=self.actor, mac=self.custody.mac)
        seq, entry_hash, mac = upgrade_v5(con, self.rows, self.records, actor=self.actor, mac=self.custody.mac)
        self.custody.set_head_after_commit(seq, entry_hash, mac)

    @classmethod
    def open(cls, path: Path, passphrase: str, *, actor: str | None = None) -> Self:
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
    def open_with_recovery_key(cls, path: Path, recovery_key: str, *, actor: str | None = None) -> Self:
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def vault_id(self) -> str:
        return self.keyfile.vault_id

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction; custody entries appended in it are committed with it."""
        session = self._write_sessions()
        try:
            yield session
            self._commit_records(session)
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

    def _commit_records(self, session: Session) -> None:
        """Record the new per-case digests of the rows this transaction wrote in its custody entries."""
        tags = self.records.settle(session)
        if not tags:
            return
        last: CustodyEntry | None = session.info.get("custody_last_entry")
        if last is not None:
            own = {scope: t for scope, t in tags.items() if scope in (last.case_id or VAULT_SCOPE, VAULT_SCOPE)}
            if own and self.custody.amend_last(session, own):
                tags = {scope: t for scope, t in tags.items() if scope not in own}
        for scope, t in sorted(tags.items()):
            self.custody.append(session, actor=self.actor, action="records.changed",
                                case_id=None if scope == VAULT_SCOPE else scope, records={scope: t})
        session.flush()

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
        return seal_token(self._seal, data, purpose=purpose)

    def unseal(self, token: bytes, *, purpose: str) -> bytes:
        return open_token(self._seal, token, purpose=purpose)

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
                quarantine = Quarantine(cast("Vault", self))
                for blob_id in sorted(unlisted):
                    quarantine.set_aside(blob_id)
        finally:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def blob_listed_now(self, blob_id: str) -> bool:
        """Whether the database lists a blob right now (a fresh read, outside any snapshot)."""
        with self._reader.connect() as conn:
            return conn.execute(text("SELECT 1 FROM vault_blob WHERE id = :id"), {"id": blob_id}).first() is not None

    def blob_purged_since(self, blob_id: str, seq: int, item_ids: list[str]) -> bool:
        """Whether a blob file may be missing because another program purged it after custody entry
        ``seq`` (a fresh read, outside any snapshot): its row is gone *and* a later custody entry
        purged one of its items. Anything less is not proof, and verify reports the missing file."""
        if not item_ids:
            return False
        with self._reader.connect() as conn:
            if conn.execute(text("SELECT 1 FROM vault_blob WHERE id = :id"), {"id": blob_id}).first() is not None:
                return False
            found = conn.execute(text("SELECT 1 FROM vault_custody WHERE seq > :seq AND action = 'item.purged' "
                                      "AND item_id IN (SELECT value FROM json_each(:ids)) LIMIT 1"),
                                 {"seq": seq, "ids": json.dumps(item_ids)}).first()
        return found is not None

    def custody_hash_now(self, seq: int) -> str | None:
        with self._reader.connect() as conn:
            row = conn.execute(text("SELECT hash FROM vault_custody WHERE seq = :s"), {"s": seq}).first()
        return None if row is None else str(row[0])

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
