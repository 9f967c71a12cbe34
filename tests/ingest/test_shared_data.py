"""The real fixtures in ../shared/data (used in place, never copied; skipped when absent)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from standfast.ingest import discord, meta, signal, telegram, whatsapp
from standfast.ingest.importer import import_path
from standfast.ingest.records import Context

pytestmark = pytest.mark.shared_data


def chats(shared_data: Path) -> Path:
    return shared_data / "chat-export-fixtures"


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", ["test_ddmmyy_24hrs.txt", "test_mmddyy_24hrs.txt", "test_mmddyyyy_12hrs.txt",
                                  "test_yyyymmdd_24hrs.txt", "test_[mmddyy]_24hrs.txt"])
def test_chat_miner_whatsapp_layouts(shared_data: Path, name: str) -> None:
    folder = chats(shared_data) / "chat-miner" / "whatsapp"
    target = json.loads((folder / "target.json").read_text(encoding="utf-8"))
    msgs = [m for m in whatsapp.parse((folder / name).read_bytes(), Context(name)) if not m.system]
    got = {(m.time.replace(tzinfo=None).isoformat(), m.sender, _norm(m.text)) for m in msgs if m.time}
    for row in target:
        assert (row["timestamp"], row["author"], _norm(row["message"])) in got


def test_whatstk_and_chat_analytics(shared_data: Path) -> None:
    base = chats(shared_data)
    pokemon = list(whatsapp.parse((base / "whatstk/whatsapp/pokemon.txt").read_bytes(), Context("p")))
    assert pokemon[0].system and pokemon[2].sender == "Ash Ketchum" and pokemon[2].time.month == 8
    lorem = list(whatsapp.parse((base / "whatstk/whatsapp/lorem-2000.txt").read_bytes(), Context("l")))
    assert len(lorem) == 2000 and all(m.time for m in lorem)
    group = list(whatsapp.parse((base / "chat-analytics/whatsapp/4A_11M.txt").read_bytes(), Context("g")))
    assert len([m for m in group if not m.system]) == 11 and len({m.sender for m in group if m.sender}) >= 4


def test_telegram_real_layouts(shared_data: Path) -> None:
    base = chats(shared_data)
    target = json.loads((base / "chat-miner/telegram/target.json").read_text(encoding="utf-8"))
    for name in ("test_single_export.json", "test_batch_export.json"):
        msgs = list(telegram.parse((base / "chat-miner/telegram" / name).read_bytes(), Context(name)))
        assert [m.sender for m in msgs] == [r["author"] for r in target]
        assert [m.time.replace(tzinfo=None) for m in msgs] == [datetime.fromisoformat(r["timestamp"]) for r in target]
    big = list(telegram.parse((base / "chat-analytics/telegram/BIG_20A_5475M.json").read_bytes(), Context("b")))
    assert len(big) == 5475 and len({m.sender for m in big}) == 20


def test_real_facebook_mojibake(shared_data: Path) -> None:
    path = next((chats(shared_data) / "waultar-facebook").rglob("message_1.json"))
    msgs = list(meta.parse(path.read_bytes(), Context("messages/inbox/x/message_1.json")))
    texts = " ".join(m.text for m in msgs)
    assert "tænkt" in texts and "også først" in texts and "👏" in texts
    assert "Ã" not in texts
    assert any(r.reaction == "👍" for m in msgs for r in m.reactions)


def test_instagram_messenger_signal_discord(shared_data: Path) -> None:
    base = chats(shared_data)
    ig = list(meta.parse((base / "chat-miner/instagram/test_export.json").read_bytes(),
                         Context("chat-miner/instagram/test_export.json")))
    assert ig[0].platform == "instagram" and ig[0].sender == "John Doe"
    ms = list(meta.parse((base / "chat-analytics/messenger/2A_7M.json").read_bytes(), Context("m.json")))
    assert len(ms) == 7 and sum(len(m.attachments) for m in ms) == 4  # BOM at the start is handled
    sig = list(signal.parse((base / "chat-miner/signal/test_export.txt").read_bytes(), Context("s")))
    assert [m.sender for m in sig] == ["Jane Doe", "John Doe"]
    for name in ("DM_2A_2M.json", "GC_3A_5M.json", "SV_5A_5M.json"):
        msgs = list(discord.parse_exporter((base / "chat-analytics/discord" / name).read_bytes(), Context(name)))
        assert msgs and all(m.time for m in msgs)


def test_import_real_exports(shared_data: Path, vault) -> None:  # type: ignore[no-untyped-def]
    case = vault.create_case("real")
    base = chats(shared_data)
    r = import_path(vault, case.id, base / "chat-analytics/whatsapp/4A_11M.zip", zone="UTC")
    assert r.messages == 14
    r = import_path(vault, case.id, base / "waultar-facebook", zone="UTC")
    assert r.messages == 7 and r.missing_attachments == 3  # media URIs point to files not in the fixture


def test_email_fixtures(shared_data: Path, vault) -> None:  # type: ignore[no-untyped-def]
    folder = shared_data / "email-parsing-fixtures"
    case = vault.create_case("mail")
    r = import_path(vault, case.id, folder / "Mail-MboxParser" / "testbox.mbox")
    assert r.messages >= 1
    emls = sorted(folder.rglob("*.eml"))
    ok = 0
    for eml in emls:
        rep = import_path(vault, case.id, eml)
        ok += rep.messages
    assert ok >= len(emls) - 3  # a few fixtures are deliberately not e-mails; they are reported, not fatal
