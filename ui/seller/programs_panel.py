"""Programs: the seller's enrollments, then the marketplace's other active programs with
their criteria in words ("SPS ≥ 3.5 · Late-dispatch rate ≤ 4% over 30 days").

Whether the seller meets them is the flags engine's call; this panel only states them.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.seller_detail import ProgramItem
from ui import formatting
from ui.seller.tables import read_only_table
from ui.seller.words import SellerWords

_OPS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "==": "=", "!=": "≠"}
# Criteria on these metrics are ratios and read as percentages.
_RATIO_METRICS = frozenset({
    "late_dispatch_rate", "cancellation_rate", "on_time_delivery_rate", "return_rate",
    "negative_review_rate", "im_response_rate", "conversion_rate", "content_share",
    "gmv_growth"})


class CriteriaText(QObject):
    def criterion(self, criterion: dict[str, Any], words: SellerWords) -> str:
        metric = criterion["metric"]
        op = _OPS.get(criterion["op"], criterion["op"])
        value = _value(metric, criterion["value"])
        name = words.metric(metric)
        if criterion.get("window_days"):
            return self.tr("{metric} {op} {value} over {days} days").format(
                metric=name, op=op, value=value,
                days=formatting.integer(criterion["window_days"]))
        return self.tr("{metric} {op} {value}").format(metric=name, op=op, value=value)

    def criteria(self, criteria: list[dict[str, Any]], words: SellerWords) -> str:
        if not criteria:
            return self.tr("No published criteria")
        return " · ".join(self.criterion(c, words) for c in criteria)


def _value(metric: str, text: str) -> str:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    if not number.is_finite():
        return text
    if metric in _RATIO_METRICS:
        # As many decimals as the platform wrote: 0.04 is "4%", 0.025 is "2.5%".
        places = min(2, max(0, -int((number * 100).normalize().as_tuple().exponent)))
        return formatting.percent(float(number), places)
    if number == number.to_integral():
        return formatting.integer(int(number))
    return formatting.decimal(number, max(1, -number.as_tuple().exponent))


class ProgramsPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programsPanel")
        self.setTitle(self.tr("Programs"))
        self._words = SellerWords(self)
        self._criteria = CriteriaText(self)
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("No programs in the catalog for this marketplace."))
        self.empty.setObjectName("programsEmpty")
        layout.addWidget(self.empty)
        self.table = read_only_table(
            self, "programsTable", [self.tr("Program"), self.tr("Status"), self.tr("Criteria")])
        layout.addWidget(self.table)

    def set_programs(self, programs: list[ProgramItem]) -> None:
        self.empty.setVisible(not programs)
        self.table.setVisible(bool(programs))
        self.table.setRowCount(len(programs))
        for row, program in enumerate(programs):
            name = program.name or program.program_id
            if not program.active:
                name = self.tr("{name} (closed)").format(name=name)
            criteria = self._criteria.criteria(program.criteria, self._words)
            cells = (name, self._words.enrollment_status(program.status), criteria)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(program.description or "" if column == 0 else text)
                self.table.setItem(row, column, item)
        self.table.setFixedHeight(
            max(1, len(programs)) * self.table.verticalHeader().defaultSectionSize()
            + self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth())

    def criteria_text(self, row: int) -> str:
        item = self.table.item(row, 2)
        return item.text() if item else ""
