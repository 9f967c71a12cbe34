"""Helpers for the helpline tests: a helpline on the test database, personal vaults with a case each."""

from __future__ import annotations

from pathlib import Path

from standfast.helpline.store import Helpline
from standfast.vault.keys import KdfParams
from standfast.vault.vault import Vault

PASSPHRASE = "helpline passphrase for tests"
PERSON_PASSPHRASE = "correct horse battery staple"


def make_helpline(pg_url: str, tmp_path: Path) -> Helpline:
    hl, _recovery = Helpline.create(pg_url, tmp_path / "blobs", PASSPHRASE, actor="operator:test",
                                    kdf=KdfParams.fast_for_tests())
    return hl


def person_with_case(root: Path, n: int = 0, *, files: int = 2) -> tuple[Vault, str]:
    vault, _ = Vault.create(root, PERSON_PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor=f"person{n}")
    case = vault.create_case(f"Threat by mail {n}", age_group="adult")
    src = root.parent / f"src{n}"
    src.mkdir(exist_ok=True)
    for i in range(files):
        p = src / f"screenshot-{n}-{i}.txt"
        p.write_bytes(f"evidence {n}/{i} ".encode() * 50)
        vault.add_file(case.id, p)
    vault.add_note(case.id, f"He wrote to me on day {n}.")
    return vault, case.id
PASSWORD = "a long staff password"
