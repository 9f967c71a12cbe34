"""Key management: Argon2id passphrase -> key-encryption key, wrapped data key, recovery key.

The data key never changes for the life of a vault, so changing the passphrase only rewraps it
(blobs are not re-encrypted). A second wrap under a random recovery key lets a person who forgot
the passphrase still reach their evidence. Purpose-bound subkeys are derived from the data key
with HKDF so that blob encryption, sealed fields and custody MACs never share a key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from standfast.errors import IntegrityError, VaultError, WrongPassphrase
from standfast.vault.fsutil import atomic_write_bytes

KEYFILE_FORMAT = "standfast-vault"
_TOKEN_VERSION = b"\x01"


def seal_token(aead: AESGCM, data: bytes, *, purpose: str) -> bytes:
    """A sealed value: version byte, 12-byte nonce, AES-256-GCM ciphertext with ``purpose`` bound as
    associated data (the one token form of the vault's and the helpline's sealed fields)."""
    nonce = secrets.token_bytes(12)
    return _TOKEN_VERSION + nonce + aead.encrypt(nonce, data, purpose.encode())


def open_token(aead: AESGCM, token: bytes, *, purpose: str) -> bytes:
    """The value ``seal_token`` sealed for ``purpose``; ``IntegrityError`` when damaged or altered."""
    if len(token) < 29 or token[:1] != _TOKEN_VERSION:
        raise IntegrityError(f"A sealed {purpose} value is damaged.")
    try:
        return aead.decrypt(token[1:13], token[13:], purpose.encode())
    except InvalidTag:
        raise IntegrityError(f"A sealed {purpose} value is damaged or was altered.") from None

KEYFILE_VERSION = 1
_B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.5 s on this project's reference machine."""

    memory_kib: int = 256 * 1024
    time_cost: int = 2
    parallelism: int = 2

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        return cls(memory_kib=8 * 1024, time_cost=1, parallelism=1)

    @classmethod
    def default(cls) -> KdfParams:
        # Scripts and the test-suite may ask for a cheap KDF; the choice is stored in the vault.
        if os.environ.get("STANDFAST_TEST_FAST_KDF") == "1":
            return cls.fast_for_tests()
        return cls()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"), salt, time_cost=params.time_cost, memory_cost=params.memory_kib,
        parallelism=params.parallelism, hash_len=32, type=Type.ID,
    )


def _recovery_kek(recovery: bytes) -> bytes:
    # The recovery key is 256 random bits, so a slow KDF adds nothing; HKDF binds it to its use.
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"standfast/recovery-kek/v1").derive(recovery)


def subkey(data_key: bytes, purpose: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"standfast/subkey/v1/" + purpose.encode()).derive(
        data_key
    )


def binding_tag(data_key: bytes, vault_id: str) -> str:
    """What the database stores to prove that this data key and this vault id belong to it."""
    return hmac.new(subkey(data_key, "vault-binding"), vault_id.encode("ascii"), hashlib.sha256).hexdigest()


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(cleaned) != 52 or any(ch not in _B32_ALPHABET for ch in cleaned):
        raise WrongPassphrase("That is not a Standfast recovery key (expected 52 letters and digits).")
    return base64.b32decode(cleaned + "====")


@dataclass
class KeyFile:
    """The contents of ``vault.json``: parameters and wrapped copies of the data key."""

    vault_id: str
    created_at: str
    kdf: KdfParams
    salt: bytes
    wraps: dict[str, dict[str, str]]

    # -- creation -------------------------------------------------------------------------
    @classmethod
    def new(cls, passphrase: str, params: KdfParams) -> tuple[KeyFile, bytes, str]:
        """A fresh key file, the data key, and the recovery key to show once."""
        check_passphrase_acceptable(passphrase)
        data_key = AESGCM.generate_key(bit_length=256)
        recovery = secrets.token_bytes(32)
        kf = cls(
            vault_id=secrets.token_hex(16),
            created_at=datetime.now(UTC).isoformat(),
            kdf=params,
            salt=secrets.token_bytes(16),
            wraps={},
        )
        kf.wraps["passphrase"] = kf._wrap(derive_kek(passphrase, kf.salt, params), data_key, "passphrase")
        kf.wraps["recovery"] = kf._wrap(_recovery_kek(recovery), data_key, "recovery")
        return kf, data_key, format_recovery_key(recovery)

    def _ad(self, slot: str) -> bytes:
        return f"standfast/keywrap/v1/{self.vault_id}/{slot}".encode()

    def _wrap(self, kek: bytes, data_key: bytes, slot: str) -> dict[str, str]:
        nonce = secrets.token_bytes(12)
        return {"nonce": _b64(nonce), "ct": _b64(AESGCM(kek).encrypt(nonce, data_key, self._ad(slot)))}

    def _unwrap(self, kek: bytes, slot: str) -> bytes:
        damaged = VaultError("The key file (vault.json) is damaged: it cannot be read. Nothing was changed; "
                             "restore vault.json from a backup, or use the recovery key.")
        wrap = self.wraps.get(slot)
        if wrap is None:
            raise damaged
        try:
            nonce, ct = _unb64(wrap["nonce"]), _unb64(wrap["ct"])
        except ValueError:
            raise damaged from None
        if len(nonce) != 12 or len(ct) != 48:
            raise damaged
        try:
            return AESGCM(kek).decrypt(nonce, ct, self._ad(slot))
        except InvalidTag:
            raise WrongPassphrase(
                "That passphrase does not open this vault. Nothing was changed."
                if slot == "passphrase"
                else "That recovery key does not open this vault. Nothing was changed."
            ) from None

    # -- use --------------------------------------------------------------------------------
    def unlock(self, passphrase: str) -> bytes:
        return self._unwrap(derive_kek(passphrase, self.salt, self.kdf), "passphrase")

    def unlock_recovery(self, recovery_key: str) -> bytes:
        return self._unwrap(_recovery_kek(parse_recovery_key(recovery_key)), "recovery")

    def rewrap_passphrase(self, data_key: bytes, new_passphrase: str, params: KdfParams | None = None) -> None:
        check_passphrase_acceptable(new_passphrase)
        if params is not None:
            self.kdf = params
        self.salt = secrets.token_bytes(16)
        self.wraps["passphrase"] = self._wrap(derive_kek(new_passphrase, self.salt, self.kdf), data_key,
                                              "passphrase")

    def new_recovery_key(self, data_key: bytes) -> str:
        recovery = secrets.token_bytes(32)
        self.wraps["recovery"] = self._wrap(_recovery_kek(recovery), data_key, "recovery")
        return format_recovery_key(recovery)

    # -- persistence ---------------------------------------------------------------------------
    def to_json(self) -> dict[str, object]:
        return {
            "format": KEYFILE_FORMAT,
            "version": KEYFILE_VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "kdf": {"name": "argon2id", **asdict(self.kdf), "salt": _b64(self.salt)},
            "wraps": self.wraps,
        }

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, json.dumps(self.to_json(), indent=2).encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = json.loads(path.read_bytes())
        except FileNotFoundError:
            raise VaultError(f"No vault here ({path.parent}). Create one with `standfast init`.") from None
        except (OSError, ValueError):
            raise VaultError(f"{path.parent} is not a Standfast vault (its key file is unreadable).") from None
        return cls.from_json(raw, path.parent)

    @classmethod
    def from_json(cls, raw: object, where: Path | str) -> KeyFile:
        """A key file's contents read from elsewhere (the helpline keeps its own in the database)."""
        path = Path(where) / "vault.json"
        if not isinstance(raw, dict) or raw.get("format") != KEYFILE_FORMAT:
            raise VaultError(f"{path.parent} is not a Standfast vault.")
        if not isinstance(raw.get("version"), int) or raw["version"] > KEYFILE_VERSION:
            raise VaultError("This vault was made by a newer Standfast. Please update Standfast to open it.")
        try:
            kdf = raw["kdf"]
            if not re.fullmatch(r"[0-9a-f]{32}", str(raw["vault_id"])):
                raise ValueError("vault id")
            params = KdfParams(int(kdf["memory_kib"]), int(kdf["time_cost"]), int(kdf["parallelism"]))
            # Values out of these ranges never come from Standfast; a damaged file must not make the
            # key derivation run for hours or ask for all memory.
            if not (8 <= params.memory_kib <= 4 * 1024 * 1024 and 1 <= params.time_cost <= 64
                    and 1 <= params.parallelism <= 64 and params.memory_kib >= 8 * params.parallelism):
                raise ValueError("kdf")
            if len(_unb64(kdf["salt"])) < 8 or not isinstance(raw["wraps"], dict):
                raise ValueError("salt")
            return cls(
                vault_id=str(raw["vault_id"]),
                created_at=str(raw["created_at"]),
                kdf=KdfParams(int(kdf["memory_kib"]), int(kdf["time_cost"]), int(kdf["parallelism"])),
                salt=_unb64(kdf["salt"]),
                wraps={k: {"nonce": str(v["nonce"]), "ct": str(v["ct"])} for k, v in raw["wraps"].items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise VaultError(f"The key file (vault.json) of {path.parent} is damaged. Nothing was changed; restore "
                             "vault.json from a backup.") from None


def check_passphrase_acceptable(passphrase: str) -> None:
    from standfast.errors import UsageError

    if len(passphrase) < 8:
        raise UsageError("Please choose a passphrase of at least 8 characters. A short sentence works well.")
