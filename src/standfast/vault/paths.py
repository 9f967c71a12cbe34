"""Where a vault lives and how its folder is laid out."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

KEYFILE = "vault.json"
DATABASE = "standfast.db"
BLOBS = "blobs"
TMP = "tmp"
HEAD = "custody.head"
LOCK = "vault.lock"


def default_vault_path() -> Path:
    return user_data_path("standfast", appauthor=False) / "vault"


def resolve_vault_path(explicit: Path | None) -> Path:
    """The --vault option (or STANDFAST_VAULT, handled by the CLI), else the user's data folder."""
    return (explicit or default_vault_path()).expanduser()
