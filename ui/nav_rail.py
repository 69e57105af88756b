"""The left navigation rail: one button per screen, with a count badge where it helps.

Only screens that exist are listed; later screens (risks, follow-ups, pipeline, dashboard,
outbox) add their own buttons when they land, never placeholders before.
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


class NavRail(QFrame):
    portfolio_requested = Signal()
    flags_requested = Signal()
    settings_requested = Signal()

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
        self.flags = RailButton(self.tr("Risks & Opportunities"), self)
        self.flags.setObjectName("railFlags")
        self.flags.setCheckable(True)
        self.flags.setToolTip(self.tr(
            "Open risks and growth opportunities to work through ({shortcut})").format(
                shortcut=QKeySequence("Ctrl+2").toString(QKeySequence.SequenceFormat.NativeText)))
        self.flags.clicked.connect(self.flags_requested)
        self.settings = RailButton(self.tr("Settings"), self)
        self.settings.setObjectName("railSettings")
        self.settings.setToolTip(self.tr("Profiles, language and auto-sync ({shortcut})").format(
            shortcut=QKeySequence("Ctrl+,").toString(QKeySequence.SequenceFormat.NativeText)))
        self.settings.clicked.connect(self.settings_requested)
        group = QButtonGroup(self)
        group.addButton(self.portfolio)
        group.addButton(self.flags)

        layout.addWidget(self.portfolio)
        layout.addWidget(self.flags)
        # Wide enough for the longest label in this language and a four-digit badge.
        widest = max(b.label.sizeHint().width() for b in (self.portfolio, self.flags))
        self.setFixedWidth(max(RAIL_WIDTH, widest + self.fontMetrics().horizontalAdvance(
            "9,999") + 44))
        layout.addStretch(1)
        layout.addWidget(self.settings)

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
