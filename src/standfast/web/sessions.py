"""Per-launch token, browser sessions and CSRF tokens (all in memory: a restart signs everyone out)."""

from __future__ import annotations

import hmac
import secrets
import threading
from dataclasses import dataclass

SESSION_COOKIE = "sf_session"
CSRF_FIELD = "csrf"
MAX_SESSIONS = 64  # one person, a few tabs or browsers; old sessions are dropped first


@dataclass
class Session:
    id: str
    csrf: str


class Sessions:
    """Sessions are created only by exchanging the launch token; ids and CSRF tokens are random."""

    def __init__(self, token: str) -> None:
        self._token = token
        self._by_id: dict[str, Session] = {}
        self._lock = threading.Lock()

    def token_ok(self, candidate: str | None) -> bool:
        return bool(candidate) and hmac.compare_digest(candidate.encode(), self._token.encode())

    def create(self) -> Session:
        session = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32))
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
