"""A sorted column's label ends before its sort arrow begins."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyleOption, QTableWidget, QTableWidgetItem, QWidget

from ui.header_style import SortArrowRoom


class RecordingStyle(SortArrowRoom):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.labels: list[QRect] = []
        self.arrows: list[QRect] = []

    def drawItemText(self, painter: QPainter, rect: QRect, *args: Any) -> None:  # noqa: N802
        self.labels.append(QRect(rect))
        super().drawItemText(painter, rect, *args)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow:
            self.arrows.append(QRect(option.rect))
        super().drawPrimitive(element, option, painter, widget)


def test_right_aligned_label_stops_before_the_arrow(qtbot: Any) -> None:
    table = QTableWidget(2, 1)
    qtbot.addWidget(table)
    header_item = QTableWidgetItem("GMV 30d")
    header_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    table.setHorizontalHeaderItem(0, header_item)
    header = table.horizontalHeader()
    style = RecordingStyle(header.style().name())
    style.setParent(header)
    header.setStyle(style)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    header.resizeSection(0, header.fontMetrics().horizontalAdvance("GMV 30d") + 24)
    table.resize(300, 120)
    table.grab()
    assert style.arrows, "the style drew no sort arrow"
    arrow = style.arrows[-1]
    label = style.labels[-1]
    assert label.right() < arrow.left() or arrow.right() < label.left()
