"""The README's examples of triage, checked as written: each quoted message must stand in the README and get the
verdict the README gives it, read by the rules alone (a docs drift check shared by the triage tests)."""

from __future__ import annotations

from pathlib import Path

from standfast.analyze import triage

README = Path(__file__).resolve().parents[2] / "README.md"


def assert_readme_examples(examples: dict[str, str]) -> None:
    """Each of ``examples`` (message -> verdict) is quoted in the README and holds by the rules alone."""
    # (the README wraps its lines: compared with its whitespace folded)
    readme = " ".join(README.read_text(encoding="utf-8").split())
    for text, verdict in examples.items():
        assert text in readme, text
        assert triage.analyze_text(text, use_model=False).verdict == verdict, text
