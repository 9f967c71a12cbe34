"""Keep analysis results with a case: verdicts linked to their evidence item, indicators per message.

Every stored analysis appends an ``item.analyzed`` custody entry in the same transaction. A quoted
password is sealed (``vault.seal``, purpose ``analyze.password``) and never written in clear, never
logged and never returned by :func:`case_indicators` (which shows a mask).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from standfast.analyze.indicators import Indicator, extract_indicators
from standfast.analyze.inputs import readables
from standfast.analyze.models import AnalyzeCorrection, AnalyzeIndicator, AnalyzeResult
from standfast.analyze.triage import Analysis, analyze_text
from standfast.analyze.verdicts import SEVERITY, Verdict, parse_verdict
from standfast.errors import InputError, UsageError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from standfast.vault.vault import Vault

PASSWORD_PURPOSE = "analyze.password"
_SEVERITY = SEVERITY


def _now() -> datetime:
    return datetime.now(UTC)


def _indicator_rows(vault: Vault, indicators: Iterable[Indicator], text: str, *, case_id: str,
                    item_id: str | None, message_id: int | None, result_id: int | None) -> list[AnalyzeIndicator]:
    rows: list[AnalyzeIndicator] = []
    now = _now()
    for ind in indicators:
        sealed = None
        if ind.type == "password":
            sealed = vault.seal(text[ind.start : ind.end].encode("utf-8"), purpose=PASSWORD_PURPOSE)
        rows.append(AnalyzeIndicator(
            case_id=case_id, result_id=result_id, item_id=item_id, message_id=message_id, type=ind.type,
            value=ind.value, normalized=ind.normalized, valid=ind.valid, start=ind.start, end=ind.end,
            extra=dict(ind.extra), sealed=sealed, created_at=now,
        ))
    return rows


def store_analysis(vault: Vault, session: Session, analysis: Analysis, text: str, *, case_id: str,
                   item_id: str | None) -> int:
    """Write one analysis and its indicators inside ``session``; returns the result id."""
    result = AnalyzeResult(
        case_id=case_id, item_id=item_id, source=analysis.source, verdict=analysis.verdict,
        confidence=float(analysis.confidence), signals=[s.to_json() for s in analysis.signals],
        campaign=analysis.campaign, error=analysis.error, created_at=_now(),
    )
    session.add(result)
    session.flush()
    session.add_all(_indicator_rows(vault, analysis.indicators, text, case_id=case_id, item_id=item_id,
                                    message_id=None, result_id=result.id))
    return result.id


def analyze_item(vault: Vault, item_id: str) -> Analysis:
    """Analyse an evidence item (e-mail, text, screenshot), store the result, log 'item.analyzed'."""
    item = vault.get_item(item_id)
    if item.kind not in ("file", "note") or item.blob_id is None or item.status != "active":
        raise UsageError(f"Item {item.id} has no stored content to analyse.")
    data = vault.read_item(item.id)
    error: str | None
    try:
        pairs = [(r, analyze_text(r.text, received_at=r.received_at, source=f"item:{item.id}"))
                 for r in readables(data, name=item.original_name or item.id) if r.text.strip()]
    except InputError as exc:
        pairs = []
        error = str(exc)
    else:
        error = None
    if not pairs:
        # Nothing could be read: that is not a finding of "no threat" (safety asymmetry), so say unclear.
        analysis = Analysis(source=f"item:{item.id}", verdict=Verdict.UNCLEAR, confidence=0.0,
                        error=error or "no message found in this item")
        pairs_to_store: list[tuple[str, Analysis]] = [("", analysis)]
    else:
        pairs_to_store = [(r.text, a) for r, a in pairs]
        analysis = max((a for _t, a in pairs_to_store), key=lambda a: (_SEVERITY[a.verdict], a.confidence))
    with vault.transaction() as s:
        for text, a in pairs_to_store:
            store_analysis(vault, s, a, text, case_id=item.case_id, item_id=item.id)
        vault.log(s, "item.analyzed", case_id=item.case_id, item_id=item.id, details={
            "verdict": str(analysis.verdict), "confidence": analysis.confidence, "campaign": analysis.campaign,
            "indicators": sum(len(a.indicators) for _t, a in pairs_to_store), "messages": len(pairs_to_store),
            "error": analysis.error,
        })
    return analysis


def record_message_indicators(vault: Vault, session: Session, *, case_id: str, message_id: int,
                              item_id: str | None, text: str, reference_time: datetime | None = None) -> int:
    """Extract and store the indicators of one imported message, inside the importer's transaction."""
    if not text:
        return 0
    return store_message_indicators(vault, session, case_id=case_id, message_id=message_id, item_id=item_id,
                                    text=text, indicators=extract_indicators(text, reference_time=reference_time))


def store_message_indicators(vault: Vault, session: Session, *, case_id: str, message_id: int,
                             item_id: str | None, text: str, indicators: list[Indicator]) -> int:
    """Store indicators already extracted from one imported message (``extract_message_batch`` in
    another process), inside the importer's transaction."""
    if indicators:
        session.add_all(_indicator_rows(vault, indicators, text, case_id=case_id, item_id=item_id,
                                        message_id=message_id, result_id=None))
    return len(indicators)


def case_indicators(vault: Vault, case_id: str) -> list[dict[str, Any]]:
    """Indicators of a case, one entry per distinct (type, normalized value), with where they were seen."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    with vault.read() as s:
        rows = s.scalars(select(AnalyzeIndicator).where(AnalyzeIndicator.case_id == case_id)
                         .order_by(AnalyzeIndicator.id)).all()
        for r in rows:
            # Passwords stay masked and are grouped by item, never by their (sealed) text.
            key_value = f"password@{r.item_id or r.message_id}" if r.type == "password" else (r.normalized or r.value)
            key = (r.type, key_value)
            g = groups.get(key)
            if g is None:
                g = groups[key] = {
                    "type": r.type, "value": r.value, "normalized": r.normalized, "valid": r.valid,
                    "count": 0, "item_ids": [], "message_ids": [], "first_seen": r.created_at.isoformat(),
                    **{k: v for k, v in (r.extra or {}).items()},
                }
            g["count"] += 1
            if r.item_id and r.item_id not in g["item_ids"]:
                g["item_ids"].append(r.item_id)
            if r.message_id is not None and r.message_id not in g["message_ids"]:
                g["message_ids"].append(r.message_id)
    return list(groups.values())


def correct_verdict(vault: Vault, result_id: int, verdict: str) -> dict[str, Any]:
    """Record the person's own reading of stored result ``result_id`` and log ``analysis.corrected``
    (old and new verdict) in the custody log, in one transaction. The automatic verdict is kept."""
    try:
        chosen = parse_verdict(verdict)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    with vault.transaction() as s:
        row = s.get(AnalyzeResult, result_id)
        if row is None:
            raise UsageError(f"No stored analysis with id {result_id}. `standfast case show` lists them.")
        s.add(AnalyzeCorrection(case_id=row.case_id, result_id=row.id, verdict=chosen.value, created_at=_now()))
        vault.log(s, "analysis.corrected", case_id=row.case_id, item_id=row.item_id, details={
            "result_id": row.id, "automatic": row.verdict, "corrected": chosen.value})
        return {"id": row.id, "case_id": row.case_id, "automatic": row.verdict, "verdict": chosen.value}


def _corrections(s: Session, case_id: str) -> dict[int, str]:
    """Latest correction per result of a case."""
    rows = s.scalars(select(AnalyzeCorrection).where(AnalyzeCorrection.case_id == case_id)
                     .order_by(AnalyzeCorrection.id)).all()
    return {r.result_id: r.verdict for r in rows}


def case_analyses(vault: Vault, case_id: str) -> list[dict[str, Any]]:
    """Stored verdicts of a case, newest last, with their signals and indicator counts. ``verdict`` is the
    person's correction when they made one; ``automatic`` is always what the analyser said."""
    with vault.read() as s:
        results = s.scalars(select(AnalyzeResult).where(AnalyzeResult.case_id == case_id)
                            .order_by(AnalyzeResult.id)).all()
        counts: dict[int, int] = {}
        for rid in s.scalars(select(AnalyzeIndicator.result_id).where(AnalyzeIndicator.case_id == case_id)):
            if rid is not None:
                counts[rid] = counts.get(rid, 0) + 1
        corrected = _corrections(s, case_id)
        return [{
            "id": r.id, "item_id": r.item_id, "source": r.source, "verdict": corrected.get(r.id, r.verdict),
            "automatic": r.verdict, "corrected": r.id in corrected,
            "confidence": r.confidence, "signals": list(r.signals or []), "campaign": r.campaign,
            "error": r.error, "indicators": counts.get(r.id, 0), "created_at": r.created_at.isoformat(),
        } for r in results]


def reveal_password(vault: Vault, indicator_id: int) -> str:
    """The quoted password of one stored indicator, for the person who owns the vault (never logged)."""
    with vault.read() as s:
        row = s.get(AnalyzeIndicator, indicator_id)
        if row is None or row.type != "password" or row.sealed is None:
            raise UsageError("No quoted password with that id.")
        return vault.unseal(row.sealed, purpose=PASSWORD_PURPOSE).decode("utf-8")
