"""Signal chats exported as text by the community tools (Signal Desktop has no export button).

``signal-export`` (github.com/carderne/signal-export) writes ``chat.md`` per conversation with lines
``[2021-05-18 12:32] Alice: text`` and attachments as Markdown links into ``media/``; chat-miner's
sample uses ``[2019-12-24, 12:23] Jane Doe: text``. Both share WhatsApp's iOS header shape, so the
line parser is reused; Markdown attachment links become attachment references.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from standfast.ingest import whatsapp
from standfast.ingest.records import AttachmentRef, Context, Message

PLATFORM = "signal"
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]+)\)")


def parse(data: bytes, ctx: Context) -> Iterator[Message]:
    for msg in whatsapp.parse_lines(data, ctx, platform=PLATFORM, default_name="Signal chat"):
        links = _LINK.findall(msg.text)
        if links:
            refs = tuple(
                AttachmentRef(name=(label or path.rsplit("/", 1)[-1]), path=path, kind="file")
                for label, path in links
                if not path.startswith(("http://", "https://"))  # web links stay in the text
            )
            if refs:
                msg.attachments = msg.attachments + refs
                msg.text = _LINK.sub(lambda m: "" if not m.group(2).startswith("http") else m.group(0),
                                     msg.text).strip()
        yield msg
