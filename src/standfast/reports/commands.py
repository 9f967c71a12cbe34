"""``standfast report …`` and ``standfast demo``: the reports concern's command line.

report package CASE --to FILE.zip [--include-intimate] [--password-file F | --password P]
report pdf CASE --to FILE.pdf
report text CASE --channel ID [--lang es]
report removal CASE --kind search|host|copyright [--url U ...] [--name N] [--no-hashes]
report channels CASE [--json]
demo [--minor]
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from standfast import clikit
from standfast.errors import UsageError

report_app = typer.Typer(help="Evidence package, PDF case report, pre-filled reports and removal requests. "
                              "Nothing is ever sent: you choose where it goes.", no_args_is_help=True)

CaseArg = Annotated[str, typer.Argument(help="Case id (or a unique start of it).")]
LangOpt = Annotated[str, typer.Option("--lang", help="Language of the framing text (en, es).")]


def register(app: typer.Typer) -> None:
    app.add_typer(report_app, name="report")
    app.command("demo")(demo_cmd)


@report_app.command("package")
def package_cmd(
    case: CaseArg,
    to: Annotated[Path, typer.Option("--to", help="The new .zip file to write.")],
    include_intimate: Annotated[bool, typer.Option("--include-intimate", help="Include items marked intimate "
                                                   "(never in a minor's case).")] = False,
    password: Annotated[str | None, typer.Option("--password", help="Encrypt the zip (AES) with this password. "
                                                 "Prefer --password-file: a password typed here stays in the "
                                                 "shell history.")] = None,
    password_file: Annotated[Path | None, typer.Option("--password-file", help="Read the zip password from "
                                                       "this file (first line).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Write the evidence package: originals, report PDF, manifest, custody log, timeline, hashes."""
    from standfast.services.exports import build_package

    if password_file is not None:
        try:
            password = password_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError):
            raise UsageError("Cannot read a password from that file.") from None
    with clikit.open_vault() as vault:
        result = build_package(vault, case, to, include_intimate=include_intimate, password=password)
    if as_json:
        clikit.print_json_line({"path": str(result.path), "files": result.files, "excluded": result.excluded,
                                "size": result.size, "manifest_sha256": result.manifest_sha256,
                                "encrypted": password is not None, "fingerprint": result.fingerprint})
        return
    clikit.console.print(f"Wrote {result.path} ({result.files} files, {result.excluded} listed by hash only, "
                         f"{result.size:,} bytes).", markup=False, highlight=False)
    from standfast.vault.signing import show_fingerprint

    clikit.console.print(f"Signed by this vault. Fingerprint: {show_fingerprint(result.fingerprint, per_line=0)}. "
                         "Confirm it with the recipient by phone.", markup=False, highlight=False)
    clikit.console.print("Anyone can check it: unzip it and run `sha256sum -c SHA256SUMS`."
                         + (" Send the password separately, not in the same message." if password else ""),
                         markup=False, highlight=False)


@report_app.command("pdf")
def pdf_cmd(
    case: CaseArg,
    to: Annotated[Path, typer.Option("--to", help="The new .pdf file to write.")],
    blur: Annotated[bool, typer.Option("--blur-intimate", help="Show intimate images as a strong blur instead of "
                                       "leaving them out (never in a minor's case).")] = False,
    lang: LangOpt = "en",
) -> None:
    """Write the PDF case report (for police, a lawyer or a hotline)."""
    from standfast.services.exports import write_pdf_report

    if to.exists():
        raise UsageError(f"{to} already exists; choose a new name so nothing is overwritten.")
    with clikit.open_vault() as vault:
        started = time.monotonic()
        size = write_pdf_report(vault, case, to, lang=lang, blur_intimate=blur)
    clikit.console.print(f"Wrote {to} ({size:,} bytes, {time.monotonic() - started:.1f} s).", markup=False,
                         highlight=False)


@report_app.command("text")
def text_cmd(
    case: CaseArg,
    channel: Annotated[str, typer.Option("--channel", help="Channel id (see `standfast report channels`).")],
    lang: LangOpt = "en",
) -> None:
    """Print the pre-filled report text for one channel, ready to copy into its form."""
    from standfast.reports.texts import channel_text

    with clikit.open_vault() as vault:
        text = channel_text(vault, vault.get_case(case).id, channel, lang=lang)
    typer.echo(text, nl=False)


@report_app.command("channels")
def channels_cmd(
    case: CaseArg,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List the channels the plan picked for this case (ids for `report text --channel`)."""
    from standfast.reports.texts import available_channels

    with clikit.open_vault() as vault:
        channels = available_channels(vault, vault.get_case(case).id)
    for c in channels:
        if as_json:
            clikit.print_json_line(c.to_dict())
        else:
            typer.echo(f"{c.id:<28} {c.name}")


@report_app.command("removal")
def removal_cmd(
    case: CaseArg,
    kind: Annotated[str, typer.Option("--kind", help="search, host or copyright.")],
    url: Annotated[list[str] | None, typer.Option("--url", help="Web address of a page or image (repeat).")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Your name (left blank if not given).")] = None,
    contact: Annotated[str | None, typer.Option("--contact", help="E-mail where they can reach you.")] = None,
    site: Annotated[str | None, typer.Option("--site", help="The site's name or copyright agent.")] = None,
    engine: Annotated[str, typer.Option("--engine", help="Search engine: google or bing.")] = "google",
    item: Annotated[list[str] | None, typer.Option("--item", help="Only these items' hashes (repeat).")] = None,
    no_hashes: Annotated[bool, typer.Option("--no-hashes", help="Do not list the image hashes.")] = False,
    lang: LangOpt = "en",
) -> None:
    """Print a removal request: search engines, a site's abuse contact, or a copyright notice."""
    from standfast.reports.removal import removal_text

    with clikit.open_vault() as vault:
        text = removal_text(vault, vault.get_case(case).id, kind, urls=url or (), name=name, contact=contact,
                            site=site, engine=engine, items=item or (), include_hashes=not no_hashes, lang=lang)
    typer.echo(text, nl=False)


def demo_cmd(
    minor: Annotated[bool, typer.Option("--minor", help="Make it a minor's case (images hashed in place).")] = False,
) -> None:
    """Create a demo case with invented people in the vault, to try everything. Prints its id last."""
    from standfast.reports.demo import build_demo_case

    with clikit.open_vault() as vault:
        case_id = build_demo_case(vault, minor=minor)
    clikit.err_console.print("Demo case created (invented people, no real data).", markup=False)
    typer.echo(case_id)
