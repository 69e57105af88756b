"""The portfolio page over a synced sandbox: loading, search, filters, views, columns, keys."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.profiles import Profile, ProfileStore
from app.settings import SettingsStore
from app.workspace import Workspace
from tests.helpers.fixtures import sync_sandbox_into
from ui import formatting
from ui.changes import ChangeBus, Changes
from ui.context import AppContext
from ui.portfolio.columns import INDEX
from ui.portfolio.view import PortfolioPage
from ui.taskman import TaskManager

UNASSIGNED = "S000005"
PageFactory = Callable[..., PortfolioPage]


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    home: Path = tmp_path_factory.mktemp("portfolio-page")
    sync_sandbox_into(home, prepare=lambda server: server.store.set_assigned(
        UNASSIGNED, assigned=False))
    workspace = Workspace.open(home, "test")
    yield workspace
    workspace.close()


@pytest.fixture
def make_page(synced: Workspace, tmp_path: Path, qtbot: Any) -> Iterator[PageFactory]:
    formatting.set_language("en")
    contexts: list[AppContext] = []

    def build(workspace: Workspace | None = None, wait: bool = True,
              taskman: TaskManager | None = None) -> PortfolioPage:
        store = SettingsStore(tmp_path)
        ctx = AppContext(tmp_path, workspace or synced, store, store.load(),
                         taskman or TaskManager(), ChangeBus())
        contexts.append(ctx)
        page = PortfolioPage(ctx)
        qtbot.addWidget(page)
        page.resize(1400, 700)
        if wait:
            qtbot.waitUntil(lambda: page.model.loaded_count > 0 or page.states.state != "loading")
        return page

    yield build
    for ctx in contexts:
        ctx.taskman.shutdown()


def shown_ids(page: PortfolioPage) -> list[str]:
    return [page.model.row_at(i).seller_id for i in range(page.model.rowCount())]


def assigned_count(workspace: Workspace) -> int:
    with workspace.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM sellers WHERE assigned").scalar()


def test_loading_then_the_table_with_cards(make_page: PageFactory, synced: Workspace,
                                           qtbot: Any) -> None:
    taskman = TaskManager()
    release = threading.Event()
    # The cache worker is busy elsewhere, so the page's read waits in line behind it.
    taskman.run_in_background(lambda: release.wait(10))
    page = make_page(wait=False, taskman=taskman)
    assert page.states.state == "loading"
    assert page.states.message.headline.text() == "Loading portfolio…"
    with qtbot.waitSignal(page.loaded):
        release.set()
    assert page.states.state == "table"
    assert page.model.rowCount() == assigned_count(synced) > 10
    assert UNASSIGNED not in shown_ids(page)
    assert page.cards.sellers.value.text() == str(page.model.rowCount())
    assert page.cards.as_of.text() == "Data as of Nov 20, 2026"


def test_an_empty_cache_says_what_to_do(make_page: PageFactory, tmp_path: Path,
                                        qtbot: Any) -> None:
    home = tmp_path / "empty"
    empty = Workspace(home, ProfileStore(home), Profile("empty", "https://example.invalid",
                                                        "key", "user"))
    try:
        page = make_page(empty)
        qtbot.waitUntil(lambda: page.states.state == "empty")
        assert page.states.message.headline.text() == \
            "No sellers yet — sync to fetch your portfolio"
        assert "Sync" in page.states.message.detail.text()
        assert page.cards.as_of.text() == "Not synced yet"
    finally:
        empty.close()


def test_search_as_you_type_in_english_and_chinese(make_page: PageFactory,
                                                   qtbot: Any) -> None:
    page = make_page()
    everyone = page.model.rowCount()
    with qtbot.waitSignal(page.search.search_changed, timeout=2000):
        qtbot.keyClicks(page.search, "MAPLE")
    assert page.model.rowCount() >= 1
    assert all("maple" in page.model.row_at(i).search_text for i in range(page.model.rowCount()))
    assert page.cards.sellers.value.text() == str(page.model.rowCount())
    assert page.clear_button.isEnabled()
    with qtbot.waitSignal(page.search.search_changed, timeout=2000):
        page.search.setText("川味")
    assert [page.model.row_at(i).shop_name for i in range(page.model.rowCount())]
    assert all("川味" in page.model.row_at(i).shop_name for i in range(page.model.rowCount()))
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.model.rowCount() == everyone


def test_filters_combine_and_the_unassigned_toggle(make_page: PageFactory) -> None:
    page = make_page()
    rows = page.model.visible_rows()
    tiktok = page.filters.buttons["marketplace"].action_for("tiktok")
    assert tiktok is not None
    tiktok.trigger()
    assert set(shown_ids(page)) == {r.seller_id for r in rows if r.marketplace == "tiktok"}
    tier_a = page.filters.buttons["tier"].action_for("A")
    assert tier_a is not None
    tier_a.trigger()
    assert set(shown_ids(page)) == {r.seller_id for r in rows
                                    if r.marketplace == "tiktok" and r.tier == "A"}
    assert page.filters.buttons["tier"].text() == "Tier: A"
    page.clear_query()
    assert page.model.rowCount() == len(rows)
    page.filters.unassigned.setChecked(True)
    assert UNASSIGNED in shown_ids(page) and page.model.rowCount() == len(rows) + 1
    page.search.set_now("no seller is called this")
    assert page.states.state == "no_match"
    page.states.message.button.click()
    assert page.states.state == "table" and page.search.text() == ""


def test_enter_and_double_click_open_the_seller(make_page: PageFactory, qtbot: Any) -> None:
    page = make_page()
    opened: list[str] = []
    page.seller_activated.connect(opened.append)
    page.table.selectRow(2)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [page.model.row_at(2).seller_id] == [page.selected_seller_id()]
    with qtbot.waitExposed(page):
        page.show()
    rect = page.table.visualRect(page.model.index(4, 0))
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[1:] == [page.model.row_at(4).seller_id]


def test_column_chooser_hides_shows_and_persists(make_page: PageFactory, tmp_path: Path) -> None:
    page = make_page()
    sps = INDEX["sps"]
    assert not page.table.isColumnHidden(sps)
    page.columns.actions_by_key["sps"].trigger()
    assert page.table.isColumnHidden(sps)
    assert not page.columns.actions_by_key["name"].isEnabled()
    saved = SettingsStore(tmp_path).load().visible_columns
    assert "sps" not in saved and "name" in saved and "gmv_30d" in saved
    again = make_page()
    assert again.table.isColumnHidden(sps) and not again.table.isColumnHidden(INDEX["name"])
    again.columns.menu().findChild(type(again.columns.actions_by_key["sps"]),
                                   "showAllColumns").trigger()
    assert not again.table.isColumnHidden(sps)
    assert "sps" in SettingsStore(tmp_path).load().visible_columns


def test_saved_views_round_trip_through_the_settings_file(make_page: PageFactory,
                                                          tmp_path: Path) -> None:
    page = make_page()
    page.filters.set_selection({"marketplace": ["tiktok"]}, show_unassigned=True)
    page.search.set_now("maple")
    page.table.sortByColumn(INDEX["name"], Qt.SortOrder.AscendingOrder)
    page.columns.actions_by_key["ahr"].trigger()
    shown = shown_ids(page)
    page.views.save_as("Maple on TikTok")

    stored = SettingsStore(tmp_path).load().saved_views
    assert [v.name for v in stored] == ["Maple on TikTok"]
    view = stored[0]
    assert (view.filters, view.search, view.sort_column, view.sort_descending,
            view.show_unassigned) == ({"marketplace": ["tiktok"]}, "maple", "name", False, True)
    assert "ahr" not in view.columns

    page.clear_query()
    page.filters.unassigned.setChecked(False)
    page.table.sortByColumn(INDEX["gmv_30d"], Qt.SortOrder.DescendingOrder)
    page.columns.set_visible([], announce=True)
    assert shown_ids(page) != shown

    fresh = make_page()  # a new screen reads the views back from the file
    assert fresh.views.apply_named("Maple on TikTok")
    assert shown_ids(fresh) == shown
    assert (fresh.model.sort_key, fresh.model.descending) == ("name", False)
    assert fresh.search.text() == "maple" and fresh.filters.show_unassigned
    assert fresh.table.isColumnHidden(INDEX["ahr"])
    assert fresh.views.delete("Maple on TikTok")
    assert SettingsStore(tmp_path).load().saved_views == []


def test_refresh_on_a_change_keeps_sort_and_selection(make_page: PageFactory,
                                                      synced: Workspace, qtbot: Any) -> None:
    page = make_page()
    page.table.sortByColumn(INDEX["name"], Qt.SortOrder.AscendingOrder)
    page.table.selectRow(5)
    selected = page.selected_seller_id()
    with synced.engine.connect() as conn:
        seller_id, name = conn.exec_driver_sql(
            "SELECT seller_id, shop_name FROM sellers WHERE assigned ORDER BY seller_id").first()
    try:
        with synced.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE sellers SET shop_name = ? WHERE seller_id = ?",
                                 ("AAA Renamed Shop", seller_id))
        page._ctx.changes.announce(Changes(settings=True))
        assert page._ctx.taskman.pending == 0, "a settings change does not re-read sellers"
        with qtbot.waitSignal(page.loaded):
            page._ctx.changes.announce(Changes(sellers=True, source="test"))
        assert page.model.row_at(0).shop_name == "AAA Renamed Shop"
        assert page.selected_seller_id() == selected
        assert (page.model.sort_key, page.model.descending) == ("name", False)
    finally:
        with synced.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE sellers SET shop_name = ? WHERE seller_id = ?",
                                 (name, seller_id))


def test_keyboard_shortcuts(make_page: PageFactory, qtbot: Any) -> None:
    page = make_page()
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)  # empty: back to the table
    assert page.table.hasFocus()
    qtbot.keyClicks(page.table, "/")
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "a/b")
    assert page.search.text() == "a/b"  # in the field "/" is typed, not a shortcut
    page.search.set_now("")
    page.table.setCurrentIndex(page.model.index(0, INDEX["late_dispatch_rate"]))
    page.table.setFocus()
    shortcut = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_S, shortcut)
    assert (page.model.sort_key, page.model.descending) == ("late_dispatch_rate", True)
    qtbot.keyClick(page.table, Qt.Key.Key_S, shortcut)
    assert (page.model.sort_key, page.model.descending) == ("late_dispatch_rate", False)
    assert page.table.horizontalHeader().sortIndicatorSection() == INDEX["late_dispatch_rate"]


def test_empty_page_says_a_first_sync_is_running_instead_of_asking_for_one(qtbot, tmp_path) -> None:
    from app.profiles import Profile, ProfileStore
    from app.settings import SettingsStore
    from app.workspace import Workspace
    from ui.changes import ChangeBus
    from ui.context import AppContext
    from ui.portfolio.view import PortfolioPage
    from ui.taskman import TaskManager

    home = tmp_path / "home"
    home.mkdir()
    ProfileStore(home).save(Profile("empty", "http://127.0.0.1:9", "k", "u"))
    store = SettingsStore(home)
    ctx = AppContext(home, Workspace.open(home, "empty"), store, store.load(), TaskManager(),
                     ChangeBus())
    page = PortfolioPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.states.state == "empty")
    page.set_syncing(True)
    assert page.states.state == "first_sync"
    page.set_syncing(False)
    assert page.states.state == "empty"
    ctx.taskman.shutdown()
    ctx.workspace.close()
