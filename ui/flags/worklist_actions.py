"""The worklist's actions on the selected flags: acknowledge, snooze (until a date), dismiss
(with a reason), reopen; with shortcuts, enabled by what the selection holds.

Each runs on the cache worker, one at a time, then announces Changes(flags=True) so every
screen that shows flags reads them again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Future

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.errors import KnownError
from app.flags.service import FlagItem, FlagService
from ui.changes import Changes
from ui.context import AppContext
from ui.flags.dialogs import DismissDialog, SnoozeDialog

log = logging.getLogger(__name__)
FlagAction = Callable[[FlagService, list[int]], int]
SHORTCUTS = {"acknowledge": "Ctrl+Shift+A", "snooze": "Ctrl+Shift+Z",
             "dismiss": "Ctrl+Shift+D", "reopen": "Ctrl+Shift+O"}
RULES_SHORTCUT = "Ctrl+Shift+E"
_CLOSABLE = frozenset({"new", "acknowledged", "snoozed"})
_REOPENABLE = frozenset({"acknowledged", "snoozed", "dismissed"})


def shortcut_text(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class FlagActions(QObject):
    done = Signal(str, int)  # action name, flags changed; after the announcement
    failed = Signal(str)  # what to tell the user
    open_requested = Signal()
    rules_requested = Signal()
    log_requested = Signal()

    def __init__(self, ctx: AppContext, owner: QWidget,
                 selection: Callable[[], list[FlagItem]]) -> None:
        super().__init__(owner)
        self._ctx = ctx
        self._owner = owner
        self._selection = selection
        self._busy = False
        self.snooze_dialog: SnoozeDialog | None = None
        self.dismiss_dialog: DismissDialog | None = None
        self.acknowledge = self._action(
            "acknowledge", self.tr("&Acknowledge"),
            self.tr("Mark the selected flags as seen; they stay open"),
            self.acknowledge_selected, SHORTCUTS["acknowledge"])
        self.snooze = self._action(
            "snooze", self.tr("&Snooze…"), self.tr("Hide the selected flags until a date"),
            self.snooze_selected, SHORTCUTS["snooze"])
        self.dismiss = self._action(
            "dismiss", self.tr("&Dismiss…"), self.tr("Close the selected flags with a reason"),
            self.dismiss_selected, SHORTCUTS["dismiss"])
        self.reopen = self._action(
            "reopen", self.tr("&Reopen"),
            self.tr("Put snoozed, dismissed or acknowledged flags back to new"),
            self.reopen_selected, SHORTCUTS["reopen"])
        self.open = QAction(self.tr("Open seller\tEnter"), owner)
        self.open.triggered.connect(self.open_requested)
        self.rules = self._action(
            "flagRules", self.tr("R&ules…"),
            self.tr("Edit the rules' thresholds and turn rules on or off"),
            self.rules_requested.emit, RULES_SHORTCUT, register=False)
        self.log = self._action(
            "logFlag", self.tr("&Log outreach…"),
            self.tr("Log a call or message about the selected flag, linked to it"),
            self.log_requested.emit, "Ctrl+L", register=False)
        self.on_rows = (self.acknowledge, self.snooze, self.dismiss, self.reopen)
        self.update()

    def _action(self, name: str, text: str, tip: str, slot: Callable[[], object],
                sequence: str, *, register: bool = True) -> QAction:
        action = QAction(text, self._owner)
        action.setObjectName(f"{name}Action")
        if register:  # else the window owns the key; the tooltip still names it
            action.setShortcut(QKeySequence(sequence))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(self.tr("{tip} ({shortcut})").format(
            tip=tip, shortcut=shortcut_text(sequence)))
        action.triggered.connect(slot)
        self._owner.addAction(action)
        return action

    def update(self) -> None:
        """Enable what makes sense for the selection (nothing while an action runs)."""
        statuses = set() if self._busy else {item.status for item in self._selection()}
        self.acknowledge.setEnabled("new" in statuses)
        self.snooze.setEnabled(bool(statuses & _CLOSABLE))
        self.dismiss.setEnabled(bool(statuses & _CLOSABLE))
        self.reopen.setEnabled(bool(statuses & _REOPENABLE))
        self.open.setEnabled(bool(statuses))
        self.log.setEnabled(not self._busy and len(self._selection()) == 1)

    def _ids(self) -> list[int]:
        return [item.flag_id for item in self._selection()]

    def acknowledge_selected(self) -> None:
        self.run("acknowledge", lambda service, ids: service.acknowledge(ids))

    def reopen_selected(self) -> None:
        self.run("reopen", lambda service, ids: service.reopen(ids))

    def snooze_selected(self) -> SnoozeDialog | None:
        ids = self._ids()
        if not ids or not self.snooze.isEnabled():
            return None
        dialog = SnoozeDialog(len(ids), self._ctx.today(), self._owner)
        # The answer is read here, on the GUI thread; the worker only gets plain values.
        dialog.accepted.connect(lambda: self._snooze(ids, dialog.until()))
        dialog.finished.connect(dialog.deleteLater)
        self.snooze_dialog = dialog
        dialog.open()
        return dialog

    def dismiss_selected(self) -> DismissDialog | None:
        ids = self._ids()
        if not ids or not self.dismiss.isEnabled():
            return None
        dialog = DismissDialog(len(ids), self._owner)
        dialog.accepted.connect(lambda: self._dismiss(ids, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.dismiss_dialog = dialog
        dialog.open()
        return dialog

    def _snooze(self, ids: list[int], until: dt.date) -> None:
        self.run("snooze", lambda service, chosen: service.snooze(chosen, until), ids)

    def _dismiss(self, ids: list[int], reason: str) -> None:
        self.run("dismiss", lambda service, chosen: service.dismiss(chosen, reason), ids)

    def run(self, name: str, call: FlagAction, flag_ids: list[int] | None = None) -> None:
        ids = list(flag_ids if flag_ids is not None else self._ids())
        if not ids or self._busy:
            return
        self._busy = True
        self.update()
        workspace = self._ctx.workspace
        self._ctx.taskman.run_in_background(
            lambda: call(FlagService.for_workspace(workspace), ids),
            lambda future: self._on_done(name, future))

    def _on_done(self, name: str, future: Future[int]) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self.update()
        error = future.exception()
        if error is not None:
            log.error("flag action %s failed", name, exc_info=error)
            self.failed.emit(error.message if isinstance(error, KnownError) else self.tr(
                "The change could not be saved; the details are in the log."))
            return
        self._ctx.changes.announce(Changes(flags=True, source=f"flags.{name}"))
        self.done.emit(name, future.result())
