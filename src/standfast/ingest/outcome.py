"""What an import did, and how it says so: the report, the typed errors, and their texts.

An import is never silent: an empty input raises :class:`EmptyInput`, an input in which no message
could be read :class:`NothingImported` (showing what was expected and the first line), and a damaged
member or an error after messages were stored :class:`ImportStopped` (saying how many were). Their
texts never contain message text beyond that first line, cut short.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from standfast.errors import InputError, StandfastError
from standfast.ingest import sources
from standfast.ingest.archive import FileTree, Tree, UploadTree
from standfast.ingest.records import Issue


@dataclass
class ImportReport:
    """What an import did. ``issues`` never contain message text."""

    case_id: str
    export_items: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    messages: int = 0  # new messages stored
    duplicates: int = 0  # messages already in the case
    attachments: int = 0  # attachment files stored as evidence (new or already there)
    missing_attachments: int = 0  # referenced but not in the export
    hash_only: int = 0  # images/videos of a minor's case recorded by hash only
    files_added: int = 0  # fallback evidence import, or files of a folder no message refers to
    skipped_sources: list[str] = field(default_factory=list)  # already imported before
    issues: list[Issue] = field(default_factory=list)
    issue_count: int = 0
    indicators: bool = False  # whether the analyze module is installed (its indicators run on import)
    indicators_found: int = 0
    path: str = ""  # the input as given (its name only)

    @property
    def added(self) -> int:
        """New messages stored (the same as ``messages``)."""
        return self.messages

    @property
    def format(self) -> str:
        """The export format(s) read, e.g. "whatsapp" ("+"-joined when a zip held several)."""
        kinds = list(dict.fromkeys(s["format"] for s in self.sources))
        return "+".join(kinds) if kinds else ("files" if self.files_added else "")

    def unreadable(self) -> list[dict[str, Any]]:
        """Lines or entries that could not be read: ``line`` is the line (or entry) number, 0 for the file."""
        return [{"line": i.position, "reason": i.reason, "file": i.file} for i in self.issues]

    def as_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k != "issues"}
        out["issues"] = [{"file": i.file, "position": i.position, "reason": i.reason} for i in self.issues]
        out["added"] = self.added
        out["unreadable"] = self.unreadable()
        out["format"] = self.format
        return out


class NothingImported(InputError):
    """A non-empty input in which no message could be read. Says what was expected and shows the
    first line that was not understood; ``report`` holds what the rest of the import did."""

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report


class EmptyInput(InputError):
    """The file has no content at all: there is nothing to import (and nothing to analyse)."""


class ImportStopped(InputError):
    """The import stopped part-way (disk full, damaged member, Ctrl-C…) after storing some messages.
    Running the same import again finishes it: nothing is stored twice. ``report`` says what was."""

    def __init__(self, message: str, report: ImportReport, *, interrupted: bool = False) -> None:
        super().__init__(message)
        self.report = report
        self.interrupted = interrupted  # the user stopped it (Ctrl-C): the command stops too
        if interrupted:
            self.exit_code = 130




def failed_message(name: str, report: ImportReport, failed: list[tuple[str, str]]) -> str:
    member, reason = failed[0]
    where = member if member == name else f"{member} in {name}"
    more = f" ({len(failed) - 1} more file(s) could not be read either)" if len(failed) > 1 else ""
    reason = reason.rstrip(".")
    if report.export_items:
        stored = (f"{report.messages:,} new messages and {report.files_added + report.attachments:,} files were "
                  "stored from the rest, and the export itself is kept as evidence as it is")
    else:
        stored = "Nothing was stored"
    return (f"{where} could not be read completely: {reason}{more}. {stored}. Get a fresh copy of the "
            "export and import it again: nothing is stored twice.")


_SHOWN = 80  # characters of the first unread line shown: enough to recognise it, no more


def _first_line(tree: Tree, member: str) -> tuple[int, str] | None:
    """(line number, text) of the first non-blank line, cut to :data:`_SHOWN` characters."""
    try:
        head = tree.head(member, 16384)
    except InputError:
        return None
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = head.decode("utf-16", "replace")
    else:
        text = head.decode("utf-8", "replace").lstrip("\ufeff")
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            line = line.strip()
            return number, (line[:_SHOWN] + "…") if len(line) > _SHOWN else line
    return None


def nothing_message(name: str, tree: Tree, member: str, kind: str | None, *, stored: bool, others: int = 0) -> str:
    where = name if member == name or isinstance(tree, FileTree | UploadTree) else f"{member} in {name}"
    expected = (sources.get(kind).expected if kind in sources.names() else
                "a chat or mail export (WhatsApp, Telegram, Instagram, Facebook, Discord, Snapchat, Signal, "
                "iMessage, e-mail)")
    first = _first_line(tree, member)
    shown = f" Its first line (line {first[0]}) reads: {first[1]!r}." if first else ""
    kept = (" The file was kept as evidence, but no message from it is in the timeline." if stored
            else " Nothing was added.")
    more = f" {others} more file(s) of this export gave no messages either." if others else ""
    hint = (" If it is a WhatsApp chat from a phone set to another region, please tell us the first line's "
            "layout." if kind in (None, "whatsapp", "signal") else "")
    return f"No messages could be read from {where}. Expected {expected}.{shown}{kept}{more}{hint}"


def stopped_message(report: ImportReport, exc: StandfastError | None) -> str:
    why = "it was interrupted" if exc is None else str(exc)
    # The original error may say that nothing was added; here something was, so that part is dropped.
    why = " ".join(p for p in why.split(". ") if not p.lower().startswith("nothing was")).strip()
    return (f"The import stopped after {report.messages:,} new messages were stored ({why.rstrip('.')}). "
            "Run the same import again to finish it; nothing is stored twice.")


def has_content(tree: Tree) -> bool:
    with tree.open(tree.paths()[0]) as fh:
        while chunk := fh.read(1 << 16):
            if chunk.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
                return True
    return False


_TEXT_SUFFIXES = (".txt", ".json", ".csv", ".html", ".htm", ".md", ".eml", ".mbox", ".msg", ".log")


def looks_textual(tree: Tree) -> bool:
    """A text-like file (by its name, or by having no NUL byte in its start): a chat was meant."""
    name = tree.paths()[0].lower()
    if name.endswith(_TEXT_SUFFIXES):
        return True
    try:
        head = tree.head(tree.paths()[0], 4096)
    except InputError:
        return False
    return b"\x00" not in head and not head.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK"))
