"""The five verdicts of triage and the plain words shown for them in the CLI, the web pages and the PDF.

One place for the wording, so a person reads the same thing everywhere. Safety comes first: the
``not_extortion`` words never say "no threat" (the rules can miss one), always tell the person to treat
the message as real if they feel threatened, and always point to the plan and the crisis lines.
"""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    MASS_SCAM = "mass_scam"
    TARGETED = "targeted"
    OTHER_EXTORTION = "other_extortion"
    UNCLEAR = "unclear"
    NOT_EXTORTION = "not_extortion"


# How serious a verdict is for the person, when several messages of one input or case are ranked.
SEVERITY: dict[str, int] = {
    Verdict.TARGETED: 4, Verdict.UNCLEAR: 3, Verdict.OTHER_EXTORTION: 2, Verdict.MASS_SCAM: 1,
    Verdict.NOT_EXTORTION: 0,
}

# Short titles (CLI headline, web heading, PDF line).
TITLE: dict[str, str] = {
    Verdict.MASS_SCAM: "Bulk scam: the same message was sent to very many people",
    Verdict.TARGETED: "Targeted sextortion: a real person may have images of you",
    Verdict.OTHER_EXTORTION: "Extortion, but not about intimate images",
    Verdict.UNCLEAR: "Unclear: treat it as real",
    Verdict.NOT_EXTORTION: "No signs of extortion found. If you feel threatened, treat it as real",
}

# What it means and what to do first.
SUMMARY: dict[str, str] = {
    Verdict.MASS_SCAM: (
        "This message was sent to very many people. There is almost certainly no video. Do not pay and do not "
        "reply. If it quotes a real password of yours, change that password everywhere you used it. If you did "
        "send pictures to someone or had a video call with them, treat it as real and follow the plan."
    ),
    Verdict.TARGETED: (
        "Someone may really have pictures of you. You did nothing wrong. Do not pay and do not send more: "
        "paying rarely ends it. Save the messages and the account name before you block, then report them and "
        "tell someone you trust."
    ),
    Verdict.OTHER_EXTORTION: (
        "This is an extortion attempt, but not about intimate images. Do not pay. Keep the message and report it."
    ),
    Verdict.UNCLEAR: (
        "Some parts of this message look like a threat or a demand, but we cannot tell which kind. Treat it as "
        "real: do not pay, keep the message, and follow the plan. You did nothing wrong."
    ),
    Verdict.NOT_EXTORTION: (
        "We found no threat and no demand in this message. Our rules can miss things: if you feel threatened, "
        "treat it as real, keep the message and follow the plan. Crisis lines are listed below."
    ),
}

# A closer summary where one signal says more than the verdict alone: a fake police summons is a bulk scam, but
# "there is almost certainly no video" does not answer the fear it raises.
SIGNAL_SUMMARY: dict[tuple[str, str], str] = {
    (Verdict.MASS_SCAM, "fake_summons"): (
        "This message pretends to come from the police or a court, and the same text was sent to very many "
        "people. Real police do not accuse you by e-mail and ask you to answer or pay within hours. Do not pay, "
        "do not reply and do not open its attachments. Keep it and report it as a scam."
    ),
    (Verdict.TARGETED, "fake_police_fine"): (
        "Someone is pretending to be the police. Real police do not ask for money to close a case or to keep "
        "pictures from your family or your work. Do not pay and do not reply. Save the messages and the sender's "
        "details, then report them and tell someone you trust. You did nothing wrong."
    ),
}


def summary_for(verdict: str, signal_ids: list[str]) -> str:
    """The summary shown for ``verdict``, closer when a signal in ``signal_ids`` has its own."""
    for (kind, signal), text in SIGNAL_SUMMARY.items():
        if kind == verdict and signal in signal_ids:
            return text
    return SUMMARY.get(verdict, "")


# The line printed in the police PDF for each verdict.
REPORT_TEXT: dict[str, str] = {
    Verdict.MASS_SCAM: "Bulk scam e-mail: the same text is sent to very many people. No sign that the sender has "
                       "any images.",
    Verdict.TARGETED: "Targeted sextortion: a person who may hold real images is threatening to share them and "
                      "is demanding something.",
    Verdict.OTHER_EXTORTION: "Extortion that is not about intimate images.",
    Verdict.UNCLEAR: "Unclear: the message holds a threat or a demand, but its kind could not be told. Treated as "
                     "real.",
    Verdict.NOT_EXTORTION: "No signs of extortion found by the automatic reading (it can miss things).",
}


def parse_verdict(value: str) -> Verdict:
    """The verdict named by ``value`` (as stored or typed); ValueError for anything else."""
    try:
        return Verdict(value.strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        allowed = ", ".join(v.value for v in Verdict)
        raise ValueError(f"Unknown verdict {value!r}. Use one of: {allowed}.") from None
