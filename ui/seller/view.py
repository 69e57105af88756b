"""The seller page: header, profile and health on the left, charts on the right,
violations and programs below. Opened in place of the list; Back returns to it.

Loading runs on the cache worker; the page says so meanwhile, and a late answer for a seller
the user has already left is dropped.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.seller_detail import CHART_RANGES, SellerDetail, SellerDetailService
from ui import formatting
from ui.changes import Changes
from ui.context import AppContext
from ui.seller import levels
from ui.seller.charts import SellerCharts
from ui.seller.flags_panel import FlagsPanel, SellerFlags
from ui.seller.health_panel import HealthPanel
from ui.seller.health_score_panel import HealthScorePanel
from ui.seller.outreach_panel import OutreachPanel
from ui.seller.profile_panel import COPY_FIELDS, ProfilePanel
from ui.seller.programs_panel import ProgramsPanel
from ui.seller.violations_panel import ViolationsPanel
from ui.seller.words import SellerWords, shortcut_text

log = logging.getLogger(__name__)
LOADING, ERROR, CONTENT = 0, 1, 2


class SellerPage(QWidget):
    back_requested = Signal()
    loaded = Signal(str)  # seller id, once its data is on screen
    log_requested = Signal()  # "Log outreach…" on the timeline: the window's quick log

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sellerPage")
        self.ctx = ctx
        self.seller_id: str | None = None
        self.detail: SellerDetail | None = None
        self._request = 0
        self._stale = False
        self._words = SellerWords(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._make_header())
        self.states = QStackedWidget(self)
        self.loading = QLabel()
        self.loading.setObjectName("sellerLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.states.addWidget(self.loading)
        self.states.addWidget(self._make_error())
        self.states.addWidget(self._make_content())
        layout.addWidget(self.states, 1)
        self._make_shortcuts()
        ctx.changes.changed.connect(self._on_changes)

    def _make_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.back_button = QToolButton(self)
        self.back_button.setObjectName("backButton")
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to the list ({keys})").format(
            keys=f"{shortcut_text('Esc')}, {shortcut_text('Alt+Left')}"))
        self.back_button.clicked.connect(self.back_requested)
        self.shop_name = QLabel()
        self.shop_name.setObjectName("shopName")
        self.shop_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.shop_name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.shop_name.setFont(font)
        self.shop_code = QLabel()
        self.shop_code.setObjectName("shopCode")
        self.shop_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        self.unassigned_badge = QLabel(self.tr("Not in your portfolio"))
        self.unassigned_badge.setObjectName("unassignedBadge")
        self.as_of = QLabel()
        self.as_of.setObjectName("dataAsOf")
        for widget in (self.back_button, self.shop_name, self.shop_code, self.status_badge,
                       self.unassigned_badge):
            header.addWidget(widget)
        header.addStretch(1)
        header.addWidget(self.as_of)
        self.unassigned_badge.hide()
        return header

    def _make_error(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.addStretch(1)
        self.error = QLabel()
        self.error.setObjectName("sellerError")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.error)
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.setObjectName("retryButton")
        self.retry.clicked.connect(self.reload)
        column.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        return box

    def _make_content(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        grid = QGridLayout(body)
        self.profile = ProfilePanel(body)
        self.health = HealthPanel(body)
        self.health_score = HealthScorePanel(body)
        self.charts = SellerCharts(body)
        self.flags = FlagsPanel(self.ctx.taskman, body, today=self.ctx.today)
        self.flags.loaded.connect(self._on_flags)
        self.violations = ViolationsPanel(body)
        self.programs = ProgramsPanel(body)
        self.outreach = OutreachPanel(self.ctx, body)
        self.outreach.log_requested.connect(self.log_requested)
        left = QVBoxLayout()
        left.addWidget(self.profile)
        left.addWidget(self.health)
        left.addWidget(self.health_score)
        left.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addWidget(self.charts, 0, 1)
        grid.addWidget(self.flags, 1, 0, 1, 2)
        grid.addWidget(self.outreach, 2, 0, 1, 2)
        grid.addWidget(self.violations, 3, 0, 1, 2)
        grid.addWidget(self.programs, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        for panel in (self.profile, self.health, self.health_score):
            panel.setMinimumWidth(400)
            panel.setMaximumWidth(480)
        scroll.setWidget(body)
        return scroll

    def _make_shortcuts(self) -> None:
        # Page-wide, and only while focus is inside the page: the list's keys stay its own.
        def add(sequence: str, slot: object) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        add("Esc", self.back_requested)
        add("Alt+Left", self.back_requested)
        for key, days in enumerate(CHART_RANGES, start=1):
            add(str(key), lambda d=days: self.charts.set_range(d))
        for key, (_name, sequence) in COPY_FIELDS.items():
            add(sequence, lambda k=key: self.profile.copy(k))

    def show_seller(self, seller_id: str) -> None:
        if seller_id != self.seller_id:
            self.seller_id = seller_id
            self.detail = None
            self._show_loading(seller_id)
        self.reload()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        """Read the seller again; what is on screen stays until the answer arrives."""
        if self.seller_id is None:
            return
        if self.detail is None:
            self._show_loading(self.seller_id)
        self._stale = False
        self._request += 1
        request, seller_id, ctx = self._request, self.seller_id, self.ctx
        ctx.taskman.run_in_background(
            lambda: SellerDetailService(ctx.workspace.engine).load(seller_id),
            lambda future: self._on_loaded(request, seller_id, future))

    def _on_flags(self, flags: SellerFlags) -> None:
        self.health_score.set_health(flags.health)

    def _show_loading(self, seller_id: str) -> None:
        self.shop_name.setText(seller_id)
        for label in (self.shop_code, self.status_badge, self.as_of):
            label.clear()
        self.status_badge.hide()
        self.unassigned_badge.hide()
        self.loading.setText(self.tr("Loading {seller}…").format(seller=seller_id))
        self.states.setCurrentIndex(LOADING)

    def _on_loaded(self, request: int, seller_id: str,
                   future: Future[SellerDetail | None]) -> None:
        if request != self._request or future.cancelled():
            return  # the user moved on to another seller meanwhile, or the app is closing
        error = future.exception()
        if error is not None:
            if isinstance(error, KnownError):
                message = error.message
            else:
                log.error("loading seller %s failed", seller_id, exc_info=error)
                message = self.tr("Something went wrong while reading this seller; the "
                                  "details are in the log.")
            self._show_error(message)
            return
        detail = future.result()
        if detail is None:
            self._show_error(self.tr("{seller} is not in the local data. Sync to fetch it, or "
                                     "go back to the list.").format(seller=seller_id))
            return
        self._show_detail(detail)
        self.loaded.emit(seller_id)
        # The flags and the outreach timeline read and draw after the seller's own charts
        # (queued behind their draw): what the user opened a seller for comes first.
        QTimer.singleShot(0, lambda: self._load_panels(request, seller_id))

    def _load_panels(self, request: int, seller_id: str) -> None:
        if request != self._request or not shiboken6.isValid(self):
            return
        self.outreach.set_seller(seller_id)
        self.flags.load(self.ctx.workspace, seller_id, self.ctx.settings.language)

    def _show_error(self, message: str) -> None:
        self.detail = None
        self.error.setText(message)
        self.states.setCurrentIndex(ERROR)

    def _show_detail(self, detail: SellerDetail) -> None:
        self.detail = detail
        profile = detail.profile
        self.shop_name.setText(profile.shop_name)
        self.shop_code.setText(self.tr("{code} · {seller}").format(
            code=profile.shop_code, seller=profile.seller_id))
        self._set_badge(profile.status)
        self.unassigned_badge.setVisible(not profile.assigned)
        self.as_of.setText(self.tr("Data as of {date}").format(
            date=formatting.date(detail.as_of)))
        self.profile.set_profile(profile)
        self.health.set_health(detail.health, profile)
        self.violations.set_violations(detail.violations)
        self.programs.set_programs(detail.programs)
        self.states.setCurrentIndex(CONTENT)
        self.charts.set_data(profile.shop_name, detail.series, detail.median)

    def _set_badge(self, status: str) -> None:
        colour = levels.colour(levels.status_level(status), self.palette())
        border = colour or self.palette().color(QPalette.ColorRole.Mid).name()
        self.status_badge.setText(self._words.seller_status(status))
        self.status_badge.setStyleSheet(
            f"border: 1px solid {border}; border-radius: 4px; padding: 1px 6px;"
            + (f" color: {colour};" if colour else ""))
        self.status_badge.show()

    def _on_changes(self, changes: Changes) -> None:
        if changes.outreach and not changes.sellers and self.detail is not None:
            # Only the timeline shows outreach: the rest of the page stays as it is.
            self.outreach.on_changes(changes)
        relevant = (changes.sellers or changes.metrics or changes.violations
                    or changes.enrollments or changes.programs or changes.profile
                    or changes.settings)
        if self.seller_id is None:
            return
        if changes.flags and not relevant:
            # A flag acknowledged or a rule edited: only the flags panel has news.
            self.flags.load(self.ctx.workspace, self.seller_id, self.ctx.settings.language)
            return
        if not relevant:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # read when the page is shown again, not in the background

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        # Light/dark switch: severity colours are picked per palette.
        if event.type() == QEvent.Type.PaletteChange and self.detail is not None:
            self._show_detail(self.detail)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        # The window shows the page after asking for the seller: take focus now, so that
        # Esc, Alt+Left and 1-4 reach the page's shortcuts.
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._stale:
            self.reload()
