"""The Risks & Opportunities worklist on a synced, evaluated sandbox cache: order, filters,
keyboard actions (acknowledge, snooze, dismiss, reopen, in bulk), details and history."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt

from app.flags.service import SEVERITY_ORDER
from tests.ui.flag_fixtures import TIMEOUT, flag_by_id, flag_ctx, flagged_home, service
from ui.context import AppContext
from ui.flags.worklist import WorklistPage

__all__ = ["flag_ctx", "flagged_home"]  # fixtures used by name
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def page(flag_ctx: AppContext, qtbot: Any) -> WorklistPage:
    made = WorklistPage(flag_ctx)
    qtbot.addWidget(made)
    made.resize(1400, 700)
    with qtbot.waitActive(made):
        made.show()
        made.activateWindow()
    qtbot.waitUntil(lambda: made.states.state != "loading", timeout=TIMEOUT)
    return made


def reloaded(page: WorklistPage, qtbot: Any, action: Any) -> None:
    """Run `action` and wait for the page to have read the flags again."""
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        action()


def select(page: WorklistPage, qtbot: Any, *positions: int) -> None:
    if not page.isActiveWindow():
        # A dialog had the focus: shortcuts reach the page only in the active window.
        with qtbot.waitActive(page):
            page.activateWindow()
    page.table.setFocus()
    page.table.clearSelection()
    model = page.table.selectionModel()
    for position in positions:
        model.select(page.model.index(position, 0),
                     QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    model.setCurrentIndex(page.model.index(positions[0], 0),
                          QItemSelectionModel.SelectionFlag.NoUpdate)


def shown_ids(page: WorklistPage) -> list[int]:
    return [item.flag_id for item in page.model.items()]


def test_lists_the_open_risks_worst_first(page: WorklistPage, flag_ctx: AppContext,
                                          qtmodeltester: Any) -> None:
    expected = service(flag_ctx).flags(kinds=("risk",))
    assert len(expected) >= 2, "the sandbox should raise some risks"
    assert page.states.state == "table"
    assert sorted(shown_ids(page)) == sorted(f.flag_id for f in expected)
    items = page.model.items()
    ranks = [SEVERITY_ORDER.index(i.severity) for i in items]
    assert ranks == sorted(ranks)
    for before, after in pairwise(items):
        if before.severity == after.severity:
            assert (before.value_at_stake or 0) >= (after.value_at_stake or 0)
    first = items[0]
    assert page.model.index(0, 0).data() == page.model.words.severity(first.severity)
    assert page.model.index(0, 3).data() == first.message("en")
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    qtmodeltester.check(page.model)


def test_kind_and_status_filters(page: WorklistPage, flag_ctx: AppContext, qtbot: Any) -> None:
    reloaded(page, qtbot, lambda: page.kind.setCurrentIndex(page.kind.findData("opportunity")))
    expected = service(flag_ctx).flags(kinds=("opportunity",))
    assert sorted(shown_ids(page)) == sorted(f.flag_id for f in expected)
    assert all(item.kind == "opportunity" for item in page.model.items())
    reloaded(page, qtbot, lambda: page.kind.setCurrentIndex(page.kind.findData("all")))
    reloaded(page, qtbot, lambda: page.status.setCurrentIndex(page.status.findData("all")))
    assert len(shown_ids(page)) == len(service(flag_ctx).flags(statuses=None))


def test_counts_for_the_rail_badge(flag_ctx: AppContext, qtbot: Any) -> None:
    received: list[dict[str, int]] = []
    page = WorklistPage(flag_ctx)
    qtbot.addWidget(page)
    page.counts_changed.connect(received.append)
    qtbot.waitUntil(lambda: bool(received), timeout=TIMEOUT)
    assert received[-1] == service(flag_ctx).open_counts()


def test_acknowledge_with_the_keyboard(page: WorklistPage, flag_ctx: AppContext,
                                       qtbot: Any) -> None:
    select(page, qtbot, 0)
    flag_id = page.selected_flag_ids()[0]
    assert page.flag_actions.acknowledge.isEnabled()
    reloaded(page, qtbot, lambda: qtbot.keyClick(page.table, Qt.Key.Key_A, CTRL_SHIFT))
    assert flag_by_id(flag_ctx, flag_id).status == "acknowledged"
    position = page.model.position_of(flag_id)
    assert position is not None, "acknowledged flags stay in the open list"
    assert page.model.index(position, 9).data() == "Acknowledged"
    assert page.selected_flag_ids() == [flag_id], "the selection survives the reload"


def test_bulk_snooze_hides_the_flags_until_the_date(page: WorklistPage, flag_ctx: AppContext,
                                                   qtbot: Any) -> None:
    select(page, qtbot, 0, 1)
    ids = page.selected_flag_ids()
    assert len(ids) == 2
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL_SHIFT)
    dialog = page.flag_actions.snooze_dialog
    assert dialog is not None and dialog.isVisible()
    default = dialog.until()
    assert default == flag_ctx.today() + dt.timedelta(days=7)
    until = default + dt.timedelta(days=3)
    dialog.date.setDate(QDate(until.year, until.month, until.day))
    reloaded(page, qtbot, dialog.accept)
    for flag_id in ids:
        flag = flag_by_id(flag_ctx, flag_id)
        assert (flag.status, flag.snoozed_until) == ("snoozed", until.isoformat())
        assert page.model.position_of(flag_id) is None
    assert page.table.selected_positions() == [0], "the next flag is selected to go on"
    reloaded(page, qtbot, lambda: page.status.setCurrentIndex(page.status.findData("snoozed")))
    assert set(ids) <= set(shown_ids(page))


def test_dismiss_needs_a_reason_and_reopen_brings_it_back(page: WorklistPage,
                                                         flag_ctx: AppContext,
                                                         qtbot: Any) -> None:
    select(page, qtbot, 0)
    flag_id = page.selected_flag_ids()[0]
    qtbot.keyClick(page.table, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = page.flag_actions.dismiss_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok.isEnabled()
    dialog.accept()  # no reason: nothing happens, the dialog stays
    assert dialog.isVisible()
    assert flag_by_id(flag_ctx, flag_id).status == "new"
    qtbot.keyClicks(dialog.reason, "Agreed a plan with the seller")
    assert dialog.ok.isEnabled()
    reloaded(page, qtbot, dialog.accept)
    flag = flag_by_id(flag_ctx, flag_id)
    assert (flag.status, flag.dismissed_reason) == ("dismissed", "Agreed a plan with the seller")
    assert page.model.position_of(flag_id) is None
    reloaded(page, qtbot, lambda: page.status.setCurrentIndex(page.status.findData("dismissed")))
    position = page.model.position_of(flag_id)
    assert position is not None
    select(page, qtbot, position)
    assert page.flag_actions.reopen.isEnabled()
    reloaded(page, qtbot, lambda: qtbot.keyClick(page.table, Qt.Key.Key_O, CTRL_SHIFT))
    assert flag_by_id(flag_ctx, flag_id).status == "new"


def test_details_show_evidence_and_history(page: WorklistPage, qtbot: Any) -> None:
    select(page, qtbot, 0)
    item = page.model.item_at(0)
    assert item.message("en") in page.details.text.text()
    qtbot.waitUntil(lambda: "History" in page.details.history.text(), timeout=TIMEOUT)


def test_enter_opens_the_seller(page: WorklistPage, qtbot: Any) -> None:
    select(page, qtbot, 0)
    with qtbot.waitSignal(page.seller_activated, timeout=1000) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [page.model.item_at(0).seller_id]


def test_header_clicks_sort_and_come_back_to_worst_first(page: WorklistPage,
                                                         qtmodeltester: Any) -> None:
    qtmodeltester.check(page.model)
    default = shown_ids(page)
    value = 5  # the Value column
    page.table.horizontalHeader().sectionClicked.emit(value)
    values = [i.value for i in page.model.items() if i.value is not None]
    assert values == sorted(values)
    page.table.horizontalHeader().sectionClicked.emit(value)
    values = [i.value for i in page.model.items() if i.value is not None]
    assert values == sorted(values, reverse=True)
    page.table.horizontalHeader().sectionClicked.emit(value)
    assert shown_ids(page) == default
    seller = 1
    page.table.horizontalHeader().sectionClicked.emit(seller)
    names = [page.model.index(r, seller).data().casefold()
             for r in range(page.model.rowCount())]
    assert names == sorted(names)
