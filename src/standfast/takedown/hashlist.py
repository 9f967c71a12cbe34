"""Read hash lists written by Standfast or by other tools: CSV, JSON, ThreatExchange signal files.

Hash lists come from outside (helplines, platforms, other tools), so every value is validated: a PDQ
hash must be 64 hex digits; anything else is skipped with its line number and a reason, never
guessed at. The format is recognised from the content, not from the file name.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from standfast.errors import InputError
from standfast.takedown.pdq import is_pdq_hex

#: Column names that hold a PDQ hash in CSV files we accept (ours, python-threatexchange, others).
PDQ_COLUMNS = ("pdq", "pdq_hash", "pdq_hex", "hash", "signal_value", "signal")
LABEL_COLUMNS = ("label", "case_ref", "name", "id", "item_id", "note")
#: Refuse lists bigger than this when read into memory at once (a bank import streams the file).
MAX_TEXT_BYTES = 2 * 1024 * 1024 * 1024


@dataclass
class ParsedList:
    """Valid PDQ hashes (lowercase hex) with optional labels, and what was skipped and why."""

    hashes: list[str] = field(default_factory=list)
    labels: list[str | None] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line or record number, reason)
    format: str = "te"

    def add(self, value: Any, label: Any, where: int) -> None:
        if not isinstance(value, str):
            self.skipped.append((where, "no PDQ hash"))
            return
        text = value.strip().lower()
        if text.startswith("0x"):
            text = text[2:]
        if not is_pdq_hex(text):
            self.skipped.append((where, "not a PDQ hash (64 hex digits)"))
            return
        self.hashes.append(text)
        self.labels.append(None if label in (None, "") else str(label)[:500])


def detect_format(text: str) -> str:
    """'json', 'csv' or 'te' from the first meaningful characters."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "["):
        return "json"
    first = stripped.split("\n", 1)[0]
    if "," in first or "\t" in first:
        return "csv"
    return "te"


def parse_hash_list(text: str, fmt: str | None = None) -> ParsedList:
    """Parse a hash list; ``fmt`` is 'csv', 'json', 'te' or None to recognise it."""
    kind = fmt or detect_format(text)
    text = text.lstrip("\ufeff")
    if kind == "json":
        result = _parse_json(text)
    elif kind == "csv":
        result = _parse_csv(text)
    elif kind == "te":
        result = _parse_te(text)
    else:
        raise InputError(f"Unknown hash list format {kind!r}: use csv, json or te.")
    result.format = kind
    return result


def read_hash_list(path: Path, fmt: str | None = None) -> ParsedList:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise InputError(f"{path.name} is too large to read as a hash list.")
        text = path.read_text(encoding="utf-8-sig", errors="strict")
    except UnicodeDecodeError:
        raise InputError(f"{path.name} is not a text hash list (it is not UTF-8 text).") from None
    except OSError as exc:
        raise InputError(f"Cannot read {path.name}: {exc.strerror}.") from None
    return parse_hash_list(text, fmt)


def _parse_te(text: str) -> ParsedList:
    # ThreatExchange signal files: "<signal type> <value>" per line, e.g. "pdq f8f8...". Bare hex
    # lines are accepted too (many tools write just the hash). Other signal types are skipped.
    out = ParsedList()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) == 1:
            out.add(parts[0], None, number)
        elif parts[0].lower() == "pdq":
            out.add(parts[1], " ".join(parts[2:]) or None, number)
        else:
            out.skipped.append((number, f"signal type {parts[0][:20]!r} is not pdq"))
    return out


def _parse_csv(text: str) -> ParsedList:
    out = ParsedList()
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#")]
    if not lines:
        return out
    dialect = csv.excel_tab if "\t" in lines[0] and "," not in lines[0] else csv.excel
    reader = csv.reader(io.StringIO("\n".join(lines)), dialect)
    header = [h.strip().lower() for h in next(reader, [])]
    pdq_col = next((header.index(c) for c in PDQ_COLUMNS if c in header), None)
    label_col = next((header.index(c) for c in LABEL_COLUMNS if c in header), None)
    if pdq_col is None:
        # No header: the first column that looks like a hash in the first row decides.
        first = header
        pdq_col = next((i for i, v in enumerate(first) if is_pdq_hex(v.strip())), None)
        if pdq_col is None:
            raise InputError("This CSV file has no 'pdq' column and no PDQ hashes in its first row.")
        out.add(first[pdq_col], None, 1)
    for number, row in enumerate(reader, start=2):
        if not row or not any(cell.strip() for cell in row):
            continue
        value = row[pdq_col] if pdq_col < len(row) else None
        if value is not None and value.strip() == "":
            out.skipped.append((number, "no PDQ hash (e.g. a video or an unreadable file)"))
            continue
        label = row[label_col] if label_col is not None and label_col < len(row) else None
        out.add(value, label, number)
    return out


def _parse_json(text: str) -> ParsedList:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"The JSON hash list is not valid JSON (line {exc.lineno}).") from None
    if isinstance(data, dict):
        items = data.get("hashes")
        default_label = data.get("case_ref")
        if not isinstance(items, list):
            raise InputError("The JSON hash list has no 'hashes' list.")
    elif isinstance(data, list):
        items, default_label = data, None
    else:
        raise InputError("The JSON hash list must be an object with 'hashes' or a list.")
    out = ParsedList()
    for number, item in enumerate(items, start=1):
        if isinstance(item, str):
            out.add(item, default_label, number)
        elif isinstance(item, dict):
            value = item.get("pdq", item.get("hash", item.get("signal_value")))
            if value is None and item.get("kind") == "video":
                out.skipped.append((number, "a video (vPDQ frames are not bank entries)"))
                continue
            label = next((item[c] for c in LABEL_COLUMNS if item.get(c) not in (None, "")), default_label)
            out.add(value, label, number)
        else:
            out.skipped.append((number, "not a hash or an object"))
    return out
