"""Which services the plan points to, chosen from the directory for one person's answers.

The minor/adult line is enforced by ``directory.audience_allowed`` through every selection here:
a minor's plan never lists an adult-only service (StopNCII is 18+), an adult's never lists a
minor-only one unless the images were taken when they were under 18 (Take It Down).
"""

from __future__ import annotations

from standfast.guide.directory import Entry, audience_allowed, entries_for, get_entry
from standfast.guide.interview import Answers
from standfast.guide.platforms import PLATFORMS

# Shown in the directory, but not as a first reporting step: the FTC handles platforms that fail to
# remove images (legal step); HSI is a second federal tip line next to the FBI's.
_NOT_FIRST_REPORT = {"us-ftc-reportfraud", "us-hsi-tipline"}
_META = {"instagram", "facebook", "messenger", "whatsapp"}
_FRAUD_UNITS = {"gb-report-fraud", "ca-cafc", "au-reportcyber", "us-ic3"}


def _unique(entries: list[Entry]) -> list[Entry]:
    seen: set[str] = set()
    out = []
    for entry in entries:
        if entry.id not in seen:
            seen.add(entry.id)
            out.append(entry)
    return out


def police_channels(answers: Answers) -> list[Entry]:
    found = entries_for(answers.country, answers.region, answers.directory_age, kinds=["law_enforcement"])
    out = []
    for entry in found:
        if entry.id in _NOT_FIRST_REPORT:
            continue
        # Fraud units matter where money is involved (or for an adult with a scam email).
        if entry.id in _FRAUD_UNITS and not (answers.money_demanded or answers.started == "email"):
            continue
        out.append(entry)
    return out


# Minor-audience services whose sources say they also serve adults about images taken when they
# were under 18 (Take It Down FAQ; CyberTipline: "if you are (or were at the time) under 18").
CHILDHOOD_IMAGE_SERVICES = ("int-take-it-down", "us-ncmec-cybertipline")


def _childhood_images_of_adult(answers: Answers) -> bool:
    return answers.age_group == "adult" and bool(answers.taken_under_18)


def _for_childhood_images(answers: Answers, kind: str) -> list[Entry]:
    """An adult with images from when they were under 18: services for everyone, plus those above."""
    shared = [e for e in entries_for(answers.country, answers.region, "unknown", kinds=[kind])
              if e.audience == "all"]
    extra = [get_entry(i) for i in CHILDHOOD_IMAGE_SERVICES]
    extra = [e for e in extra if e.kind == kind and (e.international or answers.country in e.jurisdiction)]
    return _unique(extra + shared)


def child_protection_channels(answers: Answers) -> list[Entry]:
    if _childhood_images_of_adult(answers):
        return _for_childhood_images(answers, "child_protection")
    if not answers.is_minor:
        return []
    return entries_for(answers.country, answers.region, answers.directory_age, kinds=["child_protection"])


def removal_channels(answers: Answers) -> list[Entry]:
    if not answers.images_involved:
        return []
    if _childhood_images_of_adult(answers):
        return _for_childhood_images(answers, "image_removal")
    return entries_for(answers.country, answers.region, answers.directory_age, kinds=["image_removal"])


def platform_channels(answers: Answers) -> list[Entry]:
    age = answers.directory_age
    out: list[Entry] = []
    for key in answers.platforms:
        entry_id = PLATFORMS[key].report_entry
        if entry_id:
            entry = get_entry(entry_id)
            if audience_allowed(entry, age):
                out.append(entry)
    if _META & set(answers.platforms):
        out.append(get_entry("int-meta-stop-sextortion"))
    return _unique(out)


def report_channels(answers: Answers) -> list[Entry]:
    """The reporting channels the plan picked (step 4), in the order the plan lists them."""
    return _unique(
        police_channels(answers)
        + child_protection_channels(answers)
        + removal_channels(answers)
        + platform_channels(answers)
    )


def helpline_channels(answers: Answers) -> list[Entry]:
    return entries_for(answers.country, answers.region, answers.directory_age, kinds=["helpline"])


def crisis_channels(answers: Answers) -> list[Entry]:
    # A helper sees the lines for the young person too: they may call together.
    return entries_for(answers.country, answers.region, answers.directory_age, kinds=["crisis"],
                       include_international=False)


def emergency_channels(answers: Answers) -> list[Entry]:
    """Police entries whose sourced phone text gives an emergency number (for 'not safe right now')."""
    words = ("emergenc", "danger", "urgent")
    return [
        e for e in entries_for(answers.country, answers.region, answers.directory_age, kinds=["law_enforcement"],
                               include_international=False)
        if e.phone and any(w in e.phone.lower() for w in words)
    ]


def legal_channels(answers: Answers) -> list[Entry]:
    return [e for e in entries_for(answers.country, answers.region, answers.directory_age,
                                   kinds=["law_enforcement"], include_international=False)
            if e.id == "us-ftc-reportfraud"]
