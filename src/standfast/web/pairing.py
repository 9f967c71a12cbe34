"""Phone pairing: a one-time code whose key travels only inside the QR code, and the sealed wire format.

The computer makes a pairing: a random id (in the URL path) and a random 256-bit AES-GCM key (in the
URL *fragment*, ``#k=...``, which browsers never send to a server). The phone's page reads the key from
the fragment and seals everything it sends with it; the server opens it with the copy it kept when it
drew the QR code. Nobody else on the network can read the files, and nobody without the key can add
any: a record that does not open under the key is refused before anything is stored.

One-time: the first phone to prove it holds the key ("claim") gets a session secret, sent back sealed;
every later request needs both the key and that secret, so a second phone that scans the same code
(or a photo of it) is refused. An unclaimed code expires after ``lifetime`` seconds; a claimed one
after the same time without use. Each file carries a sequence number inside its sealed records, and
the server accepts only the next one, so a recorded request cannot be replayed to add a file twice.

Every record is ``nonce (12 bytes) || AES-GCM ciphertext and tag``; its additional data binds it to
the pairing, its kind, the file's sequence number and the chunk's place (see ``aad``).
"""

from __future__ import annotations

import base64
import hmac
import secrets
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = b"standfast-phone-v1|"
NONCE = 12
TAG = 16
CHUNK = 1 << 20  # plaintext bytes per file record (the phone's page uses the same)
META_MAX = 4096  # a file's sealed name, size and kind
DEFAULT_LIFETIME = 600.0  # ten minutes to scan; then ten minutes of quiet end a claimed pairing


class Kind(IntEnum):
    CLAIM = 1
    SESSION = 2
    META = 3
    CHUNK = 4
    LAST = 5
    RECEIPT = 6
    DONE = 7


class PairingRefused(Exception):
    """A phone request that must be refused; ``code`` is what the phone's page shows words for."""

    def __init__(self, code: str, status: int) -> None:
        super().__init__(code)
        self.code = code
        self.status = status


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def from_b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def aad(pairing_id: str, kind: Kind, seq: int = 0, index: int = 0) -> bytes:
    return PREFIX + pairing_id.encode("ascii") + struct.pack(">BQQ", int(kind), seq, index)


def seal(key: bytes, plain: bytes, additional: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE)
    return nonce + AESGCM(key).encrypt(nonce, plain, additional)


def open_sealed(key: bytes, record: bytes, additional: bytes) -> bytes:
    """The plaintext of ``record``; PairingRefused('bad-key') when it was not sealed with this key and place."""
    if len(record) < NONCE + TAG:
        raise PairingRefused("damaged", 400)
    try:
        return AESGCM(key).decrypt(record[:NONCE], record[NONCE:], additional)
    except InvalidTag:
        raise PairingRefused("bad-key", 403) from None


@dataclass
class Received:
    name: str
    size: int
    sha256: str
    problem: str | None = None


@dataclass
class Pairing:
    id: str
    key: bytes
    lifetime: float
    clock: Callable[[], float]
    case_id: str | None = None
    session: bytes | None = None
    next_seq: int = 0
    busy: bool = False
    finished: bool = False
    last_use: float = 0.0
    received: list[Received] = field(default_factory=list)

    @property
    def claimed(self) -> bool:
        return self.session is not None

    @property
    def expired(self) -> bool:
        return self.finished or self.clock() - self.last_use > self.lifetime

    @property
    def expires_in(self) -> float:
        return max(0.0, self.lifetime - (self.clock() - self.last_use))

    def fragment(self) -> str:
        return f"k={b64url(self.key)}"


class PairingBook:
    """The pairings of this launch. At most one is live: making a new code ends the one before."""

    def __init__(self, *, base_url: str, lifetime: float = DEFAULT_LIFETIME,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.base_url = base_url.rstrip("/")
        self.lifetime = lifetime
        self._clock = clock
        self._lock = threading.Lock()
        self._by_id: dict[str, Pairing] = {}
        self._current: Pairing | None = None

    # -- the computer's side ----------------------------------------------------------------
    def new(self, case_id: str | None = None) -> Pairing:
        pairing = Pairing(id=secrets.token_urlsafe(16), key=AESGCM.generate_key(bit_length=256),
                          lifetime=self.lifetime, clock=self._clock, case_id=case_id, last_use=self._clock())
        with self._lock:
            if self._current is not None:
                self._current.finished = True
            # Ended pairings are kept (without their keys' use) only so their ids answer "used"/"expired".
            self._by_id = {k: p for k, p in self._by_id.items() if self._clock() - p.last_use < 3600}
            self._by_id[pairing.id] = pairing
            self._current = pairing
        return pairing

    @property
    def current(self) -> Pairing | None:
        return self._current

    def url(self, pairing: Pairing) -> str:
        """The address in the QR code: the key is in the fragment, which no browser sends anywhere."""
        return f"{self.base_url}/p/{pairing.id}#{pairing.fragment()}"

    def choose_case(self, case_id: str) -> None:
        with self._lock:
            if self._current is not None and not self._current.expired:
                self._current.case_id = case_id

    def stop(self) -> None:
        with self._lock:
            if self._current is not None:
                self._current.finished = True

    # -- the phone's side ----------------------------------------------------------------------
    def lookup(self, pairing_id: str) -> Pairing:
        pairing = self._by_id.get(pairing_id)
        if pairing is None:
            raise PairingRefused("unknown", 404)
        return pairing

    def claim(self, pairing_id: str, body: bytes) -> bytes:
        """The first phone that proves it holds the key gets the session secret, sealed under the key."""
        pairing = self.lookup(pairing_id)
        with self._lock:
            if pairing.claimed:
                raise PairingRefused("used", 409)
            if pairing.expired:
                raise PairingRefused("expired", 410)
            open_sealed(pairing.key, body, aad(pairing.id, Kind.CLAIM))
            pairing.session = secrets.token_bytes(32)
            pairing.last_use = self._clock()
            return seal(pairing.key, pairing.session, aad(pairing.id, Kind.SESSION))

    def session_of(self, pairing_id: str, secret: str | None) -> Pairing:
        """The claimed, live pairing whose session secret this is (refused otherwise)."""
        pairing = self.lookup(pairing_id)
        try:
            given = from_b64url(secret or "")
        except (ValueError, TypeError):
            given = b""
        if pairing.session is None or not hmac.compare_digest(given, pairing.session):
            raise PairingRefused("used" if pairing.claimed else "not-claimed", 409)
        if pairing.expired:
            raise PairingRefused("expired", 410)
        return pairing

    def begin_file(self, pairing: Pairing, seq: int) -> None:
        with self._lock:
            if pairing.busy:
                raise PairingRefused("busy", 409)
            if seq != pairing.next_seq:
                raise PairingRefused("replay", 409)
            pairing.busy = True

    def end_file(self, pairing: Pairing, done: Received | None) -> None:
        with self._lock:
            pairing.busy = False
            pairing.last_use = self._clock()
            if done is not None:
                pairing.next_seq += 1
                pairing.received.append(done)

    def finish(self, pairing: Pairing, body: bytes) -> None:
        open_sealed(pairing.key, body, aad(pairing.id, Kind.DONE, pairing.next_seq))
        with self._lock:
            pairing.finished = True
