""""Is this real?": paste a message or add a file (.eml, .msg, mbox, screenshot) and get a verdict with
its reasons, the indicators found, and what to do. Works with the vault locked: nothing is stored.

With the vault unlocked the person may choose a case: the pasted text is kept as a note (or the file as
an evidence item), analysed with ``analyze.store.analyze_item`` (verdict stored, custody-logged), and the
case's stored verdicts are listed."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from standfast.errors import CaseClosed, InputError, UsageError
from standfast.web.analysis import case_verdicts
from standfast.web.deps import case_or_404, check_csrf
from standfast.web.holder import Locked
from standfast.web.i18n import gettext_for, request_language
from standfast.web.messages import VERDICT_TITLES
from standfast.web.render import page
from standfast.web.uploads import ParsedUpload, TooLarge, read_multipart_in_memory

router = APIRouter()
MAX_TEXT = 200_000

# Answers that give the right plan for each verdict (the interview refines it later).
VERDICT_ANSWERS: dict[str, dict[str, Any]] = {
    "mass_scam": {"started": "email", "demands": ["crypto"], "sent_images": False, "images_shared": "no"},
    "targeted": {"started": "chat", "demands": ["money"]},
    "other_extortion": {"demands": ["money"]},
    # Unclear or "no signs": the plan is still shown, because the rules can miss a threat.
    "unclear": {"demands": ["money"]},
    "not_extortion": {"demands": ["money"]},
}


def _require() -> None:
    try:
        import standfast.analyze.triage  # noqa: F401
    except ImportError:
        raise HTTPException(status_code=404) from None


DEADLINE_PREFIX = "Gives you a deadline: "


def signal_text(text: str, _: Any) -> str:
    """Signals are English sentences from analyze; the deadline one carries the deadline as written."""
    if text.startswith(DEADLINE_PREFIX):
        return str(_("Gives you a deadline: %(when)s") % {"when": text[len(DEADLINE_PREFIX):]})
    return str(_(text))


def _case_choices(request: Request, chosen: str) -> dict[str, Any]:
    """Open cases to keep the message in, and the chosen case's stored verdicts (vault unlocked only)."""
    holder = request.app.state.holder
    if not holder.unlocked:
        return {"cases": [], "chosen": None, "verdicts": []}
    try:
        with holder.use() as vault:
            cases = [c for c in vault.list_cases() if c.status == "open"]
            case = next((c for c in cases if c.id == chosen), None)
            verdicts = case_verdicts(vault, case.id) if case else []
    except Locked:
        return {"cases": [], "chosen": None, "verdicts": []}
    return {"cases": cases, "chosen": case, "verdicts": verdicts}


def _titles(_: Any) -> dict[str, str]:
    return {k: _(v) for k, v in VERDICT_TITLES.items()}


@router.get("/check")
def check_page(request: Request) -> Response:
    _require()
    _ = gettext_for(request_language(request))
    return page(request, "check.html", result=None, text="", titles=_titles(_),
                max_mb=request.app.state.config.max_check_upload_bytes // (1024 * 1024),
                **_case_choices(request, request.query_params.get("case", "")))


def _keep_and_analyze(holder: Any, case_id: str, text: str, files: list[Any]) -> tuple[Any, Any, Any]:
    """Keep the message in the case (a note, or the file as an item), then analyse and store the verdict."""
    from standfast.services.analysis import keep_and_analyze

    with holder.use() as vault:
        case = case_or_404(vault, case_id)
        if case.status != "open":
            raise CaseClosed("This case is closed. Reopen it on its Evidence page to add to it.")
        if files:
            f = files[0]
            with f.open() as fh:
                kept = keep_and_analyze(vault, case.id, stream=fh, name=f.name, size=f.size, source="check",
                                        original_path=f"upload:{f.name}")
        else:
            kept = keep_and_analyze(vault, case.id, text=text, note_title="Message checked with Is this real?")
        return case, vault.get_item(kept.item_id), kept.analysis


def _analyze(text: str, files: list[Any]) -> Any:
    from standfast.analyze.inputs import analyze_data
    from standfast.analyze.triage import analyze_text

    if files:
        return analyze_data(files[0].read_bytes(), name=files[0].name)
    return analyze_text(text, source="pasted")


def _plan_for(verdict: str, lang: str) -> Any:
    answers = VERDICT_ANSWERS.get(verdict)
    if answers is None:
        return None
    try:
        from standfast.guide.interview import Answers
        from standfast.guide.plan import build_plan
    except ImportError:
        return None
    return build_plan(Answers.from_dict(answers), lang=lang)


@router.post("/check")
async def check_submit(request: Request) -> Response:
    _require()
    config = request.app.state.config
    holder = request.app.state.holder
    lang = request_language(request)
    _ = gettext_for(lang)
    # One message or screenshot: it stays in memory, never on disk (vault open or not).
    parsed: ParsedUpload | None = None
    try:
        try:
            if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
                form = await request.form(max_files=0)  # pasted text only (e.g. from a script)
                parsed = ParsedUpload(fields={k: str(v) for k, v in form.items()})
            else:
                parsed = await read_multipart_in_memory(request, max_bytes=config.max_check_upload_bytes)
        except TooLarge:
            raise HTTPException(status_code=413) from None
        check_csrf(request, parsed.fields.get("csrf"))
        text = parsed.fields.get("text", "")[:MAX_TEXT]
        files = [f for f in parsed.files if f.size]
        if not text.strip() and not files:
            return page(request, "check.html", status=400, result=None, text="", max_mb=config.max_check_upload_bytes
                        // (1024 * 1024), error=_("Paste a message or choose a file first."))
        chosen = parsed.fields.get("case", "").strip()
        kept = None
        try:
            if chosen and holder.unlocked:
                kept_case, kept_item, result = await run_in_threadpool(_keep_and_analyze, holder, chosen, text, files)
                kept = {"case": kept_case, "item": kept_item}
            else:
                result = await run_in_threadpool(_analyze, text, files)
        except (InputError, UsageError) as exc:
            return page(request, "check.html", status=400, result=None, text=text, titles=_titles(_),
                        max_mb=config.max_check_upload_bytes // (1024 * 1024), error=_(str(exc)),
                        **_case_choices(request, chosen))
    finally:
        if parsed is not None:
            parsed.cleanup()  # drop the bytes now rather than whenever the response is done
    plan = await run_in_threadpool(_plan_for, result.verdict, lang)
    signals = [signal_text(s.text, _) for s in result.signals]
    return page(request, "check.html", result=result, text=text, plan=plan, signals=signals, kept=kept,
                verdict_title=_(VERDICT_TITLES.get(result.verdict, result.verdict)), titles=_titles(_),
                max_mb=config.max_check_upload_bytes // (1024 * 1024), **_case_choices(request, chosen))
