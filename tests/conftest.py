"""Shared fixtures: a real vault with fast KDF parameters, the CLI in-process, and ../shared/data."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("STANDFAST_SHARED_DATA", REPO.parent / "shared" / "data"))
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The external test data folder; tests using it skip cleanly when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED_DATA.is_dir():
        return
    skip = pytest.mark.skip(reason="../shared/data is not present")
    for item in items:
        if "shared_data" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolate_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("STANDFAST_VAULT", raising=False)
    monkeypatch.delenv("STANDFAST_PASSPHRASE", raising=False)
    # Fast KDF for tests only; the stored parameters still drive every later open.
    monkeypatch.setenv("STANDFAST_TEST_FAST_KDF", "1")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[object]:
    from standfast.vault.keys import KdfParams
    from standfast.vault.vault import Vault

    v, _recovery = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="test")
    try:
        yield v
    finally:
        v.close()


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(vault_dir: Path):
    """Run `standfast` as a real subprocess against `vault_dir` (passphrase from the environment)."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None,
            passphrase: str | None = PASSPHRASE, timeout: float = 300) -> CliResult:
        full_env = {**os.environ, "STANDFAST_VAULT": str(vault_dir), "COLUMNS": "200"}
        if passphrase is not None:
            full_env["STANDFAST_PASSPHRASE"] = passphrase
        full_env.update(env or {})
        proc = subprocess.run(
            [sys.executable, "-m", "standfast.cli", *args],
            input=input, capture_output=True, text=True, env=full_env, timeout=timeout,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run
