"""A conflict, field by field: my version beside the platform's, the differences marked.

Keep mine sends my version again over theirs; Keep theirs drops my change for theirs. Either
way the choice is the user's: nothing is resolved behind their back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.outreach.model import Conflict
from ui import formatting
from ui.changes import Changes
from ui.context import AppContext
from ui.outreach.words import OutreachWords
from ui.seller import levels
from ui.seller.tables import read_only_table
from ui.seller.words import shortcut_text

log = logging.getLogger(__name__)
KEEP_MINE, KEEP_THEIRS = "Alt+M", "Alt+T"


def _load(ctx: AppContext, client_id: str) -> Conflict | None:
    from app.outreach.service import OutreachService

    return OutreachService(ctx.workspace.engine).conflict(client_id)


def _resolve(ctx: AppContext, client_id: str, keep: str) -> None:
    from app.outreach.service import OutreachService

    OutreachService(ctx.workspace.engine).resolve_conflict(client_id, keep)


class ConflictDialog(QDialog):
    resolved = Signal(str)  # "mine" | "theirs"
    loaded = Signal()

    def __init__(self, ctx: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Resolve a conflict"))
        self.ctx, self.client_id = ctx, client_id
        self.conflict: Conflict | None = None
        self.differing: list[str] = []
        self.words = OutreachWords(self)
        self.intro = QLabel(self.tr("A teammate changed this entry on the platform after you "
                                    "changed it here. Choose which version to keep."), self)
        self.intro.setWordWrap(True)
        self.table = read_only_table(self, "conflictTable",
                                     [self.tr("Field"), self.tr("Mine"), self.tr("Theirs")])
        self.message = QLabel(self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.mine_button = self._button(box, self.tr("Keep &mine"), KEEP_MINE, "mine")
        self.theirs_button = self._button(box, self.tr("Keep &theirs"), KEEP_THEIRS, "theirs")
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.resize(680, 380)
        self._enable(False)
        ctx.taskman.run_in_background(lambda: _load(ctx, client_id), self._on_loaded)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        # Its keys (Ctrl+Enter, Alt+1..4, Alt+M/T) work only in the active window: take it
        # at once, not whenever the window system gets round to it.
        self.activateWindow()

    def _button(self, box: QDialogButtonBox, text: str, key: str, keep: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(f"keep_{keep}")
        button.setShortcut(QKeySequence(key))
        button.setToolTip(shortcut_text(key))
        button.clicked.connect(lambda: self.keep(keep))
        return button

    def _enable(self, enabled: bool) -> None:
        self.mine_button.setEnabled(enabled)
        self.theirs_button.setEnabled(enabled)

    def _on_loaded(self, future: Future[Conflict | None]) -> None:
        error = future.exception()
        if error is not None:
            log.warning("cannot read conflict %s", self.client_id, exc_info=error)
            self.message.setText(self.tr("The conflict could not be read: {reason}").format(
                reason=getattr(error, "message", str(error))))
            return
        conflict = future.result()
        if conflict is None:
            self.message.setText(self.tr("This entry is no longer in conflict: nothing to "
                                         "choose."))
            return
        self.show_conflict(conflict)
        self._enable(True)
        self.loaded.emit()

    def show_conflict(self, conflict: Conflict) -> None:
        self.conflict = conflict
        fields = list(dict.fromkeys([*conflict.mine, *conflict.theirs]))
        self.differing = [f for f in fields if conflict.mine.get(f) != conflict.theirs.get(f)]
        colour = levels.colour(levels.MEDIUM, self.palette())
        self.table.setRowCount(len(fields))
        for row, name in enumerate(fields):
            differs = name in self.differing
            cells = (self.words.field(name), self._value(name, conflict.mine.get(name)),
                     self._value(name, conflict.theirs.get(name)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if differs:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    if column == 0 and colour:
                        item.setText(f"● {text}")
                        item.setForeground(QBrush(QColor(colour)))
                item.setData(Qt.ItemDataRole.UserRole, differs)
                self.table.setItem(row, column, item)

    def _value(self, name: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        words: dict[str, Callable[[str], str]] = {
            "channel": self.words.channel, "outcome": self.words.outcome,
            "direction": self.words.direction, "follow_up_on": formatting.date,
            "occurred_at": lambda text: formatting.date_time(formatting.parse_instant(text)),
        }
        return words.get(name, str)(str(value))

    def keep(self, which: str) -> None:
        self._enable(False)
        self.message.setText(self.tr("Saving your choice…"))
        ctx, client_id = self.ctx, self.client_id
        ctx.taskman.run_in_background(lambda: _resolve(ctx, client_id, which),
                                      lambda future: self._on_resolved(future, which))

    def _on_resolved(self, future: Future[None], which: str) -> None:
        error = future.exception()
        if error is not None:
            reason = error.message if isinstance(error, KnownError) else str(error)
            self.message.setText(self.tr("Not resolved: {reason}").format(reason=reason))
            self._enable(True)
            return
        self.ctx.changes.announce(Changes(outreach=True, outreach_outbox=True,
                                          source="conflict"))
        self.resolved.emit(which)
        self.accept()
