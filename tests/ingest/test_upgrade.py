"""A vault from before message blocks (one ``ingest_message`` row per message) is upgraded in place."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import select

from standfast.ingest import timeline
from standfast.ingest.models import seal_file_name
from standfast.ingest.upgrade import OLD_PURPOSE
from standfast.vault.models import CustodyEntry

# The tables exactly as the previous release created them (SQLAlchemy's DDL of that schema).
_OLD_TABLES = """
DROP TABLE ingest_attachment;
DROP TABLE ingest_block;
CREATE TABLE ingest_message (
    id INTEGER NOT NULL, case_id VARCHAR(16) NOT NULL, platform VARCHAR(32) NOT NULL, conversation TEXT NOT NULL,
    sender TEXT NOT NULL, recipients TEXT NOT NULL, time_us BIGINT, sort_us BIGINT NOT NULL, time_text TEXT NOT NULL,
    system BOOLEAN NOT NULL, flags TEXT NOT NULL, attachment_count INTEGER NOT NULL, body BLOB NOT NULL,
    PRIMARY KEY (id), FOREIGN KEY(case_id) REFERENCES vault_case (id));
CREATE INDEX ix_ingest_message_case_sort ON ingest_message (case_id, sort_us);
CREATE TABLE ingest_attachment (
    id INTEGER NOT NULL, message_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, item_id VARCHAR(16),
    kind VARCHAR(64) NOT NULL, missing BOOLEAN NOT NULL, PRIMARY KEY (id),
    FOREIGN KEY(message_id) REFERENCES ingest_message (id), FOREIGN KEY(item_id) REFERENCES vault_item (id));
CREATE INDEX ix_ingest_attachment_item_id ON ingest_attachment (item_id);
CREATE INDEX ix_ingest_attachment_message_id ON ingest_attachment (message_id);
"""

T0 = 1_710_000_000_000_000  # microseconds


def _old_vault(vault, messages: int):  # type: ignore[no-untyped-def]
    case = vault.create_case("from the previous release")
    export = vault.add_note(case.id, "stands in for the stored export")
    photo = vault.add_note(case.id, "stands in for a photo")
    with vault.transaction() as s:
        raw = s.connection().connection.driver_connection
        raw.executescript(_OLD_TABLES + "BEGIN IMMEDIATE;")  # (executescript commits first)
        raw.execute("INSERT INTO ingest_source (id, seq, case_id, item_id, file, file_sha256, parser, platform, "
                    "messages, attachments, issues, status, indicators, indicators_upto, started_at) VALUES "
                    "('src1', 1, ?, ?, ?, ?, 'whatsapp', 'whatsapp', ?, 1, 0, 'complete', 'done', 0, ?)",
                    # Such a vault's file names were sealed by the schema-3 upgrade when it was opened.
                    (case.id, export.id, seal_file_name(vault, case.id, "a" * 64, "_chat.txt"), "a" * 64, messages,
                     datetime.now(UTC).replace(tzinfo=None)))
        for position in range(1, messages + 1):
            mid = 1 << 32 | position
            body = {"text": f"message {position}"}
            if position == 3:
                body.update(attachments=["IMG-1.jpg"], reactions=[["Sam", "👍"]], share="https://example.org/x")
            timed = position > 2  # the first two have no readable time: they sort last
            raw.execute("INSERT INTO ingest_message VALUES (?, ?, 'whatsapp', 'Jess_x', ?, ?, ?, ?, ?, ?, ?, ?, ?)", (
                mid, case.id, "Jess_x" if position % 2 else "Sam",
                json.dumps(["Sam"] if position % 2 else ["Jess_x"]), T0 + position * 60_000_000 if timed else None,
                T0 + position * 60_000_000 if timed else 2**63 - 1, f"time {position}", 0,
                "local_time_assumed,edited" if position == 4 else "local_time_assumed", 1 if position == 3 else 0,
                vault.seal(json.dumps(body).encode(), purpose=OLD_PURPOSE)))
        raw.execute("INSERT INTO ingest_attachment (message_id, ordinal, item_id, kind, missing) "
                    "VALUES (?, 0, ?, 'photo', 0)", (1 << 32 | 3, photo.id))
    return case, photo


def test_old_message_rows_become_blocks_with_nothing_lost(vault) -> None:  # type: ignore[no-untyped-def]
    case, photo = _old_vault(vault, 1203)
    entries = timeline.query(vault, case.id)  # the first use upgrades the vault
    assert len(entries) == 1203 and timeline.count(vault, case.id, participant="Sam") == 1203
    assert [e.text for e in entries[-2:]] == ["message 1", "message 2"] and entries[-1].time is None
    assert [e.position for e in entries[:-2]] == list(range(3, 1204))
    third = entries[0]
    assert third.time == datetime.fromtimestamp((T0 + 3 * 60_000_000) / 1e6, UTC) and third.time_text == "time 3"
    assert third.attachments == [{"name": "IMG-1.jpg", "item_id": photo.id, "kind": "photo", "missing": False}]
    assert (third.reactions, third.share, third.sender, third.recipients) == \
        ([["Sam", "👍"]], "https://example.org/x", "Jess_x", ["Sam"])
    assert entries[1].flags == ["local_time_assumed", "edited"] and entries[1].sender == "Sam"
    assert entries[0].source_item and entries[0].file == "_chat.txt"
    with vault.read() as s:
        tables = {r[0] for r in s.connection().exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        upgraded = [e.details for e in s.scalars(select(CustodyEntry).where(CustodyEntry.action == "ingest.upgraded"))]
    assert "ingest_message" not in tables and "ingest_attachment_before_blocks" not in tables
    assert upgraded == [{"messages": 1203, "not_moved": 0,
                         "reason": "messages are now stored in sealed blocks of up to 500"}]
    assert vault.verify().ok
    # New attachment rows go in without the old table (its foreign key is gone with it).
    with vault.transaction() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO ingest_attachment (message_id, ordinal, item_id, kind, missing) VALUES (?, 1, NULL, 'x', 1)",
            (1 << 32 | 5,))


def test_a_damaged_old_row_stops_the_upgrade_and_changes_nothing(vault) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from standfast.errors import IntegrityError

    case, _ = _old_vault(vault, 20)
    with vault.transaction() as s:
        conn = s.connection()
        body = bytearray(conn.exec_driver_sql("SELECT body FROM ingest_message WHERE id = ?", (1 << 32 | 7,)).scalar())
        body[40] ^= 1
        conn.exec_driver_sql("UPDATE ingest_message SET body = ? WHERE id = ?", (bytes(body), 1 << 32 | 7))
    with pytest.raises(IntegrityError):
        timeline.query(vault, case.id)
    with vault.read() as s:
        left = s.connection().exec_driver_sql("SELECT count(*) FROM ingest_message").scalar()
        tables = {r[0] for r in s.connection().exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert left == 20 and "ingest_block" not in tables  # rolled back as a whole (this old vault had none yet)
