"""Per-case keys: each case's content is sealed under its own random key, stored only wrapped.

A wrap is the case key encrypted (age, X25519) to one holder's public key: the helpline's own key
and each staff member allowed to open the case. Giving access adds a wrap; removing access deletes
one. The evidence is never re-encrypted, and a database dump alone opens nothing.
"""

from __future__ import annotations

import secrets
import threading
from typing import NamedTuple

import sqlalchemy as sa

from standfast.errors import Refused
from standfast.helpline import crypto
from standfast.helpline import schema as t

HELPLINE = "helpline"


def new_case_key() -> bytes:
    return secrets.token_bytes(32)


def grant(c: sa.Connection, case_id: str, holder: str, public: str, case_key: bytes) -> None:
    """Give ``holder`` (a user id, or ``helpline``) a wrap of the case key (replacing an older one)."""
    c.execute(sa.delete(t.case_key).where(t.case_key.c.case_id == case_id, t.case_key.c.holder == holder))
    c.execute(sa.insert(t.case_key).values(case_id=case_id, holder=holder, wrapped=crypto.wrap(public, case_key)))


def revoke(c: sa.Connection, case_id: str, holder: str) -> None:
    c.execute(sa.delete(t.case_key).where(t.case_key.c.case_id == case_id, t.case_key.c.holder == holder))


def open_key(c: sa.Connection, case_id: str, holder: str, identity: str,
             cache: KeyCache | None = None) -> bytes:
    """The case key, unwrapped with ``holder``'s secret; :class:`Refused` when they hold no wrap."""
    wrapped = c.execute(sa.select(t.case_key.c.wrapped).where(
        t.case_key.c.case_id == case_id, t.case_key.c.holder == holder)).scalar()
    if wrapped is None:
        raise Refused("You do not have access to this case.")
    return unwrap(identity, bytes(wrapped), cache)


class OpenedKey(NamedTuple):
    """A case key and the cipher for its sealed rows, set up once (key derivation, AES key schedule)."""

    key: bytes
    opener: crypto.Opener


class KeyCache:
    """Case keys a signed-in staff member already unwrapped, looked up by the wrap itself.

    Keyed by the wrapped bytes read from the database on every request, so a removed wrap finds
    nothing here either, and a new wrap is unwrapped afresh. Lives in the session, in memory only;
    it holds nothing the session could not open anyway with the staff member's unlocked secret.
    """

    def __init__(self, limit: int = 2048) -> None:
        self._keys: dict[bytes, OpenedKey] = {}
        self._limit = limit
        self._lock = threading.Lock()  # one session's pages may be answered by several threads

    def get(self, wrapped: bytes) -> OpenedKey | None:
        return self._keys.get(wrapped)

    def put(self, wrapped: bytes, opened: OpenedKey) -> None:
        with self._lock:
            if len(self._keys) >= self._limit:
                self._keys.pop(next(iter(self._keys)))
            self._keys[wrapped] = opened


def open_wrapped(identity: str, wrapped: bytes, cache: KeyCache | None = None) -> OpenedKey:
    """The case key a wrap holds, with its opener; from ``cache`` when this wrap was opened before."""
    if cache is not None and (hit := cache.get(wrapped)) is not None:
        return hit
    key = crypto.unwrap(identity, wrapped)
    opened = OpenedKey(key, crypto.Opener(seal_key(key)))
    if cache is not None:
        cache.put(wrapped, opened)
    return opened


def unwrap(identity: str, wrapped: bytes, cache: KeyCache | None = None) -> bytes:
    return open_wrapped(identity, wrapped, cache).key


def holders(c: sa.Connection, case_id: str) -> set[str]:
    return set(c.execute(sa.select(t.case_key.c.holder).where(t.case_key.c.case_id == case_id)).scalars())


def seal_key(case_key: bytes) -> bytes:
    return crypto.subkey(case_key, "seal")


def blob_key(case_key: bytes) -> bytes:
    return crypto.subkey(case_key, "blob")
