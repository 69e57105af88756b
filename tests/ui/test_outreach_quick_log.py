"""The quick log, driven by the keyboard, on a synced cache with the sandbox behind it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.outreach.service import OutreachService
from app.outreach.templates import TemplateStore
from tests.ui.outreach_support import TIMEOUT, seller_ids, server_activities
from ui.context import AppContext
from ui.outreach.quick_log import QuickLogDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SENTENCE = "Called about late dispatch, courier switch agreed"


def open_seller(window: Any, qtbot: Any, seller_id: str) -> None:
    with qtbot.waitSignal(window.seller.loaded, timeout=TIMEOUT):
        window.open_seller(seller_id)
    qtbot.waitUntil(lambda: window.seller.outreach.seller_id == seller_id, timeout=TIMEOUT)


def test_ctrl_l_a_sentence_and_ctrl_enter_log_a_call_that_reaches_the_platform(
        outreach_window: Any, synced_ctx: AppContext, sandbox: Any, qtbot: Any) -> None:
    window = outreach_window
    seller = seller_ids(synced_ctx.workspace)[0]
    open_seller(window, qtbot, seller)
    # The platform fails every request for now: the entry must wait in the outbox.
    sandbox.faults.update(fail_rate=1.0)

    qtbot.keyClick(window.seller, Qt.Key.Key_L, CTRL)
    dialog = window.quick_log
    assert isinstance(dialog, QuickLogDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.form.seller_id() == seller
    assert dialog.focusWidget() is dialog.form.summary
    qtbot.keyClicks(dialog.form.summary, SENTENCE)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return, CTRL)

    entry = saved.args[0]
    stored = OutreachService(synced_ctx.workspace.engine).timeline(seller)
    # Newest first: the call just logged heads the seller's history.
    assert (stored[0].client_id, stored[0].summary, stored[0].channel, stored[0].outcome,
            stored[0].mine) == (entry.client_id, SENTENCE, "call", "connected", True)
    timeline = window.seller.outreach.table
    qtbot.waitUntil(lambda: timeline.rowCount() == len(stored) and SENTENCE in [
        timeline.item(0, c).text() for c in range(timeline.columnCount())], timeout=TIMEOUT)
    # Waiting while the platform fails: counted on the rail and in the status line.
    qtbot.waitUntil(lambda: window.outbox.last_outcome is not None
                    and not window.outbox.running, timeout=30_000)
    assert window.rail.outbox.badge.text() == "1"
    assert "1 waiting" in window.status_line.outbox.text()
    assert OutreachService(synced_ctx.workspace.engine).outbox()[0].outbox_state == "pending"

    sandbox.faults.update(fail_rate=0.0)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(a["summary"] == SENTENCE for a in server_activities(sandbox)),
                    timeout=30_000)
    qtbot.waitUntil(window.rail.outbox.badge.isHidden, timeout=TIMEOUT)
    assert window.status_line.outbox.text() == "Outbox: all sent"
    pushed = next(a for a in server_activities(sandbox) if a["summary"] == SENTENCE)
    assert (pushed["seller_id"], pushed["channel"], pushed["outcome"]) == (
        seller, "call", "connected")


# The completer's popup on the offscreen platform: the platform's words, not ours.
@pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))")
def test_ctrl_l_on_the_portfolio_asks_for_the_seller_and_refuses_to_guess(
        outreach_window: Any, synced_ctx: AppContext, qtbot: Any) -> None:
    window = outreach_window
    window.portfolio.table.clearSelection()
    window.portfolio.table.setCurrentIndex(window.portfolio.table.model().index(-1, -1))
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    dialog = window.quick_log
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: dialog.form.seller.count() > 0, timeout=TIMEOUT)
    qtbot.keyClicks(dialog.form.summary, "No seller chosen")
    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and "Choose the seller" in dialog.message.text()
    assert dialog.form.summary.text() == "No seller chosen"  # nothing typed is lost

    seller = seller_ids(synced_ctx.workspace)[3]
    combo = dialog.form.seller
    code = combo.itemText(combo.findData(seller)).rsplit(" · ", 1)[1]
    # Part of the shop code, then the completer's first match, by keyboard.
    qtbot.keyClicks(combo.lineEdit(), code)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.form.seller_id() == seller
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return, CTRL)
    assert OutreachService(synced_ctx.workspace.engine).timeline(seller)[0].summary == (
        "No seller chosen")


def test_a_template_fills_the_form_in_the_chosen_language(
        synced_ctx: AppContext, qtbot: Any) -> None:
    seller = seller_ids(synced_ctx.workspace)[0]
    templates = TemplateStore.for_workspace(synced_ctx.workspace).templates()
    assert templates, "the shipped defaults give the quick log something to offer"
    first = templates[0]
    dialog = QuickLogDialog(synced_ctx, seller_id=seller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: len(dialog.templates_list) == len(templates), timeout=TIMEOUT)

    qtbot.keyClick(dialog.form.summary, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    form = dialog.form
    assert form.channel.currentData() == first.channel
    assert form.outcome.currentData() == first.outcome
    assert form.program.currentData() == first.program_id
    assert form.summary.text() == first.summary["en"]
    assert form.follow_up_on() == (None if not first.follow_up_days else
                                   form.follow_up_date.date().currentDate()
                                   .addDays(first.follow_up_days).toPython())

    synced_ctx.settings.language = "zh_CN"
    dialog.apply_template(0)
    assert form.summary.text() == (first.summary.get("zh_CN") or first.summary["en"])
    synced_ctx.settings.language = "en"

    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        qtbot.keyClick(form.summary, Qt.Key.Key_Return, CTRL)
    entry = saved.args[0]
    assert (entry.channel, entry.outcome, entry.program_id) == (
        first.channel, first.outcome, first.program_id)


def test_ctrl_l_on_a_selected_portfolio_row_prefills_that_seller(
        outreach_window: Any, qtbot: Any) -> None:
    window = outreach_window
    qtbot.waitUntil(lambda: window.portfolio.model.rowCount() > 3, timeout=TIMEOUT)
    window.portfolio.table.setFocus()
    window.portfolio.table.selectRow(2)
    chosen = window.portfolio.selected_seller_id()
    assert chosen is not None
    qtbot.keyClick(window.portfolio.table, Qt.Key.Key_L, CTRL)
    dialog = window.quick_log
    assert dialog is not None and dialog.form.seller_id() == chosen
    assert not dialog.form.seller.isEnabled()
    dialog.close()


def test_the_template_editor_saves_both_languages_and_resets(
        synced_ctx: AppContext, qtbot: Any) -> None:
    from ui.outreach.template_editor import TemplateEditor

    store = TemplateStore.for_workspace(synced_ctx.workspace)
    defaults = store.templates()
    editor = TemplateEditor(synced_ctx)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.list.count() == len(defaults), timeout=TIMEOUT)
    editor.list.setCurrentRow(0)
    editor.names["en"].setText("Chased the invoice")
    editor.names["zh_CN"].setText("催发票")
    editor.summaries["zh_CN"].setText("已提醒商家开具发票。")
    editor.follow_up.setValue(5)
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT) as saved:
        editor.save()
    first = store.templates()[0]
    assert saved.args[0][0] == first
    assert first.name == {"en": "Chased the invoice", "zh_CN": "催发票"}
    assert first.summary["zh_CN"] == "已提醒商家开具发票。" and first.follow_up_days == 5

    again = TemplateEditor(synced_ctx)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.list.count() == len(defaults), timeout=TIMEOUT)
    assert again.list.item(0).text() == "Chased the invoice"
    again.findChild(QPushButton, "resetTemplates").click()
    qtbot.waitUntil(lambda: again.list.item(0).text() == defaults[0].name["en"],
                    timeout=TIMEOUT)
    assert store.templates() == defaults


def test_a_caller_can_prefill_the_program_as_the_flags_screen_will(
        outreach_window: Any, synced_ctx: AppContext, qtbot: Any) -> None:
    from app.outreach.pipeline import PipelineService

    seller = seller_ids(synced_ctx.workspace)[6]
    program_id = PipelineService(synced_ctx.workspace.engine).programs()[2][0]
    dialog = outreach_window.open_quick_log(seller, program_id=program_id)
    qtbot.waitSignal(dialog.ready, timeout=TIMEOUT).wait()
    assert dialog.form.seller_id() == seller
    assert dialog.form.program.currentData() == program_id
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.form.summary, "Pitched from an eligibility flag")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as saved:
        qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return, CTRL)
    assert (saved.args[0].seller_id, saved.args[0].program_id) == (seller, program_id)
