"""QR codes of the phone pairing address (segno): an SVG for the computer's page, text for the terminal."""

from __future__ import annotations

import io
from html import escape

import segno


def _code(url: str) -> segno.QRCode:
    # Level M survives a screen's glare and a phone held at an angle; the address fits in version 6.
    return segno.make(url, error="m", micro=False)


def svg(url: str, label: str) -> str:
    """Inline SVG markup (not an <img>: the page's CSP allows no data: images), sized by CSS."""
    markup = _code(url).svg_inline(scale=1, border=4, dark="#000", light="#fff", omitsize=True,
                                   svgclass="qr", lineclass=None)
    return markup.replace("<svg ", f'<svg role="img" aria-label="{escape(label, quote=True)}" ', 1)


def terminal(url: str) -> str:
    """The code drawn with block characters, two rows per line, for the terminal that started the app."""
    out = io.StringIO()
    _code(url).terminal(out=out, compact=True, border=2)
    return out.getvalue()
