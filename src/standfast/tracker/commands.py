"""Tracker commands: ``track`` (show, add, update, due, escalate, pin), ``paid``, ``notice``, ``handoff``,
``legal``.

``standfast track CASE [--json]`` is a short form of ``standfast track show CASE``. JSON output is one
object per line and nothing else on stdout; human output ends with the crisis-line pointer. These
commands only parse and print: every change goes through ``standfast.services.tracker``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from standfast import clikit
from standfast.clikit import console, err_console, print_json_line
from standfast.errors import UsageError
from standfast.services import tracker as tracker_service


class _TrackGroup(TyperGroup):
    """``track CASE`` means ``track show CASE``: a first word that is not a subcommand is a case."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # Typer's bundled click.Context
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


track_app = typer.Typer(cls=_TrackGroup, no_args_is_help=True,
                        help="Follow every report sent: where, when, its reference, its state, its deadline.")


def register(app: typer.Typer) -> None:
    app.add_typer(track_app, name="track")
    app.command("paid")(paid_command)
    app.command("notice")(notice_command)
    app.command("handoff")(handoff_command)
    app.command("legal")(legal_command)


def _out(text: str) -> None:
    console.print(text, markup=False, highlight=False, soft_wrap=True)


def _footer() -> None:
    console.print()
    _out(clikit.CRISIS_FOOTER)


def _when(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else "-"


def _row_json(e: Any) -> dict[str, Any]:
    from standfast.tracker.notices import escalation_for

    data: dict[str, Any] = e.to_json()
    data["escalation"] = escalation_for(e)
    return data


def _print_entry(e: Any) -> None:
    from standfast.tracker.clocks import STATE_WORDS
    from standfast.tracker.notices import clock_words

    flag = " — OVERDUE" if e.standing.overdue else ""
    _out(f"{e.id}  {e.channel_name}  [{e.kind}]{flag}")
    _out(f"    state: {STATE_WORDS.get(e.state, e.state)}; sent: {_when(e.sent_at)}; "
         f"reference: {e.reference or 'none yet'}{'; PIN kept (sealed)' if e.has_pin else ''}")
    if e.due_at is not None and e.standing.open:
        _out(f"    answer due: {_when(e.due_at)} — {clock_words(e)}")
        _out(f"    source: {e.clock['source'][0]} (checked {e.clock['checked']})")
    elif e.standing.open:
        _out(f"    {clock_words(e)}")
    if e.answers:
        _out(f"    answers kept as evidence: {', '.join(a['item_id'] for a in e.answers)}")


# -- track -------------------------------------------------------------------------------------
@track_app.command("show")
def track_show(
    case: Annotated[str, typer.Argument(help="Case id (or its first characters).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per report, one per line.")] = False,
) -> None:
    """List the case's reports: channel, when sent, reference, state and when an answer is due."""
    with clikit.open_vault() as vault:
        rows = tracker_service.list_reports(vault, case)
        if as_json:
            for e in rows:
                print_json_line(_row_json(e))
            return
        if not rows:
            _out("Nothing tracked yet. When you send a report, record it: standfast track add CASE CHANNEL "
                 "--reference R")
        for e in rows:
            _print_entry(e)
            esc = tracker_service.escalation(vault, case, e.id)
            if esc is not None and e.clock is not None:
                _out("")
                _out(f"    The {e.clock['hours']} hours are up. Next step: send this to {esc.send_to.name} "
                     f"({esc.send_to.url}).")
                _out("    " + esc.notice.text.replace("\n", "\n    "))
    _footer()


@track_app.command("add")
def track_add(
    case: Annotated[str, typer.Argument(help="Case id (or its first characters).")],
    channel: Annotated[str, typer.Argument(help="Where it went: a directory id (standfast help --country CC).")],
    reference: Annotated[str | None, typer.Option("--reference", help="Their reference or case number.")] = None,
    sent_at: Annotated[str | None, typer.Option("--sent-at", help="When it was sent (default: now).")] = None,
    state: Annotated[str, typer.Option("--state", help="drafted, sent, acknowledged, acted_on, refused, "
                                                       "no_answer.")] = "sent",
    method: Annotated[str | None, typer.Option("--method", help="form, email, phone, post, in_person or app.")] = None,
    notice: Annotated[str | None, typer.Option("--notice", help="The notice kind it was (standfast notice "
                                                                "--list); a TAKE IT DOWN Act request starts "
                                                                "its 48-hour clock.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the new entry as JSON.")] = False,
) -> None:
    """Record a report, notice or request you sent."""
    when = tracker_service.parse_time(sent_at)
    with clikit.open_vault() as vault:
        e = tracker_service.add_report(vault, case, channel, reference=reference, sent_at=when, state=state,
                                       method=method, notice=notice)
    if as_json:
        print_json_line(_row_json(e))
        return
    _out(f"Recorded: {e.id}")
    _print_entry(e)
    _footer()


@track_app.command("update")
def track_update(
    case: Annotated[str, typer.Argument(help="Case id (or its first characters).")],
    entry: Annotated[str, typer.Argument(help="The tracked report's id (from standfast track CASE).")],
    state: Annotated[str | None, typer.Option("--state", help="drafted, sent, acknowledged, acted_on, refused, "
                                                              "no_answer.")] = None,
    answer: Annotated[Path | None, typer.Option("--answer", help="Their answer (saved e-mail, letter or "
                                                                 "screenshot): kept as evidence.")] = None,
    reference: Annotated[str | None, typer.Option("--reference", help="A reference they gave later.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the entry as JSON.")] = False,
) -> None:
    """Change a tracked report's state, add their answer, or add the reference they gave."""
    if state is None and answer is None and reference is None:
        raise UsageError("Say what changed: --state S, --answer FILE or --reference R.")
    with clikit.open_vault() as vault:
        e = tracker_service.update_report(vault, case, entry, state=state, answer=answer, reference=reference)
    if as_json:
        print_json_line(_row_json(e))
        return
    _out("Updated.")
    _print_entry(e)
    _footer()


@track_app.command("due")
def track_due(
    ics: Annotated[Path | None, typer.Option("--ics", help="Also write the reminders to this calendar file.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the calendar file if it exists.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per report, one per line.")] = False,
) -> None:
    """What is due and overdue, across every case (only requests with a sourced deadline)."""
    with clikit.open_vault() as vault:
        rows = tracker_service.due_reports(vault)
        written = tracker_service.export_calendar(vault, ics, force=force) if ics is not None else None
    if as_json:
        for e in rows:
            print_json_line(_row_json(e))
        return
    if not rows:
        _out("Nothing is waiting on a known deadline.")
    for e in rows:
        _out(f"[case {e.case_id}]")
        _print_entry(e)
    if written is not None:
        _out(f"Wrote {written} reminder(s) to {ics}.")
    _footer()


@track_app.command("escalate")
def track_escalate(
    case: Annotated[str, typer.Argument(help="Case id (or its first characters).")],
    entry: Annotated[str, typer.Argument(help="The tracked request's id.")],
    name: Annotated[str | None, typer.Option("--name", help="Your name.")] = None,
    contact: Annotated[str | None, typer.Option("--contact", help="Your e-mail, phone or address.")] = None,
    signature: Annotated[str | None, typer.Option("--signature", help="Your typed signature.")] = None,
    url: Annotated[list[str] | None, typer.Option("--url", help="Where the image is (repeat for more).")] = None,
) -> None:
    """The next step when a request's deadline has passed (for a TAKE IT DOWN Act request: the FTC)."""
    from standfast.tracker.notices import NoticeInput

    given = NoticeInput(name=name, contact=contact, signature=signature, urls=tuple(url or ()))
    with clikit.open_vault() as vault:
        esc = tracker_service.escalation(vault, case, entry, given)
    if esc is None:
        _out("This request's deadline has not passed, or no deadline is known for it. Nothing to escalate yet.")
        _footer()
        return
    _out(f"Send this to {esc.send_to.name}: {esc.send_to.url}")
    _out("")
    _out(esc.notice.text)
    _footer()


@track_app.command("pin")
def track_pin(
    case: Annotated[str, typer.Argument(help="Case id (or its first characters).")],
    entry: Annotated[str, typer.Argument(help="The hand-off's id (from standfast track CASE).")],
) -> None:
    """Show the PIN kept for a StopNCII or Take It Down hand-off (showing it is logged)."""
    with clikit.open_vault() as vault:
        pin = tracker_service.reveal_pin(vault, case, entry)
    _out(pin if pin else "No PIN is kept for this entry.")


# -- paid --------------------------------------------------------------------------------------
def paid_command(
    case: Annotated[str, typer.Argument(help="Case id (or its first characters).")],
    amount: Annotated[str | None, typer.Option("--amount", help="How much, e.g. 250 or 0.015.")] = None,
    currency: Annotated[str | None, typer.Option("--currency", help="USD, GBP, EUR, BTC, ...")] = None,
    method: Annotated[str | None, typer.Option("--method", help="gift_card, cash_app, paypal, venmo, zelle, "
                                                                "bank_transfer, crypto, money_transfer, card, "
                                                                "other.")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Where it went: account, handle, e-mail or address.")] = None,
    txid: Annotated[str | None, typer.Option("--txid", help="Transaction id or receipt number.")] = None,
    at: Annotated[str | None, typer.Option("--at", help="When it was paid.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the payments recorded on this case.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON, one object per line.")] = False,
) -> None:
    """Record money already paid (never your fault): what IC3 and the police ask for first."""
    from standfast.tracker.payments import ic3_fields

    if list_:
        with clikit.open_vault() as vault:
            rows = tracker_service.list_payments(vault, case)
        for p in rows:
            if as_json:
                print_json_line(p.to_json())
            else:
                _out(f"{p.id}  {p.amount} {p.currency} by {p.method} to {p.to_account} ({_when(p.paid_at)})")
        if not as_json:
            _footer()
        return
    missing = [n for n, v in (("--amount", amount), ("--currency", currency), ("--method", method), ("--to", to))
               if not v]
    if missing:
        raise UsageError(f"Also give {', '.join(missing)}.")
    when = tracker_service.parse_time(at)
    with clikit.open_vault() as vault:
        p = tracker_service.record_payment(vault, case, amount=str(amount), currency=str(currency),
                                           method=str(method), to=str(to), txid=txid, at=when)
    if as_json:
        print_json_line(p.to_json())
        return
    _out(f"Recorded payment {p.id}. Paying does not make this your fault, and it rarely ends the demands.")
    for c in p.checks:
        _out(f"  {'ok' if c['ok'] else 'check'}: {c['words']}")
    _out("For the IC3 complaint form (financial transaction):")
    for label, value in ic3_fields(p):
        _out(f"  {label}: {value}")
    _out(f"A notice to the provider: standfast notice {case} payment-provider --payment {p.id}")
    _footer()


# -- notice ------------------------------------------------------------------------------------
def notice_command(
    case: Annotated[str | None, typer.Argument(help="Case id (or its first characters).")] = None,
    kind: Annotated[str | None, typer.Argument(help="Which notice (standfast notice --list).")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the notices and the law each relies on.")] = False,
    name: Annotated[str | None, typer.Option("--name", help="Your name.")] = None,
    signature: Annotated[str | None, typer.Option("--signature", help="Your typed signature (full name).")] = None,
    contact: Annotated[str | None, typer.Option("--contact", help="Your e-mail, phone or address.")] = None,
    url: Annotated[list[str] | None, typer.Option("--url", help="Where the image is (repeat for more).")] = None,
    description: Annotated[str | None, typer.Option("--description", help="A short description, no explicit "
                                                                          "detail.")] = None,
    ai_made: Annotated[bool, typer.Option("--ai-made", help="The image was made or altered with AI.")] = False,
    platform: Annotated[str | None, typer.Option("--platform", help="Who it is addressed to.")] = None,
    entry: Annotated[str | None, typer.Option("--entry", help="The tracked request it is about (FTC).")] = None,
    payment: Annotated[str | None, typer.Option("--payment", help="The payment it is about.")] = None,
    save: Annotated[Path | None, typer.Option("--save", help="Save the text to this file.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Print or save a notice: a TAKE IT DOWN Act request, an FTC complaint, UK and EU notices, a payment notice."""
    from standfast.tracker.notices import NoticeInput

    if list_:
        for n in tracker_service.notice_kinds():
            if as_json:
                print_json_line({"kind": n.kind, "title": n.title, "law": n.law, "jurisdiction": list(n.jurisdiction),
                                 "sources": list(n.source), "checked": n.checked.isoformat()})
            else:
                _out(f"{n.kind}: {n.title}\n    law: {n.law}\n    {n.what}")
        return
    if case is None or kind is None:
        raise UsageError("Give the case and the notice kind (standfast notice --list shows the kinds).")
    given = NoticeInput(name=name, signature=signature, contact=contact, urls=tuple(url or ()),
                        description=description, ai_made=ai_made, platform=platform)
    with clikit.open_vault() as vault:
        notice = tracker_service.make_notice(vault, case, kind, given, entry_ref=entry, payment_ref=payment,
                                             save_to=save, force=force)
    if as_json:
        print_json_line(notice.to_json())
        return
    if save is None:
        _out(notice.text)
    else:
        _out(f"Saved to {save}.")
    if notice.missing:
        err_console.print("Still needed before you send it: " + "; ".join(notice.missing) + ".",
                          markup=False, highlight=False, soft_wrap=True)
    _footer()


# -- handoff -----------------------------------------------------------------------------------
def handoff_command(
    case: Annotated[str, typer.Argument(help="Case id (or its first characters).")],
    service: Annotated[str, typer.Argument(help="stopncii (adults) or takeitdown (under 18).")],
    case_number: Annotated[str, typer.Option("--case-number", help="The case number they gave you.")],
    pin: Annotated[str | None, typer.Option("--pin", help="The PIN they gave you (kept sealed).")] = None,
) -> None:
    """Keep the case number and PIN that StopNCII or Take It Down gave you (they cannot be recovered)."""
    ids = {"stopncii": "int-stopncii", "takeitdown": "int-take-it-down", "take-it-down": "int-take-it-down"}
    service_id = ids.get(service.strip().lower(), service.strip().lower())
    with clikit.open_vault() as vault:
        e = tracker_service.record_handoff(vault, case, service_id, case_number=case_number, pin=pin)
    _out(f"Kept: {e.id} ({e.channel_name}). The case number and PIN are sealed in your vault.")
    _footer()


# -- legal -------------------------------------------------------------------------------------
def legal_command(
    case: Annotated[str, typer.Argument(help="Case id (or its first characters).")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON, one object per line.")] = False,
) -> None:
    """Legal options where the case happens, with what evidence each needs and what the case already has."""
    with clikit.open_vault() as vault:
        views, changes = tracker_service.legal_options(vault, case)
    if as_json:
        for v in views:
            print_json_line({"id": v.option.id, "title": v.option.title, "what": v.option.what, "have": v.have,
                             "gather": v.gather, "sources": list(v.option.source),
                             "checked": v.option.checked.isoformat()})
        return
    if not views:
        _out("No legal options are on file for this case's country yet. Set the country (standfast case set "
             "CASE --country CC); a local lawyer or victim-support service can advise.")
    for v in views:
        _out(f"{v.option.title}\n    {v.option.what}")
        _out(f"    evidence the case already holds: {', '.join(v.have) or 'none yet'}")
        if v.gather:
            _out(f"    still to gather: {', '.join(v.gather)}")
        _out(f"    source: {v.option.source[0]} (checked {v.option.checked.isoformat()})")
    for f in changes:
        _out(f"Good to know: {f.fact} (source: {f.source[0]}, checked {f.checked.isoformat()})")
    _footer()
