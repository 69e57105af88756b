"""Menus and shortcuts shared by the portfolio's toolbar: a menu that stays open while
several entries are ticked, and shortcut names as the platform writes them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QMenu


def shortcut_text(sequence: str) -> str:
    """"Ctrl+F" as this platform shows it (⌘F on macOS)."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class StickyMenu(QMenu):
    """Click or Space toggles a checkable entry and keeps the menu open; Esc closes it."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        action = self.activeAction()
        if (event.key() == Qt.Key.Key_Space and action is not None and action.isCheckable()
                and action.isEnabled()):
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)
