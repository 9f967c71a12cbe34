"""Instagram and Facebook Messenger "Download your information" in HTML (message_1.html)."""

from __future__ import annotations

from standfast.ingest import meta
from standfast.ingest.sources import Source

SOURCE = Source(
    name="meta_html", app="instagram/facebook", title="Instagram or Facebook messages, HTML (message_1.html)",
    parse=meta.parse_html,
    expected="an Instagram or Facebook message_1.html page with messages",
    example=(b"<html><head><title>kai.w</title></head><body><div class=\"_a706\">"
             b"<div class=\"pam _3-95 _2ph- _a6-g uiBoxWhite noborder\"><div class=\"_3-95 _2pim _a6-h _a6-i\">kai.w"
             b"</div><div class=\"_3-95 _a6-p\"><div><div></div><div>last warning</div></div></div>"
             b"<div class=\"_3-94 _a6-o\">Mar 13, 2024 9:03:00 pm</div></div></div></body></html>"),
    suffixes=(".html", ".htm"),
    sniff=lambda head, low, platform: meta.looks_like_html(head),
    priority=40,
)
