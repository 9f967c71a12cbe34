"""The one unlocked vault of this launch, and the inactivity lock.

The data key lives only inside an open ``Vault``; locking closes it. Requests hold a "use" while they
work so the idle timer never closes the vault under a running request.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from standfast.errors import UsageError, VaultError

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

KEYFILE = "vault.json"  # standfast.vault.paths.KEYFILE; imported lazily so the first page is fast


class Locked(VaultError):
    """The page needs the vault unlocked first."""


class VaultHolder:
    def __init__(self, path: Path, *, lock_after_seconds: float, actor: str | None = None) -> None:
        self.path = Path(path)
        self.lock_after = lock_after_seconds
        self.actor = actor
        self._vault: Vault | None = None
        self._cond = threading.Condition()
        self._users = 0
        self._last = time.monotonic()
        self._stop = threading.Event()
        self._timer: threading.Thread | None = None

    # -- state ---------------------------------------------------------------------------
    def exists(self) -> bool:
        return (self.path / KEYFILE).is_file()

    @property
    def unlocked(self) -> bool:
        return self._vault is not None

    def touch(self) -> None:
        self._last = time.monotonic()

    # -- lifecycle -------------------------------------------------------------------------
    def create(self, passphrase: str, confirm: str) -> str:
        if passphrase != confirm:
            raise UsageError("The two passphrases are different. Nothing was changed.")
        from standfast.vault.keys import check_passphrase_acceptable
        from standfast.vault.vault import Vault

        check_passphrase_acceptable(passphrase)
        vault, recovery = Vault.create(self.path, passphrase, actor=self.actor)
        self._set(vault)
        return recovery

    def unlock(self, passphrase: str) -> None:
        if self._vault is not None:
            return
        from standfast.vault.vault import Vault

        self._set(Vault.open(self.path, passphrase, actor=self.actor))

    def unlock_or_check(self, passphrase: str) -> None:
        """Open the vault, or, when it is already open, check the passphrase against it all the same.

        A browser that came with a reused launch link must prove it knows the passphrase even though
        another browser has the vault open (WrongPassphrase otherwise).
        """
        if self._vault is None:
            self.unlock(passphrase)
            return
        from standfast.vault.keys import KeyFile

        KeyFile.load(self.path / KEYFILE).unlock(passphrase)

    def unlock_with_recovery(self, recovery_key: str, new_passphrase: str, confirm: str) -> None:
        if new_passphrase != confirm:
            raise UsageError("The two passphrases are different. Nothing was changed.")
        from standfast.vault.keys import check_passphrase_acceptable
        from standfast.vault.vault import Vault

        check_passphrase_acceptable(new_passphrase)
        vault = Vault.open_with_recovery_key(self.path, recovery_key.strip(), actor=self.actor)
        vault.change_passphrase(new_passphrase)
        self._set(vault)

    def _set(self, vault: Vault) -> None:
        from standfast.web.uploads import clean_stale_uploads

        clean_stale_uploads(vault.root)
        with self._cond:
            if self._vault is not None:
                vault.close()
                return
            self._vault = vault
            self.touch()
        self._start_timer()

    def lock(self) -> None:
        """Close the vault (waits for running requests to finish first)."""
        with self._cond:
            while self._users:
                self._cond.wait(timeout=5)
            vault, self._vault = self._vault, None
        if vault is not None:
            vault.close()

    @contextlib.contextmanager
    def use(self) -> Iterator[Vault]:
        with self._cond:
            if self._vault is None:
                raise Locked("The vault is locked.")
            self._users += 1
            vault = self._vault
        self.touch()
        try:
            yield vault
        finally:
            with self._cond:
                self._users -= 1
                self._cond.notify_all()
            self.touch()

    # -- inactivity lock --------------------------------------------------------------------
    def lock_if_idle(self) -> bool:
        with self._cond:
            idle = time.monotonic() - self._last
            if self._vault is None or self._users or idle < self.lock_after:
                return False
            vault, self._vault = self._vault, None
        vault.close()
        return True

    def _start_timer(self) -> None:
        if self._timer is not None and self._timer.is_alive():
            return
        interval = max(0.2, min(5.0, self.lock_after / 4))

        def run() -> None:
            while not self._stop.wait(interval):
                self.lock_if_idle()

        self._timer = threading.Thread(target=run, name="standfast-autolock", daemon=True)
        self._timer.start()

    def shutdown(self) -> None:
        self._stop.set()
        self.lock()
