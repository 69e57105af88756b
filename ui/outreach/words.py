"""The outreach screens' words for the contract's codes: channels, directions, outcomes,
funnel stages and outbox states.

Each name is a literal `self.tr(...)` so lupdate finds it; a code the app does not know yet
shows as sent rather than disappearing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.seller.words import SellerWords


class OutreachWords(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._metric_names = SellerWords(self)

    def channel(self, code: str | None) -> str:
        return {
            "call": self.tr("Call"),
            "email": self.tr("Email"),
            "chat": self.tr("Chat"),
            "im": self.tr("IM"),
            "meeting": self.tr("Meeting"),
            "sms": self.tr("SMS"),
        }.get(code or "", code or "")

    def direction(self, code: str | None) -> str:
        return {
            "outbound": self.tr("Outbound"),
            "inbound": self.tr("Inbound"),
        }.get(code or "", code or "")

    def outcome(self, code: str | None) -> str:
        return {
            "connected": self.tr("Connected"),
            "no_answer": self.tr("No answer"),
            "voicemail": self.tr("Voicemail"),
            "interested": self.tr("Interested"),
            "not_interested": self.tr("Not interested"),
            "enrolled": self.tr("Enrolled"),
            "follow_up": self.tr("Follow-up needed"),
            "escalated": self.tr("Escalated"),
        }.get(code or "", code or "")

    def stage(self, code: str | None) -> str:
        return {
            "eligible": self.tr("Eligible"),
            "pitched": self.tr("Pitched"),
            "interested": self.tr("Interested", "funnel stage"),
            "applied": self.tr("Applied"),
            "enrolled": self.tr("Enrolled", "funnel stage"),
            "declined": self.tr("Declined"),
        }.get(code or "", code or "")

    def state(self, code: str | None) -> str:
        """An entry's place in the outbox; None is an entry the platform already has."""
        return {
            None: self.tr("Sent"),
            "pending": self.tr("Waiting to send"),
            "rejected": self.tr("Rejected"),
            "conflict": self.tr("Conflict"),
        }.get(code, code or "")

    def metric(self, code: str) -> str:
        """The key metrics an entry snapshots (app.outreach.model.KEY_METRICS): the two
        30-day totals are its own, the rates and scores the seller page's names."""
        own = {
            "gmv_30d": self.tr("GMV, 30 days"),
            "orders_30d": self.tr("Orders, 30 days"),
        }
        return own.get(code) or self._metric_names.metric(code)

    def field(self, name: str) -> str:
        """A field of an entry, as the conflict dialog lists them."""
        return {
            "channel": self.tr("Channel"),
            "direction": self.tr("Direction"),
            "occurred_at": self.tr("When"),
            "duration_seconds": self.tr("Duration"),
            "outcome": self.tr("Outcome"),
            "program_id": self.tr("Program"),
            "summary": self.tr("Summary"),
            "notes": self.tr("Notes"),
            "follow_up_on": self.tr("Follow-up"),
            "deleted": self.tr("Deleted"),
        }.get(name, name)
