"""A private PostgreSQL cluster in a folder: for the tests, the benchmark and a first try-out.

``initdb`` makes the cluster, ``pg_ctl`` starts it listening only on a Unix socket inside the
folder (no TCP port, so nothing else on the machine can reach it), and stops it again. PostgreSQL
refuses to run as root; when we are root (CI, containers) the cluster belongs to the ``postgres``
system user that Debian's package creates, and its binaries run as that user.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from standfast.errors import NotAvailable


def find_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (Debian keeps them out of PATH), or None."""
    env = os.environ.get("STANDFAST_PG_BINDIR")
    candidates = [env] if env else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True)
    which = shutil.which("initdb")
    if which:
        candidates.append(str(Path(which).parent))
    for c in candidates:
        if c and (Path(c) / "initdb").is_file() and (Path(c) / "pg_ctl").is_file():
            return Path(c)
    return None


def _version_key(path: str) -> float:
    try:
        return float(Path(path).parent.name)
    except ValueError:
        return 0.0


def _run_as() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        raise NotAvailable("PostgreSQL will not run as root, and there is no 'postgres' user to run it as. "
                           "Install PostgreSQL with `bash scripts/bootstrap.sh`.") from None


@dataclass
class Cluster:
    """One cluster in ``root``: data in ``root/data``, its socket in ``root/sock``."""

    root: Path
    bindir: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def sockdir(self) -> Path:
        return self.root / "sock"

    @property
    def log(self) -> Path:
        return self.root / "postgres.log"

    def url(self, dbname: str = "postgres") -> str:
        """An SQLAlchemy URL reaching this cluster over its Unix socket."""
        user = self._user()
        return f"postgresql+psycopg://{user}@/{dbname}?host={self.sockdir}"

    def _user(self) -> str:
        owner = _run_as()
        return owner.pw_name if owner else pwd.getpwuid(os.geteuid()).pw_name

    def _cmd(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        owner = _run_as()
        kw: dict[str, object] = {}
        if owner is not None:
            kw = {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": []}
        done: subprocess.CompletedProcess[str] = subprocess.run(  # type: ignore[call-overload]
            list(args), check=check, capture_output=True, text=True, timeout=timeout, cwd=self.root, **kw)
        return done

    def init(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.sockdir.mkdir(exist_ok=True)
        owner = _run_as()
        if owner is not None:
            for p in (self.root, self.sockdir):
                os.chown(p, owner.pw_uid, owner.pw_gid)
            # The postgres user must be able to reach the folder through its parents.
            for parent in self.root.parents:
                if parent == Path("/"):
                    break
                mode = parent.stat().st_mode
                if not mode & 0o001:
                    os.chmod(parent, mode | 0o001)
        self._cmd(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-E", "UTF8",
                  "--locale=C", "--no-instructions", "-U", self._user())

    def start(self) -> None:
        # No TCP listener at all; fsync stays on so the "kill during writes" test means something.
        opts = f"-c listen_addresses='' -c unix_socket_directories='{self.sockdir}' -c max_connections=200"
        self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", opts,
                  "-w", "-t", "60", "start")

    def stop(self) -> None:
        if not (self.data / "postmaster.pid").exists():
            return
        done = self._cmd(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)
        pid = self.postmaster_pid()
        if done.returncode != 0 and pid is not None:
            # pg_ctl could not stop it: end our own server directly rather than leave it running.
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGQUIT)

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().splitlines()[0])
        except (OSError, ValueError, IndexError):
            return None

    def kill(self) -> None:
        """Kill the server abruptly (SIGKILL), as a power cut or an OOM kill would."""
        pid = self.postmaster_pid()
        if pid is None:
            return
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        # Children notice the postmaster's death and exit; wait until none holds the data folder.
        time.sleep(0.5)

    def create_database(self, name: str) -> str:
        self._cmd(str(self.bindir / "createdb"), "-h", str(self.sockdir), "-U", self._user(), name)
        return self.url(name)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def new_cluster(root: Path) -> Cluster:
    bindir = find_bindir()
    if bindir is None:
        raise NotAvailable("PostgreSQL is not installed here. `bash scripts/bootstrap.sh` installs it.")
    cluster = Cluster(root, bindir)
    cluster.init()
    cluster.start()
    return cluster
