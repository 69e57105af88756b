"""The seller screen's words for the contract's codes (metrics, statuses, policies...).

Each name is a literal `self.tr(...)` so lupdate finds it; a code the app does not know yet
(a new policy the platform added) shows as sent rather than disappearing.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QKeySequence

from app import promotions


def shortcut_text(sequence: str) -> str:
    """A key as this platform writes it in menus and tooltips."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class SellerWords(QObject):
    def metric(self, code: str) -> str:
        return {
            "gmv": self.tr("GMV"),
            "orders": self.tr("Orders"),
            "late_dispatch_rate": self.tr("Late-dispatch rate"),
            "cancellation_rate": self.tr("Cancellation rate"),
            "on_time_delivery_rate": self.tr("On-time delivery rate"),
            "return_rate": self.tr("Return rate"),
            "negative_review_rate": self.tr("Negative-review rate"),
            "im_response_rate": self.tr("IM response rate"),
            "conversion_rate": self.tr("Conversion rate"),
            "content_share": self.tr("Content share"),
            "violation_points": self.tr("Violation points"),
            "sps": self.tr("SPS"),
            "ahr": self.tr("AHR"),
            "gmv_growth": self.tr("GMV growth"),
        }.get(code, code)

    def volume(self, column: str) -> str:
        """What a minimum volume counts, as in "12 shipped orders, needs 30"."""
        return {
            "shipped_orders": self.tr("shipped orders"),
            "orders": self.tr("orders"),
            "delivered_orders": self.tr("delivered orders"),
            "im_conversations": self.tr("conversations"),
            "visitors": self.tr("visitors"),
            "gmv": self.tr("GMV"),
        }.get(column, column)

    def seller_status(self, code: str) -> str:
        return {
            "active": self.tr("Active"),
            "restricted": self.tr("Restricted"),
            "suspended": self.tr("Suspended"),
            "closed": self.tr("Closed"),
        }.get(code, code)

    def enrollment_status(self, code: str | None) -> str:
        return {
            None: self.tr("Not enrolled"),
            "invited": self.tr("Invited"),
            "applied": self.tr("Applied"),
            "enrolled": self.tr("Enrolled"),
            "rejected": self.tr("Rejected"),
            "withdrawn": self.tr("Withdrawn"),
        }.get(code, code or "")

    def policy(self, code: str) -> str:
        return {
            "counterfeit": self.tr("Counterfeit"),
            "ip_infringement": self.tr("IP infringement"),
            "prohibited_product": self.tr("Prohibited product"),
            "restricted_product": self.tr("Restricted product"),
            "misleading_listing": self.tr("Misleading listing"),
            "fake_orders": self.tr("Fake orders"),
            "late_dispatch": self.tr("Late dispatch"),
            "cancellation": self.tr("Cancellation"),
            "other": self.tr("Other"),
        }.get(code, code)

    def severity(self, code: str) -> str:
        return {
            "low": self.tr("Low"),
            "medium": self.tr("Medium"),
            "high": self.tr("High"),
            "critical": self.tr("Critical"),
        }.get(code, code)

    def violation_status(self, code: str) -> str:
        return {
            # Its own message: Chinese says 生效中 of a violation but 有效 of a shop.
            "active": self.tr("Active", "violation status"),
            "appealed": self.tr("Appealed"),
            "overturned": self.tr("Overturned"),
            "expired": self.tr("Expired"),
        }.get(code, code)

    def channel(self, code: str | None) -> str:
        return {
            "call": self.tr("Call"),
            "email": self.tr("Email"),
            "chat": self.tr("Chat"),
            "im": self.tr("IM"),
            "meeting": self.tr("Meeting"),
            "sms": self.tr("SMS"),
        }.get(code or "", code or "")

    def marketplace(self, code: str) -> str:
        return {
            "tiktok": self.tr("TikTok Shop"),
            "shopee": self.tr("Shopee"),
            "amazon": self.tr("Amazon"),
        }.get(code, code)

    def promotion(self, key: str) -> str:
        return {
            promotions.DOUBLE_NINE: self.tr("9.9"),
            promotions.DOUBLE_TEN: self.tr("10.10"),
            promotions.SINGLES_DAY: self.tr("11.11"),
            promotions.DOUBLE_TWELVE: self.tr("12.12"),
            promotions.BLACK_FRIDAY: self.tr("Black Friday"),
            promotions.CYBER_MONDAY: self.tr("Cyber Monday"),
        }.get(key, key)

    @staticmethod
    def language(tag: str | None) -> str:
        """A contact's language ("zh-CN") in its own words ("中文（中国）")."""
        if not tag:
            return ""
        locale = QLocale(tag.replace("-", "_"))
        if locale.language() == QLocale.Language.C:
            return tag
        territory = locale.nativeTerritoryName()
        name = locale.nativeLanguageName()
        return f"{name} ({territory})" if territory and "_" in locale.name() else name
