"""Feed pages rendered off the event loop, and the next page rendered before it is asked for.

A client reads a feed page after page. While it decodes and stores page N, worker threads
already run the SQL of pages N+1 and N+2 and compress them (sqlite3 and zlib release the
GIL): the SQL of one page runs while the previous one is being compressed, so the answer
to the next request is mostly ready. A rendered page is only served while the
database is unchanged since it was rendered (same next_seq, same cursor epoch); otherwise
it is rendered again.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from sandbox.http_bits import GZIP_MIN_BYTES, deflate_final
from sandbox.store import Generation, SandboxStore

_Key = tuple[str, int, int, bool]  # feed, after seq, page size, compress ahead
CACHE_PAGES = 8
READ_AHEAD = 2  # pages rendered beyond the one just served


@dataclass(frozen=True)
class RenderedPage:
    tail: bytes  # the envelope's `data` value and its closing brace
    tail_deflated: bytes | None  # `tail` compressed ahead, for a gzip client and a large page
    count: int
    last_seq: int
    has_more: bool
    generation: Generation


class FeedPages:
    def __init__(self, store: SandboxStore, workers: int = 2) -> None:
        self.store = store
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sandbox-page")
        self._lock = threading.Lock()
        self._pages: OrderedDict[_Key, Future[RenderedPage]] = OrderedDict()
        self._closed = False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._pages.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)

    async def page(self, feed: str, cursor: str | None, page_size: str | None,
                   gzip: bool = True) -> RenderedPage:
        """The page a request asks for; ApiError (40001/40401) for a bad feed, cursor or size.

        `gzip`: whether this client takes gzip, so pages read ahead for it are compressed.
        """
        after, size = self.store.feed_position(feed, cursor, page_size)
        key = (feed, after, size, gzip)
        rendered = await asyncio.wrap_future(self._future(key))
        if rendered.generation != self.store.generation():
            rendered = await asyncio.wrap_future(self._future(key, fresh=True))
        self.store.page_served()
        if rendered.has_more:
            self._prefetch((feed, rendered.last_seq, size, gzip), ahead=READ_AHEAD - 1)
        return rendered

    def _future(self, key: _Key, fresh: bool = False) -> Future[RenderedPage]:
        with self._lock:
            known = self._pages.get(key)
            if known is not None and not fresh and not (known.done() and known.exception()):
                self._pages.move_to_end(key)
                return known
            if self._closed:
                raise RuntimeError("feed pages closed")
            return self._submit(key, 0)

    def _prefetch(self, key: _Key, ahead: int) -> None:
        """Render `key` (and `ahead` pages after it) in the background, unless known."""
        with self._lock:
            if not self._closed and key not in self._pages:
                self._submit(key, ahead)

    def _submit(self, key: _Key, ahead: int) -> Future[RenderedPage]:
        future = self._pool.submit(self._render, key, ahead)
        self._pages[key] = future
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        return future

    def _render(self, key: _Key, ahead: int) -> RenderedPage:
        feed, after, size, gzip = key
        page, generation = self.store.render_page(feed, after, size)
        if ahead > 0 and page.has_more:
            # Queue the next page's SQL now, so it runs while this one is compressed.
            self._prefetch((feed, page.last_seq, size, gzip), ahead=ahead - 1)
        tail = page.data_json() + b"}"
        deflated = deflate_final(tail) if gzip and len(tail) >= GZIP_MIN_BYTES else None
        return RenderedPage(tail, deflated, page.count, page.last_seq, page.has_more, generation)
