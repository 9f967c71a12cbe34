"""The verdict of the rules alone, as a string: the helper the triage tests that compare look-alikes share."""

from __future__ import annotations

from standfast.analyze.triage import analyze_text


def rules_verdict(text: str) -> str:
    """The verdict ``analyze_text`` gives ``text`` without the learned model."""
    return str(analyze_text(text, use_model=False).verdict)
