"""Vault commands: init, passphrase, cases, adding evidence, item status, verify, export."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, MofNCompleteColumn, Progress, TextColumn, TransferSpeedColumn
from rich.table import Table

from standfast import clikit
from standfast.clikit import console, err_console, print_json_line
from standfast.errors import UsageError, VaultError
from standfast.services import cases as case_service
from standfast.services import evidence as evidence_service
from standfast.vault.fsutil import iter_tree

case_app = typer.Typer(help="Create, list, show and close cases.", no_args_is_help=True)
item_app = typer.Typer(help="Look at and change the status of one evidence item.", no_args_is_help=True)
pass_app = typer.Typer(help="Change the passphrase, or use the recovery key.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.add_typer(case_app, name="case")
    app.command("add")(add)
    app.command("note")(note)
    app.command("url")(url)
    app.command("items")(items)
    app.add_typer(item_app, name="item")
    from standfast.vault import check_commands

    check_commands.register(app)  # verify, quarantine
    from standfast.vault import export_commands

    export_commands.register(app)  # export, verify-export, timestamp, key fingerprint
    app.command("delete")(delete)
    app.command("log")(custody_log)
    app.add_typer(pass_app, name="passphrase")


# -- vault --------------------------------------------------------------------------------------
def init() -> None:
    """Create a new, encrypted vault. Prints a recovery key once: keep it somewhere safe."""
    path = clikit.vault_path()
    if (path / "vault.json").exists():
        raise VaultError(f"There is already a vault in {path}.")
    from standfast.vault.vault import Vault

    passphrase = clikit.read_passphrase(confirm=True, prompt="Choose a passphrase for the vault")
    vault, recovery = Vault.create(path, passphrase, actor=clikit.state().actor)
    vault.close()
    console.print(f"Your vault is ready at [bold]{escape(str(path))}[/bold].")
    console.print("\nRecovery key — write it down or print it, and keep it somewhere safe.")
    console.print("If you forget your passphrase, this key is the only way back to your evidence.")
    console.print("It is shown only this once.\n")
    console.print(f"    [bold]{recovery}[/bold]\n", highlight=False)


@pass_app.command("change")
def passphrase_change() -> None:
    """Choose a new passphrase. The evidence stays as it is; only the key wrapping changes."""
    with clikit.open_vault() as vault:
        new = _new_passphrase()
        vault.change_passphrase(new)
    console.print("Passphrase changed. Your recovery key still works.")


@pass_app.command("recover")
def passphrase_recover(
    recovery_key_file: Annotated[Path | None, typer.Option(help="File holding the recovery key.")] = None,
) -> None:
    """Forgot the passphrase? Open the vault with the recovery key and choose a new passphrase."""
    if recovery_key_file is not None:
        key = recovery_key_file.read_text(encoding="utf-8").strip()
    elif os.environ.get("STANDFAST_RECOVERY_KEY"):
        key = os.environ["STANDFAST_RECOVERY_KEY"]
    else:
        key = typer.prompt("Recovery key", hide_input=True)
    from standfast.vault.vault import Vault

    vault = Vault.open_with_recovery_key(clikit.vault_path(), key, actor=clikit.state().actor)
    try:
        vault.change_passphrase(_new_passphrase())
    finally:
        vault.close()
    console.print("You can open the vault with your new passphrase now.")


def _new_passphrase() -> str:
    env = os.environ.get("STANDFAST_NEW_PASSPHRASE")
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise UsageError("Set STANDFAST_NEW_PASSPHRASE to give the new passphrase when not at a terminal.")
    first: str = typer.prompt("New passphrase", hide_input=True)
    if first != typer.prompt("Type it again", hide_input=True):
        raise UsageError("The two passphrases are different. Nothing was changed.")
    return first


# -- cases --------------------------------------------------------------------------------------
@case_app.command("new")
def case_new(
    title: Annotated[str, typer.Option("--title", help="A few words to recognise the case.")],
    country: Annotated[str | None, typer.Option(help="Country code, e.g. US, GB, DE (ISO 3166).")] = None,
    age: Annotated[str, typer.Option(help="minor, adult or unknown: the age of the person targeted.")] = "unknown",
    platform: Annotated[list[str] | None, typer.Option(help="Platform involved (repeatable).")] = None,
) -> None:
    """Create a case. Prints the new case id on the last line."""
    with clikit.open_vault() as vault:
        case = case_service.create_case(vault, title=title, country=country, age=age, platforms=platform or [])
    err_console.print(f"Case created: {escape(case.title)}")
    sys.stdout.write(case.id + "\n")


@case_app.command("list")
def case_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the cases in the vault."""
    with clikit.open_vault() as vault:
        cases = vault.list_cases()
        counts = {c.id: vault.count_items(c.id) for c in cases}
    if as_json:
        sys.stdout.write(json.dumps([{**c.to_json(), "items": counts[c.id]} for c in cases], ensure_ascii=False)
                         + "\n")
        return
    table = Table("id", "title", "country", "age", "status", "items", "created (UTC)")
    for c in cases:
        table.add_row(c.id, escape(c.title), c.country or "", c.age_group, c.status, str(counts[c.id]),
                      c.created_at.strftime("%Y-%m-%d %H:%M"))
    console.print(table if cases else "No cases yet. Start one with `standfast case new --title ...`.")


@case_app.command("show")
def case_show(case: str, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Show one case and its evidence."""
    with clikit.open_vault() as vault:
        c = vault.get_case(case)
        its = vault.list_items(c.id, include_withdrawn=True)
    if as_json:
        print_json_line({**c.to_json(), "items": [i.to_json() for i in its]})
        return
    console.print(f"[bold]{escape(c.title)}[/bold]  ({c.id})  {c.country or ''}  age: {c.age_group}  "
                  f"status: {c.status}")
    if c.platforms:
        console.print("Platforms: " + ", ".join(c.platforms))
    _print_items(its)


@case_app.command("set")
def case_set(
    case: str,
    age: Annotated[str | None, typer.Option(help="minor, adult or unknown: the age of the person targeted.")] = None,
    country: Annotated[str | None, typer.Option(help="Country code, e.g. US, GB, DE (ISO 3166).")] = None,
    title: Annotated[str | None, typer.Option("--title", help="A few words to recognise the case.")] = None,
) -> None:
    """Change a case's age, country or title. The age decides how images are kept and shared."""
    with clikit.open_vault() as vault:
        done = case_service.update_case(vault, case, age=age, country=country, title=title)
    c = done.case
    console.print(f"Case {c.id}: age {c.age_group}, country {c.country or '-'}, title {escape(c.title)}.",
                  highlight=False)
    if c.age_group == "minor":
        console.print("This case is about someone under 18: explicit images are hashed where they are, never "
                      "copied, and never shown or exported.", highlight=False)
    if done.newly_guarded:
        console.print(f"{done.newly_guarded} item(s) already in the vault are now hidden and kept out of exports. "
                      "If they are explicit images, remove their bytes with `standfast delete CASE ITEM --purge "
                      "--yes` (their hashes stay).", highlight=False)


@case_app.command("close")
def case_close(case: str) -> None:
    """Close a case (its evidence stays; nothing more can be added until reopened)."""
    _set_case_status(case, "closed")


@case_app.command("reopen")
def case_reopen(case: str) -> None:
    """Reopen a closed case."""
    _set_case_status(case, "open")


def _set_case_status(ref: str, status: str) -> None:
    with clikit.open_vault() as vault:
        c = case_service.set_status(vault, ref, status)
    console.print(f"Case {c.id} is {status}.")


# -- evidence -----------------------------------------------------------------------------------
def _total_bytes(paths: list[Path]) -> tuple[int, int]:
    total = count = 0
    for p in paths:
        try:
            st = p.lstat()
        except OSError:
            continue
        if stat.S_ISDIR(st.st_mode):
            for _q, qst in iter_tree(p, on_error=lambda *_: None):
                if stat.S_ISREG(qst.st_mode):
                    total += qst.st_size
                    count += 1
        elif stat.S_ISREG(st.st_mode):
            total += st.st_size
            count += 1
    return total, count


def add(
    case: str,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (folders are added with everything in them).")],
    intimate: Annotated[bool, typer.Option(help="Mark these items intimate: blurred, left out of exports.")] = False,
    source: Annotated[str, typer.Option(help="Where the files came from (recorded).")] = "file",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per added item.")] = False,
) -> None:
    """Add files and folders to a case: stored byte for byte, encrypted, hashed, logged.

    In a minor's case, images and videos given with --intimate are hashed where they are, never copied."""
    added = dup = 0
    with clikit.open_vault() as vault:
        c = vault.get_case(case)
        total, count = _total_bytes(paths)
        with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                      MofNCompleteColumn(), console=err_console, transient=True,
                      disable=not err_console.is_terminal) as progress:
            bytes_task = progress.add_task("Adding evidence", total=total or None)
            items_task = progress.add_task("Files", total=count or None)

            def on_item(result: object) -> None:
                nonlocal added, dup
                progress.advance(items_task)
                if getattr(result, "duplicate_item", False):
                    dup += 1
                else:
                    added += 1
                if as_json:
                    r = result
                    print_json_line({**r.item.to_json(), "duplicate": r.duplicate_item})  # type: ignore[attr-defined]

            report = evidence_service.add_paths(vault, c.id, paths, intimate=intimate, source=source,
                                                progress=lambda n: progress.advance(bytes_task, n), on_item=on_item)
    for row in report.hashed_in_place:
        if as_json:
            print_json_line({"hashed_in_place": True, "case_item": row.get("item_id"), "path": row.get("path"),
                             "sha256": row.get("sha256"), "md5": row.get("md5"), "pdq": row.get("pdq")})
    for line in report.problems:
        err_console.print(f"Not added: {escape(line)}", highlight=False)
    msg = f"Added {added} item(s) to case {c.id}."
    if dup:
        msg += f" {dup} were already in this case."
    if report.hashed_in_place:
        msg += (f" {len(report.hashed_in_place)} image(s)/video(s) of someone under 18 were hashed where they are "
                "and never copied; report them to NCMEC or Take It Down with `standfast hashes export`.")
    err_console.print(msg)
    if report.problems:
        raise typer.Exit(1)


def note(case: str, text: Annotated[str, typer.Argument(help="The note ('-' reads it from standard input).")],
         title: Annotated[str | None, typer.Option(help="A short title.")] = None) -> None:
    """Add a written note to a case (kept encrypted, logged)."""
    body = sys.stdin.read() if text == "-" else text
    with clikit.open_vault() as vault:
        item = evidence_service.add_note(vault, case, body, title=title)
    console.print(f"Note saved as item {item.id}.")


def url(case: str, address: Annotated[str, typer.Argument(metavar="URL")],
        seen: Annotated[str, typer.Option(help="What you saw at this address.")] = "") -> None:
    """Record a web address: the URL, what you saw there, and when."""
    with clikit.open_vault() as vault:
        item = evidence_service.add_url(vault, case, address, what_seen=seen)
    console.print(f"Address saved as item {item.id}.")


def _print_items(its: list) -> None:  # type: ignore[type-arg]
    if not its:
        console.print("No evidence yet. Add files with `standfast add CASE PATH`.")
        return
    table = Table("id", "name", "type", "size", "sha256", "flags")
    for i in its:
        flags = ", ".join(f for f in ("intimate" if i.intimate else "", i.status if i.status != "active" else "",
                                      "hashes only" if i.kind == "hash_only" else "") if f)
        table.add_row(i.id, escape(i.original_name[:60]), i.mime, f"{i.size:,}", i.sha256[:16] + "…", flags)
    console.print(table)


def items(case: str, as_json: Annotated[bool, typer.Option("--json")] = False,
          all_items: Annotated[bool, typer.Option("--all", help="Include withdrawn and purged items.")] = False,
          ) -> None:
    """List a case's evidence items."""
    with clikit.open_vault() as vault:
        its = vault.list_items(vault.get_case(case).id, include_withdrawn=all_items)
    if as_json:
        for i in its:
            print_json_line(i.to_json())
    else:
        _print_items(its)


@item_app.command("show")
def item_show(item: str) -> None:
    """Show everything recorded about one item (not its content)."""
    with clikit.open_vault() as vault:
        print_json_line(vault.get_item(item).to_json())


@item_app.command("save")
def item_save(item: str, to: Annotated[Path, typer.Option("--to", help="Where to write the decrypted copy.")]) -> None:
    """Write a decrypted copy of one item to a file (logged in the custody chain)."""
    if to.exists():
        raise UsageError(f"{to} already exists; choose a new name.")
    with clikit.open_vault() as vault:
        evidence_service.save_copy(vault, item, to)
    console.print(f"Saved to {escape(str(to))}.")


@item_app.command("mark")
def item_mark(item: str, intimate: Annotated[bool, typer.Option("--intimate/--not-intimate")] = True) -> None:
    """Mark an item intimate (blurred everywhere, left out of exports) or not."""
    with clikit.open_vault() as vault:
        done = evidence_service.mark_intimate(vault, item, intimate)
    it = done.item
    console.print(f"Item {it.id} is {'marked intimate' if intimate else 'no longer marked intimate'}.")
    if done.hidden:
        console.print(f"It is not shown or exported: {done.reason}. Its bytes are still in the vault; remove them "
                      f"with `standfast delete {it.case_id} {it.id} --purge --yes` (its hashes stay).",
                      highlight=False)


@item_app.command("withdraw")
def item_withdraw(item: str, reason: Annotated[str, typer.Option(help="Why (kept in the custody log).")]) -> None:
    """Hide an item from lists and exports. Nothing is deleted; it can be restored."""
    with clikit.open_vault() as vault:
        it = evidence_service.withdraw(vault, item, reason)
    console.print(f"Item {it.id} is withdrawn. `standfast item restore {it.id}` brings it back.")


@item_app.command("restore")
def item_restore(item: str) -> None:
    """Bring back a withdrawn item."""
    with clikit.open_vault() as vault:
        it = evidence_service.restore(vault, item)
    console.print(f"Item {it.id} is back.")


@item_app.command("purge")
def item_purge(
    item: str,
    reason: Annotated[str, typer.Option(help="Why the bytes must go (kept in the custody log).")],
    yes: Annotated[bool, typer.Option("--yes", help="Confirm: the bytes are removed for good.")] = False,
) -> None:
    """Remove an item's bytes for good. Its record, hashes and the reason stay."""
    yes = _confirm_purge(yes)
    with clikit.open_vault() as vault:
        it = evidence_service.purge(vault, item, reason, confirmed=yes)
    console.print(f"Item {it.id} was purged. Its hashes and the reason are kept in the log.")


def _confirm_purge(yes: bool) -> bool:
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError("Purging removes the file for good. Add --yes to confirm.")
        typer.confirm("This removes the file for good (its hashes and record stay). Continue?", abort=True)
    return True


def delete(
    case: str,
    item: str,
    purge: Annotated[bool, typer.Option("--purge", help="Remove the bytes for good (its hashes and record "
                                        "stay). Needs --yes.")] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Confirm the purge.")] = False,
    reason: Annotated[str | None, typer.Option(help="Why (kept in the custody log).")] = None,
) -> None:
    """Delete an item: withdraw it (hidden, can be restored) or, with --purge --yes, remove its bytes."""
    if purge:
        yes = _confirm_purge(yes)
    with clikit.open_vault() as vault:
        it = evidence_service.delete_item(vault, case, item, purge_bytes=purge, confirmed=yes, reason=reason)
    if purge:
        console.print(f"Item {it.id} was purged. Its hashes and the reason are kept in the log.")
    else:
        console.print(f"Item {it.id} is withdrawn. `standfast item restore {it.id}` brings it back.")


def custody_log(case: Annotated[str | None, typer.Option(help="Only this case.")] = None,
                as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Show the custody log (who did what, when)."""
    from sqlalchemy import select

    from standfast.vault.models import CustodyEntry

    with clikit.open_vault() as vault:
        case_id = vault.get_case(case).id if case else None
        with vault.read() as s:
            q = select(CustodyEntry).order_by(CustodyEntry.seq)
            if case_id:
                q = q.where(CustodyEntry.case_id == case_id)
            entries = list(s.scalars(q))
    if as_json:
        for e in entries:
            print_json_line(e.to_json())
        return
    table = Table("#", "time (UTC)", "actor", "action", "case", "item", "hash")
    for e in entries:
        table.add_row(str(e.seq), e.time.strftime("%Y-%m-%d %H:%M:%S"), escape(e.actor), e.action,
                      e.case_id or "", e.item_id or "", e.hash[:12] + "…")
    console.print(table)
