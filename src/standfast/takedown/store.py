"""Hashes kept on a case: hash the case's images and videos, or hash a minor's images in place.

* ``hash_case_items`` reads each image/video item's bytes from the vault (decrypting in memory)
  and stores its PDQ / vPDQ / MD5 / SHA-256 with the 8 dihedral variants.
* ``hash_in_place`` is for a minor's explicit images: the file is hashed where it is and only the
  hashes and non-visual metadata (size, type, dimensions) are recorded, through
  ``vault.add_hash_only``. The bytes are never copied into the vault or any export.
* ``hash_upload_in_place`` does the same for a web upload, from memory (never a file on disk).
* ``case_hashes`` lists the stored hashes for reports, exports and the web app.

Every hashing is logged in the custody log (hashes and ids only, never image content).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import select

from standfast.errors import InputError
from standfast.takedown.hashing import HashResult, hash_bytes, hash_file, iter_files, private_file
from standfast.takedown.models import TakedownHash
from standfast.vault import paths
from standfast.vault.db import utcnow
from standfast.vault.models import Item

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

#: Images bigger than this are hashed from a private file (see ``private_file``) instead of a buffer.
IN_MEMORY_MAX = 256 * 1024 * 1024
IN_PLACE_REASON = (
    "Hashed in place: an explicit image of a minor is never copied into the vault or any export. "
    "Only its hashes and non-visual details are kept, for Take It Down and reports."
)


def _is_media(item: Item) -> bool:
    mime = item.mime or ""
    return mime.startswith(("image/", "video/")) or mime == "application/octet-stream"


def _row_from_result(item_id: str, case_id: str, res: HashResult, *, in_place: bool) -> TakedownHash:
    return TakedownHash(
        item_id=item_id, case_id=case_id, kind=res.kind, pdq=res.pdq, quality=res.quality,
        unreliable=res.unreliable, md5=res.md5 or "", sha256=res.sha256 or "", mime=res.mime,
        width=res.width, height=res.height, exact=res.exact, dihedral=res.dihedral, vpdq=res.vpdq,
        frames=res.frames, in_place=in_place, error=res.error, hashed_at=utcnow(),
    )


def _log_details(res: HashResult) -> dict[str, Any]:
    details: dict[str, Any] = {"kind": res.kind, "md5": res.md5, "sha256": res.sha256}
    if res.pdq:
        details.update(pdq=res.pdq, quality=res.quality)
    if res.vpdq:
        details["vpdq_frames"] = len(res.vpdq)
    if res.error:
        details["error"] = res.error
    return details


def _hash_item(vault: Vault, item: Item) -> HashResult:
    name = item.original_name or item.id
    if (item.mime or "").startswith("video/") or item.size > IN_MEMORY_MAX:
        # vpdq (and very large images) need a file: decrypt into an in-memory file, or, if too big
        # for memory, a private file in the vault's own tmp folder (emptied at the next start after a
        # crash); never the system temp folder. Deleted right after.
        with private_file(item.size, vault.root / paths.TMP) as (out, tmp), vault.open_item(item.id) as src:
            shutil.copyfileobj(src, out, 4 * 1024 * 1024)
            out.flush()
            res = hash_file(tmp, dihedral=True)
        res.path = name
        return res
    return hash_bytes(vault.read_item(item.id), name, dihedral=True)


def hash_case_items(vault: Vault, case_id: str, *, rehash: bool = False) -> list[dict[str, Any]]:
    """Hash every image and video item of the case not hashed yet (all with ``rehash``).

    Returns the case's hashes (as ``case_hashes``). Items that are not images or videos are left
    alone; unreadable media are recorded with their error so they are not retried every time.
    """
    case = vault.get_case(case_id)
    with vault.read() as s:
        done = set(s.scalars(select(TakedownHash.item_id).where(TakedownHash.case_id == case.id)))
    for item in vault.list_items(case.id):
        if item.kind != "file" or item.blob_id is None or not _is_media(item):
            continue
        if item.id in done and not rehash:
            continue
        res = _hash_item(vault, item)
        if res.kind not in ("image", "video"):
            continue
        with vault.transaction() as s:
            old = s.get(TakedownHash, item.id)
            if old is not None:
                s.delete(old)
                s.flush()
            s.add(_row_from_result(item.id, case.id, res, in_place=False))
            vault.log(s, "takedown.hashed", case_id=case.id, item_id=item.id, details=_log_details(res))
    return case_hashes(vault, case.id)


def hash_in_place(vault: Vault, case_id: str, path: Path | str) -> list[dict[str, Any]]:
    """Hash images/videos at ``path`` (file or folder) without storing them; record hashes only.

    Returns one dict per file: the stored row (as in ``case_hashes``), or ``{"path", "error"}`` for
    files that are not images/videos or could not be hashed (nothing is recorded for those).
    """
    case = vault.get_case(case_id)
    target = Path(path)
    if not target.exists():
        raise InputError(f"{target} does not exist.")
    known = _known_in_place(vault, case.id)
    out: list[dict[str, Any]] = []
    for file in iter_files([target]):
        res = hash_file(file, dihedral=True)
        out.append(_record_in_place(vault, case.id, res, name=file.name, original=str(file.absolute()),
                                    shown=str(file), known=known))
    return out


def hash_upload_in_place(vault: Vault, case_id: str, src: BinaryIO, *, name: str, size: int,
                         original_path: str) -> dict[str, Any]:
    """``hash_in_place`` for bytes that arrive as a stream (a web upload), never stored and never in
    the temp folder: they are hashed from an in-memory file (see ``private_file``). ``original_path``
    is what the custody log records as where the image came from (e.g. ``upload:photo.jpg``)."""
    case = vault.get_case(case_id)
    with private_file(size, vault.root / paths.TMP) as (fh, path):
        shutil.copyfileobj(src, fh, 4 * 1024 * 1024)
        fh.flush()
        res = hash_file(path, dihedral=True)
    res.path = name
    return _record_in_place(vault, case.id, res, name=name, original=original_path, shown=name,
                            known=_known_in_place(vault, case.id))


def _known_in_place(vault: Vault, case_id: str) -> set[tuple[str | None, str | None]]:
    with vault.read() as s:
        return {
            (h.sha256, item.original_path)
            for h, item in s.execute(
                select(TakedownHash, Item).join(Item, Item.id == TakedownHash.item_id)
                .where(TakedownHash.case_id == case_id, Item.status == "active")
            )
        }


def _record_in_place(vault: Vault, case_id: str, res: HashResult, *, name: str, original: str, shown: str,
                     known: set[tuple[str | None, str | None]]) -> dict[str, Any]:
    """Record one hashed-in-place image or video (hashes only); the dict for the caller's list."""
    if res.kind not in ("image", "video") or res.error:
        return {"path": shown, "kind": res.kind,
                "error": res.error or "Not an image or a video: nothing was recorded."}
    if (res.sha256, original) in known:
        return {"path": shown, "kind": res.kind, "sha256": res.sha256, "note": "already recorded in this case"}
    meta = {
        "width": res.width, "height": res.height, "format": res.format,
        "hashed_in_place": True, "pdq": res.pdq, "quality": res.quality,
    }
    item = vault.add_hash_only(
        case_id, name=name, sha256=res.sha256 or "", md5=res.md5 or "", size=res.size or 0,
        mime=res.mime or "application/octet-stream",
        metadata={k: v for k, v in meta.items() if v is not None},
        reason=IN_PLACE_REASON, original_path=original, intimate=True,
    )
    with vault.transaction() as s:
        s.add(_row_from_result(item.id, case_id, res, in_place=True))
        vault.log(s, "takedown.hashed_in_place", case_id=case_id, item_id=item.id,
                  details={**_log_details(res), "bytes_stored": False})
    known.add((res.sha256, original))
    return {**_row_dict(None, item, res), "path": shown}


def _row_dict(row: TakedownHash | None, item: Item, res: HashResult | None = None) -> dict[str, Any]:
    src: Any = row if row is not None else res
    in_place = row.in_place if row is not None else True
    hashed_at = row.hashed_at.isoformat() if row is not None else utcnow().isoformat()
    return {
        "item_id": item.id,
        "case_id": item.case_id,
        "name": item.original_name,
        "kind": src.kind,
        "pdq": src.pdq,
        "quality": src.quality,
        "unreliable": bool(src.unreliable),
        "md5": src.md5 or item.md5,
        "sha256": src.sha256 or item.sha256,
        "mime": src.mime,
        "width": src.width,
        "height": src.height,
        "exact": bool(src.exact),
        "vpdq": src.vpdq,
        "frames": src.frames,
        "dihedral": src.dihedral,
        "hashed_in_place": in_place,
        "intimate": bool(item.intimate),
        "error": src.error,
        "hashed_at": hashed_at,
    }


def case_hashes(vault: Vault, case_id: str) -> list[dict[str, Any]]:
    """The stored hashes of the case's active items, oldest item first (for reports and the web app)."""
    case = vault.get_case(case_id)
    with vault.read() as s:
        pairs = s.execute(
            select(TakedownHash, Item).join(Item, Item.id == TakedownHash.item_id)
            .where(TakedownHash.case_id == case.id, Item.status == "active")
            .order_by(Item.acquired_at, Item.id)
        ).all()
        return [_row_dict(row, item) for row, item in pairs]
