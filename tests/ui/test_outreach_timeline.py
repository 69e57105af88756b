"""The seller page's outreach timeline: mine and teammates' entries, the impact of one, and
correcting or deleting my own by keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.outreach.service import OutreachService
from tests.ui.outreach_support import TIMEOUT
from ui.context import AppContext
from ui.outreach.impact import move_level
from ui.outreach.quick_log import Mode, QuickLogDialog
from ui.seller import levels
from ui.seller.outreach_panel import COLUMNS


def seller_with_both(ctx: AppContext) -> str:
    """A seller whose history has my entries and a teammate's."""
    entries = OutreachService(ctx.workspace.engine).recent(1000)
    mine = {e.seller_id for e in entries if e.mine}
    theirs = {e.seller_id for e in entries if not e.mine}
    both = sorted(mine & theirs)
    if not both:
        pytest.skip("the generated sandbox has no seller contacted by me and a teammate")
    return both[0]


@pytest.fixture
def panel(outreach_window: Any, synced_ctx: AppContext, qtbot: Any) -> Any:
    window = outreach_window
    seller = seller_with_both(synced_ctx)
    shown = window.seller.outreach
    with qtbot.waitSignal(shown.loaded, timeout=TIMEOUT):
        window.open_seller(seller)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return shown


def text(panel: Any, row: int, column: str) -> str:
    return panel.table.item(row, COLUMNS.index(column)).text()


def test_timeline_lists_mine_and_teammates_newest_first(panel: Any) -> None:
    stored = OutreachService(panel.ctx.workspace.engine).timeline(panel.seller_id)
    assert panel.table.rowCount() == len(stored)
    assert [text(panel, r, "summary") for r in range(len(stored))] == [e.summary for e in stored]
    assert [e.occurred_at for e in stored] == sorted((e.occurred_at for e in stored),
                                                     reverse=True)
    for row, entry in enumerate(stored):
        author = text(panel, row, "author")
        assert (author == "Me") if entry.mine else author.endswith("(teammate)")
        assert panel.table.item(row, 0).font().italic() == (not entry.mine)


def test_impact_arrows_are_coloured_by_whether_the_move_is_good(panel: Any, qtbot: Any
                                                                ) -> None:
    row = next(r for r, e in enumerate(panel.entries) if e.mine)
    panel.table.setCurrentCell(row, 0)
    impact = panel.impact
    qtbot.waitUntil(lambda: impact.table.rowCount() > 0, timeout=TIMEOUT)
    expected = OutreachService(panel.ctx.workspace.engine).impact(panel.entries[row].client_id)
    assert [m.metric for m in impact.moves] == [m.metric for m in expected]
    for index, move in enumerate(expected):
        arrow, level = move_level(move.metric, move)
        cell = impact.table.item(index, 3)
        assert cell.text().startswith(arrow)
        assert cell.data(Qt.ItemDataRole.UserRole) == level
        if level is not None:
            assert cell.foreground().color().name() == levels.colour(level, impact.palette())
    late = next(m for m in expected if m.metric == "late_dispatch_rate")
    if late.before is not None and late.after is not None and late.after < late.before:
        assert move_level("late_dispatch_rate", late) == ("↓", levels.GROWTH)


def test_a_running_window_compares_sums_per_day() -> None:
    from app.outreach.model import MetricMove

    # 14 days of GMV at the same daily pace as the 30 before: flat, not a halving.
    assert move_level("gmv_30d", MetricMove("gmv_30d", 3000.0, 1400.0, 14)) == ("→", None)
    assert move_level("gmv_30d", MetricMove("gmv_30d", 3000.0, 1500.0, 14)) == (
        "↑", levels.GROWTH)
    assert move_level("cancellation_rate", MetricMove("cancellation_rate", 0.01, 0.02, 14)
                      ) == ("↑", levels.CRITICAL)
    assert move_level("sps", MetricMove("sps", 4.0, None, 0)) == ("", None)


def test_ctrl_e_corrects_and_del_deletes_my_own_entry(panel: Any, qtbot: Any) -> None:
    service = OutreachService(panel.ctx.workspace.engine)
    row = next(r for r, e in enumerate(panel.entries) if e.mine)
    entry = panel.entries[row]
    panel.table.setFocus()
    panel.table.setCurrentCell(row, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.dialog
    assert isinstance(dialog, QuickLogDialog) and dialog.mode is Mode.EDIT
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert not dialog.form.channel.isEnabled()  # fixed once created
    dialog.form.summary.selectAll()
    qtbot.keyClicks(dialog.form.summary, "Corrected summary")
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Corrected summary" in [
        text(panel, r, "summary") for r in range(panel.table.rowCount())], timeout=TIMEOUT)
    assert service.entry(entry.client_id).summary == "Corrected summary"

    window = panel.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    row = next(r for r, e in enumerate(panel.entries) if e.client_id == entry.client_id)
    panel.table.setFocus()
    panel.table.setCurrentCell(row, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    box = panel.dialog
    assert isinstance(box, QMessageBox) and "Corrected summary" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: entry.client_id not in {e.client_id for e in panel.entries},
                    timeout=TIMEOUT)
    assert entry.client_id not in {e.client_id for e in service.timeline(panel.seller_id)}


def test_teammates_entries_cannot_be_edited_or_deleted(panel: Any) -> None:
    row = next(r for r, e in enumerate(panel.entries) if not e.mine)
    panel.table.setCurrentCell(row, 0)
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    assert panel.edit_current() is None and panel.delete_current() is None


def test_ctrl_e_on_a_refused_entry_corrects_and_resends_it(
        panel: Any, synced_ctx: AppContext, qtbot: Any) -> None:
    from tests.ui.outreach_support import log_entry, push

    refused = log_entry(synced_ctx.workspace, panel.seller_id, summary="y" * 600)
    push(synced_ctx.workspace)
    panel.reload()
    qtbot.waitUntil(lambda: any(e.client_id == refused.client_id
                                and e.outbox_state == "rejected" for e in panel.entries),
                    timeout=TIMEOUT)
    row = next(r for r, e in enumerate(panel.entries) if e.client_id == refused.client_id)
    assert text(panel, row, "state") == "Rejected"
    panel.table.setFocus()
    panel.table.setCurrentCell(row, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.dialog
    assert isinstance(dialog, QuickLogDialog) and dialog.mode is Mode.RESEND
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.form.summary.selectAll()
    qtbot.keyClicks(dialog.form.summary, "Short now")
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    service = OutreachService(synced_ctx.workspace.engine)
    qtbot.waitUntil(lambda: service.entry(refused.client_id).outbox_state is None,
                    timeout=30_000)
    assert service.entry(refused.client_id).summary == "Short now"
