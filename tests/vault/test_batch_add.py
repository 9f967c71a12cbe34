"""Adding a folder of many small files: batched, typed from memory, no temporary file, same guarantees."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from standfast.vault.adding import SMALL_FILE
from standfast.vault.vault import Vault
from tests.vault.helpers import jpeg_with_exif, png_bytes


def _watch(folder: Path, seen: set[str], stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            seen.update(p.name for p in os.scandir(folder))
        except FileNotFoundError:
            pass
        stop.wait(0.0005)


def test_small_files_are_sealed_in_memory_and_keep_every_guarantee(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(300):
        (folder / f"t{n:03}.bin").write_bytes(os.urandom(200 + n * 37))
    (folder / "photo.png").write_bytes(png_bytes())
    jpeg_with_exif(folder / "camera.jpg")
    (folder / "note.txt").write_text("He wrote that he would post it tonight.\n" * 20)
    (folder / "empty").write_bytes(b"")
    (folder / "big.bin").write_bytes(os.urandom(SMALL_FILE + 4096))  # one over: the streaming path
    case = vault.create_case("many small files")
    seen: set[str] = set()
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(vault.root / "tmp", seen, stop))
    watcher.start()
    try:
        added, skipped = vault.add_path(case.id, folder)
    finally:
        stop.set()
        watcher.join()
    assert skipped == [] and len(added) == 305
    parts = {name for name in seen if name.endswith(".part")}
    assert len(parts) <= 1  # only the big file was staged in a temporary
    by_name = {r.item.original_name: r.item for r in added}
    assert by_name["photo.png"].mime == "image/png" and by_name["photo.png"].meta["image"]["width"] == 32
    assert by_name["camera.jpg"].meta["exif"]["Make"] == "TestCam"
    assert by_name["note.txt"].mime == "text/plain"
    assert by_name["empty"].mime == "application/x-empty" and by_name["empty"].size == 0
    for name in ("t007.bin", "photo.png", "big.bin"):
        item = by_name[name]
        assert vault.read_item(item.id) == (folder / name).read_bytes()
        assert vault.get_item(item.id).to_json() == item.to_json()  # what the caller got is what was stored
    # Adding the same folder again finds every file already there.
    again, _ = vault.add_path(case.id, folder)
    assert all(r.duplicate_item for r in again)
    report = vault.verify()
    assert report.ok, report.problems
    assert report.blobs_checked == 305
    with vault.read() as s:
        from sqlalchemy import func, select

        from standfast.vault.models import CustodyEntry

        added_entries = s.scalar(select(func.count()).select_from(CustodyEntry)
                                 .where(CustodyEntry.action == "item.added", CustodyEntry.case_id == case.id))
    assert added_entries == 305  # one custody entry per file, as before
    assert not list((vault.root / "tmp").glob("intent-*"))  # every write-intent note ended
