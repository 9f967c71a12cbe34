"""Shared plumbing for every command: global options, opening the vault, consoles, errors.

Each concern registers its commands in ``standfast/<concern>/commands.py`` through a
``register(app)`` function; this module gives them the state set by the global options.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console

from standfast.errors import UsageError

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

console = Console()
err_console = Console(stderr=True)

CRISIS_FOOTER = (
    "If you feel unsafe or overwhelmed right now, call your local emergency number. "
    "`standfast help --country CC` lists crisis lines where you live. This is not your fault."
)


@dataclass
class CliState:
    """Values of the global options, stored on the Typer context."""

    vault_path: Path | None = None
    passphrase_file: Path | None = None
    debug: bool = False
    actor: str | None = None


_state = CliState()


def state() -> CliState:
    return _state


def set_state(new: CliState) -> None:
    global _state
    _state = new


def vault_path() -> Path:
    from standfast.vault.paths import resolve_vault_path

    return resolve_vault_path(_state.vault_path)


def read_passphrase(*, confirm: bool = False, prompt: str = "Vault passphrase") -> str:
    """Passphrase from STANDFAST_PASSPHRASE, --passphrase-file, or an interactive prompt (never echoed)."""
    env = os.environ.get("STANDFAST_PASSPHRASE")
    if env is not None:
        return env
    if _state.passphrase_file is not None:
        try:
            text = _state.passphrase_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"Cannot read the passphrase file: {exc.strerror}.") from None
        return text.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError(
            "No passphrase given. Set STANDFAST_PASSPHRASE or use --passphrase-file when not at a terminal."
        )
    first = str(typer.prompt(prompt, hide_input=True))
    if confirm:
        second = typer.prompt("Type it again", hide_input=True)
        if first != second:
            raise UsageError("The two passphrases are different. Nothing was changed.")
    return first


def open_vault() -> Vault:
    """Open and unlock the vault chosen by the global options."""
    from standfast.vault.fsutil import sweep_workdirs
    from standfast.vault.vault import Vault

    vault = Vault.open(vault_path(), read_passphrase(), actor=_state.actor)
    sweep_workdirs(vault.root)  # work files a killed command left inside the vault folder
    return vault


def print_json_line(obj: object) -> None:
    import json

    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()
