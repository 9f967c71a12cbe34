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

# Never green: "no signs found" is not "safe".
VERDICT_STYLE = {"mass_scam": "yellow", "targeted": "red", "other_extortion": "magenta", "unclear": "red",
                 "not_extortion": "bold"}
PLAN_HINT = "Your next steps: `standfast plan` makes a step-by-step plan for you."


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)
    app.command("analyze-correct")(correct)


def correct(
    result_id: Annotated[int, typer.Argument(help="The id of a stored analysis (see `standfast case show`).")],
    verdict: Annotated[str, typer.Option("--verdict", help="Your reading: mass_scam, targeted, other_extortion, "
                                                           "unclear or not_extortion.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Correct a stored verdict with your own reading; it is logged in the case and reports show yours."""
    from standfast.analyze.verdicts import TITLE
    from standfast.services.analysis import correct_verdict

    vault = clikit.open_vault()
    try:
        done = correct_verdict(vault, result_id, verdict)
    finally:
        vault.close()
    if json_out:
        print_json_line(done)
        return
    console.print(f"Saved. Analysis {done['id']} now reads: {escape(TITLE[done['verdict']])}", highlight=False)
    console.print(f"(The automatic reading was: {escape(TITLE.get(done['automatic'], done['automatic']))}.)",
                  style="dim", highlight=False)


def analyze(
    paths: Annotated[list[str] | None, typer.Argument(help="Files to read (.txt .eml .msg .mbox .png .jpg .heic), "
                                                        "or - for pasted text on standard input.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="One JSON object per input, one per line.")] = False,
    case: Annotated[str | None, typer.Option("--case", help="Keep the inputs and results in this case.")] = None,
    item: Annotated[list[str] | None, typer.Option("--item", help="Analyse an evidence item of the vault "
                                                                  "(repeatable).")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show each rule and the learned model's part in "
                                                            "plain words.")] = False,
) -> None:
    """Read a message and say plainly what it is: bulk scam, targeted, other extortion, or none."""
    from standfast.analyze.inputs import analyze_bytes, iter_analyses
    from standfast.analyze.triage import Analysis
    from standfast.analyze.verdicts import Verdict

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
            _print_report(a, explain=explain)

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
                emit(Analysis(source=p, verdict=Verdict.UNCLEAR, confidence=0.0, error=str(exc)))
        if items:
            # The vault's database layer (SQLAlchemy) is loaded only when the vault is used: a one-off
            # reading of a file must start fast.
            from standfast.services.analysis import analyze_item
        for ref in items:
            try:
                emit(analyze_item(vault, ref))  # type: ignore[arg-type]
            except StandfastError as exc:
                emit(Analysis(source=f"item:{ref}", verdict=Verdict.UNCLEAR, confidence=0.0, error=str(exc)))
    finally:
        if vault is not None:
            vault.close()
    if not json_out:
        console.print()
        console.print(PLAN_HINT, markup=False, highlight=False)
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


def _print_report(a, *, explain: bool = False) -> None:  # type: ignore[no-untyped-def]
    from standfast.analyze.verdicts import TITLE

    console.print()
    console.rule(escape(a.source), style="dim")
    if a.error:
        console.print(f"Could not read this input: {escape(a.error)}", style="red")
        return
    style = VERDICT_STYLE.get(a.verdict, "")
    console.print(f"[bold {style}]{escape(TITLE[a.verdict])}[/]  (confidence {a.confidence:.0%})")
    console.print(escape(a.summary))
    if explain:
        console.print("\n[bold]How this verdict was reached[/bold]")
        lang = a.language or "not detected"
        console.print(f"  • Language: {escape(lang)}", highlight=False)
        for c in a.explanation:
            who = "Rule" if c.source == "rule" else "Learned model"
            console.print(f"  • {who}: {escape(c.text)}", highlight=False)
        if a.model_score is None:
            console.print("  • Learned model: not asked (the rules were sure) or not available", highlight=False)
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
