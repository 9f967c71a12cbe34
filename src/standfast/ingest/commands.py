"""Commands of the ingest concern: ``standfast import`` and ``standfast timeline``."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from standfast import clikit
from standfast.clikit import console, err_console
from standfast.errors import UsageError


def register(app: typer.Typer) -> None:
    app.command("import")(import_cmd)
    app.command("timeline")(timeline_cmd)


def import_cmd(
    case: Annotated[str, typer.Argument(help="Case id (or a unique start of it).")],
    path: Annotated[Path, typer.Argument(help="Chat or mail export: a zip, a folder, or one file.")],
    tz: Annotated[str | None, typer.Option("--tz", help="Time zone of the phone/computer that made the "
                                           "export, for formats without one (WhatsApp). Default: this "
                                           "computer's.")] = None,
    platform: Annotated[str | None, typer.Option("--platform", help="Say which app made it when the file "
                                                 "names do not (instagram, facebook, signal).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Import a chat or mail export into a case (WhatsApp, Telegram, Instagram, Facebook, Discord,
    Snapchat, Signal, iMessage, e-mail). The original is kept as evidence; messages join the timeline."""
    from standfast.services.imports import import_export

    with clikit.open_vault() as vault, Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                       console=err_console, transient=True, disable=as_json) as bar:
        task = bar.add_task("Reading the export…")

        def progress(what: str, n: int) -> None:
            if what == "indicators":  # the second phase: messages already stored, now analysed
                bar.update(task, description=f"Looked for indicators in {n:,} messages")
            else:
                bar.update(task, description=f"Imported {n:,} {what}")

        report = import_export(vault, case, path, zone=tz, platform=platform, progress=progress)
    if as_json:
        clikit.print_json_line(report.as_dict())
        return
    if report.sources:
        table = Table(title="Imported", show_edge=False)
        for col in ("file", "app", "messages", "new", "problems"):
            table.add_column(col, justify="right" if col in ("messages", "new", "problems") else "left")
        for s in report.sources:
            table.add_row(escape(s["file"]), s["platform"], f"{s['messages']:,}", f"{s['new']:,}",
                          str(s["issues"]))
        console.print(table)
    lines = [f"{report.messages:,} new messages"]
    if report.duplicates:
        lines.append(f"{report.duplicates:,} already in the case (not added twice)")
    if report.attachments:
        lines.append(f"{report.attachments:,} attachments kept as evidence")
    if report.missing_attachments:
        lines.append(f"{report.missing_attachments:,} attachments mentioned but not in the export")
    if report.hash_only:
        lines.append(f"{report.hash_only:,} images/videos recorded by hash only (a minor's case)")
    if report.files_added:
        lines.append(f"{report.files_added:,} files added as evidence")
    if report.skipped_sources:
        lines.append(f"{len(report.skipped_sources)} file(s) were imported before; nothing new in them")
    if report.indicators_found:
        lines.append(f"{report.indicators_found:,} indicators found (payment details, contacts, deadlines…)")
    console.print("; ".join(lines) + ".", markup=False, highlight=False)
    if report.issue_count:
        console.print(f"{report.issue_count:,} line(s) or entries could not be read (the rest was imported):",
                      markup=False, highlight=False)
        for issue in report.issues[:20]:
            where = f"{issue.file}:{issue.position}" if issue.position else issue.file
            console.print(f"  {where}: {issue.reason}", markup=False, highlight=False)
        if report.issue_count > 20:
            console.print(f"  … and {report.issue_count - 20:,} more (use --json for the full list).",
                          markup=False, highlight=False)


def _date(value: str | None, name: str) -> datetime | None:
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"{name} must be a date like 2024-05-31 or 2024-05-31T18:00 (UTC).") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def timeline_cmd(
    case: Annotated[str, typer.Argument(help="Case id (or a unique start of it).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array of messages.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV.")] = False,
    participant: Annotated[str | None, typer.Option("--participant", help="Only messages from or to this "
                                                    "account.")] = None,
    platform: Annotated[str | None, typer.Option("--platform", help="Only this app (whatsapp, instagram…).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="From this date/time (UTC).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Before this date/time (UTC).")] = None,
    text: Annotated[str | None, typer.Option("--text", help="Only messages containing this text.")] = None,
    suspect: Annotated[list[str] | None, typer.Option("--suspect", help="Mark this account as the suspect's "
                                                      "(remembered for the case; can repeat).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many messages.")] = None,
) -> None:
    """Show every imported message of a case in time order, across apps. Suspect accounts stand out."""
    from standfast.ingest import timeline

    if as_json and as_csv:
        raise UsageError("Choose --json or --csv, not both.")
    since_d, until_d = _date(since, "--since"), _date(until, "--until")
    with clikit.open_vault() as vault:
        for name in suspect or []:
            timeline.mark_suspect(vault, case, name)
        entries = timeline.iter_entries(vault, case, participant=participant, platform=platform, since=since_d,
                                        until=until_d, text=text, limit=limit)
        if as_json:
            timeline.write_json(entries, sys.stdout)
            return
        if as_csv:
            timeline.write_csv(entries, sys.stdout)
            return
        table = Table(show_edge=False, expand=False)
        for col in ("time (UTC)", "app", "conversation", "from", "message"):
            table.add_column(col, overflow="fold")
        n = 0
        for e in entries:
            when = e.time.strftime("%Y-%m-%d %H:%M") if e.time else f"? {e.time_text}"
            body = e.text
            if e.attachments:
                body += "".join(f" [{a['name']}{'' if a['item_id'] else ', not in export'}]" for a in e.attachments)
            sender = escape(e.sender or "(system)")
            style = "bold red" if e.suspect else ("dim" if e.system else "")
            table.add_row(when, e.platform, escape(e.conversation), f"[{style}]{sender}[/]" if style else sender,
                          escape(body))
            n += 1
        if n == 0:
            console.print("No messages match. Import an export first: standfast import CASE PATH",
                          markup=False)
            return
        console.print(table)
        console.print(f"{n:,} message(s). Suspect accounts are shown in red.", markup=False, highlight=False)
