"""Follow-ups: overdue, due today and the week ahead, each a short list to work down with
the keyboard: D done, Shift+D done and log what happened, S snooze a day, Shift+S snooze to
a date, Enter opens the seller.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.outreach.followups import FollowUps
from app.outreach.model import OutreachEntry
from ui import formatting
from ui.changes import Changes
from ui.context import AppContext
from ui.outreach.entry_model import EntryTableModel
from ui.outreach.quick_log import Mode, QuickLogDialog
from ui.outreach.snooze_dialog import SnoozeDialog
from ui.outreach.tables import list_view, page_title
from ui.page_action import page_action
from ui.seller.words import shortcut_text

log = logging.getLogger(__name__)
COLUMNS = ("follow_up", "seller", "outcome", "channel", "when", "author", "summary")
SECTIONS = ("overdue", "due_today", "upcoming")
SECTION_ROWS = 10


def _read(ctx: AppContext) -> FollowUps:
    from app.outreach.followups import FollowUpService

    # The user's own calendar day: a follow-up "due today" is due in their day, not UTC's.
    return FollowUpService(ctx.workspace.engine, today=ctx.today()).lists()


class FollowUpsPage(QWidget):
    loaded = Signal()
    seller_activated = Signal(str)
    counts_changed = Signal(int)  # overdue + due today

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsPage")
        self.ctx = ctx
        self._stale = True
        self.dialog: QWidget | None = None
        self.lists: FollowUps | None = None
        self.models: dict[str, EntryTableModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.headings: dict[str, QLabel] = {}
        self._last_table: QTableView | None = None
        self.title = page_title(self.tr("Follow-ups"), self)
        self.message = QLabel(self)
        self.message.setObjectName("followUpsMessage")
        self.message.setWordWrap(True)
        self.done_action = self._action(self.tr("&Done"), "D", self.done_current, "doneAction")
        self.done_log_action = self._action(self.tr("Done and &log what happened…"),
                                            "Shift+D", self.done_and_log, "doneLogAction")
        self.snooze_action = self._action(self.tr("&Snooze to tomorrow"), "S",
                                          lambda: self.snooze_current(1), "snoozeAction")
        self.snooze_to_action = self._action(self.tr("Snooze &until…"), "Shift+S",
                                             self.snooze_to, "snoozeToAction")
        self.open_action = self._action(self.tr("&Open seller"), "Return", self.open_current,
                                        "openSellerAction")
        self._lay_out()
        ctx.changes.changed.connect(self._on_changes)

    def _action(self, text: str, key: str, slot: Callable[[], object], name: str
                ) -> QAction:
        return page_action(self, text, key, slot, name)

    def _section(self, key: str, column: QVBoxLayout) -> None:
        heading = QLabel(self)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        model = EntryTableModel(COLUMNS, self)
        table = list_view(self, f"followUps_{key}", model)
        table.doubleClicked.connect(lambda _index: self.open_current())
        table.installEventFilter(self)
        self.models[key], self.tables[key], self.headings[key] = model, table, heading
        column.addWidget(heading)
        column.addWidget(table)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        for action in (self.done_action, self.done_log_action, self.snooze_action,
                       self.snooze_to_action, self.open_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
        body = QWidget(self)
        column = QVBoxLayout(body)
        for key in SECTIONS:
            self._section(key, column)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt API)
        if event.type() == event.Type.FocusIn and isinstance(watched, QTableView):
            self._last_table = watched
        return False

    def refresh(self) -> None:
        self._stale = False
        ctx = self.ctx
        ctx.taskman.run_in_background(lambda: _read(ctx), self._on_read)

    def _on_read(self, future: Future[FollowUps]) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed (or was rebuilt) while this was read
        error = future.exception()
        if error is not None:
            log.warning("follow-ups: cannot read", exc_info=error)
            self.message.setText(self.tr("The follow-ups could not be read: {reason}").format(
                reason=getattr(error, "message", str(error))))
            return
        self.show_lists(future.result())
        self.loaded.emit()

    def show_lists(self, lists: FollowUps) -> None:
        self.lists = lists
        titles = {"overdue": self.tr("Overdue ({count})"),
                  "due_today": self.tr("Due today ({count})"),
                  "upcoming": self.tr("Upcoming, next 7 days ({count})")}
        for key in SECTIONS:
            entries: list[OutreachEntry] = getattr(lists, key)
            self.models[key].set_entries(entries)
            self.headings[key].setText(titles[key].format(count=formatting.integer(len(entries))))
            table = self.tables[key]
            table.setVisible(bool(entries))
            # A long overdue list scrolls inside its section: today's stays in sight.
            rows = min(max(1, len(entries)), SECTION_ROWS)
            table.setFixedHeight(rows * table.verticalHeader().defaultSectionSize()
                                 + table.horizontalHeader().sizeHint().height()
                                 + 2 * table.frameWidth())
        due = len(lists.overdue) + len(lists.due_today)
        nothing = not (lists.overdue or lists.due_today or lists.upcoming)
        self.message.setText(self.tr("No follow-ups in the next 7 days. Set one when you log "
                                     "outreach ({key}).").format(key=shortcut_text("Ctrl+L"))
                             if nothing else "")
        self.message.setVisible(nothing)
        self.counts_changed.emit(due)
        target = self._last_table or next(
            (self.tables[k] for k in SECTIONS if getattr(lists, k)), None)
        if target is not None and target.model().rowCount() and not target.currentIndex().isValid():
            target.selectRow(0)

    def table_for(self, key: str) -> QTableView:
        return self.tables[key]

    def current(self) -> OutreachEntry | None:
        table = self._last_table
        if table is None or not table.currentIndex().isValid():
            table = next((t for t in self.tables.values() if t.currentIndex().isValid()), None)
        if table is None:
            return None
        model = table.model()
        assert isinstance(model, EntryTableModel)
        return model.entry(table.currentIndex().row())

    def _run(self, task: Callable[[], None]) -> None:
        def done(future: Future[None]) -> None:
            error = future.exception()
            if error is not None:
                log.warning("follow-up update failed", exc_info=error)
                self.message.setText(self.tr("Not saved: {reason}").format(
                    reason=getattr(error, "message", str(error))))
                self.message.show()
                return
            self.ctx.changes.announce(Changes(outreach=True, outreach_outbox=True,
                                              source="followups"))
        self.ctx.taskman.run_in_background(task, done)

    def done_current(self) -> None:
        from app.outreach.followups import FollowUpService

        entry, engine, today = self.current(), self.ctx.workspace.engine, self.ctx.today()
        if entry is not None:
            self._run(lambda: FollowUpService(engine, today=today).done(
                entry.client_id))

    def done_and_log(self) -> QuickLogDialog | None:
        entry = self.current()
        if entry is None:
            return None
        dialog = QuickLogDialog(self.ctx, self, entry=entry, mode=Mode.DONE)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def snooze_current(self, days: int) -> None:
        self.snooze_until(self.ctx.today() + dt.timedelta(days=days))

    def snooze_until(self, until: dt.date) -> None:
        from app.outreach.followups import FollowUpService

        entry, engine, today = self.current(), self.ctx.workspace.engine, self.ctx.today()
        if entry is not None:
            self._run(lambda: FollowUpService(engine, today=today).snooze(
                entry.client_id, until))

    def snooze_to(self) -> SnoozeDialog | None:
        if self.current() is None:
            return None
        dialog = SnoozeDialog(self)
        dialog.chosen.connect(self.snooze_until)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_current(self) -> None:
        entry = self.current()
        if entry is not None:
            self.seller_activated.emit(entry.seller_id)

    def _on_changes(self, changes: Changes) -> None:
        if not changes.outreach:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale:
            self.refresh()
        table = self._last_table or self.tables["overdue"]
        table.setFocus(Qt.FocusReason.OtherFocusReason)
