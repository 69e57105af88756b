"""The flags screens' words for the engine's codes: severities, statuses, kinds, health parts.

Each is a literal `self.tr(...)` so lupdate finds it; an unknown code shows as sent.
Rule titles and messages come from the rule pack in the chosen language, not from here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette

from ui.seller.words import SellerWords

# (on a light background, on a dark one): the portfolio's and the seller page's pairs.
_SEVERITY_COLOURS = {
    "critical": ("#c62828", "#ef6b6b"),
    "high": ("#d84315", "#ff9a5c"),
    "medium": ("#a66a00", "#f2c14e"),
    "info": ("#2e7d32", "#7bd389"),  # opportunities: growth green
}
HEALTH_PARTS = ("fulfilment", "customer_experience", "compliance", "growth")


def severity_colour(severity: str | None, palette: QPalette) -> QColor | None:
    """The severity's colour for text on `palette`; None for low (it stays plain)."""
    pair = _SEVERITY_COLOURS.get(severity or "")
    if pair is None:
        return None
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(pair[1] if dark else pair[0])


class FlagWords(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seller_words = SellerWords(self)

    def metric(self, code: str) -> str:
        """A rule's metric by name: the seller page's words, and those only rules use."""
        own = {
            "counterfeit_ip_violations": self.tr("Counterfeit or IP violations"),
            "status": self.tr("Account status"),
            "days_since_contact": self.tr("Days since the last contact"),
            "days_without_orders": self.tr("Days without orders"),
        }.get(code)
        return own if own is not None else self._seller_words.metric(code)

    def severity(self, code: str | None) -> str:
        return {
            "critical": self.tr("Critical"),
            "high": self.tr("High"),
            "medium": self.tr("Medium"),
            "low": self.tr("Low"),
            "info": self.tr("Opportunity"),
        }.get(code or "", code or "")

    def status(self, code: str) -> str:
        return {
            "new": self.tr("New"),
            "acknowledged": self.tr("Acknowledged"),
            "snoozed": self.tr("Snoozed"),
            "dismissed": self.tr("Dismissed"),
            "resolved": self.tr("Resolved"),
        }.get(code, code)

    def kind(self, code: str) -> str:
        return {"risk": self.tr("Risk"), "opportunity": self.tr("Opportunity")}.get(code, code)

    def history_event(self, code: str) -> str:
        """What happened to a flag (not QObject.event: that name is Qt's)."""
        return {
            "raised": self.tr("raised"),
            "acknowledged": self.tr("acknowledged"),
            "snoozed": self.tr("snoozed"),
            "dismissed": self.tr("dismissed"),
            "resolved": self.tr("resolved"),
            "reopened": self.tr("reopened"),
            "escalated": self.tr("severity changed"),
            "woke": self.tr("snooze ended"),
        }.get(code, code)

    def health_part(self, code: str) -> str:
        return {
            "fulfilment": self.tr("Fulfilment"),
            "customer_experience": self.tr("Customer experience"),
            "compliance": self.tr("Compliance"),
            "growth": self.tr("Growth"),
        }.get(code, code)

    def evidence_key(self, code: str) -> str:
        """Names of the counts a flag's evidence carries ("9 late of 210 shipped")."""
        return {
            "late_dispatched_orders": self.tr("late dispatches"),
            "shipped_orders": self.tr("shipped orders"),
            "seller_cancelled_orders": self.tr("seller cancellations"),
            "orders": self.tr("orders"),
            "delivered_orders": self.tr("delivered orders"),
            "on_time_deliveries": self.tr("on-time deliveries"),
            "seller_fault_returns": self.tr("returns"),
            "negative_reviews": self.tr("negative reviews"),
            "im_conversations": self.tr("IM conversations"),
            "im_replied_12h": self.tr("replied within 12 h"),
            "visitors": self.tr("visitors"),
            "gmv": self.tr("GMV"),
            "gmv_prev": self.tr("GMV, previous window"),
            "points": self.tr("violation points"),
            "violations": self.tr("violations"),
            "violation_ids": self.tr("violations"),
            "category_q3": self.tr("category's top-quartile conversion"),
            "category_visitors_median": self.tr("category's median visitors"),
            "last_order": self.tr("last order"),
            "last_contact": self.tr("last contact"),
            "missing": self.tr("criterion not met"),
            "status": self.tr("account status"),
        }.get(code) or self.metric(code)

    def seller_status(self, code: str) -> str:
        return self._seller_words.seller_status(code)
