"""Sealed rows: nothing that names a person is readable in the vault's files; schema-1 vaults upgrade."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from standfast.errors import VaultError
from standfast.vault.keys import KdfParams
from standfast.vault.rows import REGISTRY, RowTampered
from standfast.vault.vault import Vault
from tests.conftest import PASSPHRASE

FIXTURE = Path(__file__).parent / "data" / "v1-vault"


def _jpeg_with_gps(path: Path, make: str) -> Path:
    img = Image.new("RGB", (40, 30), (9, 80, 160))
    exif = Image.Exif()
    exif[0x010F] = make
    gps = exif.get_ifd(0x8825)
    # (degrees of 60 or more: a plaintext timestamp's seconds, "…:26.64…", can never hold them, where "26.64" once
    # matched one by chance)
    gps[1], gps[2] = "N", (83.0, 30.0, 26.64)  # latitude 83°30'26.64"
    gps[3], gps[4] = "W", (171.0, 7.0, 39.12)
    img.save(path, "JPEG", exif=exif.tobytes())
    return path


def _hits(folder: Path, needles: list[str]) -> list[tuple[str, str]]:
    found = []
    for f in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = f.read_bytes()
        for n in needles:
            for encoded in (n.encode("utf-8"), n.encode("utf-16-le"), n.encode("utf-16-be")):
                if encoded in data:
                    found.append((f.name, n))
    return found


def test_planted_strings_are_nowhere_in_the_vault_files(vault_dir: Path, tmp_path: Path) -> None:
    planted = ["Zephyrine Case", "Quokkafile", "Numbat-address", "PlantedCamX", "Wombat reason", "Axolotl note",
               "83.0", "171.0", "Ocelot path", "KiwiCountry"]
    v, _ = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams.fast_for_tests(), actor="t")
    case = v.create_case("Zephyrine Case", country="NZ", age_group="minor", platforms=["KiwiCountry"])
    src = tmp_path / "Ocelot path"
    src.mkdir()
    photo = v.add_file(case.id, _jpeg_with_gps(src / "Quokkafile.jpg", "PlantedCamX")).item
    assert photo.meta["exif"]["GPSLatitudeRef"] == "N"
    other = tmp_path / "plain.txt"
    other.write_text("x")
    withdrawn = v.add_file(case.id, other).item
    v.withdraw(withdrawn.id, "Wombat reason")
    v.add_url(case.id, "https://example.org/Numbat-address", what_seen="profile")
    v.add_note(case.id, "text of a note", title="Axolotl note")
    v.update_case(case.id, title="Zephyrine Case")
    v.close()
    with Vault.open(vault_dir, PASSPHRASE) as again:  # and still readable with the key
        assert again.get_case(case.id).title == "Zephyrine Case"
        assert again.get_item(photo.id).original_name == "Quokkafile.jpg"
        assert again.get_item(withdrawn.id).status_reason == "Wombat reason"
        assert again.verify().ok
        # The WAL is still there while the vault is open: search it too.
        assert (vault_dir / "standfast.db-wal").exists()
        assert _hits(vault_dir, planted) == []
    assert _hits(vault_dir, planted) == []


def test_every_vault_table_is_sealed(vault: Vault) -> None:
    names = {m.__tablename__ for m in REGISTRY}  # type: ignore[attr-defined]
    assert {"vault_case", "vault_item", "vault_blob", "vault_custody", "vault_commitment"} <= names
    con = sqlite3.connect(vault.root / "standfast.db")
    cols = {r[1] for r in con.execute("PRAGMA table_info(vault_item)")}
    con.close()
    assert cols == {"id", "case_id", "sha_tag", "size", "acquired_at", "status", "parent_item_id", "blob_id",
                    "row_seal"}


def test_a_tampered_row_is_refused_on_load_with_a_clear_error(vault: Vault) -> None:
    case = vault.create_case("Load me")
    con = sqlite3.connect(vault.root / "standfast.db")
    con.execute("UPDATE vault_case SET status = 'closed' WHERE id = ?", (case.id,))
    con.commit()
    con.close()
    with pytest.raises(RowTampered, match="changed outside Standfast"):
        vault.get_case(case.id)


def test_schema_1_vault_is_upgraded_in_one_transaction(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    # Since schema 3 the chat's sender and file name are sealed too (block index names, source file).
    planted = ["Zephyr", "Quokka", "Wombat", "Numbat", "PlantedCamZ", "Planted note title", "Planted Sender Qx",
               "WhatsApp Chat with Planted"]
    assert _hits(folder, planted), "the schema-1 fixture holds these in clear"
    with Vault.open(folder, PASSPHRASE) as v:
        cases = v.list_cases()
        assert [c.title for c in cases] == ["Planted Title Zephyr"]
        assert cases[0].age_group == "minor" and cases[0].platforms == ["instagram"]
        items = v.list_items(cases[0].id, include_withdrawn=True)
        names = {i.original_name for i in items}
        assert "planted-file-name-Quokka.jpg" in names
        assert any(i.status_reason == "Planted reason Wombat" for i in items)
        report = v.verify()
        assert report.ok, report.problems
        assert report.blocks_checked >= 1
        with v.read() as s:
            from sqlalchemy import select

            from standfast.vault.models import CustodyEntry

            upgrades = list(s.scalars(select(CustodyEntry).where(CustodyEntry.action == "vault.upgraded")
                                      .order_by(CustodyEntry.seq)))
            records = s.scalars(select(CustodyEntry).where(CustodyEntry.action == "records.changed",
                                                           CustodyEntry.seq > upgrades[2].seq)
                                .order_by(CustodyEntry.seq).limit(1)).one()
            last = s.scalars(select(CustodyEntry).order_by(CustodyEntry.seq.desc()).limit(1)).one()
        assert [e.details["to_schema"] for e in upgrades] == [2, 3, 4, 5, 6]
        # Schema 4 records each case's rows in the chain: one entry per case after the upgrade's own.
        assert records.case_id == cases[0].id and upgrades[2].seq < records.seq < upgrades[3].seq
        assert set(records.records[cases[0].id]) >= {"vault_case", "vault_item"}
        # Schema 6 (attachment links covered) is the last step: the imported file's commitment is
        # extended, and only that table's tag of the case moves.
        assert upgrades[4].details["commitments_extended"] >= 1
        assert last.action == "records.changed" and set(last.records[cases[0].id]) == {"vault_commitment"}
        assert _hits(folder, planted) == []
    con = sqlite3.connect(folder / "standfast.db")
    assert con.execute("SELECT value FROM vault_meta WHERE key='schema_version'").fetchone()[0] == "6"
    fk = con.execute("PRAGMA foreign_key_check").fetchall()
    con.close()
    assert fk == []
    with Vault.open(folder, PASSPHRASE) as again:  # a second open does not upgrade again
        assert again.verify().ok


def test_failed_upgrade_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    con = sqlite3.connect(folder / "standfast.db")
    con.execute("UPDATE vault_custody SET details = 'not json' WHERE seq = 2")  # the upgrade cannot read it
    con.commit()
    con.close()
    before = (folder / "standfast.db").read_bytes()
    with pytest.raises(VaultError, match="could not be upgraded"):
        Vault.open(folder, PASSPHRASE)
    con = sqlite3.connect(folder / "standfast.db")
    assert con.execute("SELECT value FROM vault_meta WHERE key='schema_version'").fetchone()[0] == "1"
    assert con.execute("SELECT count(*) FROM vault_case").fetchone()[0] == 1
    con.close()
    assert len(before) > 0


V2_FIXTURE = Path(__file__).parent / "data" / "v2-vault"


def test_schema_2_vault_gets_every_other_table_sealed_in_place(tmp_path: Path) -> None:
    from standfast.analyze.store import case_indicators, reveal_password
    from standfast.ingest import timeline
    from standfast.takedown.store import case_hashes

    folder = tmp_path / "old2"
    shutil.copytree(V2_FIXTURE, folder)
    # The amount as the fixture stores it: digits alone turn up by chance in hex digests.
    planted = ["Planted Sender Qx", "PlantedFileLark", "PlantedScanFolderKiwi",
               "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "4375 EUR"]
    assert len(_hits(folder, planted)) == len(planted), "the schema-2 fixture holds these in clear"
    with Vault.open(folder, PASSPHRASE) as v:
        case = v.list_cases()[0]
        assert timeline.suspects(v, case.id) == ["Planted Sender Qx"]
        entries = timeline.query(v, case.id)
        assert {e.sender for e in entries} == {"Planted Sender Qx", "Sam"}
        assert {e.file for e in entries} == {"WhatsApp Chat with PlantedFileLark.txt"}
        assert [e.suspect for e in entries] == [True, False, True, True]
        found = case_indicators(v, case.id)
        assert "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq" in {i["value"] for i in found}
        with v.read() as s:
            from sqlalchemy import select

            from standfast.analyze.models import AnalyzeIndicator

            password = s.scalars(select(AnalyzeIndicator).where(AnalyzeIndicator.type == "password")).one()
        assert reveal_password(v, password.id) == "Tr0ub4dor&3"  # its own seal came through the upgrade
        assert any(h["pdq"] for h in case_hashes(v, case.id))
        report = v.verify()
        assert report.ok, report.problems
        assert report.blocks_checked >= 1
        with v.read() as s:
            from sqlalchemy import select

            from standfast.takedown.models import TakedownMatch
            from standfast.vault.models import CustodyEntry

            assert ["PlantedScanFolderKiwi" in m.found_path for m in s.scalars(select(TakedownMatch))] == [True]
            last = s.scalars(select(CustodyEntry).where(CustodyEntry.action == "vault.upgraded")
                             .order_by(CustodyEntry.seq.desc()).limit(4)).all()[3]
        assert last.action == "vault.upgraded" and last.details["from_schema"] == 2
        assert last.details["rows_sealed"]["ingest_block.names"] >= 1
        assert _hits(folder, planted) == []  # the write-ahead log too, while open
    assert _hits(folder, planted) == []
    con = sqlite3.connect(folder / "standfast.db")
    assert con.execute("SELECT value FROM vault_meta WHERE key='schema_version'").fetchone()[0] == "6"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    cols = {r[1] for r in con.execute("PRAGMA table_info(analyze_indicator)")}
    con.close()
    assert cols == {"id", "case_id", "result_id", "item_id", "message_id", "type", "created_at", "row_seal"}
    with Vault.open(folder, PASSPHRASE) as again:  # a second open does not upgrade again
        assert again.verify().ok
