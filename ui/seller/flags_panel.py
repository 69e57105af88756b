"""The seller's risks and opportunities: open ones (and snoozed) plus those resolved in the
last 30 days, with what, how far from the line and the evidence; selecting one draws its
metric over 90 days against the thresholds.

The panel reads for itself on the cache worker, so the rest of the seller page does not wait.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.flags.service import FlagItem, FlagService, HealthView, MetricSeries
from app.workspace import Workspace
from ui import formatting
from ui.flags.values import evidence_text
from ui.flags.words import FlagWords, severity_colour
from ui.flags.worklist_data import rule_titles
from ui.seller.flag_chart import FlagChart
from ui.seller.tables import read_only_table
from ui.taskman import TaskManager

log = logging.getLogger(__name__)
RESOLVED_DAYS = 30
SHOWN_STATUSES = ("new", "acknowledged", "snoozed")
CHART_DAYS = 90


@dataclass(frozen=True)
class SellerFlags:
    items: list[FlagItem]
    titles: dict[str, str]
    health: HealthView | None


def read_seller_flags(workspace: Workspace, seller_id: str, language: str,
                      today: dt.date) -> SellerFlags:
    service = FlagService.for_workspace(workspace)
    since = (today - dt.timedelta(days=RESOLVED_DAYS)).isoformat()
    items = [item for item in service.flags(seller_id=seller_id, statuses=None)
             if item.status in SHOWN_STATUSES
             or (item.status == "resolved" and item.last_seen >= since)]
    return SellerFlags(items, rule_titles(workspace, language), service.health(seller_id))


class FlagsPanel(QGroupBox):
    loaded = Signal(object)  # SellerFlags
    chart_drawn = Signal(int)  # flag id

    def __init__(self, taskman: TaskManager, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.setObjectName("flagsPanel")
        self.setTitle(self.tr("Risks && opportunities"))
        self._taskman = taskman
        self._words = FlagWords(self)
        self._request = 0
        self.workspace: Workspace | None = None
        self.seller_id: str | None = None
        self.language = "en"
        self.items: list[FlagItem] = []
        self.drawn_flag_id: int | None = None  # whose metric the chart shows
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("Loading flags…"))
        self.empty.setObjectName("flagsEmpty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.table = read_only_table(self, "sellerFlagsTable", [
            self.tr("Severity"), self.tr("Rule"), self.tr("What and why"),
            self.tr("Distance to the line"), self.tr("Evidence"), self.tr("Status"),
            self.tr("Since")])
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        # The long texts get a fixed share (full text in the tooltip), so evidence, status
        # and date stay on screen.
        for column, digits in ((2, 44), (3, 34), (4, 26)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, self.fontMetrics().horizontalAdvance("0") * digits)
        self.table.hide()
        layout.addWidget(self.table)
        self.chart = FlagChart(self)
        layout.addWidget(self.chart)
        self.table.itemSelectionChanged.connect(self._on_selection)

    def load(self, workspace: Workspace, seller_id: str, language: str) -> None:
        self.workspace, self.seller_id, self.language = workspace, seller_id, language
        self._request += 1
        request = self._request
        self._taskman.run_in_background(
            lambda: read_seller_flags(workspace, seller_id, language, self._today()),
            lambda future: self._on_read(request, future))

    def _on_read(self, request: int, future: Future[SellerFlags]) -> None:
        if request != self._request or not shiboken6.isValid(self):
            return
        error = future.exception()
        if error is not None:
            log.error("cannot read the seller's flags", exc_info=error)
            self.items = []
            self._fill([], {})
            self.empty.setText(self.tr("The flags cannot be read right now; the details are "
                                       "in the log."))
            return
        data = future.result()
        selected = self._selected_id() if self.items and self.items[0].seller_id == \
            self.seller_id else None
        # Refilling moves the selection through rows that are not the user's choice: no
        # charts for those; one for the flag selected at the end.
        self.table.blockSignals(True)
        self.items = data.items
        self._fill(data.items, data.titles)
        position = next((i for i, item in enumerate(data.items) if item.flag_id == selected),
                        0 if data.items else None)
        self.table.clearSelection()
        if position is not None:
            self.table.selectRow(position)
        self.table.blockSignals(False)
        self._on_selection()
        self.loaded.emit(data)

    def _fill(self, items: list[FlagItem], titles: dict[str, str]) -> None:
        risks = sum(1 for i in items if i.kind == "risk" and i.status != "resolved")
        chances = sum(1 for i in items if i.kind == "opportunity" and i.status != "resolved")
        self.setTitle(self.tr("Risks && opportunities ({risks} risks, {opportunities} "
                              "opportunities open)").format(
                                  risks=formatting.integer(risks),
                                  opportunities=formatting.integer(chances)))
        self.empty.setText(self.tr("No open risks or opportunities for this seller: "
                                   "everything is within the rules."))
        self.empty.setVisible(not items)
        self.table.setVisible(bool(items))
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            title = titles.get(item.rule_id) or titles.get(item.rule_id.partition(":")[0]) \
                or item.rule_id
            cells = (self._words.severity(item.severity), title, item.message(self.language),
                     item.distance(self.language) or "",
                     evidence_text(item.evidence, self._words, item.currency), self._status(item),
                     formatting.date(item.first_seen))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (2, 3, 4):
                    cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            colour = severity_colour(item.severity, self.palette())
            if colour is not None and item.status != "resolved":
                self.table.item(row, 0).setForeground(QBrush(colour))
        # Up to six rows without a scroll bar (the page scrolls), room for a horizontal one.
        rows = min(6, max(1, len(items)))
        self.table.resizeRowsToContents()
        height = sum(self.table.rowHeight(r) for r in range(rows)) if items else \
            self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(
            height + self.table.horizontalHeader().sizeHint().height()
            + self.table.horizontalScrollBar().sizeHint().height() + 2 * self.table.frameWidth())
        if not items:
            self._say(self.tr("No flag to chart."))

    def _say(self, text: str) -> None:
        self.drawn_flag_id = None
        self.chart.say(text)

    def _status(self, item: FlagItem) -> str:
        status = self._words.status(item.status)
        if item.status == "snoozed" and item.snoozed_until:
            return self.tr("{status} until {date}").format(
                status=status, date=formatting.date(item.snoozed_until))
        return status

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.items):
            return None
        return self.items[rows[0].row()].flag_id

    def selected_flag(self) -> FlagItem | None:
        flag_id = self._selected_id()
        return next((i for i in self.items if i.flag_id == flag_id), None)

    def _on_selection(self) -> None:
        item = self.selected_flag()
        if item is None or self.workspace is None:
            return
        if item.metric is None or item.window_days is None:
            row = self.items.index(item)
            self._say(self.tr("{rule} has no daily metric to chart.").format(
                rule=self.table.item(row, 1).text()))
            return
        workspace, seller_id = self.workspace, item.seller_id
        metric, window, flag_id = item.metric, item.window_days, item.flag_id
        self._say(self.tr("Drawing the chart…"))
        self._taskman.run_in_background(
            lambda: FlagService.for_workspace(workspace).metric_series(
                seller_id, metric, window, CHART_DAYS),
            lambda future: self._on_series(flag_id, future))

    def _on_series(self, flag_id: int, future: Future[MetricSeries]) -> None:
        if not shiboken6.isValid(self) or self._selected_id() != flag_id:
            return
        error = future.exception()
        if isinstance(error, KnownError):
            # Counts and scores (violations, points, AHR) have no daily series to draw.
            self._say(self.tr("This flag's metric has no daily series to chart."))
            return
        if error is not None:
            log.error("cannot read the metric series", exc_info=error)
            self._say(self.tr("The chart cannot be drawn; the details are in the log."))
            return
        self.chart.draw(future.result())
        self.drawn_flag_id = flag_id
        self.chart_drawn.emit(flag_id)


