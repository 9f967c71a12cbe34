"""Removal requests: search engines, a site's abuse contact, and a copyright (DMCA-style) notice.

Each text fills in the web addresses and the image hashes (PDQ / MD5 / SHA-256, from the takedown
concern) and leaves the rest to the person's choices: whether to give their name, which addresses,
whether to list hashes. Plain words, nothing is sent. For someone under 18 no image is ever
attached, and the copyright route is replaced by the child-protection route (Take It Down, NCMEC),
which is faster and does not need the young person to claim anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from standfast.errors import UsageError
from standfast.reports.facts import CaseFacts, gather
from standfast.reports.i18n import get_translator

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

KINDS = ("search", "host", "copyright")
SEARCH_ENTRIES = {"google": "plat-google-search", "bing": "plat-microsoft-bing"}


def removal_text(vault: Vault, case_id: str, kind: str, *, urls: Iterable[str] = (), name: str | None = None,
                 include_hashes: bool = True, items: Iterable[str] = (), site: str | None = None,
                 engine: str = "google", contact: str | None = None, lang: str = "en",
                 facts: CaseFacts | None = None) -> str:
    """A removal request of ``kind`` ('search', 'host', 'copyright'). Choices:

    ``urls`` – pages or images to remove; ``name`` – the person's name (left as a blank if not
    given); ``include_hashes`` – list the image hashes; ``items`` – only these item ids' hashes;
    ``site`` – the site's name (host); ``engine`` – 'google' or 'bing' (search); ``contact`` – how
    to reach the person (e-mail), else a blank.
    """
    if kind not in KINDS:
        raise UsageError(f"Kind must be one of: {', '.join(KINDS)}.")
    urls = [u.strip() for u in urls if u and u.strip()]
    for u in urls:
        parts = urlsplit(u)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise UsageError(f"{u!r} is not a web address (it should start with http:// or https://).")
    facts = facts or gather(vault, case_id, lang=lang)
    _ = get_translator(lang)
    ctx: dict[str, Any] = {"facts": facts, "_": _, "urls": urls, "name": name, "contact": contact,
                           "hashes": _hash_lines(facts, include_hashes, set(items)), "site": site, "engine": engine}
    if kind == "search":
        body = _search(ctx)
    elif kind == "host":
        body = _host(ctx)
    else:
        body = _copyright(ctx)
    head = _("Standfast does not send anything. Check the text, fill in the parts in [brackets], and send it "
             "yourself. Keep a copy.")
    return f"{head}\n\n{body.rstrip()}\n"


def _blank(what: str, _: Any) -> str:
    return "[" + str(_("fill in")) + f": {_(what)}]"


def _hash_lines(facts: CaseFacts, include: bool, only: set[str]) -> list[str]:
    if not include:
        return []
    chosen = [h for h in facts.hashes if h.get("item_id") in only] if only else [
        h for h in facts.hashes if h.get("intimate") or h.get("hashed_in_place")]
    lines = []
    for h in chosen or ([] if only else facts.hashes):  # nothing marked intimate: list every image
        parts = [f"PDQ {h['pdq']}" if h.get("pdq") else "", f"MD5 {h.get('md5')}", f"SHA-256 {h.get('sha256')}"]
        lines.append(f"- {h.get('name')}: " + " · ".join(p for p in parts if p))
    return lines


def _url_block(ctx: dict[str, Any]) -> str:
    _ = ctx["_"]
    if ctx["urls"]:
        return "\n".join(f"- {u}" for u in ctx["urls"])
    return "- " + _blank("the full web address (URL) of each page or image", _)


def _hash_block(ctx: dict[str, Any]) -> str:
    _: Callable[[str], str] = ctx["_"]
    if not ctx["hashes"]:
        return ""
    return ("\n" + _("To help you find copies, these are the hashes (digital fingerprints) of the images. "
                     "They identify the images without showing them:") + "\n" + "\n".join(ctx["hashes"]) + "\n")


def _who(ctx: dict[str, Any]) -> tuple[str, str]:
    _ = ctx["_"]
    return (ctx["name"] or _blank("your name (or leave it out)", _),
            ctx["contact"] or _blank("an e-mail address where they can reach you", _))


def _search(ctx: dict[str, Any]) -> str:
    _, f = ctx["_"], ctx["facts"]
    from standfast.guide.directory import get_entry

    entry = get_entry(SEARCH_ENTRIES.get(ctx["engine"], SEARCH_ENTRIES["google"]))
    name, contact = _who(ctx)
    lines = [_("Request to remove intimate images shared without consent from search results"),
             f"{_('Form')}: {entry.name} – {entry.url} ({_('checked')} {entry.checked.isoformat()})", "",
             f"{_('Name')}: {name}", f"{_('Contact')}: {contact}", f"{_('Country')}: {f.case.country or '–'}", "",
             _("Web addresses of the pages and images:"), _url_block(ctx), "",
             _("Search words that show them:") + " " + _blank("what you typed, for example your name", _), ""]
    if f.minor:
        lines += [_("The person in these images is under 18. These images were shared without their consent and "
                    "are being used to threaten them. Please remove them from your results now."), "",
                  _("This has also been reported to NCMEC's CyberTipline. Take It Down can stop copies on many "
                    "platforms: takeitdown.ncmec.org.")]
    else:
        lines += [_("I am the person shown in these images. I did not agree to them being published. They are "
                    "being used to threaten me (sextortion). Please remove them from your search results.")]
    lines.append(_hash_block(ctx))
    return "\n".join(lines)


def _host(ctx: dict[str, Any]) -> str:
    _, f = ctx["_"], ctx["facts"]
    name, contact = _who(ctx)
    domains = sorted({urlsplit(u).hostname or "" for u in ctx["urls"]} - {""})
    site = ctx["site"] or (", ".join(domains) if domains else _blank("the site's name", _))
    to = ", ".join(f"abuse@{d.removeprefix('www.')}" for d in domains) if domains else _blank(
        "the site's abuse or report address (look for 'Report', 'Abuse' or 'Contact')", _)
    subject = _("Urgent: intimate images published without consent")
    lines = [f"{_('To')}: {to}", f"{_('Subject')}: {subject}" + (" – " + _("person under 18") if f.minor else ""),
             "", _("Hello {site} team,").format(site=site), ""]
    if f.minor:
        lines.append(_("Your site shows intimate images of a person who is under 18. Please remove them now and "
                       "keep the records your law requires. This has been reported to the police and the "
                       "national child protection hotline."))
    else:
        lines.append(_("Your site shows intimate images of me that were published without my consent. They are "
                       "being used to threaten me. Please remove them and any copies."))
    lines += ["", _("Where they are:"), _url_block(ctx), _hash_block(ctx)]
    if f.case.country == "US":
        lines.append(_("In the United States, the TAKE IT DOWN Act (May 2025) requires covered platforms to "
                       "remove such images within 48 hours of a valid request."))
    lines += ["", _("Please confirm when they are removed."), "", f"{name}", f"{contact}",
              f"{_('Reference')}: {f.reference}"]
    return "\n".join(lines)


def _copyright(ctx: dict[str, Any]) -> str:
    _, f = ctx["_"], ctx["facts"]
    if f.minor:
        return "\n".join([
            _("A copyright notice is not the right tool for images of someone under 18."),
            _("Use Take It Down (takeitdown.ncmec.org) to stop copies on many platforms, and report the images "
              "to NCMEC's CyberTipline (report.cybertip.org) or the police. They can act faster and the young "
              "person does not have to claim anything."),
            "", _("Use `standfast report removal CASE --kind host` for the site's abuse contact instead.")])
    name, contact = _who(ctx)
    lines = [_("Copyright infringement notice (DMCA, 17 U.S.C. § 512(c)(3))"), "",
             f"{_('To')}: " + (ctx["site"] or _blank("the site's designated copyright agent", _)), "",
             _("1. The work: photos and videos that I took myself, so I own their copyright. They are identified "
               "by these hashes:"),
             "\n".join(ctx["hashes"]) or ("- " + _blank("describe each image without showing it", _)),
             "", _("2. Where the copies are (please remove or disable access to them):"), _url_block(ctx), "",
             _("3. My contact details:"), f"   {name}", f"   {contact}",
             "   " + _blank("postal address and phone number", _), "",
             _("4. I have a good faith belief that this use is not authorised by me, my agent or the law."), "",
             _("5. The information in this notice is accurate, and under penalty of perjury, I am the owner of the "
               "copyright in these works."), "",
             f"{_('Signature')}: {name}", f"{_('Date')}: " + _blank("today's date", _), "",
             _("Note: a copyright notice is usually passed on to the person who posted the images, with your "
               "contact details. If that is a risk, use the site's abuse form (--kind host) instead.")]
    return "\n".join(lines)
