"""The helpline's key handling, built on the vault's primitives (Argon2id, HKDF subkeys, AES-256-GCM) and age.

- ``seal``/``unseal``: AES-256-GCM with a purpose bound as associated data, in the same token form
  as ``Vault.seal`` (version byte, nonce, ciphertext).
- ``wrap``/``unwrap``: a small secret (a case key) encrypted to an X25519 public key in the age
  format (``pyrage``), so a case key can be given to a colleague without knowing their password.
- ``lock_with_password``/``unlock_with_password``: a staff member's private key under an Argon2id
  key from their password (the vault's ``derive_kek``), so only they can open it.
"""

from __future__ import annotations

import hashlib
import json
import secrets

import pyrage  # type: ignore[import-untyped]  # ships .pyi files without a py.typed marker
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from standfast.errors import IntegrityError, WrongPassphrase
from standfast.vault.keys import KdfParams, derive_kek, open_token, seal_token, subkey

__all__ = ["KdfParams", "Opener", "fingerprint_of", "lock_with_password", "new_identity", "seal", "subkey",
           "unlock_with_password", "unseal", "unwrap", "wrap"]


def seal(key: bytes, data: bytes, *, purpose: str) -> bytes:
    return seal_token(AESGCM(key), data, purpose=purpose)


def unseal(key: bytes, token: bytes, *, purpose: str) -> bytes:
    return Opener(key).unseal(token, purpose=purpose)


class Opener:
    """``unseal`` for many values under one key (a case's items): the cipher is set up once."""

    __slots__ = ("_aead",)

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def unseal(self, token: bytes, *, purpose: str) -> bytes:
        return open_token(self._aead, token, purpose=purpose)


def new_identity() -> tuple[str, str]:
    """A fresh X25519 key pair as age strings: (secret ``AGE-SECRET-KEY-1…``, public ``age1…``)."""
    ident = pyrage.x25519.Identity.generate()
    return str(ident), str(ident.to_public())


def fingerprint_of(public: str) -> str:
    """SHA-256 of the public key's text (``age1…``), 64 hex digits."""
    return hashlib.sha256(public.strip().encode("ascii")).hexdigest()


def wrap(public: str, secret: bytes) -> bytes:
    return bytes(pyrage.encrypt(secret, [pyrage.x25519.Recipient.from_str(public)]))


def unwrap(identity: str, wrapped: bytes) -> bytes:
    try:
        return bytes(pyrage.decrypt(wrapped, [pyrage.x25519.Identity.from_str(identity)]))
    except pyrage.DecryptError:
        raise IntegrityError("A wrapped case key cannot be opened with this key.") from None


def lock_with_password(password: str, secret: bytes, params: KdfParams) -> bytes:
    salt = secrets.token_bytes(16)
    head = json.dumps({"m": params.memory_kib, "t": params.time_cost, "p": params.parallelism}).encode()
    kek = derive_kek(password, salt, params)
    return len(head).to_bytes(2, "big") + head + salt + seal(kek, secret, purpose="staff-key")


def unlock_with_password(password: str, token: bytes) -> bytes:
    try:
        n = int.from_bytes(token[:2], "big")
        head = json.loads(token[2:2 + n])
        params = KdfParams(int(head["m"]), int(head["t"]), int(head["p"]))
        salt, rest = token[2 + n:18 + n], token[18 + n:]
    except (ValueError, KeyError, TypeError):
        raise IntegrityError("A staff key is damaged.") from None
    kek = derive_kek(password, salt, params)
    try:
        return AESGCM(kek).decrypt(rest[1:13], rest[13:], b"staff-key")
    except InvalidTag:
        raise WrongPassphrase("That password is not right.") from None
