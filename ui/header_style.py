"""Header labels that leave room for the sort arrow.

Fusion and the other Qt styles draw a header's label across the whole section and the sort
arrow on top of its right end, so a right-aligned number column ("GMV 30d") loses its last
letters under the arrow. The label is narrowed by the arrow's size when a section is sorted.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

_NO_ARROW = QStyleOptionHeader.SortIndicator.None_


class SortArrowRoom(QProxyStyle):
    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,  # noqa: N802
                    painter: QPainter, widget: QWidget | None = None) -> None:
        if (element == QStyle.ControlElement.CE_HeaderLabel
                and isinstance(option, QStyleOptionHeader)
                and option.sortIndicator != _NO_ARROW):
            option = QStyleOptionHeader(option)
            room = (self.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, widget)
                    + self.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, widget))
            rect = QRect(option.rect)
            rect.setRight(rect.right() - room)
            option.rect = rect
        super().drawControl(element, option, painter, widget)


def give_sort_arrow_room(header: QHeaderView) -> None:
    """Only this header gets the proxy: the application's style and palette stay as they are."""
    style = SortArrowRoom(header.style().name())
    style.setParent(header)  # a widget does not own the style it is given
    header.setStyle(style)
