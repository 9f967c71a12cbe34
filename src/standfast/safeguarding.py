"""The one answer to "may this be stored / shown / copied / exported, for this case and this item?".

Every command, web page, export and report asks here; nothing else decides. Two facts drive it:

* **minor** - the case's age field (``Case.age_group``), and nothing else. Setting the age anywhere
  (``case new/set``, the interview, the web start page) writes that one field.
* **possibly intimate** - the item is marked intimate by a person; or, in a minor's case, it is an
  image or video that came from a chat/mail export or a folder scan and that no one has reviewed,
  or a file (an e-mail, an archive) that carries such images.

The rules (DESIGN.md, "Never re-victimize"):

* In a minor's case a possibly intimate image or video is never copied into the vault: it is
  hashed in place (hashes and non-visual details only) and the plan points to NCMEC / Take It Down.
  If its bytes are in the vault anyway (marked later, or the age was set later) they are never
  shown, copied or exported.
* Intimate items are blurred in every view until a person chooses to reveal them (and that is
  logged), and they are left out of exports unless explicitly chosen - never in a minor's case.
* A minor's package for police holds all other evidence (screenshots, chat text, notes, mail
  without media, indicators) and the hashes of the intimate images, never their bytes.

Decisions carry a reason in plain words; the reason is what manifests and pages show.
"""

from __future__ import annotations

import email.parser
import email.policy
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from standfast.errors import Refused, UsageError

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

MEDIA_MIME = ("image/", "video/")
MEDIA_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "bmp", "tif", "tiff", "mp4",
                              "mov", "avi", "mkv", "webm", "3gp", "m4v"})
#: Sources whose images and videos arrive without a person looking at each one.
UNREVIEWED_SOURCES = ("import", "scan_match")
#: Containers that can carry images inside them (checked by reading their parts, never by name only).
CONTAINER_MIME = ("message/rfc822", "application/zip")
MAX_CONTAINER_SCAN = 64 << 20


class Age(StrEnum):
    """The age of the person the case is about, as the case records it."""

    MINOR = "minor"
    ADULT = "adult"
    UNKNOWN = "unknown"

    @classmethod
    def parse(cls, value: str | None) -> Age:
        text = (value or "unknown").strip().lower()
        try:
            return cls(text)
        except ValueError:
            raise UsageError(f"Age must be one of: {', '.join(a.value for a in cls)}.") from None


class Storage(StrEnum):
    BYTES = "bytes"  # the file is stored, encrypted, byte for byte
    HASHES_ONLY = "hashes_only"  # hashed where it is; only hashes and non-visual details are kept


class View(StrEnum):
    FULL = "full"
    BLURRED = "blurred"  # a stand-in too blurred to recognise; revealing it (if allowed) is a choice, and logged
    HIDDEN = "hidden"  # not shown at all, not even blurred


class Where(StrEnum):
    SCREEN = "screen"  # the web app and the terminal, with a person in front of it
    REPORT = "report"  # the printed/PDF case report, which travels to other people


class _CaseLike(Protocol):
    age_group: str


class _ItemLike(Protocol):
    kind: str
    mime: str
    intimate: bool
    status: str
    status_reason: str | None
    source: str
    blob_id: str | None
    original_name: str


@dataclass(frozen=True)
class CaseFacts:
    """What the policy needs to know about a case."""

    age: Age

    @property
    def minor(self) -> bool:
        return self.age is Age.MINOR

    @classmethod
    def of(cls, case: _CaseLike) -> CaseFacts:
        return cls(Age.parse(getattr(case, "age_group", None)))


@dataclass(frozen=True)
class ItemFacts:
    """What the policy needs to know about one item (or a file about to become one)."""

    media: bool  # an image or a video
    intimate: bool = False  # marked intimate by a person
    reviewed: bool = True  # False: arrived from an export or a scan without anyone looking at it
    carries_media: bool = False  # an e-mail or archive with images/videos inside
    has_bytes: bool = True
    status: str = "active"  # active | withdrawn | purged
    status_reason: str | None = None
    kind: str = "file"

    @classmethod
    def of(cls, item: _ItemLike, *, carries_media: bool = False) -> ItemFacts:
        return cls(media=is_media_mime(item.mime) or (item.kind == "hash_only"), intimate=bool(item.intimate),
                   reviewed=not _unreviewed_source(item.source), carries_media=carries_media,
                   has_bytes=item.blob_id is not None, status=item.status, status_reason=item.status_reason,
                   kind=item.kind)


@dataclass(frozen=True)
class Decision:
    """Yes or no, and why, in words a person can read."""

    allowed: bool
    reason: str

    def ensure(self) -> None:
        if not self.allowed:
            raise Refused(self.reason)


@dataclass(frozen=True)
class StorageDecision:
    storage: Storage
    reason: str

    @property
    def hashes_only(self) -> bool:
        return self.storage is Storage.HASHES_ONLY


@dataclass(frozen=True)
class ViewDecision:
    view: View
    reason: str
    can_reveal: bool = False  # a person may choose to see it in full (logged)


# -- the facts ---------------------------------------------------------------------------------------
def is_media_mime(mime: str | None) -> bool:
    return (mime or "").lower().startswith(MEDIA_MIME)


def is_media_name(name: str) -> bool:
    return "." in name and name.rsplit(".", 1)[-1].lower() in MEDIA_EXTENSIONS


def _unreviewed_source(source: str | None) -> bool:
    src = source or ""
    return any(src == s or src.startswith(s + ":") for s in UNREVIEWED_SOURCES)


def possibly_intimate(case: CaseFacts, item: ItemFacts) -> bool:
    """Marked intimate, or (a minor's case) media or a carrier of media that nobody has reviewed."""
    if item.intimate:
        return True
    return case.minor and ((item.media and not item.reviewed) or item.carries_media)


def _visual(item: ItemFacts) -> bool:
    return item.media or item.carries_media


# -- the decisions -------------------------------------------------------------------------------------
HASHED_IN_PLACE = ("an explicit image of someone under 18 is never copied into the vault or any export: "
                   "it is hashed where it is, for Take It Down and the police")
UNREVIEWED_IN_MINOR = ("minor's case: images and videos from chat exports, mail and scans are recorded by "
                       "hash only")


def storage(case: CaseFacts, item: ItemFacts) -> StorageDecision:
    """Store the bytes, or only the hashes (a minor's possibly intimate image or video)."""
    if case.minor and item.media and possibly_intimate(case, item):
        return StorageDecision(Storage.HASHES_ONLY, HASHED_IN_PLACE if item.intimate else UNREVIEWED_IN_MINOR)
    return StorageDecision(Storage.BYTES, "stored encrypted, byte for byte")


def view(case: CaseFacts, item: ItemFacts, *, reveal: bool = False, where: Where = Where.SCREEN,
         blur_in_reports: bool = False) -> ViewDecision:
    """How an item may be shown: in full, blurred until revealed, or not at all."""
    if not item.has_bytes:
        return ViewDecision(View.HIDDEN, "only its hashes are kept; there is nothing to show")
    if case.minor and _visual(item) and possibly_intimate(case, item):
        if where is Where.REPORT or not item.media:
            return ViewDecision(View.HIDDEN, "a possibly explicit image of someone under 18 is never shown")
        # On screen only the unrecognisable stand-in, so the person knows which item it is; never in full.
        return ViewDecision(View.BLURRED, "a possibly explicit image of someone under 18 is never shown in full")
    if where is Where.REPORT:
        if case.minor and _visual(item):
            return ViewDecision(View.HIDDEN, "a report about someone under 18 shows no pictures")
        if item.intimate:
            return (ViewDecision(View.BLURRED, "marked intimate: strongly blurred") if blur_in_reports
                    else ViewDecision(View.HIDDEN, "marked intimate: not shown"))
        return ViewDecision(View.FULL, "shown")
    if item.intimate and not reveal:
        return ViewDecision(View.BLURRED, "marked intimate: blurred until you choose to show it", can_reveal=True)
    return ViewDecision(View.FULL, "shown" if not item.intimate else "shown because you chose to (logged)")


def copy(case: CaseFacts, item: ItemFacts, *, chosen: bool = False) -> Decision:
    """May a decrypted copy of the item leave the vault (download, ``item save``)?"""
    seen = view(case, item, reveal=chosen)
    if seen.view is View.FULL:
        return Decision(True, "a copy may be made; it is logged")
    if seen.view is View.BLURRED and seen.can_reveal:
        return Decision(False, "This item is marked intimate. Confirm that you want a copy of it.")
    return Decision(False, f"No copy: {seen.reason}.")


def export(case: CaseFacts, item: ItemFacts, *, include_intimate: bool = False) -> Decision:
    """Does the item's file go into an export or package? The reason is written in the manifest."""
    if item.status == "purged":
        return Decision(False, f"purged: {item.status_reason}")
    if item.status == "withdrawn":
        return Decision(False, f"withdrawn: {item.status_reason}")
    if not item.has_bytes:
        return Decision(False, "recorded by its hashes only; the file was never copied" if item.kind == "hash_only"
                        else "a link; its target is recorded in the metadata")
    if case.minor:
        if item.intimate and _visual(item):
            return Decision(False, "intimate image in a minor's case: never exported, hashes only")
        if item.intimate:
            return Decision(False, "marked intimate in a minor's case: never exported")
        if item.carries_media:
            return Decision(False, "minor's case: this file carries images or videos nobody has reviewed; "
                                   "it is listed by its hashes")
        if item.media and not item.reviewed:
            return Decision(False, "minor's case: an image or video from an export or scan that nobody has "
                                   "reviewed; it is listed by its hashes")
    if item.intimate and not include_intimate:
        return Decision(False, "marked intimate: left out unless chosen")
    return Decision(True, "included")


def read_text(case: CaseFacts, item: ItemFacts) -> Decision:
    """May Standfast read the words in an item (text recognition on an image, analysis)?

    Reading keeps no copy of an image: the picture goes to the text reader through a pipe and only the
    words are kept, so a screenshot of threats in a minor's case is read like any other (threats are
    usually typed, and they are the evidence). An item someone marked intimate is not read, in any case:
    it holds a person, not a conversation, and nothing in it should be processed beyond its hashes.
    """
    if item.intimate:
        return Decision(False, "This item is marked intimate, so Standfast does not read it. If it is a "
                               "screenshot of messages, unmark it first.")
    return Decision(True, "only the words are kept")


def may_include_intimate(case: CaseFacts) -> bool:
    """Whether "include intimate items" may be offered at all for this case."""
    return not case.minor


def takedown_audiences(case: CaseFacts) -> tuple[str, ...]:
    """Which hash services fit: Take It Down (and NCMEC) for a minor, StopNCII for an adult, both if unknown."""
    if case.age is Age.MINOR:
        return ("minor",)
    if case.age is Age.ADULT:
        return ("adult",)
    return ("adult", "minor")


def hash_in_place_required(case: CaseFacts) -> bool:
    """Files given for hashing in a minor's case are hashed where they are, never copied."""
    return case.minor


# -- facts that need the item's bytes ---------------------------------------------------------------------
def carries_media(vault: Vault, item: _ItemLike) -> bool:
    """An e-mail or zip stored in the vault that holds images or videos (read in memory, never written)."""
    mime = (item.mime or "").lower()
    if item.blob_id is None or not mime.startswith(CONTAINER_MIME):
        return False
    size = int(getattr(item, "size", 0) or 0)
    if size > MAX_CONTAINER_SCAN:
        return True  # too big to check here: treat it as carrying media rather than risk it
    item_id = str(getattr(item, "id", ""))
    if mime == "application/zip":
        with vault.open_item(item_id) as fh:
            try:
                with zipfile.ZipFile(fh) as zf:
                    return any(is_media_name(n) for n in zf.namelist())
            except zipfile.BadZipFile:
                return True
    msg = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(vault.read_item(item_id))
    for part in msg.walk():
        name = (part.get_filename() or "").lower()
        if part.get_content_maintype() in ("image", "video") or is_media_name(name):
            return True
    return False


def item_facts(vault: Vault | None, case: CaseFacts, item: _ItemLike) -> ItemFacts:
    """The item's facts; containers are opened only in a minor's case, where they matter."""
    carries = bool(case.minor and vault is not None and carries_media(vault, item))
    return ItemFacts.of(item, carries_media=carries)


def decide_export(vault: Vault | None, case: Any, item: _ItemLike, *, include_intimate: bool = False) -> Decision:
    """:func:`export` for a stored case and item (the shortcut exports and packages use)."""
    facts = CaseFacts.of(case)
    if vault is None and facts.minor:
        # Without the bytes a container cannot be checked: in a minor's case it is left out.
        base = ItemFacts.of(item)
        if base.has_bytes and (item.mime or "").lower().startswith(CONTAINER_MIME):
            base = ItemFacts.of(item, carries_media=True)
        return export(facts, base, include_intimate=include_intimate)
    return export(facts, item_facts(vault, facts, item), include_intimate=include_intimate)


def decide_view(vault: Vault | None, case: Any, item: _ItemLike, *, reveal: bool = False,
                where: Where = Where.SCREEN, blur_in_reports: bool = False) -> ViewDecision:
    """:func:`view` for a stored case and item."""
    facts = CaseFacts.of(case)
    if vault is None:
        base = ItemFacts.of(item, carries_media=facts.minor and (item.mime or "").lower().startswith(CONTAINER_MIME))
    else:
        base = item_facts(vault, facts, item)
    return view(facts, base, reveal=reveal, where=where, blur_in_reports=blur_in_reports)


def decide_read_text(case: Any, item: _ItemLike) -> Decision:
    """:func:`read_text` for a stored case and item."""
    return read_text(CaseFacts.of(case), ItemFacts.of(item))


def decide_copy(vault: Vault | None, case: Any, item: _ItemLike, *, chosen: bool = False) -> Decision:
    """:func:`copy` for a stored case and item."""
    facts = CaseFacts.of(case)
    return copy(facts, item_facts(vault, facts, item), chosen=chosen)
