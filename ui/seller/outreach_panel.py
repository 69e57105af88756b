"""The seller's outreach timeline: mine and teammates', newest first, with what is still in
the outbox marked, and for the selected entry its impact (key metrics at contact vs the 30
days after). Own entries can be corrected (Ctrl+E) or deleted (Del, after asking).
"""

from __future__ import annotations

import logging
from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.outreach.model import OutreachEntry
from ui.changes import Changes
from ui.context import AppContext
from ui.outreach.entry_model import EntryTableModel
from ui.outreach.impact import ImpactTable
from ui.outreach.quick_log import Mode, QuickLogDialog
from ui.seller import levels
from ui.seller.tables import read_only_table
from ui.seller.words import shortcut_text

log = logging.getLogger(__name__)
COLUMNS = ("when", "channel", "outcome", "program", "follow_up", "author", "state", "summary")
# F2 would be the item view's own edit key, which it keeps from any shortcut.
EDIT_KEY, DELETE_KEY, LOG_KEY = "Ctrl+E", "Del", "Ctrl+L"


def _read(ctx: AppContext, seller_id: str) -> tuple[list[OutreachEntry], dict[str, str]]:
    from app.outreach.pipeline import PipelineService
    from app.outreach.service import OutreachService

    engine = ctx.workspace.engine
    return (OutreachService(engine).timeline(seller_id),
            dict(PipelineService(engine).programs()))


class OutreachPanel(QGroupBox):
    log_requested = Signal()
    loaded = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outreachPanel")
        self.setTitle(self.tr("Outreach"))
        self.ctx = ctx
        self.seller_id: str | None = None
        self.entries: list[OutreachEntry] = []
        self.dialog: QWidget | None = None
        self._request = 0
        # Texts come from the shared entry model, so the timeline and the lists say the same.
        self._texts = EntryTableModel(EntryTableModel.COLUMNS, self)
        headers = [self._texts.headerData(EntryTableModel.COLUMNS.index(c),
                                          Qt.Orientation.Horizontal) for c in COLUMNS]
        self.log_button = self._button(self.tr("Log outreach…"), LOG_KEY, self.log_requested)
        self.log_button.setObjectName("logOutreachButton")
        self.edit_button = self._button(self.tr("Edit"), EDIT_KEY, self.edit_current)
        self.delete_button = self._button(self.tr("Delete"), DELETE_KEY, self.delete_current)
        self.empty = QLabel(self.tr("No outreach logged with this seller yet. Press {key} to "
                                    "log a call, a message or a meeting.").format(
            key=shortcut_text(LOG_KEY)), self)
        self.empty.setObjectName("outreachEmpty")
        self.table = read_only_table(self, "outreachTimeline", headers)
        self.table.setMinimumHeight(160)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # The summary (last) takes what is left and elides: the other columns stay in sight.
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._on_current())
        self.impact = ImpactTable(ctx, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.log_button)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(self.impact)
        self._on_current()

    def _button(self, text: str, key: str, slot: object) -> QPushButton:
        button = QPushButton(f"{text} ({shortcut_text(key)})", self)
        button.setToolTip(shortcut_text(key))
        button.clicked.connect(slot)
        if key != LOG_KEY:  # Ctrl+L belongs to the window's action, which asks this page
            # Only while focus is in the timeline: Del elsewhere on the page is not this.
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        return button

    def set_seller(self, seller_id: str) -> None:
        if seller_id != self.seller_id:
            self.seller_id = seller_id
            self.entries = []
            self.table.setRowCount(0)
        self.reload()

    def reload(self) -> None:
        if self.seller_id is None:
            return
        self._request += 1
        request, seller_id, ctx = self._request, self.seller_id, self.ctx
        ctx.taskman.run_in_background(lambda: _read(ctx, seller_id),
                                      lambda future: self._on_read(request, seller_id, future))

    def _on_read(self, request: int, seller_id: str,
                 future: Future[tuple[list[OutreachEntry], dict[str, str]]]) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed (or was rebuilt) while this was read
        if request != self._request:
            return
        error = future.exception()
        if error is not None:
            log.warning("timeline of %s: cannot read", seller_id, exc_info=error)
            self.empty.setText(self.tr("The outreach log could not be read: {reason}").format(
                reason=getattr(error, "message", str(error))))
            self.empty.show()
            return
        entries, programs = future.result()
        self.show_entries(entries, programs)
        self.loaded.emit(seller_id)

    def show_entries(self, entries: list[OutreachEntry], programs: dict[str, str]) -> None:
        current = self.current()
        self.entries = entries
        self._texts.program_names = programs
        self.empty.setVisible(not entries)
        self.table.setVisible(bool(entries))
        self.table.setRowCount(len(entries))
        attention = QBrush(QColor(levels.colour(levels.HIGH, self.palette()) or "#d84315"))
        for row, entry in enumerate(entries):
            for column, key in enumerate(COLUMNS):
                text = self._texts.text(entry, key)
                if key == "author" and not entry.mine:
                    text = self.tr("{author} (teammate)").format(author=text)
                item = QTableWidgetItem(text if key != "state" or entry.outbox_state else "")
                item.setToolTip(entry.outbox_error or text if key == "state" else text)
                if not entry.mine:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                if key == "state" and entry.outbox_state in ("rejected", "conflict"):
                    item.setForeground(attention)
                self.table.setItem(row, column, item)
        row = next((i for i, e in enumerate(entries)
                    if current and e.client_id == current.client_id), 0)
        if entries:
            self.table.setCurrentCell(row, 0)
        self._on_current()

    def current(self) -> OutreachEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _on_current(self) -> None:
        entry = self.current()
        own = entry is not None and entry.mine
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.impact.show_entry(entry)

    def edit_current(self) -> QDialog | None:
        """Correct my entry: resend it if the platform refused it, choose if it conflicts."""
        entry = self.current()
        if entry is None or not entry.mine:
            return None
        dialog: QDialog
        if entry.outbox_state == "conflict":
            from ui.outreach.conflict_dialog import ConflictDialog

            dialog = ConflictDialog(self.ctx, entry.client_id, self)
        else:
            mode = Mode.RESEND if entry.outbox_state == "rejected" else Mode.EDIT
            dialog = QuickLogDialog(self.ctx, self, entry=entry, mode=mode)
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_current(self) -> QMessageBox | None:
        entry = self.current()
        if entry is None or not entry.mine:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete this entry?"),
                          self.tr("Delete “{summary}”? Your teammates stop seeing it once the "
                                  "platform has the deletion.").format(
                              summary=entry.summary or self._texts.text(entry, "when")),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("confirmDelete")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(
            lambda: self._delete(entry.client_id))
        self.dialog = box
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _delete(self, client_id: str) -> None:
        from app.outreach.service import OutreachService

        engine = self.ctx.workspace.engine

        def done(future: Future[None]) -> None:
            error = future.exception()
            if error is not None:
                self.empty.setText(self.tr("Not deleted: {reason}").format(
                    reason=getattr(error, "message", str(error))))
                self.empty.show()
                return
            self.ctx.changes.announce(Changes(outreach=True, outreach_outbox=True,
                                              source="timeline"))

        self.ctx.taskman.run_in_background(lambda: OutreachService(engine).delete(client_id),
                                           done)

    def on_changes(self, changes: Changes) -> None:
        if changes.outreach or changes.metrics:
            self.reload()
