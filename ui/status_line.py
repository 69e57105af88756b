"""The status bar: online or offline, the last sync's result in words, the outbox, the next
auto-sync."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.sync_status import CacheStatus
from ui import formatting
from ui.outbox_controller import OutboxController, PushKind
from ui.sync_controller import Outcome, SyncController, SyncOutcome
from ui.top_bar import shortcut_text

REFRESH_MS = 30_000  # "2 min ago" stays true to the minute without redrawing every second
OFFLINE_COLOURS = ("#b45309", "#fbbf24")  # amber on light, on dark


def meaning_colour(widget: QWidget, light_and_dark: tuple[str, str]) -> QColor:
    """One of two shades, whichever reads on the current (light or dark) palette."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(light_and_dark[1] if dark else light_and_dark[0])


def _colour(label: QLabel, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


class StatusLine(QStatusBar):
    def __init__(self, sync: SyncController, parent: QWidget | None = None, *,
                 outbox: OutboxController | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLine")
        self.setSizeGripEnabled(False)
        self._sync = sync
        self.online = QLabel(self)
        self.online.setObjectName("onlineLabel")
        self.last_sync = QLabel(self)
        self.last_sync.setObjectName("lastSyncLabel")
        self.next_sync = QLabel(self)
        self.next_sync.setObjectName("nextSyncLabel")
        self.addWidget(self.online)
        self.outbox = QLabel(self)
        self.outbox.setObjectName("outboxLabel")
        self._outbox = outbox
        self.addWidget(self.last_sync, 1)
        self.addPermanentWidget(self.outbox)
        self.addPermanentWidget(self.next_sync)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        for signal in (sync.finished, sync.online_changed, sync.status_changed,
                       sync.schedule_changed, sync.running_changed, sync.progress_shown):
            signal.connect(self.refresh)
        if outbox is not None:
            for signal in (outbox.counts_changed, outbox.pushed, outbox.running_changed):
                signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        online = self._sync.online
        outcome = self._sync.last_outcome
        says_offline = outcome is not None and outcome.kind is Outcome.OFFLINE
        # "Offline: cannot reach…" already says it: no second "Offline" beside it.
        self.online.setVisible(online is True or (online is False and not says_offline))
        self.online.setText(self.tr("Online") if online else self.tr("Offline"))
        normal = self.palette().color(QPalette.ColorRole.WindowText)
        amber = meaning_colour(self, OFFLINE_COLOURS)
        _colour(self.online, normal if online else amber)
        _colour(self.last_sync, amber if says_offline and not self._sync.is_running
                else normal)
        self.last_sync.setText(self.result_text())
        self.next_sync.setText(self.schedule_text())
        outbox = self.outbox_text()
        self.outbox.setText(outbox)
        self.outbox.setVisible(bool(outbox))
        counts = self._outbox.counts if self._outbox is not None else None
        needs_user = counts is not None and (counts.rejected or counts.conflicts)
        _colour(self.outbox, amber if needs_user else normal)

    def result_text(self) -> str:
        sync = self._sync
        if sync.is_running and sync.progress_visible:
            return self.tr("Syncing… everything stays usable meanwhile")
        outcome = sync.last_outcome
        if outcome is not None:
            return self._outcome_text(outcome)
        return self._cache_text(sync.status)

    def _outcome_text(self, outcome: SyncOutcome) -> str:
        when = formatting.relative_time(outcome.finished_at)
        count = formatting.integer(outcome.items)
        if outcome.kind is Outcome.DONE:
            if outcome.items == 0:
                return self.tr("Synced {when}: nothing new").format(when=when)
            return self.tr("Synced {count} items {when}").format(count=count, when=when)
        if outcome.kind is Outcome.CANCELLED:
            return self.tr("Sync cancelled {when}; {count} items received were kept").format(
                when=when, count=count)
        fixed = {
            Outcome.OFFLINE: self.tr("Offline: cannot reach the platform; showing cached data"),
            Outcome.NEEDS_SIGN_IN: self.tr("Sign in again to sync; showing cached data"),
        }
        if outcome.kind in fixed:
            return fixed[outcome.kind]
        if outcome.message:
            return self.tr("Sync failed: {message}").format(message=outcome.message)
        return self.tr("Sync failed unexpectedly; details are in the log file")

    def _cache_text(self, status: CacheStatus | None) -> str:
        if status is None:
            return self.tr("Reading local data…")
        if status.last_sync_at is None:
            return self.tr("Not synced yet: press {shortcut} to fetch your portfolio").format(
                shortcut=shortcut_text("F5"))
        return self.tr("Last synced {when}").format(
            when=formatting.relative_time(status.last_sync_at))

    def outbox_text(self) -> str:
        """"Outbox: 3 waiting, 1 rejected", with why nothing moves when offline."""
        outbox = self._outbox
        if outbox is None or outbox.counts is None:
            return ""
        counts = outbox.counts
        if counts.total == 0:
            return self.tr("Outbox: all sent")
        parts = []
        if counts.pending:
            parts.append(self.tr("{count} waiting").format(
                count=formatting.integer(counts.pending)))
        if counts.rejected:
            parts.append(self.tr("{count} rejected").format(
                count=formatting.integer(counts.rejected)))
        if counts.conflicts:
            parts.append(self.tr("{count} in conflict").format(
                count=formatting.integer(counts.conflicts)))
        text = self.tr("Outbox: {parts}").format(parts=self.tr(", ").join(parts))
        outcome = outbox.last_outcome
        if outbox.running:
            return self.tr("{outbox} (sending…)").format(outbox=text)
        if counts.pending and outcome is not None and outcome.kind is PushKind.OFFLINE:
            return self.tr("{outbox} (offline: sent when the platform is reachable)").format(
                outbox=text)
        if counts.pending and outcome is not None and outcome.kind is PushKind.NEEDS_SIGN_IN:
            return self.tr("{outbox} (sign in again to send)").format(outbox=text)
        return text

    def schedule_text(self) -> str:
        when = self._sync.next_auto_sync
        if when is None:
            return self.tr("Auto-sync off")
        return self.tr("Next auto-sync at {time}").format(time=formatting.time_of_day(when))
