"""Turn any input — pasted text, .eml, .msg, mbox, screenshot — into text and analyse it.

E-mails are analysed as "subject + body" with the Date header as the reference time for deadlines.
An mbox yields one analysis per message (source ``file.mbox#N``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from standfast.analyze.ocr import is_image, ocr_image
from standfast.analyze.triage import Analysis, analyze_text
from standfast.analyze.verdicts import SEVERITY, Verdict
from standfast.errors import InputError
from standfast.ingest.email import ParsedEmail, decode_bytes, iter_mbox, parse_email, parse_msg

MAX_INPUT_BYTES = 64 * 1024 * 1024
_SEVERITY = SEVERITY


@dataclass
class Readable:
    """One message's text, ready for triage."""

    source: str
    text: str
    received_at: datetime | None = None


def email_text(parsed: ParsedEmail) -> str:
    subject = parsed.subject or ""
    return f"{subject}\n\n{parsed.text}" if subject else parsed.text


def _looks_like_email(data: bytes) -> bool:
    head = data[:2048].lstrip()
    lines = head.split(b"\n", 12)[:12]
    headerish = sum(1 for ln in lines if b":" in ln[:60] and not ln.startswith((b" ", b"\t")))
    known = (b"from:", b"received:", b"subject:", b"date:", b"message-id:", b"return-path:", b"mime-version:",
             b"to:", b"delivered-to:", b"x-", b"content-type:")
    return headerish >= 2 and any(ln.lower().startswith(known) for ln in lines[:3])


def readables(data: bytes, *, name: str = "-") -> Iterator[Readable]:
    """Every message in ``data`` (one, or many for an mbox read from bytes)."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; not analysed.")
    lower = name.lower()
    if data.startswith(b"\xd0\xcf\x11\xe0") or lower.endswith(".msg"):
        parsed = parse_msg(data)
        yield Readable(name, email_text(parsed), parsed.date)
        return
    if is_image(data):
        yield Readable(name, ocr_image(data), None)
        return
    if lower.endswith(".eml") or _looks_like_email(data) or (data.startswith(b"From ") and lower.endswith(".mbox")
                                                             is False and b"\nSubject:" in data[:8192]):
        parsed = parse_email(data)
        yield Readable(name, email_text(parsed), parsed.date)
        return
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: this looks like a binary file, not a message or a screenshot.")
    yield Readable(name, decode_bytes(data), None)


def readables_of_path(path: Path) -> Iterator[Readable]:
    if path.suffix.lower() == ".mbox" or _is_mbox(path):
        for index, raw in iter_mbox(path):
            try:
                parsed = parse_email(raw)
            except InputError as exc:
                yield Readable(f"{path}#{index}", "", None) if False else _error_readable(path, index, exc)
                continue
            yield Readable(f"{path}#{index}", email_text(parsed), parsed.date)
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror}).") from None
    if size > MAX_INPUT_BYTES:
        raise InputError(f"{path}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; not analysed.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror}).") from None
    yield from readables(data, name=str(path))


def _error_readable(path: Path, index: int, exc: InputError) -> Readable:
    r = Readable(f"{path}#{index}", "", None)
    r.error = str(exc)  # type: ignore[attr-defined]
    return r


def _is_mbox(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(64).lstrip(b"\r\n")
    except OSError:
        return False
    return head.startswith(b"From ") and path.suffix.lower() not in (".eml", ".txt")


def texts_of_path(path: Path) -> list[str]:
    return [r.text for r in readables_of_path(path) if r.text]


def iter_analyses(path: Path) -> Iterator[Analysis]:
    """One Analysis per message in ``path``; per-message errors are reported in ``error``."""
    for r in readables_of_path(path):
        err = getattr(r, "error", None)
        if err:
            yield Analysis(source=r.source, verdict=Verdict.UNCLEAR, confidence=0.0, error=err)
            continue
        yield analyze_text(r.text, received_at=r.received_at, source=r.source)


def analyze_bytes(data: bytes, *, name: str = "-") -> list[Analysis]:
    return [analyze_text(r.text, received_at=r.received_at, source=r.source) for r in readables(data, name=name)]


def analyze_path(path: Path) -> Analysis:
    """The analysis of a file. For an mbox: the most serious of its messages."""
    results = list(iter_analyses(Path(path)))
    if not results:
        raise InputError(f"{path}: no message found in it.")
    return _most_serious(results)


def _most_serious(results: list[Analysis]) -> Analysis:
    if len(results) == 1:
        return results[0]
    ok = [a for a in results if a.error is None] or results
    return max(ok, key=lambda a: (_SEVERITY.get(a.verdict, 0) if a.verdict != Verdict.NOT_EXTORTION else 0,
                                  a.confidence if a.verdict != Verdict.NOT_EXTORTION else -a.confidence))


def analyze_data(data: bytes, *, name: str) -> Analysis:
    """``analyze_path`` for bytes held in memory (an upload): nothing is written to any folder.

    An mbox is split into its messages as from a file (read through an anonymous in-memory file);
    the most serious message is returned, its source named ``name#N``.
    """
    lower = name.lower()
    if not (lower.endswith(".mbox") or (data.startswith(b"From ") and not lower.endswith((".eml", ".txt")))):
        results = analyze_bytes(data, name=name)
        if not results:
            raise InputError(f"{name}: no message found in it.")
        return _most_serious(results)
    import os

    fd = os.memfd_create("standfast-mbox", os.MFD_CLOEXEC)
    with os.fdopen(fd, "w+b") as fh:
        fh.write(data)
        fh.flush()
        analyses: list[Analysis] = []
        for index, raw in iter_mbox(Path(f"/proc/self/fd/{fd}")):
            source = f"{name}#{index}"
            try:
                parsed = parse_email(raw)
            except InputError as exc:
                analyses.append(Analysis(source=source, verdict=Verdict.UNCLEAR, confidence=0.0, error=str(exc)))
                continue
            analyses.append(analyze_text(email_text(parsed), received_at=parsed.date, source=source))
    if not analyses:
        raise InputError(f"{name}: no message found in it.")
    return _most_serious(analyses)
