"""Blob files the database does not list: set aside, shown, and brought back or purged on request.

Opening a vault never deletes such a file (it may be evidence added after the backup a database
was restored from). It is moved to ``quarantine/`` instead, ``verify`` reports it, and the person
decides: ``restore`` decrypts and re-hashes it and adds it to a case as a new item (logged), or
``purge`` removes it for good after confirmation (logged).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from standfast.errors import IntegrityError, UsageError
from standfast.vault.db import utcnow
from standfast.vault.fsutil import fsync_dir, private_mkdir
from standfast.vault.metadata import detect_mime
from standfast.vault.models import Blob, Item

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

FOLDER = "quarantine"


@dataclass(frozen=True)
class QuarantinedFile:
    id: str
    size: int
    set_aside_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "size": self.size, "set_aside_at": self.set_aside_at.isoformat()}


class Quarantine:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.folder = vault.root / FOLDER

    def list(self) -> list[QuarantinedFile]:
        if not self.folder.is_dir():
            return []
        out = []
        for p in sorted(self.folder.iterdir()):
            if p.is_file() and len(p.name) == 32:
                st = p.stat()
                out.append(QuarantinedFile(p.name, st.st_size, datetime.fromtimestamp(st.st_mtime, UTC)))
        return out

    def set_aside(self, blob_id: str) -> None:
        """Move a blob file the database does not list out of ``blobs/`` (never deleting it)."""
        private_mkdir(self.folder)
        os.replace(self.vault.blobs.path_for(blob_id), self.folder / blob_id)
        fsync_dir(self.folder)
        fsync_dir(self.vault.blobs.blob_dir)

    def _path(self, ref: str) -> Path:
        ref = ref.strip().lower()
        matches = [q.id for q in self.list() if q.id.startswith(ref)] if ref else []
        if not matches:
            raise UsageError(f"No file {ref!r} in quarantine. `standfast quarantine list` shows them.")
        if len(matches) > 1:
            raise UsageError(f"{ref!r} matches more than one quarantined file; type more of its id.")
        return self.folder / matches[0]

    def _hash(self, path: Path) -> tuple[str, str, int, bytes]:
        sha, md5, size, head = hashlib.sha256(), hashlib.md5(), 0, b""
        try:
            for chunk in self.vault.blobs.chunks(path.name, path=path):
                if not head:
                    head = chunk[:8192]
                sha.update(chunk)
                md5.update(chunk)
                size += len(chunk)
        except IntegrityError:
            raise UsageError("This file does not open with this vault's key (it is damaged or from another "
                             "vault); it stays in quarantine.") from None
        return sha.hexdigest(), md5.hexdigest(), size, head

    def restore(self, ref: str, case_id: str, *, intimate_if_media: bool = False) -> Item:
        """Decrypt and re-hash a quarantined file and add it to a case as a new item (logged).
        ``intimate_if_media``: a picture or video comes back marked intimate (a minor's case)."""
        path = self._path(ref)
        blob_id = path.name
        vault = self.vault
        vault._require_open_case(case_id)
        sha, md5, size, head = self._hash(path)
        tag = vault.rows.lookup_tag("sha256", sha)
        # No write-intent note here: if this fails after the move, the file is set aside again at the next
        # open, never removed.
        with vault._writing_blobs(), vault.transaction() as s:
            existing = s.scalars(select(Blob).where(Blob.sha_tag == tag)).first()
            target = existing.id if existing is not None else blob_id
            if existing is None:
                s.add(Blob(id=blob_id, sha_tag=tag, sha256=sha, md5=md5, size=size, created_at=utcnow()))
            mime = detect_mime(head)
            intimate = intimate_if_media and mime.startswith(("image/", "video/"))
            item = Item(id=os.urandom(8).hex(), case_id=case_id, kind="file", sha256=sha, sha_tag=tag, md5=md5,
                        size=size, mime=mime, original_name=f"recovered-{blob_id[:8]}",
                        original_path=f"quarantine:{blob_id}", mtime=None, acquired_at=utcnow(),
                        source="quarantine", meta={}, intimate=intimate, status="active", parent_item_id=None,
                        blob_id=target)
            s.add(item)
            s.flush()
            from standfast.vault.vault import _item_fields

            vault.log(s, "item.added", case_id=case_id, item_id=item.id,
                      details={**_item_fields(item), "recovered_from_quarantine": blob_id})
            if existing is None:
                private_mkdir(vault.blobs.blob_dir)
                os.replace(path, vault.blobs.path_for(blob_id))
                fsync_dir(vault.blobs.blob_dir)
        if existing is not None:  # the same bytes are already stored: the copy is not needed
            path.unlink(missing_ok=True)
        return item

    def purge(self, ref: str) -> QuarantinedFile:
        """Remove a quarantined file for good; the custody log keeps its id, size and hashes."""
        path = self._path(ref)
        found = next(q for q in self.list() if q.id == path.name)
        try:
            sha, md5, size, _head = self._hash(path)
            hashes: dict[str, Any] = {"sha256": sha, "md5": md5, "size": size}
        except UsageError:
            hashes = {"opens_with_this_key": False}
        with self.vault.transaction() as s:
            self.vault.log(s, "quarantine.purged", details={"file": found.id, "stored_size": found.size, **hashes})
        path.unlink(missing_ok=True)
        fsync_dir(self.folder)
        return found
