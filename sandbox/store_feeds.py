"""Change-feed pages (contract section 4): cursors and page rendering in SQL.

A cursor is opaque to the client but simple here: feed name, cursor epoch and the last
seq served, in standard base64. The encoding deliberately begins with bytes that come out
as '+' and '/' and is padded to end in '==': a client that signs the percent-encoded form
instead of the decoded value fails on the first page, not in production.

Pages are rendered by SQLite: each row's item JSON is produced by json_object (metrics) or
is the stored `body` (the small feeds), joined by group_concat, so a 1000-row page costs
no Python per row.
"""

from __future__ import annotations

import base64
import binascii
import sqlite3
from dataclasses import dataclass

from sandbox import errors
from sandbox.schema import METRIC_ITEM_FIELDS

FEEDS: tuple[str, ...] = ("sellers", "metrics", "violations", "enrollments", "outreach")
DEFAULT_PAGE_SIZE: dict[str, int] = {feed: 100 for feed in FEEDS} | {"metrics": 500}
MAX_PAGE_SIZE = 1000
CURSOR_EXPIRED = "cursor_expired"

_MAGIC = b"\xfb\xff"  # encodes to "+/" in standard base64
_PAD = b"\n"

_METRIC_JSON = "json_object(" + ", ".join(f"'{name}', {name}" for name in METRIC_ITEM_FIELDS) + ")"


def _page_sql(feed: str) -> str:
    # Table and column names come from FEEDS and the schema, never from a request.
    item = _METRIC_JSON if feed == "metrics" else "body"
    rows = f"SELECT {item} AS item, seq FROM {feed} WHERE seq > ? ORDER BY seq LIMIT ?"  # noqa: S608
    # The subquery is read in seq order, so group_concat sees the rows in that order.
    return f"SELECT group_concat(item, ','), max(seq), count(*) FROM ({rows})"  # noqa: S608


_PAGE_SQL: dict[str, str] = {feed: _page_sql(feed) for feed in FEEDS}
_MORE_SQL: dict[str, str] = {
    feed: f"SELECT EXISTS (SELECT 1 FROM {feed} WHERE seq > ?)" for feed in FEEDS  # noqa: S608
}


@dataclass(frozen=True)
class Page:
    items_json: str  # the items, comma-separated, without the brackets
    count: int
    last_seq: int
    next_cursor: str
    has_more: bool

    def data_json(self) -> bytes:
        more = b"true" if self.has_more else b"false"
        return b"".join((
            b'{"items":[', self.items_json.encode("utf-8"), b'],"next_cursor":"',
            self.next_cursor.encode("ascii"), b'","has_more":', more, b"}",
        ))


def encode_cursor(feed: str, epoch: int, seq: int) -> str:
    raw = _MAGIC + f"{feed}|{epoch}|{seq}".encode("ascii")
    # Pad to a length of 3k+1 so the text always ends in "==".
    raw += _PAD * ((1 - len(raw)) % 3)
    return base64.b64encode(raw).decode("ascii")


def decode_cursor(cursor: str, feed: str, epoch: int) -> int:
    """The last seq a cursor points at, or 40001 saying what is wrong with it."""
    try:
        raw = base64.b64decode(cursor.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raw = b""
    parts = raw[len(_MAGIC):].rstrip(_PAD).split(b"|") if raw.startswith(_MAGIC) else []
    if len(parts) != 3 or not parts[1].lstrip(b"-").isdigit() or not parts[2].isdigit():
        raise errors.invalid("invalid cursor: not a cursor issued by this server")
    owner = parts[0].decode("ascii", "replace")
    if owner != feed:
        raise errors.invalid(f"invalid cursor: it belongs to the {owner} feed, not {feed}")
    if int(parts[1]) != epoch:
        raise errors.invalid(CURSOR_EXPIRED)
    return int(parts[2])


def parse_page_size(raw: str | None, feed: str) -> int:
    if raw is None:
        return DEFAULT_PAGE_SIZE[feed]
    text = raw.strip()
    if not text.isdigit() or not 1 <= int(text) <= MAX_PAGE_SIZE:
        # Never clamp: a client asking for 5000 has a bug worth seeing.
        raise errors.invalid(f"page_size must be an integer from 1 to {MAX_PAGE_SIZE}, got {raw!r}")
    return int(text)


def read_page(conn: sqlite3.Connection, feed: str, after_seq: int, limit: int, epoch: int) -> Page:
    items, last_seq, count = conn.execute(_PAGE_SQL[feed], (after_seq, limit)).fetchone()
    if not count:
        # Nothing new: hand back a cursor at the same place so the client can poll later.
        return Page("", 0, after_seq, encode_cursor(feed, epoch, after_seq), False)
    (more,) = conn.execute(_MORE_SQL[feed], (last_seq,)).fetchone()
    return Page(items, count, last_seq, encode_cursor(feed, epoch, last_seq), bool(more))
