"""Stored verdicts for the pages: what "Is this real?" kept in a case, and what an evidence item's
"Analyse" button found. Reads analyze's tables directly with narrow queries (one case's latest
verdicts, one item's results) so a case with 100,000 imported messages does not slow a page down.

A quoted password is never shown: analyze stores it sealed and keeps only a mask as the value.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

# Items the analyser can read: e-mails, text and screenshots.
ANALYSABLE_PREFIXES = ("text/", "image/", "message/")
ANALYSABLE_TYPES = {"application/vnd.ms-outlook", "application/mbox", "application/json"}


def analysable(item: Any) -> bool:
    mime = (item.mime or "").lower()
    return (item.kind in ("file", "note") and item.blob_id is not None and item.status == "active"
            and (mime.startswith(ANALYSABLE_PREFIXES) or mime in ANALYSABLE_TYPES))


def _row(r: Any, counts: dict[int, int], corrections: dict[int, str]) -> dict[str, Any]:
    # ``verdict`` is the person's own reading when they corrected it; ``automatic`` is what the analyser said.
    return {"id": r.id, "item_id": r.item_id, "verdict": corrections.get(r.id, r.verdict), "automatic": r.verdict,
            "corrected": r.id in corrections, "confidence": r.confidence,
            "signals": [s.get("text", "") for s in (r.signals or [])], "campaign": r.campaign, "error": r.error,
            "indicators": counts.get(r.id, 0), "created_at": r.created_at}


def _corrections(s: Any, result_ids: list[int]) -> dict[int, str]:
    """The latest correction of each of these results (the person may change their mind)."""
    from standfast.analyze.models import AnalyzeCorrection

    if not result_ids:
        return {}
    rows = s.scalars(select(AnalyzeCorrection).where(AnalyzeCorrection.result_id.in_(result_ids))
                     .order_by(AnalyzeCorrection.id))
    return {r.result_id: r.verdict for r in rows}


def case_verdicts(vault: Any, case_id: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """The latest stored verdicts of a case, newest first."""
    from standfast.analyze.models import AnalyzeIndicator, AnalyzeResult

    with vault.read() as s:
        results = list(s.scalars(select(AnalyzeResult).where(AnalyzeResult.case_id == case_id)
                                 .order_by(AnalyzeResult.id.desc()).limit(limit)))
        ids = [r.id for r in results]
        counts: dict[int, int] = {}
        if ids:
            counts = dict(s.execute(select(AnalyzeIndicator.result_id, func.count()).where(
                AnalyzeIndicator.case_id == case_id, AnalyzeIndicator.result_id.in_(ids))
                .group_by(AnalyzeIndicator.result_id)).all())
        corrections = _corrections(s, ids)
        return [_row(r, counts, corrections) for r in results]


def item_analysis(vault: Any, item: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(verdicts, indicators) stored for one evidence item, newest verdict first. Indicators come from the
    latest analysis only (analysing again must not list everything twice); passwords stay masked."""
    from standfast.analyze.models import AnalyzeIndicator, AnalyzeResult

    with vault.read() as s:
        results = list(s.scalars(select(AnalyzeResult).where(AnalyzeResult.item_id == item.id)
                                 .order_by(AnalyzeResult.id.desc()).limit(50)))
        if not results:
            return [], []
        # One analysis can store several results (one per message of an mbox); they share a timestamp.
        latest = results[0].created_at
        latest_ids = [r.id for r in results if abs((latest - r.created_at).total_seconds()) < 5]
        rows = list(s.scalars(select(AnalyzeIndicator).where(
            AnalyzeIndicator.case_id == item.case_id, AnalyzeIndicator.result_id.in_(latest_ids))
            .order_by(AnalyzeIndicator.id)))
        counts: dict[int, int] = {}
        for r in rows:
            counts[r.result_id] = counts.get(r.result_id, 0) + 1
        seen: set[tuple[str, str]] = set()
        indicators = []
        for r in rows:
            value = r.value if r.type == "password" else (r.normalized or r.value)
            if (r.type, value) in seen:
                continue
            seen.add((r.type, value))
            indicators.append({"type": r.type, "value": value, "valid": r.valid,
                               "note": (r.extra or {}).get("note")})
        corrections = _corrections(s, [r.id for r in results])
        return [_row(r, counts, corrections) for r in results], indicators
