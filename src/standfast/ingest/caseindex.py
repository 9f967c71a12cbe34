"""The timeline's view of a case: every message's clear index columns as arrays, in timeline order.

Built from the ``index`` of each stored block (:mod:`standfast.ingest.blocks`) with numpy, then
kept per vault and case until a block is added, so the web app pages through a case of a million
messages without reading them again. Filtering (platform, participant, dates) and counting are
array operations; only the messages of the requested page are unsealed.

Order: by ``sort_us`` (the message's time, or the last readable time before it in its file;
messages with none sort last), then by id (file in import order, then position in the file).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import select, text

from standfast.errors import IntegrityError
from standfast.ingest.blocks import NO_TIME_US, decode_index, open_names
from standfast.ingest.models import NO_TIME, IngestSource, open_file_name
from standfast.ingest.records import time_of as record_time_of
from standfast.ingest.upgrade import ensure_current

_CACHE: OrderedDict[tuple[str, str], tuple[tuple[int, int, int], CaseIndex]] = OrderedDict()
_CACHE_CASES = 4  # cases kept in memory per process (the web app shows one case at a time)
_LOCK = threading.Lock()
_STAMP_SQL = text("SELECT count(*), coalesce(max(id), 0), coalesce(sum(count), 0) "
                  "FROM ingest_block WHERE case_id = :case")
_BLOCKS_SQL = text("SELECT id, count, \"index\" FROM ingest_block WHERE case_id = :case ORDER BY id")


@dataclass(frozen=True)
class CaseIndex:
    """Per message (arrays of equal length, in id order) plus the shared lookup tables."""

    ids: np.ndarray  # int64 message ids
    time_us: np.ndarray  # int64, NO_TIME_US when unknown
    sort_us: np.ndarray  # int64
    platform: np.ndarray  # int32 codes into strings
    conversation: np.ndarray
    sender: np.ndarray
    recipients: np.ndarray
    flags: np.ndarray
    system: np.ndarray  # bool
    attachments: np.ndarray  # uint16
    block: np.ndarray  # int32: which entry of block_ids holds the message
    slot: np.ndarray  # int32: its place in that block's body
    block_ids: np.ndarray  # int64 ids of the case's blocks, ascending
    block_counts: np.ndarray  # int64 messages in each of those blocks
    order: np.ndarray  # int64: indexes into the arrays above, in timeline order
    strings: list[str]
    code_of: dict[str, int]
    sources: dict[int, tuple[str, str, str]]  # ingest_source.seq -> (export item, file inside it, its SHA-256)

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    def select(self, *, participant: str | None = None, platform: str | None = None, since_us: int | None = None,
               until_us: int | None = None) -> np.ndarray:
        """Indexes of the matching messages, in timeline order."""
        mask: np.ndarray | None = None

        def both(m: np.ndarray) -> np.ndarray:
            return m if mask is None else mask & m

        if platform:
            code = self.code_of.get(platform.lower())
            if code is None:
                return np.empty(0, dtype=np.int64)
            mask = both(self.platform == code)
        if participant:
            wanted = self._participant_mask(participant)
            mask = both(wanted)
        if since_us is not None:
            mask = both((self.sort_us >= since_us) & (self.sort_us < NO_TIME))
        if until_us is not None:
            mask = both(self.sort_us < until_us)
        if mask is None:
            return self.order
        selected: np.ndarray = self.order[mask[self.order]]
        return selected

    def _participant_mask(self, participant: str) -> np.ndarray:
        sender = self.code_of.get(participant)
        mask = self.sender == sender if sender is not None else np.zeros(len(self), dtype=bool)
        lists = [int(c) for c in np.unique(self.recipients) if participant in _names(self.strings[int(c)])]
        if lists:
            mask = mask | np.isin(self.recipients, lists)
        return mask

    def string(self, codes: np.ndarray, i: int) -> str:
        return self.strings[int(codes[i])]


def _names(recipients_json: str) -> list[str]:
    if recipients_json in ("", "[]"):
        return []
    try:
        value = json.loads(recipients_json)
    except ValueError:
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def case_index(vault: Any, case_id: str) -> CaseIndex:
    """The case's index, from the cache when no block was added since it was built."""
    ensure_current(vault)
    key = (str(getattr(vault, "root", id(vault))), case_id)
    with vault.read() as s:
        conn = s.connection()
        row = conn.execute(_STAMP_SQL, {"case": case_id}).one()
        stamp = (int(row[0]), int(row[1]), int(row[2]))
        with _LOCK:
            hit = _CACHE.get(key)
            if hit is not None and hit[0] == stamp:
                _CACHE.move_to_end(key)
                return hit[1]
        # Built in the same read transaction as the stamp: the index is exactly what the stamp says.
        index = _build(vault, conn, s, case_id)
    with _LOCK:
        _CACHE[key] = (stamp, index)
        _CACHE.move_to_end(key)
        while len(_CACHE) > _CACHE_CASES:
            _CACHE.popitem(last=False)
    return index


def forget(vault: Any) -> None:
    """Drop the cached indexes of a vault (e.g. when it is locked)."""
    root = str(getattr(vault, "root", id(vault)))
    with _LOCK:
        for key in [k for k in _CACHE if k[0] == root]:
            del _CACHE[key]


def _build(vault: Any, conn: Any, session: Any, case_id: str) -> CaseIndex:
    # The file names and each block's names are sealed: opened here once, then kept in memory only.
    sources = {seq: (item, open_file_name(vault, case_id, sha, file), sha) for seq, item, file, sha in session.execute(
        select(IngestSource.seq, IngestSource.item_id, IngestSource.file, IngestSource.file_sha256)
        .where(IngestSource.case_id == case_id))}
    strings: list[str] = []
    code_of: dict[str, int] = {}
    parts: dict[str, list[np.ndarray]] = {k: [] for k in ("positions", "time_us", "sort_us", "platform",
                                                             "conversation", "sender", "recipients", "flags",
                                                             "system", "attachments")}
    block_ids: list[int] = []
    counts: list[int] = []
    for block_id, count, raw in conn.execute(_BLOCKS_SQL, {"case": case_id}):
        idx = decode_index(raw, count)
        source = sources.get(int(block_id) >> 32)
        if source is None:
            raise IntegrityError("A block of imported messages belongs to no imported file.")
        names = open_names(vault, case_id, source[2], int(block_id), idx)
        lut = np.empty(len(names), dtype=np.int32)
        for i, value in enumerate(names):
            code = code_of.get(value)
            if code is None:
                code = code_of[value] = len(strings)
                strings.append(value)
            lut[i] = code
        n = int(count)
        positions = np.frombuffer(idx.positions, dtype="<u4")
        if np.any(positions[1:] <= positions[:-1]):
            raise IntegrityError("The index of a block of imported messages is damaged (positions out of order).")
        parts["positions"].append(positions)
        parts["time_us"].append(np.frombuffer(idx.time_us, dtype="<i8"))
        parts["sort_us"].append(np.frombuffer(idx.sort_us, dtype="<i8"))
        for name in ("platform", "conversation", "sender", "recipients", "flags"):
            codes = np.frombuffer(getattr(idx, name), dtype="<u4")
            if int(codes.max()) >= len(lut):
                raise IntegrityError("The index of a block of imported messages is damaged (unknown names).")
            parts[name].append(lut[codes])
        parts["system"].append(np.frombuffer(idx.system, dtype=np.uint8))
        parts["attachments"].append(np.frombuffer(idx.attachments, dtype="<u2"))
        block_ids.append(int(block_id))
        counts.append(n)
    bids = np.array(block_ids, dtype=np.int64)
    count_arr = np.array(counts, dtype=np.int64)

    def cat(name: str, dtype: Any) -> np.ndarray:
        return np.concatenate(parts[name]).astype(dtype, copy=False) if parts[name] else np.empty(0, dtype=dtype)

    block = np.repeat(np.arange(len(block_ids), dtype=np.int32), count_arr)
    starts = np.repeat(np.cumsum(count_arr) - count_arr, count_arr)
    slot = (np.arange(int(count_arr.sum()), dtype=np.int64) - starts).astype(np.int32)
    ids = (bids >> 32 << 32)[block] if len(block_ids) else np.empty(0, dtype=np.int64)
    ids = ids | cat("positions", np.int64)
    sort_us = cat("sort_us", np.int64)
    # Blocks are read in id order and hold positions in file order, so ids ascend: a stable sort on
    # the time alone keeps id order among equal times.
    order = np.argsort(sort_us, kind="stable") if len(sort_us) and np.any(sort_us[1:] < sort_us[:-1]) \
        else np.arange(len(sort_us), dtype=np.int64)
    return CaseIndex(
        ids=ids, time_us=cat("time_us", np.int64), sort_us=sort_us, platform=cat("platform", np.int32),
        conversation=cat("conversation", np.int32), sender=cat("sender", np.int32),
        recipients=cat("recipients", np.int32), flags=cat("flags", np.int32),
        system=cat("system", np.uint8).astype(bool), attachments=cat("attachments", np.uint16), block=block,
        slot=slot, block_ids=bids, block_counts=count_arr, order=order.astype(np.int64, copy=False),
        strings=strings, code_of=code_of,
        sources=sources)


def time_of(us: int) -> datetime | None:
    """A stored time (NO_TIME_US when unknown) as an aware datetime."""
    return record_time_of(None if us == NO_TIME_US else us)
