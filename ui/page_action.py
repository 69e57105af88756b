"""An action that belongs to one page: its key works while the focus is anywhere in that
page (not in the rest of the window), and its tooltip names the key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.top_bar import shortcut_text


def page_action(page: QWidget, text: str, key: str, slot: Callable[[], object],
                name: str) -> QAction:
    action = QAction(text, page)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(f"{text.replace('&', '')} ({shortcut_text(key)})")
    action.triggered.connect(slot)
    page.addAction(action)
    return action
