"""Each source parser on hand-made samples written from the formats' documentation."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from standfast.errors import InputError
from standfast.ingest import discord, imessage, meta, signal, snapchat, telegram, whatsapp
from standfast.ingest.records import FLAG_AMBIGUOUS_DATE, FLAG_EDITED, FLAG_UNPARSED_TIME, FLAG_UNSENT, Context
from standfast.ingest.textfix import fix_mojibake
from tests.ingest import samples


def run(parser, data, file="f", **kw):  # type: ignore[no-untyped-def]
    ctx = Context(file, zone=kw.pop("zone", UTC), **kw)
    return list(parser(data if isinstance(data, bytes) else data.encode(), ctx)), ctx


def test_whatsapp_android_sextortion_chat() -> None:
    msgs, ctx = run(whatsapp.parse, samples.WHATSAPP_SEXTORTION)
    assert ctx.log.issues == []
    assert [m.sender for m in msgs] == ["", "Jess_x", "Sam", "Jess_x", "Jess_x", "Sam", "Jess_x"]
    assert msgs[0].system and "end-to-end" in msgs[0].text
    assert msgs[1].time == datetime(2024, 3, 13, 21, 3, tzinfo=UTC)  # 13/03: d/m proven by the day 13
    assert msgs[1].time_text == "13/03/24, 21:03"
    assert msgs[3].attachments[0].name == "IMG-20240314-WA0001.jpg"
    assert msgs[3].text == "send one back, don't be shy"  # caption on the continuation line
    assert "bitcoin" in msgs[4].text and "\n" in msgs[4].text  # multi-line message kept whole
    assert msgs[5].attachments[0].missing and msgs[5].text == ""
    assert FLAG_UNSENT in msgs[6].flags
    assert FLAG_AMBIGUOUS_DATE not in msgs[1].flags


def test_whatsapp_ios_marks_and_12h() -> None:
    msgs, _ = run(whatsapp.parse, samples.WHATSAPP_IOS)
    assert msgs[0].time == datetime(2024, 3, 25, 21, 1, 2, tzinfo=UTC)
    assert msgs[1].attachments[0].name == "00000012-PHOTO-2024-03-25-21-02-10.jpg"
    assert msgs[1].sender == "Alex"
    assert msgs[3].attachments[0].missing
    assert msgs[4].time == datetime(2024, 3, 26, 0, 0, tzinfo=UTC)  # 12 AM is midnight
    assert msgs[4].text == "midnight" and FLAG_EDITED in msgs[4].flags


def test_whatsapp_german_and_spanish() -> None:
    de, _ = run(whatsapp.parse, samples.WHATSAPP_GERMAN)
    assert de[0].time == datetime(2023, 5, 4, 18, 30, tzinfo=UTC)
    assert de[1].attachments[0].missing
    assert de[2].attachments[0].name == "IMG-20230505-WA0003.jpg"
    es, _ = run(whatsapp.parse, samples.WHATSAPP_SPANISH_12H)
    assert es[1].time is not None and es[1].time.hour == 20 and es[1].attachments[0].missing


def test_whatsapp_time_zone_is_applied() -> None:
    msgs, _ = run(whatsapp.parse, samples.WHATSAPP_SEXTORTION, zone=ZoneInfo("Europe/Berlin"))
    assert msgs[1].time == datetime(2024, 3, 13, 20, 3, tzinfo=UTC)
    assert "local_time_assumed" in msgs[1].flags


@pytest.mark.parametrize(("zone", "days"), [
    ("Europe/Berlin", ("31/03/2024", "27/10/2024")),  # clocks go forward (a missing hour), then back
    ("America/New_York", ("10/03/2024", "03/11/2024")),
    ("Australia/Lord_Howe", ("07/04/2024", "06/10/2024")),  # a 30-minute change
])
def test_whatsapp_times_on_days_the_clocks_change(zone: str, days: tuple[str, str]) -> None:
    # Times are computed once per hour and then by adding minutes; hours in which the offset changes
    # must still give what the zone says for each minute (fold=0 for repeated or skipped times).
    tz = ZoneInfo(zone)
    lines, expected = [], []
    for day in days:
        d, m, y = (int(x) for x in day.split("/"))
        for minute in range(0, 24 * 60, 7):
            lines.append(f"{day}, {minute // 60:02d}:{minute % 60:02d} - Sam: at {minute}\n")
            expected.append(datetime(y, m, d, minute // 60, minute % 60, tzinfo=tz).astimezone(UTC))
    msgs = list(whatsapp.parse("".join(lines).encode(), Context("_chat.txt", zone=tz)))
    assert [m.time for m in msgs] == expected


def test_whatsapp_day_month_order_from_whole_file() -> None:
    # Every date alone is ambiguous; only the later line (13th) proves d/m for the first lines too.
    text = "01/02/24, 10:00 - A: one\n05/02/24, 10:00 - B: two\n13/02/24, 10:00 - A: three\n"
    msgs, _ = run(whatsapp.parse, text)
    assert [m.time.month for m in msgs if m.time] == [2, 2, 2]
    us = "02/01/24, 10:00 - A: one\n02/05/24, 10:00 - B: two\n02/13/24, 10:00 - A: three\n"
    msgs, _ = run(whatsapp.parse, us)
    assert [m.time.day for m in msgs if m.time] == [1, 5, 13]


def test_whatsapp_order_from_chronology() -> None:
    # No day above 12: the reading in which the chat runs forward wins (d/m here).
    text = "".join(f"{d:02d}/{m:02d}/24, 10:00 - A: x\n" for m in (1, 2) for d in (3, 7, 11))
    msgs, _ = run(whatsapp.parse, text)
    times = [m.time for m in msgs]
    assert times == sorted(times) and msgs[0].time.month == 1 and msgs[1].time.day == 7


def test_whatsapp_corrupt_line_is_reported_and_rest_imported() -> None:
    data = (samples.WHATSAPP_SEXTORTION.encode().replace(b"13/03/24, 21:05 - Sam: hi? who is this\n",
                                                         b"13/03/24, 21:05 - Sam: \xff\xfe\xfa broken\n"))
    msgs, ctx = run(whatsapp.parse, data)
    assert len(msgs) == 6
    assert [(i.position, i.reason) for i in ctx.log.issues] == [(3, "line is not valid UTF-8 text; skipped")]


def test_whatsapp_unreadable_date_kept_as_text() -> None:
    data = "13/03/24, 21:03 - A: ok\n13/13/24, 25:61 - A: strange date\n14/03/24, 10:00 - B: fine\n"
    msgs, ctx = run(whatsapp.parse, data)
    bad = msgs[1]
    assert bad.time is None and bad.time_text == "13/13/24, 25:61" and FLAG_UNPARSED_TIME in bad.flags
    assert bad.text == "strange date" and ctx.log.issues[0].position == 2


def test_whatsapp_wrong_encodings() -> None:
    utf16 = samples.WHATSAPP_GERMAN.encode("utf-16")
    msgs, _ = run(whatsapp.parse, utf16)
    assert msgs[0].sender == "Lena" and len(msgs) == 3
    cp1252 = "04.05.23, 18:30 - Renée: café crème\n04.05.23, 18:31 - Zoë: ça va\n".encode("cp1252")
    msgs, ctx = run(whatsapp.parse, cp1252)
    assert msgs[0].sender == "Renée" and msgs[1].text == "ça va"
    assert "Windows-1252" in ctx.log.issues[0].reason


def test_mojibake_repair() -> None:
    assert fix_mojibake("t\u00c3\u00a6nkt") == "tænkt"
    assert fix_mojibake("\u00f0\u009f\u0091\u008f") == "👏"
    assert fix_mojibake("café") == "café"  # genuine latin-1 text is left alone
    assert fix_mojibake("already fine 😀") == "already fine 😀"


def test_meta_json_mojibake_reactions_shares_media() -> None:
    msgs, _ = run(meta.parse, samples.meta_mojibake(), file="your_instagram_activity/messages/inbox/x/message_1.json")
    assert msgs[0].platform == "instagram"
    assert msgs[0].text == "Jeg har tænkt over det 👏 betal nu"
    assert msgs[0].reactions[0].reaction == "👍" and msgs[0].reactions[0].actor == "Søren"
    assert msgs[0].recipients == ("Søren",)
    assert msgs[1].sender == "Søren" and msgs[1].attachments[0].kind == "photo"
    assert msgs[2].share == "https://www.instagram.com/p/EXAMPLE/"
    assert FLAG_UNSENT in msgs[3].flags
    assert msgs[0].time == datetime(2024, 3, 15, 0, 0, tzinfo=UTC)


def test_meta_unexpected_types_fall_back() -> None:
    doc = {"participants": [{"name": "a"}], "messages": [
        {"sender_name": "a", "timestamp_ms": "not a number", "content": 42},
        {"sender_name": "b", "timestamp_ms": 1710460800000, "content": "fine"}, "junk"]}
    msgs, ctx = run(meta.parse, json.dumps(doc))
    assert msgs[0].text == "42" and msgs[0].time is None and msgs[1].text == "fine"
    assert any("not an object" in i.reason for i in ctx.log.issues)


def test_meta_truncated_json_is_clear_error() -> None:
    data = samples.meta_mojibake()
    with pytest.raises(InputError, match="not valid JSON"):
        run(meta.parse, data[: len(data) // 2])


def test_meta_html() -> None:
    msgs, _ = run(meta.parse_html, samples.META_HTML, file="messages/inbox/x/message_1.html",
                  platform_hint="instagram")
    assert [m.sender for m in msgs] == ["dark.angel_77", "Søren"]
    assert msgs[0].text == "Pay me or everyone sees & knows"
    assert msgs[0].time == datetime(2024, 3, 15, 0, 0, tzinfo=UTC)
    assert msgs[1].attachments[0].path == "messages/inbox/darkangel_123/photos/2.jpg"


def test_telegram_single_and_account() -> None:
    single = {"name": "Vic", "type": "personal_chat", "id": 5, "messages": [
        {"id": 1, "type": "service", "date": "2024-03-01T10:00:00", "date_unixtime": "1709287200",
         "actor": "Vic", "action": "joined_telegram", "text": ""},
        {"id": 2, "type": "message", "date_unixtime": "1709287260", "from": "Vic", "from_id": "user9",
         "text": [{"type": "bold", "text": "Pay "}, "now ", {"type": "link", "text": "https://x.example"}],
         "photo": "photos/photo_1@01-03-2024_10-01-00.jpg", "edited_unixtime": "1709287300"},
        {"id": 3, "type": "message", "date_unixtime": "1709287270", "from": "Me", "text": "",
         "file": "(File not included. Change data exporting settings to download.)", "media_type": "video_file"},
    ]}
    msgs, _ = run(telegram.parse, json.dumps(single))
    assert msgs[0].system and msgs[0].text.startswith("[joined telegram]")
    assert msgs[1].text == "Pay now https://x.example" and msgs[1].attachments[0].path.startswith("photos/")
    assert FLAG_EDITED in msgs[1].flags and msgs[1].time == datetime(2024, 3, 1, 10, 1, tzinfo=UTC)
    assert msgs[2].attachments[0].missing
    account = {"about": "x", "chats": {"about": "y", "list": [single, {**single, "name": "Other"}]}}
    msgs, _ = run(telegram.parse, json.dumps(account))
    assert len(msgs) == 6 and {m.conversation for m in msgs} == {"Vic", "Other"}
    assert len({m.position for m in msgs}) == 6  # positions unique across chats (dedupe key)


def test_discord_package_json_and_csv() -> None:
    msgs, _ = run(discord.parse_package, json.dumps(samples.DISCORD_MESSAGES_JSON), name_hint="DM")
    assert msgs[0].sender == discord.OWNER and msgs[0].time == datetime(2024, 3, 15, 20, 0, tzinfo=UTC)
    assert msgs[1].attachments[0].name == "screenshot.png" and msgs[1].attachments[0].missing
    ctx = Context("messages/c1/messages.csv")
    msgs = list(discord.parse_package(samples.DISCORD_MESSAGES_CSV.encode(), ctx, owner="kim", fmt="csv"))
    assert [m.text for m in msgs] == ["hello, there", "line one\nline two"] and msgs[0].sender == "kim"
    assert discord.channel_name(samples.DISCORD_CHANNEL_DM, None, "111") == "Direct message 222, 333"


def test_snapchat_both_layouts() -> None:
    old, _ = run(snapchat.parse, json.dumps(samples.SNAPCHAT_OLD), file="json/chat_history.json")
    assert old[0].sender == "ghost.rider99" and old[1].sender == snapchat.OWNER
    assert old[0].time == datetime(2024, 3, 10, 18, 0, tzinfo=UTC)
    new, _ = run(snapchat.parse, json.dumps(samples.SNAPCHAT_NEW), file="json/chat_history.json")
    assert new[0].conversation == "ghost.rider99" and new[0].text == "you have 24 hours"
    assert new[1].attachments[0].name == "b~abc123" and new[1].attachments[0].missing


def test_signal_and_imessage() -> None:
    text = "[2024-03-01 10:00] Vic: look ![photo](media/abc.jpg)\n[2024-03-01 10:01] Kim: no\n"
    msgs, _ = run(signal.parse, text)
    assert msgs[0].platform == "signal" and msgs[0].attachments[0].path == "media/abc.jpg"
    assert msgs[0].text == "look"
    assert imessage.looks_like(samples.IMESSAGE_TXT.encode())
    msgs, _ = run(imessage.parse, samples.IMESSAGE_TXT)
    assert msgs[0].sender == "+15555550100" and msgs[0].text == "I know where you go to school"
    assert msgs[0].time == datetime(2024, 3, 15, 21, 29, 42, tzinfo=UTC)
    assert msgs[1].attachments[0].name == "IMG_1234.HEIC"
