"""The two worklist actions that need an answer first: snooze until a date, dismiss with a
reason. Each dialog only collects the answer; the page runs the action.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

DEFAULT_SNOOZE_DAYS = 7


class SnoozeDialog(QDialog):
    def __init__(self, count: int, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(self.tr("Snooze flags"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Hide {count} flag(s) from the open list until this date; "
                               "they come back by themselves then.").format(count=count))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.date = QDateEdit(self)
        self.date.setObjectName("snoozeUntil")
        self.date.setCalendarPopup(True)
        first = today + dt.timedelta(days=1)
        self.date.setMinimumDate(QDate(first.year, first.month, first.day))
        default = today + dt.timedelta(days=DEFAULT_SNOOZE_DAYS)
        self.date.setDate(QDate(default.year, default.month, default.day))
        layout.addWidget(self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Snooze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def until(self) -> dt.date:
        chosen = self.date.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())


class DismissDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dismissDialog")
        self.setWindowTitle(self.tr("Dismiss flags"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Dismiss {count} flag(s). Say why, so you and your team know "
                               "later; a flag comes back if it gets worse.").format(count=count))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("dismissReason")
        self.reason.setPlaceholderText(self.tr("Reason (required), e.g. \"agreed plan with "
                                               "the seller, review in a month\""))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        layout.addWidget(self.reason)
        self.hint = QLabel(self.tr("A reason is required."))
        self.hint.setObjectName("dismissHint")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Dismiss"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _check(self) -> None:
        filled = bool(self.text())
        self.ok.setEnabled(filled)
        self.hint.setVisible(not filled)

    def accept(self) -> None:
        if not self.text():
            return  # Enter in an empty dialog: nothing to dismiss with, keep it open
        super().accept()
