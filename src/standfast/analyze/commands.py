"""The ``standfast analyze`` command: a verdict with reasons and the indicators, for each input."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from standfast import clikit
from standfast.clikit import console, print_json_line
from standfast.errors import StandfastError, UsageError

VERDICT_TITLE = {
    "mass_scam": "Bulk scam — sent to very many people",
    "targeted": "Targeted sextortion — a real person may have images",
    "other_extortion": "Extortion, not about intimate images",
    "not_extortion": "No extortion found",
}
VERDICT_STYLE = {"mass_scam": "yellow", "targeted": "red", "other_extortion": "magenta", "not_extortion": "green"}


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)


def analyze(
    paths: Annotated[list[str] | None, typer.Argument(help="Files to read (.txt .eml .msg .mbox .png .jpg .heic), "
                                                        "or - for pasted text on standard input.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per input, one per line.")] = False,
    case: Annotated[str | None, typer.Option("--case", help="Keep the inputs and results in this case.")] = None,
    item: Annotated[list[str] | None, typer.Option("--item", help="Analyse an evidence item of the vault "
                                                                  "(repeatable).")] = None,
) -> None:
    """Read a message and say plainly what it is: bulk scam, targeted, other extortion, or none."""
    from standfast.analyze.inputs import analyze_bytes, iter_analyses
    from standfast.analyze.triage import Analysis
    from standfast.services.analysis import analyze_item

    paths = list(paths or [])
    items = list(item or [])
    if not paths and not items:
        raise UsageError("Give a file to analyse, - for pasted text, or --item ID.")
    vault = clikit.open_vault() if (case or items) else None
    case_id = vault.get_case(case).id if (vault is not None and case) else None
    failures = 0

    def emit(a: Analysis) -> None:
        nonlocal failures
        if a.error:
            failures += 1
        if json_out:
            print_json_line(a.to_json())
        else:
            _print_report(a)

    try:
        for p in paths:
            try:
                if vault is not None and case_id is not None:
                    for a in _analyze_into_case(vault, case_id, p):
                        emit(a)
                elif p == "-":
                    for a in analyze_bytes(_read_stdin(), name="-"):
                        emit(a)
                else:
                    path = Path(p)
                    if not path.is_file():
                        raise UsageError(f"{p}: no such file.")
                    for a in iter_analyses(path):
                        emit(a)
            except StandfastError as exc:
                emit(Analysis(source=p, verdict="not_extortion", confidence=0.0, error=str(exc)))
        for ref in items:
            try:
                emit(analyze_item(vault, ref))  # type: ignore[arg-type]
            except StandfastError as exc:
                emit(Analysis(source=f"item:{ref}", verdict="not_extortion", confidence=0.0, error=str(exc)))
    finally:
        if vault is not None:
            vault.close()
    if not json_out:
        console.print()
        console.print(clikit.CRISIS_FOOTER, style="dim", markup=False, highlight=False)
    if failures and failures == len(paths) + len(items):
        raise typer.Exit(6)


def _read_stdin() -> bytes:
    data = sys.stdin.buffer.read()
    if not data.strip():
        raise UsageError("Nothing was given on standard input.")
    return data


def _analyze_into_case(vault, case_id: str, p: str):  # type: ignore[no-untyped-def]
    """Keep the input as evidence in the case, then analyse that item (results linked to it)."""
    from standfast.services.analysis import keep_and_analyze

    if p == "-":
        data = _read_stdin()
        kept = keep_and_analyze(vault, case_id, stream=io.BytesIO(data), name="pasted-message.txt", size=len(data),
                                source="paste")
    else:
        kept = keep_and_analyze(vault, case_id, path=Path(p), source="analyze")
    a = kept.analysis
    a.source = p
    return [a]


def _print_report(a) -> None:  # type: ignore[no-untyped-def]
    console.print()
    console.rule(escape(a.source), style="dim")
    if a.error:
        console.print(f"Could not read this input: {escape(a.error)}", style="red")
        return
    style = VERDICT_STYLE.get(a.verdict, "")
    console.print(f"[bold {style}]{escape(VERDICT_TITLE[a.verdict])}[/]  (confidence {a.confidence:.0%})")
    console.print(escape(a.summary))
    if a.campaign:
        console.print(f"Known campaign: [bold]{escape(a.campaign)}[/bold]")
    if a.signals:
        console.print("\n[bold]Why we think so[/bold]")
        for s in a.signals:
            console.print(f"  • {escape(s.text)}", highlight=False)
    if a.indicators:
        table = Table(title="What we found (keep this for reports)", title_justify="left", show_lines=False)
        table.add_column("type")
        table.add_column("value", overflow="fold")
        table.add_column("checked")
        for ind in a.indicators:
            shown = ind.normalized or ind.value
            note = ind.extra.get("network") or ind.extra.get("platform") or ind.extra.get("region") or ""
            check = "ok" if ind.valid else "[red]fails check[/red]"
            if ind.type == "deadline" and shown.startswith("PT"):
                shown = ind.value
            if ind.type == "password":
                shown, check = ind.value, "change this password"
            table.add_row(ind.type.replace("_", " ") + (f" ({note})" if note else ""), escape(shown), check)
        console.print(table)
