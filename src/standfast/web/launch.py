"""Open the browser without putting the launch token in any process's arguments.

Every account on the machine can read ``/proc/*/cmdline``. So the browser is given the address of a
small private file (mode 0600, in a 0700 folder of this user) that sends it on to the tokenised
address; the file is removed as soon as the token has been used, and when the app stops.
"""

from __future__ import annotations

import contextlib
import html
import os
import secrets
from pathlib import Path


def private_folder() -> Path:
    """The user's runtime folder when the system has one (a private tmpfs), else ~/.cache/standfast."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime and Path(runtime).is_dir() and os.access(runtime, os.W_OK) else (
        Path.home() / ".cache" / "standfast")
    folder = base / "standfast-launch" if runtime and base == Path(runtime) else base / "launch"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


class LaunchFile:
    """A one-page redirect to the tokenised address, readable by this user only."""

    def __init__(self, url: str, folder: Path | None = None) -> None:
        folder = folder or private_folder()
        self.path = folder / f"open-{secrets.token_hex(8)}.html"
        target = html.escape(url, quote=True)
        body = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                f"<meta http-equiv=\"refresh\" content=\"0;url={target}\"><title>Notes</title></head>"
                f"<body><p><a href=\"{target}\">Open</a></p></body></html>")
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(body)

    @property
    def uri(self) -> str:
        return self.path.as_uri()

    def remove(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
