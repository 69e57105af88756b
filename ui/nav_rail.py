"""The left navigation rail: one button per screen, with a count badge where it helps.

Only screens that exist are listed; later screens (risks, dashboard) add their own buttons
when they land, never placeholders before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import formatting

RAIL_WIDTH = 168


class RailButton(QToolButton):
    """A full-width rail entry: text on the left, an optional count badge on the right."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(32)
        self.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 0, 8, 0)
        self.label = QLabel(text, self)
        self.badge = QLabel(self)
        self.badge.setObjectName("railBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.badge.hide()
        for label in (self.label, self.badge):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.badge)

    def set_badge(self, text: str | None) -> None:
        self.badge.setText(text or "")
        self.badge.setVisible(bool(text))


# Rail order and keys follow the product's rail (the dashboard's Ctrl+5 comes with its screen).
FLAGS_KEY, FOLLOW_UPS_KEY, PIPELINE_KEY, OUTBOX_KEY = "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+6"


def _keys(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class NavRail(QFrame):
    portfolio_requested = Signal()
    flags_requested = Signal()
    settings_requested = Signal()
    follow_ups_requested = Signal()
    pipeline_requested = Signal()
    outbox_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navRail")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedWidth(RAIL_WIDTH)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 8)
        layout.setSpacing(2)

        self.portfolio = RailButton(self.tr("Portfolio"), self)
        self.portfolio.setObjectName("railPortfolio")
        self.portfolio.setCheckable(True)
        self.portfolio.setChecked(True)
        self.portfolio.setToolTip(self.tr("Every seller you look after ({shortcut})").format(
            shortcut=QKeySequence("Ctrl+1").toString(QKeySequence.SequenceFormat.NativeText)))
        self.portfolio.clicked.connect(self.portfolio_requested)
        self.flags = self._page_button(
            self.tr("Risks & Opportunities"), "railFlags",
            self.tr("Open risks and growth opportunities to work through ({shortcut})").format(
                shortcut=_keys(FLAGS_KEY)), self.flags_requested)
        self.follow_ups = self._page_button(
            self.tr("Follow-ups"), "railFollowUps",
            self.tr("Follow-ups overdue, due today and coming ({shortcut})").format(
                shortcut=_keys(FOLLOW_UPS_KEY)), self.follow_ups_requested)
        self.pipeline = self._page_button(
            self.tr("Pipeline"), "railPipeline",
            self.tr("Enrollment funnel per program ({shortcut})").format(
                shortcut=_keys(PIPELINE_KEY)), self.pipeline_requested)
        self.outbox = self._page_button(
            self.tr("Outbox"), "railOutbox",
            self.tr("Outreach waiting to reach the platform ({shortcut})").format(
                shortcut=_keys(OUTBOX_KEY)), self.outbox_requested)
        # Made last, so the rail's children come in the order they are shown.
        self.settings = RailButton(self.tr("Settings"), self)
        self.settings.setObjectName("railSettings")
        self.settings.setToolTip(self.tr("Profiles, language and auto-sync ({shortcut})").format(
            shortcut=QKeySequence("Ctrl+,").toString(QKeySequence.SequenceFormat.NativeText)))
        self.settings.clicked.connect(self.settings_requested)
        group = QButtonGroup(self)
        pages = (self.portfolio, self.flags, self.follow_ups, self.pipeline, self.outbox)
        for button in pages:
            group.addButton(button)
            layout.addWidget(button)
        # Wide enough for the longest label in this language and a four-digit badge.
        widest = max(b.label.sizeHint().width() for b in pages)
        self.setFixedWidth(max(RAIL_WIDTH, widest + self.fontMetrics().horizontalAdvance(
            "9,999") + 44))
        layout.addStretch(1)
        layout.addWidget(self.settings)

    def _page_button(self, text: str, name: str, tip: str, signal: Signal) -> RailButton:
        button = RailButton(text, self)
        button.setObjectName(name)
        button.setCheckable(True)
        button.setToolTip(tip)
        button.clicked.connect(signal)
        return button

    def set_follow_ups_due(self, count: int | None) -> None:
        """Overdue plus due today; no badge at zero (nothing to chase)."""
        self.follow_ups.set_badge(formatting.integer(count) if count else None)
        self.follow_ups.setAccessibleName(
            self.tr("Follow-ups, {count} due").format(count=formatting.integer(count))
            if count else self.tr("Follow-ups"))

    def set_outbox_count(self, count: int | None) -> None:
        """Entries not on the platform yet (waiting, rejected, in conflict)."""
        self.outbox.set_badge(formatting.integer(count) if count else None)
        self.outbox.setAccessibleName(
            self.tr("Outbox, {count} not sent").format(count=formatting.integer(count))
            if count else self.tr("Outbox"))

    def set_portfolio_count(self, count: int | None) -> None:
        """Active sellers in the portfolio; None while unknown (nothing read yet)."""
        self.portfolio.set_badge(formatting.integer(count) if count is not None else None)
        self.portfolio.setAccessibleName(
            self.tr("Portfolio, {count} active sellers").format(count=formatting.integer(count))
            if count is not None else self.tr("Portfolio"))

    def set_flag_counts(self, counts: dict[str, int] | None) -> None:
        """Open risks on the badge (critical ones in the tooltip); None while unknown."""
        if counts is None:
            self.flags.set_badge(None)
            return
        risks = counts.get("risks", 0)
        self.flags.set_badge(formatting.integer(risks))
        self.flags.setAccessibleName(self.tr(
            "Risks & Opportunities, {risks} open risks, {critical} critical, {opportunities} "
            "opportunities").format(risks=formatting.integer(risks),
                                    critical=formatting.integer(counts.get("critical", 0)),
                                    opportunities=formatting.integer(
                                        counts.get("opportunities", 0))))
