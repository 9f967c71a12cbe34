"""A chat export uploaded through the web is imported straight from its sealed upload: while the import
runs, no plaintext copy of it appears in RAM-backed /dev/shm or in the temp folder."""

from __future__ import annotations

import io
import os
import secrets
import tempfile
import threading
import time
import zipfile
from pathlib import Path

from sqlalchemy import func, select

from standfast.ingest.models import IngestSource
from standfast.web.uploads import MEMORY_FS, MEMORY_PREFIX

PLANTED = "Quokkaberg-" + secrets.token_hex(6)


class _Watch:
    """Polls /dev/shm (entries this process could make) and the temp folder (entries new since the
    start) in a thread; remembers their names and any file holding the planted text."""

    def __init__(self) -> None:
        self.tmp = Path(tempfile.gettempdir())
        self.before = set(os.listdir(self.tmp))
        self.seen: set[str] = set()
        self.hits: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _Watch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._scan()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._scan()
            time.sleep(0.002)

    def _entries(self) -> list[Path]:
        found = []
        if MEMORY_FS.is_dir():
            found += [p for p in MEMORY_FS.glob(f"{MEMORY_PREFIX}{os.getpid()}-*")]
        found += [self.tmp / name for name in set(os.listdir(self.tmp)) - self.before]
        return found

    def _scan(self) -> None:
        for top in self._entries():
            self.seen.add(str(top))
            for root, _dirs, files in os.walk(top) if top.is_dir() else [(str(top.parent), [], [top.name])]:
                for name in files:
                    try:
                        with open(os.path.join(root, name), "rb") as fh:
                            if PLANTED.encode() in fh.read(64 << 20):
                                self.hits.add(os.path.join(root, name))
                    except OSError:
                        continue


def _chat(lines: int) -> bytes:
    return "".join(f"13/03/2024, {i // 60 % 24:02d}:{i % 60:02d} - Kai: {PLANTED} message {i}\n"
                   for i in range(lines)).encode()


def _zip(chat: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("_chat.txt", chat)
        zf.writestr("IMG-0001.jpg", b"\xff\xd8\xff\xe0" + PLANTED.encode())
    return buf.getvalue()


def test_web_import_makes_no_plaintext_copy(unlocked) -> None:  # type: ignore[no-untyped-def]
    w = unlocked
    cid = w.new_case()
    with _Watch() as watch:
        for name, body, ctype in (("_chat.txt", _chat(40_000), "text/plain"),
                                  ("WhatsApp Chat with Kai.zip", _zip(_chat(30_000)), "application/zip")):
            r = w.client.post(f"/cases/{cid}/evidence/upload", data={"csrf": w.csrf(), "kind": "export"},
                              files={"files": (name, body, ctype)})
            assert r.status_code == 303, r.text[-500:]
    assert not watch.hits, watch.hits
    assert not [s for s in watch.seen if s.startswith(str(MEMORY_FS))], watch.seen
    with w.app.state.holder.use() as vault, vault.read() as s:
        stored = s.scalar(select(func.sum(IngestSource.messages)).where(IngestSource.case_id == cid))
        names = {i.original_name for i in vault.list_items(cid)}
    assert stored == 40_000 + 30_000  # both chats were read in full
    assert {"_chat.txt", "WhatsApp Chat with Kai.zip"} <= names
