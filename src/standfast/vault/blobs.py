"""The encrypted blob store: AES-256-GCM in 1 MiB chunks, hashed on the way in.

File layout: a 32-byte header (magic, format version, chunk size, blob id), then one record per
chunk: 12-byte random nonce, ciphertext, 16-byte tag. Each chunk's associated data binds the whole
header (with the blob id), the chunk index and a "last chunk" flag, so chunks cannot be reordered, swapped between
blobs, dropped or the file truncated without decryption failing.

Blob files are named by a random id, not by their content hash, so the folder alone does not
reveal whether a known picture is inside. Content addressing (dedup by SHA-256) is done through
the database.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import secrets
import struct
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from standfast.errors import IntegrityError
from standfast.vault.failures import DISK_FULL, DiskFull
from standfast.vault.fsutil import fsync_dir, private_mkdir, private_open, syncfs

MAGIC = b"SFBLOB\x00\x01"
CHUNK = 1 << 20
HEADER = struct.Struct(">8sI4x16s")  # magic, chunk size, padding, blob id -> 32 bytes
NONCE = 12
_PARALLEL_MIN = 256 << 10
TAG = 16
_SYNCFS_MIN = 8  # from this many files in a batch, one syncfs is cheaper than fsyncs

ProgressFn = Callable[[int], None]


@dataclass(frozen=True)
class WrittenBlob:
    blob_id: str
    tmp_path: Path
    sha256: str
    md5: str
    size: int
    head: bytes  # the first bytes of the plaintext, for content-type detection
    sealed: bytes | None = None  # a small file's whole encrypted blob, written only at commit


def _ad(header: bytes, index: int, last: bool) -> bytes:
    # The whole header (magic, chunk size, blob id) is authenticated with every chunk.
    return header + struct.pack(">QB", index, 1 if last else 0)


class BlobStore:
    """Reads and writes blobs in ``root/blobs`` with temporaries in ``root/tmp``."""

    def __init__(self, root: Path, key: bytes) -> None:
        self.blob_dir = root / "blobs"
        self.tmp_dir = root / "tmp"
        self._aead = AESGCM(key)
        # One helper thread lets MD5 run while SHA-256 and AES work on the same chunk.
        self._md5_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="standfast-md5")
        self._read_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="standfast-read")
        self._write_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="standfast-write")

    def close(self) -> None:
        for pool in (self._md5_pool, self._read_pool, self._write_pool):
            pool.shutdown(wait=True)

    def path_for(self, blob_id: str) -> Path:
        return self.blob_dir / blob_id

    # -- writing ----------------------------------------------------------------------------
    def write(self, src: BinaryIO, progress: ProgressFn | None = None, *, sync: bool = True) -> WrittenBlob:
        """Encrypt a stream into a temporary file. Call :meth:`commit_many` or :meth:`discard`.

        With ``sync=False`` the caller must :meth:`sync_many` before committing (batched adds).
        """
        blob_id_raw = secrets.token_bytes(16)
        blob_id = blob_id_raw.hex()
        private_mkdir(self.tmp_dir)
        tmp = self.tmp_dir / f"{blob_id}.part"
        sha, md5 = hashlib.sha256(), hashlib.md5()
        size = 0
        head = b""
        writes: deque[Future[Any]] = deque()
        try:
            with private_open(tmp) as out:
                header = HEADER.pack(MAGIC, CHUNK, blob_id_raw)
                out.write(header)
                current = read_full(src, CHUNK)
                nxt = read_full(src, CHUNK) if len(current) == CHUNK else b""
                head = current[:8192]
                index = 0
                while True:
                    # Big files run as a pipeline: the next read and the previous write (both release
                    # the GIL) overlap hashing and encryption. The reader stays one chunk ahead
                    # because each chunk's associated data says whether it is the last.
                    last = not nxt
                    big = len(current) >= _PARALLEL_MIN
                    ahead = self._read_pool.submit(read_full, src, CHUNK) if len(nxt) == CHUNK else None
                    md5_job = self._md5_pool.submit(md5.update, current) if big else None
                    sha.update(current)
                    nonce = secrets.token_bytes(NONCE)
                    record = nonce + self._aead.encrypt(nonce, current, _ad(header, index, last))
                    if big or writes:  # once writes are queued, every record must queue behind them
                        writes.append(self._write_pool.submit(out.write, record))
                        while len(writes) > 2:
                            writes.popleft().result()
                    else:
                        out.write(record)
                    if md5_job is None:
                        md5.update(current)
                    else:
                        md5_job.result()
                    size += len(current)
                    if progress:
                        progress(len(current))
                    if last:
                        break
                    current, index = nxt, index + 1
                    nxt = ahead.result() if ahead is not None else b""
                while writes:
                    writes.popleft().result()
                if sync:
                    os.fsync(out.fileno())
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
                raise DiskFull(DISK_FULL) from None
            raise
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            for job in writes:  # after an error: let queued writes finish before the file goes
                job.exception()
        return WrittenBlob(blob_id, tmp, sha.hexdigest(), md5.hexdigest(), size, head)

    def seal_small(self, data: bytes) -> WrittenBlob:
        """Hash and encrypt a small file held in memory (one chunk); nothing is written until
        :meth:`commit_many` puts it straight under its final name."""
        if len(data) > CHUNK:
            raise ValueError("seal_small takes at most one chunk")
        blob_id_raw = secrets.token_bytes(16)
        header = HEADER.pack(MAGIC, CHUNK, blob_id_raw)
        nonce = secrets.token_bytes(NONCE)
        sealed = header + nonce + self._aead.encrypt(nonce, data, _ad(header, 0, True))
        return WrittenBlob(blob_id_raw.hex(), self.tmp_dir / f"{blob_id_raw.hex()}.part",
                           hashlib.sha256(data).hexdigest(), hashlib.md5(data).hexdigest(), len(data),
                           data[:8192], sealed)

    def sync_many(self, written: list[WrittenBlob]) -> None:
        """Make several files durable (``tmp_path`` of each): one ``syncfs`` for a batch, else parallel
        fsyncs."""
        written = [w for w in written if w.sealed is None]
        if len(written) >= _SYNCFS_MIN:
            try:
                if syncfs(self.tmp_dir):
                    return
            except OSError as exc:
                if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO):
                    raise
        self._fsync_each(written)

    @staticmethod
    def _fsync_each(written: list[WrittenBlob]) -> None:
        """fsync several temporaries at once; parallel fsyncs share the file system's journal commits."""

        def sync(w: WrittenBlob) -> None:
            fd = os.open(w.tmp_path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

        if len(written) <= 1:
            for w in written:
                sync(w)
            return
        with ThreadPoolExecutor(max_workers=min(8, len(written))) as pool:
            list(pool.map(sync, written))

    def commit_many(self, written: list[WrittenBlob]) -> None:
        """Put blobs under their final names and make them durable there.

        Temporaries (already synced by :meth:`sync_many`) are renamed; small files sealed in memory
        are written straight to their final names (a write-intent note names them first, see
        ``journal``) and made durable together, with one ``syncfs`` for a batch.
        """
        if not written:
            return
        private_mkdir(self.blob_dir)
        direct = [w for w in written if w.sealed is not None]
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
        try:
            for w in direct:
                # A new file: the umask can only narrow 0600, so no fchmod is needed.
                fd = os.open(self.path_for(w.blob_id), flags, 0o600)
                try:
                    view = memoryview(w.sealed or b"")
                    while view:
                        view = view[os.write(fd, view):]
                finally:
                    os.close(fd)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
                raise DiskFull(DISK_FULL) from None
            raise
        if direct:
            self.sync_many([WrittenBlob(w.blob_id, self.path_for(w.blob_id), w.sha256, w.md5, w.size, b"")
                            for w in direct])
        for w in written:
            if w.sealed is None:
                os.replace(w.tmp_path, self.path_for(w.blob_id))
        fsync_dir(self.blob_dir)

    @staticmethod
    def discard(written: WrittenBlob) -> None:
        written.tmp_path.unlink(missing_ok=True)

    def delete(self, blob_id: str) -> None:
        path = self.path_for(blob_id)
        path.unlink(missing_ok=True)
        if self.blob_dir.exists():
            fsync_dir(self.blob_dir)

    # -- reading ----------------------------------------------------------------------------
    def chunks(self, blob_id: str, *, path: Path | None = None) -> Iterator[bytes]:
        """Decrypted chunks in order; raises IntegrityError naming the blob on any tampering."""
        path = path or self.path_for(blob_id)
        try:
            fh = open(path, "rb")  # noqa: SIM115 - closed by the with-block below
        except FileNotFoundError:
            raise IntegrityError(f"The stored bytes of blob {blob_id} are missing.") from None
        with fh:
            total = os.fstat(fh.fileno()).st_size
            header = fh.read(HEADER.size)
            if len(header) != HEADER.size:
                raise IntegrityError(f"Blob {blob_id} is truncated (no header).")
            magic, chunk_size, raw_id = HEADER.unpack(header)
            if magic != MAGIC or raw_id.hex() != blob_id or not 0 < chunk_size <= 64 * CHUNK:
                raise IntegrityError(f"Blob {blob_id} has a damaged header.")
            record = NONCE + chunk_size + TAG
            body = total - HEADER.size
            count = max(1, -(-body // record))
            for index in range(count):
                data = fh.read(record)
                if len(data) < NONCE + TAG:
                    raise IntegrityError(f"Blob {blob_id} is truncated at chunk {index}.")
                try:
                    yield self._aead.decrypt(
                        data[:NONCE], data[NONCE:], _ad(header, index, index == count - 1)
                    )
                except InvalidTag:
                    raise IntegrityError(
                        f"Blob {blob_id} chunk {index} fails authentication (altered, reordered or truncated)."
                    ) from None

    def hash_blob(self, blob_id: str, progress: ProgressFn | None = None, *,
                  inline: bool = False) -> tuple[str, str, int]:
        """SHA-256, MD5 and size of a blob's plaintext. ``inline``: all in the calling thread (when
        several blobs are hashed at once by a pool, see ``verify``)."""
        sha, md5 = hashlib.sha256(), hashlib.md5()
        size = 0
        for chunk in self.chunks(blob_id):
            job = self._md5_pool.submit(md5.update, chunk) if len(chunk) >= _PARALLEL_MIN and not inline else None
            sha.update(chunk)
            if job is None:
                md5.update(chunk)
            else:
                job.result()
            size += len(chunk)
            if progress:
                progress(len(chunk))
        return sha.hexdigest(), md5.hexdigest(), size

    def open(self, blob_id: str) -> BinaryIO:
        return io.BufferedReader(_ChunkReader(self.chunks(blob_id)), buffer_size=CHUNK)

    def existing_ids(self) -> set[str]:
        if not self.blob_dir.is_dir():
            return set()
        return {p.name for p in self.blob_dir.iterdir() if p.is_file() and len(p.name) == 32}


def read_full(src: BinaryIO, n: int) -> bytes:
    """Up to ``n`` bytes, reading again after short reads (pipes, sockets, zip members)."""
    parts: list[bytes] = []
    remaining = n
    while remaining:
        data = src.read(remaining)
        if not data:
            break
        parts.append(data)
        remaining -= len(data)
    return b"".join(parts)


class _ChunkReader(io.RawIOBase):
    """A read-only file object over an iterator of decrypted chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._buf:
            try:
                self._buf = next(self._chunks)
            except StopIteration:
                return 0
            if not self._buf:
                continue
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n
