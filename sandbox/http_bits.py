"""Small pieces of the sandbox's HTTP answers: the envelope, gzip, request counters."""

from __future__ import annotations

import struct
import threading
import zlib
from collections import Counter
from typing import Any

import orjson

GZIP_MIN_BYTES = 1024


def envelope_head(code: int, message: str, request_id: str) -> bytes:
    """The envelope up to the value of `data`."""
    return b"".join((
        b'{"code":', str(code).encode("ascii"), b',"message":', orjson.dumps(message),
        b',"request_id":"', request_id.encode("ascii"), b'","data":',
    ))


def envelope(code: int, message: str, request_id: str, data: Any) -> bytes:
    """The contract's envelope; `data` given as bytes is already-rendered JSON."""
    rendered = data if isinstance(data, bytes) else orjson.dumps(data)
    return envelope_head(code, message, request_id) + rendered + b"}"


def accepts_gzip(accept_encoding: str) -> bool:
    wildcard = False
    for part in accept_encoding.lower().split(","):
        name, _, options = part.partition(";")
        name = name.strip()
        if name not in ("gzip", "*"):
            continue
        quality = 1.0
        for option in options.split(";"):
            key, _, value = option.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if name == "gzip":
            return quality > 0
        wildcard = quality > 0
    return wildcard


def encode_body(content: bytes, accept_encoding: str, headers: dict[str, str]) -> bytes:
    """Gzip at level 1 when allowed and worth it: loopback pages are CPU-bound, not wire-bound."""
    if len(content) < GZIP_MIN_BYTES:
        return content
    headers["Vary"] = "Accept-Encoding"
    if not accepts_gzip(accept_encoding):
        return content
    compressor = zlib.compressobj(1, zlib.DEFLATED, 31)  # wbits 31: gzip container
    headers["Content-Encoding"] = "gzip"
    return compressor.compress(content) + compressor.flush()


# gzip member header: deflate, no flags, no mtime (an answer must not depend on the
# clock), OS unknown.
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


def deflate_final(raw: bytes) -> bytes:
    """Raw deflate of `raw` ending in the final block: a gzip tail to reuse."""
    compressor = zlib.compressobj(1, zlib.DEFLATED, -15)
    return compressor.compress(raw) + compressor.flush()


def gzip_join(head: bytes, tail: bytes, tail_deflated: bytes) -> bytes:
    """One gzip member of head + tail, where the (large) tail was compressed beforehand.

    The head carries the per-request id and is short: it goes in a stored (uncompressed,
    non-final) deflate block, which ends on a byte boundary, so the tail's blocks follow
    it as one valid deflate stream.
    """
    if len(head) > 0xFFFF:
        raise ValueError("envelope head too long for one stored block")
    stored = b"\x00" + struct.pack("<HH", len(head), len(head) ^ 0xFFFF) + head
    crc = zlib.crc32(tail, zlib.crc32(head))
    size = (len(head) + len(tail)) & 0xFFFFFFFF
    return b"".join((_GZIP_HEADER, stored, tail_deflated, struct.pack("<II", crc, size)))


class RequestStats:
    """Answers of /api/v1 by HTTP status, for /sandbox/v1/state."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_status: Counter[int] = Counter()

    def count(self, status: int) -> None:
        with self._lock:
            self._by_status[status] += 1

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            by_status = {str(k): v for k, v in sorted(self._by_status.items())}
            return {"total": sum(self._by_status.values()), "by_status": by_status}

    def reset(self) -> None:
        with self._lock:
            self._by_status.clear()
