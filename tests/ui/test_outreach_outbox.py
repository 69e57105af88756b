"""The outbox page against the real sandbox: a refusal shown with the platform's words and
resent after correction; a teammate's conflicting edit resolved both ways, field by field."""

from __future__ import annotations

import dataclasses
import socket
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.outreach.service import OutreachService
from tests.ui.outreach_support import TIMEOUT, log_entry, push, seller_ids, server_activities
from ui.changes import Changes
from ui.context import AppContext
from ui.outbox_controller import PushKind
from ui.outreach.conflict_dialog import ConflictDialog
from ui.outreach.entry_model import EntryTableModel
from ui.outreach.outbox_page import COLUMNS, OutboxPage
from ui.outreach.quick_log import Mode, QuickLogDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_page(ctx: AppContext, outbox: Any, qtbot: Any) -> OutboxPage:
    made = OutboxPage(ctx, outbox)
    qtbot.addWidget(made)
    made.resize(1200, 600)
    with qtbot.waitSignal(made.loaded, timeout=TIMEOUT):
        made.show()
    made.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is made)
    return made


def cell(page: OutboxPage, row: int, column: str) -> str:
    return page.model.index(row, COLUMNS.index(column)).data()


def test_a_refused_entry_shows_the_platforms_message_and_is_resent_corrected(
        synced_ctx: AppContext, outbox: Any, sandbox: Any, qtbot: Any) -> None:
    workspace = synced_ctx.workspace
    refused = log_entry(workspace, seller_ids(workspace)[0], summary="x" * 600)
    result = push(workspace)
    assert [p.client_id for p in result.rejected] == [refused.client_id]
    page = open_page(synced_ctx, outbox, qtbot)

    assert page.model.rowCount() == 1
    assert cell(page, 0, "state") == "Rejected"
    assert "summary" in cell(page, 0, "message") and "500" in cell(page, 0, "message")
    assert page.resend_action.isEnabled() and not page.resolve_action.isEnabled()

    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL)
    dialog = page.dialog
    assert isinstance(dialog, QuickLogDialog) and dialog.mode is Mode.RESEND
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    summary = dialog.form.summary
    assert summary.text() == "x" * 600  # shown whole, to be corrected
    assert "500" in dialog.context.text()  # the platform's reason, above the fields
    summary.selectAll()
    qtbot.keyClicks(summary, "Shortened after the refusal")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        qtbot.keyClick(summary, Qt.Key.Key_Return, CTRL)
    service = OutreachService(workspace.engine)
    assert service.outbox()[0].outbox_state == "pending"
    qtbot.waitUntil(lambda: any(a["summary"] == "Shortened after the refusal"
                                for a in server_activities(sandbox)), timeout=30_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.empty.isVisible(),
                    timeout=TIMEOUT)
    assert service.outbox_counts().total == 0


def test_a_conflict_is_shown_field_by_field_and_kept_mine_or_theirs(
        synced_ctx: AppContext, outbox: Any, sandbox: Any, qtbot: Any) -> None:
    workspace = synced_ctx.workspace
    service = OutreachService(workspace.engine)
    seller = seller_ids(workspace)[1]
    mine = log_entry(workspace, seller, summary="pitched flash sale")
    other = log_entry(workspace, seller, channel="email", summary="sent the deck")
    assert push(workspace).sent == 2
    for entry in (mine, other):
        sandbox.store.teammate_edit(service.entry(entry.client_id).activity_id or "",
                                    {"summary": "teammate: seller called back"})
        service.edit(entry.client_id, summary="mine: seller wants a callback")
    assert len(push(workspace).conflicts) == 2
    page = open_page(synced_ctx, outbox, qtbot)
    assert [cell(page, r, "state") for r in range(2)] == ["Conflict", "Conflict"]

    for entry, key, keep in ((mine, Qt.Key.Key_M, "mine"), (other, Qt.Key.Key_T, "theirs")):
        page.select(entry.client_id)
        qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL | SHIFT)
        dialog = page.dialog
        assert isinstance(dialog, ConflictDialog)
        qtbot.waitUntil(lambda d=dialog: d.conflict is not None, timeout=TIMEOUT)
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        assert dialog.differing == ["summary"]
        rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
        marked = rows["● Summary"]
        assert dialog.table.item(marked, 1).text() == "mine: seller wants a callback"
        assert dialog.table.item(marked, 2).text() == "teammate: seller called back"
        assert dialog.table.item(marked, 1).font().bold()
        assert not dialog.table.item(rows["Outcome"], 1).font().bold()
        with qtbot.waitSignal(dialog.resolved, timeout=TIMEOUT) as resolved:
            qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        assert resolved.args == [keep]
        page.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
        qtbot.waitUntil(lambda e=entry: page.model.row_of(e.client_id) < 0
                        or page.model.entry(page.model.row_of(e.client_id)).outbox_state
                        != "conflict", timeout=TIMEOUT)

    assert service.entry(other.client_id).summary == "teammate: seller called back"
    qtbot.waitUntil(lambda: service.outbox_counts().total == 0, timeout=30_000)
    kept = {a["activity_id"]: a for a in server_activities(sandbox)}
    ours = kept[service.entry(mine.client_id).activity_id]
    assert (ours["summary"], ours["version"]) == ("mine: seller wants a callback", 3)


def test_outbox_states_and_push_outcomes_in_words(
        synced_ctx: AppContext, outbox: Any, sandbox: Any, qtbot: Any) -> None:
    workspace = synced_ctx.workspace
    log_entry(workspace, seller_ids(workspace)[2], summary="waiting for the platform")
    sandbox.faults.update(fail_rate=1.0)
    made = open_page(synced_ctx, outbox, qtbot)
    assert made.model.rowCount() == 1 and cell(made, 0, "state") == "Waiting to send"
    with qtbot.waitSignal(outbox.pushed, timeout=30_000) as pushed:
        made.push_now()
    assert pushed.args[0].result is None
    assert "Entries stay here" in made.status.text()
    assert OutreachService(workspace.engine).outbox()[0].outbox_state == "pending"


def test_entry_model_passes_the_model_tester(synced_ctx: AppContext, qtmodeltester: Any
                                             ) -> None:
    workspace = synced_ctx.workspace
    entries = [log_entry(workspace, s, summary=f"entry {i}")
               for i, s in enumerate(seller_ids(workspace)[:3])]
    model = EntryTableModel(EntryTableModel.COLUMNS)
    model.set_entries(entries, {})
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == len(EntryTableModel.COLUMNS)


def test_offline_the_entries_stay_queued_and_the_window_says_why(
        outreach_window: Any, synced_ctx: AppContext, sandbox: Any, qtbot: Any) -> None:
    window = outreach_window
    workspace = synced_ctx.workspace
    online = workspace.profile
    with socket.socket() as probe:  # a port nobody listens on: the platform is unreachable
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    workspace.profile = dataclasses.replace(online, api_url=closed)
    entry = log_entry(workspace, seller_ids(workspace)[2], summary="logged on the train")
    with qtbot.waitSignal(window.outbox.pushed, timeout=30_000) as pushed:
        synced_ctx.changes.announce(Changes(outreach=True, outreach_outbox=True, source="test"))
    assert pushed.args[0].kind is PushKind.OFFLINE
    qtbot.waitUntil(lambda: window.outbox.counts is not None
                    and window.outbox.counts.pending == 1, timeout=TIMEOUT)
    assert window.status_line.outbox.text() == (
        "Outbox: 1 waiting (offline: sent when the platform is reachable)")
    assert window.rail.outbox.badge.text() == "1"
    with qtbot.waitSignal(window.outbox_page.loaded, timeout=TIMEOUT):
        window.show_outbox()
    assert window.outbox_page.status.text().startswith("Offline")
    assert OutreachService(workspace.engine).entry(entry.client_id).outbox_state == "pending"

    workspace.profile = online  # back online: the next push sends it
    with qtbot.waitSignal(window.outbox.pushed, timeout=30_000) as pushed:
        window.push_action.trigger()
    assert pushed.args[0].kind is PushKind.DONE and pushed.args[0].result.sent == 1
    assert any(a["summary"] == "logged on the train" for a in server_activities(sandbox))
    qtbot.waitUntil(lambda: window.status_line.outbox.text() == "Outbox: all sent",
                    timeout=TIMEOUT)


def test_a_finished_sync_pushes_what_waits(
        outreach_window: Any, synced_ctx: AppContext, sandbox: Any, qtbot: Any) -> None:
    from tests.ui.conftest import synced

    window = outreach_window
    workspace = synced_ctx.workspace
    qtbot.waitUntil(lambda: window.outbox.counts is not None, timeout=TIMEOUT)
    log_entry(workspace, seller_ids(workspace)[3], summary="queued before the sync")
    window.outbox.refresh_counts()
    qtbot.waitUntil(lambda: window.outbox.counts.pending == 1, timeout=TIMEOUT)
    with qtbot.waitSignal(window.outbox.pushed, timeout=60_000) as pushed:
        synced(qtbot, window.sync)
    assert pushed.args[0].result.sent == 1
    assert any(a["summary"] == "queued before the sync" for a in server_activities(sandbox))
