"""Outreach logged from a flag: Ctrl+L on the worklist links the entry to the selected flag,
pitches its program, and the flag counts as seen; the pipeline's eligible stage is the
flags engine's eligibility."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.flags.service import FlagItem, FlagService
from app.outreach.pipeline import PipelineService
from app.outreach.service import OutreachService
from tests.ui.outreach_support import TIMEOUT
from ui.context import AppContext

CTRL = Qt.KeyboardModifier.ControlModifier


def _pick(flags: list[FlagItem]) -> FlagItem:
    """A new program opportunity when the data has one (it carries a program), else any."""
    return next((f for f in flags if f.program_id and f.status == "new"),
                next(f for f in flags if f.status == "new"))


def test_ctrl_l_on_a_flag_links_the_entry_and_acknowledges_the_flag(
        outreach_window: Any, synced_ctx: AppContext, qtbot: Any) -> None:
    window = outreach_window
    service = FlagService.for_workspace(synced_ctx.workspace)
    flag = _pick(service.flags())
    window.show_flags()
    worklist = window.worklist
    worklist.kind.setCurrentIndex(worklist.kind.findData("all"))
    qtbot.waitUntil(lambda: any(i.flag_id == flag.flag_id for i in worklist.model.items()),
                    timeout=TIMEOUT)
    row = next(r for r, i in enumerate(worklist.model.items()) if i.flag_id == flag.flag_id)
    worklist.table.setFocus()
    worklist.table.selectRow(row)
    assert worklist.flag_actions.log.isEnabled()

    qtbot.keyClick(worklist.table, Qt.Key.Key_L, CTRL)
    dialog = window.quick_log
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert (dialog.flag_id, dialog.form.seller_id()) == (flag.flag_id, flag.seller_id)
    # The program list comes from the catalog in the background; the flag's is chosen then.
    qtbot.waitUntil(lambda: dialog.form.program.currentData() == flag.program_id,
                    timeout=TIMEOUT)
    qtbot.keyClicks(dialog.form.summary, "Walked the seller through the numbers")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return, CTRL)

    entry = saved.args[0]
    assert entry.flag_id == flag.flag_id
    stored = OutreachService(synced_ctx.workspace.engine).timeline(flag.seller_id)
    assert stored[0].client_id == entry.client_id and stored[0].flag_id == flag.flag_id
    after = next(f for f in service.flags(statuses=None) if f.flag_id == flag.flag_id)
    assert after.status == "acknowledged"
    assert [e.event for e in service.history(flag.flag_id)][-1] == "acknowledged"


def test_the_pipelines_eligible_stage_is_the_flags_engines_eligibility(
        synced_ctx: AppContext) -> None:
    workspace = synced_ctx.workspace
    flags = FlagService.for_workspace(workspace).flags(kinds=["opportunity"])
    pipeline = PipelineService(workspace.engine)
    checked = 0
    for program_id, _name in pipeline.programs():
        eligible = {f.seller_id for f in flags if f.rule_id == f"program_eligible:{program_id}"}
        stage = next(s for s in pipeline.funnel(program_id).stages if s.stage == "eligible")
        # Reaching "eligible" includes sellers further on; the flagged ones are all there.
        assert eligible <= set(stage.seller_ids), program_id
        checked += len(eligible)
    assert checked > 0, "the sandbox should make some sellers eligible for a program"
