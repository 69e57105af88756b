"""Follow-ups: the page lists hand-made entries in the right sections, and Done, Snooze and
Done-and-log change them; a follow-up falling due is announced once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from app.outreach.followups import FollowUpService
from app.outreach.model import OutreachEntry
from app.outreach.service import OutreachService
from tests.ui.outreach_support import TIMEOUT, log_entry, seller_ids
from ui.changes import Changes
from ui.context import AppContext
from ui.outreach.followup_notifier import FollowUpNotifier
from ui.outreach.followups_page import FollowUpsPage
from ui.outreach.quick_log import Mode, QuickLogDialog

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def pinned_day(synced_ctx: AppContext) -> None:
    """The app's day is the tests' day, even when a run crosses midnight."""
    synced_ctx.today = lambda: TODAY


@pytest.fixture
def entries(synced_ctx: AppContext) -> dict[str, OutreachEntry]:
    workspace = synced_ctx.workspace
    sellers = seller_ids(workspace)
    days = {"overdue": -3, "today": 0, "upcoming": 2}
    return {name: log_entry(workspace, sellers[i], summary=f"chase {name}",
                            follow_up_on=TODAY + dt.timedelta(days=offset))
            for i, (name, offset) in enumerate(days.items())}


@pytest.fixture
def page(synced_ctx: AppContext, entries: dict[str, OutreachEntry], qtbot: Any
         ) -> FollowUpsPage:
    made = FollowUpsPage(synced_ctx)
    qtbot.addWidget(made)
    made.resize(1200, 800)
    with qtbot.waitSignal(made.loaded, timeout=TIMEOUT):
        made.show()
    made.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is made)
    return made


def ids(page: FollowUpsPage, section: str) -> list[str]:
    model = page.models[section]
    return [model.entries[r].client_id for r in range(model.rowCount())]


def select(page: FollowUpsPage, section: str, entry: OutreachEntry) -> Any:
    table = page.tables[section]
    table.setFocus()
    table.selectRow(page.models[section].row_of(entry.client_id))
    return table


def test_hand_made_follow_ups_are_listed_in_their_sections(
        page: FollowUpsPage, entries: dict[str, OutreachEntry]) -> None:
    assert entries["overdue"].client_id in ids(page, "overdue")
    assert ids(page, "due_today") == [entries["today"].client_id]
    assert entries["upcoming"].client_id in ids(page, "upcoming")
    lists = FollowUpService(page.ctx.workspace.engine, today=TODAY).lists()
    assert page.headings["overdue"].text() == f"Overdue ({len(lists.overdue)})"
    assert page.headings["due_today"].text() == "Due today (1)"


def test_done_and_snooze_by_keyboard_update_the_entries(
        page: FollowUpsPage, entries: dict[str, OutreachEntry], qtbot: Any) -> None:
    service = FollowUpService(page.ctx.workspace.engine, today=TODAY)
    table = select(page, "due_today", entries["today"])
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        qtbot.keyClick(table, Qt.Key.Key_D)
    assert ids(page, "due_today") == []
    done = OutreachService(page.ctx.workspace.engine).entry(entries["today"].client_id)
    assert done.follow_up_done
    assert entries["today"].client_id not in {e.client_id for e in service.lists().due_today}

    table = select(page, "overdue", entries["overdue"])
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        qtbot.keyClick(table, Qt.Key.Key_S)
    assert entries["overdue"].client_id not in ids(page, "overdue")
    assert entries["overdue"].client_id in ids(page, "upcoming")
    snoozed = OutreachService(page.ctx.workspace.engine).entry(entries["overdue"].client_id)
    assert snoozed.follow_up_snoozed_until == (TODAY + dt.timedelta(days=1)).isoformat()


def test_done_and_log_records_what_happened_and_closes_the_follow_up(
        page: FollowUpsPage, entries: dict[str, OutreachEntry], qtbot: Any) -> None:
    table = select(page, "upcoming", entries["upcoming"])
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ShiftModifier)
    dialog = page.dialog
    assert isinstance(dialog, QuickLogDialog) and dialog.mode is Mode.DONE
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.form.seller_id() == entries["upcoming"].seller_id
    assert "chase upcoming" in dialog.context.text()
    qtbot.keyClicks(dialog.form.summary, "Seller applied to the program")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        qtbot.keyClick(dialog.form.summary, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert entries["upcoming"].client_id not in ids(page, "upcoming")
    timeline = OutreachService(page.ctx.workspace.engine).timeline(entries["upcoming"].seller_id)
    assert timeline[0].summary == "Seller applied to the program"


def test_a_follow_up_falling_due_is_announced_once(
        synced_ctx: AppContext, qtbot: Any) -> None:
    seller = seller_ids(synced_ctx.workspace)[4]
    tomorrow = TODAY + dt.timedelta(days=1)
    entry = log_entry(synced_ctx.workspace, seller, summary="call back about ads",
                      follow_up_on=tomorrow)
    day = [TODAY]
    notices: list[str] = []
    notifier = FollowUpNotifier(synced_ctx, notices.append, today=lambda: day[0])
    qtbot.waitUntil(lambda: notifier.checked_on == TODAY, timeout=TIMEOUT)
    # What is due at start, or set for today right now, is the badge's news.
    log_entry(synced_ctx.workspace, seller, summary="set for today", follow_up_on=TODAY)
    synced_ctx.changes.announce(Changes(outreach=True, source="test"))
    qtbot.waitUntil(lambda: synced_ctx.taskman.pending == 0, timeout=TIMEOUT)
    assert notices == []

    announced: list[str] = []
    notifier.notified.connect(lambda entries: announced.extend(e.client_id for e in entries))
    due_tomorrow = FollowUpService(synced_ctx.workspace.engine, today=tomorrow).lists()
    day[0] = tomorrow  # midnight: the next minute's check sees a new day
    with qtbot.waitSignal(notifier.notified, timeout=TIMEOUT):
        notifier.check()
    assert sorted(announced) == sorted(e.client_id for e in due_tomorrow.due_today)
    assert entry.client_id in announced and len(notices) == 1
    assert "call back about ads" in notices[0] or len(announced) > 1

    day[0] = tomorrow + dt.timedelta(days=1)
    notifier.check()
    qtbot.waitUntil(lambda: notifier.checked_on == day[0], timeout=TIMEOUT)
    assert len(announced) == len(set(announced))  # overdue now, never announced twice
    assert announced.count(entry.client_id) == 1
    notifier.shutdown()


def test_the_rail_counts_overdue_and_due_today(
        outreach_window: Any, synced_ctx: AppContext, qtbot: Any) -> None:
    window = outreach_window
    seller = seller_ids(synced_ctx.workspace)[5]
    log_entry(synced_ctx.workspace, seller, summary="due now", follow_up_on=TODAY)
    synced_ctx.changes.announce(Changes(outreach=True, source="test"))
    due = FollowUpService(synced_ctx.workspace.engine, today=TODAY).due_count()
    qtbot.waitUntil(lambda: window.rail.follow_ups.badge.text() == str(due), timeout=TIMEOUT)
    window.follow_ups_action.trigger()
    assert window.stack.currentWidget() is window.follow_ups


def test_enter_opens_the_seller_of_the_selected_follow_up(
        page: FollowUpsPage, entries: dict[str, OutreachEntry], qtbot: Any) -> None:
    table = select(page, "upcoming", entries["upcoming"])
    with qtbot.waitSignal(page.seller_activated, timeout=TIMEOUT) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [entries["upcoming"].seller_id]


def test_shift_s_snoozes_to_the_chosen_day(
        page: FollowUpsPage, entries: dict[str, OutreachEntry], qtbot: Any) -> None:
    from PySide6.QtCore import QDate

    from ui.outreach.snooze_dialog import SnoozeDialog

    table = select(page, "due_today", entries["today"])
    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)
    dialog = page.dialog
    assert isinstance(dialog, SnoozeDialog)
    chosen = TODAY + dt.timedelta(days=10)
    dialog.calendar.setSelectedDate(QDate(chosen.year, chosen.month, chosen.day))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        qtbot.keyClick(dialog.calendar.focusWidget() or dialog, Qt.Key.Key_Return)
    snoozed = OutreachService(page.ctx.workspace.engine).entry(entries["today"].client_id)
    assert snoozed.follow_up_snoozed_until == chosen.isoformat()
    assert entries["today"].client_id not in ids(page, "due_today")


def test_the_page_moves_on_with_the_calendar_day(
        page: FollowUpsPage, entries: dict[str, OutreachEntry], qtbot: Any) -> None:
    # The window stays open past midnight: today's follow-up is now overdue.
    page.ctx.today = lambda: TODAY + dt.timedelta(days=1)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.refresh()
    assert entries["today"].client_id in ids(page, "overdue")
    assert entries["today"].client_id not in ids(page, "due_today")


class RecordingTray(QObject):
    """Stands in for the desktop's tray icon, which offscreen Qt has no desktop for."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.visible = False
        self.messages: list[tuple[str, str]] = []

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def showMessage(self, title: str, text: str, _icon: Any) -> None:  # noqa: N802 (Qt API)
        self.messages.append((title, text))


def test_with_a_tray_the_reminder_goes_to_the_tray_not_the_window(
        synced_ctx: AppContext, qtbot: Any) -> None:
    seller = seller_ids(synced_ctx.workspace)[6]
    tomorrow = TODAY + dt.timedelta(days=1)
    log_entry(synced_ctx.workspace, seller, summary="confirm the courier",
              follow_up_on=tomorrow)
    made: list[RecordingTray] = []

    def make_tray(parent: QObject) -> RecordingTray:
        made.append(RecordingTray(parent))
        return made[-1]

    day = [TODAY]
    notices: list[str] = []
    notifier = FollowUpNotifier(synced_ctx, notices.append, today=lambda: day[0],
                                make_tray=make_tray)
    qtbot.waitUntil(lambda: notifier.checked_on == TODAY, timeout=TIMEOUT)
    day[0] = tomorrow
    with qtbot.waitSignal(notifier.notified, timeout=TIMEOUT):
        notifier.check()
    assert len(made) == 1 and made[0].visible
    title, text = made[0].messages[-1]
    assert title == "Follow-up due" and ("confirm the courier" in text or "follow-ups" in text)
    assert notices == []  # the tray said it: no second copy in the window
    day[0] = tomorrow + dt.timedelta(days=1)
    log_entry(synced_ctx.workspace, seller, summary="second call",
              follow_up_on=day[0] + dt.timedelta(days=1))
    day[0] += dt.timedelta(days=1)
    with qtbot.waitSignal(notifier.notified, timeout=TIMEOUT):
        notifier.check()
    assert len(made) == 1 and len(made[0].messages) == 2  # one icon for the run
    notifier.shutdown()
    assert not made[0].visible
