"""The Vault: one folder with a SQLite database (metadata) and an encrypted blob store (files).

Every change happens in one write transaction together with its custody entry. Blob bytes are
durable under their final names before the row that refers to them is committed (a write-intent
note lets crash clean-up remove them if it never commits), so a crash leaves the vault as it was
before or after an operation. The class is put together from parts with one job each (see
:class:`Vault`); callers use it as one object.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from standfast.vault.adding import SMALL_FILE, AddOps, AddResult, Skipped, _item_fields, _safe_text
from standfast.vault.cases import AGE_GROUPS, normalize_country
from standfast.vault.core import ProgressFn, VaultCore
from standfast.vault.items import ItemOps
from standfast.vault.models import Item
from standfast.vault.quarantine import Quarantine, QuarantinedFile

if TYPE_CHECKING:
    from standfast.vault.verify import VerifyReport

__all__ = [
    "AGE_GROUPS",
    "SMALL_FILE",
    "AddResult",
    "Skipped",
    "Vault",
    "VaultCore",
    "_item_fields",
    "_safe_text",
    "normalize_country",
]


class Vault(AddOps, ItemOps):
    """An unlocked vault. Use :meth:`create` or :meth:`open`; call :meth:`close` when done.

    Its parts each have one job: ``core`` (keys, database, blobs, custody, lock), ``cases``,
    ``adding`` (files in batches) and ``items`` (reading and status); quarantine, verify and
    export live in their own modules and are reached from here.
    """

    def quarantined(self) -> list[QuarantinedFile]:
        return Quarantine(self).list()

    def restore_quarantined(self, file_id: str, case_id: str, *, intimate_if_media: bool = False) -> Item:
        return Quarantine(self).restore(file_id, case_id, intimate_if_media=intimate_if_media)

    def purge_quarantined(self, file_id: str) -> QuarantinedFile:
        return Quarantine(self).purge(file_id)

    def verify(self, progress: ProgressFn | None = None) -> VerifyReport:
        from standfast.vault.verify import verify_vault

        return verify_vault(self, progress=progress)

    def export_case(self, case_id: str, to: Path, *, include_intimate: bool = False,
                    progress: ProgressFn | None = None, encrypt_passphrase: str | None = None) -> Any:
        from standfast.vault.export import export_case

        return export_case(self, case_id, Path(to), include_intimate=include_intimate, progress=progress,
                           encrypt_passphrase=encrypt_passphrase)
