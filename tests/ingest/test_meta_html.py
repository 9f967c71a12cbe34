"""Instagram and Facebook "Download your information" HTML pages, as each generation writes them.

The layouts follow public descriptions of real exports (2023+: the sender in an <h2>, "Sep 22, 2017
6:33 am"; before: a <div> and "Sep 22, 2017, 6:33 AM"; Messenger's older _2lek/_2let/_2lem
classes; group pages opening with a "Participants:" header; reactions in a _a6-q list). The people
and messages are invented for these tests.
"""

from __future__ import annotations

import html
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standfast.ingest import meta, timeline
from standfast.ingest.archive import ZipTree
from standfast.ingest.detect import find_units
from standfast.ingest.importer import import_path
from standfast.ingest.records import Context

BOX = "pam _3-95 _2ph- _a6-g uiBoxWhite noborder"


def _msg(sender: str, body: str, when: str, *, tag: str = "h2") -> str:
    return (f'<div class="{BOX}"><{tag} class="_3-95 _2pim _a6-h _a6-i">{sender}</{tag}>'
            f'<div class="_3-95 _a6-p"><div>{body}</div></div><div class="_3-94 _a6-o">{when}</div></div>')


def _page(title: str, *boxes: str, header: str = "") -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><div class="_a705">'
            f'<div class="_a706" role="main">{header}{"".join(boxes)}</div></div></body></html>').encode()


CURRENT = _page(
    "kai.w",
    _msg("kai.w", "send more or I post the first one", "Mar 13, 2024 9:05 pm"),
    _msg("lea.m", "please stop", "Mar 13, 2024 9:04 pm"),
    _msg("kai.w", "I have your pictures", "Mar 13, 2024 9:03 pm"),
)
LEGACY = _page(
    "kai.w",
    _msg("kai.w", "you have 24 hours", "Jul 05, 2019, 4:56 PM", tag="div"),
    _msg("lea.m", "who is this?", "Jul 05, 2019, 4:55 PM", tag="div"),
)
GROUP = _page(
    "kai.w, sam_r and lea.m",
    _msg("sam_r", "everyone will see it", "Nov 25, 2022 11:44 am"),
    header='<h2 class="_3-95 _2pim _a6-h">Participants: kai.w, sam_r and lea.m</h2>',
)
REQUEST = _page(
    "Instagram User",
    _msg("Instagram User", "check your DMs &amp; pay &lt;now&gt;", "Sep 20, 2025 12:32 pm"),
    header='<h2 class="_3-95 _2pim _a6-h">Mailbox thread pending</h2>',
)
MEDIA = _page("kai.w", (
    f'<div class="{BOX}"><h2 class="_3-95 _2pim _a6-h _a6-i">kai.w</h2><div class="_3-95 _a6-p">'
    '<div>look at this</div><div><div><a target="_blank" href="your_instagram_activity/messages/inbox/kaiw_17/'
    'photos/123456789.jpg"><img src="your_instagram_activity/messages/inbox/kaiw_17/photos/123456789.jpg" '
    'class="_a6_o _3-96"/></a></div></div><div><video src="your_instagram_activity/messages/inbox/kaiw_17/videos/'
    '1276044200006294.mp4" controls="1"><a href="x"><div>Click for video:</div></a></video></div>'
    '<div><ul class="_a6-q"><li><span>\u2764\ufe0flea.m<span> (Apr 23, 2022 5:32 pm)</span></span></li>'
    '<li><span>\U0001f62elea.m</span></li></ul></div></div>'
    '<div class="_3-94 _a6-o">Apr 23, 2022 10:03 am</div></div>'),
    _msg("kai.w", 'kai.w sent an attachment.</div><div><a target="_blank" '
                  'href="https://www.instagram.com/reel/ABC123/">https://www.instagram.com/reel/ABC123/</a>',
         "Apr 25, 2025 10:20 am"),
    _msg("kai.w", "line one<br>line two", "Apr 25, 2025 10:21 am"),
)
MESSENGER_OLD = (
    b'<html><head><title>Kai Walker</title></head><body><div class="_4t5n" role="main">'
    b'<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">Kai Walker</div>'
    b'<div class="_3-96 _2let"><div><div></div><div>I know your school</div></div></div>'
    b'<div class="_3-94 _2lem">Feb 02, 2020, 11:15 PM</div></div></div></body></html>'
)


def _read(data: bytes, file: str = "your_instagram_activity/messages/inbox/kaiw_17/message_1.html",
          ctx: Context | None = None) -> list[tuple[datetime | None, str, str]]:
    ctx = ctx or Context(file)
    return [(m.time, m.sender, m.text) for m in meta.parse_html(data, ctx)]


def test_current_layout_with_h2_senders() -> None:
    assert _read(CURRENT) == [
        (datetime(2024, 3, 13, 21, 5, tzinfo=UTC), "kai.w", "send more or I post the first one"),
        (datetime(2024, 3, 13, 21, 4, tzinfo=UTC), "lea.m", "please stop"),
        (datetime(2024, 3, 13, 21, 3, tzinfo=UTC), "kai.w", "I have your pictures")]


def test_legacy_layout_with_div_senders_and_comma() -> None:
    assert _read(LEGACY) == [(datetime(2019, 7, 5, 16, 56, tzinfo=UTC), "kai.w", "you have 24 hours"),
                             (datetime(2019, 7, 5, 16, 55, tzinfo=UTC), "lea.m", "who is this?")]


def test_group_header_is_not_a_message_but_names_the_recipients() -> None:
    [m] = list(meta.parse_html(GROUP, Context("messages/inbox/group_9/message_1.html")))
    assert (m.sender, m.text, m.conversation) == ("sam_r", "everyone will see it", "kai.w, sam_r and lea.m")
    assert m.recipients == ("kai.w", "lea.m")


def test_message_request_header_is_skipped_and_entities_decoded() -> None:
    assert _read(REQUEST) == [(datetime(2025, 9, 20, 12, 32, tzinfo=UTC), "Instagram User",
                               "check your DMs & pay <now>")]


def test_media_reactions_links_and_line_breaks() -> None:
    msgs = list(meta.parse_html(MEDIA, Context("your_instagram_activity/messages/inbox/kaiw_17/message_1.html")))
    first = msgs[0]
    assert first.text == "look at this"  # the reactions are not part of the text
    assert [(a.kind, a.name) for a in first.attachments] == [("photo", "123456789.jpg"),
                                                            ("video", "1276044200006294.mp4")]
    assert [(r.reaction, r.actor) for r in first.reactions] == [("\u2764\ufe0f", "lea.m"), ("\U0001f62e", "lea.m")]
    assert msgs[1].share == "https://www.instagram.com/reel/ABC123/"
    assert msgs[2].text == "line one\nline two"


def test_older_messenger_classes() -> None:
    assert _read(MESSENGER_OLD, "messages/inbox/kaiwalker_2/message_1.html") == [
        (datetime(2020, 2, 2, 23, 15, tzinfo=UTC), "Kai Walker", "I know your school")]


def test_export_zip_with_two_pages_and_photos(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    z = tmp_path / "instagram-lea.m-2025-11-03.zip"
    root = "your_instagram_activity/messages/inbox/kaiw_17/"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr(root + "message_1.html", MEDIA)
        zf.writestr(root + "message_2.html", CURRENT)
        zf.writestr(root + "photos/123456789.jpg", b"\xff\xd8\xff\xe0" + bytes(64))
        zf.writestr("your_instagram_activity/messages/chats.html", b"<html><body>index</body></html>")
    assert {u.kind for u in find_units(ZipTree(z, name=z.name))} == {"meta_html"}
    case = vault.create_case("ig")
    report = import_path(vault, case.id, z, zone="UTC")
    assert report.messages == 6 and report.attachments == 1 and report.missing_attachments == 1
    entries = timeline.query(vault, case.id)
    assert {e.platform for e in entries} == {"instagram"}
    assert "I have your pictures" in [e.text for e in entries]


@pytest.mark.parametrize("data", [
    CURRENT[: len(CURRENT) // 2],  # truncated mid-message
    b"<html>" + b"<div>" * 100_000 + b"</html>",  # nested 100,000 deep
    b"<html><body>" + _msg("a", "x", "Mar 13, 2024 9:05 pm").encode() * 20_000 + b"</body></html>",  # big
    b"<html>\xff\xfe\x00garbage" + bytes(range(256)) * 10,  # binary
    _page("t", _msg("a", "no time", "")),  # a box without its time
    _page("t", _msg("a", "odd time", "Smarch 45, 20x4 99:99 zm")),
], ids=["truncated", "deep", "big", "binary", "no-time", "bad-time"])
def test_hostile_pages_never_crash_and_say_what_was_lost(data: bytes) -> None:
    ctx = Context("message_1.html")
    msgs = list(meta.parse_html(data, ctx))
    for m in msgs:
        if m.time_us is None:
            assert "unparsed_time" in m.flags
    assert sum(m.time_us is None for m in msgs) <= ctx.log.count


@settings(max_examples=150, deadline=None)
@given(sender=st.text(min_size=1, max_size=30).filter(lambda s: s.strip() and not s.strip().startswith("Participants")),
       body=st.text(min_size=1, max_size=200).filter(lambda s: s.strip()),
       when=st.datetimes(min_value=datetime(2010, 1, 1), max_value=datetime(2030, 12, 31)).map(
           lambda d: d.replace(second=0, microsecond=0)),
       current=st.booleans())
def test_any_text_round_trips(sender: str, body: str, when: datetime, current: bool) -> None:
    stamp = when.strftime("%b %d, %Y %I:%M %p").replace("AM", "am").replace("PM", "pm") if current \
        else when.strftime("%b %d, %Y, %I:%M %p")
    page = _page("t", _msg(html.escape(sender), html.escape(body), stamp, tag="h2" if current else "div"))
    [m] = list(meta.parse_html(page, Context("message_1.html")))
    assert m.time == when.replace(tzinfo=UTC)
    assert m.sender == html.unescape(html.escape(sender)).strip()
    assert " ".join(m.text.split()) == " ".join(body.replace("\r", "\n").split())
