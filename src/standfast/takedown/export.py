"""Hash lists to hand to StopNCII / Take It Down helpers, helplines or platforms: never the images.

Three formats: CSV and JSON (with the case reference, quality and MD5/SHA-256), and a
ThreatExchange-style signal file (``pdq <hex>`` per line) that python-threatexchange and
hash-matching services read. What StopNCII (18+) and Take It Down (under 18) do with hashes is
taken from the sourced directory (``standfast.guide.directory``), never written here.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from standfast.errors import UsageError

FORMATS = ("csv", "json", "te")
CSV_COLUMNS = (
    "case_ref", "item_id", "name", "kind", "pdq", "quality", "unreliable", "md5", "sha256",
    "vpdq_frames", "width", "height", "mime",
)
#: Directory entries for hash-based removal services, by the age of the person in the image.
SERVICES = {"adult": "int-stopncii", "minor": "int-take-it-down"}


def write_hash_list(rows: Iterable[Mapping[str, Any]], fmt: str, case_ref: str) -> str:
    """The text of a hash list. Rows are dicts as returned by ``store.case_hashes``."""
    rows = list(rows)
    if fmt == "csv":
        return _csv(rows, case_ref)
    if fmt == "json":
        return _json(rows, case_ref)
    if fmt == "te":
        # Only PDQ lines: the signal-file format has no place for metadata, and MD5/SHA-256 of the
        # exact bytes are in the CSV/JSON lists.
        return "".join(f"pdq {r['pdq']}\n" for r in rows if r.get("pdq"))
    raise UsageError(f"Unknown format {fmt!r}: use csv, json or te.")


def _csv(rows: list[Mapping[str, Any]], case_ref: str) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                **{k: row.get(k) for k in CSV_COLUMNS},
                "case_ref": case_ref,
                "unreliable": "yes" if row.get("unreliable") else "no",
                "vpdq_frames": len(row["vpdq"]) if row.get("vpdq") else "",
                "name": _safe_cell(str(row.get("name") or "")),
            }
        )
    return buf.getvalue()


def _safe_cell(text: str) -> str:
    # A file name starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _json(rows: list[Mapping[str, Any]], case_ref: str) -> str:
    keys = ("item_id", "name", "kind", "pdq", "quality", "unreliable", "md5", "sha256", "vpdq",
            "width", "height", "mime", "exact", "hashed_in_place")
    doc = {
        "format": "standfast-hash-list",
        "version": 1,
        "case_ref": case_ref,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "contains_images": False,
        "signal_type": "pdq (Meta PDQ, 256-bit, hex) / video: vPDQ frames",
        "match_threshold": 31,
        "services": service_facts(),
        "hashes": [{k: row.get(k) for k in keys if k in row} for row in rows],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def service_facts() -> dict[str, dict[str, Any]]:
    """Name, URL, what it does, sources and check date of StopNCII and Take It Down, or {}."""
    try:
        from standfast.guide.directory import get_entry
    except ImportError:  # the guide concern is not installed: say nothing rather than invent
        return {}
    facts: dict[str, dict[str, Any]] = {}
    for audience, entry_id in SERVICES.items():
        try:
            entry = get_entry(entry_id)
        except Exception:  # entry removed from the directory: leave it out
            continue
        facts[audience] = {
            "id": entry.id,
            "name": entry.name,
            "url": entry.url,
            "for": "people under 18 in the image" if audience == "minor" else "adults (18+) in the image",
            "what_it_does": entry.what_for,
            "sources": list(entry.source),
            "checked": entry.checked.isoformat(),
        }
    return facts


def explain_services(age_group: str | None = None) -> list[str]:
    """Plain lines for the terminal: what the hash services do with hashes (sourced)."""
    facts = service_facts()
    order = ["minor", "adult"] if age_group == "minor" else ["adult", "minor"]
    if age_group in ("minor", "adult"):
        order = [age_group]
    lines = [
        "These files hold hashes only: short fingerprints that cannot be turned back into the images."
    ]
    for audience in order:
        fact = facts.get(audience)
        if not fact:
            continue
        lines.append(f"{fact['name']} ({fact['url']}), for {fact['for']}: {fact['what_it_does']}")
        lines.append(f"  (sources checked {fact['checked']}: {fact['sources'][0]})")
    if not facts:
        lines.append("See `standfast help` for the services that accept image hashes.")
    return lines
