"""The worklist's table: several rows selectable, Enter or double-click opens the seller,
the context menu offers the page's actions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from ui.dense_table import DenseTable

# Typical widths in digit widths: severity, seller, rule, message, distance, value,
# threshold, window, first seen, status.
WIDTHS = (9, 24, 18, 40, 30, 8, 8, 6, 12, 14)


class FlagTable(DenseTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, selection=QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setObjectName("flagTable")
        self.menu_actions: Sequence[QAction | None] = ()  # None: a separator

    def apply_widths(self) -> None:
        digit = self.fontMetrics().horizontalAdvance("0")
        header = self.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            title = str(self.model().headerData(column, Qt.Orientation.Horizontal))
            self.setColumnWidth(column, max(digit * width,
                                            header.fontMetrics().horizontalAdvance(title) + 24))

    def selected_positions(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        if not self.menu_actions:
            return
        menu = QMenu(self)
        for action in self.menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(event.globalPos())
