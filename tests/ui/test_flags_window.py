"""The main window with the worklist: Ctrl+2 opens it, the rail badge counts open risks,
Enter opens the seller, Back returns to the worklist, the rules action opens the editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.flags.service import FlagService
from tests.ui.conftest import synced
from ui import formatting
from ui.main_window import MainWindow
from ui.sync_controller import Outcome

TIMEOUT = 20_000


def test_worklist_in_the_window(window: MainWindow, qtbot: Any) -> None:
    assert synced(qtbot, window.sync).kind is Outcome.DONE  # a sync announces flags too
    counts = FlagService.for_workspace(window.ctx.workspace).open_counts()
    assert counts["risks"] > 0, "the sandbox should raise some risks"
    # The worklist reads again after the sync's announcement; the badge follows.
    qtbot.waitUntil(lambda: window.rail.flags.badge.text()
                    == formatting.integer(counts["risks"]), timeout=TIMEOUT)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.worklist
    assert window.rail.flags.isChecked()
    if window.worklist.model.rowCount() == 0:
        assert window.worklist.states.state == "empty"
        return
    window.worklist.table.setFocus()
    window.worklist.table.selectRow(0)
    seller_id = window.worklist.model.item_at(0).seller_id
    with qtbot.waitSignal(window.seller.loaded, timeout=TIMEOUT):
        qtbot.keyClick(window.worklist.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.seller
    assert window.seller.seller_id == seller_id
    window.seller.back_requested.emit()
    assert window.stack.currentWidget() is window.worklist, "Back returns to the worklist"
    editor = window.open_rules()
    assert editor.isVisible()
    qtbot.waitUntil(lambda: editor.table.rowCount() > 0, timeout=TIMEOUT)
    editor.reject()
