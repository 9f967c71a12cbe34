"""The vault's signing key (Ed25519) and the signed statement that makes an export prove itself.

Each vault has one signing key. Its private half is sealed with the vault's data key (a purpose
bound to the vault id) and kept in ``vault_meta``; it is made on first use, so vaults created before
signing existed get theirs at their next export. Its making is recorded in the custody log with
the public key, so every later export carries, in its hash-chained log, the key that should have
signed it.

An export is signed through a *statement*: canonical JSON naming the vault, the case, the time, the
signer's public key and the SHA-256 of every file in the package (SHA256SUMS, manifest and custody
log among them). The statement, its raw 64-byte signature and the public key (PEM) travel in the
package under ``signature/`` so the signature can be checked with OpenSSL alone.

The fingerprint is SHA-256 of the raw 32-byte public key, written in groups of four hex digits so
that two people can compare it by reading it aloud over the phone.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import func, select

from standfast.errors import IntegrityError, UsageError
from standfast.vault.custody import canonical
from standfast.vault.db import Meta
from standfast.vault.models import CustodyEntry

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

META_KEY = "signing_key_ed25519"
KEY_CREATED_ACTION = "vault.signing_key_created"
STATEMENT_FORMAT = "standfast-export-statement"
SIG_DIR = "signature"
STATEMENT_NAME = f"{SIG_DIR}/statement.json"
SIGNATURE_NAME = f"{SIG_DIR}/statement.sig"
PUBLIC_KEY_NAME = f"{SIG_DIR}/signer.pem"
SIGNATURE_FILES = (STATEMENT_NAME, SIGNATURE_NAME, PUBLIC_KEY_NAME)
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _purpose(vault_id: str) -> str:
    return f"signing-key/ed25519/{vault_id}"


def fingerprint(public_raw: bytes) -> str:
    """SHA-256 of the raw public key, as 64 lowercase hex digits."""
    return hashlib.sha256(public_raw).hexdigest()


def show_fingerprint(fp: str, *, per_line: int = 8) -> str:
    """``ab12 cd34 …`` in groups of four, ``per_line`` groups a line (0: one line)."""
    groups = [fp[i:i + 4] for i in range(0, len(fp), 4)]
    if not per_line:
        return " ".join(groups)
    return "\n".join(" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))


def parse_fingerprint(text: str) -> str:
    """A fingerprint as typed or pasted (spaces, colons, dashes, any case) -> 64 hex digits."""
    cleaned = re.sub(r"[\s:\-_.]", "", text).lower()
    if not _HEX64.fullmatch(cleaned):
        raise UsageError("A fingerprint is 64 hexadecimal characters (0-9, a-f), often written in groups "
                         "of four. Please check it and try again.")
    return cleaned


def public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def signing_key(vault: Vault) -> Ed25519PrivateKey:
    """This vault's signing key, made (and logged) on first use."""
    with vault.read() as s:
        row = s.get(Meta, META_KEY)
        sealed = row.value if row is not None else None
    if sealed is not None:
        return _unseal(vault, sealed)
    with vault.transaction() as s:
        row = s.get(Meta, META_KEY)  # another process may have made it while we waited for the lock
        if row is not None:
            return _unseal(vault, row.value)
        if s.scalar(select(func.count()).select_from(CustodyEntry).where(CustodyEntry.action == KEY_CREATED_ACTION)):
            # A silent new key would make every fingerprint already given out stop matching.
            raise IntegrityError("The vault's signing key is missing from its database, though the custody log "
                                 "records one. Nothing was changed; restore standfast.db from a backup.")
        key = Ed25519PrivateKey.generate()
        token = vault.seal(key.private_bytes_raw(), purpose=_purpose(vault.vault_id))
        s.add(Meta(key=META_KEY, value=base64.b64encode(token).decode("ascii")))
        pub = public_raw(key.public_key())
        vault.log(s, KEY_CREATED_ACTION, details={"algorithm": "Ed25519", "public_key": pub.hex(),
                                                  "fingerprint": fingerprint(pub)})
    return key


def vault_fingerprint(vault: Vault) -> str:
    return fingerprint(public_raw(signing_key(vault).public_key()))


def _unseal(vault: Vault, sealed: str) -> Ed25519PrivateKey:
    try:
        token = base64.b64decode(sealed, validate=True)
    except ValueError:
        raise IntegrityError("The vault's signing key is damaged. Run `standfast verify`.") from None
    raw = vault.unseal(token, purpose=_purpose(vault.vault_id))
    if len(raw) != 32:
        raise IntegrityError("The vault's signing key is damaged. Run `standfast verify`.")
    return Ed25519PrivateKey.from_private_bytes(raw)


@dataclass
class ExportSigner:
    """Called by :class:`PackageWriter.finish` with every file's SHA-256; returns the signature files."""

    vault: Vault
    case_id: str
    made: datetime
    custody_head: dict[str, Any]
    kind: str = "export"
    statement_sha256: str = ""
    fingerprint: str = ""

    def __call__(self, sums: dict[str, str]) -> dict[str, bytes]:
        key = signing_key(self.vault)
        pub = key.public_key()
        raw = public_raw(pub)
        self.fingerprint = fingerprint(raw)
        statement = {
            "format": STATEMENT_FORMAT, "version": 1, "kind": self.kind,
            "vault_id": self.vault.vault_id, "case_id": self.case_id, "signed_at": self.made.isoformat(),
            "signer": {"algorithm": "Ed25519", "public_key": raw.hex(), "fingerprint": self.fingerprint},
            "manifest_sha256": sums.get("manifest.json"), "sha256sums_sha256": sums.get("SHA256SUMS"),
            "custody_sha256": sums.get("custody.jsonl"), "custody_head": self.custody_head,
            "files": dict(sorted(sums.items())),
        }
        body = canonical(statement)
        self.statement_sha256 = hashlib.sha256(body).hexdigest()
        return {STATEMENT_NAME: body, SIGNATURE_NAME: key.sign(body), PUBLIC_KEY_NAME: public_pem(pub)}


@dataclass
class SignatureCheck:
    status: str  # valid | invalid | missing
    statement: dict[str, Any] | None
    public_key: bytes | None
    reason: str = ""

    @property
    def fingerprint(self) -> str | None:
        return fingerprint(self.public_key) if self.public_key is not None else None


def check_signature(statement_bytes: bytes | None, signature: bytes | None, pem: bytes | None) -> SignatureCheck:
    """Checks the three signature files; never raises on hostile input."""
    if statement_bytes is None and signature is None and pem is None:
        return SignatureCheck("missing", None, None, "the export is not signed")
    if statement_bytes is None or signature is None or pem is None:
        return SignatureCheck("invalid", None, None, "part of the signature is missing")
    public: bytes | None = None
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError):
        return SignatureCheck("invalid", None, None, "the signer's public key cannot be read")
    if not isinstance(key, Ed25519PublicKey):
        return SignatureCheck("invalid", None, None, "the signer's key is not an Ed25519 key")
    public = public_raw(key)
    try:
        key.verify(signature, statement_bytes)
    except InvalidSignature:
        return SignatureCheck("invalid", _lenient_json(statement_bytes), public,
                              "the signature does not match the signed statement")
    statement = _lenient_json(statement_bytes)
    if statement is None or canonical(statement) != statement_bytes:
        return SignatureCheck("invalid", None, public, "the signed statement is not in the expected form")
    if statement.get("format") != STATEMENT_FORMAT or not isinstance(statement.get("files"), dict):
        return SignatureCheck("invalid", None, public, "the signed statement is not a Standfast export statement")
    signer = statement.get("signer")
    if not isinstance(signer, dict) or signer.get("public_key") != public.hex():
        return SignatureCheck("invalid", statement, public, "the statement names another signer than the key "
                                                            "that signed it")
    return SignatureCheck("valid", statement, public)


def _lenient_json(data: bytes) -> dict[str, Any] | None:
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None
