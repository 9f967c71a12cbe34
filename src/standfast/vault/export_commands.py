"""Commands for exports that prove themselves: export, verify-export, timestamp, key fingerprint.

Passphrases of encrypted exports come from STANDFAST_EXPORT_PASSPHRASE, a file given with
``--passphrase-file`` (this command's option, not the vault's global one), or a prompt that does
not echo. They are never printed or logged.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from standfast import clikit
from standfast.clikit import console, err_console, print_json_line
from standfast.errors import IntegrityError, UsageError

key_app = typer.Typer(help="The vault's signing key, which signs every export.", no_args_is_help=True)

PassFileOpt = Annotated[Path | None, typer.Option(
    "--passphrase-file", help="File whose first line is the export's passphrase (not the vault's).")]


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.command("verify-export")(verify_export)
    app.command("timestamp")(timestamp)
    app.add_typer(key_app, name="key")


def export_passphrase(passphrase_file: Path | None, *, confirm: bool, required: bool) -> str | None:
    """The export's passphrase: environment, then file, then a prompt at a terminal (never echoed)."""
    env = os.environ.get("STANDFAST_EXPORT_PASSPHRASE")
    if env:
        return env
    if passphrase_file is not None:
        try:
            lines = passphrase_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            raise UsageError("Cannot read the export passphrase from that file.") from None
        if not lines or not lines[0]:
            raise UsageError("The passphrase file is empty.")
        return lines[0]
    if not required:
        return None
    if not sys.stdin.isatty():
        raise UsageError("This needs the export's passphrase. Set STANDFAST_EXPORT_PASSPHRASE or use "
                         "--passphrase-file when not at a terminal.")
    first = typer.prompt("Passphrase for the export", hide_input=True)
    if confirm and first != typer.prompt("Type it again", hide_input=True):
        raise UsageError("The two passphrases are different. Nothing was written.")
    return str(first)


def _print_fingerprint(fp: str, *, to_err: bool = False) -> None:
    from standfast.vault.signing import show_fingerprint

    out = err_console if to_err else console
    out.print("Fingerprint of this vault's signing key:", highlight=False)
    for line in show_fingerprint(fp).splitlines():
        out.print(f"    {line}", highlight=False)


def export(
    case: str,
    to: Annotated[Path, typer.Option("--to", help="A new FILE.zip or a new folder.")],
    include_intimate: Annotated[bool, typer.Option(help="Also include items marked intimate.")] = False,
    encrypt: Annotated[bool, typer.Option("--encrypt", help="Encrypt the zip (AES-256) with a passphrase that "
                                          "the recipient gets another way.")] = False,
    passphrase_file: PassFileOpt = None,
) -> None:
    """Export a case: originals, manifest, custody log, SHA256SUMS, signed by the vault."""
    if passphrase_file is not None and not encrypt:
        raise UsageError("--passphrase-file is for an encrypted export; add --encrypt.")
    passphrase = export_passphrase(passphrase_file, confirm=True, required=True) if encrypt else None
    from standfast.services import exports as export_service

    with clikit.open_vault() as vault:
        result = export_service.export_case(vault, case, to, include_intimate=include_intimate,
                                            encrypt_passphrase=passphrase)
    console.print(f"Exported {result.files} file(s) to {escape(str(result.path))}"
                  + (f"; {result.excluded} item(s) listed by hash only." if result.excluded else "."))
    _print_fingerprint(result.fingerprint)
    console.print("Tell the recipient this fingerprint by phone or in person, not in the same message. "
                  "They check the export with `standfast verify-export PATH --fingerprint \"...\"`.")
    if encrypt:
        console.print("The zip is encrypted (AES-256; 7-Zip opens it). Give the passphrase another way too.")


def verify_export(
    package: Annotated[Path, typer.Argument(help="An export zip or folder.")],
    fingerprint: Annotated[str | None, typer.Option(
        "--fingerprint", help="The sender's fingerprint, confirmed by phone or in person.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    passphrase_file: PassFileOpt = None,
    tsr: Annotated[Path | None, typer.Option(
        "--tsr", help="A time-stamp reply (default: PACKAGE.tsr next to the export, when present).")] = None,
) -> None:
    """Check an export using only its own files (no vault needed). Exit 0 only if intact and signed."""
    from standfast.vault.export_check import check_export
    from standfast.vault.package import zip_is_encrypted

    password = export_passphrase(passphrase_file, confirm=False, required=zip_is_encrypted(package))
    result = check_export(package, password=password, fingerprint=fingerprint, timestamp_reply=tsr)
    if as_json:
        print_json_line(result.to_json())
    else:
        for p in result.problems:
            console.print(f"[bold]PROBLEM[/bold] {escape(p.where)}: {escape(p.detail)}", highlight=False)
        c = result.checked
        console.print(f"Checked {c['files']} files ({c['bytes']:,} bytes), {c['items']} items, "
                      f"{c['custody_entries']} custody entries.", highlight=False)
        console.print(f"Signature: {result.signature}.", highlight=False)
        if result.fingerprint:
            from standfast.vault.signing import show_fingerprint

            console.print("Signed by the key with fingerprint:", highlight=False)
            for line in show_fingerprint(result.fingerprint).splitlines():
                console.print(f"    {line}", highlight=False)
        if result.timestamp and result.timestamp.get("status") == "valid":
            console.print(f"Time-stamp: {escape(result.timestamp['detail'])}. Whether you trust that service is "
                          "your call.", highlight=False)
        console.print(("The package is intact. " if result.ok else "The package is NOT intact. ")
                      + result.proves(), highlight=False)
    if not result.ok:
        first = result.problems[0] if result.problems else None
        raise IntegrityError(f"the package is not intact: {first}" if first else "the package is not intact")


def timestamp(
    package: Annotated[Path, typer.Argument(metavar="EXPORT", help="An export zip or folder made by this vault.")],
    tsa: Annotated[str | None, typer.Option("--tsa", help="Address of an RFC 3161 time-stamping service.")] = None,
    passphrase_file: PassFileOpt = None,
) -> None:
    """Ask a time-stamping service to sign the time of an export (the only command that goes online)."""
    from standfast.services import exports as export_service
    from standfast.vault.export_check import reply_path
    from standfast.vault.package import zip_is_encrypted
    from standfast.vault.timestamp import DEFAULT_TSA_URL

    url = tsa or os.environ.get("STANDFAST_TSA_URL") or DEFAULT_TSA_URL
    target = reply_path(package)
    if target.exists():
        raise UsageError(f"{target.name} exists already: this export has its time-stamp. Nothing was changed.")
    password = export_passphrase(passphrase_file, confirm=False, required=zip_is_encrypted(package))
    with clikit.open_vault() as vault:
        err_console.print(f"Sending the SHA-256 of this export's signed statement (nothing else) to {escape(url)} …",
                          highlight=False)
        check, mine = export_service.timestamp_export(vault, package, tsa_url=url, password=password)
    console.print(f"Time-stamped: {escape(check.detail)}.", highlight=False)
    console.print(f"The reply is saved as {escape(str(target))}" + (
        " and in the case's custody log." if mine else
        ". This export was made by another vault, so nothing was added to this vault."), highlight=False)
    console.print("Send the .tsr file along with the export; `standfast verify-export` checks it.")


@key_app.command("fingerprint")
def key_fingerprint(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Show the fingerprint of this vault's signing key, to read out to a recipient of an export."""
    from standfast.vault.signing import show_fingerprint, vault_fingerprint

    with clikit.open_vault() as vault:
        fp = vault_fingerprint(vault)
    if as_json:
        print_json_line({"fingerprint": fp, "grouped": show_fingerprint(fp, per_line=0)})
        return
    _print_fingerprint(fp)
    console.print("Read it out by phone or in person to anyone you send an export to: if theirs matches, the "
                  "export came from this vault unchanged.", highlight=False)
