"""``standfast helpline …`` (the server operator's commands) and ``standfast share`` (the person's hand-over).

Every helpline command takes ``--db URL`` (or STANDFAST_HELPLINE_DB) and the helpline's passphrase
through ``--passphrase-file`` or STANDFAST_PASSPHRASE, and is audited. These functions only read
options and print; the work is done by ``standfast.services``.
"""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from standfast import clikit
from standfast.clikit import console, err_console
from standfast.errors import IntegrityError, UsageError

helpline_app = typer.Typer(help="Helpline mode: many cases and staff on PostgreSQL (run on the server).",
                           no_args_is_help=True)
user_app = typer.Typer(help="Staff accounts.", no_args_is_help=True)
helpline_app.add_typer(user_app, name="user")

DbOpt = Annotated[str | None, typer.Option("--db", envvar="STANDFAST_HELPLINE_DB",
                                           help="The helpline's PostgreSQL URL (postgresql://…).")]
PassFileOpt = Annotated[Path | None, typer.Option(
    "--passphrase-file", help="File whose first line is the helpline's passphrase.")]


def register(app: typer.Typer) -> None:
    app.add_typer(helpline_app, name="helpline")
    app.command("share")(share)


def _db(db: str | None) -> str:
    if not db:
        raise UsageError("Give the helpline database with --db postgresql://… or STANDFAST_HELPLINE_DB.")
    return db


def _passphrase(passphrase_file: Path | None, *, confirm: bool = False) -> str:
    if passphrase_file is not None:
        clikit.state().passphrase_file = passphrase_file
    return clikit.read_passphrase(confirm=confirm, prompt="Helpline passphrase")


def _actor() -> str:
    given = clikit.state().actor
    if given:
        return given
    try:
        return f"operator:{getpass.getuser()}"
    except Exception:
        return "operator"


def _open(db: str | None, passphrase_file: Path | None, *, pool_size: int = 5):  # type: ignore[no-untyped-def]
    from standfast.services import helpline as svc

    return svc.open_helpline(_db(db), _passphrase(passphrase_file), actor=_actor(), pool_size=pool_size)


@helpline_app.command("init")
def init(
    blobs: Annotated[Path, typer.Option("--blobs", help="A new, empty folder for the encrypted evidence.")],
    retention_days: Annotated[int, typer.Option("--retention-days", min=1, max=36500, help=(
        "Days a closed case's content is kept before it is deleted."))] = 365,
    db: DbOpt = None,
    passphrase_file: PassFileOpt = None,
) -> None:
    """Create a helpline: its tables, its keys and its evidence folder."""
    from standfast.services import helpline as svc

    hl, recovery = svc.init_helpline(_db(db), blobs, _passphrase(passphrase_file, confirm=True), actor=_actor(),
                                     retention_days=retention_days)
    try:
        from standfast.vault.signing import show_fingerprint

        console.print(f"The helpline is ready. Evidence folder: {escape(str(hl.blobs_root))}", highlight=False)
        console.print(f"Its key fingerprint: {show_fingerprint(hl.fingerprint, per_line=0)}", highlight=False)
        console.print("Recovery key (write it down and keep it offline; it is shown only once):", highlight=False)
        console.print(f"    {recovery}", highlight=False)
        console.print("Next: add staff with `standfast helpline user add NAME --role R`, and give people the "
                      "output of `standfast helpline key`.", highlight=False)
    finally:
        hl.close()


@helpline_app.command("serve")
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (beyond loopback needs TLS).")] = (
        "127.0.0.1"),
    port: Annotated[int, typer.Option("--port")] = 8470,
    tls_cert: Annotated[Path | None, typer.Option("--tls-cert", help="TLS certificate (PEM).")] = None,
    tls_key: Annotated[Path | None, typer.Option("--tls-key", help="TLS private key (PEM).")] = None,
    db: DbOpt = None,
    passphrase_file: PassFileOpt = None,
) -> None:
    """Run the web queue for staff (sign-in with password and authenticator code)."""
    import uvicorn

    from standfast.helpline.web import check_listen, create_app
    from standfast.services import helpline as svc

    tls = check_listen(host, tls_cert, tls_key)
    hl = _open(db, passphrase_file, pool_size=8)  # the web app answers from 4 threads (see web.WORKER_THREADS)
    try:
        svc.serving(hl, host=host, port=port, tls=tls)
        app = create_app(hl, tls=tls)
        scheme = "https" if tls else "http"
        err_console.print(f"Helpline queue on {scheme}://{host}:{port}/ (Ctrl+C stops it).", highlight=False)
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False,
                    ssl_certfile=str(tls_cert) if tls_cert else None, ssl_keyfile=str(tls_key) if tls_key else None)
    finally:
        hl.close()


@helpline_app.command("key")
def key(db: DbOpt = None, passphrase_file: PassFileOpt = None) -> None:
    """Print the helpline's public key with its fingerprint: the file a person passes to `standfast share`."""
    from standfast.services import helpline as svc

    hl = _open(db, passphrase_file)
    try:
        sys.stdout.write(svc.public_key_text(hl))
    finally:
        hl.close()


@user_app.command("add")
def user_add(
    name: str,
    role: Annotated[str, typer.Option("--role", help="admin, supervisor or caseworker.")],
    password_file: Annotated[Path | None, typer.Option("--password-file",
                                                       help="File whose first line is the new password.")] = None,
    db: DbOpt = None,
    passphrase_file: PassFileOpt = None,
) -> None:
    """Add a staff account; prints the TOTP enrolment URI for their authenticator app."""
    from standfast.services import helpline as svc

    if password_file is not None:
        try:
            password = password_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, UnicodeDecodeError, IndexError):
            raise UsageError("Cannot read the password from that file.") from None
    elif sys.stdin.isatty():
        password = str(typer.prompt(f"Password for {name}", hide_input=True))
        if password != typer.prompt("Type it again", hide_input=True):
            raise UsageError("The two passwords are different. Nothing was changed.")
    else:
        raise UsageError("Give the password with --password-file when not at a terminal.")
    hl = _open(db, passphrase_file)
    try:
        _uid, uri = svc.add_user(hl, name, role, password)
    finally:
        hl.close()
    err_console.print("Account added. Scan or type this into their authenticator app (shown once):",
                      highlight=False)
    sys.stdout.write(uri + "\n")


@helpline_app.command("import")
def import_(
    bundle: Annotated[Path, typer.Argument(help="A hand-over bundle made with `standfast share`.")],
    db: DbOpt = None,
    passphrase_file: PassFileOpt = None,
) -> None:
    """Check a hand-over bundle (signature, custody chain, every byte) and add its case to the queue."""
    from standfast.services import helpline as svc
    from standfast.vault.signing import show_fingerprint

    hl = _open(db, passphrase_file)
    try:
        done = svc.import_bundle(hl, bundle)
    finally:
        hl.close()
    console.print(f"Imported case {done.case_id}: {done.items} item(s), {done.files} file(s), "
                  f"{done.person_entries} custody entries from the person's vault.", highlight=False)
    console.print(f"Signed by the vault with fingerprint {show_fingerprint(done.fingerprint, per_line=0)}. "
                  "Confirm it with the person by phone before relying on it.", highlight=False)


@helpline_app.command("audit")
def audit(
    case: Annotated[str | None, typer.Option("--case", help="Only this case.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="A JSON list of {at, actor, action, case, item}.")] = False,
    db: DbOpt = None,
    passphrase_file: PassFileOpt = None,
) -> None:
    """Who opened or changed what, and when (the audit chain is checked first)."""
    from standfast.services import helpline as svc

    hl = _open(db, passphrase_file)
    try:
        problems, _count = svc.check_audit(hl)
        entries = svc.audit_log(hl, case_id=case)
    finally:
        hl.close()
    for p in problems:
        err_console.print(f"PROBLEM: {p}", highlight=False)
    if as_json:
        sys.stdout.write(json.dumps([e.to_json() for e in entries], ensure_ascii=False) + "\n")
    else:
        for e in entries:
            console.print(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.actor:<28} {e.action:<22} {e.case or '-':<32} "
                          f"{e.item or ''}", highlight=False, markup=False)
    if problems:
        raise IntegrityError("The audit log does not hold together (see above).")


@helpline_app.command("purge")
def purge(db: DbOpt = None, passphrase_file: PassFileOpt = None) -> None:
    """Delete the content of closed cases whose retention period has passed (run it daily, e.g. from cron)."""
    from standfast.services import helpline as svc

    hl = _open(db, passphrase_file)
    try:
        done = svc.run_retention(hl)
    finally:
        hl.close()
    console.print(f"{len(done)} closed case(s) past the retention period: their content was deleted. The custody "
                  "links and the audit log are kept.", highlight=False)


@helpline_app.command("verify")
def verify(
    case: Annotated[str, typer.Argument(help="A helpline case id.")],
    db: DbOpt = None,
    passphrase_file: PassFileOpt = None,
) -> None:
    """Check a case's custody chain: the person's entries, then the helpline's."""
    from standfast.services import helpline as svc

    hl = _open(db, passphrase_file)
    try:
        result = svc.verify_case(hl, case)
    finally:
        hl.close()
    for e in result.entries:
        console.print(f"{e.get('seq'):>5}  {e.get('time', '-')[:19] if e.get('time') else '(other case)':<19}  "
                      f"{e.get('actor') or '':<24} {e.get('action') or ''}", highlight=False, markup=False)
    for p in result.problems:
        console.print(f"PROBLEM: {p}", highlight=False, markup=False)
    console.print(f"{result.person_entries} entries from the person's vault, then {result.helpline_entries} "
                  "from the helpline.", highlight=False)
    if not result.ok:
        raise IntegrityError("The custody chain of this case does not hold (see above).")
    console.print("The chain is intact.", highlight=False)


def share(
    case: str,
    to_helpline: Annotated[Path, typer.Option("--to-helpline", help="The helpline's key file (from the helpline).")],
    out: Annotated[Path, typer.Option("--out", help="The new bundle file to give to the helpline.")],
    include_intimate: Annotated[bool, typer.Option(help="Also include items marked intimate.")] = False,
) -> None:
    """Share a case with a helpline: one file that only that helpline can open. Nothing is sent by Standfast."""
    from standfast.services import exports as export_service
    from standfast.vault.signing import show_fingerprint

    with clikit.open_vault() as vault:
        made = export_service.share_case(vault, case, to_helpline, out, include_intimate=include_intimate)
    console.print(f"Made {escape(str(made.path))} ({made.size:,} bytes): {made.files} file(s)"
                  + (f", {made.excluded} listed by hash only." if made.excluded else "."), highlight=False)
    console.print(f"Only the helpline with key fingerprint {show_fingerprint(made.helpline_fingerprint, per_line=0)} "
                  "can open it. Pass the file to them yourself (a USB stick, their upload page, or mail).",
                  highlight=False)
    console.print(f"Your vault's fingerprint, to tell them by phone: {show_fingerprint(made.fingerprint, per_line=0)}",
                  highlight=False)
    console.print(clikit.CRISIS_FOOTER, highlight=False)
