"""Commands that check the vault and deal with what a check finds: ``verify`` and ``quarantine``."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from rich.table import Table

from standfast import clikit
from standfast.clikit import console, err_console, print_json_line
from standfast.errors import IntegrityError, UsageError

quarantine_app = typer.Typer(help="Stored files the database does not list: list, bring back, or remove.",
                             no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("verify")(verify)
    app.add_typer(quarantine_app, name="quarantine")


def verify(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Check every stored file, every record and the whole custody log. Exit 0 only if all is intact."""
    bar = Progress(TextColumn("Checking"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                   console=err_console, transient=True, disable=not err_console.is_terminal)
    from standfast.services import evidence

    with clikit.open_vault() as vault, bar as progress:
        task = progress.add_task("verify", total=None)
        report = evidence.verify(vault, progress=lambda n: progress.advance(task, n))
    if as_json:
        print_json_line(report.to_json())
    else:
        for p in report.problems:
            console.print(f"[bold]PROBLEM[/bold] {escape(p.where)}: {escape(p.detail)}", highlight=False)
        for w in report.warnings:
            console.print(f"Note: {escape(w)}", highlight=False)
        console.print(f"Checked {report.blobs_checked} stored files ({report.bytes_checked:,} bytes), "
                      f"{report.rows_checked} records, {report.blocks_checked} blocks of imported messages, "
                      f"{report.custody_entries} custody entries.", highlight=False)
        console.print("Everything is intact." if report.ok else
                      f"{len(report.problems)} problem(s) found. Nothing was changed; keep this vault as it is "
                      "and a copy of this report.")
    if not report.ok:
        first = report.problems[0]
        raise IntegrityError(f"verification failed: {first.where}: {first.detail}"
                             + (f" (and {len(report.problems) - 1} more)" if len(report.problems) > 1 else ""))


@quarantine_app.command("list")
def quarantine_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Show the stored files that were set aside because the database does not list them."""
    from standfast.services import evidence

    with clikit.open_vault() as vault:
        found = evidence.quarantined(vault)
    if as_json:
        for q in found:
            print_json_line(q.to_json())
        return
    if not found:
        console.print("Nothing is in quarantine.")
        return
    table = Table("id", "size", "set aside (UTC)")
    for q in found:
        table.add_row(q.id, f"{q.size:,}", q.set_aside_at.strftime("%Y-%m-%d %H:%M"))
    console.print(table)
    console.print("`standfast quarantine restore ID CASE` adds one to a case; nothing is removed unless you ask.")


@quarantine_app.command("restore")
def quarantine_restore(file_id: Annotated[str, typer.Argument(metavar="ID")], case: str) -> None:
    """Decrypt and re-hash a quarantined file and add it to a case as a new item (logged)."""
    with clikit.open_vault() as vault:
        from standfast.services.evidence import restore_quarantined

        item = restore_quarantined(vault, file_id, case)
    console.print(f"The file is back as item {item.id} in case {item.case_id} (sha256 {item.sha256[:16]}…).")


@quarantine_app.command("purge")
def quarantine_purge(
    file_id: Annotated[str, typer.Argument(metavar="ID")],
    yes: Annotated[bool, typer.Option("--yes", help="Confirm: the file is removed for good.")] = False,
) -> None:
    """Remove a quarantined file for good (its id, size and hashes stay in the custody log)."""
    if not yes:
        if not sys.stdin.isatty():
            raise UsageError("Purging removes the file for good. Add --yes to confirm.")
        typer.confirm("This removes the file for good. Continue?", abort=True)
    with clikit.open_vault() as vault:
        from standfast.services.evidence import purge_quarantined

        gone = purge_quarantined(vault, file_id)
    console.print(f"Quarantined file {gone.id} was removed. The custody log keeps its size and hashes.")
