"""Notice texts: a TAKE IT DOWN Act removal request, the FTC complaint when its 48 hours run out, a
UK Online Safety Act report, an EU DSA Article 16 notice, and a notice to a payment provider.

Each text says which law it relies on and where that law's facts were read (``data/notices.yaml``).
What the law asks a notice to hold (a signature, the content's location, a good-faith statement,
contact details) is checked: anything missing is listed, and the text marks the gap in brackets so
it is never sent looking complete when it is not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from standfast.errors import UsageError
from standfast.tracker.facts import NoticeKind, clock_by_id, notice_kind

# What each requirement is called when it is missing.
REQUIREMENT_WORDS = {
    "signature": "your signature (typed name or drawn on screen)",
    "identification": "where the image is (its web address) and a short description",
    "good_faith": "the good-faith statement",
    "contact": "how they can contact you (e-mail, phone or address)",
    "explanation": "why the content is illegal",
    "entry": "the tracked request this complaint is about",
    "payment": "the payment this notice is about",
}


@dataclass(frozen=True)
class NoticeInput:
    """What the person gives for a notice. Nothing here is stored unless they save or track it."""

    name: str | None = None
    signature: str | None = None
    contact: str | None = None
    urls: tuple[str, ...] = ()
    description: str | None = None
    ai_made: bool = False
    platform: str | None = None
    on_behalf_of: str | None = None  # a parent or authorised representative
    entry: Any = None  # standfast.tracker.store.Tracked, for the FTC complaint
    payment: Any = None  # standfast.tracker.store.Payment, for the provider notice
    today: datetime | None = None


@dataclass(frozen=True)
class Notice:
    kind: str
    title: str
    law: str
    sources: tuple[str, ...]
    checked: str
    text: str
    missing: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "title": self.title, "law": self.law, "sources": list(self.sources),
                "checked": self.checked, "complete": self.complete, "missing": self.missing, "text": self.text}


def _blank(words: str) -> str:
    return f"[{words}]"


def _missing(meta: NoticeKind, given: NoticeInput) -> list[str]:
    have = {
        "signature": bool(given.signature and given.signature.strip()),
        "identification": bool(given.urls),
        "good_faith": True,  # the texts always carry it; the person confirms it by signing
        "contact": bool(given.contact and given.contact.strip()),
        "explanation": True,
        "entry": given.entry is not None,
        "payment": given.payment is not None,
    }
    return [REQUIREMENT_WORDS[r] for r in meta.requires if not have.get(r, False)]


def _where(given: NoticeInput) -> str:
    if not given.urls:
        return "  - " + _blank("web address of each post, image or video")
    return "\n".join(f"  - {u}" for u in given.urls)


def _what(given: NoticeInput) -> str:
    made = (" It is not a real photograph: it was made or altered with software to look like me (a digital "
            "forgery), and it is covered all the same.") if given.ai_made else ""
    description = (given.description or "").strip()
    return (description + made).strip() or _blank("a short description of the image, without explicit detail")


def _signed(given: NoticeInput) -> str:
    who = (given.on_behalf_of and f"\nSent on behalf of the person shown by: {given.on_behalf_of}") or ""
    return (f"Name: {given.name or _blank('your name')}\n"
            f"Contact: {given.contact or _blank('e-mail, phone or postal address')}\n"
            f"Signature: {given.signature or _blank('type your full name here as your signature')}"
            f"\nDate: {_date(given)}{who}")


def _date(given: NoticeInput) -> str:
    return (given.today or datetime.now()).date().isoformat()


def _sources(meta: NoticeKind) -> str:
    return "\n".join(f"  - {s}" for s in meta.source)


def _take_it_down_act(meta: NoticeKind, given: NoticeInput) -> str:
    platform = given.platform or _blank("platform name")
    return f"""To: {platform}
Subject: Removal request under the TAKE IT DOWN Act — intimate image published without my consent

I am asking you to remove an intimate visual depiction of me that was published on your service without my
consent. I make this request under section 3 of the TAKE IT DOWN Act (Public Law 119-12).

Where it is:
{_where(given)}

What it is:
  {_what(given)}

Good-faith statement: I state in good faith that this intimate visual depiction of me was published
without my consent. The information in this request is accurate.

Under the Act you must remove it as soon as possible, and no later than 48 hours after you receive this
request, and make reasonable efforts to find and remove identical copies. Please confirm when you
receive this request, give me its reference number, and tell me what you did.

{_signed(given)}
"""


def _ftc_complaint(meta: NoticeKind, given: NoticeInput) -> str:
    e = given.entry
    sent = e.sent_at.strftime("%Y-%m-%d %H:%M UTC") if e and e.sent_at else _blank("date and time you sent it")
    due = e.due_at.strftime("%Y-%m-%d %H:%M UTC") if e and e.due_at else _blank("48 hours after that")
    ref = (e.reference if e and e.reference else None) or "none given"
    platform = e.channel_name if e else (given.platform or _blank("platform name"))
    state = {"refused": "The platform refused to remove it.", "acknowledged":
             "The platform confirmed it received the request but did not remove the image in time.",
             "acted_on": "The platform acted only after the 48 hours had passed."}.get(
        e.state if e else "", "The image was still online when the 48 hours ran out.")
    return f"""To: Federal Trade Commission (reportfraud.ftc.gov)
Subject: A platform did not remove an intimate image within 48 hours of a valid TAKE IT DOWN Act request

I sent {platform} a removal request under section 3 of the TAKE IT DOWN Act.
  - Sent on: {sent}
  - Reference they gave: {ref}
  - The 48 hours ended on: {due}
{state}

Where the image is:
{_where(given)}

My request said, in short: the image is an intimate visual depiction of me published without my consent;
it identified where it is, included my good-faith statement, my contact details and my signature.
{"The image was made or altered with software (a digital forgery)." if given.ai_made else ""}
I can send a copy of the request and any answer I received.

{_signed(given)}
"""


def _online_safety_act(meta: NoticeKind, given: NoticeInput) -> str:
    platform = given.platform or _blank("platform name")
    return f"""To: {platform}
Subject: Illegal content — an intimate image of me shared without my consent (UK)

I am reporting an intimate image of me that was shared on your service without my consent. Sharing it is
an offence under section 66B of the Sexual Offences Act 2003, which is a priority offence under the
Online Safety Act 2023. Under that Act a user-to-user service must remove illegal content with an individual
victim once it is flagged, as I am doing now.

Where it is:
{_where(given)}

What it is:
  {_what(given)}

I did not consent to this image being shared. Please remove it, stop it being shared again, and tell me
what you did and the reference of this report.

{_signed(given)}
"""


def _dsa_art16(meta: NoticeKind, given: NoticeInput) -> str:
    platform = given.platform or _blank("platform name")
    return f"""To: {platform}
Subject: Notice of illegal content under Article 16 of the Digital Services Act (Regulation (EU) 2022/2065)

1. Why this content is illegal:
   It is an intimate image of me shared without my consent. Sharing intimate images without consent is
   unlawful, and Directive (EU) 2024/1385 requires every member state to make it a criminal offence (by
   14 June 2027).
   {_what(given)}

2. Exact location of the content:
{_where(given)}

3. Name and e-mail address of the person sending this notice:
   {given.name or _blank('your name')}, {given.contact or _blank('your e-mail address')}

4. Statement of good faith: I confirm my bona fide belief that the information and allegations in this
   notice are accurate and complete.

Please confirm receipt, remove or disable access to this content, and tell me your decision and how I can
seek redress, as Article 16 requires.

Signature: {given.signature or _blank('type your full name here as your signature')}
Date: {_date(given)}
"""


def _payment_provider(meta: NoticeKind, given: NoticeInput) -> str:
    from standfast.tracker.payments import METHODS

    p = given.payment
    if p is None:
        raise UsageError("Say which payment this notice is about (--payment ID; `standfast paid CASE --list`).")
    when = p.paid_at.strftime("%Y-%m-%d %H:%M UTC") if p.paid_at else _blank("date and time of the payment")
    return f"""To: {given.platform or _blank('the company that carried the payment')} — fraud or security team
Subject: Your service was used to receive money from an extortion

I was threatened and made to pay. The money went through your service. Please review the receiving account,
stop further payments to it if you can, and keep your records of it: I am reporting this to the police.

  - Method: {METHODS.get(p.method, p.method)}
  - Amount: {p.amount} {p.currency}
  - When: {when}
  - Receiving account, address or handle: {p.to_account}
  - Transaction id: {p.txid or _blank('transaction id, if you have it')}

Please tell me the reference of this notice and whether any of the money can be returned.

{_signed(given)}
"""


_WRITERS = {
    "us-take-it-down-act": _take_it_down_act,
    "us-ftc-complaint": _ftc_complaint,
    "gb-online-safety-act": _online_safety_act,
    "eu-dsa-art16": _dsa_art16,
    "payment-provider": _payment_provider,
}


def kinds() -> list[NoticeKind]:
    from standfast.tracker.facts import facts

    return [n for n in facts().notices if n.kind in _WRITERS]


def make_notice(kind: str, given: NoticeInput) -> Notice:
    meta = notice_kind(kind)
    body = _WRITERS[meta.kind](meta, given)
    body = "\n".join(line.rstrip() for line in body.splitlines()).replace("\n\n\n", "\n\n").strip() + "\n"
    footer = f"\n---\nThis text relies on: {meta.law}.\nWhere this was read (checked {meta.checked.isoformat()}):\n"
    text = body + footer + _sources(meta) + "\n"
    return Notice(meta.kind, meta.title, meta.law, meta.source, meta.checked.isoformat(), text, _missing(meta, given))


def escalation_for(entry: Any) -> str | None:
    """The notice kind to offer when a tracked request's clock has run out (or it was refused)."""
    clock = entry.clock or {}
    if not clock.get("escalation"):
        return None
    if entry.standing.overdue or (entry.state == "refused" and entry.sent_at is not None):
        return str(clock["escalation"])
    return None


def clock_words(entry: Any) -> str:
    """One line on the clock of a tracked request, with its law."""
    clock = entry.clock
    if not clock:
        return "No deadline is known for this channel. Note their answer here when it comes."
    c = clock_by_id(clock["id"])
    return f"{c.hours} hours from the moment it was sent ({c.law})."
