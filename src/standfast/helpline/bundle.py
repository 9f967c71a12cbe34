"""The hand-over bundle: a person's signed case export, encrypted to one helpline's public key.

Construction: the vault writes its ordinary signed export (originals, manifest, custody log,
SHA256SUMS, and the Ed25519-signed statement over all of them; ``vault.export.write_evidence``),
with the statement's kind ``handover`` and the manifest naming the helpline's key fingerprint. That
zip is then encrypted with the age format (X25519 recipient, ChaCha20-Poly1305 in 64 KiB chunks,
header MAC) through ``pyrage``. Only the helpline's secret key opens it, and a change to any byte of
the bundle makes the decryption fail; after decryption the signature and custody chain are checked
by the vault's own ``verify-export`` code.

The helpline's key file is what ``standfast helpline key`` prints: comment lines (starting with
``#``), one of which may give ``fingerprint: …``, and one ``age1…`` line with the public key. When the
file states a fingerprint, it must match the key.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyrage  # type: ignore[import-untyped]  # ships .pyi files without a py.typed marker

from standfast.errors import InputError, UsageError
from standfast.helpline.crypto import fingerprint_of
from standfast.vault.fsutil import atomic_output, private_mkdir
from standfast.vault.package import PackageWriter
from standfast.vault.signing import parse_fingerprint, show_fingerprint

if TYPE_CHECKING:
    from standfast.vault.export_check import ExportCheck
    from standfast.vault.vault import Vault

KIND = "handover"
_AGE_PUBLIC = re.compile(r"age1[02-9ac-hj-np-z]{58}")
MAX_KEY_FILE = 64 * 1024


@dataclass(frozen=True)
class HelplineKey:
    public: str
    fingerprint: str
    name: str = ""


def key_file_text(public: str, name: str) -> str:
    """What ``helpline key`` prints and a person saves to pass to ``share``."""
    fp = fingerprint_of(public)
    return (f"# Standfast helpline key: {name}\n"
            f"# fingerprint: {show_fingerprint(fp, per_line=0)}\n"
            "# Check this fingerprint with the helpline by phone before you share a case.\n"
            f"{public}\n")


def read_key_file(path: Path) -> HelplineKey:
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise InputError(_TOO_BIG)
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise InputError(f"Cannot read the helpline key file {path.name}. Nothing was shared.") from None
    return parse_key_text(text)


_TOO_BIG = "That file is too big to be a helpline key. Nothing was shared."


def parse_key_bytes(data: bytes) -> HelplineKey:
    """The key from a key file's bytes (an upload in the web app), checked like ``read_key_file``."""
    if len(data) > MAX_KEY_FILE:
        raise InputError(_TOO_BIG)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("That file is not a helpline key file (it is not text). Nothing was shared.") from None
    return parse_key_text(text)


def parse_key_text(text: str) -> HelplineKey:
    """The one helpline key in a key file's text; a calm :class:`InputError` for anything else."""
    keys = _AGE_PUBLIC.findall(text)
    if len(set(keys)) != 1:
        raise InputError("That file does not hold exactly one helpline key (a line starting with age1). "
                         "Ask the helpline for its key file again. Nothing was shared.")
    public = keys[0]
    try:
        pyrage.x25519.Recipient.from_str(public)
    except pyrage.RecipientError:
        raise InputError("The helpline key in that file is damaged. Nothing was shared.") from None
    fp = fingerprint_of(public)
    name = ""
    for line in text.splitlines():
        body = line.lstrip("#").strip()
        if body.lower().startswith("fingerprint:") and parse_fingerprint(body.split(":", 1)[1]) != fp:
            raise InputError("The key in that file does not match the fingerprint written beside it. It may have "
                             "been changed. Ask the helpline for its key again. Nothing was shared.")
        if body.lower().startswith("standfast helpline key:"):
            name = body.split(":", 1)[1].strip()
    return HelplineKey(public, fp, name)


@dataclass(frozen=True)
class BundleMade:
    path: Path
    files: int
    excluded: int
    statement_sha256: str
    fingerprint: str  # the person's vault signing key
    helpline_fingerprint: str
    size: int


def make_bundle(vault: Vault, case_id: str, key: HelplineKey, out: Path, *,
                include_intimate: bool = False) -> BundleMade:
    """Write the bundle for one case at ``out`` (all or nothing). The caller logs the hand-over."""
    from standfast.vault.export import write_evidence

    out = Path(out)
    if os.path.lexists(out):
        raise UsageError(f"{out} already exists; choose a new name so nothing is overwritten.")
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    case = vault.get_case(case_id)
    # The plain export exists only beside the bundle while it is encrypted (never in the temp folder).
    plain = out.parent / f".{out.name}.{secrets.token_hex(6)}.plain.zip"
    try:
        writer = PackageWriter(plain)
        try:
            done = write_evidence(vault, case, writer, include_intimate=include_intimate, names_by_id=True,
                                  manifest_extra={"handover": {"helpline_fingerprint": key.fingerprint,
                                                               "helpline": key.name}})
            signer = done.signer(vault, case.id, kind=KIND)
            writer.finish(signer)
        except BaseException:
            writer.abort()
            raise
        recipient = pyrage.x25519.Recipient.from_str(key.public)
        with open(plain, "rb") as src, atomic_output(out) as dst:
            pyrage.encrypt_io(src, dst, [recipient])
    finally:
        with contextlib.suppress(FileNotFoundError):
            plain.unlink()
    return BundleMade(out, done.files, done.excluded, signer.statement_sha256, signer.fingerprint,
                      key.fingerprint, out.stat().st_size)


@contextlib.contextmanager
def opened_bundle(bundle: Path, identity: str, workdir: Path) -> Iterator[tuple[Path, ExportCheck]]:
    """Decrypt ``bundle`` into a private file in ``workdir`` and check it as an export; removed afterwards.

    Raises :class:`InputError` when it is not for this helpline, was changed in any byte, or its
    signature or custody chain does not hold.
    """
    from standfast.vault.export import verify_export

    private_mkdir(workdir)
    plain = workdir / f"bundle-{secrets.token_hex(8)}.zip"
    try:
        try:
            with open(bundle, "rb") as src, open(os.open(plain, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600),
                                                 "wb") as dst:
                pyrage.decrypt_io(src, dst, [pyrage.x25519.Identity.from_str(identity)])
        except OSError:
            raise InputError(f"Cannot read {bundle.name}. Nothing was imported.") from None
        except pyrage.DecryptError:
            raise InputError(f"{bundle.name} cannot be opened with this helpline's key: it was made for another "
                             "helpline, or it was changed or damaged on the way. Nothing was imported. Ask the "
                             "person to make it again.") from None
        check = verify_export(plain)
        if not check.ok:
            why = "; ".join(str(p) for p in check.problems[:3]) or check.proves()
            raise InputError(f"{bundle.name} does not hold together ({why}). Nothing was imported.")
        yield plain, check
    finally:
        plain.unlink(missing_ok=True)
