"""One Outlook e-mail saved as .msg (an OLE compound file)."""

from __future__ import annotations

from standfast.ingest import mail
from standfast.ingest.sources import Source

SOURCE = Source(
    name="email_msg", app="email", title="Outlook e-mail (.msg)",
    parse=mail.parse_msg,
    expected="an Outlook .msg e-mail",
    # Not a real .msg (those are binary OLE files): a start with the OLE magic, for the fuzz seed.
    example=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
    suffixes=(".msg",),
    names=(r"\.msg$",),
    magic=(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    priority=10,
)
