"""How imported messages are stored: blocks of a few hundred, a clear index and a sealed body each.

A block holds up to :data:`BLOCK_MESSAGES` consecutive messages of one parsed file, in file order.
Its row (:class:`~standfast.ingest.models.IngestBlock`) has two parts:

* ``index`` – what the timeline filters and sorts on, column by column (:class:`BlockIndex`):
  positions, times, and the platform, conversation, sender, recipients and flags of each message as
  numbers into the block's own list of names. Numbers and times are clear; the list of names is
  sealed on its own (``names``, purpose :func:`names_purpose`, bound like the body), because a
  sender's or a group's name identifies people. The timeline's case index
  (:mod:`standfast.ingest.caseindex`) opens each block's names once when it is built, then filters
  and sorts on numbers only.
* ``body`` – every message's text, time as written, attachment names, reactions and shared link
  (:data:`Payload`), encoded together and sealed with the vault key. The seal's associated data
  names the case, the parsed file (its SHA-256) and the block's first position, so a body copied
  to another row, file or case does not open.

Why blocks: one SQLite row per message cost ~4 µs each (with the timeline's index), most of a big
import's time; sealing each message separately was another ~1.3 µs. A block of 500 messages is one
row and one seal. Numbers are stored little-endian whatever the machine.
"""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Callable, Iterable
from typing import Any

import msgspec

from standfast.errors import IntegrityError

BLOCK_MESSAGES = 500  # messages per block: a page of the timeline unseals one or two blocks
NO_TIME_US = -(2**63)  # time_us of a message whose own time could not be read
PURPOSE_PREFIX = "ingest.block"
NAMES_PREFIX = "ingest.block.names"

# (text, time as written in the source, attachment names, [[actor, reaction], ...], shared link)
Payload = tuple[str, str, list[str] | None, list[list[str]] | None, str | None]


class BlockIndex(msgspec.Struct, array_like=True, frozen=True):
    """The clear columns of one block. Integer columns are packed little-endian arrays."""

    positions: bytes  # uint32: line or index in the parsed file
    time_us: bytes  # int64: the message's own time, or NO_TIME_US
    sort_us: bytes  # int64: its time, or the last readable time before it in the file, or NO_TIME
    names: bytes  # sealed msgpack list of the strings the code columns below point to
    platform: bytes  # uint32 codes into strings
    conversation: bytes
    sender: bytes
    recipients: bytes  # code of a JSON list of names
    flags: bytes  # code of comma-separated flags ("" for none)
    system: bytes  # uint8: 1 for "X created group", calls...
    attachments: bytes  # uint16: how many attachments the message has


_INDEX_ENCODER = msgspec.msgpack.Encoder()
_INDEX_DECODER = msgspec.msgpack.Decoder(BlockIndex)
_NAMES_ENCODER = msgspec.msgpack.Encoder()
_NAMES_DECODER = msgspec.msgpack.Decoder(list[str])
_BODY_ENCODER = msgspec.msgpack.Encoder()
_BODY_DECODER = msgspec.msgpack.Decoder(list[tuple[str, str, list[str] | None, list[list[str]] | None, str | None]])
_SWAP = sys.byteorder != "little"


def purpose(case_id: str, file_sha256: str, first_position: int) -> str:
    """The seal's associated data for one block's body: which case, which file, where in it."""
    return f"{PURPOSE_PREFIX}/{case_id}/{file_sha256}/{first_position}"


def names_purpose(case_id: str, file_sha256: str, first_position: int) -> str:
    """The seal's associated data for one block's list of names (same binding as its body)."""
    return f"{NAMES_PREFIX}/{case_id}/{file_sha256}/{first_position}"


def seal_names(seal: Callable[[bytes, str], bytes], strings: list[str], case_id: str, file_sha256: str,
               first_position: int) -> bytes:
    return seal(_NAMES_ENCODER.encode(strings), names_purpose(case_id, file_sha256, first_position))


def _packed(typecode: str, values: list[int]) -> bytes:
    arr = array(typecode, values)
    if _SWAP:
        arr.byteswap()
    return arr.tobytes()


# What a message shares with others of its file: (sender, recipients, flags, system, conversation,
# platform). A file has few distinct combinations, so each message stores one small number for them.
GroupKey = tuple[str, tuple[str, ...], tuple[str, ...], bool, str, str]
_SHARED_TABLE_GROUPS = 64


class BlockBuilder:
    """Collects the messages of one file into blocks; :meth:`finish` encodes one block and starts the next.

    The importer appends to the public lists directly, once per message, and calls :meth:`group`
    for the columns that repeat; everything else is done once per block, with numpy.
    """

    __slots__ = ("_groups", "_names_prefix", "_prefix", "_seal", "_table", "attachments", "codes", "groups",
                 "payloads", "positions", "sorts", "times")

    def __init__(self, seal: Callable[[bytes, str], bytes], case_id: str, file_sha256: str) -> None:
        self._seal = seal  # vault.seal as (data, purpose) -> token
        self._prefix = purpose(case_id, file_sha256, 0)[:-1]
        self._names_prefix = names_purpose(case_id, file_sha256, 0)[:-1]
        self.codes: dict[GroupKey, int] = {}  # group key -> number (see group)
        self._table: tuple[Any, Any, list[str]] | None = None  # _tables() of all groups, while they are few
        self._groups: list[GroupKey] = []
        self.positions: list[int] = []
        self.times: list[int] = []
        self.sorts: list[int] = []
        self.groups: list[int] = []
        self.attachments: dict[int, int] = {}  # place in the block -> attachments, for messages with any
        self.payloads: list[Payload] = []

    def add(self, position: int, time_us: int, sort_us: int, key: GroupKey, attachments: int,
            payload: Payload) -> None:
        """One message (the importer's hot loop does the same appends inline)."""
        if attachments:
            self.attachments[len(self.positions)] = attachments
        self.positions.append(position)
        self.times.append(time_us)
        self.sorts.append(sort_us)
        self.groups.append(self.group(key))
        self.payloads.append(payload)

    def group(self, key: GroupKey) -> int:
        """The number of a (sender, recipients, flags, system, conversation, platform) combination."""
        code = self.codes.get(key)
        if code is None:
            code = self.codes[key] = len(self._groups)
            self._groups.append(key)
        return code

    def finish(self) -> tuple[int, int, int, bytes, bytes]:
        """(first position, last position, count, index bytes, sealed body); then start the next block.

        Positions, not ids: the file's sequence number (the ids' high bits) may not be known yet."""
        import numpy as np  # only importers build blocks; the CLI's start stays light

        positions = self.positions
        groups = np.array(self.groups, dtype=np.int64)
        if len(self._groups) <= _SHARED_TABLE_GROUPS:
            # A chat has a handful of combinations: every block lists all of them, no per-block sort.
            if self._table is None or self._table[0].shape[1] != len(self._groups):
                self._table = self._tables(range(len(self._groups)))
            columns, system, strings = self._table
            inverse = groups
        else:  # e-mail with a recipient list per message: only this block's combinations
            uniq, inverse = np.unique(groups, return_inverse=True)
            columns, system, strings = self._tables(uniq.tolist())
            inverse = inverse.reshape(-1)
        per = columns[:, inverse]
        first = positions[0]
        index = BlockIndex(
            positions=_packed("I", positions), time_us=_packed("q", self.times), sort_us=_packed("q", self.sorts),
            names=self._seal(_NAMES_ENCODER.encode(strings), f"{self._names_prefix}{first}"),
            platform=per[4].tobytes(), conversation=per[3].tobytes(),
            sender=per[0].tobytes(), recipients=per[1].tobytes(), flags=per[2].tobytes(),
            system=system[inverse].tobytes(),
            attachments=_attachment_counts(len(positions), self.attachments))
        out = (first, positions[-1], len(positions), _INDEX_ENCODER.encode(index),
               self._seal(_BODY_ENCODER.encode(self.payloads), f"{self._prefix}{first}"))
        self.positions.clear()
        self.times.clear()
        self.sorts.clear()
        self.groups.clear()
        self.attachments.clear()
        self.payloads.clear()
        if len(self._groups) > 100_000:  # e-mail: a recipient list per message. Codes matter within a block.
            self.codes.clear()
            self._groups.clear()
            self._table = None
        return out

    def _tables(self, codes: Iterable[int]) -> tuple[Any, Any, list[str]]:
        """For the given groups: their string numbers (5 rows: sender, recipients, flags, conversation,
        platform), their system flags, and the strings."""
        import numpy as np

        codes = list(codes)
        strings: dict[str, int] = {}
        columns = np.empty((5, len(codes)), dtype="<u4")
        system = np.empty(len(codes), dtype=np.uint8)
        for j, code in enumerate(codes):
            sender, recipients, flags, is_system, conversation, platform = self._groups[code]
            for row, value in enumerate((sender, json.dumps(list(recipients), ensure_ascii=False),
                                         ",".join(flags), conversation, platform)):
                number = strings.get(value)
                if number is None:
                    number = strings[value] = len(strings)
                columns[row, j] = number
            system[j] = 1 if is_system else 0
        return columns, system, list(strings)


def _attachment_counts(n: int, counts: dict[int, int]) -> bytes:
    out = array("H", bytes(2 * n))
    for place, count in counts.items():
        out[place] = min(count, 65535)
    if _SWAP:
        out.byteswap()
    return out.tobytes()


def decode_index(data: bytes, count: int) -> BlockIndex:
    """A block's index, checked: every column holds ``count`` values (a damaged row is refused)."""
    try:
        index = _INDEX_DECODER.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError):
        raise IntegrityError("The index of a block of imported messages is damaged.") from None
    widths = {"positions": 4, "time_us": 8, "sort_us": 8, "platform": 4, "conversation": 4, "sender": 4,
              "recipients": 4, "flags": 4, "system": 1, "attachments": 2}
    if count < 1 or any(len(getattr(index, name)) != width * count for name, width in widths.items()):
        raise IntegrityError("The index of a block of imported messages is damaged (its columns do not fit).")
    return index


def open_names(vault: Any, case_id: str, file_sha256: str, block_id: int, index: BlockIndex) -> list[str]:
    """Unseal one block's list of names (raises IntegrityError when it was altered or moved)."""
    return decode_names(vault.unseal(index.names, purpose=names_purpose(case_id, file_sha256,
                                                                         block_id & 0xFFFFFFFF)))


def decode_names(data: bytes) -> list[str]:
    """An unsealed list of names (the builder's seal function given the identity, in tests)."""
    try:
        return _NAMES_DECODER.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError):
        raise IntegrityError("The names of a block of imported messages are damaged.") from None


def decode_body(data: bytes) -> list[Payload]:
    return _BODY_DECODER.decode(data)


def open_body(vault: Any, case_id: str, file_sha256: str, block_id: int, sealed: bytes) -> list[Payload]:
    """Unseal and decode one block's messages (raises IntegrityError when it was altered or moved)."""
    first_position = block_id & 0xFFFFFFFF
    return _BODY_DECODER.decode(vault.unseal(sealed, purpose=purpose(case_id, file_sha256, first_position)))
