"""Words of the portfolio screen that depend on a value: labels of codes, missing values,
cell tooltips. One QObject so every string goes through `self.tr` with one context.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.portfolio import MIN_DELIVERED, MIN_ORDERS, MIN_SHIPPED, PortfolioRow
from ui import formatting
from ui.portfolio.columns import Missing
from ui.portfolio.flag_filter import ANY_RISK, CRITICAL, FLAGS_KIND, OPPORTUNITIES, program_of

# Rate column -> (numerator, denominator, minimum) fields of a row.
_VOLUMES: dict[str, tuple[str, str, int]] = {
    "late_dispatch_rate": ("late_dispatched_30d", "shipped_30d", MIN_SHIPPED),
    "cancellation_rate": ("seller_cancelled_30d", "orders_30d", MIN_ORDERS),
    "return_rate": ("returns_30d", "delivered_30d", MIN_DELIVERED),
    "negative_review_rate": ("negative_reviews_30d", "delivered_30d", MIN_DELIVERED),
}


class PortfolioTexts(QObject):
    # Program id -> name from the catalog, for "Eligible for Flash Sale"; the page fills it.
    program_names: dict[str, str]

    def flag_filter(self, code: str) -> str:
        program = program_of(code)
        if program is not None:
            name = getattr(self, "program_names", {}).get(program, program)
            return self.tr("Eligible for {program}").format(program=name)
        return {CRITICAL: self.tr("Critical risks"), ANY_RISK: self.tr("Any risk"),
                OPPORTUNITIES: self.tr("Opportunities")}.get(code, code)

    def status(self, code: str) -> str:
        labels = {"active": self.tr("Active"), "restricted": self.tr("Restricted"),
                  "suspended": self.tr("Suspended"), "closed": self.tr("Closed")}
        return labels.get(code, code)

    def marketplace(self, code: str) -> str:
        # Brand names are not translated.
        return {"tiktok": "TikTok Shop", "shopee": "Shopee", "amazon": "Amazon"}.get(code, code)

    def label(self, key: str, code: str) -> str:
        if key == "status":
            return self.status(code)
        if key == "marketplace":
            return self.marketplace(code)
        if key == FLAGS_KIND:
            return self.flag_filter(code)
        return code

    def missing(self, kind: Missing) -> str:
        if kind is Missing.NOT_ENOUGH:
            return self.tr("not enough data")
        if kind is Missing.NO_SCORE:
            return self.tr("no score")
        return formatting.NO_VALUE

    def units(self, field: str) -> str:
        return {"shipped_30d": self.tr("shipped orders"), "orders_30d": self.tr("orders"),
                "delivered_30d": self.tr("delivered orders")}.get(field, field)

    def cell_tip(self, key: str, row: PortfolioRow) -> str | None:
        """The numbers behind a cell, or why it has none."""
        if key in _VOLUMES:
            return self._rate_tip(key, row)
        if key == "gmv_growth":
            return self._growth_tip(row)
        if key in ("sps", "ahr") and getattr(row, key) is None:
            return self.tr("The platform has not scored this seller yet")
        if key == "name":
            return self.contact(row)
        if key == "last_contact" and row.last_contact is None:
            return self.tr("No outreach logged yet")
        return None

    def _rate_tip(self, key: str, row: PortfolioRow) -> str:
        part_field, whole_field, minimum = _VOLUMES[key]
        part, whole = getattr(row, part_field), getattr(row, whole_field)
        if whole < minimum:
            return self.tr("Not enough data: needs at least {minimum} {units} in 30 days, "
                           "has {count}").format(minimum=formatting.integer(minimum),
                                                 units=self.units(whole_field),
                                                 count=formatting.integer(whole))
        return self.tr("{part} of {whole} {units} in 30 days").format(
            part=formatting.integer(part), whole=formatting.integer(whole),
            units=self.units(whole_field))

    def _growth_tip(self, row: PortfolioRow) -> str:
        if row.gmv_growth is None:
            return self.tr("No sales in the 30 days before, so no growth to show")
        return self.tr("{current} against {previous} in the 30 days before").format(
            current=formatting.money(row.gmv_30d, row.currency, 0),
            previous=formatting.money(row.gmv_prev_30d, row.currency, 0))

    def contact(self, row: PortfolioRow) -> str:
        parts = [p for p in (row.contact_name, row.contact_phone, row.contact_email,
                             row.contact_im_handle) if p]
        if not parts:
            return self.tr("{name}: no contact on file").format(name=row.shop_name)
        return self.tr("{name}\nContact: {contact}\nEnter or double-click opens the seller").format(
            name=row.shop_name, contact=" · ".join(parts))
