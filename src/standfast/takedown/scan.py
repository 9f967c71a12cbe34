"""Find copies of a case's images and videos in a folder (e.g. downloads from a site where they appeared).

A file found in the folder matches a case item when

* its SHA-256 is the same (a byte-identical copy; distance 0), or
* its PDQ hash is within ``max_distance`` bits (31 by default, Meta's threshold) of any of the 8
  dihedral variants of the case image - so rotated, mirrored and re-oriented (EXIF) copies match
  too - or of a frame of a case video (a screenshot of the video), or
* it is a video and at least 80% of its vPDQ frames are within ``max_distance`` of the case video's
  frames (the query-match threshold ThreatExchange uses for vPDQ).

Images with quality below 50 are not compared by PDQ (the reference says their hashes are not
reliable: flat or tiny images all look alike); byte-identical copies are still found.

With ``add_matches=True`` every matched file is added to the case as evidence of distribution.
In a minor's case a matched copy is never stored: it is hashed in place like the original.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from standfast.errors import InputError, UsageError
from standfast.takedown.hashing import HashResult, hash_paths
from standfast.takedown.pdq import MATCH_THRESHOLD, MIN_RELIABLE_QUALITY, distance_matrix, hexes_to_array
from standfast.takedown.store import IN_PLACE_REASON, case_hashes, hash_case_items

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

#: A found video matches when this share of its (reliable) frames match the case video.
VPDQ_QUERY_MATCH = 0.80


@dataclass
class Match:
    """A file in the scanned folder that is a copy or near-copy of a case item."""

    case_item: str
    path: str
    distance: int
    method: str  # 'sha256' | 'pdq' | 'vpdq'
    transform: str | None = None  # which dihedral variant (or video frame) matched
    case_name: str | None = None
    kind: str | None = None
    pdq: str | None = None
    sha256: str | None = None
    added_item: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Refs:
    codes: np.ndarray  # (n, 32) uint8: every reference hash (8 dihedral variants per image, video frames)
    owner: list[str]  # item id for each code
    transform: list[str]
    by_sha: dict[str, list[str]]
    videos: dict[str, np.ndarray]  # item id -> reliable frame codes
    names: dict[str, str]


def _references(rows: list[dict[str, Any]]) -> _Refs:
    hexes: list[str] = []
    owner: list[str] = []
    transform: list[str] = []
    by_sha: dict[str, list[str]] = {}
    videos: dict[str, np.ndarray] = {}
    names: dict[str, str] = {}
    for row in rows:
        item = row["item_id"]
        names[item] = row.get("name") or item
        if row.get("sha256"):
            by_sha.setdefault(row["sha256"], []).append(item)
        if row.get("pdq") and not row.get("unreliable"):
            variants = row.get("dihedral") or {"original": row["pdq"]}
            for name, value in variants.items():
                hexes.append(value)
                owner.append(item)
                transform.append(name)
        frames = [f for f in row.get("vpdq") or [] if f.get("quality", 0) >= MIN_RELIABLE_QUALITY]
        if frames:
            videos[item] = hexes_to_array(f["pdq"] for f in frames)
            for f in frames:
                hexes.append(f["pdq"])
                owner.append(item)
                transform.append(f"frame {f.get('timestamp', 0):g}s"[:16])
    return _Refs(hexes_to_array(hexes), owner, transform, by_sha, videos, names)


def _min_distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """For each row of a, the smallest Hamming distance to any row of b (chunked to bound memory)."""
    out = np.empty(len(a), dtype=np.int32)
    for start in range(0, len(a), 256):
        out[start:start + 256] = distance_matrix(a[start:start + 256], b).min(axis=1)
    return out


def _image_matches(res: HashResult, refs: _Refs, max_distance: int) -> list[Match]:
    if not res.pdq or not len(refs.codes):
        return []
    dist = distance_matrix(hexes_to_array([res.pdq]), refs.codes)[0]
    best: dict[str, tuple[int, str]] = {}
    for i in np.flatnonzero(dist <= max_distance):
        item, d = refs.owner[i], int(dist[i])
        if item not in best or d < best[item][0]:
            best[item] = (d, refs.transform[i])
    return [
        Match(item, res.path, d, "pdq", t, refs.names[item], res.kind, res.pdq, res.sha256)
        for item, (d, t) in best.items()
    ]


def _video_matches(res: HashResult, refs: _Refs, max_distance: int) -> list[Match]:
    frames = [f for f in res.vpdq or [] if f["quality"] >= MIN_RELIABLE_QUALITY]
    if not frames or not refs.videos:
        return []
    query = hexes_to_array(f["pdq"] for f in frames)
    found = []
    for item, target in refs.videos.items():
        best = _min_distances(query, target)
        hits = best <= max_distance
        if hits.mean() >= VPDQ_QUERY_MATCH:
            found.append(Match(item, res.path, int(np.median(best[hits])), "vpdq", None,
                               refs.names[item], res.kind, None, res.sha256))
    return found


def scan_folder(
    vault: Vault,
    case_id: str,
    folder: Path | str,
    *,
    max_distance: int = MATCH_THRESHOLD,
    add_matches: bool = False,
    workers: int = 2,
    fast: bool = True,
    stats: dict[str, int] | None = None,
) -> list[Match]:
    """Compare every file under ``folder`` with the case's hashed images and videos.

    ``fast`` decodes big JPEGs in the folder at reduced size (a few bits of drift, ~4x faster);
    the case's own hashes are always exact. ``stats`` (if given) receives counts for the summary.
    """
    if not 0 <= max_distance <= 128:
        raise UsageError("--max-distance must be between 0 and 128 (31 is the usual PDQ threshold).")
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{root} is not a folder.")
    case = vault.get_case(case_id)
    rows = hash_case_items(vault, case.id)
    if not rows:
        raise UsageError(
            "This case has no hashed images or videos to look for. Add them first "
            "(`standfast add`), or record a minor's images with `standfast hash PATH --case CASE --in-place`."
        )
    refs = _references(rows)
    counts = {"files": 0, "compared": 0, "low_quality": 0, "unreadable": 0, "matches": 0}
    matches: list[Match] = []
    results: dict[str, HashResult] = {}
    for res in hash_paths([root], workers=workers, fast=fast):
        counts["files"] += 1
        found: list[Match] = []
        same = refs.by_sha.get(res.sha256 or "")
        if same:
            found = [Match(item, res.path, 0, "sha256", None, refs.names[item], res.kind, res.pdq, res.sha256)
                     for item in same]
        elif res.error:
            counts["unreadable"] += 1
        elif res.kind == "image" and res.pdq:
            if res.unreliable:
                counts["low_quality"] += 1
            else:
                counts["compared"] += 1
                found = _image_matches(res, refs, max_distance)
        elif res.kind == "video" and res.vpdq:
            counts["compared"] += 1
            found = _video_matches(res, refs, max_distance)
        if found:
            results[res.path] = res
            matches.extend(found)
    matches.sort(key=lambda m: (m.path, m.distance, m.case_item))
    counts["matches"] = len(matches)
    if add_matches and matches:
        _add_matches(vault, case, matches, results)
    if stats is not None:
        stats.update(counts)
    return matches


def _add_matches(vault: Vault, case: Any, matches: list[Match], results: dict[str, HashResult]) -> None:
    from standfast import safeguarding
    from standfast.takedown.models import TakedownMatch
    from standfast.vault.db import utcnow

    policy_case = safeguarding.CaseFacts.of(case)
    intimate_items = {row["item_id"] for row in case_hashes(vault, case.id) if row.get("intimate")}
    added: dict[str, str] = {}
    stored: dict[str, bool] = {}
    for m in matches:
        if m.path not in added:
            res = results[m.path]
            intimate = any(x.case_item in intimate_items for x in matches if x.path == m.path)
            # A copy found in a folder was not looked at: in a minor's case it is hashed, never copied.
            found = safeguarding.ItemFacts(media=True, intimate=intimate, reviewed=False)
            by_hash = safeguarding.storage(policy_case, found).hashes_only
            stored[m.path] = not by_hash
            if by_hash:
                item = vault.add_hash_only(
                    case.id, name=Path(m.path).name, sha256=res.sha256 or "", md5=res.md5 or "",
                    size=res.size or 0, mime=res.mime or "application/octet-stream",
                    metadata={"found_by_scan": True, "pdq": res.pdq, "quality": res.quality,
                              "width": res.width, "height": res.height},
                    reason=IN_PLACE_REASON, original_path=str(Path(m.path).absolute()), intimate=True,
                )
                added[m.path] = item.id
            else:
                result = vault.add_file(case.id, Path(m.path), source="scan_match", intimate=intimate)
                added[m.path] = result.item.id
        m.added_item = added[m.path]
        with vault.transaction() as s:
            s.add(TakedownMatch(
                case_id=case.id, case_item_id=m.case_item, found_path=m.path, found_sha256=m.sha256,
                found_pdq=m.pdq, distance=m.distance, method=m.method, transform=m.transform,
                added_item_id=m.added_item, found_at=utcnow(),
            ))
            vault.log(s, "takedown.scan_match", case_id=case.id, item_id=m.added_item,
                      details={"case_item": m.case_item, "distance": m.distance, "method": m.method,
                               "transform": m.transform, "found_path": m.path,
                               "bytes_stored": stored[m.path]})
