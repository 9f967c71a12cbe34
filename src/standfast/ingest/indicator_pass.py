"""The second phase of an import: the analyze module's indicators over the stored messages.

Works from the stored blocks, file by file, in resumable chunks; a big file's extraction runs in
worker processes that end with the importing process however it ends (:func:`die_with_parent`).
"""

from __future__ import annotations

import collections
import contextlib
import importlib.util
import itertools
import os
import sys
import threading
import time
from array import array
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any

from sqlalchemy import select, update

from standfast.errors import IntegrityError
from standfast.ingest.blocks import NO_TIME_US, decode_index, open_body
from standfast.ingest.models import IngestBlock, IngestSource, open_file_name
from standfast.ingest.records import POSITION_BITS, time_of
from standfast.ingest.upgrade import ensure_current

Progress = Callable[[str, int], None]  # (what, how many so far)


INDICATOR_CHUNK = 2000  # messages analysed per write transaction


def run_indicators(vault: Any, case_id: str, *, sources: list[str] | None = None,
                   progress: Progress | None = None) -> int | None:
    """Run the analyze module's indicators on every stored message of the case not analysed yet.

    Works from the stored blocks, source by source, in chunks of :data:`INDICATOR_CHUNK` messages,
    each in one write transaction that also records how far it got (``ingest_source.indicators_upto``):
    an interrupted run resumes where it stopped and never records an indicator twice. A file of at
    least :data:`PARALLEL_MIN` messages has its extraction done by worker processes (one per core),
    stored here in the same chunks. Returns the number of indicators found, or None when the analyze
    module is not installed.
    """
    fn = _indicator_function()
    if fn is None:
        return None
    parts = _indicator_parts()
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    ensure_current(vault)
    case_id = vault.get_case(case_id).id
    stmt = select(IngestSource.id, IngestSource.seq, IngestSource.item_id, IngestSource.file,
                  IngestSource.file_sha256, IngestSource.indicators_upto, IngestSource.messages).where(
        IngestSource.case_id == case_id, IngestSource.status == "complete", IngestSource.indicators == "pending")
    if sources is not None:
        stmt = stmt.where(IngestSource.id.in_(sources))
    with vault.read() as s:
        pending = s.execute(stmt.order_by(IngestSource.started_at)).all()
    found = analysed = 0
    for source_id, seq, item_id, file, file_sha, upto, messages in pending:
        source_found = source_messages = 0
        upto = max(upto, (seq << POSITION_BITS) - 1)
        stream = _pending_messages(vault, case_id, seq, file_sha, upto)
        chunks: Iterator[tuple[_Chunk, list[Any] | None]]
        if parts is not None and workers > 1 and messages >= PARALLEL_MIN:
            chunks = _extracted_elsewhere(stream, parts[0], workers)
        else:
            chunks = _chunks(stream)
        for chunk, extracted in chunks:
            done = len(chunk) < INDICATOR_CHUNK
            with vault.transaction() as s:
                for k, (mid, time_us, text) in enumerate(chunk):
                    if extracted is None:
                        source_found += fn(vault, s, case_id=case_id, message_id=mid, item_id=item_id, text=text,
                                           reference_time=time_of(None if time_us == NO_TIME_US else time_us)) or 0
                    else:
                        source_found += parts[1](vault, s, case_id=case_id, message_id=mid,  # type: ignore[index]
                                                 item_id=item_id, text=text, indicators=extracted[k])
                    source_messages += 1
                if chunk:
                    upto = chunk[-1][0]
                values: dict[str, Any] = {"indicators_upto": upto}
                if done:
                    values["indicators"] = "done"
                    vault.log(s, "ingest.indicators", case_id=case_id, item_id=item_id, details={
                        "file": open_file_name(vault, case_id, file_sha, file), "messages": source_messages,
                        "indicators": source_found})
                s.execute(update(IngestSource).where(IngestSource.id == source_id).values(**values))
            analysed += len(chunk)
            if progress is not None and chunk:
                progress("indicators", analysed)
        found += source_found
    return found


PARALLEL_MIN = 20_000  # messages of a file from which extraction runs in worker processes (their start costs ~0.3 s)
MAX_WORKERS = 8
_Chunk = list[tuple[int, int, str]]


def _chunks(stream: Iterator[tuple[int, int, str]]) -> Iterator[tuple[_Chunk, None]]:
    """Chunks of :data:`INDICATOR_CHUNK` messages; the last is shorter (maybe empty)."""
    while True:
        chunk = list(itertools.islice(stream, INDICATOR_CHUNK))
        yield chunk, None
        if len(chunk) < INDICATOR_CHUNK:
            return


def _extracted_elsewhere(stream: Iterator[tuple[int, int, str]], extract_batch: Callable[..., Any],
                         workers: int) -> Iterator[tuple[_Chunk, list[Any]]]:
    """The same chunks, each with its messages' indicators extracted by a pool of worker processes.

    A few chunks are in flight at once (memory stays bounded); they come back in order. Workers are
    started with "spawn": this process may have other threads (the web app), which fork would copy
    in an unknown state. Where processes cannot be started or die, the rest is extracted here.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def here(batch: list[Any]) -> Any:
        done: Future[Any] = Future()
        done.set_result(extract_batch(batch))
        return done

    pool: ProcessPoolExecutor | None = None
    with contextlib.suppress(OSError, ValueError):  # no processes here (e.g. no /dev/shm): all in this one
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=die_with_parent, initargs=(os.getpid(),))
    window: collections.deque[tuple[_Chunk, list[Any], Any]] = collections.deque()
    try:
        while True:
            chunk = list(itertools.islice(stream, INDICATOR_CHUNK))
            batch = [(text, time_of(None if t == NO_TIME_US else t)) for _mid, t, text in chunk]
            try:
                future = pool.submit(extract_batch, batch) if pool is not None else here(batch)
            except (OSError, RuntimeError, BrokenProcessPool):  # pool gone: the rest here
                pool = None
                future = here(batch)
            window.append((chunk, batch, future))
            last = len(chunk) < INDICATOR_CHUNK
            while window and (last or len(window) > 2 * workers):
                ready, ready_batch, pending = window.popleft()
                try:
                    result = pending.result()
                except (OSError, BrokenProcessPool):
                    pool = None
                    result = extract_batch(ready_batch)
                yield ready, result
            if last:
                return
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def die_with_parent(parent_pid: int) -> None:
    """Worker initializer: the worker ends when the importing process ends, however it ends.

    On Linux the kernel sends SIGKILL to the worker when its parent dies (prctl PR_SET_PDEATHSIG);
    everywhere, a watchdog thread also checks every second that the parent is still the one that
    started it (a parent killed with -9 runs no clean-up of its own)."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    if os.getppid() != parent_pid:  # the parent died before the line above took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="standfast-parent-watch", daemon=True).start()


def _indicator_parts() -> tuple[Callable[..., Any], Callable[..., Any]] | None:
    """The analyze module's extraction (runs in any process) and storage, when installed and the
    hook was not replaced (tests replace it to watch calls)."""
    if _indicator_function is not _default_indicator_function:
        return None
    try:
        from standfast.analyze.indicators import extract_message_batch
        from standfast.analyze.store import store_message_indicators
    except ImportError:
        return None
    return extract_message_batch, store_message_indicators


def _pending_messages(vault: Any, case_id: str, seq: int, file_sha: str, upto: int) -> Iterator[tuple[int, int, str]]:
    """(id, time_us, text) of a file's stored messages after ``upto`` that have text, in id order."""
    end = ((seq + 1) << POSITION_BITS) - 1
    after = upto
    while True:
        with vault.read() as s:
            rows = s.execute(select(IngestBlock.id, IngestBlock.count, IngestBlock.index, IngestBlock.body).where(
                IngestBlock.id.between(seq << POSITION_BITS, end), IngestBlock.last_id > after)
                .order_by(IngestBlock.id).limit(8)).all()
        if not rows:
            return
        for block_id, count, raw_index, sealed in rows:
            index = decode_index(raw_index, count)
            payloads = open_body(vault, case_id, file_sha, block_id, sealed)
            if len(payloads) != count:
                raise IntegrityError("A block of imported messages is damaged (its texts do not fit its index).")
            base = block_id >> POSITION_BITS << POSITION_BITS
            positions = array("I", index.positions)
            times = array("q", index.time_us)
            if sys.byteorder != "little":
                positions.byteswap()
                times.byteswap()
            for position, time_us, system, payload in zip(positions, times, index.system, payloads, strict=True):
                mid = base | position
                if mid > upto and not system and payload[0]:
                    yield mid, time_us, payload[0]
            after = base | positions[-1]


def _indicators_installed() -> bool:
    if _indicator_function is not _default_indicator_function:  # replaced (tests)
        return _indicator_function() is not None
    try:
        return importlib.util.find_spec("standfast.analyze.store") is not None
    except ImportError:
        return False


def _indicator_function() -> Callable[..., Any] | None:
    """The analyze module's hook, when installed (it is optional for the ingest concern)."""
    try:
        from standfast.analyze.store import record_message_indicators
    except ImportError:
        return None
    return record_message_indicators


_default_indicator_function = _indicator_function
