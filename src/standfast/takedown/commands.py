"""Takedown commands: ``hash``, ``hashes export``, ``scan`` and ``bank create|import|export|match``.

JSON output (``--json``) is one object per line and nothing else on stdout; human output ends with
the calm crisis-line pointer. Images are never printed, copied or exported by these commands.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from standfast import clikit
from standfast.clikit import console, print_json_line
from standfast.errors import InputError, UsageError

hashes_app = typer.Typer(help="Export a case's hash lists (never the images).", no_args_is_help=True)
bank_app = typer.Typer(help="A bank of millions of PDQ hashes: create, import, export, match.",
                       no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("hash")(hash_command)
    app.add_typer(hashes_app, name="hashes")
    app.command("scan")(scan_command)
    app.add_typer(bank_app, name="bank")


def _footer() -> None:
    console.print()
    console.print(clikit.CRISIS_FOOTER, markup=False, highlight=False)


def _out(text: str) -> None:
    console.print(text, markup=False, highlight=False, soft_wrap=True)


# -- hash ---------------------------------------------------------------------------------------
def hash_command(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to hash.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per file, one per line.")] = False,
    case: Annotated[str | None, typer.Option("--case", help="Record the hashes on this case.")] = None,
    in_place: Annotated[bool, typer.Option(
        "--in-place", help="With --case: keep only the hashes; the files are never copied into the vault."
    )] = False,
    all_frames: Annotated[bool, typer.Option("--all-frames", help="Hash every frame of animated GIF/WebP.")] = False,
    fast: Annotated[bool, typer.Option(
        "--fast", help="Decode big JPEGs at reduced size: ~4x faster, hash may differ by a few bits."
    )] = False,
) -> None:
    """Make PDQ, MD5 and SHA-256 hashes of images (vPDQ for videos) on this computer.

    Nothing is uploaded. With --case CASE and no PATH, hashes the images and videos already in the case.
    """
    if case is not None:
        _hash_for_case(case, paths or [], in_place=in_place, as_json=as_json)
        return
    if not paths:
        raise UsageError("Give at least one file or folder to hash (or --case CASE).")
    if in_place:
        raise UsageError("--in-place records hashes on a case: add --case CASE.")
    from standfast.takedown.hashing import hash_paths

    missing = [p for p in paths if not p.exists()]
    if missing:
        raise InputError(f"{missing[0]} does not exist.")
    start, count, problems = time.perf_counter(), 0, 0
    for res in hash_paths(paths, workers=2, all_frames=all_frames, fast=fast):
        count += 1
        problems += res.error is not None
        if as_json:
            print_json_line(res.to_dict())
        else:
            _print_result(res)
    if not as_json:
        took = time.perf_counter() - start
        rate = f", {count / took:.1f} files/s" if took > 0 and count > 1 else ""
        _out(f"\n{count} file(s) hashed{rate}; {problems} could not be hashed." if problems
             else f"\n{count} file(s) hashed{rate}.")
        _out("The images stayed on this computer. Hashes cannot be turned back into images.")
        _footer()


def _print_result(res: object) -> None:
    from standfast.takedown.hashing import HashResult

    assert isinstance(res, HashResult)
    _out(f"{res.path}  [{res.kind}]")
    if res.error:
        _out(f"  could not hash: {res.error}")
    if res.pdq:
        note = "  (low quality: not reliable for matching)" if res.unreliable else ""
        drift = "  (fast decode)" if not res.exact else ""
        _out(f"  PDQ     {res.pdq}  quality {res.quality}{note}{drift}")
    if res.vpdq:
        _out(f"  vPDQ    {len(res.vpdq)} frame hashes (one per second)")
    if res.md5:
        _out(f"  MD5     {res.md5}")
        _out(f"  SHA-256 {res.sha256}")


def _hash_for_case(case_ref: str, paths: list[Path], *, in_place: bool, as_json: bool) -> None:
    from standfast.services import takedown as takedown_service

    with clikit.open_vault() as vault:
        case = vault.get_case(case_ref)
        if not paths:
            rows = takedown_service.hash_case(vault, case.id)
            for row in rows:
                if as_json:
                    print_json_line(_row_json(row))
                else:
                    _print_row(row)
            if not as_json:
                _out(f"\n{len(rows)} image(s)/video(s) of case {case.id} have hashes.")
                _footer()
            return
        done = takedown_service.hash_files(vault, case.id, paths, in_place=in_place)
    if done.forced and not as_json:
        _out("This is a minor's case: the images are hashed where they are and never copied.")
    for row in done.rows:
        if as_json:
            print_json_line(_row_json(row))
        else:
            _print_row(row)
    if not as_json:
        _out("\nOnly the hashes were recorded. The images were not copied into the vault.")
        if done.audiences == ("minor",):
            from standfast.takedown.export import explain_services

            for line in explain_services("minor"):
                _out(line)
            _out("`standfast hashes export CASE --format csv --to FILE` writes them to a file.")
        _footer()


def _row_json(row: dict[str, Any]) -> dict[str, Any]:
    out = {"path": row.get("path") or row.get("name"), "case_item": row.get("item_id")}
    out.update({k: row.get(k) for k in ("kind", "pdq", "quality", "md5", "sha256", "vpdq", "unreliable")})
    if row.get("error"):
        out["error"] = row["error"]
    if row.get("note"):
        out["note"] = row["note"]
    return out


def _print_row(row: dict[str, Any]) -> None:
    name = row.get("path") or row.get("name")
    if row.get("error") and not row.get("pdq") and not row.get("vpdq"):
        _out(f"{name}: {row['error']}")
        return
    if row.get("note"):
        _out(f"{name}: {row['note']}")
        return
    _out(f"{name}  [{row.get('kind')}]  item {row.get('item_id')}")
    if row.get("pdq"):
        note = "  (low quality: not reliable for matching)" if row.get("unreliable") else ""
        _out(f"  PDQ     {row['pdq']}  quality {row.get('quality')}{note}")
    if row.get("vpdq"):
        _out(f"  vPDQ    {len(row['vpdq'])} frame hashes")
    _out(f"  MD5     {row.get('md5')}")


# -- hashes export ------------------------------------------------------------------------------
@hashes_app.command("export")
def hashes_export(
    case: Annotated[str, typer.Argument(help="Case id (or unique start of it).")],
    fmt: Annotated[str, typer.Option("--format", help="csv, json or te (ThreatExchange: 'pdq <hex>' lines).")],
    to: Annotated[Path, typer.Option("--to", help="File to write.")],
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
) -> None:
    """Write the case's hashes to a file for StopNCII / Take It Down helpers or a helpline."""
    from standfast.services import takedown as takedown_service
    from standfast.takedown.export import explain_services

    with clikit.open_vault() as vault:
        c = vault.get_case(case)
        count = takedown_service.write_hash_list_file(vault, c.id, fmt, to, force=force)
        age = c.age_group
    _out(f"Wrote {count} hash(es) of case {c.id} to {to} ({fmt}). No images are in this file.")
    for line in explain_services(age):
        _out(line)
    _footer()


# -- scan ---------------------------------------------------------------------------------------
def scan_command(
    case: Annotated[str, typer.Argument(help="Case id (or unique start of it).")],
    folder: Annotated[Path, typer.Argument(help="Folder to look through (e.g. downloaded copies).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per match, one per line.")] = False,
    max_distance: Annotated[int, typer.Option("--max-distance", help="Largest PDQ distance that counts.")] = 31,
    add: Annotated[bool, typer.Option("--add", help="Add the matching files to the case as evidence.")] = False,
    exact: Annotated[bool, typer.Option("--exact", help="Decode every image at full size (slower).")] = False,
) -> None:
    """Find copies of the case's images and videos in a folder, including rotated and flipped ones."""
    from standfast.services import takedown as takedown_service

    stats: dict[str, int] = {}
    with clikit.open_vault() as vault:
        matches = takedown_service.scan(vault, case, folder, add=add, max_distance=max_distance, fast=not exact,
                                        stats=stats)
    if as_json:
        for m in matches:
            print_json_line(m.to_dict())
        return
    for m in matches:
        how = {"sha256": "identical file", "vpdq": "video frames"}.get(m.method, "similar image")
        turn = f", {m.transform}" if m.transform and m.transform != "original" else ""
        added = f"  -> added as item {m.added_item}" if m.added_item else ""
        # (the path whole on its line, never wrapped: it is copied from here to find the file)
        console.print(escape(m.path), highlight=False, soft_wrap=True)
        console.print(f"  matches {escape(str(m.case_name))} (item {m.case_item}): "
                      f"{how}, distance {m.distance}{escape(turn)}{added}", highlight=False)
    _out(f"\nLooked at {stats.get('files', 0)} file(s): {len(matches)} match(es).")
    if stats.get("low_quality"):
        _out(f"{stats['low_quality']} image(s) had too little detail to compare reliably.")
    if stats.get("unreadable"):
        _out(f"{stats['unreadable']} file(s) could not be read.")
    if matches and not add:
        _out("To keep them as evidence of distribution, run the scan again with --add.")
    _footer()


# -- bank ---------------------------------------------------------------------------------------
@bank_app.command("create")
def bank_create(
    path: Annotated[Path, typer.Argument(help="Folder for the new bank.")],
    name: Annotated[str | None, typer.Option("--name", help="A name for the bank.")] = None,
) -> None:
    """Create an empty hash bank."""
    from standfast.takedown.bank import HashBank

    with HashBank.create(path, name=name) as bank:
        _out(f"Created an empty hash bank at {bank.path}.")


@bank_app.command("import")
def bank_import(
    path: Annotated[Path, typer.Argument(help="The bank folder.")],
    files: Annotated[list[Path], typer.Argument(help="Hash lists (csv, json, te) or images/folders.")],
    fmt: Annotated[str | None, typer.Option("--format", help="csv, json or te (default: recognised).")] = None,
    label: Annotated[str | None, typer.Option("--label", help="Label for hashes that have none.")] = None,
) -> None:
    """Add hashes to a bank from hash lists, or hash images and add their PDQ hashes."""
    from standfast.takedown.bank import HashBank
    from standfast.takedown.hashing import hash_paths
    from standfast.takedown.hashlist import read_hash_list

    hexes: list[str] = []
    labels: list[str | None] = []
    skipped = 0
    media: list[Path] = []
    for f in files:
        if not f.exists():
            raise InputError(f"{f} does not exist.")
        if f.is_dir() or not _is_text_list(f):
            media.append(f)
            continue
        parsed = read_hash_list(f, fmt)
        hexes += parsed.hashes
        labels += [x or label for x in parsed.labels]
        skipped += len(parsed.skipped)
    for res in hash_paths(media, workers=2):
        if res.pdq and not res.unreliable:
            hexes.append(res.pdq)
            labels.append(label or Path(res.path).name)
        else:
            skipped += 1
    with HashBank.open(path) as bank:
        added = bank.add(hexes, labels if any(labels) else None)
        total = len(bank)
    _out(f"Added {added} hash(es); the bank now holds {total}.")
    if skipped:
        _out(f"{skipped} line(s) or file(s) were skipped (not valid or not reliable PDQ hashes).")


def _is_text_list(path: Path) -> bool:
    from standfast.takedown.hashing import sniff_mime

    if path.suffix.lower() in (".csv", ".json", ".txt", ".te", ".tsv"):
        return True
    with open(path, "rb") as fh:
        return sniff_mime(fh.read(8192)).startswith(("text/", "application/json", "application/csv"))


@bank_app.command("export")
def bank_export(
    path: Annotated[Path, typer.Argument(help="The bank folder.")],
    fmt: Annotated[str, typer.Option("--format", help="te, csv, json or faiss (IndexBinaryFlat file).")],
    to: Annotated[Path, typer.Option("--to", help="File to write.")],
) -> None:
    """Write all hashes of a bank to a file."""
    from standfast.takedown.bank import HashBank, write_faiss_index
    from standfast.takedown.export import write_hash_list
    from standfast.takedown.pdq import array_to_hexes

    with HashBank.open(path) as bank:
        if fmt == "faiss":
            write_faiss_index(bank, to)
        elif fmt in ("te", "csv", "json"):
            rows = [{"pdq": h, "name": lab} for h, lab in
                    zip(array_to_hexes(bank.codes()), bank.labels(), strict=True)]
            to.write_text(write_hash_list(rows, fmt, str(bank.meta.get("name", ""))), encoding="utf-8")
        else:
            raise UsageError("--format must be te, csv, json or faiss.")
        _out(f"Wrote {len(bank)} hash(es) to {to}.")


@bank_app.command("match")
def bank_match(
    path: Annotated[Path, typer.Argument(help="The bank folder.")],
    items: Annotated[list[str], typer.Argument(help="PDQ hashes (64 hex), images, or hash-list files.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per match, one per line.")] = False,
    max_distance: Annotated[int, typer.Option("--max-distance", help="Largest distance that counts.")] = 31,
) -> None:
    """Look up hashes (or images, hashed on the fly) in a bank."""
    from standfast.takedown.bank import HashBank
    from standfast.takedown.hashing import hash_paths
    from standfast.takedown.hashlist import read_hash_list
    from standfast.takedown.pdq import is_pdq_hex

    queries: list[tuple[str, str]] = []  # (what the user gave, hex)
    files: list[Path] = []
    for item in items:
        value = item.strip().lower()
        if is_pdq_hex(value):
            queries.append((item, value))
        elif Path(item).exists():
            files.append(Path(item))
        else:
            raise InputError(f"{item!r} is neither a PDQ hash (64 hex digits) nor a file.")
    for res in hash_paths(files, workers=2):
        if res.pdq:
            queries.append((res.path, res.pdq))
        elif res.kind == "other" and not res.error:
            queries += [(f"{res.path}:{n + 1}", h) for n, h in enumerate(read_hash_list(Path(res.path)).hashes)]
    with HashBank.open(path) as bank:
        start = time.perf_counter()
        found = bank.match([h for _, h in queries], radius=max_distance)
        took = (time.perf_counter() - start) * 1000
    total = 0
    for (given, qhex), row in zip(queries, found, strict=True):
        for m in row:
            total += 1
            if as_json:
                print_json_line({"query": given, "query_pdq": qhex, "bank_index": m.index,
                                 "pdq": m.pdq, "distance": m.distance, "label": m.label})
            else:
                lab = f"  ({m.label})" if m.label else ""
                _out(f"{given}: bank hash #{m.index} {m.pdq} distance {m.distance}{lab}")
    if not as_json:
        _out(f"{total} match(es) for {len(queries)} quer(ies) in {took:.1f} ms.")
