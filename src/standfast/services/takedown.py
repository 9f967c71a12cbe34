"""Takedown: hash a case's images and videos, hash files in place (never copied), scan a folder for
copies, and hand out hash lists. A minor's files are always hashed in place (the policy says so);
which services fit the case (Take It Down / NCMEC, StopNCII) comes from the policy too."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from standfast import safeguarding
from standfast.errors import InputError, UsageError
from standfast.services.cases import get_case

if TYPE_CHECKING:
    from standfast.vault.vault import Vault


@dataclass(frozen=True)
class HashedFiles:
    rows: list[dict[str, Any]]
    in_place: bool  # always True: files given here are never copied
    forced: bool  # a minor's case: in place although not asked for
    audiences: tuple[str, ...]


def audiences(vault: Vault, case_ref: str) -> tuple[str, ...]:
    return safeguarding.takedown_audiences(safeguarding.CaseFacts.of(get_case(vault, case_ref)))


def hash_case(vault: Vault, case_ref: str) -> list[dict[str, Any]]:
    """Hash the case's stored images and videos not hashed yet; returns all the case's hashes."""
    from standfast.takedown.store import hash_case_items

    return hash_case_items(vault, get_case(vault, case_ref).id)


def hash_files(vault: Vault, case_ref: str, paths: list[Path], *, in_place: bool) -> HashedFiles:
    """Record the hashes of files on this computer without copying them into the vault."""
    from standfast.takedown.store import hash_in_place

    case = get_case(vault, case_ref)
    facts = safeguarding.CaseFacts.of(case)
    forced = safeguarding.hash_in_place_required(facts) and not in_place
    if not in_place and not forced:
        raise UsageError(
            "To keep these files as evidence, add them first (`standfast add CASE PATH`) and run "
            "`standfast hash --case CASE`. To record only their hashes, add --in-place."
        )
    rows: list[dict[str, Any]] = []
    for path in paths:
        if not Path(path).exists():
            raise InputError(f"{path} does not exist.")
        rows += hash_in_place(vault, case.id, Path(path).expanduser())
    return HashedFiles(rows, True, forced, safeguarding.takedown_audiences(facts))


def scan(vault: Vault, case_ref: str, folder: Path, *, add: bool = False, max_distance: int = 31,
         fast: bool = True, stats: dict[str, int] | None = None) -> list[Any]:
    """Find copies of the case's images in a folder; ``add`` keeps them (a minor's: hashes only)."""
    from standfast.takedown.scan import scan_folder

    return scan_folder(vault, get_case(vault, case_ref).id, Path(folder), max_distance=max_distance,
                       add_matches=add, fast=fast, stats=stats)


def hash_list(vault: Vault, case_ref: str, fmt: str) -> str:
    """The case's hashes as a list for StopNCII / Take It Down helpers (never images); logged."""
    from standfast.takedown.export import FORMATS, write_hash_list
    from standfast.takedown.store import case_hashes

    if fmt not in FORMATS:
        raise UsageError(f"The format must be one of {', '.join(FORMATS)}.")
    case = get_case(vault, case_ref)
    text = write_hash_list(case_hashes(vault, case.id), fmt, case.id)
    with vault.transaction() as s:
        vault.log(s, "takedown.hash_list_downloaded", case_id=case.id, details={"format": fmt})
    return text


def write_hash_list_file(vault: Vault, case_ref: str, fmt: str, to: Path, *, force: bool = False) -> int:
    """Write the hash list to a file (complete or not at all). Returns how many hashes."""
    from standfast.takedown.export import FORMATS, write_hash_list
    from standfast.takedown.store import case_hashes, hash_case_items

    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}.")
    to = Path(to)
    if to.exists() and not force:
        raise UsageError(f"{to} already exists. Choose another name or add --force.")
    case = get_case(vault, case_ref)

    hash_case_items(vault, case.id)
    rows = case_hashes(vault, case.id)
    if not rows:
        raise UsageError("This case has no hashed images or videos yet.")
    tmp = to.with_name(to.name + ".part")
    tmp.write_text(write_hash_list(rows, fmt, case.id), encoding="utf-8")
    tmp.replace(to)
    with vault.transaction() as s:
        vault.log(s, "takedown.hashes_exported", case_id=case.id,
                  details={"format": fmt, "to": str(to), "hashes": len(rows)})
    return len(rows)
