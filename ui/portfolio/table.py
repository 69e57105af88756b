"""The dense, keyboard-first table: Enter or double-click opens the seller under the cursor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.header_style import give_sort_arrow_room
from ui.portfolio.columns import COLUMNS, Missing

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CELL_PADDING = 14  # pixels either side of the text, and room for the sort arrow


class PortfolioTable(QTableView):
    # Emitted with the model row: Qt's `activated` differs by platform (macOS ignores
    # Enter) and double-click can emit it twice, so the page listens to this instead.
    row_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        rows = self.verticalHeader()
        rows.hide()
        # Fixed heights: a view never measures 10,000 rows to lay them out.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        give_sort_arrow_room(header)

    def apply_column_widths(self, missing_texts: dict[Missing, str]) -> None:
        """Widths from each column's typical content, never measured over the rows; wide
        enough for the column's header and for its "not enough data" or "no score"."""
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        for number, column in enumerate(COLUMNS):
            widths = (metrics.horizontalAdvance("0") * column.width,
                      metrics.horizontalAdvance(missing_texts.get(column.missing, "")),
                      header_metrics.horizontalAdvance(column.header) + _CELL_PADDING)
            self.setColumnWidth(number, max(widths) + _CELL_PADDING)

    def settle(self) -> None:
        """Lay the rows out now, so scroll positions can be restored right after a reset."""
        self.executeDelayedItemsLayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in _ENTER_KEYS and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            index = self.currentIndex()
            if index.isValid():
                self.row_activated.emit(index.row())
                event.accept()
                return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        index: QModelIndex = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            self.row_activated.emit(index.row())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
