"""The main window: navigation rail, top bar, the portfolio, seller, risks & opportunities,
follow-ups, pipeline and outbox pages in one stack, and the status line; Ctrl+L logs
outreach from anywhere.
It owns no data: pages read through `app/` services, syncs run in the SyncController, the
outbox is pushed by the OutboxController, and changes that need a new window (language,
profile) go to the shell by signal.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.outreach.model import OutboxCounts
from app.signin import SignInResult
from app.sync_status import CacheStatus
from ui.context import AppContext
from ui.flags.rule_editor import RuleEditorDialog
from ui.flags.worklist import WorklistPage
from ui.flags.worklist_actions import RULES_SHORTCUT
from ui.nav_rail import FLAGS_KEY, FOLLOW_UPS_KEY, OUTBOX_KEY, PIPELINE_KEY, NavRail
from ui.notice_bar import NoticeBar
from ui.outbox_controller import OutboxController
from ui.outreach.followup_notifier import FollowUpNotifier
from ui.outreach.followups_page import FollowUpsPage
from ui.outreach.outbox_page import PUSH_KEY, OutboxPage
from ui.outreach.pipeline_page import PipelinePage
from ui.outreach.quick_log import QuickLogDialog
from ui.outreach.seller_in_view import flag_in_view, seller_in_view
from ui.portfolio.view import PortfolioPage
from ui.seller.charts import warm_up_charts
from ui.seller.view import SellerPage
from ui.seller_search import SellerSearch
from ui.settings_dialog import SettingsDialog
from ui.signin_dialog import SignInDialog
from ui.status_line import StatusLine
from ui.sync_controller import SyncController, SyncOutcome
from ui.top_bar import TopBar, shortcut_text

DEFAULT_SIZE = (1360, 840)


def _line(shape: QFrame.Shape, parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(shape)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setForegroundRole(QPalette.ColorRole.Mid)
    return line


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    switch_profile_requested = Signal(str)
    remove_profile_requested = Signal(str)
    profile_added = Signal(str)

    def __init__(self, ctx: AppContext, sync: SyncController | None = None,
                 parent: QWidget | None = None, *,
                 outbox: OutboxController | None = None) -> None:
        super().__init__(parent)
        self._settled = False
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.sync = sync if sync is not None else SyncController(ctx, parent=self)
        self.settings_dialog: SettingsDialog | None = None
        self.signin_dialog: SignInDialog | None = None
        self.rule_editor: RuleEditorDialog | None = None
        self.quick_log: QuickLogDialog | None = None
        self.outbox = outbox if outbox is not None else OutboxController(
            ctx, self.sync, policy=self.sync.policy, parent=self)
        self._focus_before_seller: QWidget | None = None
        self._page_before_seller: QWidget | None = None
        profile = ctx.workspace.profile
        title = self.tr("SellerDesk — {profile}").format(profile=profile.name)
        if ctx.demo:
            title = self.tr("SellerDesk — {profile} (demo on a local sandbox)").format(
                profile=profile.name)
        self.setWindowTitle(title)
        self.resize(*DEFAULT_SIZE)

        self.rail = NavRail(self)
        self.top = TopBar(self.sync, profile.name, profile.username, self)
        self.notice = NoticeBar(self)
        self.portfolio = PortfolioPage(ctx, self)
        self.seller = SellerPage(ctx, self)
        self.worklist = WorklistPage(ctx, self)
        self.follow_ups = FollowUpsPage(ctx, self)
        self.pipeline = PipelinePage(ctx, self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centreStack")
        self.status_line = StatusLine(self.sync, self, outbox=self.outbox)
        self.setStatusBar(self.status_line)
        self.search = SellerSearch(ctx, self.top.search, self)
        self._make_actions()
        self.outbox_page = OutboxPage(ctx, self.outbox, self, push_action=self.push_action)
        for page in (self.portfolio, self.seller, self.worklist, self.follow_ups,
                     self.pipeline, self.outbox_page):
            self.stack.addWidget(page)
        self._lay_out()
        self.notifier = FollowUpNotifier(ctx, self.notice.say, parent=self)
        self._connect()
        self.sync.refresh_status()
        if self.sync.status is not None:
            self._on_status(self.sync.status)

    def _lay_out(self) -> None:
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.top)
        right.addWidget(_line(QFrame.Shape.HLine, self))
        right.addWidget(self.notice)
        right.addWidget(self.stack, 1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.rail)
        row.addWidget(_line(QFrame.Shape.VLine, self))
        row.addLayout(right, 1)
        centre = QWidget(self)
        centre.setLayout(row)
        self.setCentralWidget(centre)

    def _action(self, text: str, slot: object, *shortcuts: str, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @staticmethod
    def _hint(text: str, sequence: str) -> str:
        # Shown in the menu's shortcut column but not registered: the page owning the key
        # (Esc, Alt+Left) handles it, and two owners of one key would make it ambiguous.
        return f"{text}\t{shortcut_text(sequence)}"

    def _make_actions(self) -> None:
        self.sync_action = self._action(self.tr("&Sync now"), self._sync_now, "F5", "Ctrl+R",
                                        name="syncAction")
        self.cancel_action = self._action(self._hint(self.tr("&Cancel sync"), "Esc"),
                                          self.sync.cancel, name="cancelSyncAction")
        self.settings_action = self._action(self.tr("S&ettings…"), self.open_settings,
                                            "Ctrl+,", name="settingsAction")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        quit_action = self._action(self.tr("&Quit"), QApplication.quit, "Ctrl+Q",
                                   name="quitAction")
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.portfolio_action = self._action(self.tr("&Portfolio"), self.show_portfolio,
                                             "Ctrl+1", name="portfolioAction")
        self.flags_action = self._action(self.tr("&Risks && Opportunities"), self.show_flags,
                                         FLAGS_KEY, name="flagsAction")
        self.rules_action = self._action(self.tr("Flag &rules…"), self.open_rules,
                                         RULES_SHORTCUT, name="flagRulesMenuAction")
        self.find_action = self._action(self.tr("&Find seller…"), self.search.focus, "Ctrl+K",
                                        name="findSellerAction")
        self.back_action = self._action(self._hint(self.tr("&Back"), "Alt+Left"),
                                        self.go_back, name="backAction")
        self.follow_ups_action = self._action(self.tr("F&ollow-ups"), self.show_follow_ups,
                                              FOLLOW_UPS_KEY, name="followUpsAction")
        self.pipeline_action = self._action(self.tr("P&ipeline"), self.show_pipeline,
                                            PIPELINE_KEY, name="pipelineAction")
        self.outbox_action = self._action(self.tr("&Outbox"), self.show_outbox, OUTBOX_KEY,
                                          name="outboxAction")
        self.quick_log_action = self._action(self.tr("&Log outreach…"), self.open_quick_log,
                                             "Ctrl+L", name="quickLogAction")
        self.push_action = self._action(self.tr("&Send outbox now"), self.outbox.push,
                                        PUSH_KEY, name="pushOutboxAction")
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        for action in (self.sync_action, self.cancel_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        for action in (self.portfolio_action, self.flags_action, self.follow_ups_action,
                       self.pipeline_action, self.outbox_action, self.find_action,
                       self.back_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.rules_action)
        outreach_menu = self.menuBar().addMenu(self.tr("&Outreach"))
        outreach_menu.setObjectName("outreachMenu")
        for action in (self.quick_log_action, self.push_action):
            outreach_menu.addAction(action)
        self._on_running(self.sync.is_running)
        self.back_action.setEnabled(False)

    def _connect(self) -> None:
        self.rail.portfolio_requested.connect(self.show_portfolio)
        self.rail.flags_requested.connect(self.show_flags)
        self.worklist.seller_activated.connect(self.open_seller)
        self.worklist.counts_changed.connect(self.rail.set_flag_counts)
        self.worklist.rules_requested.connect(self.open_rules)
        self.worklist.log_requested.connect(self.open_quick_log)
        self.rail.settings_requested.connect(self.open_settings)
        self.portfolio.seller_activated.connect(self.open_seller)
        self.portfolio.loaded.connect(self._settle_after_start)
        self.seller.back_requested.connect(self.go_back)
        self.seller.log_requested.connect(self.open_quick_log)
        self.rail.follow_ups_requested.connect(self.show_follow_ups)
        self.rail.pipeline_requested.connect(self.show_pipeline)
        self.rail.outbox_requested.connect(self.show_outbox)
        for page in (self.follow_ups, self.pipeline, self.outbox_page):
            page.seller_activated.connect(self.open_seller)
        self.outbox.counts_changed.connect(self._on_outbox_counts)
        if self.outbox.counts is not None:
            self._on_outbox_counts(self.outbox.counts)
        self.notifier.due_count_changed.connect(self.rail.set_follow_ups_due)
        self.sync.retired.connect(self.notifier.shutdown)
        self.search.seller_chosen.connect(self.open_seller)
        self.sync.running_changed.connect(self._on_running)
        self.sync.finished.connect(self._on_finished)
        self.sync.status_changed.connect(self._on_status)
        self.sync.needs_sign_in.connect(self.ask_sign_in)

    def _on_outbox_counts(self, counts: OutboxCounts) -> None:
        self.rail.set_outbox_count(counts.total)

    # Navigation: the list pages stay alive underneath, so their scroll, sort, filter and
    # selection are there again on Back.
    def open_seller(self, seller_id: str) -> None:
        current = self.stack.currentWidget()
        if current is not self.seller:
            self._page_before_seller = current
            self._focus_before_seller = QApplication.focusWidget()
        self.seller.show_seller(seller_id)
        self.stack.setCurrentWidget(self.seller)
        self.back_action.setEnabled(True)

    def show_portfolio(self) -> None:
        self._show_page(self.portfolio)

    def show_flags(self) -> None:
        self._show_page(self.worklist)

    def show_follow_ups(self) -> None:
        self._show_page(self.follow_ups)

    def show_pipeline(self) -> None:
        self._show_page(self.pipeline)

    def show_outbox(self) -> None:
        self._show_page(self.outbox_page)

    def go_back(self) -> None:
        """From the seller page to the screen it was opened from."""
        self._show_page(self._page_before_seller or self.portfolio)

    def _show_page(self, page: QWidget) -> None:
        buttons = {self.portfolio: self.rail.portfolio, self.worklist: self.rail.flags,
                   self.follow_ups: self.rail.follow_ups, self.pipeline: self.rail.pipeline,
                   self.outbox_page: self.rail.outbox}
        buttons[page].setChecked(True)
        if self.stack.currentWidget() is page:
            return
        self.stack.setCurrentWidget(page)
        self.back_action.setEnabled(False)
        previous, self._focus_before_seller = self._focus_before_seller, None
        self._page_before_seller = None
        if previous is not None and page.isAncestorOf(previous):
            previous.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page is self.worklist:
            self.worklist.focus_table()

    def open_quick_log(self, seller_id: str | None = None, *, program_id: str | None = None,
                       flag_id: int | None = None) -> QuickLogDialog:
        """The quick log, for `seller_id` or else the seller (or flag) on screen or selected.

        From a flag, the entry is linked to it and pitches the flag's program if it has one.
        """
        label = None
        if not seller_id:
            flag = flag_in_view(self.stack.currentWidget())
            if flag is not None:
                seller_id, label, flag_id = flag.seller_id, flag.shop_name, flag.flag_id
                program_id = program_id or flag.program_id
            else:
                seller_id, label = seller_in_view(self.stack.currentWidget())
        if self.quick_log is not None and shiboken6.isValid(self.quick_log):
            self.quick_log.close()
        dialog = QuickLogDialog(self.ctx, self, seller_id=seller_id, seller_label=label,
                                program_id=program_id, flag_id=flag_id)
        dialog.finished.connect(dialog.deleteLater)
        self.quick_log = dialog
        dialog.open()
        return dialog

    def _settle_after_start(self) -> None:
        if self._settled:
            return
        self._settled = True
        # What is alive now lives for the whole run; frozen, it is left out of the full
        # collections that otherwise stall the event loop while a sync allocates (65-90 ms
        # measured in benchmarks/ui_stall.py, 23 ms frozen).
        gc.freeze()
        # The first seller page needs matplotlib, 0.5 s to import: load it in the background
        # while the user reads the list, not on the GUI thread when they open a seller.
        self.ctx.taskman.run_in_background(warm_up_charts, network=True)

    def _sync_now(self) -> None:
        self.sync.start()

    def _on_running(self, running: bool) -> None:
        self.portfolio.set_syncing(running)
        self.sync_action.setEnabled(not running)
        self.cancel_action.setEnabled(running)
        self._first_sync_notice()

    def _first_sync_notice(self) -> None:
        self.notice.first_sync(self.sync.is_running, self.sync.status)

    def _on_finished(self, outcome: SyncOutcome) -> None:
        self.notice.sync_finished(outcome)

    def _on_status(self, status: CacheStatus) -> None:
        self.rail.set_portfolio_count(status.active_sellers)
        self.top.set_data_as_of(status.data_as_of)
        self._first_sync_notice()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Reached only by keys no page or field took: Esc cancels a running sync first.
        if event.key() == Qt.Key.Key_Escape and self.sync.is_running:
            self.sync.cancel()
            return
        back = (event.key() == Qt.Key.Key_Escape or (
            event.key() == Qt.Key.Key_Left
            and event.modifiers() == Qt.KeyboardModifier.AltModifier))
        if back and self.stack.currentWidget() is self.seller:
            self.go_back()
            return
        super().keyPressEvent(event)

    def open_settings(self) -> SettingsDialog:
        if self.settings_dialog is None:
            dialog = SettingsDialog(self.ctx, self)
            dialog.language_requested.connect(self.language_requested)
            dialog.switch_profile_requested.connect(self.switch_profile_requested)
            dialog.remove_profile_requested.connect(self.remove_profile_requested)
            dialog.add_profile_requested.connect(self.add_profile)
            dialog.auto_sync_changed.connect(self.sync.set_auto_sync_minutes)
            dialog.rules_requested.connect(self.open_rules)
            dialog.finished.connect(self._settings_closed)
            self.settings_dialog = dialog
        self.settings_dialog.open()
        return self.settings_dialog

    def open_rules(self) -> RuleEditorDialog:
        if self.rule_editor is None or not shiboken6.isValid(self.rule_editor):
            dialog = RuleEditorDialog(self.ctx, self)
            dialog.finished.connect(dialog.deleteLater)
            self.rule_editor = dialog
        self.rule_editor.open()
        return self.rule_editor

    def _settings_closed(self, _result: int) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def add_profile(self) -> SignInDialog:
        dialog = self._signin_dialog(SignInDialog(
            self.ctx.home, self.ctx.taskman, profile_name="", parent=self))
        dialog.signed_in.connect(lambda result: self.profile_added.emit(result.profile.name))
        return dialog

    def ask_sign_in(self, reason: str = "") -> SignInDialog:
        """Sign the open profile in again (its session ended), then sync."""
        profile = self.ctx.workspace.profile
        dialog = self._signin_dialog(SignInDialog(
            self.ctx.home, self.ctx.taskman, prefill=profile, reason=reason, parent=self))
        dialog.signed_in.connect(self._signed_in_again)
        return dialog

    def _signin_dialog(self, dialog: SignInDialog) -> SignInDialog:
        if self.signin_dialog is not None and shiboken6.isValid(self.signin_dialog):
            self.signin_dialog.close()
        self.signin_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _signed_in_again(self, result: SignInResult) -> None:
        self.ctx.workspace.profile = result.profile
        self.sync.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.search.close()
        self.notifier.shutdown()
        self.outbox.shutdown()
        super().closeEvent(event)
