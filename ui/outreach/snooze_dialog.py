"""Pick the day a follow-up comes back: a calendar, Enter to choose."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QVBoxLayout, QWidget


class SnoozeDialog(QDialog):
    chosen = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(self.tr("Snooze until"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("snoozeCalendar")
        tomorrow = QDate.currentDate().addDays(1)
        self.calendar.setMinimumDate(tomorrow)
        self.calendar.setSelectedDate(QDate.currentDate().addDays(7))
        self.calendar.activated.connect(lambda _date: self.accept())
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        # Enter anywhere in the dialog picks the day shown.
        box.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(box)
        self.calendar.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.activateWindow()  # Enter must reach this dialog, not the list behind it

    def date(self) -> dt.date:
        return self.calendar.selectedDate().toPython()

    def accept(self) -> None:
        self.chosen.emit(self.date())
        super().accept()
