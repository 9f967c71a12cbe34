"""Commands of the ingest concern: ``standfast import`` and ``standfast timeline``."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from standfast import clikit
from standfast.clikit import console, err_console
from standfast.errors import StandfastError, UsageError

if TYPE_CHECKING:
    from standfast.ingest.outcome import ImportReport


def register(app: typer.Typer) -> None:
    app.command("import")(import_cmd)
    app.command("timeline")(timeline_cmd)


DATE_ORDERS = ("DMY", "MDY", "YMD")


def import_cmd(
    case: Annotated[str | None, typer.Argument(help="Case id (or a unique start of it).", show_default=False)] = None,
    paths: Annotated[list[Path] | None, typer.Argument(help="Chat or mail exports: zips, folders or single files.",
                                                       show_default=False)] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="Read the input as this format (see --formats) "
                                            "instead of recognising it.")] = None,
    date_order: Annotated[str | None, typer.Option("--date-order", help="How dates are written when they could be "
                                                   "read either way: DMY (13/03/2024), MDY (03/13/2024) or "
                                                   "YMD.")] = None,
    tz: Annotated[str | None, typer.Option("--tz", help="Time zone of the phone/computer that made the "
                                           "export, for formats without one (WhatsApp). Default: this "
                                           "computer's.")] = None,
    platform: Annotated[str | None, typer.Option("--platform", help="Say which app made it when the file "
                                                 "names do not (instagram, facebook, signal).")] = None,
    formats: Annotated[bool, typer.Option("--formats", help="List the formats Standfast can import.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON line per input: added, duplicates, "
                                          "unreadable, format (and more).")] = False,
) -> None:
    """Import chat or mail exports into a case (WhatsApp, Telegram, Instagram, Facebook, Discord,
    Snapchat, Signal, iMessage, e-mail). The original is kept as evidence; messages join the timeline."""
    from standfast.ingest import sources

    if formats:
        _print_formats(as_json)
        return
    if not case or not paths:
        raise UsageError("Give a case and at least one export: standfast import CASE PATH…")
    if fmt is not None and fmt not in sources.names():
        raise UsageError(f"--format must be one of {', '.join(sources.names())} (not {fmt!r}).")
    if date_order is not None and date_order.upper() not in DATE_ORDERS:
        raise UsageError(f"--date-order must be DMY, MDY or YMD (not {date_order!r}).")
    ask = None if as_json or date_order or not sys.stdin.isatty() else _ask_date_order
    failed: StandfastError | None = None
    with clikit.open_vault() as vault:
        for path in paths:
            try:
                report = _import_one(vault, case, path, fmt=fmt, date_order=date_order, tz=tz, platform=platform,
                                     ask=ask, as_json=as_json)
            except StandfastError as exc:
                failed = failed or exc
                partial = getattr(exc, "report", None)
                if as_json:
                    out = partial.as_dict() if partial is not None else {
                        "added": 0, "duplicates": 0, "unreadable": [], "format": ""}
                    clikit.print_json_line({**out, "input": path.name, "error": str(exc),
                                            "exit_code": exc.exit_code})
                else:
                    if partial is not None and partial.sources:
                        _print_summary(partial)
                    err_console.print(f"standfast: {exc}", markup=False, highlight=False, soft_wrap=True)
                if getattr(exc, "interrupted", False):
                    break  # Ctrl-C: the other inputs are not started
                continue
            if as_json:
                clikit.print_json_line({**report.as_dict(), "input": path.name})
            else:
                _print_summary(report)
    if failed is not None:
        raise typer.Exit(failed.exit_code)


def _import_one(vault: object, case: str, path: Path, *, fmt: str | None, date_order: str | None, tz: str | None,
                platform: str | None, ask: object, as_json: bool) -> ImportReport:
    from standfast.services.imports import import_export

    progress, bar = clikit_progress(disabled=as_json, label=path.name)
    with bar:
        return import_export(vault, case, path, zone=tz, platform=platform, progress=progress,  # type: ignore[arg-type]
                             date_order=date_order, ask_date_order=ask, fmt=fmt)  # type: ignore[arg-type]


def clikit_progress(*, disabled: bool, label: str):  # type: ignore[no-untyped-def]
    """A Rich progress display for one import (on stderr), shown only once it has run a second."""
    from standfast.ingest.progress import cli_progress

    return cli_progress(err_console, disabled=disabled, label=label)


def _ask_date_order(file: str, examples: list[str]) -> str | None:
    err_console.print(f"The dates in {file} can be read two ways (for example {', '.join(examples)}).",
                      markup=False, highlight=False)
    answer = typer.prompt("Which order do they use? Type DMY (day first), MDY (month first) or YMD",
                          default="DMY", err=True)
    answer = answer.strip().upper()
    return answer if answer in DATE_ORDERS else None


def _print_formats(as_json: bool) -> None:
    from standfast.ingest import sources

    rows = sources.table()
    if as_json:
        clikit.print_json_line(rows)
        return
    table = Table(title="Formats Standfast can import", show_edge=False)
    for col in ("name", "app", "what it reads", "recognised by"):
        table.add_column(col)
    for row in rows:
        table.add_row(row["name"], row["app"], row["title"], row["recognised_by"])
    console.print(table)


def _print_summary(report) -> None:  # type: ignore[no-untyped-def]
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
    for s in report.sources:
        if s.get("date_order_guessed"):
            console.print(f"{s['file']}: its dates could be read more than one way. They were read as "
                          f"{s['date_order']} and each time is marked as uncertain. If that is wrong, import "
                          "again with --date-order DMY, MDY or YMD.", markup=False, highlight=False)
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
            # No sender: an app's notice, or a screenshot (whoever wrote its text is in the picture).
            sender = escape(e.sender or ("(system)" if e.system else "(not known)"))
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
