"""One progress callback shape for every consumer (command line, window, benchmarks)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class SyncProgress:
    phase: str                 # "programs", a feed name, "summaries", "flags", "done"
    feed_items: int            # items stored in the current feed during this run
    items: int                 # items stored in this run, all feeds
    pages: int                 # pages stored in this run, all feeds
    rate: float                # items per second over this run
    eta_seconds: float | None  # None when the remaining amount cannot be estimated
    estimated_total: int | None = None


ProgressCallback = Callable[[SyncProgress], None]


class ProgressMeter:
    def __init__(self, callback: ProgressCallback | None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._callback = callback
        self._clock = clock
        self._started = clock()
        self.items = 0
        self.pages = 0
        self.feed_items = 0
        self._feed_started = self._started
        self.phase = "programs"

    def start_phase(self, phase: str) -> None:
        self.phase = phase
        self.feed_items = 0
        self._feed_started = self._clock()
        self._emit(None)

    def page_stored(self, count: int, estimated_total: int | None = None) -> None:
        self.items += count
        self.feed_items += count
        self.pages += 1
        self._emit(estimated_total)

    def _emit(self, estimated_total: int | None) -> None:
        if self._callback is None:
            return
        now = self._clock()
        rate = self.items / max(now - self._started, 1e-6)
        feed_rate = self.feed_items / max(now - self._feed_started, 1e-6)
        eta = None
        if estimated_total is not None and estimated_total > self.feed_items and feed_rate > 0:
            eta = (estimated_total - self.feed_items) / feed_rate
        self._callback(SyncProgress(self.phase, self.feed_items, self.items, self.pages, rate,
                                    eta, estimated_total))
