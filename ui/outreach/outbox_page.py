"""The outbox: every local change the platform has not taken yet, waiting, rejected (with
the platform's words) or in conflict, and what to do about each.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.outreach.model import OutreachEntry
from ui import formatting
from ui.changes import Changes
from ui.context import AppContext
from ui.outbox_controller import OutboxController, PushKind, PushOutcome
from ui.outreach.entry_model import EntryTableModel
from ui.outreach.quick_log import Mode, QuickLogDialog
from ui.outreach.tables import list_view, page_title
from ui.page_action import page_action
from ui.seller import levels
from ui.seller.words import shortcut_text

log = logging.getLogger(__name__)
PUSH_KEY, RESEND_KEY, RESOLVE_KEY = "Ctrl+Shift+P", "Ctrl+E", "Ctrl+Shift+R"
COLUMNS = ("state", "seller", "when", "channel", "outcome", "message", "summary")


def _read(ctx: AppContext) -> tuple[list[OutreachEntry], dict[str, str]]:
    from app.outreach.pipeline import PipelineService
    from app.outreach.service import OutreachService

    engine = ctx.workspace.engine
    return OutreachService(engine).outbox(), dict(PipelineService(engine).programs())


class OutboxPage(QWidget):
    loaded = Signal()
    seller_activated = Signal(str)

    def __init__(self, ctx: AppContext, outbox: OutboxController,
                 parent: QWidget | None = None, *, push_action: QAction | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxPage")
        self.ctx, self.outbox = ctx, outbox
        self._stale = True
        self.dialog: QDialog | None = None
        self.model = EntryTableModel(COLUMNS, self)
        self.table = list_view(self, "outboxTable", self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.table.activated.connect(lambda _index: self.act_on_current())
        self.title = page_title(self.tr("Outbox"), self)
        self.status = QLabel(self)
        self.status.setObjectName("outboxStatus")
        self.status.setWordWrap(True)
        self.empty = QLabel(self.tr("Nothing waiting: everything you logged is on the "
                                    "platform."), self)
        self.empty.setObjectName("outboxEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The window's own action when there is one: its key works from every screen.
        self.push_action = push_action or self._action(
            self.tr("&Send outbox now"), PUSH_KEY, self.push_now, "pushNowAction")
        self.resend_action = self._action(self.tr("&Correct and resend…"), RESEND_KEY,
                                          self.resend_current, "resendAction")
        self.resolve_action = self._action(self.tr("&Resolve conflict…"), RESOLVE_KEY,
                                           self.resolve_current, "resolveAction")
        self._lay_out()
        ctx.changes.changed.connect(self._on_changes)
        outbox.pushed.connect(self._on_pushed)
        outbox.counts_changed.connect(self._show_status)
        outbox.running_changed.connect(self._show_status)
        self._show_status()
        self._update_actions()

    def _action(self, text: str, key: str, slot: Callable[[], object], name: str
                ) -> QAction:
        return page_action(self, text, key, slot, name)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        for action in (self.resend_action, self.resolve_action, self.push_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

    def refresh(self) -> None:
        self._stale = False
        ctx = self.ctx
        ctx.taskman.run_in_background(lambda: _read(ctx), self._on_read)

    def _on_read(self, future: Future[tuple[list[OutreachEntry], dict[str, str]]]) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed (or was rebuilt) while this was read
        error = future.exception()
        if error is not None:
            log.warning("outbox: cannot read", exc_info=error)
            self.status.setText(self.tr("The outbox could not be read: {reason}").format(
                reason=getattr(error, "message", str(error))))
            return
        current = self.current()
        entries, programs = future.result()
        self.model.dark = levels.is_dark(self.palette())
        self.model.set_entries(entries, programs)
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        row = self.model.row_of(current.client_id) if current else -1
        if entries:
            self.table.selectRow(max(row, 0))
        self._update_actions()
        self.loaded.emit()

    def current(self) -> OutreachEntry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select(self, client_id: str) -> None:
        row = self.model.row_of(client_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        entry = self.current()
        state = entry.outbox_state if entry else None
        self.resend_action.setEnabled(state == "rejected")
        self.resolve_action.setEnabled(state == "conflict")

    def act_on_current(self) -> None:
        """Enter on a row: the one thing that row needs."""
        entry = self.current()
        if entry is None:
            return
        if entry.outbox_state == "rejected":
            self.resend_current()
        elif entry.outbox_state == "conflict":
            self.resolve_current()
        else:
            self.seller_activated.emit(entry.seller_id)

    def push_now(self) -> None:
        self.outbox.push()
        self._show_status()

    def resend_current(self) -> QDialog | None:
        entry = self.current()
        if entry is None or entry.outbox_state != "rejected":
            return None
        return self._open(QuickLogDialog(self.ctx, self, entry=entry, mode=Mode.RESEND))

    def resolve_current(self) -> QDialog | None:
        from ui.outreach.conflict_dialog import ConflictDialog

        entry = self.current()
        if entry is None or entry.outbox_state != "conflict":
            return None
        return self._open(ConflictDialog(self.ctx, entry.client_id, self))

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.outreach or changes.outreach_outbox):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_pushed(self, _outcome: PushOutcome) -> None:
        self._show_status()
        if self.isVisible():
            self.refresh()

    def _show_status(self, *_: object) -> None:
        counts = self.outbox.counts
        needs_user = counts is not None and (counts.rejected or counts.conflicts)
        self.status.setText(self.hint_text(self.status_text()) if needs_user
                            else self.status_text())

    def hint_text(self, status: str) -> str:
        resend, resolve = shortcut_text(RESEND_KEY), shortcut_text(RESOLVE_KEY)
        return self.tr("{status} Select a refused entry and press {resend} to correct and "
                       "send it again, or a conflict and press {resolve} to choose a "
                       "version.").format(status=status, resend=resend, resolve=resolve)

    def status_text(self) -> str:
        if self.outbox.running:
            return self.tr("Sending to the platform…")
        outcome = self.outbox.last_outcome
        key = shortcut_text(PUSH_KEY)
        if outcome is None:
            return self.tr("Entries are sent in the background; press {key} to send now."
                           ).format(key=key)
        when = formatting.relative_time(outcome.finished_at)
        if outcome.kind is PushKind.OFFLINE:
            return self.tr("Offline {when}: entries stay here and are sent when the platform "
                           "can be reached.").format(when=when)
        if outcome.kind is PushKind.NEEDS_SIGN_IN:
            return self.tr("The platform asks you to sign in again; entries stay here until "
                           "then.")
        if outcome.kind is PushKind.FAILED:
            return self.tr("The last send failed {when}: {reason}. Entries stay here; press "
                           "{key} to try again.").format(
                when=when, reason=(outcome.message or self.tr("unexpected error")).rstrip("."),
                key=key)
        result = outcome.result
        sent = result.sent if result else 0
        return self.tr("Last sent {when}: {count} accepted.").format(
            when=when, count=formatting.integer(sent))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
