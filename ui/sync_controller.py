"""Runs syncs in the background and tells the window how they go.

The sync thread does all the work (network, SQLite, summaries); the GUI thread only gets
throttled progress by a queued signal and the outcome through the task manager. Progress is
shown only when a sync lasts longer than PROGRESS_DELAY_MS, as Anki does, so a quick
incremental sync flashes nothing. A controller lives as long as its profile's context, so
the window can be rebuilt (language switch) while a sync runs.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.errors import Cancelled, KnownError, NeedsSignIn
from app.platform.errors import Unreachable
from app.platform.retry import RetryPolicy
from app.sync.progress import SyncProgress
from app.sync_status import CacheStatus, read_status
from ui.changes import Changes
from ui.context import AppContext
from ui.error_words import error_text

if TYPE_CHECKING:
    from app.sync.engine import SyncResult

log = logging.getLogger(__name__)
PROGRESS_DELAY_MS = 600
PROGRESS_INTERVAL_S = 0.1  # ~10 updates a second is smooth and costs the GUI nothing


class Outcome(Enum):
    DONE = "done"
    CANCELLED = "cancelled"
    OFFLINE = "offline"
    NEEDS_SIGN_IN = "needs_sign_in"
    FAILED = "failed"


@dataclass(frozen=True)
class SyncOutcome:
    kind: Outcome
    finished_at: dt.datetime
    items: int = 0
    seconds: float = 0.0
    message: str = ""  # the KnownError's words for FAILED and NEEDS_SIGN_IN


class SyncController(QObject):
    running_changed = Signal(bool)
    progress_shown = Signal()          # the sync has run past the delay: show its progress
    progress = Signal(object)          # SyncProgress, throttled
    finished = Signal(object)          # SyncOutcome
    online_changed = Signal(object)    # True, False, or None (not known yet)
    needs_sign_in = Signal(str)
    status_changed = Signal(object)    # CacheStatus
    schedule_changed = Signal()        # next auto-sync moved
    retired = Signal()                 # its profile is closing: start nothing new on it
    _from_worker = Signal(object, int)

    def __init__(self, ctx: AppContext, *, policy: RetryPolicy | None = None,
                 progress_delay_ms: int = PROGRESS_DELAY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._policy = policy
        self._cancel = threading.Event()
        self._run_id = 0
        self._running = False
        self._retired = False
        self.progress_visible = False
        self.latest: SyncProgress | None = None
        self.last_outcome: SyncOutcome | None = None
        self.online: bool | None = None
        self.status: CacheStatus | None = None
        self.next_auto_sync: dt.datetime | None = None
        self._delay = QTimer(self, singleShot=True, interval=progress_delay_ms)
        self._delay.timeout.connect(self._show_progress)
        self._auto = QTimer(self, singleShot=True)
        self._auto.timeout.connect(self._auto_sync)
        self._from_worker.connect(self._on_worker_progress)
        self.set_auto_sync_minutes(ctx.settings.auto_sync_minutes)

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def policy(self) -> RetryPolicy | None:
        """The retry policy its clients use (the outbox pusher uses the same)."""
        return self._policy

    def start(self, *, full: bool = False) -> bool:
        """Start a sync unless one runs; False when one was already running."""
        if self._running or self._retired:
            return False
        self._run_id += 1
        run_id = self._run_id
        self._cancel = threading.Event()
        self._running = True
        self.progress_visible = False
        self.latest = None
        self._delay.start()
        self.running_changed.emit(True)
        cancel = self._cancel
        self._ctx.taskman.run_in_background(
            lambda: self._sync(run_id, cancel, full),
            lambda future: self._on_done(run_id, future),
            network=True,
        )
        return True

    def cancel(self) -> None:
        """Stop after the page being stored; everything committed so far stays."""
        if self._running:
            self._cancel.set()

    def shutdown(self) -> None:
        """Stop timers and any sync; a running one still reports its end (running_changed)."""
        self._retired = True
        self._auto.stop()
        self._delay.stop()
        self._cancel.set()
        self.retired.emit()

    def set_auto_sync_minutes(self, minutes: int) -> None:
        """0 turns auto-sync off; otherwise the next one is `minutes` from now."""
        self._auto.stop()
        if minutes > 0:
            self._auto.setInterval(minutes * 60_000)
            self._auto.start()
            self.next_auto_sync = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes)
        else:
            self.next_auto_sync = None
        self.schedule_changed.emit()

    def refresh_status(self) -> None:
        engine = self._ctx.workspace.engine
        self._ctx.taskman.run_in_background(lambda: read_status(engine), self._on_status)

    # Runs on the sync thread: nothing here may touch a widget.
    def _sync(self, run_id: int, cancel: threading.Event, full: bool) -> SyncResult:
        workspace = self._ctx.workspace
        last_sent = [0.0, ""]

        def report(update: SyncProgress) -> None:
            now = time.monotonic()
            if update.phase != last_sent[1] or now - last_sent[0] >= PROGRESS_INTERVAL_S:
                last_sent[:] = [now, update.phase]
                self._from_worker.emit(update, run_id)

        client = workspace.client(self._policy)
        try:
            # Loaded on the worker thread: the window's start never pays for the client.
            from app.sync.engine import SyncEngine

            engine = SyncEngine(client, workspace.engine, on_progress=report, cancel=cancel)
            return engine.run(full=full)
        finally:
            client.close()

    @Slot(object, int)
    def _on_worker_progress(self, update: SyncProgress, run_id: int) -> None:
        if run_id != self._run_id or not self._running:
            return  # a late page of a sync that has already ended
        self.latest = update
        if self.progress_visible:
            self.progress.emit(update)

    def _show_progress(self) -> None:
        if not self._running:
            return
        self.progress_visible = True
        self.progress_shown.emit()
        if self.latest is not None:
            self.progress.emit(self.latest)

    def _on_done(self, run_id: int, future: Future[SyncResult]) -> None:
        if run_id != self._run_id or not shiboken6.isValid(self):
            return
        self._running = False
        self._delay.stop()
        outcome = self._outcome(future)
        self.last_outcome = outcome
        online = {Outcome.DONE: True, Outcome.CANCELLED: True, Outcome.OFFLINE: False}.get(
            outcome.kind, self.online)
        if online is not self.online:
            self.online = online
            self.online_changed.emit(online)
        self.running_changed.emit(False)
        self.finished.emit(outcome)
        if self._retired:
            return  # its profile is closing: nothing on screen shows this cache any more
        if outcome.kind in (Outcome.DONE, Outcome.CANCELLED):
            # A cancelled sync still stored whole pages: the screens must show them.
            self._ctx.changes.announce(Changes.everything("sync"))
        self.refresh_status()
        if outcome.kind is Outcome.NEEDS_SIGN_IN:
            self.needs_sign_in.emit(outcome.message)
        if self._ctx.settings.auto_sync_minutes > 0:
            self.set_auto_sync_minutes(self._ctx.settings.auto_sync_minutes)

    def _outcome(self, future: Future[SyncResult]) -> SyncOutcome:
        now = dt.datetime.now(dt.UTC)
        items = self.latest.items if self.latest is not None else 0
        error = future.exception()
        if error is None:
            result = future.result()
            return SyncOutcome(Outcome.DONE, now, result.items, result.seconds)
        if isinstance(error, Cancelled):
            return SyncOutcome(Outcome.CANCELLED, now, items)
        if isinstance(error, Unreachable):
            log.info("sync: platform unreachable: %s", error.message)
            return SyncOutcome(Outcome.OFFLINE, now, items, message=error_text(error))
        if isinstance(error, NeedsSignIn):
            return SyncOutcome(Outcome.NEEDS_SIGN_IN, now, items,
                               message=error_text(error))
        if isinstance(error, KnownError):
            log.warning("sync failed: %s", error.message)
            return SyncOutcome(Outcome.FAILED, now, items, message=error_text(error))
        log.error("unexpected error in sync", exc_info=error)
        return SyncOutcome(Outcome.FAILED, now, items)

    def _on_status(self, future: Future[CacheStatus]) -> None:
        if self._retired or not shiboken6.isValid(self):
            return  # the profile was closed while its status was being read
        error = future.exception()
        if error is not None:
            log.warning("cannot read the cache status: %s", error)
            return
        self.status = future.result()
        self.status_changed.emit(self.status)

    def _auto_sync(self) -> None:
        if not self.start():
            self.set_auto_sync_minutes(self._ctx.settings.auto_sync_minutes)
