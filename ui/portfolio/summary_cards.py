"""Cards above the table: sellers shown, GMV of 30 days with growth, sellers at risk.

They add up the rows on screen, so a filter or search changes them too. GMV is totalled per
currency (money in different currencies never adds up): the card shows the currency with the
most sellers and lists every currency in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.portfolio import CurrencyTotal, PortfolioTotals
from ui import formatting


class Card(QFrame):
    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Minimum, not Fixed: a long detail line wraps instead of being cut off.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.title = QLabel(title, self)
        self.value = QLabel(self)
        self.value.setObjectName(f"{name}Value")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setWordWrap(True)
        for label in (self.title, self.value, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        muted = self.palette().color(self.foregroundRole())
        muted.setAlphaF(0.7)
        for label in (self.title, self.detail):
            palette = label.palette()
            palette.setColor(label.foregroundRole(), muted)
            label.setPalette(palette)

    def set_value_colour(self, colour: QColor | None) -> None:
        palette = self.value.palette()
        palette.setColor(self.value.foregroundRole(),
                         colour or self.palette().color(self.foregroundRole()))
        self.value.setPalette(palette)


class SummaryCards(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioCards")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.sellers = Card(self.tr("Sellers"), "sellersCard", self)
        self.gmv = Card(self.tr("GMV 30 days"), "gmvCard", self)
        self.at_risk = Card(self.tr("Sellers at risk"), "atRiskCard", self)
        self.at_risk.setToolTip(self.tr(
            "Sellers with an open risk flag of high or critical severity (new or "
            "acknowledged). The Risks & Opportunities screen lists them with the reasons."))
        for card in (self.sellers, self.gmv, self.at_risk):
            card.setMinimumWidth(220)
            card.setMaximumWidth(380)  # wider says nothing more; "as of" stays near the numbers
            layout.addWidget(card, 1)
        self.as_of = QLabel(self)
        self.as_of.setObjectName("portfolioAsOf")
        self.as_of.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.as_of)
        layout.addStretch(1)

    def show_as_of(self, as_of: str | None) -> None:
        if as_of is None:
            self.as_of.setText(self.tr("Not synced yet"))
            self.as_of.setToolTip(self.tr("Sync to fetch your sellers' figures"))
            return
        self.as_of.setText(self.tr("Data as of {date}").format(date=formatting.date(as_of)))
        self.as_of.setToolTip(self.tr(
            "Figures cover the 30 days up to {date}, the latest day synced").format(
                date=formatting.date(as_of)))

    def show_totals(self, totals: PortfolioTotals, in_scope: int, *,
                    risk_colour: QColor | None = None) -> None:
        """`in_scope`: sellers before search and filters, for "12 of 300"."""
        self.sellers.value.setText(formatting.integer(totals.sellers))
        if totals.sellers == in_scope:
            self.sellers.detail.setText(self.tr("{orders} orders in 30 days").format(
                orders=formatting.integer(totals.orders_30d)))
        else:
            self.sellers.detail.setText(self.tr("of {total} · {orders} orders in 30 days").format(
                total=formatting.integer(in_scope), orders=formatting.integer(totals.orders_30d)))
        self._show_gmv(totals.gmv)
        self.at_risk.value.setText(formatting.integer(totals.at_risk))
        share = totals.at_risk / totals.sellers if totals.sellers else None
        self.at_risk.detail.setText(self.tr("{share} of the sellers shown").format(
            share=formatting.percent(share, 1)))
        self.at_risk.set_value_colour(risk_colour if totals.at_risk else None)

    def _show_gmv(self, per_currency: tuple[CurrencyTotal, ...]) -> None:
        if not per_currency:
            self.gmv.value.setText(formatting.NO_VALUE)
            self.gmv.detail.setText(self.tr("No sellers shown"))
            self.gmv.setToolTip("")
            return
        first = per_currency[0]
        self.gmv.value.setText(formatting.money(first.gmv_30d, first.currency, 0))
        growth = self._growth_text(first)
        if len(per_currency) > 1:
            self.gmv.detail.setText(self.tr("{growth} · {count} more currencies").format(
                growth=growth, count=formatting.integer(len(per_currency) - 1)))
        else:
            self.gmv.detail.setText(growth)
        lines = [self.tr("{amount}: {growth} ({sellers} sellers)").format(
            amount=formatting.money(t.gmv_30d, t.currency, 0), growth=self._growth_text(t),
            sellers=formatting.integer(t.sellers)) for t in per_currency]
        self.gmv.setToolTip(self.tr("GMV of the last 30 days per currency, against the 30 "
                                    "days before:\n{lines}").format(lines="\n".join(lines)))

    def _growth_text(self, total: CurrencyTotal) -> str:
        if total.growth is None:
            return self.tr("no sales in the 30 days before")
        return self.tr("{growth} vs the 30 days before").format(
            growth=formatting.percent(total.growth, 1, signed=True))
