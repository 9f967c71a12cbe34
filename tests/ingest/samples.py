# ruff: noqa: E501
"""Hand-made export samples, written from each format's public documentation (invented people).

The sextortion chats are invented and follow the common pattern (a new contact, flattery, a request
for images, then threats and a payment demand) without any real person, handle or wallet.
"""

from __future__ import annotations

import io
import json
import zipfile

# A targeted sextortion chat, WhatsApp Android, d/m/y with a day > 12 so the order is provable.
WHATSAPP_SEXTORTION = (
    "13/03/24, 21:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them. Tap to learn more.\n"
    "13/03/24, 21:03 - Jess_x: hey cutie, saw you on insta 😊\n"
    "13/03/24, 21:05 - Sam: hi? who is this\n"
    "14/03/24, 00:14 - Jess_x: IMG-20240314-WA0001.jpg (file attached)\n"
    "send one back, don't be shy\n"
    "14/03/24, 00:40 - Jess_x: I have your pictures now.\n"
    "Pay 500 USD in bitcoin to bc1qexampleexampleexampleexample0000 within 24 hours or I send them to your "
    "followers and your family.\n"
    "14/03/24, 00:41 - Sam: <Media omitted>\n"
    "14/03/24, 00:42 - Jess_x: This message was deleted\n"
)

# iOS layout: brackets, seconds, U+200E before attachments, U+202F before PM, m/d/y (day 25 proves it).
WHATSAPP_IOS = (
    "[3/25/24, 9:01:02\u202fPM] Alex: you there?\n"
    "\u200e[3/25/24, 9:02:10\u202fPM] Alex: \u200e<attached: 00000012-PHOTO-2024-03-25-21-02-10.jpg>\n"
    "[3/25/24, 9:03:00\u202fPM] Kim: why did you send that\n"
    "\u200e[3/25/24, 9:04:00\u202fPM] Alex: \u200eimage omitted\n"
    "[3/26/24, 12:00:00\u202fAM] Alex: midnight <This message was edited>\n"
)

WHATSAPP_GERMAN = (
    "04.05.23, 18:30 - Lena: Hallo\n"
    "04.05.23, 18:31 - Max: <Medien ausgeschlossen>\n"
    "05.05.23, 09:00 - Max: IMG-20230505-WA0003.jpg (Datei angehängt)\n"
)

WHATSAPP_SPANISH_12H = (
    "01/02/2024, 11:25 a. m. - Ana: Hola\n"
    "01/02/2024, 08:49 p. m. - Luis: <Multimedia omitido>\n"
)


def meta_mojibake(texts: dict[str, str] | None = None) -> bytes:
    """An Instagram DYI message_1.json with Meta's byte-per-escape encoding of UTF-8."""

    def moji(s: str) -> str:
        return s.encode("utf-8").decode("latin-1")

    doc = {
        "participants": [{"name": moji("Søren")}, {"name": "dark.angel_77"}],
        "messages": [
            {"sender_name": "dark.angel_77", "timestamp_ms": 1710460800000,
             "content": moji("Jeg har tænkt over det 👏 betal nu"),
             "reactions": [{"reaction": moji("👍"), "actor": moji("Søren")}]},
            {"sender_name": moji("Søren"), "timestamp_ms": 1710460860000, "content": "ok",
             "photos": [{"uri": "your_instagram_activity/messages/inbox/darkangel_123/photos/1.jpg",
                         "creation_timestamp": 1710460860}]},
            {"sender_name": "dark.angel_77", "timestamp_ms": 1710460900000,
             "share": {"link": "https://www.instagram.com/p/EXAMPLE/", "share_text": "look"},
             "content": "dark.angel_77 sent an attachment."},
            {"sender_name": "dark.angel_77", "timestamp_ms": 1710460999000, "content": "",
             "is_unsent": True},
        ],
        "title": "dark.angel_77",
        "thread_path": "inbox/darkangel_123",
        "magic_words": [],
    }
    return json.dumps(doc, indent=2).encode("ascii")  # ensure_ascii: the \u00c3 escapes, like Meta


META_HTML = (
"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>dark.angel_77</title></head><body>
<div class="_a706" role="main">
<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _2pim _a6-h _a6-i">dark.angel_77</div>
<div class="_3-95 _a6-p"><div><div></div><div>Pay me or everyone sees &amp; knows</div><div></div><div></div></div></div>
<div class="_3-94 _a6-o">Mar 15, 2024 12:00:00 am</div></div>
<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _2pim _a6-h _a6-i">Søren</div>
<div class="_3-95 _a6-p"><div><div></div><div></div><div><img src="messages/inbox/darkangel_123/photos/2.jpg" /></div><div></div></div></div>
<div class="_3-94 _a6-o">Mar 15, 2024 12:01:00 am</div></div>
</div></body></html>""")

DISCORD_CHANNEL_DM = {"id": "111", "type": 1, "recipients": ["222", "333"]}
DISCORD_MESSAGES_JSON = [
    {"ID": 1001, "Timestamp": "2024-03-15 20:00:00", "Contents": "please delete them", "Attachments": ""},
    {"ID": 1002, "Timestamp": "2024-03-15 20:01:00", "Contents": "",
     "Attachments": "https://cdn.discordapp.com/attachments/1/2/screenshot.png"},
]
DISCORD_MESSAGES_CSV = (
    "ID,Timestamp,Contents,Attachments\n"
    "2001,2020-05-05 20:10:32.435000+00:00,\"hello, there\",\n"
    "2002,2020-05-05 20:11:00.000000+00:00,\"line one\nline two\",\n"
)

SNAPCHAT_OLD = {
    "Received Saved Chat History": [
        {"From": "ghost.rider99", "Media Type": "TEXT", "Created": "2024-03-10 18:00:00 UTC",
         "Text": "send more or I post these"}],
    "Sent Saved Chat History": [
        {"To": "ghost.rider99", "Media Type": "TEXT", "Created": "2024-03-10 18:05:00 UTC", "Text": "stop"}],
}
SNAPCHAT_NEW = {
    "ghost.rider99": [
        {"From": "ghost.rider99", "Media Type": "TEXT", "Created": "2024-03-10 18:00:00 UTC",
         "Content": "you have 24 hours", "Conversation Title": None, "IsSender": False,
         "Created(microseconds)": 1710093600000000, "Media IDs": ""},
        {"From": "me_me", "Media Type": "MEDIA", "Created": "2024-03-10 18:01:00 UTC", "Content": "",
         "Conversation Title": None, "IsSender": True, "Created(microseconds)": 1710093660000000,
         "Media IDs": "b~abc123"},
    ]
}

IMESSAGE_TXT = (
    "Mar 15, 2024  9:29:42 PM (Read by you after 1 minute)\n"
    "+15555550100\n"
    "I know where you go to school\n"
    "\n"
    "Mar 15, 2024  9:30:04 PM\n"
    "Me\n"
    "/Users/kim/Library/Messages/Attachments/ab/12/IMG_1234.HEIC\n"
)


def make_zip(members: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data.encode() if isinstance(data, str) else data)
    return buf.getvalue()


# The smallest valid JPEG-ish bytes are not needed: evidence is stored byte-for-byte whatever it is.
FAKE_JPEG = b"\xff\xd8\xff\xe0" + b"JFIF-not-really" * 10
