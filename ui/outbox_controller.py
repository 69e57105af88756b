"""Pushes the outreach outbox in the background and keeps its counts for the window.

A push starts after every local save, after each sync that reached the platform, and every
few minutes while the platform is not known to be offline. It runs on the network pool;
app.sync.outbox.OutboxPusher does the HTTP and the cache writes. Offline or signed out, the
entries simply stay queued and the outcome says so in words.
"""

from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import Future
from dataclasses import dataclass
from enum import Enum

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import KnownError, NeedsSignIn
from app.outreach.model import OutboxCounts
from app.platform.errors import Unreachable
from app.platform.retry import RetryPolicy
from app.sync.outbox import PushResult
from ui.changes import Changes
from ui.context import AppContext
from ui.sync_controller import Outcome as SyncKind
from ui.sync_controller import SyncController, SyncOutcome

log = logging.getLogger(__name__)
PUSH_INTERVAL_MS = 3 * 60_000
SOURCE = "outbox"


class PushKind(Enum):
    DONE = "done"
    OFFLINE = "offline"
    NEEDS_SIGN_IN = "needs_sign_in"
    FAILED = "failed"


@dataclass(frozen=True)
class PushOutcome:
    kind: PushKind
    finished_at: dt.datetime
    result: PushResult | None = None
    message: str = ""


def _push(ctx: AppContext, policy: RetryPolicy | None) -> PushResult:
    from app.sync.outbox import OutboxPusher

    client = ctx.workspace.client(policy)
    try:
        return OutboxPusher(client, ctx.workspace.engine).push()
    finally:
        client.close()


def _counts(ctx: AppContext) -> OutboxCounts:
    from app.outreach.service import OutreachService

    return OutreachService(ctx.workspace.engine).outbox_counts()


class OutboxController(QObject):
    counts_changed = Signal(object)   # OutboxCounts
    running_changed = Signal(bool)
    pushed = Signal(object)           # PushOutcome

    def __init__(self, ctx: AppContext, sync: SyncController | None = None, *,
                 policy: RetryPolicy | None = None, interval_ms: int = PUSH_INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._policy = ctx, policy
        self.counts: OutboxCounts | None = None
        self.last_outcome: PushOutcome | None = None
        self.running = False
        self._again = False
        self._retired = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self._on_timer)
        self._timer.start()
        self._sync = sync
        if sync is not None:
            sync.finished.connect(self._on_sync_finished)
            sync.retired.connect(self.shutdown)
        ctx.changes.changed.connect(self._on_changes)
        self.refresh_counts()

    def shutdown(self) -> None:
        self._retired = True
        self._timer.stop()

    def refresh_counts(self) -> None:
        if self._retired:
            return  # the profile is closing: its cache is not to be opened again
        ctx = self._ctx
        ctx.taskman.run_in_background(lambda: _counts(ctx), self._on_counts)

    def push(self) -> bool:
        """Start a push now; while one runs, another follows it (False: it was queued)."""
        if self._retired:
            return False
        if self.running:
            self._again = True
            return False
        self.running = True
        self._again = False
        self.running_changed.emit(True)
        ctx, policy = self._ctx, self._policy
        ctx.taskman.run_in_background(lambda: _push(ctx, policy), self._on_pushed,
                                      network=True)
        return True

    def _offline(self) -> bool:
        sync_offline = self._sync is not None and self._sync.online is False
        push_offline = (self.last_outcome is not None
                        and self.last_outcome.kind is PushKind.OFFLINE)
        return sync_offline or push_offline

    def _on_timer(self) -> None:
        # Offline the timer still tries now and then: that is how it learns the way back.
        if self._has_work():
            self.push()

    def _on_sync_finished(self, outcome: SyncOutcome) -> None:
        # Not after a cancelled sync (the user stopping, or the profile closing), and not
        # when nothing waits: an empty push would only hold the cache open.
        if outcome.kind is SyncKind.DONE and self._has_work():
            self.push()

    def _has_work(self) -> bool:
        return self.counts is None or self.counts.pending > 0

    def _on_changes(self, changes: Changes) -> None:
        if self._retired:
            return
        # A sync never queues anything (it is followed by a push of its own), nor do this
        # controller's own announcements.
        if not changes.outreach_outbox or changes.source in (SOURCE, "sync"):
            return
        self.refresh_counts()
        if not self._offline():
            self.push()

    def _on_counts(self, future: Future[OutboxCounts]) -> None:
        if self._retired or not shiboken6.isValid(self):
            return
        error = future.exception()
        if error is not None:
            log.warning("cannot count the outbox: %s", error)
            return
        self.counts = future.result()
        self.counts_changed.emit(self.counts)

    def _on_pushed(self, future: Future[PushResult]) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        self.last_outcome = self._outcome(future)
        self.running_changed.emit(False)
        self.pushed.emit(self.last_outcome)
        if self._retired:
            return
        result = self.last_outcome.result
        if result is not None and (result.sent or result.rejected or result.conflicts):
            self._ctx.changes.announce(Changes(outreach=True, outreach_outbox=True,
                                               source=SOURCE))
        self.refresh_counts()
        if self._again and self.last_outcome.kind is PushKind.DONE:
            self.push()

    @staticmethod
    def _outcome(future: Future[PushResult]) -> PushOutcome:
        now = dt.datetime.now(dt.UTC)
        error = future.exception()
        if error is None:
            return PushOutcome(PushKind.DONE, now, future.result())
        if isinstance(error, Unreachable):
            return PushOutcome(PushKind.OFFLINE, now, message=error.message)
        if isinstance(error, NeedsSignIn):
            return PushOutcome(PushKind.NEEDS_SIGN_IN, now, message=error.message)
        if isinstance(error, KnownError):
            log.warning("outbox push failed: %s", error.message)
            return PushOutcome(PushKind.FAILED, now, message=error.message)
        log.error("unexpected error pushing the outbox", exc_info=error)
        return PushOutcome(PushKind.FAILED, now)
