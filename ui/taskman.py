"""Background work for the window, after Anki's taskman: one worker for the cache (so writes
never race), a small pool for the network, results delivered on the GUI thread by signal.

Nothing here calls processEvents(): the event loop stays the only loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskManager(QObject):
    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cache")
        self._network = ThreadPoolExecutor(max_workers=2, thread_name_prefix="network")
        # Queued even when emitted on the GUI thread (a task that finished before its
        # callback was attached): on_done must never run inside run_in_background.
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
        self.pending = 0
        self.closed = False

    def run_in_background(
        self,
        task: Callable[[], T],
        on_done: Callable[[Future[T]], None] | None = None,
        *,
        network: bool = False,
    ) -> Future[T]:
        """Run `task` off the GUI thread; `on_done(future)` then runs on the GUI thread.

        After shutdown nothing runs: the returned future is cancelled and `on_done` is never
        called. A result delivered while the window closes may still ask for more work.
        """
        if self.closed:
            refused: Future[T] = Future()
            refused.cancel()
            return refused
        self.pending += 1
        executor = self._network if network else self._cache_worker
        future = executor.submit(task)
        future.add_done_callback(lambda done: self._deliver.emit((done, on_done)))
        return future

    @Slot(object)
    def _on_deliver(
        self, payload: tuple[Future[Any], Callable[[Future[Any]], None] | None]
    ) -> None:
        future, on_done = payload
        self.pending -= 1
        if future.cancelled() or self.closed:
            return  # cancelled at shutdown: the screen that asked may be gone
        if on_done is not None:
            on_done(future)
        elif future.exception() is not None:
            log.error("background task failed", exc_info=future.exception())

    def shutdown(self) -> None:
        self.closed = True
        self._network.shutdown(wait=True, cancel_futures=True)
        self._cache_worker.shutdown(wait=True, cancel_futures=True)
