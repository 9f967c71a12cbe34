"""Staff accounts: roles, Argon2id passwords, a TOTP second factor, lockout, and each one's own key pair.

A staff member's X25519 secret is locked under an Argon2id key from their password, so it opens
only when they sign in; case keys are wrapped to their public key. The TOTP secret is sealed with
the helpline's key (the server must check codes). After ``MAX_FAILURES`` wrong sign-ins in a row
the account is locked for ``LOCK_MINUTES``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum

import pyotp
import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from standfast.errors import Refused, UsageError
from standfast.helpline import casekeys, crypto
from standfast.helpline import schema as t
from standfast.helpline.store import Helpline, new_id
from standfast.vault.db import utcnow
from standfast.vault.keys import KdfParams

MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 12
ISSUER = "Standfast helpline"


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    CASEWORKER = "caseworker"

    @classmethod
    def parse(cls, text: str) -> Role:
        value = text.strip().lower().replace("-", "").replace("_", "").replace(" ", "")
        for r in cls:
            if r.value == value:
                return r
        raise UsageError("The role is one of: admin, supervisor, caseworker.")


def _hasher() -> PasswordHasher:
    p = KdfParams.default()
    return PasswordHasher(time_cost=p.time_cost, memory_cost=p.memory_kib, parallelism=p.parallelism)


def add_user(hl: Helpline, name: str, role: str, password: str) -> tuple[str, str]:
    """Create the account; returns (user id, TOTP enrolment URI)."""
    name = name.strip()
    if not name or len(name) > 80 or any(ch.isspace() and ch != " " for ch in name):
        raise UsageError("Give a name of 1 to 80 characters.")
    r = Role.parse(role)
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"Choose a password of at least {MIN_PASSWORD} characters. A short sentence works well.")
    secret, public = crypto.new_identity()
    totp = pyotp.random_base32()
    uid = new_id()
    with hl.transaction() as c:
        if c.execute(sa.select(t.user.c.id).where(t.user.c.name == name)).first():
            raise UsageError(f"There is already an account named {name}. Nothing was changed.")
        c.execute(sa.insert(t.user).values(
            id=uid, name=name, role=r.value, password_hash=_hasher().hash(password),
            totp_sealed=hl.seal(totp.encode("ascii"), purpose=f"totp/{uid}"), public_key=public,
            private_key_sealed=crypto.lock_with_password(password, secret.encode("ascii"), KdfParams.default()),
            created_at=utcnow()))
        granted = 0
        if r is Role.SUPERVISOR:
            # Supervisors work the whole queue: they get a wrap of every case still holding content.
            ident = hl.identity()
            open_cases: list[str] = list(c.execute(sa.select(t.case.c.id).where(t.case.c.state != "purged")).scalars())
            for case_id in open_cases:
                casekeys.grant(c, case_id, uid, public, casekeys.open_key(c, case_id, casekeys.HELPLINE, ident))
                granted += 1
        hl.audit(c, "user.added", details={"user": uid, "name": name, "role": r.value, "cases_granted": granted})
    return uid, pyotp.TOTP(totp).provisioning_uri(name=name, issuer_name=ISSUER)


@dataclass
class Staff:
    """A signed-in staff member: who they are and their unlocked secret key (kept only in memory)."""

    id: str
    name: str
    role: Role
    identity: str
    keys: casekeys.KeyCache = field(default_factory=casekeys.KeyCache, repr=False, compare=False)

    @property
    def actor(self) -> str:
        return f"{self.role.value}:{self.name}"


FAILED = "That name, password or code is not right. Please try again."
LOCKED = (f"This account is locked after too many tries. Please wait {LOCK_MINUTES} minutes, "
          "or ask an administrator.")
LOCKED_NOW = f"Too many tries: this account is locked for {LOCK_MINUTES} minutes."


def sign_in(hl: Helpline, name: str, password: str, code: str) -> Staff:
    """Check password and TOTP code; :class:`Refused` with one calm sentence for any failure.

    A failure is recorded (count, lock, audit) in its own committed transaction before refusing.
    """
    refusal: Refused | None = None
    staff: Staff | None = None
    with hl.transaction() as c:
        row = c.execute(sa.select(t.user).where(t.user.c.name == name.strip()).with_for_update()).first()
        now = utcnow()
        if row is None or not row.active:
            _hasher().hash(password)  # the same time as a real check: names cannot be probed
            hl.audit(c, "login.failed", details={"why": "unknown account"})
            refusal = Refused(FAILED)
        elif row.locked_until is not None and row.locked_until > now:
            hl.audit(c, "login.locked", details={"user": row.id})
            refusal = Refused(LOCKED)
        else:
            ok = True
            try:
                _hasher().verify(row.password_hash, password)
            except (VerificationError, InvalidHashError):
                ok = False
            totp = hl.unseal(bytes(row.totp_sealed), purpose=f"totp/{row.id}").decode("ascii")
            if ok and not pyotp.TOTP(totp).verify(code.strip(), valid_window=1):
                ok = False
            if not ok:
                fails = row.failed_logins + 1
                locked = now + timedelta(minutes=LOCK_MINUTES) if fails >= MAX_FAILURES else None
                c.execute(sa.update(t.user).where(t.user.c.id == row.id).values(
                    failed_logins=0 if locked else fails, locked_until=locked))
                hl.audit(c, "login.failed", details={"user": row.id, "locked": locked is not None})
                refusal = Refused(LOCKED_NOW if locked else FAILED)
            else:
                secret = crypto.unlock_with_password(password, bytes(row.private_key_sealed)).decode("ascii")
                c.execute(sa.update(t.user).where(t.user.c.id == row.id).values(failed_logins=0, locked_until=None))
                staff = Staff(row.id, row.name, Role(row.role), secret)
                hl.audit(c, "login.ok", actor=staff.actor, details={"user": row.id})
    if refusal is not None or staff is None:
        raise refusal or Refused(FAILED)
    return staff
