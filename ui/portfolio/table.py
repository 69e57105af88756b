"""The dense, keyboard-first table: Enter or double-click opens the seller under the cursor."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget

from ui.dense_table import DenseTable
from ui.portfolio.columns import COLUMNS, Missing

_CELL_PADDING = 14  # pixels either side of the text, and room for the sort arrow


class PortfolioTable(DenseTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, selection=QAbstractItemView.SelectionMode.SingleSelection)
        self.setObjectName("portfolioTable")
        self.horizontalHeader().setSectionsMovable(False)
        self.horizontalHeader().setStretchLastSection(False)

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
