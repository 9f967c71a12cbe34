"""A generated demo case with invented people, for trying Standfast, the web app and the tests.

``build_demo_case(vault)`` goes through every step a real case goes through: create the case,
import a small Instagram chat export and a bulk-scam e-mail (both written on the fly), analyze,
save the plan's answers, mark the suspect, and compute takedown hashes. For ``minor=True`` the
case is a minor's: the chat's photo is recorded by hash only by the importer, and an image is
hashed in place (never stored), as the takedown concern does for Take It Down.

Everything is invented. Accounts use reserved or obviously fake names (``example.com``, the
``555-01xx`` fiction range), and the Bitcoin address is the BIP-173 test vector, which belongs to
nobody's wallet. Images are plain colour patterns drawn here.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from standfast.vault.vault import Vault

SUSPECT = "sf.demo.lena"
VICTIM = "Alex Demo"
BTC_ADDRESS = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"  # BIP-173 test vector
CASHAPP = "$DemoLenaPay"
SUSPECT_EMAIL = "lena.demo@example.com"
SUSPECT_PHONE = "+1 202-555-0143"
PROFILE_URL = "https://www.instagram.com/sf.demo.lena/"
SCAM_SENDER = "support-7731@example.net"
_T0 = 1773500000000  # 2026-03-14 14:53:20 UTC, in milliseconds
_MIN = 60_000
_THREAD = "your_instagram_activity/messages/inbox/sfdemolena_1"


def demo_image(seed: int, size: tuple[int, int] = (96, 72)) -> bytes:
    """A small JPEG colour pattern (stands in for a photo; shows nothing)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, ((40 * seed) % 256, 120, (200 - 30 * seed) % 256))
    draw = ImageDraw.Draw(img)
    for n in range(0, size[0], 12):
        draw.line([(n, 0), (size[0] - n, size[1])], fill=(255, 255, 255), width=2)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def demo_screenshot() -> bytes:
    """A PNG 'screenshot' of the suspect's profile (drawn text only)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (360, 200), (250, 250, 250))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, 359, 40], fill=(60, 60, 90))
    draw.text((12, 12), "Instagram (demo screenshot)", fill=(255, 255, 255))
    draw.ellipse([16, 56, 76, 116], fill=(200, 160, 140))
    draw.text((92, 64), SUSPECT, fill=(0, 0, 0))
    draw.text((92, 86), "Lena | 19 | NYC (invented)", fill=(80, 80, 80))
    draw.text((16, 140), PROFILE_URL, fill=(0, 0, 160))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def demo_chat_zip(*, minor: bool) -> bytes:
    """An Instagram 'Download your information' zip with one invented conversation."""
    age_line = "you're 15 right? cute" if minor else "you look great"
    messages = [
        (0, SUSPECT, "hey! saw you on the explore page, you seem fun", None),
        (3, VICTIM, "haha thanks, who are you?", None),
        (9, SUSPECT, f"Lena, new here. {age_line}. add my snap?", None),
        (60, SUSPECT, "send me a pic, just for me", None),
        (75, VICTIM, "", "photos/1.jpg"),
        (80, SUSPECT, "I have your picture now and screenshots of your followers and your family.", None),
        (81, SUSPECT, f"Pay 500 USD in bitcoin to {BTC_ADDRESS} within 24 hours or I send it to everyone. "
                      f"Or Cash App {CASHAPP}.", None),
        (90, VICTIM, "please don't. I don't have that much money", None),
        (92, SUSPECT, f"Then 200 now. Write to {SUSPECT_EMAIL} or text {SUSPECT_PHONE} when it is done. "
                      "Don't go to the police, I will know.", None),
        (140, SUSPECT, "clock is ticking. 20 hours left", None),
    ]
    doc = {
        "participants": [{"name": SUSPECT}, {"name": VICTIM}],
        "title": SUSPECT,
        "thread_path": "inbox/sfdemolena_1",
        "magic_words": [],
        "messages": [],
    }
    for minute, sender, text, photo in reversed(messages):  # Meta lists newest first
        msg: dict[str, object] = {"sender_name": sender, "timestamp_ms": _T0 + minute * _MIN, "content": text}
        if photo:
            msg["photos"] = [{"uri": f"{_THREAD}/{photo}", "creation_timestamp": (_T0 + minute * _MIN) // 1000}]
        doc["messages"].append(msg)  # type: ignore[attr-defined]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        # Fixed member times: the same demo gives the same bytes (and the same hashes) every time.
        for name, data in ((f"{_THREAD}/message_1.json", json.dumps(doc, indent=2).encode("ascii")),
                           (f"{_THREAD}/photos/1.jpg", demo_image(1))):
            zf.writestr(zipfile.ZipInfo(name, date_time=(2026, 3, 15, 9, 0, 0)), data)
    return out.getvalue()


def demo_scam_eml() -> bytes:
    """A bulk 'I recorded you through your camera' scam e-mail, as sent to very many people."""
    body = (
        "Hello!\n\n"
        "I have to share bad news with you. I hacked your device some months ago and I recorded you "
        "through your camera while you were watching porn videos. I also know your password: hunter2demo\n\n"
        f"Pay 1200 USD in bitcoin to this address: {BTC_ADDRESS}\n"
        "You have 48 hours. If I do not get the payment, I will send the video to all your contacts.\n"
        "Do not go to the police. I will know when you read this e-mail.\n"
    )
    headers = (
        "Return-Path: <bounce@example.net>\r\n"
        "Received: from mail.example.net (mail.example.net [192.0.2.44])\r\n"
        "\tby mx.example.org with ESMTP id demo123; Sun, 15 Mar 2026 06:12:01 +0000\r\n"
        f"From: Security <{SCAM_SENDER}>\r\n"
        "To: alex.demo@example.org\r\n"
        "Subject: Your account is hacked. Read this now\r\n"
        "Date: Sun, 15 Mar 2026 06:11:58 +0000\r\n"
        "Message-ID: <demo-scam-0001@example.net>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return (headers + body.replace("\n", "\r\n")).encode("utf-8")


def build_demo_case(vault: Vault, *, minor: bool = False) -> str:
    """Create the demo case in ``vault`` and return its id. See the module docstring."""
    from standfast.ingest.importer import import_path
    from standfast.ingest.timeline import mark_suspect
    from standfast.vault.fsutil import private_workdir

    title = "Demo case (invented people) - minor" if minor else "Demo case (invented people)"
    case = vault.create_case(title, country="US", age_group="minor" if minor else "adult",
                             platforms=["instagram", "email"])
    # The demo's files are written where a real case's would be: inside the vault folder, never in /tmp.
    with private_workdir(vault.root, "demo") as work:
        chat = work / "instagram-demo-export.zip"
        chat.write_bytes(demo_chat_zip(minor=minor))
        mail = work / "scam-email.eml"
        mail.write_bytes(demo_scam_eml())
        shot = work / "profile-screenshot.png"
        shot.write_bytes(demo_screenshot())
        chat_report = import_path(vault, case.id, chat, zone="UTC")
        import_path(vault, case.id, mail, zone="UTC")
        vault.add_file(case.id, shot, source="screenshot")
        from datetime import UTC, datetime

        vault.add_url(case.id, PROFILE_URL, what_seen="The account that sent the threats (demo).",
                      seen_at=datetime(2026, 3, 15, 9, 5, tzinfo=UTC))
        vault.add_note(case.id, "Demo note: the account wrote first on Instagram, asked for a picture, then "
                                "demanded money within 24 hours. No money was sent." if minor else
                       "Demo note: the account wrote first on Instagram, asked for a picture, then demanded "
                       "money. 100 USD was sent by gift card before the person asked for help.",
                       title="What happened (demo note)")
        if not minor:
            for item in vault.list_items(case.id):
                if item.parent_item_id in chat_report.export_items and item.mime.startswith("image/"):
                    vault.mark_intimate(item.id)
        from standfast.ingest.timeline import participants

        for _platform, sender, _n in participants(vault, case.id):
            if sender == SUSPECT or SCAM_SENDER in sender:  # the e-mail's sender carries a display name
                mark_suspect(vault, case.id, sender)
        _analyze(vault, case.id)
        _plan(vault, case.id, minor=minor)
        _takedown(vault, case.id, minor=minor, work=work)
    return case.id


def _analyze(vault: Vault, case_id: str) -> None:
    try:
        from standfast.analyze.store import analyze_item
    except ImportError:
        return  # the reports then read the messages with the analyzer's rules directly
    for item in vault.list_items(case_id):
        # The e-mail; chat messages got their indicators during the import.
        if item.blob_id is not None and item.mime == "message/rfc822":
            analyze_item(vault, item.id)


def _plan(vault: Vault, case_id: str, *, minor: bool) -> None:
    from standfast.guide.interview import Answers
    from standfast.guide.store import save_answers

    answers = Answers(role="helper" if minor else "self", age_group="minor" if minor else "adult", country="US",
                      started="chat", platforms=["instagram", "email"], demands=["money", "crypto"],
                      paid=not minor, sent_more=False, sent_images=True, images_shared="not_sure",
                      deadline="24 hours", safe_now=True)
    save_answers(vault, case_id, answers)


def _takedown(vault: Vault, case_id: str, *, minor: bool, work: Path) -> None:
    from standfast.takedown.store import hash_case_items, hash_in_place

    if minor:
        # The image stays where it is (here: a private work folder); only its hashes enter the case.
        folder = work / "in-place"
        folder.mkdir()
        (folder / "image-sent.jpg").write_bytes(demo_image(2, (128, 96)))
        hash_in_place(vault, case_id, folder)
    hash_case_items(vault, case_id)
