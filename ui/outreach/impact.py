"""What an entry changed: each key metric at the time of contact beside the 30 days after,
with an arrow coloured by whether the move is good (green) or bad (red) for the seller.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from app.outreach.model import IMPACT_DAYS, MetricMove, OutreachEntry
from db.units import MONEY_SCALE
from ui import formatting
from ui.context import AppContext
from ui.outreach.words import OutreachWords
from ui.seller import levels
from ui.seller.tables import read_only_table

log = logging.getLogger(__name__)
# Metrics where a rise is good news; for the others (rates of trouble, points) a fall is.
HIGHER_IS_BETTER = frozenset({"gmv_30d", "orders_30d", "sps", "ahr"})
RATES = frozenset({"late_dispatch_rate", "cancellation_rate", "negative_review_rate"})
# Sums over a window: while the 30 days after still run they are compared per day.
SUMS = frozenset({"gmv_30d", "orders_30d"})
UP, DOWN, FLAT = "↑", "↓", "→"


def _impact(ctx: AppContext, client_id: str) -> list[MetricMove]:
    from app.outreach.service import OutreachService

    return OutreachService(ctx.workspace.engine).impact(client_id)


def value_text(metric: str, value: float | None) -> str:
    if value is None:
        return formatting.NO_VALUE
    if metric in RATES:
        return formatting.percent(value, 2)
    if metric == "gmv_30d":  # in currency units (the snapshot's), shown as money
        return formatting.money(round(value * MONEY_SCALE))
    if metric == "sps":
        return formatting.decimal(value, 2)
    return formatting.integer(round(value))


def comparable(move: MetricMove) -> tuple[float, float] | None:
    """Before and after on the same footing: a sum over fewer days is taken per day."""
    if move.before is None or move.after is None or move.days_after <= 0:
        return None
    if move.metric in SUMS and move.days_after < IMPACT_DAYS:
        return move.before / IMPACT_DAYS, move.after / move.days_after
    return move.before, move.after


def move_level(metric: str, move: MetricMove) -> tuple[str, str | None]:
    """The arrow and its colour level (growth, critical, or None when flat or unknown)."""
    pair = comparable(move)
    if pair is None:
        return "", None
    before, after = pair
    if after == before:
        return FLAT, None
    rising = after > before
    good = rising == (metric in HIGHER_IS_BETTER)
    return (UP if rising else DOWN), (levels.GROWTH if good else levels.CRITICAL)


class ImpactTable(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impactTable")
        self.ctx = ctx
        self.client_id: str | None = None
        self.moves: list[MetricMove] = []
        self._request = 0
        self.words = OutreachWords(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("impactCaption")
        self.caption.setWordWrap(True)
        self.table = read_only_table(self, "impactMoves", [
            self.tr("Metric"), self.tr("At contact"), self.tr("After"), self.tr("Change")])
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        self.show_entry(None)

    def show_entry(self, entry: OutreachEntry | None) -> None:
        self._request += 1
        self.client_id = entry.client_id if entry else None
        self.table.setRowCount(0)
        self.table.hide()
        if entry is None:
            self.caption.setText(self.tr("Select an entry to see the seller's key metrics "
                                         "before and after it."))
            return
        self.caption.setText(self.tr("Reading the impact…"))
        request, ctx, client_id = self._request, self.ctx, entry.client_id
        ctx.taskman.run_in_background(lambda: _impact(ctx, client_id),
                                      lambda future: self._on_read(request, future))

    def _on_read(self, request: int, future: Future[list[MetricMove]]) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed (or was rebuilt) while this was read
        if request != self._request:
            return
        error = future.exception()
        if error is not None:
            log.warning("impact of %s: cannot read", self.client_id, exc_info=error)
            self.caption.setText(self.tr("The impact could not be read: {reason}").format(
                reason=getattr(error, "message", str(error))))
            return
        self.set_moves(future.result())

    def change_text(self, move: MetricMove, arrow: str) -> str:
        """"↓ 0.13 pp" for rates, "↑ 12.5%" (per day while running) for the others."""
        pair = comparable(move)
        if pair is None or arrow == FLAT:
            return arrow
        before, after = pair
        if move.metric in RATES:
            return self.tr("{arrow} {points} pp").format(
                arrow=arrow, points=formatting.decimal(abs(after - before) * 100, 2))
        if before == 0:
            return arrow
        return f"{arrow} {formatting.percent(abs(after - before) / abs(before), 1)}"

    def set_moves(self, moves: list[MetricMove]) -> None:
        self.moves = moves
        if not moves:
            self.caption.setText(self.tr("No metrics were recorded at the time of this "
                                         "contact."))
            return
        days = min(move.days_after for move in moves)
        if days <= 0:
            caption = self.tr("Impact: no data since this contact yet.")
        elif days < IMPACT_DAYS:
            caption = self.tr("Impact so far: {days} of {total} days after the contact "
                              "(sums compared per day).").format(
                days=formatting.integer(days), total=formatting.integer(IMPACT_DAYS))
        else:
            caption = self.tr("Impact: the {total} days after the contact.").format(
                total=formatting.integer(IMPACT_DAYS))
        self.caption.setText(caption)
        self.table.setRowCount(len(moves))
        for row, move in enumerate(moves):
            arrow, level = move_level(move.metric, move)
            cells = (self.words.metric(move.metric), value_text(move.metric, move.before),
                     value_text(move.metric, move.after), self.change_text(move, arrow))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                colour = levels.colour(level, self.palette()) if column == 3 else None
                if colour:
                    item.setForeground(QBrush(QColor(colour)))
                item.setData(Qt.ItemDataRole.UserRole, level)
                self.table.setItem(row, column, item)
        self.table.setFixedHeight(
            len(moves) * self.table.verticalHeader().defaultSectionSize()
            + self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth())
        self.table.show()
