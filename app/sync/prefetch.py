"""Fetch the next feed page while the current one is being written.

The platform's work on page N+1 and our validation of it overlap with SQLite writing
page N (sqlite3 releases the GIL while it steps). Only this thread uses the client while
a feed is read, so the keep-alive session is never shared between threads.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

from app.platform.client import FeedPage, PartnerClient

_DONE = object()


class PagePrefetcher:
    def __init__(self, client: PartnerClient, feed: str, cursor: str | None,
                 page_size: int | None, depth: int = 2) -> None:
        self._client = client
        self._feed = feed
        self._cursor = cursor
        self._page_size = page_size
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"prefetch-{feed}", daemon=True)

    def __enter__(self) -> Iterator[FeedPage]:
        self._thread.start()
        return self._pages()

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        while self._thread.is_alive():
            # Unblock a producer waiting on a full queue, then let it see the stop flag.
            try:
                self._queue.get_nowait()
            except queue.Empty:
                self._thread.join(timeout=0.05)

    def _pages(self) -> Iterator[FeedPage]:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            assert isinstance(item, FeedPage)
            yield item

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        cursor = self._cursor
        try:
            while not self._stop.is_set():
                page = self._client.feed_page(self._feed, cursor, self._page_size)
                if not self._put(page) or not page.has_more:
                    break
                cursor = page.next_cursor
        except BaseException as error:  # noqa: BLE001 - handed to the consumer to raise
            self._put(error)
            return
        self._put(_DONE)
