"""How imported messages are stored: blocks of a few hundred, a clear index and a sealed body each.

A block holds up to :data:`BLOCK_MESSAGES` consecutive messages of one parsed file, in file order.
Its row (:class:`~standfast.ingest.models.IngestBlock`) has two parts:

* ``index`` – what the timeline filters and sorts on, column by column (:class:`BlockIndex`):
  positions, times, and the platform, conversation, sender, recipients and flags of each message as
  numbers into the block's own list of strings. These were readable database columns before blocks
  existed and stay readable: the timeline answers "page 7 of the messages from X" without unsealing
  anything.
* ``body`` – every message's text, time as written, attachment names, reactions and shared link
  (:data:`Payload`), encoded together and sealed with the vault key. The seal's associated data
  names the case and the block id, so a body copied to another row or case does not open.

Why blocks: one SQLite row per message cost ~4 µs each (with the timeline's index), most of a big
import's time; sealing each message separately was another ~1.3 µs. A block of 500 messages is one
row and one seal. Numbers are stored little-endian whatever the machine.
"""

from __future__ import annotations

import sys
from array import array
from typing import Any

import msgspec

BLOCK_MESSAGES = 500  # messages per block: a page of the timeline unseals one or two blocks
NO_TIME_US = -(2**63)  # time_us of a message whose own time could not be read
PURPOSE_PREFIX = "ingest.block"

# (text, time as written in the source, attachment names, [[actor, reaction], ...], shared link)
Payload = tuple[str, str, list[str] | None, list[list[str]] | None, str | None]


class BlockIndex(msgspec.Struct, array_like=True, frozen=True):
    """The clear columns of one block. Integer columns are packed little-endian arrays."""

    positions: bytes  # uint32: line or index in the parsed file
    time_us: bytes  # int64: the message's own time, or NO_TIME_US
    sort_us: bytes  # int64: its time, or the last readable time before it in the file, or NO_TIME
    strings: list[str]  # the values the code columns below point to
    platform: bytes  # uint32 codes into strings
    conversation: bytes
    sender: bytes
    recipients: bytes  # code of a JSON list of names
    flags: bytes  # code of comma-separated flags ("" for none)
    system: bytes  # uint8: 1 for "X created group", calls...
    attachments: bytes  # uint16: how many attachments the message has


_INDEX_ENCODER = msgspec.msgpack.Encoder()
_INDEX_DECODER = msgspec.msgpack.Decoder(BlockIndex)
_BODY_ENCODER = msgspec.msgpack.Encoder()
_BODY_DECODER = msgspec.msgpack.Decoder(list[tuple[str, str, list[str] | None, list[list[str]] | None, str | None]])
_SWAP = sys.byteorder != "little"


def purpose(case_id: str, block_id: int) -> str:
    """The seal's associated data for one block's body: which case, which block."""
    return f"{PURPOSE_PREFIX}/{case_id}/{block_id}"


def _packed(typecode: str, values: list[int]) -> bytes:
    arr = array(typecode, values)
    if _SWAP:
        arr.byteswap()
    return arr.tobytes()


class BlockBuilder:
    """Collects the messages of one block; :meth:`finish` encodes them and starts the next block.

    ``add`` is called once per imported message, so it does the least it can: appends, and one
    dictionary lookup per text column (most columns repeat within a file).
    """

    __slots__ = ("_atts", "_codes", "_conv", "_flags", "_payloads", "_platform", "_positions", "_recips",
                 "_sender", "_sort", "_system", "_time", "base")

    def __init__(self, base: int) -> None:
        self.base = base  # ingest_source.seq << 32
        self._reset()

    def _reset(self) -> None:
        self._positions: list[int] = []
        self._time: list[int] = []
        self._sort: list[int] = []
        self._codes: dict[str, int] = {}
        self._platform: list[int] = []
        self._conv: list[int] = []
        self._sender: list[int] = []
        self._recips: list[int] = []
        self._flags: list[int] = []
        self._system: list[int] = []
        self._atts: list[int] = []
        self._payloads: list[Payload] = []

    def __len__(self) -> int:
        return len(self._positions)

    def add(self, position: int, time_us: int, sort_us: int, platform: str, conversation: str, sender: str,
            recipients: str, flags: str, system: bool, attachments: int, payload: Payload) -> None:
        codes = self._codes
        code = codes.get(platform)
        if code is None:
            code = codes[platform] = len(codes)
        self._platform.append(code)
        code = codes.get(conversation)
        if code is None:
            code = codes[conversation] = len(codes)
        self._conv.append(code)
        code = codes.get(sender)
        if code is None:
            code = codes[sender] = len(codes)
        self._sender.append(code)
        code = codes.get(recipients)
        if code is None:
            code = codes[recipients] = len(codes)
        self._recips.append(code)
        code = codes.get(flags)
        if code is None:
            code = codes[flags] = len(codes)
        self._flags.append(code)
        self._positions.append(position)
        self._time.append(time_us)
        self._sort.append(sort_us)
        self._system.append(1 if system else 0)
        self._atts.append(attachments if attachments < 65535 else 65535)
        self._payloads.append(payload)

    def finish(self) -> tuple[int, int, int, bytes, bytes]:
        """(block id, last message id, count, index bytes, body bytes – not sealed yet); then reset."""
        positions = self._positions
        index = BlockIndex(
            positions=_packed("I", positions), time_us=_packed("q", self._time), sort_us=_packed("q", self._sort),
            strings=list(self._codes), platform=_packed("I", self._platform),
            conversation=_packed("I", self._conv), sender=_packed("I", self._sender),
            recipients=_packed("I", self._recips), flags=_packed("I", self._flags),
            system=bytes(self._system), attachments=_packed("H", self._atts))
        out = (self.base | positions[0], self.base | positions[-1], len(positions), _INDEX_ENCODER.encode(index),
               _BODY_ENCODER.encode(self._payloads))
        self._reset()
        return out


def decode_index(data: bytes) -> BlockIndex:
    return _INDEX_DECODER.decode(data)


def decode_body(data: bytes) -> list[Payload]:
    return _BODY_DECODER.decode(data)


def open_body(vault: Any, case_id: str, block_id: int, sealed: bytes) -> list[Payload]:
    """Unseal and decode one block's messages (raises IntegrityError when it was altered or moved)."""
    return _BODY_DECODER.decode(vault.unseal(sealed, purpose=purpose(case_id, block_id)))
