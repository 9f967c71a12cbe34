"""Demo cases built once per session (adult and minor), and helpers for the reports' tests."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

GOLDEN = Path(__file__).with_name("golden")
# Regenerate the golden files: STANDFAST_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/reports -q
REGEN = os.environ.get("STANDFAST_REGEN_GOLDEN") == "1"


def _make(tmp_path_factory: pytest.TempPathFactory, *, minor: bool) -> Iterator[tuple[object, str]]:
    from standfast.reports.demo import build_demo_case
    from standfast.vault.keys import KdfParams
    from standfast.vault.vault import Vault

    folder = tmp_path_factory.mktemp("minor" if minor else "adult") / "vault"
    vault, _recovery = Vault.create(folder, "correct horse battery staple", kdf=KdfParams.fast_for_tests(),
                                    actor="test")
    try:
        yield vault, build_demo_case(vault, minor=minor)
    finally:
        vault.close()


@pytest.fixture(scope="session")
def adult_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, str]]:
    yield from _make(tmp_path_factory, minor=False)


@pytest.fixture(scope="session")
def minor_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, str]]:
    yield from _make(tmp_path_factory, minor=True)


def scrub(text: str, vault: object, case_id: str) -> str:
    """Replace what changes from run to run (ids, today's times) with fixed markers."""
    text = text.replace(case_id.upper(), "CASEID").replace(case_id, "CASEID")
    text = re.sub(r"\b[0-9a-f]{16}\b", "ITEMID", text)
    return text


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if REGEN or not path.exists():
        path.write_text(text, encoding="utf-8")
        if not REGEN:
            pytest.fail(f"golden file {name} was missing and has been written; check it and run again")
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs from its golden file; if the change is intended, run with STANDFAST_REGEN_GOLDEN=1")
