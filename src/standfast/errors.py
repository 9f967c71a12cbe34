"""The one error type the command line and web app turn into a calm, one-line message.

Every module raises a subclass of :class:`StandfastError` for problems the user can act on;
anything else is a bug and shows a traceback only with ``--debug``. Callers (the web app above
all) tell errors apart by their type, never by their English wording:

    StandfastError
    ├── UsageError (2)            bad id or option value
    │   ├── NotFound              no such case or item           -> web 404
    │   ├── CaseClosed            the case is closed
    │   └── ConfirmationNeeded    purge without confirming
    ├── WrongPassphrase (3)
    ├── VaultError (4)
    ├── IntegrityError (5)
    ├── InputError (6)            unreadable or hostile input; nothing was changed
    ├── Refused (7)               the safeguarding policy says no -> web 403
    └── NotAvailable (8)          a capability that is not built in
"""

from __future__ import annotations


class StandfastError(Exception):
    """A problem the user can understand and act on. ``exit_code`` is used by the CLI."""

    exit_code: int = 1

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(StandfastError):
    """The command was given something it cannot use (bad id, bad option value)."""

    exit_code = 2


class WrongPassphrase(StandfastError):
    """The passphrase (or recovery key) does not open this vault."""

    exit_code = 3


class VaultError(StandfastError):
    """The vault folder is missing, not a vault, too new, locked or damaged."""

    exit_code = 4


class IntegrityError(StandfastError):
    """Verification found evidence or log entries that do not match their hashes."""

    exit_code = 5


class InputError(StandfastError):
    """An input file is unreadable, malformed, hostile or too large. Nothing was changed."""

    exit_code = 6


class NotFound(UsageError):
    """No case or item with that id (the web answers 404)."""


class CaseClosed(UsageError):
    """The case is closed; nothing can be added until it is reopened."""


class ConfirmationNeeded(UsageError):
    """A step that cannot be undone (purging) was asked for without confirming it."""


class Refused(StandfastError):
    """The safeguarding policy says no (``standfast.safeguarding``); the message says why."""

    exit_code = 7


class NotAvailable(StandfastError):
    """A capability this installation does not have (a module that is not built in)."""

    exit_code = 8
