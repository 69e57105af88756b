"""The tinted band above the page: what is happening and what to do about it (first sync,
offline, a failed sync, a follow-up falling due). Hidden when there is nothing to say."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.sync_status import CacheStatus
from ui.sync_controller import Outcome, SyncOutcome
from ui.top_bar import shortcut_text


class NoticeBar(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shellNotice")
        self.setWordWrap(True)
        self.setContentsMargins(12, 6, 12, 6)
        # A tinted band, so what is happening reads as a message and not as page content.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.show()

    def first_sync(self, running: bool, status: CacheStatus | None) -> None:
        if running and status is not None and not status.has_data:
            self.say(self.tr("Fetching your portfolio for the first time: the list fills in "
                             "when the sync ends. You can keep working."))

    def sync_finished(self, outcome: SyncOutcome) -> None:
        f5 = shortcut_text("F5")
        if outcome.kind is Outcome.OFFLINE:
            self.say(self.tr(
                "Offline: the platform cannot be reached. Everything shown comes from the "
                "local data; SellerDesk tries again at the next auto-sync, or press {key}."
            ).format(key=f5))
        elif outcome.kind is Outcome.FAILED:
            reason = outcome.message or self.tr("an unexpected error (details are in the log)")
            self.say(self.tr("The last sync failed: {reason}. The data shown is what was "
                             "stored before; press {key} to try again.").format(
                reason=reason.rstrip(".。"), key=f5))
        elif outcome.kind is Outcome.NEEDS_SIGN_IN:
            self.say(self.tr("The platform asks you to sign in again before it sends more "
                             "data. Everything already synced stays available."))
        else:
            self.hide()
