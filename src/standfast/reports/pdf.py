"""The PDF case report: what happened, who did it, the evidence and how to check it.

Written for a police officer or a lawyer who has never heard of Standfast: plain headings, the
facts first, then the evidence index with hashes, then how to verify. fpdf2 with DejaVu fonts
(Unicode); every page carries the case reference, the generation time and "page N of M".

Never re-victimize: images marked intimate get no thumbnail (or a blur too strong to show
anything, when asked), and a minor's case shows no image at all, not even blurred.
"""

from __future__ import annotations

import io
import os
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fpdf import FPDF
from fpdf.enums import TableCellFillMode, WrapMode, XPos, YPos
from fpdf.fonts import FontFace

from standfast import __version__
from standfast.analyze.verdicts import REPORT_TEXT
from standfast.errors import UsageError
from standfast.reports.actors import NEUTRAL_ACTOR, shown_actors
from standfast.reports.facts import CaseFacts, fmt_time, gather, platform_name
from standfast.reports.i18n import get_translator
from standfast.safeguarding import View, Where, decide_view
from standfast.vault.signing import show_fingerprint, vault_fingerprint

if TYPE_CHECKING:
    from standfast.vault.models import Item
    from standfast.vault.vault import Vault

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu",
             "/usr/local/share/fonts", "/Library/Fonts")
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
MONO_FILE = "DejaVuSansMono.ttf"
MAX_MESSAGE_CHARS = 600
THUMB_PX = 160
THUMB_MAX_BYTES = 40 << 20  # bigger images are not decoded for a thumbnail
VERDICT_TEXT = REPORT_TEXT
DEMAND_TEXT = {"money": "money", "gift_cards": "gift cards", "crypto": "cryptocurrency",
               "more_images": "more images", "meeting": "a meeting", "other": "something else"}


@cache
def font_dir() -> Path | None:
    """The folder holding the DejaVu fonts (package fonts-dejavu-core), or None."""
    candidates = [os.environ.get("STANDFAST_FONT_DIR", ""), *FONT_DIRS]
    for folder in candidates:
        if folder and (Path(folder) / FONT_FILES[""]).is_file():
            return Path(folder)
    return None


@cache
def _cmap() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    folder = font_dir()
    if folder is None:
        return frozenset(range(32, 256))
    with TTFont(str(folder / FONT_FILES[""]), lazy=True) as font:
        return frozenset(font.getBestCmap())


def printable(text: str) -> str:
    """Text the font can draw: unsupported characters (emoji …) become U+FFFD, controls a space."""
    cmap = _cmap()
    out = []
    for ch in text:
        code = ord(ch)
        if ch in "\n\t":
            out.append(" " if ch == "\t" else ch)
        elif code < 32 or 0x7F <= code < 0xA0:
            out.append(" ")
        elif code in cmap:
            out.append(ch)
        else:
            out.append("\ufffd" if 0xFFFD in cmap else "?")
    return "".join(out)


class ReportPDF(FPDF):
    def __init__(self, facts: CaseFacts, _: Callable[[str], str]) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.facts, self._ = facts, _
        self.set_margins(15, 18, 15)
        self.set_auto_page_break(True, margin=18)
        self.set_creator(f"Standfast {__version__}")
        self.set_title(f"{_('Case report')} {facts.reference}")
        self.set_producer("Standfast")
        self.set_creation_date(facts.generated_at)
        folder = font_dir()
        if folder is None:
            raise UsageError("The PDF needs the DejaVu fonts (Debian/Ubuntu: apt install fonts-dejavu-core). "
                             "Or set STANDFAST_FONT_DIR to a folder holding DejaVuSans.ttf.")
        for style, file in FONT_FILES.items():
            self.add_font("dejavu", style, str(folder / file))
        self.add_font("mono", "", str(folder / MONO_FILE))
        self.set_font("dejavu", size=10)
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_font("dejavu", size=8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, printable(f"{self._('Case report')} {self.facts.reference} · "
                                  f"{self._('Confidential: evidence in a criminal matter')}"),
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(180, 180, 180)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)
        self.set_font("dejavu", size=10)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("dejavu", size=8)
        self.set_text_color(90, 90, 90)
        left = f"{self.facts.reference} · {self._('Generated')} {fmt_time(self.facts.generated_at)}"
        self.cell(self.epw / 2, 5, printable(left))
        self.cell(self.epw / 2, 5, self._("Page {n} of {total}").format(n=self.page_no(), total="{nb}"), align="R")
        self.set_text_color(0, 0, 0)

    # -- building blocks ------------------------------------------------------------------------
    def h1(self, text: str) -> None:
        self.set_font("dejavu", "B", 16)
        self.multi_cell(0, 8, printable(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("dejavu", size=10)

    def h2(self, text: str) -> None:
        if self.get_y() > self.h - 50:
            self.add_page()
        self.ln(3)
        self.set_font("dejavu", "B", 12.5)
        self.set_fill_color(235, 238, 245)
        self.multi_cell(0, 7, printable(text), fill=True, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)
        self.set_font("dejavu", size=10)

    def para(self, text: str, *, size: float = 10, style: str = "") -> None:
        self.set_font("dejavu", style, size)
        self.multi_cell(0, size * 0.5, printable(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("dejavu", size=10)
        self.ln(1)

    def pairs(self, rows: Sequence[tuple[str, str]]) -> None:
        """A two-column 'label: value' block."""
        self.set_font("dejavu", size=9.5)
        with self.table(col_widths=(45, self.epw - 45), first_row_as_headings=False, text_align="LEFT",
                        borders_layout="HORIZONTAL_LINES", line_height=5, padding=1.2) as table:
            for label, value in rows:
                row = table.row()
                row.cell(printable(label), style=FontFace(emphasis="BOLD"))
                row.cell(printable(value))
        self.ln(2)

    def grid(self, headings: Sequence[str], widths: Sequence[float], rows: Sequence[Sequence[Any]], *,
             size: float = 8.5, mono_cols: Sequence[int] = ()) -> None:
        """A table whose heading repeats on every page; ``mono_cols`` hold hashes (wrapped anywhere)."""
        self.set_font("dejavu", size=size)
        mono = FontFace(family="mono", size_pt=size - 1)
        with self.table(col_widths=widths, text_align="LEFT", line_height=size * 0.46, padding=1,
                        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 229, 238)),
                        cell_fill_color=(247, 248, 251), cell_fill_mode=TableCellFillMode.ROWS,
                        wrapmode=WrapMode.WORD, v_align="TOP") as table:
            head = table.row()
            for h in headings:
                head.cell(printable(h))
            for values in rows:
                row = table.row()
                for n, value in enumerate(values):
                    if isinstance(value, dict):
                        row.cell(img=value["img"], img_fill_width=False)
                    else:
                        row.cell(printable(str(value)), style=mono if n in mono_cols else None)
        self.set_font("dejavu", size=10)
        self.ln(2)


def render_pdf(vault: Vault, case_id: str, *, lang: str = "en", intimate_thumbnails: str = "omit",
               facts: CaseFacts | None = None) -> bytes:
    """The case report as PDF bytes. ``intimate_thumbnails``: 'omit' (default) or 'blur'.

    Rendering is read-only; callers that hand the PDF to someone log that themselves.
    """
    if intimate_thumbnails not in ("omit", "blur"):
        raise UsageError("intimate_thumbnails must be 'omit' or 'blur'.")
    facts = facts or gather(vault, case_id, lang=lang)
    _ = get_translator(lang)
    pdf = ReportPDF(facts, _)
    pdf.add_page()
    _title(pdf, facts, _)
    _summary(pdf, facts, _)
    _identifiers(pdf, facts, _)
    _verdicts(pdf, facts, _)
    _timeline(pdf, facts, _)
    _evidence(pdf, vault, facts, _, intimate_thumbnails)
    _hashes(pdf, facts, _)
    _custody(pdf, vault, facts, _)
    return bytes(pdf.output())


# -- sections ----------------------------------------------------------------------------------------
def _title(pdf: ReportPDF, f: CaseFacts, _: Callable[[str], str]) -> None:
    pdf.h1(_("Case report: online sexual extortion (sextortion)"))
    pdf.para(_("Prepared with Standfast, a private tool that keeps evidence unchanged and records every "
               "action on it. This report summarises the case. The evidence package that comes with it holds "
               "the original files and a hash for each, so every statement here can be checked."), size=9)
    rows = [(_("Case reference"), f.reference), (_("Case title"), f.case.title),
            (_("Case opened"), fmt_time(f.case.created_at)), (_("Report generated"), fmt_time(f.generated_at)),
            (_("Country"), f.case.country or _("not given"))]
    pdf.pairs(rows)
    if f.minor:
        pdf.set_text_color(150, 0, 0)
        pdf.para(_("The person affected is under 18. This report contains no images. Images were never copied: "
                   "only their hashes are listed."), style="B")
        pdf.set_text_color(0, 0, 0)


def summary_rows(f: CaseFacts, _: Callable[[str], str]) -> list[tuple[str, str]]:
    """Who, what, when, demands and payments, in plain sentences (shared with the texts)."""
    a = f.answers
    who_person = {"minor": _("A person under 18"), "adult": _("An adult")}.get(
        f.case.age_group if f.case.age_group != "unknown" else (a.age_group if a else "") or "", _("A person"))
    if a and a.is_helper:
        who_person += _(" (this report was prepared by someone helping them)")
    if f.case.country:
        who_person += _(", living in {country}").format(country=f.case.country)
    accounts = [i.value + (f" ({i.note})" if i.note else "") for i in f.identifiers if i.type == "account"]
    who_other = "; ".join(accounts) if accounts else _("not identified yet (see the identifiers below)")
    v = f.main_verdict
    what = VERDICT_TEXT.get(v.verdict, v.verdict) if v else _("No automatic reading of the messages is available.")
    if f.platforms:
        what += " " + _("Platforms: {list}.").format(list=", ".join(platform_name(p) for p in f.platforms))
    when = _("Messages from {first} to {last}.").format(first=fmt_time(f.first_time), last=fmt_time(f.last_time)) \
        if f.first_time else _("No dated messages were imported.")
    demands = []
    if a and a.demands:
        demands.append(", ".join(DEMAND_TEXT.get(d, d) for d in a.demands))
    amounts = f.values("amount")
    if amounts:
        demands.append(_("amounts named: {list}").format(list=", ".join(amounts)))
    deadlines = f.values("deadline")
    if deadlines or (a and a.deadline):
        demands.append(_("deadline: {list}").format(list=", ".join(deadlines or [(a.deadline if a else None) or ""])))
    paid = {True: _("Yes, something was paid or sent."), False: _("No payment was made."),
            None: _("Not known.")}[a.paid if a else None]
    pay_ids = [i.value for i in f.identifiers if i.type in ("crypto_address", "payment_handle", "iban")]
    if pay_ids:
        paid += " " + _("Payment details the other person gave: {list}.").format(list=", ".join(pay_ids))
    return [(_("Who"), who_person), (_("The other person"), who_other), (_("What happened"), what),
            (_("When"), when), (_("What was demanded"), "; ".join(demands) or _("not recorded")),
            (_("Payments made"), paid)]


def _summary(pdf: ReportPDF, f: CaseFacts, _: Callable[[str], str]) -> None:
    pdf.h2(_("1. Summary"))
    pdf.pairs(summary_rows(f, _))
    counts = Counter(i.status for i in f.items)
    pdf.para(_("Evidence: {n} items ({active} active, {withdrawn} withdrawn, {purged} purged); {m} messages in "
               "the timeline.").format(n=len(f.items), active=counts["active"], withdrawn=counts["withdrawn"],
                                       purged=counts["purged"], m=f.timeline_total), size=9)


def _identifiers(pdf: ReportPDF, f: CaseFacts, _: Callable[[str], str]) -> None:
    pdf.h2(_("2. Identifiers of the other person"))
    if not f.identifiers:
        pdf.para(_("No accounts, payment details or addresses were found in the imported messages."))
        return
    if not f.suspects:
        pdf.para(_("No account is marked as the suspect's, so everything found is listed. Check who wrote each "
                   "message in the last column."), size=9)
    rows = []
    for ident in f.identifiers:
        label = _(ident.label) + (f" ({ident.note})" if ident.note else "")
        if ident.valid is False:
            label += " – " + _("checksum or format not valid")
        where = "; ".join(dict.fromkeys(s.where for s in ident.sightings[:6]))
        if len(ident.sightings) > 6:
            where += " " + _("(+{n} more)").format(n=len(ident.sightings) - 6)
        rows.append((label, ident.value, where))
    pdf.grid([_("What"), _("Value"), _("Where it came from")], (38, 62, pdf.epw - 100), rows, mono_cols=(1,))


def _verdicts(pdf: ReportPDF, f: CaseFacts, _: Callable[[str], str]) -> None:
    pdf.h2(_("3. Reading of the messages (triage) and the signals behind it"))
    if not f.verdicts:
        pdf.para(_("No messages were analysed."))
        return
    pdf.para(_("Standfast reads messages with explained rules. A learned model is asked only where the rules are "
               "unsure, and it can only make a reading more cautious. Each verdict lists the signals it is based "
               "on."), size=9)
    for v in f.verdicts:
        conf = f" ({_('confidence')} {round(v.confidence * 100)}%)" if v.confidence is not None else ""
        if v.automatic is not None:
            pdf.para(f"{v.source}: {VERDICT_TEXT.get(v.verdict, v.verdict)}", style="B", size=9.5)
            pdf.para(_("This is the reading of the person who received it. The automatic reading said: {text}{conf}")
                     .format(text=VERDICT_TEXT.get(v.automatic, v.automatic), conf=conf), size=9)
        else:
            pdf.para(f"{v.source}: {VERDICT_TEXT.get(v.verdict, v.verdict)}{conf}", style="B", size=9.5)
        if v.campaign:
            pdf.para(_("Matches a known bulk campaign: {name}").format(name=v.campaign), size=9)
        for s in v.signals:
            pdf.para(f"  • {s}", size=9)


def _timeline(pdf: ReportPDF, f: CaseFacts, _: Callable[[str], str]) -> None:
    pdf.h2(_("4. Timeline of messages"))
    if not f.timeline:
        pdf.para(_("No chat or e-mail export was imported into this case."))
        return
    suspects = set(f.suspects)
    rows = []
    for e in f.timeline:
        text = e.text or ""
        if len(text) > MAX_MESSAGE_CHARS:
            text = text[:MAX_MESSAGE_CHARS] + " " + _("[… shortened; full text in timeline.csv]")
        for att in e.attachments:
            text += "\n[" + _("attachment") + f": {att.get('name')}" + (
                f", {_('item')} {att['item_id']}" if att.get("item_id") else f", {_('not in the export')}") + "]"
        sender = e.sender + (" ★" if e.sender in suspects else "")
        when = fmt_time(e.time).replace(" UTC", "").replace(" ", "\n") if e.time else (e.time_text or "?")
        rows.append((when, platform_name(e.platform), sender, mask_passwords(text).strip() or "–"))
    pdf.para(_("Times are UTC. ★ marks an account marked as the suspect's."), size=8.5)
    pdf.grid([_("Time (UTC)"), _("App"), _("From"), _("Message")], (20, 18, 34, pdf.epw - 72), rows, size=8)
    if f.timeline_total > len(f.timeline):
        pdf.para(_("Showing the first {n} of {total} messages. All of them are in timeline.csv in the evidence "
                   "package.").format(n=len(f.timeline), total=f.timeline_total), size=9)


def mask_passwords(text: str) -> str:
    """Hide a quoted password (the person's own, from an old leak) in text meant to be passed around."""
    try:
        from standfast.analyze.indicators import extract_indicators
    except ImportError:
        return text
    spans = [(i.start, i.end) for i in extract_indicators(text) if i.type == "password"]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + "[password hidden]" + text[end:]
    return text


def _thumbnail(vault: Vault, item: Item, mode: str) -> bytes | None:
    from PIL import Image, ImageFilter

    if item.blob_id is None or item.size > THUMB_MAX_BYTES or not item.mime.startswith("image/"):
        return None
    try:
        with Image.open(io.BytesIO(vault.read_item(item.id))) as img:
            img.draft("RGB", (THUMB_PX, THUMB_PX))
            thumb = img.convert("RGB")
            thumb.thumbnail((THUMB_PX, THUMB_PX))
    except Exception:  # an unreadable image simply gets no preview
        return None
    if mode == "blur":
        # Down to a few pixels and blurred: a colour field, nothing recognisable.
        small = thumb.resize((6, 6), Image.Resampling.BOX)
        thumb = small.resize(thumb.size, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(8))
    out = io.BytesIO()
    thumb.save(out, "JPEG", quality=70)
    return out.getvalue()


def _evidence(pdf: ReportPDF, vault: Vault, f: CaseFacts, _: Callable[[str], str], mode: str) -> None:
    pdf.h2(_("5. Evidence index"))
    if not f.items:
        pdf.para(_("There is no evidence in this case yet."))
        return
    pdf.para(_("Every item with its SHA-256 and MD5 hash, taken when it was collected. The same hashes are in "
               "manifest.csv and SHA256SUMS of the evidence package."), size=9)
    if f.minor:
        pdf.para(_("No previews: the person affected is under 18."), size=9, style="B")
    rows: list[Sequence[Any]] = []
    for n, item in enumerate(f.items, 1):
        details = [item.original_name, f"{_('item')} {item.id} · {item.kind} · {item.mime} · {_fmt_size(item.size)}",
                   f"{_('collected')} {fmt_time(item.acquired_at)} · {_('source')}: {item.source}"]
        if item.mtime:
            details.append(f"{_('file time')} {fmt_time(item.mtime)}")
        if item.status != "active":
            details.append(f"{_(item.status.upper())}: {item.status_reason or ''}")
        if item.kind == "hash_only":
            details.append(_("Recorded by its hashes only; the file was never copied."))
        preview: Any = "–"
        shown = decide_view(None, f.case, item, where=Where.REPORT, blur_in_reports=mode == "blur")
        if f.minor:
            preview = _("not shown")
        elif item.intimate and shown.view is View.HIDDEN:
            preview = _("not shown (marked intimate)")
        elif item.mime.startswith("image/") and item.status == "active" and shown.view is not View.HIDDEN:
            thumb = _thumbnail(vault, item, "blur" if shown.view is View.BLURRED else "plain")
            if thumb is not None:
                preview = {"img": thumb}
        if item.intimate and not f.minor:
            details.append(_("Marked intimate."))
        rows.append((str(n), "\n".join(details), f"SHA-256\n{item.sha256}\nMD5\n{item.md5}", preview))
    pdf.grid(["#", _("Item"), _("Hashes"), _("Preview")], (8, 76, 64, pdf.epw - 148), rows, size=8, mono_cols=(2,))


def _hashes(pdf: ReportPDF, f: CaseFacts, _: Callable[[str], str]) -> None:
    if not f.hashes:
        return
    pdf.h2(_("6. Image hashes for removal (PDQ, as used by StopNCII and Take It Down)"))
    pdf.para(_("PDQ is a perceptual hash: it finds copies of an image even when resized or re-compressed. "
               "Items hashed in place were never copied."), size=9)
    rows = []
    for h in f.hashes:
        where = _("hashed in place, not stored") if h.get("hashed_in_place") else _("item {id}").format(id=h["item_id"])
        rows.append((f"{h.get('name')}\n{h.get('kind')} · {where}",
                     f"PDQ {h.get('pdq') or '–'}\nMD5 {h.get('md5')}\nSHA-256 {h.get('sha256')}"))
    pdf.grid([_("Image"), _("Hashes")], (60, pdf.epw - 60), rows, size=8, mono_cols=(1,))


def custody_summary(vault: Vault, case_id: str) -> dict[str, Any]:
    from sqlalchemy import select

    from standfast.vault.models import CustodyEntry

    with vault.read() as s:
        # time and actor are sealed: whole entries are loaded (and opened), not single columns
        rows = [(e.action, e.time, e.actor) for e in s.scalars(
            select(CustodyEntry).where(CustodyEntry.case_id == case_id).order_by(CustodyEntry.seq))]
    return {"entries": len(rows), "actions": Counter(r[0] for r in rows),
            "first": rows[0][1] if rows else None, "last": rows[-1][1] if rows else None,
            "actors": sorted({r[2] for r in rows})}


def _custody(pdf: ReportPDF, vault: Vault, f: CaseFacts, _: Callable[[str], str]) -> None:
    pdf.h2(_("7. Chain of custody and how to verify"))
    c = custody_summary(vault, f.case.id)
    pdf.para(_("Every action on this evidence (collecting, marking, exporting) is written to a custody log. Each "
               "entry contains the hash of the entry before it, so a changed or deleted entry breaks the chain."),
             size=9)
    actions = ", ".join(f"{k} × {v}" for k, v in sorted(c["actions"].items()))
    pdf.pairs([(_("Entries for this case"), str(c["entries"])),
               (_("First and last"), f"{fmt_time(c['first'])} – {fmt_time(c['last'])}"),
               (_("Recorded by"), ", ".join(shown_actors(c["actors"], _(NEUTRAL_ACTOR))) or "–"),
               (_("Actions"), actions or "–"),
               (_("Last hash of the log"), f.custody_head or "–"),
               (_("Signing key fingerprint"), show_fingerprint(vault_fingerprint(vault), per_line=0))])
    pdf.para(_("How to verify the evidence package"), style="B")
    for line in (_("1. Unpack the zip into a folder and open a terminal there."),
                 _("2. Run: sha256sum -c SHA256SUMS   (macOS: shasum -a 256 -c SHA256SUMS). Every line must say OK."),
                 _("3. Compare the hashes in manifest.csv with the hashes in this report's evidence index."),
                 _("4. With Standfast: standfast verify-export <package.zip> also checks every link of the custody "
                   "log. It needs no password.")):
        pdf.para(line, size=9)
    if f.sources_missing:
        pdf.para(_("Parts not available when this report was made: {list}.").format(
            list=", ".join(f.sources_missing)), size=8)


def _fmt_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)
