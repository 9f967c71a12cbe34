"""Answers -> a personal plan: the nine steps of the response, in order, each with why and how.

The plan is data (``Plan`` / ``Step``) so the CLI, the web app and the reports share it. Texts
are message ids of the ``guide`` domain, translated for ``lang``; directory entries are referred
to by id (``Step.channels``) and included once in ``Plan.entries``.

Two rules shape everything here:

* "Not safe right now" gives crisis lines (and emergency numbers) first and nothing else.
* For a person under 18, nothing in the plan points to an adult-only service, and the adult
  helping gets the firm rule never to forward, save or show the images.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from standfast.guide import channels as ch
from standfast.guide.directory import Entry
from standfast.guide.i18n import N_, get_translator
from standfast.guide.interview import Answers
from standfast.guide.platforms import PLATFORMS
from standfast.guide.security import GENERAL, checklists_for
from standfast.i18n import normalize_language

STEP_IDS = (
    "dont_pay", "capture_then_block", "document", "report", "helplines", "support", "secure", "legal",
    "stay_informed",
)


@dataclass
class Step:
    id: str
    number: int  # 1..9
    title: str
    why: str
    how: list[str]
    channels: list[str] = field(default_factory=list)  # directory entry ids
    done: bool = False
    links: list[str] = field(default_factory=list)  # in-app destinations, e.g. 'vault:add'

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass
class Plan:
    lang: str
    crisis_only: bool
    headline: list[str]  # the first words the person reads
    crisis: list[str]  # directory entry ids, always shown
    emergency: list[str]  # police entries with an emergency number (sourced)
    emergency_note: str
    steps: list[Step] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # firm rules (a minor's images)
    helper_notes: list[str] = field(default_factory=list)  # for the adult helping
    notices: list[str] = field(default_factory=list)
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    country: str | None = None
    region: str | None = None
    age: str = "unknown"  # the directory age group the plan was built for

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    def channel_ids(self) -> set[str]:
        """Every directory entry the plan shows anywhere."""
        ids = set(self.crisis) | set(self.emergency)
        for step in self.steps:
            ids |= set(step.channels)
        return ids

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


# ---------------------------------------------------------------------------------------------
# Country notes for the legal step: only laws the project's sourced research names.

_LEGAL_NOTES = {
    "US": N_("In the US, the TAKE IT DOWN Act (2025) makes it a federal crime to publish or threaten to "
             "publish intimate images, including AI fakes. Sites must remove them within 48 hours of a valid "
             "request; the FTC acts against sites that do not."),
    "IE": N_("In Ireland, Coco's Law makes sharing or threatening to share intimate images a crime."),
    "IT": N_("In Italy, sharing intimate images without consent is a crime (art. 612-ter), and the Garante "
             "can order platforms to block images within 48 hours."),
    "ES": N_("In Spain, spreading intimate images without consent is a crime (Código Penal art. 197.7)."),
    "MX": N_("In Mexico, the Ley Olimpia reforms make sharing intimate content without consent a crime."),
    "ZA": N_("In South Africa, the Cybercrimes Act makes sharing intimate images without consent a crime."),
    "SG": N_("In Singapore, the Online Safety Commission can order harmful content taken down."),
    "PH": N_("In the Philippines, the Cybercrime Prevention Act and the Anti-Photo and Video Voyeurism Act apply."),
    "NG": N_("In Nigeria, the Cybercrimes Act applies, and NAPTIP handles exploitation cases."),
}


def _entries_dict(entries: list[Entry]) -> dict[str, dict[str, Any]]:
    return {e.id: e.to_dict() for e in entries}


def _ids(entries: list[Entry]) -> list[str]:
    return [e.id for e in entries]


def build_plan(answers: Answers, *, lang: str = "en") -> Plan:
    """The personal plan for these answers, in ``lang`` ('en' or 'es')."""
    lang = normalize_language(lang)
    _ = get_translator(lang)
    crisis = ch.crisis_channels(answers)
    emergency = ch.emergency_channels(answers)
    emergency_note = _("If you are in danger right now, call your local emergency number.")
    plan = Plan(
        lang=lang,
        crisis_only=answers.safe_now is False,
        headline=[],
        crisis=_ids(crisis),
        emergency=_ids(emergency),
        emergency_note=emergency_note,
        country=answers.country,
        region=answers.region,
        age=answers.directory_age,
    )
    shown: list[Entry] = list(crisis) + list(emergency)
    if not crisis:
        plan.notices.append(_("We have no crisis line listed for your country yet. Your local emergency "
                              "number can help, any time."))

    if plan.crisis_only:
        # Nothing else on screen: the person needs a human now, not a checklist.
        plan.headline = [
            _("Please reach out now. You do not have to face this alone."),
            _("Call or text one of these lines. They are there for exactly this moment."),
            _("It is not your fault."),
        ]
        plan.entries = _entries_dict(shown)
        return plan

    plan.headline = _headline(answers, _)
    if answers.is_minor:
        plan.rules = _minor_rules(answers, _)
    if answers.is_helper:
        plan.helper_notes = _helper_notes(answers, _)
    if answers.country is None:
        plan.notices.append(_("Tell us your country to see the police, hotlines and helplines where you live."))
    if answers.age_group is None:
        plan.notices.append(_("Tell us the age of the person this is happening to: some services are only "
                              "for under-18s and others only for adults. Both are shown, marked."))

    builders = (_step_dont_pay, _step_capture, _step_document, _step_report, _step_helplines,
                _step_support, _step_secure, _step_legal, _step_stay_informed)
    for number, (step_id, builder) in enumerate(zip(STEP_IDS, builders, strict=True), start=1):
        step, used = builder(answers, _)
        step.id, step.number = step_id, number
        plan.steps.append(step)
        shown.extend(used)
    plan.entries = _entries_dict(shown)
    if any(e.needs_check for e in shown):
        plan.notices.append(_("Details marked 'please check this number' come from a single or older "
                              "source. Check them before you rely on them."))
    return plan


def _headline(answers: Answers, _: Callable[[str], str]) -> list[str]:
    if answers.is_helper:
        lines = [_("It is not their fault. The person making the threats is the one doing wrong.")]
    else:
        lines = [_("It is not your fault. The person threatening you is the one doing wrong.")]
    if answers.is_minor and not answers.is_helper:
        lines.append(_("You are not in trouble, even if you sent images or paid. Help is here."))
    if answers.ai_made:
        lines.append(_("Fake images made with AI are abuse too. Nobody needed a real photo to do this to you."))
    if answers.started == "email" and not answers.sent_images:
        lines.append(_("Emails like this are usually a bulk scam sent to thousands of people. Most have no "
                       "images at all."))
    lines.append(_("Take it one step at a time. Tick each step when it is done."))
    return lines


def _minor_rules(answers: Answers, _: Callable[[str], str]) -> list[str]:
    return [
        _("Never forward, save, screenshot or show the images of someone under 18, not even to report "
          "them. Doing so can itself be a crime, and it hurts the young person again."),
        _("Capture the conversation and the account, never the explicit pictures."),
        _("The images are fingerprinted (hashed) where they are, on the device, for Take It Down. "
          "Standfast keeps only that fingerprint, never the picture."),
        _("Report the images to the child-protection hotline listed in step 4; they handle them safely."),
    ]


def _helper_notes(answers: Answers, _: Callable[[str], str]) -> list[str]:
    if answers.is_minor:
        return [
            _("Stay calm. How you react now decides whether they keep talking to you."),
            _("Say it plainly: this is not your fault, and you are not in trouble."),
            _("Do not take their phone away or delete anything. The evidence is on it."),
            _("Do not contact the blackmailer yourself, and do not pay."),
            _("Check in with them often over the next days, and keep crisis lines close."),
        ]
    return [
        _("Let them lead. Offer to sit with them while they capture evidence and report."),
        _("Say it plainly: this is not their fault."),
        _("Do not contact the blackmailer yourself, and do not pay."),
    ]


def _step_dont_pay(answers: Answers, _: Callable[[str], str]) -> tuple[Step, list[Entry]]:
    how = [
        _("Do not send money, gift cards, crypto, or any more images or videos."),
        _("Do not reply to the threats or argue with them."),
    ]
    if answers.paid:
        how.append(_("If you already paid, that is OK: it is not your fault. Stop paying now. Keep the "
                     "receipts, because payment details help investigators."))
        how.append(_("Tell your bank or payment app what happened. They may be able to stop or trace the payment."))
    if answers.sent_more:
        how.append(_("If you already sent more, you are still not in trouble. Stop now and report."))
    if answers.deadline:
        how.append(_("The deadline ({deadline}) is there to rush you. You do not have to act on their clock.")
                   .format(deadline=answers.deadline))
    if answers.started == "email" and not answers.sent_images:
        how.append(_("If the email quotes a real password of yours, it came from an old data breach, not "
                     "from your camera. Change that password (step 7)."))
    why = _("Paying rarely ends it. People who pay are usually asked for more, and the threats go on.")
    return Step("", 0, _("Do not pay or send anything more"), why, how), []


def _prefixed(name: str, text: str) -> str:
    return text if name == "Other" else f"{name}: {text}"


def _step_capture(answers: Answers, _: Callable[[str], str]) -> tuple[Step, list[Entry]]:
    how = [_("Before you block anyone, capture the evidence:")]
    for key in answers.platforms or ["other"]:
        p = PLATFORMS[key]
        for line in p.capture:
            how.append(_prefixed(p.name, _(line)))
        if p.export:
            how.append(_prefixed(p.name, _(p.export)))
    how.append(_("Write down the date and time of the first message and of each threat."))
    if answers.is_minor:
        how.append(_("Capture the conversation and the profile, never the explicit images."))
    how.append(_("Then stop replying. Do not tell them you are reporting them."))
    for key in answers.platforms or ["other"]:
        p = PLATFORMS[key]
        if p.block:
            how.append(_prefixed(p.name, _(p.block)))
    how.append(_("Do not delete the conversation or your account. If you need a break, log out or "
                 "deactivate instead."))
    how.extend(_platform_help_lines(answers, _))
    why = _("Once you block them, their profile and the chat can disappear. Police and platforms need them.")
    return Step("", 0, _("Capture first, then stop replying and block"), why, how), []


def _platform_help_lines(answers: Answers, _: Callable[[str], str]) -> list[str]:
    """Menus change: each platform's own reporting page, from its sourced directory entry, with its date."""
    from standfast.guide.directory import audience_allowed, get_entry

    lines = []
    for key in answers.platforms:
        entry_id = PLATFORMS[key].report_entry
        if not entry_id:
            continue
        entry = get_entry(entry_id)
        if entry.url and audience_allowed(entry, answers.directory_age):
            lines.append(_("Menus change. If {platform} looks different, its own page says how to report: {url} "
                           "(checked {date}).").format(platform=PLATFORMS[key].name, url=entry.url,
                                                       date=entry.checked.isoformat()))
    return lines


def _step_document(answers: Answers, _: Callable[[str], str]) -> tuple[Step, list[Entry]]:
    how = [
        _("Add your screenshots and exported chats to this case in Standfast. It keeps the originals "
          "unchanged and records when each one was added."),
        _("Write a short timeline: first contact, the threats, any payment, with dates and times."),
    ]
    if answers.money_demanded:
        how.append(_("Keep what they asked you to pay to: bank account, payment handle, gift card codes, "
                     "crypto wallet address, and any receipts."))
    if answers.is_minor:
        how.append(_("Do not add explicit images of someone under 18. Standfast keeps only their fingerprint "
                     "(hash); the picture stays where it is."))
    links = ["vault:add"] + [f"ingest:{p}" for p in answers.platforms if p not in ("other",)]
    why = _("A complete, untouched record makes every report stronger and can be used in court.")
    return Step("", 0, _("Keep a record of everything"), why, how, links=links), []


def _step_report(answers: Answers, _: Callable[[str], str]) -> tuple[Step, list[Entry]]:
    police = ch.police_channels(answers)
    child = ch.child_protection_channels(answers)
    removal = ch.removal_channels(answers)
    platforms = ch.platform_channels(answers)
    how: list[str] = []
    if police:
        how.append(_("Report to the police. They take this seriously, and you will not be in trouble."))
    else:
        how.append(_("Report to your local police."))
    if answers.is_minor:
        how.append(_("Report to the child-protection hotline too. They can work with police and get images removed."))
    elif child:
        how.append(_("Because images were taken when you were under 18, child-protection hotlines can help too."))
    if answers.paid:
        how.append(_("Tell them how you paid, when, and to whom. Payment details help them follow the money."))
        how.append(_("Record each payment in Standfast (Follow-through): amount, method, where it went, and when. "
                     "It checks crypto addresses and writes a notice to the payment company."))
    if answers.ai_made:
        how.append(_("Say in every report that the images were made or changed with AI. Give the web address "
                     "where each fake is posted and keep the messages that threaten to share it."))
        if answers.country == "US":
            how.append(_("In the US, the TAKE IT DOWN Act covers AI-made intimate images: a platform must remove "
                         "one within 48 hours of a valid request. Standfast writes that request and counts the "
                         "48 hours for you (Follow-through)."))
    how.append(_("Record each report you send in Follow-through, with the reference they give you. It shows "
                 "when an answer is due and what to do if none comes."))
    if removal:
        if answers.is_minor or answers.taken_under_18:
            how.append(_("Use Take It Down to stop the images being posted on sites that take part. It makes a "
                         "fingerprint (hash) on the device; the image itself is never uploaded."))
        if answers.age_group == "adult" and not answers.taken_under_18:
            how.append(_("Use StopNCII to stop the images being posted on partner sites. It makes a "
                         "fingerprint (hash) on your device; the image itself never leaves it."))
        if answers.age_group is None:
            how.append(_("Take It Down is for images taken under 18; StopNCII is for images of adults."))
        how.append(_("Standfast can make the same fingerprints on this computer, without sending anything."))
    for entry in platforms:
        how.append(_("Report the account on the platform: {name}.").format(name=entry.name))
    for key in answers.platforms:
        p = PLATFORMS[key]
        listed = p.report_entry is not None and p.report_entry in {e.id for e in platforms}
        if not listed and key not in ("email", "apple", "other"):
            how.append(_("Report the account on {platform} from its profile or the chat menu.")
                       .format(platform=p.name))
    if answers.started == "email":
        how.append(_("For a scam email, reporting helps stop the campaign even if nothing happened."))
    used = ch.report_channels(answers)
    why = _("Reporting is how they get stopped and how images get taken down. You will not be in trouble "
            "for reporting.")
    step = Step("", 0, _("Report it"), why, how, channels=_ids(used), links=["reports:prefill", "takedown:hash"])
    return step, used


def _step_helplines(answers: Answers, _: Callable[[str], str]) -> tuple[Step, list[Entry]]:
    used = ch.helpline_channels(answers)
    how = [_("Talk to a helpline. They help with exactly this, and they will not judge you.")]
    if not used:
        how.append(_("If none is listed for your country, a crisis line (at the top of this plan) can still help."))
    why = _("You do not have to work this out alone.")
    return Step("", 0, _("Get help from a helpline"), why, how, channels=_ids(used)), used


def _step_support(answers: Answers, _: Callable[[str], str]) -> tuple[Step, list[Entry]]:
    used = ch.crisis_channels(answers)
    how = []
    if answers.is_minor and not answers.is_helper:
        how.append(_("Tell an adult you trust: a parent, a relative, a teacher. You will not be in trouble."))
    else:
        how.append(_("Tell someone you trust. You do not have to share every detail."))
    how.append(_("If you have thoughts of hurting yourself, call or text a crisis line now. They are free."))
    how.append(_("Feeling scared, ashamed or panicked is normal. It will get easier."))
    why = _("It is not your fault. Blackmailers want you to feel alone; you are not.")
    return Step("", 0, _("Look after yourself"), why, how, channels=_ids(used)), used


def _step_secure(answers: Answers, _: Callable[[str], str]) -> tuple[Step, list[Entry]]:
    how = [_(line) for line in GENERAL]
    for checklist in checklists_for(answers.platforms):
        how.extend(_(line) for line in checklist.where)
    if answers.started in ("hacked", "email"):
        how.append(_("If a password of yours was quoted or stolen, change it everywhere you used it."))
    how.append(_("Check a password's strength and whether it was in a breach, on this computer: "
                 "standfast password check."))
    why = _("This stops them getting into your accounts or finding your friends and family.")
    return Step("", 0, _("Secure your accounts"), why, how, links=["guide:password"]), []


def _step_legal(answers: Answers, _: Callable[[str], str]) -> tuple[Step, list[Entry]]:
    used = ch.legal_channels(answers)
    how = [_("Threatening to share intimate images is a crime in most countries, even if the images are fake.")]
    if answers.country in _LEGAL_NOTES:
        how.append(_(_LEGAL_NOTES[answers.country]))
    how.append(_("A lawyer can help with removal requests and with claims against the person or the site. "
                 "Standfast can prepare a packet with your evidence for them."))
    if answers.is_minor:
        how.append(_("The adult helping can speak to the lawyer. The young person is not the one in trouble."))
    why = _("Knowing your rights helps you choose what to do next. You do not have to decide now.")
    return Step("", 0, _("Know your legal options"), why, how, channels=_ids(used),
                links=["reports:lawyer_packet"]), used


def _step_stay_informed(answers: Answers, _: Callable[[str], str]) -> tuple[Step, list[Entry]]:
    how = [
        _("They may come back from new accounts. Do not reply: capture, report and block again."),
        _("Take-down tools keep working after you use them. Come back to this plan and tick off what is done."),
        _("Scammers reuse the same scripts and threats. Knowing this makes them lose their power."),
    ]
    why = _("Knowing what to expect makes the next message less frightening.")
    return Step("", 0, _("Stay informed"), why, how), []
