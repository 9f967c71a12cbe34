"""The ``standfast`` command line: global options, error handling, and each concern's commands."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Annotated

import typer
from typer.exceptions import TyperException

from standfast import clikit
from standfast.errors import StandfastError

app = typer.Typer(
    name="standfast",
    help="Standfast: private help for people facing sextortion. Nothing leaves this computer "
    "unless you export it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each concern owns its commands; a missing module simply means that capability is not built yet.
COMMAND_MODULES = (
    "standfast.vault.commands",
    "standfast.analyze.commands",
    "standfast.ingest.commands",
    "standfast.takedown.commands",
    "standfast.guide.commands",
    "standfast.tracker.commands",
    "standfast.reports.commands",
    "standfast.web.commands",
    "standfast.helpline.commands",
)


@app.callback()
def _global_options(
    vault: Annotated[
        Path | None,
        typer.Option("--vault", envvar="STANDFAST_VAULT", help="Vault folder (default: your data folder)."),
    ] = None,
    passphrase_file: Annotated[
        Path | None,
        typer.Option("--passphrase-file", help="Read the passphrase from this file (first line)."),
    ] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Name recorded in the custody log (default: your login).")
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks on errors.")] = False,
) -> None:
    clikit.set_state(
        clikit.CliState(vault_path=vault, passphrase_file=passphrase_file, debug=debug, actor=actor)
    )


for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as _exc:
        if _exc.name != _name:
            raise
        continue
    _module.register(app)


def _show_usage_error(exc: Exception) -> int:
    """A mistyped command or option: its usage, what was wrong, the nearest name, and where help is."""
    import difflib
    import re

    ctx = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError":  # a group typed alone: its help is already shown
        return 2
    lines: list[str] = []
    if ctx is not None:
        lines.append(ctx.get_usage())
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    # One suggestion, the nearest name, for a mistyped command (Typer lists several) or option.
    typo = re.match(r"No such command '(.+?)'", message)
    if typo and ctx is not None and hasattr(ctx.command, "list_commands"):
        near = difflib.get_close_matches(typo.group(1), ctx.command.list_commands(ctx), n=1)
        message = f"No such command {typo.group(1)!r}." + (f" Did you mean {near[0]!r}?" if near else "")
    option = getattr(exc, "option_name", None)
    if option and type(exc).__name__ == "NoSuchOption" and ctx is not None:
        names = [n for param in ctx.command.params for n in (*param.opts, *param.secondary_opts)]
        near = difflib.get_close_matches(option, names, n=1)
        message = f"No such option: {option}." + (f" Did you mean {near[0]!r}?" if near else "")
    lines.append(f"standfast: {message}")
    path = ctx.command_path if ctx is not None else "standfast"
    lines.append(f"Run '{path} --help' to see what it takes.")
    clikit.err_console.print("\n".join(lines), markup=False, highlight=False, soft_wrap=True)
    return 2


def main() -> None:
    debug = "--debug" in sys.argv
    from standfast.vault.fsutil import sweep_partials

    sweep_partials()  # partial exports left by a killed run: plaintext must not stay on disk
    try:
        rc = app(standalone_mode=False, prog_name="standfast")
        if isinstance(rc, int) and rc:
            sys.exit(rc)
    except StandfastError as exc:
        if debug:
            raise
        clikit.err_console.print(f"standfast: {exc}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        clikit.err_console.print("standfast: stopped. Nothing was half-done.", markup=False)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:
        if _is_usage_error(exc):
            sys.exit(_show_usage_error(exc))
        if isinstance(exc, TyperException) and isinstance(getattr(exc, "exit_code", None), int):
            # Other errors of the command-line layer (e.g. a file option that cannot be opened).
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            clikit.err_console.print(f"standfast: {message}", markup=False, highlight=False, soft_wrap=True)
            sys.exit(exc.exit_code)
        if debug:
            raise
        from standfast.vault.failures import explain

        # a full disk, a read-only folder or a damaged database: one plain sentence
        plain = explain(exc, clikit.vault_path())
        if plain is not None:
            clikit.err_console.print(f"standfast: {plain}", markup=False, highlight=False, soft_wrap=True)
            sys.exit(plain.exit_code)
        clikit.err_console.print(
            f"standfast: unexpected error ({type(exc).__name__}). Run again with --debug for details.",
            markup=False,
        )
        sys.exit(70)


def _is_usage_error(exc: Exception) -> bool:
    # Typer bundles its own copy of click; its usage errors (unknown command or option, missing or bad
    # value) all derive from one class, found by name so either copy of click is recognised.
    return any(cls.__name__ == "UsageError" and "click" in cls.__module__ for cls in type(exc).__mro__)


if __name__ == "__main__":
    main()
