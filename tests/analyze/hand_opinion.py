"""A learned opinion built by hand, and the model's step applied with it, for tests of the rule that turns a sure
opinion into a kind: they hold whatever the shipped head rates the messages."""

from __future__ import annotations

from standfast.analyze import triage
from standfast.analyze.learned.model import LearnedScore
from standfast.analyze.normalize import normalize

KINDS = ("mass_scam", "targeted", "other_extortion")


def opinion(kind: str, p: float, kind_p: float | None = None) -> LearnedScore:
    """The model sure of extortion at ``p``, ``kind_p`` of it (all, by default) on ``kind`` and the rest shared by the
    other kinds."""
    on_kind = p if kind_p is None else kind_p
    probabilities = {k: (on_kind if k == kind else (p - on_kind) / (len(KINDS) - 1)) for k in KINDS}
    probabilities["not_extortion"] = 1.0 - p
    return LearnedScore(probabilities, p, "en", None)


def apply_model(text: str, verdict: triage.Verdict, kind: str, p: float, *, signs: bool = True,
                flag_at: float = triage.MODEL_FLAG, kind_p: float | None = None
                ) -> tuple[triage.Verdict, list[str], list[triage.Contribution]]:
    """``_apply_model`` on ``text`` read by the rules, with the hand-built opinion; the named verdict, the signals and
    the reasons."""
    norm = normalize(text)
    sp = triage.read_speech(norm.text, text, triage.LANGS)
    f = triage._features(norm.text, norm.tricks, [], text, sp.first_person_forms, "en", sp.tokens, sp.distinct)
    loose = triage.loose_signs(norm.text, text, sp.words)
    signals = ["loose_threat" if verdict == triage.Verdict.UNCLEAR else "nothing_found"]
    why = [triage.Contribution("rule", "test reading")]
    named, _ = triage._apply_model(verdict, 0.6, signals, why, opinion(kind, p, kind_p), f, sp, loose,
                                   flag_at=flag_at, signs=signs, buyer=triage._buys(norm.text, loose))
    return named, signals, why
