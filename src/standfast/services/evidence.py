"""Evidence: add files, streams, notes and addresses; mark intimate; withdraw, restore and delete;
open, preview or copy an item's bytes; check the whole vault (``verify``) and deal with its
quarantine.

Every path that stores bytes asks ``safeguarding.storage`` first: in a minor's case an image or
video marked intimate is hashed where it is (``takedown.store``) and never copied into the vault,
whether it comes from ``standfast add --intimate`` or a web upload. Every path that shows or copies
bytes asks ``safeguarding.view`` / ``safeguarding.copy``; looking at bytes is logged by the vault.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from standfast import safeguarding
from standfast.errors import ConfirmationNeeded, InputError, NotFound, Refused, StandfastError, UsageError, VaultError
from standfast.services.cases import get_case

if TYPE_CHECKING:
    from standfast.vault.models import Case, Item
    from standfast.vault.vault import AddResult, Vault
    from standfast.vault.verify import VerifyReport

PREVIEW_MAX_BYTES = 40 * 1024 * 1024
DEFAULT_DELETE_REASON = "removed by the person keeping the case"


@dataclass
class AddReport:
    """What adding files did: stored items, items already there, files hashed in place, problems."""

    added: list[Item] = field(default_factory=list)
    duplicates: int = 0
    hashed_in_place: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.added) + len(self.hashed_in_place)


@dataclass(frozen=True)
class MarkResult:
    item: Item
    hidden: bool  # the policy now never shows or exports its bytes (a minor's intimate image)
    reason: str


def _policy_case(case: Case) -> safeguarding.CaseFacts:
    return safeguarding.CaseFacts.of(case)


def _media_head(head: bytes) -> bool:
    from standfast.vault.metadata import detect_mime

    return safeguarding.is_media_mime(detect_mime(head))


def _file_head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(4096)
    except OSError:
        return b""


def _hash_only_wanted(case: Case, *, intimate: bool, media: bool) -> bool:
    return safeguarding.storage(_policy_case(case), safeguarding.ItemFacts(media=media, intimate=intimate)).hashes_only


# -- adding ------------------------------------------------------------------------------------------
def add_paths(vault: Vault, case_ref: str, paths: Iterable[Path], *, intimate: bool = False, source: str = "file",
              progress: Callable[[int], None] | None = None, on_item: Callable[[AddResult], None] | None = None,
              on_problem: Callable[[str], None] | None = None) -> AddReport:
    """Add files and folders. One bad path does not stop the others; its problem is reported."""
    case = get_case(vault, case_ref)
    report = AddReport()

    def problem(text: str) -> None:
        report.problems.append(text)
        if on_problem:
            on_problem(text)

    def stored(result: AddResult) -> None:
        if result.duplicate_item:
            report.duplicates += 1
        else:
            report.added.append(result.item)
        if on_item:
            on_item(result)

    guard = _hash_only_wanted(case, intimate=intimate, media=True)
    for p in paths:
        try:
            if guard:
                _add_guarded(vault, case, Path(p), source=source, report=report, stored=stored, problem=problem)
            else:
                vault.add_path(case.id, Path(p), source=source, intimate=intimate, progress=progress,
                               on_item=stored, on_skip=lambda s: problem(f"{s.path}: {s.reason}"))
        except (UsageError, VaultError):
            raise
        except StandfastError as exc:  # one bad path must not lose the others
            problem(str(exc))
    return report


def _add_guarded(vault: Vault, case: Case, path: Path, *, source: str, report: AddReport,
                 stored: Callable[[AddResult], None], problem: Callable[[str], None]) -> None:
    """A minor's intimate files: images and videos hashed in place, anything else stored (marked intimate)."""
    from standfast.takedown.store import hash_in_place
    from standfast.vault.fsutil import iter_tree

    try:
        st = path.lstat()
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}.") from None
    files = ([p for p, pst in iter_tree(path, on_error=lambda p, why: problem(f"{p}: {why}"))
              if stat.S_ISREG(pst.st_mode)] if stat.S_ISDIR(st.st_mode) else [path])
    for f in files:
        if _media_head(_file_head(f)):
            for row in hash_in_place(vault, case.id, f):
                if row.get("error"):
                    problem(f"{f}: {row['error']}")
                elif row.get("note"):
                    report.duplicates += 1
                else:
                    report.hashed_in_place.append(row)
        else:
            stored(vault.add_file(case.id, f, source=source, intimate=True))


@dataclass(frozen=True)
class StreamAdded:
    item_id: str | None
    hashed_in_place: bool
    problem: str | None = None


def add_stream(vault: Vault, case_ref: str, stream: BinaryIO, *, name: str, size: int, intimate: bool = False,
               source: str = "upload", original_path: str | None = None, head: bytes | None = None) -> StreamAdded:
    """Store bytes that arrive as a stream (an upload, pasted text). ``stream`` must be seekable
    unless ``head`` (its first bytes) is given."""
    case = get_case(vault, case_ref)
    if head is None:
        head = stream.read(4096)
        stream.seek(0)
    if _hash_only_wanted(case, intimate=intimate, media=_media_head(head)):
        from standfast.takedown.store import hash_upload_in_place

        row = hash_upload_in_place(vault, case.id, stream, name=name, size=size,
                                   original_path=original_path or f"{source}:{name}")
        if row.get("error"):
            return StreamAdded(None, True, str(row["error"]))
        return StreamAdded(row.get("item_id"), True)
    result = vault.add_stream(case.id, stream, name=name, source=source, intimate=intimate,
                              original_path=original_path)
    return StreamAdded(result.item.id, False)


def add_file(vault: Vault, case_ref: str, path: Path, *, intimate: bool = False, source: str = "file") -> StreamAdded:
    """Store one file (with its name, place and time), or hash it in place when the policy says so."""
    case = get_case(vault, case_ref)
    if _hash_only_wanted(case, intimate=intimate, media=_media_head(_file_head(Path(path)))):
        from standfast.takedown.store import hash_in_place

        rows = hash_in_place(vault, case.id, Path(path))
        row = rows[0] if rows else {"error": "nothing could be hashed"}
        return StreamAdded(row.get("item_id"), True, row.get("error"))
    return StreamAdded(vault.add_file(case.id, Path(path), source=source, intimate=intimate).item.id, False)


def add_note(vault: Vault, case_ref: str, text: str, *, title: str | None = None) -> Item:
    if not text.strip():
        raise UsageError("Write the note first.")
    return vault.add_note(get_case(vault, case_ref).id, text, title=title)


def add_url(vault: Vault, case_ref: str, url: str, *, what_seen: str = "") -> Item:
    return vault.add_url(get_case(vault, case_ref).id, url, what_seen=what_seen)


# -- reading --------------------------------------------------------------------------------------------
def get_item(vault: Vault, case_ref: str | None, item_ref: str) -> Item:
    """The item (by id or unique start); with ``case_ref`` it must belong to that case."""
    item = vault.get_item(item_ref)
    if case_ref is not None and item.case_id != get_case(vault, case_ref).id:
        raise NotFound(f"No evidence item {item_ref!r} in this case.")
    return item


def view_of(vault: Vault, case: Case, item: Item, *, reveal: bool = False) -> safeguarding.ViewDecision:
    return safeguarding.decide_view(vault, case, item, reveal=reveal)


def open_content(vault: Vault, case: Case, item: Item, *, reveal: bool = False) -> BinaryIO:
    """The item's bytes for showing or downloading; refused by the policy, or logged as viewed."""
    seen = view_of(vault, case, item, reveal=reveal)
    if seen.view is not safeguarding.View.FULL:
        raise Refused(f"Not shown: {seen.reason}.")
    return vault.open_item(item.id, log_view=True)


def read_text(vault: Vault, case: Case, item: Item, *, limit: int = 64 * 1024) -> str | None:
    """A note's or address's text for showing (logged), or None when it is not one or too long."""
    if item.kind not in ("note", "url") or item.blob_id is None or item.size > limit:
        return None
    if view_of(vault, case, item, reveal=True).view is not safeguarding.View.FULL:
        return None
    return vault.read_item(item.id, log_view=True).decode("utf-8", "replace")


def blurred_preview(vault: Vault, case: Case, item: Item) -> bytes:
    """A 24-pixel, blurred stand-in for an image: shape and colour only, nothing recognisable."""
    from PIL import Image, ImageFilter

    seen = view_of(vault, case, item)
    if seen.view is safeguarding.View.HIDDEN:
        raise Refused(f"No preview: {seen.reason}.")
    if item.size > PREVIEW_MAX_BYTES:
        raise InputError("This image is too large for a preview.")
    try:
        with Image.open(io.BytesIO(vault.read_item(item.id))) as img:
            img.draft("RGB", (64, 64))
            small = img.convert("RGB")
            small.thumbnail((24, 24))
            small = small.filter(ImageFilter.GaussianBlur(2))
            out = io.BytesIO()
            small.save(out, format="PNG")
    except Exception:
        raise InputError("This image cannot be read for a preview.") from None
    return out.getvalue()


def save_copy(vault: Vault, item_ref: str, to: Path, *, chosen: bool = True) -> Item:
    """Write a decrypted copy to a new file (the person named the item: that is the choice). Logged."""
    item = vault.get_item(item_ref)
    case = get_case(vault, item.case_id)
    safeguarding.decide_copy(vault, case, item, chosen=chosen).ensure()
    if item.blob_id is None:
        raise UsageError("The bytes of this item are not in the vault (recorded by hashes only, or purged).")
    try:
        fd = os.open(to, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UsageError(f"{to} already exists; choose a new name.") from None
    try:
        with vault.open_item(item.id) as src, os.fdopen(fd, "wb") as out:
            while chunk := src.read(1 << 20):
                out.write(chunk)
    except BaseException:
        Path(to).unlink(missing_ok=True)
        raise
    vault.log_view(item, how="saved a copy")
    return item


# -- changing --------------------------------------------------------------------------------------------
def mark_intimate(vault: Vault, item_ref: str, intimate: bool = True, *, case_ref: str | None = None) -> MarkResult:
    item = get_item(vault, case_ref, item_ref)
    item = vault.mark_intimate(item.id, intimate)
    case = get_case(vault, item.case_id)
    seen = view_of(vault, case, item, reveal=True)
    hidden = item.blob_id is not None and seen.view is not safeguarding.View.FULL
    return MarkResult(item, hidden, seen.reason)


def withdraw(vault: Vault, item_ref: str, reason: str, *, case_ref: str | None = None) -> Item:
    return vault.withdraw(get_item(vault, case_ref, item_ref).id, reason)


def restore(vault: Vault, item_ref: str, *, case_ref: str | None = None) -> Item:
    return vault.restore(get_item(vault, case_ref, item_ref).id)


def purge(vault: Vault, item_ref: str, reason: str, *, confirmed: bool, case_ref: str | None = None) -> Item:
    """Remove the bytes for good; the record, hashes and reason stay in the log. Needs confirmation."""
    if not confirmed:
        raise ConfirmationNeeded("Purging removes the file for good (its hashes and record stay). Confirm it "
                                 "(--yes).")
    return vault.purge(get_item(vault, case_ref, item_ref).id, reason)


def delete_item(vault: Vault, case_ref: str, item_ref: str, *, purge_bytes: bool = False, confirmed: bool = False,
                reason: str | None = None) -> Item:
    """Delete as a person means it: withdraw (hidden, can be restored), or purge with confirmation."""
    why = (reason or "").strip() or DEFAULT_DELETE_REASON
    if purge_bytes:
        return purge(vault, item_ref, why, confirmed=confirmed, case_ref=case_ref)
    return withdraw(vault, item_ref, why, case_ref=case_ref)


def verify(vault: Vault, progress: Callable[[int], None] | None = None) -> VerifyReport:
    """Check every stored file, every record, every imported block and the custody log, in one
    consistent snapshot (safe while other programs add or import). Changes nothing; ``report.ok``
    is True only when all is intact, and each problem says what changed, where and since when."""
    return vault.verify(progress=progress)


def quarantined(vault: Vault) -> list[Any]:
    """Blob files the database does not list, set aside (never deleted) when the vault was opened."""
    return vault.quarantined()


def restore_quarantined(vault: Vault, file_id: str, case_ref: str) -> Any:
    """Bring a quarantined file back into a case as a new item (decrypted and re-hashed; logged).

    Nobody has looked at such a file: in a minor's case a picture or video comes back marked
    intimate (blurred, and out of exports unless chosen), as ``safeguarding`` treats unreviewed media.
    """
    case = get_case(vault, case_ref)
    return vault.restore_quarantined(file_id, case.id, intimate_if_media=case.age_group == "minor")


def purge_quarantined(vault: Vault, file_id: str) -> Any:
    """Remove a quarantined file for good; its id, size and hashes stay in the custody log."""
    return vault.purge_quarantined(file_id)
