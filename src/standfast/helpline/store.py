"""The helpline's store: PostgreSQL for rows, a folder for encrypted evidence, and the unlocked keys.

``Helpline.create`` runs the migrations, makes the helpline's data key (wrapped under its
passphrase with the vault's key-file code, so the same Argon2id and recovery key apply) and its
X25519 key pair for hand-overs. ``Helpline.open`` unlocks it. Every write goes through
``transaction()``; the audit chain (``audit``) is appended in the same transaction as the change.

After each commit that appended to the audit chain, its newest entry (number, hash and MAC) is also
written to ``audit.head`` in the evidence folder, outside the database, so that an administrator who
deletes the newest audit rows is noticed by ``check_audit`` (as the personal vault's ``custody.head``).
The head never moves back, and it moves forward only while its own entry is still in the database as
written: once newest rows were removed, it stays and the gap keeps being reported until the operator
acts (see docs/helpline.md). One that lags behind (a failed write) only weakens the check.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import secrets
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from standfast.errors import NotAvailable, UsageError, VaultError
from standfast.helpline import crypto, migrate
from standfast.helpline import schema as t
from standfast.vault.custody import GENESIS, canonical, content_hash, content_of, link_hash
from standfast.vault.db import utcnow
from standfast.vault.fsutil import atomic_write_bytes, private_mkdir, private_open
from standfast.vault.keys import KdfParams, KeyFile

ID_FILE = "helpline.id"
AUDIT_HEAD = "audit.head"
AUDIT_LOCK = 0x5F_48_4C  # one advisory lock orders every audit append
# Built once: the audit append runs on every view, and building a statement costs more than running it.
_LOCK = sa.select(sa.func.pg_advisory_xact_lock(AUDIT_LOCK))
# A view's entry: the same lock, and this transaction's commit does not wait for the disk (see ``viewing``).
_LOCK_NO_WAIT = sa.select(sa.func.set_config("synchronous_commit", "off", True),
                          sa.func.pg_advisory_xact_lock(AUDIT_LOCK))
_TAIL = sa.select(t.audit.c.seq, t.audit.c.hash).order_by(t.audit.c.seq.desc()).limit(1)
_APPEND = sa.insert(t.audit)
UNAVAILABLE = ("The helpline database is not reachable right now. Nothing was changed. Please try again in "
               "a moment; if it lasts, ask the operator to check PostgreSQL.")


def engine_url(url: str) -> str:
    """``postgresql://…`` as given by a person -> the SQLAlchemy URL with the psycopg driver."""
    url = url.strip()
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://"):]
    if url.startswith("postgresql+psycopg://"):
        return url
    raise UsageError("The helpline database must be PostgreSQL: give a URL starting with postgresql://")


def make_engine(url: str, *, pool_size: int = 5) -> sa.Engine:
    # Times are hashed into the audit chain: the session's time zone must not change how they read back.
    return sa.create_engine(engine_url(url), pool_pre_ping=True, pool_size=pool_size, max_overflow=pool_size,
                            connect_args={"options": "-c timezone=UTC", "connect_timeout": 10})


@contextlib.contextmanager
def reachable() -> Iterator[None]:
    """Turn a lost database connection into one calm sentence."""
    try:
        yield
    except OperationalError:
        raise NotAvailable(UNAVAILABLE) from None


@dataclass
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    case: str | None
    item: str | None
    details: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "actor": self.actor, "action": self.action, "case": self.case,
                "item": self.item}


class Helpline:
    """An unlocked helpline. Close it when done."""

    def __init__(self, engine: sa.Engine, helpline_id: str, data_key: bytes, blobs_root: Path, actor: str) -> None:
        self.engine = engine
        self.helpline_id = helpline_id
        self.blobs_root = blobs_root
        self.actor = actor
        self._data_key = data_key
        self._seal_key = crypto.subkey(data_key, "seal")
        self._audit_mac = crypto.subkey(data_key, "audit-mac")
        self.custody_mac_key = crypto.subkey(data_key, "custody-mac")
        self.head_path = blobs_root / AUDIT_HEAD
        self._pending = threading.local()  # per thread: the newest entry of its open transaction
        self._head_lock = threading.Lock()
        with self.read() as c:
            values = {str(k): str(v) for k, v in c.execute(sa.select(t.meta.c.key, t.meta.c.value))}
        self.public_key = values["public_key"]
        self._identity_sealed = base64.b64decode(values["identity_sealed"])
        self.retention_days = int(values.get("retention_days", "365"))

    # -- lifetime -----------------------------------------------------------------------------
    @classmethod
    def create(cls, url: str, blobs: Path, passphrase: str, *, actor: str, kdf: KdfParams | None = None,
               retention_days: int = 365) -> tuple[Helpline, str]:
        """A new helpline; returns it and the recovery key to show once."""
        engine = make_engine(url)
        with reachable():
            with engine.connect() as c:
                exists = c.execute(sa.text("select to_regclass('hl_meta')")).scalar()
                if exists is not None and c.execute(sa.select(sa.func.count()).select_from(t.meta)).scalar():
                    engine.dispose()
                    raise UsageError("This database already holds a helpline. Nothing was changed.")
            blobs = Path(blobs).resolve()
            if blobs.exists() and any(blobs.iterdir()):
                engine.dispose()
                raise UsageError(f"{blobs} is not empty; give a new or empty folder for the evidence.")
            migrate.upgrade(engine)
            keyfile, data_key, recovery = KeyFile.new(passphrase, kdf or KdfParams.default())
            secret, public = crypto.new_identity()
            seal_key = crypto.subkey(data_key, "seal")
            private_mkdir(blobs)
            atomic_write_bytes(blobs / ID_FILE, keyfile.vault_id.encode("ascii"))
            # Should the database refuse the rows, the folder goes back to empty so init can run again.
            try:
                with engine.begin() as c:
                    c.execute(sa.insert(t.meta), [
                        {"key": "keyfile", "value": json.dumps(keyfile.to_json())},
                        {"key": "helpline_id", "value": keyfile.vault_id},
                        {"key": "blobs", "value": str(blobs)},
                        {"key": "public_key", "value": public},
                        {"key": "identity_sealed", "value": base64.b64encode(
                            crypto.seal(seal_key, secret.encode("ascii"), purpose="helpline-identity")).decode()},
                        {"key": "retention_days", "value": str(retention_days)},
                    ])
            except BaseException:
                (blobs / ID_FILE).unlink(missing_ok=True)
                raise
        hl = cls(engine, keyfile.vault_id, data_key, blobs, actor)
        with hl.transaction() as c:
            hl.audit(c, "helpline.created", details={"fingerprint": crypto.fingerprint_of(public),
                                                     "schema": migrate.head_revision()})
        return hl, recovery

    @classmethod
    def open(cls, url: str, passphrase: str, *, actor: str, pool_size: int = 5) -> Helpline:
        engine = make_engine(url, pool_size=pool_size)
        try:
            with reachable():
                current = migrate.current_revision(engine)
                if current is None:
                    raise VaultError("No helpline in this database. Create one with `standfast helpline init`.")
                if current != migrate.head_revision():
                    migrate.upgrade(engine)
                with engine.connect() as c:
                    values = {str(k): str(v) for k, v in c.execute(sa.select(t.meta.c.key, t.meta.c.value))}
            keyfile = KeyFile.from_json(json.loads(values["keyfile"]), "helpline")
            data_key = keyfile.unlock(passphrase)
            blobs = Path(values["blobs"])
            try:
                found = (blobs / ID_FILE).read_text(encoding="ascii").strip()
            except OSError:
                found = ""
            if found != keyfile.vault_id:
                raise VaultError(f"The evidence folder {blobs} does not belong to this helpline (or is missing).")
            return cls(engine, keyfile.vault_id, data_key, blobs, actor)
        except BaseException:
            engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()

    # -- database -----------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        with self._tx(durable=True) as c:
            yield c

    @contextlib.contextmanager
    def viewing(self) -> Iterator[sa.Connection]:
        """A transaction that records a *view* (opening a case, an item, the audit).

        Its commit does not wait for the disk (``synchronous_commit = off`` for this transaction
        only, set by ``audit`` with its lock): PostgreSQL writes it within a fraction of a second, and
        a database crash in that window can lose the newest view entries (never a change, never a
        link of the chain; the chain simply ends earlier). Every change commits durably before it is
        acknowledged.
        """
        with self._tx(durable=False) as c:
            yield c

    @contextlib.contextmanager
    def _tx(self, *, durable: bool) -> Iterator[sa.Connection]:
        self._pending.head, self._pending.durable = None, durable
        try:
            try:
                with reachable(), self.engine.begin() as c:
                    yield c
            except BaseException:
                self._pending.head = None
                raise
            self._write_head()
        finally:
            # Anything else this thread audits (outside these two) is a change: durable.
            self._pending.durable = True

    @contextlib.contextmanager
    def read(self) -> Iterator[sa.Connection]:
        """A connection for reading only, each statement on its own (autocommit).

        No BEGIN and no ROLLBACK: a rollback would also make the driver drop every statement it has
        prepared on this connection, so that the queue's query would be planned again on each page.
        """
        with reachable(), self.engine.connect() as c:
            yield c.execution_options(isolation_level="AUTOCOMMIT")

    # -- keys -----------------------------------------------------------------------------------
    def seal(self, data: bytes, *, purpose: str) -> bytes:
        return crypto.seal(self._seal_key, data, purpose=purpose)

    def unseal(self, token: bytes, *, purpose: str) -> bytes:
        return crypto.unseal(self._seal_key, token, purpose=purpose)

    def identity(self) -> str:
        """The helpline's own X25519 secret (age form), for opening bundles and case keys."""
        return self.unseal(self._identity_sealed, purpose="helpline-identity").decode("ascii")

    @property
    def fingerprint(self) -> str:
        return crypto.fingerprint_of(self.public_key)

    # -- audit ----------------------------------------------------------------------------------
    def audit(self, c: sa.Connection, action: str, *, case_id: str | None = None, item_id: str | None = None,
              details: dict[str, Any] | None = None, actor: str | None = None) -> int:
        """Append one entry to the audit chain inside the caller's transaction; returns its number."""
        durable = bool(getattr(self._pending, "durable", True))
        c.execute(_LOCK if durable else _LOCK_NO_WAIT)
        last = c.execute(_TAIL).first()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        now = utcnow()
        who = actor or self.actor
        details = json.loads(canonical(details or {}))
        chash = content_hash(content_of(seq, now, who, action, case_id, item_id, details))
        entry_hash = link_hash(prev, chash)
        mac = self._mac(entry_hash)
        c.execute(_APPEND, {"seq": seq, "at": now, "actor": who, "action": action, "case_id": case_id,
                            "item_id": item_id, "details": details, "content_hash": chash, "prev_hash": prev,
                            "hash": entry_hash, "mac": mac})
        # The entry before this one, as read under the lock: if the head names it, the head is still
        # in the chain and ``_write_head`` needs no query to know it.
        self._pending.head = {"seq": int(seq), "hash": entry_hash, "mac": mac}
        self._pending.before = (int(seq) - 1, str(prev))
        return int(seq)

    # -- audit head (outside the database) ----------------------------------------------------------
    def _write_head(self) -> None:
        """After a commit: record its newest audit entry in ``audit.head`` (never moving it back).

        ``durable_seq`` is the newest entry whose commit waited for the disk: a view entry after it
        may be lost in a database crash (see ``viewing``), a change entry may not."""
        pending = getattr(self._pending, "head", None)
        self._pending.head = None
        if pending is None:
            return
        durable = bool(getattr(self._pending, "durable", True))
        with self._head_lock:
            current = self.read_head()
            usable = current is not None and not current.get("damaged")
            if usable and _int(current, "seq") >= pending["seq"]:
                return
            before = getattr(self._pending, "before", None)
            follows = usable and before == (_int(current, "seq"), str((current or {}).get("hash")))
            if usable and not follows and not self._still_in_chain(current or {}):
                return  # the newest rows were removed or rewritten: keep the evidence until an operator acts
            floor = _int(current, "durable_seq") if usable else 0
            head = {**pending, "durable_seq": pending["seq"] if durable else floor}
            try:
                if durable:
                    atomic_write_bytes(self.head_path, canonical(head))
                else:  # as the view's own commit, it does not wait for the disk
                    _replace_quickly(self.head_path, canonical(head))
            except OSError:
                return  # the entry is committed; the next commit renews the head

    def _still_in_chain(self, head: dict[str, Any]) -> bool:
        """Whether the head's entry is still in the database as written (so a new head continues it)."""
        try:
            with self.engine.connect() as c:
                found = c.execute(sa.select(t.audit.c.hash).where(t.audit.c.seq == _int(head, "seq"))).scalar()
        except OperationalError:
            return False
        return found is not None and hmac.compare_digest(str(found), str(head.get("hash")))

    def read_head(self) -> dict[str, Any] | None:
        try:
            head = json.loads(self.head_path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {"damaged": True}
        return head if isinstance(head, dict) else {"damaged": True}

    def _check_head(self, hashes: dict[int, str], newest: int) -> list[str]:
        """The database's newest audit entry against ``audit.head``: removed newest entries show here."""
        head = self.read_head()
        if head is None:
            return [f"{AUDIT_HEAD} is missing from the evidence folder"] if newest else []
        if head.get("damaged"):
            return [f"{AUDIT_HEAD} is damaged"]
        seq, durable = _int(head, "seq"), _int(head, "durable_seq")
        if not hmac.compare_digest(self._mac(str(head.get("hash"))), str(head.get("mac"))):
            return [f"{AUDIT_HEAD} has a wrong MAC (written without the helpline's key)"]
        if seq > newest:
            if newest < durable:
                return [f"the audit log ends at entry {newest} but entry {seq} was written "
                        f"({AUDIT_HEAD}): audit entries were removed from the database"]
            return [f"the audit log ends at entry {newest} but entry {seq} was written ({AUDIT_HEAD}): the "
                    "newest entries were removed, or lost in a database crash (entries that record a view "
                    "do not wait for the disk)"]
        if hashes.get(seq) != head.get("hash"):
            return [f"audit entry {seq} differs from {AUDIT_HEAD}: the audit log was rewritten or restored "
                    "from an older copy"]
        return []

    def _mac(self, entry_hash: str) -> str:
        return hmac.new(self._audit_mac, entry_hash.encode("ascii"), hashlib.sha256).hexdigest()

    def audit_entries(self, case_id: str | None = None) -> list[AuditEntry]:
        q = sa.select(t.audit).order_by(t.audit.c.seq)
        if case_id is not None:
            q = q.where(t.audit.c.case_id == case_id)
        with self.read() as c:
            return [AuditEntry(r.seq, r.at, r.actor, r.action, r.case_id, r.item_id, r.details)
                    for r in c.execute(q)]

    def check_audit(self) -> tuple[list[str], int]:
        """Every break in the audit chain (altered, removed, reordered or forged entries) and the count."""
        problems: list[str] = []
        prev, expected, count = GENESIS, 1, 0
        hashes: dict[int, str] = {}
        with self.read() as c:
            for r in c.execute(sa.select(t.audit).order_by(t.audit.c.seq)):
                count += 1
                if r.seq != expected:
                    problems.append(f"audit entry {expected} is missing")
                    expected = r.seq
                chash = content_hash(content_of(r.seq, r.at, r.actor, r.action, r.case_id, r.item_id, r.details))
                if chash != r.content_hash:
                    problems.append(f"audit entry {r.seq} was altered")
                if r.prev_hash != prev or link_hash(r.prev_hash, r.content_hash) != r.hash:
                    problems.append(f"audit entry {r.seq} does not follow entry {r.seq - 1}")
                if not hmac.compare_digest(self._mac(r.hash), r.mac):
                    problems.append(f"audit entry {r.seq} has a wrong MAC (written without the helpline's key)")
                prev, expected = r.hash, expected + 1
                hashes[int(r.seq)] = str(r.hash)
        problems += self._check_head(hashes, max(hashes, default=0))
        return problems, count


def _replace_quickly(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        with private_open(tmp) as fh:
            fh.write(data)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _int(head: dict[str, Any] | None, key: str) -> int:
    try:
        return int((head or {}).get(key, 0))
    except (TypeError, ValueError):
        return 0


def new_id() -> str:
    return secrets.token_hex(16)
