"""Evidence items already in the vault: find, list and page, read (views logged), mark intimate,
withdraw, restore and purge (the bytes removed for good, the record and hashes kept)."""

from __future__ import annotations

from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from standfast.errors import NotFound, UsageError
from standfast.vault.core import VaultCore
from standfast.vault.models import Blob, Item


class ItemOps(VaultCore):
    """Evidence items: find, list, read (logged), mark, withdraw, restore, purge."""

    def get_item(self, ref: str) -> Item:
        ref = ref.strip().lower()
        with self.read() as s:
            found = list(s.scalars(select(Item).where(Item.id.startswith(ref)).limit(2))) if ref else []
        if not found:
            raise NotFound(f"No evidence item {ref!r} in this vault.")
        if len(found) > 1:
            raise UsageError(f"{ref!r} matches more than one item; type more of its id.")
        return found[0]

    def list_items(self, case_id: str, *, include_withdrawn: bool = False, limit: int | None = None,
                   offset: int = 0, search: str | None = None) -> list[Item]:
        where = [Item.case_id == case_id]
        if not include_withdrawn:
            where.append(Item.status == "active")
        order = (Item.acquired_at, Item.id)
        with self.read() as s:
            if not search:
                q = select(Item).where(*where)
                if limit is not None:
                    # Page by clear columns, then load (and unseal) only the page's rows: sorting whole rows
                    # would carry every row's seal through SQLite's sorter.
                    q = select(Item).where(Item.id.in_(
                        select(Item.id).where(*where).order_by(*order).offset(offset).limit(limit)))
                elif offset:
                    q = q.order_by(*order).offset(offset)
                return list(s.scalars(q.order_by(*order)))
            # Names and hashes are sealed, so a search opens the case's rows and filters here.
            needle = search.lower()
            found = [i for i in s.scalars(select(Item).where(*where).order_by(*order))
                     if needle in i.original_name.lower() or i.sha256.startswith(needle)
                     or i.md5.startswith(needle)]
        return found[offset:] if limit is None else found[offset:offset + limit]

    def count_items(self, case_id: str, *, include_withdrawn: bool = False) -> int:
        with self.read() as s:
            q = select(func.count()).select_from(Item).where(Item.case_id == case_id)
            if not include_withdrawn:
                q = q.where(Item.status == "active")
            return int(s.scalar(q) or 0)

    def open_item(self, item_id: str, *, log_view: bool = False) -> BinaryIO:
        item = self.get_item(item_id)
        if item.blob_id is None:
            raise UsageError("The bytes of this item are not in the vault (recorded by hashes only, or purged).")
        if log_view:
            self.log_view(item)
        return self.blobs.open(item.blob_id)

    def read_item(self, item_id: str, *, log_view: bool = False) -> bytes:
        with self.open_item(item_id, log_view=log_view) as fh:
            return fh.read()

    def log_view(self, item: Item, *, how: str = "viewed") -> None:
        with self.transaction() as s:
            self.log(s, "item.viewed", case_id=item.case_id, item_id=item.id, details={"how": how})

    def mark_intimate(self, item_id: str, intimate: bool = True) -> Item:
        with self.transaction() as s:
            item = self._item_for_update(s, item_id)
            item.intimate = intimate
            s.flush()
            self.log(s, "item.marked", case_id=item.case_id, item_id=item.id, details={"intimate": intimate})
        return item

    def withdraw(self, item_id: str, reason: str) -> Item:
        if not reason.strip():
            raise UsageError("Please give a short reason for withdrawing this item (it is kept in the log).")
        with self.transaction() as s:
            item = self._item_for_update(s, item_id)
            if item.status == "purged":
                raise UsageError("This item was purged; it cannot be withdrawn.")
            item.status, item.status_reason = "withdrawn", reason.strip()
            s.flush()
            self.log(s, "item.withdrawn", case_id=item.case_id, item_id=item.id,
                     details={"reason": reason.strip()})
        return item

    def restore(self, item_id: str) -> Item:
        with self.transaction() as s:
            item = self._item_for_update(s, item_id)
            if item.status != "withdrawn":
                raise UsageError("Only a withdrawn item can be restored.")
            item.status, item.status_reason = "active", None
            s.flush()
            self.log(s, "item.restored", case_id=item.case_id, item_id=item.id, details={})
        return item

    def purge(self, item_id: str, reason: str) -> Item:
        """Remove an item's bytes for good; its record, hashes and the reason stay in the log."""
        if not reason.strip():
            raise UsageError("Please give a reason for purging (it is kept in the custody log).")
        with self._writing_blobs():
            current = self.get_item(item_id)
            # The note names the blob before the row changes: if the process dies after the commit
            # and before the unlink, the next open may remove the file the database no longer lists.
            note = self.journal.begin([current.blob_id], "purge") if current.blob_id else None
            try:
                with self.transaction() as s:
                    item = self._item_for_update(s, item_id)
                    if item.status == "purged":
                        raise UsageError("This item was already purged.")
                    blob_id = item.blob_id
                    item.status, item.status_reason, item.blob_id = "purged", reason.strip(), None
                    s.flush()
                    still_used = blob_id is not None and s.scalar(
                        select(func.count()).select_from(Item).where(Item.blob_id == blob_id)
                    )
                    if blob_id is not None and not still_used:
                        s.delete(s.get(Blob, blob_id))
                    self.log(s, "item.purged", case_id=item.case_id, item_id=item.id,
                             details={"reason": reason.strip(), "sha256": item.sha256, "md5": item.md5,
                                      "bytes_removed": bool(blob_id and not still_used)})
                    s.flush()
            except BaseException:
                if note is not None:
                    self.journal.end(note)  # nothing committed: the blob stays listed and kept
                raise
            if blob_id is not None and not still_used:
                self.blobs.delete(blob_id)
            if note is not None:
                self.journal.end(note)
        return item

    def _item_for_update(self, s: Session, ref: str) -> Item:
        item = s.get(Item, self.get_item(ref).id)
        assert item is not None
        return item
