"""The ``standfast`` command line: global options, error handling, and each concern's commands."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Annotated

import typer

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
    "standfast.reports.commands",
    "standfast.web.commands",
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


def main() -> None:
    debug = "--debug" in sys.argv
    try:
        rc = app(standalone_mode=False)
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
    except Exception as exc:  # click's own usage errors have exit codes; others are bugs
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
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


if __name__ == "__main__":
    main()
