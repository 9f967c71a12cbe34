"""Closing a vault twice must not close a file the process opened since under the same number."""

from __future__ import annotations

import os
from pathlib import Path

from standfast.vault.keys import KdfParams
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE


def test_second_close_leaves_other_files_alone(tmp_path: Path) -> None:
    vault, _recovery = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="test")
    number = vault._lock_fd
    vault.close()
    other = tmp_path / "other"
    other.write_bytes(b"still open")
    opened = os.open(other, os.O_RDONLY)
    # Put the new file under the lock's old number, as a socket opened later by the web server would be.
    fd = os.dup2(opened, number)
    os.close(opened)
    try:
        vault.close()
        assert os.read(fd, 5) == b"still"
    finally:
        os.close(fd)
