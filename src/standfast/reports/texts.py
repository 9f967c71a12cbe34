"""Pre-filled report texts: one copy-ready text per reporting channel, shaped like its form.

Channels are the directory entries the guide picked for the case (``guide.channels``), plus
``police`` (the local police, always available). Each text is organised in the sections and field
names that channel's form uses (from the directory research, /work/shared/directory/REPORT.md
section 4), fills in what the case knows, leaves ``[fill in: …]`` where only the person knows,
and ends with the attachments to take from the evidence package. Nothing is ever sent: the person
copies the text into the form themselves.

The framing (headings, notes, sentences) goes through the ``reports`` catalog; form field names
stay as the form shows them.
"""

from __future__ import annotations

import email.parser
import email.policy
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from standfast.analyze.verdicts import Verdict
from standfast.errors import UsageError
from standfast.reports.facts import CaseFacts, fmt_time, gather, platform_name
from standfast.reports.i18n import get_translator

if TYPE_CHECKING:
    from standfast.guide.directory import Entry
    from standfast.vault.vault import Vault

Tr = Callable[[str], str]
Fields = list[tuple[str, str]]
Sections = list[tuple[str, Fields]]

# Directory entry id -> form shape. Other entries fall back by kind (see form_for).
FORM_OF = {
    "us-ic3": "ic3", "us-ncmec-cybertipline": "cybertipline", "gb-report-fraud": "report_fraud",
    "gb-ceop": "ceop", "au-esafety": "esafety", "au-reportcyber": "reportcyber", "au-accce": "accce",
    "ca-cybertip": "cybertip_ca", "ca-needhelpnow": "cybertip_ca",
}
KIND_FORM = {"law_enforcement": "police", "child_protection": "hotline", "image_removal": "removal_tool",
             "platform_report": "platform", "helpline": "helpline", "crisis": "helpline"}
POLICE = "police"


@dataclass(frozen=True)
class Channel:
    id: str
    name: str
    form: str
    kind: str
    url: str | None
    picked: bool  # chosen by the plan for this case

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "form": self.form, "kind": self.kind, "url": self.url,
                "picked": self.picked}


def form_for(entry: Entry) -> str:
    return FORM_OF.get(entry.id) or KIND_FORM.get(entry.kind, "police")


def _channel(entry: Entry, picked: bool) -> Channel:
    return Channel(entry.id, entry.name, form_for(entry), entry.kind, entry.url, picked)


def channels_of(facts: CaseFacts) -> list[Channel]:
    return _channels_from(facts.channels)


def _channels_from(entries: list[Entry]) -> list[Channel]:
    out = [_channel(e, True) for e in entries]
    if not any(c.form == "police" for c in out):
        out.insert(0, Channel(POLICE, "Local police", "police", "law_enforcement", None, True))
    return out


def case_channels(vault: Vault, case_id: str) -> list[Channel]:
    """The same list as ``channels_of(gather(...))``, from the plan's answers alone: no timeline, items or
    analyses are read, so listing the channels stays instant on a case with 100,000 messages."""
    from standfast.reports.facts import _channels

    return _channels_from(_channels(vault, vault.get_case(case_id).id, []))


def available_channels(vault: Vault, case_id: str) -> list[Channel]:
    """The channels the plan picked for this case (and the local police), in the plan's order."""
    return channels_of(gather(vault, case_id))


def channel_text(vault: Vault, case_id: str, channel_id: str, lang: str = "en", *,
                 facts: CaseFacts | None = None) -> str:
    """The pre-filled, copy-ready text for one channel (a directory entry id, or 'police')."""
    facts = facts or gather(vault, case_id, lang=lang)
    return render_channel(vault, facts, channel_id, lang)


def render_channel(vault: Vault | None, facts: CaseFacts, channel_id: str, lang: str = "en") -> str:
    _ = get_translator(lang)
    channel_id = channel_id.strip().lower()
    picked = {c.id: c for c in channels_of(facts)}
    entry = None
    if channel_id == POLICE:
        entry = next((e for e in facts.channels if form_for(e) == "police"), None)
        channel = _channel(entry, True) if entry else picked[POLICE]
    else:
        from standfast.guide.directory import get_entry

        try:
            entry = get_entry(channel_id)
        except Exception:
            raise UsageError(f"There is no channel {channel_id!r}. `standfast report channels CASE` lists them.") \
                from None
        channel = picked.get(channel_id) or _channel(entry, False)
    builder = FORMS[channel.form]
    sections = builder(facts, _, entry, vault)
    return _layout(facts, channel, entry, sections, attachments(vault, facts, channel.form, _), _)


# -- layout -------------------------------------------------------------------------------------------
def _layout(facts: CaseFacts, channel: Channel, entry: Entry | None, sections: Sections, files: list[str],
            _: Tr) -> str:
    lines = [f"{channel.name} – {_('pre-filled report')}", "=" * 60]
    if entry is not None:
        where = entry.url or ""
        if entry.phone:
            where += f" · {_('phone')}: {entry.phone}"
        lines.append(f"{_('Where')}: {where}")
        lines.append(_("(From the Standfast directory; source: {source}; checked {date}. Check it is still "
                       "current.)").format(source=entry.source[0] if entry.source else "–",
                                           date=entry.checked.isoformat()))
    if not channel.picked:
        lines.append(_("Note: the plan did not pick this channel for this case. Check that it fits."))
    lines += ["", _("Standfast does not send anything. Copy each part into the form yourself, and check every "
                    "detail before you send it. Fill in the parts in [brackets]."),
              _("Case reference: {ref}").format(ref=facts.reference)]
    notes = NOTES.get(channel.form)
    if notes:
        lines += ["", *(f"• {_(n)}" for n in notes(facts))]
    for title, fields in sections:
        lines += ["", f"== {title} =="] if title else [""]
        for label, value in fields:
            value = value.strip() or _("[fill in]")
            if "\n" in value or len(label) + len(value) > 100:
                lines += [f"{label}:", *(f"  {v}" for v in value.splitlines())]
            else:
                lines.append(f"{label}: {value}")
    lines += ["", f"== {_('Attachments to include (from the evidence package)')} =="]
    lines += [f"- {f}" for f in files] if files else [_("- none")]
    return "\n".join(lines).rstrip() + "\n"


def _fill(what: str, _: Tr) -> str:
    return "[" + _("fill in") + f": {_(what)}]"


def _join(values: list[str], _: Tr, empty: str = "not known") -> str:
    return "; ".join(values) if values else _(empty)


# -- facts in sentences ---------------------------------------------------------------------------
def _accounts(f: CaseFacts) -> list[str]:
    return [i.value + (f" ({i.note})" if i.note else "") for i in f.identifiers if i.type == "account"]


def _profile_urls(f: CaseFacts) -> list[str]:
    urls = [i.value for i in f.identifiers if i.type == "url"]
    urls += [i.meta.get("url", "") for i in f.active_items if i.kind == "url" and i.meta.get("url") not in urls]
    return [u for u in urls if u]


def _payments(f: CaseFacts, _: Tr) -> str:
    a = f.answers
    if a is None or a.paid is None:
        return _fill("was anything paid? how, how much, when, to whom", _)
    if not a.paid:
        return _("No payment was made.")
    return _("Yes. ") + _fill("method (gift card, bank, crypto, app), amount, date, receiver, transaction id", _)


def narrative(f: CaseFacts, _: Tr) -> str:
    """The story in short, plain sentences, from what the case holds (no blame, no guesses)."""
    a = f.answers
    helper = bool(a and a.is_helper)
    person = _("the person I am helping") if helper else _("me")
    s: list[str] = []
    suspects = set(f.suspects)
    first = next((e for e in f.timeline if e.time and (not suspects or e.sender in suspects)), None)
    if first is not None:
        sentence = (_("On {time}, the {app} account {account} contacted the person I am helping.") if helper
                    else _("On {time}, the {app} account {account} contacted me."))
        s.append(sentence.format(time=fmt_time(first.time), app=platform_name(first.platform), account=first.sender))
    v = f.main_verdict
    if v and v.verdict == Verdict.TARGETED:
        s.append(_("The account threatened to share intimate images unless they got what they demanded."))
    elif v and v.verdict == Verdict.MASS_SCAM:
        s.append(_("An e-mail claimed to have a video of {person} and demanded payment. It looks like a bulk "
                   "scam sent to many people.").format(person=person))
    amounts, deadlines = f.values("amount"), f.values("deadline")
    if amounts:
        s.append(_("They demanded {amounts}.").format(amounts=", ".join(amounts)))
    pay = f.suspect_values("crypto_address", "payment_handle", "iban")
    if pay:
        s.append(_("They gave these payment details: {list}.").format(list=", ".join(pay)))
    if deadlines:
        s.append(_("They set a deadline ({list}).").format(list=", ".join(deadlines)))
    if a and a.paid:
        s.append(_("A payment was made before asking for help."))
    elif a and a.paid is False:
        s.append(_("No payment was made."))
    if f.minor:
        s.append(_("The person targeted is under 18."))
    s.append(_("All messages and files are kept unchanged, with hashes and a custody log (case {ref}).").format(
        ref=f.reference))
    return " ".join(s)


def _timeline_lines(f: CaseFacts, limit: int = 12) -> str:
    suspects = set(f.suspects)
    rows = [e for e in f.timeline if e.time and (not suspects or e.sender in suspects)][:limit]
    return "\n".join(f"{fmt_time(e.time)} – {platform_name(e.platform)} – {e.sender}" for e in rows)


def _mail_headers(vault: Vault | None, f: CaseFacts) -> str:
    """The routing headers of each e-mail in the case (IC3 asks for them)."""
    if vault is None:
        return ""
    keep = ("Return-Path", "Received", "From", "Reply-To", "To", "Subject", "Date", "Message-ID")
    out: list[str] = []
    for item in f.active_items:
        if item.mime != "message/rfc822" or item.blob_id is None or item.size > 32 << 20:
            continue
        msg = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(vault.read_item(item.id))
        out.append(f"--- {item.original_name} ---")
        for key, value in msg.items():
            if key in keep:
                out.append(f"{key}: {' '.join(str(value).split())}")
    return "\n".join(out)


# -- attachments ----------------------------------------------------------------------------------------
def attachments(vault: Vault | None, f: CaseFacts, form: str, _: Tr) -> list[str]:
    from standfast.reports.package import package_names

    files = ["case-report.pdf – " + _("the case report (read this first)")]
    if form in ("removal_tool", "helpline"):
        if form == "removal_tool":
            files = [_("No attachments: the tool makes its own hashes on your device. image-hashes.csv lists "
                       "the images Standfast already hashed, so you know which ones to select.")]
        return files
    names = package_names(vault, f)
    if form == "platform":
        # In-app reports take a few screenshots at most; the full package is for the police.
        shots = [arc for item, arc, _r in names if arc and item.mime.startswith("image/") and not item.intimate]
        return [*shots, _("In-app reports usually take no files. Keep the evidence package for the police.")]
    for _item, arcname, _reason in names:
        if arcname is not None:
            files.append(arcname)
    files += ["timeline.csv – " + _("all messages in time order"),
              "indicators.csv – " + _("accounts, payment details and addresses found"),
              "manifest.csv, SHA256SUMS – " + _("hashes to show nothing was changed")]
    if f.minor:
        files.append(_("Never attach, forward or keep explicit images of someone under 18, not even as evidence. "
                       "The hashes in image-hashes.csv identify them."))
    else:
        excluded = [arc for item, arc, reason in names if arc is None and item.intimate]
        if excluded or any(i.intimate for i in f.items):
            files.append(_("Intimate images are not in the package. Share them only if the investigator asks, "
                           "and only through their secure channel."))
    return files


# -- the forms ------------------------------------------------------------------------------------------
def _victim_fields(f: CaseFacts, _: Tr) -> Fields:
    a = f.answers
    fields = [("Name", _fill("full name", _)), ("Mailing address", _fill("address", _)),
              ("Phone", _fill("phone number", _)), ("E-mail", _fill("e-mail address", _)),
              ("Age", _("under 18") if f.minor else (_("18 or over") if f.case.age_group == "adult" else
                                                       _fill("age", _))),
              ("Country", f.case.country or _fill("country", _))]
    if a and a.is_helper:
        fields.append(("Complainant (filing for someone else)", _fill("your name, relation, phone, e-mail", _)))
    return fields


def _subject_fields(f: CaseFacts, _: Tr) -> Fields:
    return [("Name / username", _join(_accounts(f), _, "not known")),
            ("Address", _fill("only if known", _)),
            ("Phone", _join(f.suspect_values("phone"), _)),
            ("E-mail", _join(f.suspect_values("email"), _)),
            ("Website / profile URL", _join(_profile_urls(f), _)),
            ("IP address", _("not known")),
            ("Payment details they gave", _join(f.suspect_values("crypto_address", "payment_handle", "iban"), _))]


def _ic3(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    pay = f.suspect_values("crypto_address", "payment_handle", "iban")
    money = [("Were you asked to pay?", _("Yes: ") + _join(f.values("amount"), _, "amount not stated")),
             ("Payment made", _payments(f, _)),
             ("Account / address that would receive the money", _join(pay, _))]
    return [("Victim Information", _victim_fields(f, _)),
            ("Financial Transaction(s)", money),
            ("Information About The Subject(s)", _subject_fields(f, _)),
            ("Description of Incident", [("Description", narrative(f, _)),
                                         ("Timeline (UTC)", _timeline_lines(f))]),
            ("E-mail headers", [("Headers", _mail_headers(vault, f) or _("no e-mail in this case"))]),
            ("Other information", [("Evidence kept", _("Original files with SHA-256 hashes and a custody log, "
                                                       "case {ref}.").format(ref=f.reference))])]


def _cybertipline(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    a = f.answers
    return [("Incident type", [("Type", "Online enticement of a child / sextortion" if f.minor else
                                "Sextortion (images taken when under 18)" if a and a.taken_under_18 else
                                "Sextortion")]),
            ("Incident date and time", [("First contact", fmt_time(f.first_time)),
                                        ("Last message", fmt_time(f.last_time))]),
            ("Reporter information (optional)", [("Name", _fill("your name, or leave empty to stay anonymous", _)),
                                                 ("Contact", _fill("phone or e-mail, optional", _))]),
            ("Internet details", [("Platform(s)", ", ".join(platform_name(p) for p in f.platforms) or _("not known")),
                                  ("Screen names / usernames", _join(_accounts(f), _)),
                                  ("URLs", _join(_profile_urls(f), _)),
                                  ("E-mail addresses", _join(f.suspect_values("email"), _))]),
            ("Child victim", [("Name", _fill("child's name", _)), ("Age at the time", _fill("age", _)),
                              ("Where the child lives", f.case.country or _fill("city, country", _))]),
            ("Suspect", _subject_fields(f, _)),
            ("Additional information", [("What happened", narrative(f, _)),
                                        ("Where you are located", f.case.country or _fill("country", _))])]


def _police(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    return [("About you", _victim_fields(f, _)),
            ("What happened", [("Summary", narrative(f, _)), ("Timeline (UTC)", _timeline_lines(f))]),
            ("The other person", _subject_fields(f, _)),
            ("What was demanded", [("Demand", _join(f.values("amount"), _, "not stated")),
                                   ("Deadline", _join(f.values("deadline"), _, "none given")),
                                   ("Payment made", _payments(f, _))]),
            ("Were images shared?", [("Shared", _images_shared(f, _)),
                                     ("Where (URLs)", _fill("links where they were posted, if any", _))]),
            ("Evidence", [("Kept", _("{n} items with hashes and a custody log (case {ref}).").format(
                n=len(f.active_items), ref=f.reference))])]


def _images_shared(f: CaseFacts, _: Tr) -> str:
    value = f.answers.images_shared if f.answers else None
    return {"yes": _("Yes"), "no": _("No, not that we know"), "not_sure": _("Not sure")}.get(value or "",
                                                                                             _fill("yes / no", _))


def _report_fraud(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    contact = [("Name", _join(_accounts(f), _)), ("Phone", _join(f.suspect_values("phone"), _)),
               ("Web address", _join([u for u in _profile_urls(f) if "://" in u], _)),
               ("E-mail", _join(f.suspect_values("email"), _)),
               ("Social media profile URL", _join(_profile_urls(f), _))]
    return [("Offender's contact details", contact),
            ("How you paid", [("Payment", _payments(f, _)),
                              ("Their payment details", _join(f.suspect_values("crypto_address", "payment_handle",
                                                                               "iban"), _))]),
            ("What made you suspicious", [("Why", narrative(f, _))]),
            ("Evidence", [("You have", _("e-mails, messages and screenshots, kept unchanged (case {ref})").format(
                ref=f.reference))])]


def _ceop(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    return [("About the young person", [("Name", _fill("name", _)), ("Age", _fill("age", _)),
                                        ("Contact", _fill("how CEOP can reach you; reports are not anonymous", _))]),
            ("What happened", [("Tell us what happened", narrative(f, _))]),
            ("The person who did it", _subject_fields(f, _)),
            ("Where it happened", [("Apps / sites", ", ".join(platform_name(p) for p in f.platforms))])]


def _esafety(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    return [("About you", [("Name", _fill("name", _)), ("Contact method", _fill("e-mail or phone", _)),
                           ("Do you live in Australia?", _fill("yes / no", _))]),
            ("What happened", [("Image-based abuse", narrative(f, _)),
                               ("Were images shared or threatened?", _images_shared(f, _))]),
            ("Where the images are or may be", [("Platforms", ", ".join(platform_name(p) for p in f.platforms)),
                                                ("URLs", _fill("links, if posted", _))]),
            ("Who did it", _subject_fields(f, _))]


def _accce(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    return [("Social media details", [("Profile name", _join(_accounts(f), _)),
                                      ("Username", _join(f.suspects, _)),
                                      ("Profile URL", _join(_profile_urls(f), _))]),
            ("Relevant URLs", [("URLs", _join(_profile_urls(f), _))]),
            ("Dates and times", [("Messages (UTC)", _timeline_lines(f))]),
            ("Other information", [("What happened", narrative(f, _))])]


def _cybertip_ca(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    return [("Incident type", [("Where it happened", ", ".join(platform_name(p) for p in f.platforms)),
                               ("Website URL / app", _join(_profile_urls(f), _))]),
            ("Date and time", [("First contact", fmt_time(f.first_time)), ("Last message", fmt_time(f.last_time))]),
            ("About the images", [("Are you the person shown?", _fill("yes / no", _)),
                                  ("Has it been shared?", _images_shared(f, _)),
                                  ("Are you identifiable?", _fill("yes / no", _)),
                                  ("Are you being threatened?", _("Yes") if f.verdicts else _fill("yes / no", _))]),
            ("The other person", _subject_fields(f, _)),
            ("Description", [("What happened", narrative(f, _))])]


def _reportcyber(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    return _police(f, _, entry, vault)


def _hotline(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    return _cybertipline(f, _, entry, vault)


def _platform_accounts(f: CaseFacts, entry: Entry | None) -> list[str]:
    """The suspect accounts on this platform (all of them when the platform is not known)."""
    key = (entry.id.removeprefix("plat-") if entry else "")
    keys = {"instagram", "facebook", "messenger", "whatsapp"} if key == "int-meta-stop-sextortion" else {key}
    names = {platform_name(k) for k in keys}
    mine = [i.value for i in f.identifiers if i.type == "account" and i.note in names]
    return mine or [i.value for i in f.identifiers if i.type == "account"]


def _platform(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    return [("Account you are reporting", [("Username", _join(_platform_accounts(f, entry), _)),
                                           ("Profile link", _join(_profile_urls(f), _))]),
            ("Why you are reporting", [("Reason", "Threatening to share private / intimate images (sextortion)"
                                        + (" – involves a person under 18" if f.minor else ""))]),
            ("Details", [("What happened", narrative(f, _)),
                         ("Messages", _fill("message links or IDs, if the app shows them", _))])]


def _removal_tool(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    n = len(f.hashes)
    return [("", [(_("What this service does"), entry.what_for if entry else ""),
                  (_("Images already hashed in Standfast"), str(n)),
                  (_("What to do"), _("Open the service on the device that has the images. Select the images there; "
                                      "they are hashed on your device and not uploaded."))])]


def _helpline(f: CaseFacts, _: Tr, entry: Entry | None, vault: Vault | None) -> Sections:
    return [("", [(_("What to tell them"), narrative(f, _)),
                  (_("What you would like help with"), _fill("removal, reporting, support", _))])]


FORMS: dict[str, Callable[[CaseFacts, Tr, Entry | None, Vault | None], Sections]] = {
    "ic3": _ic3, "cybertipline": _cybertipline, "police": _police, "report_fraud": _report_fraud, "ceop": _ceop,
    "esafety": _esafety, "accce": _accce, "cybertip_ca": _cybertip_ca, "reportcyber": _reportcyber,
    "hotline": _hotline, "platform": _platform, "removal_tool": _removal_tool, "helpline": _helpline,
}

NOTES: dict[str, Callable[[CaseFacts], list[str]]] = {
    "ic3": lambda f: ["IC3 takes reports when the victim or the other person is in the United States. A report "
                      "does not promise an investigation, but it helps.",
                      "IC3 asks you to keep your evidence; it may ask for it later."],
    "cybertipline": lambda f: ["You can report without giving your name.",
                               "Say where it happened and where you live, so it reaches the right police."],
    "report_fraud": lambda f: ["Report Fraud replaced Action Fraud on 4 December 2025.",
                               "Report Fraud does not take reports about children: for someone under 18, report "
                               "to the police or CEOP."],
    "ceop": lambda f: ["CEOP reports are not anonymous. A child protection advisor reads each one and will "
                       "contact you."],
    "esafety": lambda f: ["eSafety usually takes reports from people who live in Australia.",
                          "You choose how eSafety contacts you."],
    "accce": lambda f: ["Save the conversation before you block or delete anything.",
                        "To stay anonymous, call Crime Stoppers on 1800 333 000."],
    "platform": lambda f: ["Report the account before you block it. Do not delete the chat."],
    "police": lambda f: ["In an emergency, call your local emergency number now."],
}

