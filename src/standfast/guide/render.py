"""Plain-text rendering of a plan and of directory entries (CLI output and snapshot tests).

Crisis lines come first in every rendering, and again at the end, so they are never more than
a glance away however long the plan is.
"""

from __future__ import annotations

from typing import Any

from standfast.guide.directory import Entry
from standfast.guide.i18n import N_, get_translator
from standfast.guide.plan import Plan

_AUDIENCE = {"minor": N_("under 18"), "adult": N_("18 and over")}


def entry_lines(entry: Entry | dict[str, Any], lang: str | None = "en", *, mark_audience: bool = False) -> list[str]:
    """One entry as a few short lines: name, how to reach it, and a warning when unverified."""
    _ = get_translator(lang)
    e = entry.to_dict() if isinstance(entry, Entry) else entry
    name = e["name"]
    if mark_audience and e["audience"] in _AUDIENCE:
        name = f"{name} ({_(_AUDIENCE[e['audience']])})"
    lines = [f"• {name}"]
    contact = []
    if e.get("phone"):
        contact.append(_("Phone: {phone}").format(phone=e["phone"]))
    if e.get("sms"):
        contact.append(_("Text: {sms}").format(sms=e["sms"]))
    if e.get("url"):
        contact.append(e["url"])
    if e.get("hours"):
        contact.append(_("Hours: {hours}").format(hours=e["hours"]))
    for part in contact:
        lines.append(f"    {part}")
    if e.get("needs_check"):
        lines.append("    " + _("Please check this number: our source is old or uncertain."))
    return lines


def render_text(plan: Plan) -> str:
    _ = get_translator(plan.lang)
    mark = plan.age == "unknown"
    out: list[str] = []

    def crisis_block() -> None:
        out.append(_("Crisis lines — free, and there for you now:"))
        ids = plan.crisis + [i for i in plan.emergency if i not in plan.crisis]
        for entry_id in ids:
            out.extend("  " + line for line in entry_lines(plan.entries[entry_id], plan.lang, mark_audience=mark))
        out.append("  " + (plan.emergency_note if ids else _("Call your local emergency number.")))

    out.extend(plan.headline)
    out.append("")
    crisis_block()
    if plan.crisis_only:
        return "\n".join(out) + "\n"
    for title, lines in ((_("Rules that keep everyone safe:"), plan.rules),
                         (_("For you, helping them:"), plan.helper_notes),
                         (_("Good to know:"), plan.notices)):
        if lines:
            out.append("")
            out.append(title)
            out.extend(f"  - {line}" for line in lines)
    for step in plan.steps:
        out.append("")
        box = "[x]" if step.done else "[ ]"
        out.append(f"{box} {step.number}. {step.title}")
        out.append("    " + _("Why: {why}").format(why=step.why))
        out.extend(f"    - {line}" for line in step.how)
        if step.channels and step.id != "support":
            out.append("    " + _("Who to contact:"))
            for entry_id in step.channels:
                out.extend("      " + line
                           for line in entry_lines(plan.entries[entry_id], plan.lang, mark_audience=mark))
        elif step.id == "support":
            out.append("    " + _("The crisis lines at the top of this plan are for you, any time."))
    out.append("")
    crisis_block()
    return "\n".join(out) + "\n"


def render_entries(entries: list[Entry], lang: str | None = "en", *, mark_audience: bool = False) -> str:
    out: list[str] = []
    for entry in entries:
        out.extend(entry_lines(entry, lang, mark_audience=mark_audience))
    return "\n".join(out) + "\n"
