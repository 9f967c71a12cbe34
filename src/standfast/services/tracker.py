"""Follow-through: record every report, notice and hand-off sent for a case, its clock and its answer;
list what is due; export reminders; record what was already paid; write notices; show legal options.

The tracker concern (``standfast.tracker``) keeps the sealed rows and writes their custody entries;
answers received are added as evidence through ``services.evidence`` (so the safeguarding policy
decides how they are stored). When a report is first recorded as sent, the plan's "report" step
ticks itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from standfast import safeguarding
from standfast.errors import CaseClosed, Refused, UsageError
from standfast.services.cases import get_case

if TYPE_CHECKING:
    from standfast.tracker.notices import Notice, NoticeInput
    from standfast.tracker.store import Payment, Tracked
    from standfast.vault.vault import Vault

# Hand-off services: the directory entry and the audience the safeguarding policy names for it.
HANDOFFS = {"int-stopncii": "adult", "int-take-it-down": "minor"}
# The directory kinds a person reports to (the plan's step 4 picks from these).
REPORT_KINDS = ("law_enforcement", "child_protection", "image_removal", "platform_report")


def _open_case(vault: Vault, case_ref: str) -> Any:
    """The case, if it is open: a closed case takes no new records until it is reopened."""
    case = get_case(vault, case_ref)
    if case.status == "closed":
        raise CaseClosed("This case is closed. Reopen it with `standfast case reopen` to record what was sent.")
    return case


def _after_sent(vault: Vault, case_id: str, tracked: Tracked) -> None:
    """The plan's 'report' step ticks itself once something was really sent."""
    from standfast.guide.store import done_steps, set_step_done

    if tracked.state != "drafted" and "report" not in done_steps(vault, case_id):
        set_step_done(vault, case_id, "report", True)


def parse_time(value: str | None) -> datetime | None:
    """'2026-05-20', '2026-05-20 14:30', ISO with a zone. A time without a zone is this computer's local
    time: the CLI and the web app both run on the person's own machine."""
    if value is None or not value.strip():
        return None
    from dateutil import parser as dateparser

    try:
        when = dateparser.isoparse(value.strip())
    except (ValueError, OverflowError):
        try:
            when = dateparser.parse(value.strip(), dayfirst=False)
        except (ValueError, OverflowError):
            raise UsageError(f"{value!r} is not a date and time Standfast can read. Use 2026-05-20 14:30.") from None
    try:
        return when.astimezone(UTC)  # a naive time is read as local time
    except (OverflowError, OSError, ValueError):
        raise UsageError(f"{value!r} is not a date and time Standfast can read. Use 2026-05-20 14:30.") from None


def add_report(vault: Vault, case_ref: str, channel: str, *, reference: str | None = None,
               sent_at: datetime | None = None, state: str = "sent", method: str | None = None,
               notice: str | None = None, kind: str = "report", note: str | None = None) -> Tracked:
    """Record that a report, notice or request went to a directory channel (logged: tracker.added)."""
    from standfast.tracker import store
    from standfast.tracker.clocks import parse_state

    case = _open_case(vault, case_ref)
    if notice is not None:
        from standfast.tracker.facts import notice_kind

        notice = notice_kind(notice).kind
    tracked = store.add_entry(vault, case.id, channel.strip(), kind="notice" if notice and kind == "report" else kind,
                              state=parse_state(state), sent_at=sent_at, reference=reference, method=method,
                              notice=notice, note=note)
    _after_sent(vault, case.id, tracked)
    return tracked


def update_report(vault: Vault, case_ref: str, entry_ref: str, *, state: str | None = None,
                  answer: Path | None = None, reference: str | None = None,
                  sent_at: datetime | None = None) -> Tracked:
    """Change a tracked report's state or reference; an answer file is kept as evidence and linked."""
    from standfast.services import evidence
    from standfast.tracker import store
    from standfast.tracker.clocks import parse_state

    case = _open_case(vault, case_ref)
    store.entry(vault, case.id, entry_ref)  # NotFound before anything is stored
    item_id = None
    if answer is not None:
        if not Path(answer).is_file():
            raise UsageError(f"{answer} is not a file. Give the saved e-mail, letter or screenshot of their answer.")
        added = evidence.add_file(vault, case.id, Path(answer), source="tracker:answer")
        item_id = added.item_id
    tracked = store.update_entry(vault, case.id, entry_ref, state=parse_state(state) if state else None,
                                 reference=reference, answer_item=item_id, sent_at=sent_at)
    _after_sent(vault, case.id, tracked)
    return tracked


def list_reports(vault: Vault, case_ref: str, *, now: datetime | None = None) -> list[Tracked]:
    from standfast.tracker import store

    return store.entries(vault, get_case(vault, case_ref).id, now=now)


def due_reports(vault: Vault, *, now: datetime | None = None) -> list[Tracked]:
    """Every open request with a clock, across the vault's open cases: overdue first, then by deadline."""
    from standfast.tracker import store
    from standfast.tracker.clocks import OPEN_STATES

    closed = {c.id for c in vault.list_cases() if c.status == "closed"}  # a closed case sends no reminders
    found = [e for e in store.entries(vault, None, now=now, states=OPEN_STATES)
             if e.standing.open and e.due_at is not None and e.case_id not in closed]
    return sorted(found, key=lambda e: (not e.standing.overdue, e.due_at))


def export_calendar(vault: Vault, to: Path, *, force: bool = False, now: datetime | None = None) -> int:
    """Write the reminders of every open request with a clock to an .ics file. Returns how many events."""
    from standfast.tracker import store
    from standfast.tracker.calendar import build_calendar
    from standfast.vault.fsutil import atomic_write_bytes

    to = Path(to).expanduser()
    if to.exists() and not force:
        raise UsageError(f"{to} already exists. Choose another name or add --force.")
    if not to.parent.is_dir():
        raise UsageError(f"The folder {to.parent} does not exist.")
    due = due_reports(vault, now=now)
    atomic_write_bytes(to, build_calendar(due, now=now))
    cases = sorted({e.case_id for e in due})
    store.log_made(vault, None, "tracker.calendar_exported", {"events": len(due), "cases": cases, "to": str(to)})
    return len(due)


def calendar(vault: Vault, *, now: datetime | None = None) -> bytes:
    """The reminders as .ics bytes, for a download (logged: tracker.calendar_exported)."""
    from standfast.tracker import store
    from standfast.tracker.calendar import build_calendar

    due = due_reports(vault, now=now)
    data = build_calendar(due, now=now)
    store.log_made(vault, None, "tracker.calendar_exported", {"events": len(due),
                                                               "cases": sorted({e.case_id for e in due}), "to": None})
    return data


def channel_choices(vault: Vault, case_ref: str) -> tuple[list[Any], list[Any]]:
    """(the channels this case's plan picked, every other reporting channel of the directory)."""
    from standfast.guide.channels import report_channels
    from standfast.guide.directory import audience_allowed, load_directory
    from standfast.guide.store import answers_for_case

    case = get_case(vault, case_ref)
    answers = answers_for_case(vault, case.id)
    picked = report_channels(answers)
    ids = {e.id for e in picked}
    # The same minor/adult line as the plan: a minor's list never offers an adult-only service.
    age = answers.directory_age if case.age_group == "unknown" else case.age_group
    others = [e for e in load_directory()
              if e.kind in REPORT_KINDS and e.id not in ids and audience_allowed(e, age)]
    return picked, others


def record_payment(vault: Vault, case_ref: str, *, amount: str, currency: str, method: str, to: str,
                   txid: str | None = None, at: datetime | None = None) -> Payment:
    """Record money already paid, with the checks that could be made (logged: tracker.payment_recorded)."""
    from standfast.tracker import store
    from standfast.tracker.payments import check_payment, parse_amount, parse_currency, parse_method

    case = _open_case(vault, case_ref)
    if not to.strip():
        raise UsageError("Say where the money went (--to): the account, handle, e-mail, card or address.")
    if at is not None and at > datetime.now(UTC):
        raise UsageError("The payment time is in the future. Give the time it was really paid.")
    m, c = parse_method(method), parse_currency(currency)
    checks = [ch.to_dict() for ch in check_payment(m, c, to)]
    return store.add_payment(vault, case.id, amount=parse_amount(amount), currency=c, method=m,
                             to_account=to.strip(), txid=(txid or "").strip() or None, paid_at=at, checks=checks)


def list_payments(vault: Vault, case_ref: str) -> list[Payment]:
    from standfast.tracker import store

    return store.payments(vault, get_case(vault, case_ref).id)


def notice_kinds() -> list[Any]:
    from standfast.tracker.notices import kinds

    return kinds()


def make_notice(vault: Vault, case_ref: str, kind: str, given: NoticeInput, *, entry_ref: str | None = None,
                payment_ref: str | None = None, save_to: Path | None = None, force: bool = False) -> Notice:
    """Write a notice for this case (logged: tracker.notice_made; saved to a file when asked)."""
    from dataclasses import replace

    from standfast.tracker import store
    from standfast.tracker.notices import make_notice as write

    case = get_case(vault, case_ref)
    if entry_ref:
        given = replace(given, entry=store.entry(vault, case.id, entry_ref))
        if given.platform is None:
            given = replace(given, platform=given.entry.channel_name)
    if payment_ref:
        given = replace(given, payment=store.payment(vault, case.id, payment_ref))
    notice = write(kind, given)
    if save_to is not None:
        from standfast.vault.fsutil import atomic_write_bytes

        save_to = Path(save_to).expanduser()
        if save_to.exists() and not force:
            raise UsageError(f"{save_to} already exists. Choose another name or add --force.")
        atomic_write_bytes(save_to, notice.text.encode("utf-8"))
    store.log_made(vault, case.id, "tracker.notice_made", {
        "kind": notice.kind, "complete": notice.complete, "saved": str(save_to) if save_to else None,
        "entry": given.entry.id if given.entry is not None else None,
        "payment": given.payment.id if given.payment is not None else None})
    return notice


@dataclass(frozen=True)
class Escalation:
    """What to do when a tracked request's clock ran out: the notice text and where it goes."""

    entry: Tracked
    notice: Notice
    send_to: Any  # the directory entry


def escalation(vault: Vault, case_ref: str, entry_ref: str, given: NoticeInput | None = None) -> Escalation | None:
    """The escalation text for a request whose sourced clock expired (or that was refused), else None."""
    from standfast.guide.directory import get_entry
    from standfast.tracker import store
    from standfast.tracker.notices import NoticeInput, escalation_for
    from standfast.tracker.notices import make_notice as write

    case = get_case(vault, case_ref)
    tracked = store.entry(vault, case.id, entry_ref)
    kind = escalation_for(tracked)
    if kind is None:
        return None
    base = given or NoticeInput()
    from dataclasses import replace

    notice = write(kind, replace(base, entry=tracked, platform=base.platform or tracked.channel_name))
    return Escalation(tracked, notice, get_entry(str(tracked.clock["escalate_to"])) if tracked.clock else None)


def record_handoff(vault: Vault, case_ref: str, service: str, *, case_number: str, pin: str | None = None,
                   sent_at: datetime | None = None) -> Tracked:
    """Keep the case number and PIN StopNCII or Take It Down gave back (sealed; logged without them)."""
    from standfast.tracker import store

    case = _open_case(vault, case_ref)
    if service not in HANDOFFS:
        raise UsageError(f"Hand-offs are for {', '.join(HANDOFFS)}.")
    allowed = safeguarding.takedown_audiences(safeguarding.CaseFacts.of(case))
    if HANDOFFS[service] not in allowed:
        raise Refused("StopNCII is for adults. For someone under 18, use Take It Down (NCMEC)."
                      if service == "int-stopncii" else
                      "Take It Down is for images taken before 18. For an adult's images, use StopNCII.")
    if not case_number.strip():
        raise UsageError("Type the case number the service gave you.")
    tracked = store.add_entry(vault, case.id, service, kind="handoff", state="sent", sent_at=sent_at,
                              reference=case_number.strip(), pin=(pin or "").strip() or None, method="form")
    _after_sent(vault, case.id, tracked)
    return tracked


def reveal_pin(vault: Vault, case_ref: str, entry_ref: str) -> str | None:
    """A hand-off's PIN, to type into the service's site (logged: tracker.pin_shown)."""
    from standfast.tracker import store

    return store.reveal_pin(vault, get_case(vault, case_ref).id, entry_ref)


@dataclass(frozen=True)
class LegalOptionView:
    option: Any  # standfast.tracker.facts.LegalOption
    have: list[str]  # kinds of evidence the case already holds
    gather: list[str]  # kinds it still needs


def legal_options(vault: Vault, case_ref: str) -> tuple[list[LegalOptionView], list[Any]]:
    """Legal options for the case's country (and region), each mapped to the evidence the case holds;
    and the recent changes of law for that place."""
    from standfast.guide.store import answers_for_case
    from standfast.tracker import facts, store

    case = get_case(vault, case_ref)
    answers = answers_for_case(vault, case.id)
    country = answers.country or (case.country or "").split("-")[0] or None
    items = vault.list_items(case.id)
    held = {
        "urls": any(i.kind == "url" for i in items),
        "messages": any((i.source or "").startswith("import") or (i.mime or "").startswith(("message/", "text/"))
                        for i in items),
        "threats": bool(_analysed(vault, case.id)),
        "payments": bool(store.payments(vault, case.id)),
        "reports": any(e.state != "drafted" for e in store.entries(vault, case.id)),
        "identity": False,  # who did it is never inferred: the person says so to a lawyer or the police
    }
    views = [LegalOptionView(o, [k for k in o.evidence if held.get(k)], [k for k in o.evidence if not held.get(k)])
             for o in facts.legal_options(country, answers.region)]
    return views, facts.law_facts(country, answers.region)


def _analysed(vault: Vault, case_id: str) -> int:
    from sqlalchemy import func, select

    from standfast.analyze.models import AnalyzeResult

    with vault.read() as s:
        return int(s.scalar(select(func.count()).select_from(AnalyzeResult)
                            .where(AnalyzeResult.case_id == case_id)) or 0)
