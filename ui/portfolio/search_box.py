"""The portfolio's search field: filters as you type after a short pause; Esc clears."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.portfolio.menus import shortcut_text

# Long enough that a burst of keystrokes filters once, short enough to feel immediate.
DEBOUNCE_MS = 120


class SearchBox(QLineEdit):
    search_changed = Signal(str)
    leave_requested = Signal()  # Esc on an empty field or Down: back to the table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioSearch")
        self.setClearButtonEnabled(True)
        find = shortcut_text("Ctrl+F")
        self.setPlaceholderText(self.tr("Search name, shop code or contact ({shortcut} or /)")
                                .format(shortcut=find))
        self.setToolTip(self.tr(
            "Shop name, shop code, contact name, phone, e-mail or IM handle, in Chinese or "
            "English; case does not matter.\n{shortcut} or / to come here, Esc to clear, Down "
            "arrow to the table").format(shortcut=find))
        self._emitted = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(lambda _text: self._timer.start())

    @property
    def current(self) -> str:
        """The search in force (what was last emitted), not what is half typed."""
        return self._emitted

    def set_now(self, text: str) -> None:
        """Set the text and apply it at once (a saved view), without the pause."""
        self.blockSignals(True)
        self.setText(text)
        self.blockSignals(False)
        self._timer.stop()
        self._emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape:
            if self.text():
                self.set_now("")
            else:
                self.leave_requested.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Down:
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _emit(self) -> None:
        text = self.text()
        if text != self._emitted:
            self._emitted = text
            self.search_changed.emit(text)
