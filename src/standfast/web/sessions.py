"""Per-launch token, browser sessions and CSRF tokens (all in memory: a restart signs everyone out).

The launch token works once. The first browser that brings it gets a full session; the token is dead
afterwards. Anyone who brings it again (a second browser profile, someone reading the terminal or the
browser history) gets only a *pending* session: the unlock page, and the vault only after typing the
passphrase, even while the vault is open in the first browser.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

SESSION_COOKIE = "sf_session"
CSRF_FIELD = "csrf"
MAX_SESSIONS = 64  # one person, a few tabs or browsers; old sessions are dropped first


@dataclass
class Session:
    id: str
    csrf: str
    # True for a session made from an already used launch token: it may only unlock (see security.py).
    pending: bool = False


class Sessions:
    """Sessions are created only by exchanging the launch token; ids and CSRF tokens are random."""

    def __init__(self, token: str, on_token_used: Callable[[], None] | None = None) -> None:
        self._token = token
        self._used = False
        self._on_token_used = on_token_used
        self._by_id: dict[str, Session] = {}
        self._lock = threading.Lock()

    def token_ok(self, candidate: str | None) -> bool:
        return bool(candidate) and hmac.compare_digest((candidate or "").encode(), self._token.encode())

    @property
    def token_used(self) -> bool:
        return self._used

    def exchange(self, candidate: str | None) -> Session | None:
        """The launch token for a session: full the first time, pending afterwards, None if wrong."""
        if not self.token_ok(candidate):
            return None
        with self._lock:
            first, self._used = not self._used, True
        if first and self._on_token_used is not None:
            self._on_token_used()
        return self.create(pending=not first)

    def promote(self, session: Session) -> None:
        """A pending session whose browser has typed the passphrase becomes a full one."""
        session.pending = False

    def create(self, *, pending: bool = False) -> Session:
        session = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), pending)
        with self._lock:
            if len(self._by_id) >= MAX_SESSIONS:
                self._by_id.pop(next(iter(self._by_id)))
            self._by_id[session.id] = session
        return session

    def get(self, session_id: str | None) -> Session | None:
        if not session_id:
            return None
        return self._by_id.get(session_id)

    @staticmethod
    def csrf_ok(session: Session | None, candidate: object) -> bool:
        return (session is not None and isinstance(candidate, str) and bool(candidate)
                and hmac.compare_digest(candidate.encode(), session.csrf.encode()))
