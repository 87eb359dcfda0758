"""Collect stage: how big a payload may be, received and inflated, and the streamed inflation.

A few kilobytes of gzip can inflate to gigabytes. Every payload is read in chunks and inflated
once, as it streams, with a cap on the bytes that come out; a zip bundle's members are counted
and sized before any is read. What goes over a cap is refused with its hash and size, never
kept in memory whole.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from sources.records import FeedError, FetchError

MB = 1_000_000
GZIP_MAGIC = b"\x1f\x8b"
_PIECE = 1 << 20  # inflate at most this much per call, so a cap is checked every megabyte
# Content-Encoding values that we undo ourselves; 47 = zlib or gzip header, detected.
_ENCODINGS = {"gzip": 47, "x-gzip": 47, "deflate": 47}


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """The size caps of one poll's payload (`[fetch]` in config.toml)."""

    max_bytes: int = 200 * MB  # as received, and again once inflated
    max_members: int = 2000  # files in a zip bundle

    def describe(self) -> str:
        """The cap as an operator reads it: "200 MB"."""
        return f"{self.max_bytes / MB:g} MB"


DEFAULT_LIMITS = FetchLimits()


class PayloadRefused(FetchError):
    """A payload over a cap: refused without being kept; its hash and size are the record."""

    def __init__(self, reason: str, *, sha256: str, size: int, http_status: int | None = None):
        super().__init__(reason, http_status=http_status)
        self.reason = reason
        self.sha256 = sha256
        self.size = size


class _Gunzip:
    """One gzip (or zlib) stream, members one after another, inflated a piece at a time."""

    def __init__(self, wbits: int, what: str):
        self.wbits = wbits
        self.what = what
        self.engine = zlib.decompressobj(wbits)

    def pieces(self, data: bytes) -> Iterable[bytes]:
        """The inflated pieces of the next compressed chunk, each at most _PIECE bytes."""
        try:
            while data:
                yield self.engine.decompress(data, _PIECE)
                data = self.engine.unconsumed_tail
                if self.engine.eof and self.engine.unused_data:
                    data = self._next_member(self.engine.unused_data)
        except zlib.error as exc:
            raise FeedError(f"{self.what} is truncated or corrupt gzip ({exc})") from None

    def _next_member(self, rest: bytes) -> bytes:
        """After one member ends: the next member's bytes, or nothing for zero padding."""
        if not rest.strip(b"\0"):
            return b""
        if not rest.startswith(GZIP_MAGIC):
            raise FeedError(f"{self.what} has data after its gzip stream")
        self.engine = zlib.decompressobj(self.wbits)
        return rest

    def finish(self) -> None:
        """Refuse a stream that stopped before its end."""
        if not self.engine.eof:
            raise FeedError(f"{self.what} is truncated or corrupt gzip (stream ends early)")


class Inflater:
    """Bytes in as they arrive; out: the payload, its transport encoding and its gzip undone once.

    `encoding` is the HTTP Content-Encoding. A .gz file is inflated once more (that is the file,
    not a second transport); what comes out of that must not be gzip again.
    """

    def __init__(self, what: str, limits: FetchLimits = DEFAULT_LIMITS, encoding: str = ""):
        self.what = what
        self.limits = limits
        self.received = 0
        self.digest = hashlib.sha256()
        self.out = bytearray()
        self._head = b""  # the first inflated bytes, until we know whether they are gzip
        self._transport = None
        self._file: _Gunzip | None = None
        self._decided = False
        encoding = encoding.strip().lower()
        if encoding in _ENCODINGS:
            self._transport = _Gunzip(_ENCODINGS[encoding], f"{what} (Content-Encoding)")
        elif encoding not in ("", "identity"):
            raise FetchError(f"{what}: unsupported Content-Encoding '{encoding[:40]}'")

    def feed(self, chunk: bytes) -> None:
        """Take the next chunk as received; refuse once a cap is passed."""
        self.received += len(chunk)
        self.digest.update(chunk)
        if self.received > self.limits.max_bytes:
            self.refuse(f"over {self.limits.describe()} as received")
        if self._transport is None:
            self._file_bytes(chunk)
            return
        for piece in self._transport.pieces(chunk):
            self._file_bytes(piece)

    def _file_bytes(self, data: bytes) -> None:
        """Bytes of the file itself: gunzip them if it is a .gz, then keep them under the cap."""
        if not self._decided:
            self._head += data
            if len(self._head) < len(GZIP_MAGIC):
                return
            self._decided = True
            data, self._head = self._head, b""
            if data.startswith(GZIP_MAGIC):
                self._file = _Gunzip(31, self.what)
        if self._file is None:
            self._keep(data)
            return
        for piece in self._file.pieces(data):
            self._keep(piece)

    def _keep(self, piece: bytes) -> None:
        if len(self.out) + len(piece) > self.limits.max_bytes:
            self.refuse(f"inflates to over {self.limits.describe()}")
        self.out += piece

    def refuse(self, why: str) -> None:
        """Stop here: the payload is refused; its hash covers the bytes received so far."""
        raise PayloadRefused(
            f"{self.what}: payload {why}; refused",
            sha256=self.digest.hexdigest(),
            size=self.received,
        )

    def result(self) -> bytes:
        """The whole payload, once every chunk is in."""
        if self._transport is not None:
            self._transport.finish()
        if not self._decided:
            self._decided = True
            self._keep(self._head)
        if self._file is not None:
            self._file.finish()
            if self.out.startswith(GZIP_MAGIC):
                self.refuse("is gzip inside gzip (inflated once only)")
        return bytes(self.out)


def inflate(data: bytes, what: str, limits: FetchLimits = DEFAULT_LIMITS) -> bytes:
    """A payload already in memory with its gzip undone once, under the caps."""
    if not data.startswith(GZIP_MAGIC):
        if len(data) > limits.max_bytes:
            Inflater(what, limits).feed(data)  # raises with the hash and size
        return data
    inflater = Inflater(what, limits)
    for start in range(0, len(data), _PIECE):
        inflater.feed(data[start : start + _PIECE])
    return inflater.result()


def zip_members(archive: zipfile.ZipFile, what: str, limits: FetchLimits) -> dict[str, bytes]:
    """Every member of a zip, checked (count, declared and actual size) before and while read."""
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise FeedError(f"{what}: {len(infos)} files in the bundle, at most {limits.max_members}")
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_bytes:
        raise FeedError(f"{what}: bundle declares {declared:,} bytes, over {limits.describe()}")
    files: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise FeedError(f"{what}: {info.filename[:80]} uses an unsupported compression")
        with archive.open(info) as member:
            # A member may inflate past what it declares: read one byte more than declared.
            data = member.read(info.file_size + 1)
        if len(data) > info.file_size:
            raise FeedError(f"{what}: {info.filename[:80]} is bigger than it declares")
        total += len(data)
        if total > limits.max_bytes:
            raise FeedError(f"{what}: bundle inflates to over {limits.describe()}")
        files[info.filename] = data
    return files
