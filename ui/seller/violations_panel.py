"""The seller's violations, active ones first, severity in colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import formatting
from ui.seller import levels
from ui.seller.tables import read_only_table
from ui.seller.words import SellerWords


class ViolationsPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("violationsPanel")
        self.setTitle(self.tr("Violations"))
        self._words = SellerWords(self)
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("No violations on record."))
        self.empty.setObjectName("violationsEmpty")
        layout.addWidget(self.empty)
        self.table = read_only_table(self, "violationsTable", [
            self.tr("Created"), self.tr("Policy"), self.tr("Severity"), self.tr("Points"),
            self.tr("Status"), self.tr("Expires"), self.tr("Details")])
        layout.addWidget(self.table)

    def set_violations(self, violations: list[dict[str, Any]]) -> None:
        words = self._words
        active = sum(v["points"] for v in violations if v["status"] == "active")
        self.setTitle(self.tr("Violations ({count}, {points} active points)").format(
            count=formatting.integer(len(violations)), points=formatting.integer(active)))
        self.empty.setVisible(not violations)
        self.table.setVisible(bool(violations))
        self.table.setRowCount(len(violations))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, v in enumerate(violations):
            details = v["description"] or ""
            if v["listing_id"] and v["listing_id"] not in details:
                details = f"{v['listing_id']}: {details}"
            cells = (
                formatting.date(_day(v["created_at"])), words.policy(v["policy"]),
                words.severity(v["severity"]), formatting.integer(v["points"]),
                words.violation_status(v["status"]), formatting.date(_day(v["expires_at"])),
                details)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(right)
                if column == 6:
                    item.setToolTip(details)
                self.table.setItem(row, column, item)
            colour = levels.colour(levels.severity_level(v["severity"]), self.palette())
            if colour and v["status"] == "active":
                self.table.item(row, 2).setForeground(QBrush(QColor(colour)))
        # Up to six rows without a scroll bar; the page itself scrolls.
        rows = min(6, max(1, len(violations)))
        self.table.setFixedHeight(
            rows * self.table.verticalHeader().defaultSectionSize()
            + self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth())


def _day(instant: str | None) -> str | None:
    # The contract's instants are UTC; a day is enough here and needs no time zone guess.
    return instant[:10] if instant else None
