"""Guide commands: help (the directory), interview, plan, and password checks.

Every plan printed here starts and ends with crisis lines. Passwords are read from a hidden
prompt or from standard input, never from the command line, and are never echoed or stored.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from standfast import clikit
from standfast.errors import InputError, UsageError
from standfast.guide import directory, pwned, security
from standfast.guide.i18n import get_translator
from standfast.guide.interview import QUESTIONS, Answers
from standfast.guide.plan import STEP_IDS
from standfast.guide.render import render_entries, render_text

password_app = typer.Typer(help="Check a password on this computer: strength, and known breaches.",
                           no_args_is_help=True)

_HELP_JSON_FIELDS = ("id", "name", "kind", "jurisdiction", "audience", "url", "phone", "sms", "hours",
                     "what_for", "source", "checked", "confidence", "notes", "needs_check", "numbers")


def register(app: typer.Typer) -> None:
    app.command("help")(help_directory)
    app.command("plan")(plan_command)
    app.command("interview")(interview)
    app.add_typer(password_app, name="password")


# -- help -------------------------------------------------------------------------------------
def help_directory(
    country: Annotated[str | None, typer.Option("--country", "-c", help="Two-letter country code, e.g. GB.")] = None,
    region: Annotated[str | None, typer.Option("--region", help="Region, e.g. SCT for Scotland.")] = None,
    age: Annotated[str, typer.Option("--age", help="minor, adult, helper (helping a minor) or any.")] = "any",
    kind: Annotated[list[str] | None, typer.Option("--kind", help="Only this kind (repeatable).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="A JSON list of entries.")] = False,
    lang: Annotated[str, typer.Option("--lang", help="en or es.")] = "en",
) -> None:
    """Where to report and who to call, for your country and age. Crisis lines first."""
    ages = {"minor": "minor", "adult": "adult", "helper": "helper", "any": "unknown", "unknown": "unknown"}
    if age not in ages:
        raise UsageError("--age must be minor, adult, helper or any.")
    entries = directory.entries_for(country, region, ages[age], kinds=kind or None)
    if as_json:
        sys.stdout.write(json.dumps([{k: e.to_dict()[k] for k in _HELP_JSON_FIELDS} for e in entries],
                                    ensure_ascii=False, indent=2) + "\n")
        return
    _ = get_translator(lang)
    if not entries:
        clikit.console.print(_("Call your local emergency number."), markup=False, highlight=False)
        return
    clikit.console.print(render_entries(entries, lang, mark_audience=ages[age] == "unknown"),
                         markup=False, highlight=False, soft_wrap=True)
    if not any(e.kind == "crisis" for e in entries):
        clikit.console.print(_("If you are in danger right now, call your local emergency number."),
                             markup=False, highlight=False)


# -- plan -------------------------------------------------------------------------------------
def plan_command(
    args: Annotated[list[str], typer.Argument(help="CASE, or: done CASE STEP, or: undo CASE STEP.")],
    as_json: Annotated[bool, typer.Option("--json", help="The plan as JSON (for scripts).")] = False,
    lang: Annotated[str, typer.Option("--lang", help="en or es.")] = "en",
    done: Annotated[list[str] | None, typer.Option("--done", help="Mark a step done (1-9 or its id).")] = None,
    undo: Annotated[list[str] | None, typer.Option("--undo", help="Mark a step not done.")] = None,
) -> None:
    """Your personal plan for a case. Mark steps with `standfast plan done CASE 4`."""
    from standfast.guide import store  # the vault and SQLAlchemy load only when needed

    done, undo = list(done or []), list(undo or [])
    if args and args[0] in ("done", "undo"):
        if len(args) != 3:
            raise UsageError(f"Use: standfast plan {args[0]} CASE STEP (STEP is 1-9 or one of: {', '.join(STEP_IDS)}).")
        (done if args[0] == "done" else undo).append(args[2])
        args = [args[1]]
    if len(args) != 1:
        raise UsageError("Use: standfast plan CASE")
    with clikit.open_vault() as vault:
        case = vault.get_case(args[0])
        for step in done:
            store.set_step_done(vault, case.id, step, True)
        for step in undo:
            store.set_step_done(vault, case.id, step, False)
        plan = store.case_plan(vault, case.id, lang=lang)
    if as_json:
        sys.stdout.write(plan.to_json() + "\n")
        return
    clikit.console.print(render_text(plan), markup=False, highlight=False, soft_wrap=True)


# -- interview --------------------------------------------------------------------------------
def _read_answers_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror}.") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path.name} is not valid JSON (line {exc.lineno}).") from None
    if not isinstance(data, dict):
        raise InputError(f"{path.name} must hold a JSON object of answers.")
    return data


def _ask(question: dict[str, Any], _: Callable[[str], str]) -> Any:
    """One question at the terminal. An empty answer skips it."""
    text = question["text"]
    if question["hint"]:
        text += f" ({question['hint']})"
    skip = _("Press Enter to skip.")
    if question["kind"] == "yes_no":
        value = typer.prompt(f"{text} [y/n] {skip}", default="", show_default=False)
        return value or None
    if question["kind"] in ("choice", "multi"):
        for n, choice in enumerate(question["choices"], start=1):
            clikit.console.print(f"  {n}. {choice['label']}", markup=False, highlight=False)
        value = typer.prompt(f"{text} {skip}", default="", show_default=False)
        picked = []
        for part in value.replace(",", " ").split():
            if part.isdigit() and 1 <= int(part) <= len(question["choices"]):
                picked.append(question["choices"][int(part) - 1]["value"])
            else:
                picked.append(part)
        if question["kind"] == "choice":
            return picked[0] if picked else None
        return picked
    value = typer.prompt(f"{text} {skip}", default="", show_default=False)
    return value or None


def interview(
    case: Annotated[str, typer.Argument(help="Case id (or the start of it).")],
    answers_file: Annotated[Path | None, typer.Option("--answers", help="JSON file of answers (for scripts).")] = None,
    safe: Annotated[bool | None, typer.Option("--safe/--not-safe", help="Are you safe right now?")] = None,
    role: Annotated[str | None, typer.Option("--role", help="self or helper.")] = None,
    age: Annotated[str | None, typer.Option("--age", help="minor or adult (the person it is happening to).")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Two-letter country code.")] = None,
    region: Annotated[str | None, typer.Option("--region", help="Region, e.g. SCT.")] = None,
    started: Annotated[str | None, typer.Option("--started", help="email, chat, dating_app, hacked, other.")] = None,
    platform: Annotated[list[str] | None, typer.Option("--platform", help="Platform involved (repeatable).")] = None,
    demand: Annotated[list[str] | None, typer.Option("--demand", help="What they ask for (repeatable).")] = None,
    paid: Annotated[bool | None, typer.Option("--paid/--not-paid")] = None,
    sent_images: Annotated[bool | None, typer.Option("--sent-images/--no-sent-images")] = None,
    images_shared: Annotated[str | None, typer.Option("--images-shared", help="yes, no or not_sure.")] = None,
    deadline: Annotated[str | None, typer.Option("--deadline", help="The deadline, as they said it.")] = None,
    lang: Annotated[str, typer.Option("--lang", help="en or es.")] = "en",
    as_json: Annotated[bool, typer.Option("--json", help="Print the resulting plan as JSON.")] = False,
) -> None:
    """A few short questions (each can be skipped) that turn into your personal plan."""
    from standfast.guide import store  # the vault and SQLAlchemy load only when needed

    _ = get_translator(lang)
    flags = {"safe_now": safe, "role": role, "age_group": age, "country": country, "region": region,
             "started": started, "platforms": platform or None, "demands": demand or None, "paid": paid,
             "sent_images": sent_images, "images_shared": images_shared, "deadline": deadline}
    given = {k: v for k, v in flags.items() if v is not None}
    with clikit.open_vault() as vault:
        case_id = vault.get_case(case).id
        data = store.answers_for_case(vault, case_id).to_dict()
        if answers_file is not None or given:
            if answers_file is not None:
                data.update(_read_answers_file(answers_file))
            data.update(given)
            answers = Answers.from_dict(data)
        else:
            if not sys.stdin.isatty():
                raise UsageError("Not at a terminal: give the answers with --answers FILE.json or flags.")
            answers = _interactive(_ , lang)
        from standfast.services.cases import save_interview

        save_interview(vault, case_id, answers)  # also writes --age into the case's age field
        plan = store.case_plan(vault, case_id, lang=lang)
    if as_json:
        sys.stdout.write(plan.to_json() + "\n")
        return
    clikit.console.print(render_text(plan), markup=False, highlight=False, soft_wrap=True)


def _interactive(_: Callable[[str], str], lang: str) -> Answers:
    data: dict[str, Any] = {}
    clikit.console.print(_("A few short questions. You can skip any of them."), markup=False)
    for question in QUESTIONS:
        q = question.translated(lang)
        while True:
            value = _ask(q, _)
            try:
                Answers.from_dict({**data, question.id: value})
            except InputError as exc:
                clikit.err_console.print(str(exc), markup=False)
                continue
            break
        data[question.id] = value
        if question.id == "safe_now" and Answers.from_dict(data).safe_now is False:
            break  # crisis lines first, nothing else
    return Answers.from_dict(data)


# -- passwords ----------------------------------------------------------------------------------
def _read_password(lang: str = "en") -> str:
    _ = get_translator(lang)
    if sys.stdin.isatty():
        password = str(typer.prompt(_("Password (hidden, never stored)"), hide_input=True))
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError("No password given. Type it at the hidden prompt, or pipe it on standard input.")
    return password


@password_app.command("check")
def password_check(
    as_json: Annotated[bool, typer.Option("--json")] = False,
    lang: Annotated[str, typer.Option("--lang", help="en or es.")] = "en",
) -> None:
    """How strong is a password? Checked here; the password is not stored or shown."""
    result = security.password_strength(_read_password(lang), lang=lang)
    if as_json:
        clikit.print_json_line({"score": result.score, "label": result.label, "ok": result.ok,
                                "guesses_log10": result.guesses_log10, "crack_time": result.crack_time,
                                "warning": result.warning, "suggestions": result.suggestions})
        return
    _ = get_translator(lang)
    clikit.console.print(f"{result.score}/4 — {result.label}", markup=False, highlight=False)
    if result.warning:
        clikit.console.print(result.warning, markup=False, highlight=False)
    for line in result.suggestions:
        clikit.console.print(f"- {line}", markup=False, highlight=False)


@password_app.command("breached")
def password_breached(
    range_file: Annotated[Path | None, typer.Option("--range-file", help="Downloaded Pwned Passwords "
                                                    "SHA-1 file, range file, or folder of range files.")] = None,
    online: Annotated[bool, typer.Option("--online", help="Ask the Pwned Passwords service. Sends only 5 "
                                         "characters of the password's SHA-1 hash.")] = False,
    range_url: Annotated[str, typer.Option("--range-url", hidden=True)] = pwned.DEFAULT_RANGE_URL,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    lang: Annotated[str, typer.Option("--lang", help="en or es.")] = "en",
) -> None:
    """Was a password in a known data breach? Offline with a downloaded file; online only if asked."""
    if range_file is None and not online:
        raise UsageError("Give --range-file FILE (offline), or --online to ask the breach service.")
    password = _read_password(lang)
    if range_file is not None:
        result = pwned.check_file(password, range_file)
    else:
        result = pwned.check_online(password, allow_network=True, base_url=range_url)
    del password
    if as_json:
        clikit.print_json_line({"found": result.found, "count": result.count, "source": result.source})
        return
    _ = get_translator(lang)
    if result.found:
        message = _("This password appears in known breaches ({count} times). Do not use it anywhere; "
                    "change it wherever you used it.").format(count=result.count)
    else:
        message = _("This password was not found in the breach list. Still use it on one account only.")
    clikit.console.print(message, markup=False, highlight=False)
