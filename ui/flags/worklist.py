"""The Risks & Opportunities worklist: every open flag, worst and largest first.

Flags are read on the cache worker; acknowledge, snooze, dismiss and reopen run there too,
then announce Changes(flags=True) so this page, the portfolio and the seller page read again.
A reload keeps the selected flags and the scroll position.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.flags.service import FlagEventItem, FlagItem, FlagService
from ui import formatting
from ui.changes import Changes
from ui.context import AppContext
from ui.flags.details import FlagDetails
from ui.flags.table import FlagTable
from ui.flags.worklist_actions import FlagActions
from ui.flags.worklist_data import WorklistData, read_worklist
from ui.flags.worklist_model import FlagTableModel
from ui.flags.worklist_states import WorklistStates

log = logging.getLogger(__name__)


class WorklistPage(QWidget):
    seller_activated = Signal(str)
    loaded = Signal()
    counts_changed = Signal(object)  # {"risks": n, "opportunities": m, "critical": c}
    rules_requested = Signal()
    log_requested = Signal()  # the window's quick log, about the selected flag
    action_done = Signal(str, int)  # action name, flags changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistPage")
        self._ctx = ctx
        self._loading = False
        self._reload_pending = False
        self._has_data = False
        self.model = FlagTableModel(self)
        self.table = FlagTable(self)
        self.table.setModel(self.model)
        self.table.apply_widths()
        self.table.setSortingEnabled(False)  # the model's order: severity, value at stake
        self.details = FlagDetails(self)
        self.states = WorklistStates(self._splitter(), self)
        self.kind = self._combo("flagKind", [("risk", self.tr("Risks")),
                                             ("opportunity", self.tr("Opportunities")),
                                             ("all", self.tr("Risks and opportunities"))])
        self.status = self._combo("flagStatus", [("open", self.tr("Open")),
                                                 ("snoozed", self.tr("Snoozed")),
                                                 ("dismissed", self.tr("Dismissed")),
                                                 ("resolved", self.tr("Resolved")),
                                                 ("all", self.tr("Any status"))])
        self.count_label = QLabel(self)
        self.count_label.setObjectName("flagCount")
        self.flag_actions = FlagActions(ctx, self, self.selected_items)
        self.flag_actions.done.connect(self.action_done)
        self.flag_actions.failed.connect(self.states.show_notice)
        self.flag_actions.open_requested.connect(
            lambda: self._activate(self.table.currentIndex().row()))
        self.flag_actions.rules_requested.connect(self.rules_requested)
        self.flag_actions.log_requested.connect(self.log_requested)
        self.table.menu_actions = (self.flag_actions.open, self.flag_actions.log, None,
                                   *self.flag_actions.on_rows)
        self._lay_out()
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.row_activated.connect(self._activate)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_clicked)
        self.states.retry_requested.connect(self.refresh)
        ctx.changes.changed.connect(self._on_changes)
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _splitter(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.details.setMinimumWidth(280)
        return splitter

    def _combo(self, name: str, entries: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code, text in entries:
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        return combo

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        show = QLabel(self.tr("Sh&ow:"), self)
        show.setBuddy(self.kind)  # Alt+O: the kind, then Tab to the status
        for widget in (show, self.kind, self.status):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for action in (*self.flag_actions.on_rows, self.flag_actions.rules):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(f"{action.objectName()}Button")
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.states, 1)

    # -- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the flags again in the background; selection and scroll stay."""
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        if not self._has_data:
            self.states.show_loading()
        workspace, language = self._ctx.workspace, self._ctx.settings.language
        kind, status = self.kind.currentData(), self.status.currentData()
        self._ctx.taskman.run_in_background(
            lambda: read_worklist(workspace, kind, status, language), self._on_read)

    def _on_read(self, future: Future[WorklistData]) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        error = future.exception()
        if error is not None:
            log.error("cannot read the flags", exc_info=error)
            if not self._has_data:
                self.states.show_error(error.message if isinstance(error, KnownError)
                                       else str(error))
        else:
            data = future.result()
            selected = set(self.selected_flag_ids())
            first = min(self.table.selected_positions(), default=None)
            scroll = self.table.verticalScrollBar().value()
            self.model.set_flags(data.items, data.titles, self._ctx.settings.language)
            self._has_data = True
            self._restore(selected, first, scroll)
            self._show_state(data)
            self.counts_changed.emit(data.counts)
            self.loaded.emit()
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    def _show_state(self, data: WorklistData) -> None:
        count = len(data.items)
        self.count_label.setText(self.tr("{count} flags · data as of {date}").format(
            count=formatting.integer(count), date=formatting.date(data.as_of))
            if data.as_of else "")
        if count:
            self.states.show_table()
        elif data.as_of is None:
            self.states.show_not_synced()
        else:
            self.states.show_empty(self.kind.currentData(), self.status.currentData())

    def _restore(self, flag_ids: set[int], first: int | None, scroll: int) -> None:
        self.table.executeDelayedItemsLayout()
        positions = [p for p in (self.model.position_of(f) for f in flag_ids) if p is not None]
        if not positions and first is not None and self.model.rowCount():
            # The flags acted on left the list (snoozed, dismissed): the next one takes
            # their place, so the keyboard can go on down the list.
            positions = [min(first, self.model.rowCount() - 1)]
        selection = self.table.selectionModel()
        for position in positions:
            selection.select(self.model.index(position, 0),
                             selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        if positions:
            selection.setCurrentIndex(self.model.index(positions[0], 0),
                                      selection.SelectionFlag.NoUpdate)
        self.table.verticalScrollBar().setValue(scroll)
        self._on_selection()

    def _on_changes(self, changes: Changes) -> None:
        if (changes.flags or changes.sellers or changes.metrics or changes.violations
                or changes.enrollments or changes.programs or changes.settings):
            self.refresh()

    # -- selection and details -------------------------------------------------------------
    def selected_items(self) -> list[FlagItem]:
        return [self.model.item_at(p) for p in self.table.selected_positions()]

    def selected_flag_ids(self) -> list[int]:
        return [item.flag_id for item in self.selected_items()]

    def current_item(self) -> FlagItem | None:
        """The one flag selected, for actions about a single flag (logging outreach)."""
        items = self.selected_items()
        return items[0] if len(items) == 1 else None

    def _on_selection(self, *_args: object) -> None:
        positions = self.table.selected_positions()
        self.flag_actions.update()
        if len(positions) != 1:
            self.details.show_nothing(len(positions))
            return
        item = self.model.item_at(positions[0])
        self.details.show_flag(item, self.model.title(item.rule_id), self.model.language)
        workspace, flag_id = self._ctx.workspace, item.flag_id
        self._ctx.taskman.run_in_background(
            lambda: FlagService.for_workspace(workspace).history(flag_id),
            lambda future: self._on_history(flag_id, future))

    def _on_history(self, flag_id: int, future: Future[list[FlagEventItem]]) -> None:
        if not shiboken6.isValid(self) or future.exception() is not None:
            return
        self.details.show_history(flag_id, future.result())

    def _activate(self, position: int) -> None:
        if 0 <= position < self.model.rowCount():
            self.seller_activated.emit(self.model.item_at(position).seller_id)

    def _sort_clicked(self, column: int) -> None:
        # Click: sort by the column; again: reverse; a third time: back to worst-first.
        header = self.table.horizontalHeader()
        if self.model.sort_column == column and self.model.descending:
            self.model.sort(-1)
            header.setSortIndicatorShown(False)
            return
        descending = self.model.sort_column == column
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.model.sort(column, order)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.selectRow(0)
