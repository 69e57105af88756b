"""The top bar: global seller search, the sync button with its progress, profile, data as of."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.sync.progress import SyncProgress
from ui import formatting
from ui.sync_controller import SyncController

PROGRESS_STEPS = 1000


def shortcut_text(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class SyncWidget(QWidget):
    """The Sync button; while a sync runs past the delay, its progress and a Cancel button."""

    def __init__(self, sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.button = QToolButton(self)
        self.button.setObjectName("syncButton")
        self.button.setText(self.tr("Sync"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setToolTip(self.tr("Bring the local data up to date ({shortcut})").format(
            shortcut=shortcut_text("F5")))
        self.button.clicked.connect(self._start)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("syncProgressBar")
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(120)
        self.bar.setMaximumHeight(14)
        self.label = QLabel(self)
        self.label.setObjectName("syncProgressLabel")
        self.label.setMinimumWidth(330)
        self.cancel = QToolButton(self)
        self.cancel.setObjectName("syncCancelButton")
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop the sync and keep what has arrived ({shortcut})")
                               .format(shortcut=shortcut_text("Esc")))
        self.cancel.clicked.connect(sync.cancel)
        for widget in (self.button, self.bar, self.label, self.cancel):
            layout.addWidget(widget)
        self._set_progress_visible(False)

        sync.running_changed.connect(self._on_running)
        sync.progress_shown.connect(lambda: self._set_progress_visible(True))
        sync.progress.connect(self.show_progress)
        self._on_running(sync.is_running)
        if sync.is_running and sync.progress_visible:
            self._set_progress_visible(True)
            if sync.latest is not None:
                self.show_progress(sync.latest)

    def _start(self) -> None:
        self._sync.start()

    def _on_running(self, running: bool) -> None:
        # Nothing changes on screen at the start but the disabled button: a quick sync
        # should not flash a progress bar (the controller says when to show it).
        self.button.setEnabled(not running)
        if not running:
            self._set_progress_visible(False)

    def _set_progress_visible(self, visible: bool) -> None:
        if visible:
            self.bar.setRange(0, 0)
            self.label.setText(self.tr("Connecting…"))
            self.cancel.setEnabled(True)
        self.button.setVisible(not visible)
        for widget in (self.bar, self.label, self.cancel):
            widget.setVisible(visible)

    def show_progress(self, update: SyncProgress) -> None:
        if update.estimated_total:
            self.bar.setRange(0, PROGRESS_STEPS)
            done = min(1.0, update.feed_items / update.estimated_total)
            self.bar.setValue(round(done * PROGRESS_STEPS))
        else:
            self.bar.setRange(0, 0)  # busy: nothing says how much is left
        parts = [self.tr("{phase}: {items} items").format(
            phase=self.phase_name(update.phase), items=formatting.integer(update.items))]
        if update.rate >= 1:
            parts.append(formatting.rate(update.rate))
        if update.eta_seconds is not None:
            parts.append(self.tr("about {eta} left").format(
                eta=formatting.duration(update.eta_seconds)))
        self.label.setText(" · ".join(parts))

    def phase_name(self, phase: str) -> str:
        names = {
            "programs": self.tr("Program catalog"),
            "sellers": self.tr("Sellers"),
            "metrics": self.tr("Daily metrics"),
            "violations": self.tr("Violations"),
            "enrollments": self.tr("Enrollments"),
            "outreach": self.tr("Outreach"),
            "summaries": self.tr("Refreshing summaries"),
            "flags": self.tr("Checking the rules"),
            "done": self.tr("Finishing"),
        }
        return names.get(phase, phase)


class TopBar(QFrame):
    def __init__(self, sync: SyncController, profile_name: str, username: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(12)
        self.search = QLineEdit(self)
        self.search.setObjectName("globalSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a seller by name, shop code or contact "
                                               "({shortcut})").format(
            shortcut=shortcut_text("Ctrl+K")))
        self.search.setMinimumWidth(280)
        self.search.setMaximumWidth(460)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sync = SyncWidget(sync, self)
        self.profile = QLabel(self)
        self.profile.setObjectName("profileLabel")
        self.profile.setText(self.tr("Profile: {name}").format(name=profile_name))
        self.profile.setToolTip(self.tr("Signed in as {username}").format(username=username))
        self.as_of = QLabel(self)
        self.as_of.setObjectName("dataAsOfLabel")
        self.set_data_as_of(None)

        layout.addWidget(self.search, 1)
        layout.addStretch(0)
        layout.addWidget(self.sync)
        layout.addWidget(self.profile)
        layout.addWidget(self.as_of)

    def set_data_as_of(self, day: dt.date | None) -> None:
        if day is None:
            self.as_of.setText(self.tr("No data yet"))
            self.as_of.setToolTip(self.tr("Sync to fetch your portfolio ({shortcut})").format(
                shortcut=shortcut_text("F5")))
        else:
            self.as_of.setText(self.tr("Data as of {date}").format(date=formatting.date(day)))
            self.as_of.setToolTip(self.tr("The latest day of metrics in the local data"))
