"""The seller page on a synced sandbox cache: loading, charts, copies, back, states."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.settings import SettingsStore
from app.workspace import Workspace
from tests.helpers.fixtures import sync_sandbox_into
from ui.changes import ChangeBus, Changes
from ui.context import AppContext
from ui.seller.health_panel import NO_SCORE, NOT_ENOUGH
from ui.seller.view import CONTENT, ERROR, LOADING, SellerPage
from ui.taskman import TaskManager

CJK = re.compile(r"[\u4e00-\u9fff]")
TIMEOUT = 10_000


@pytest.fixture(scope="module")
def synced_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One sandbox synced once for the module; each test works on its own copy."""
    home = tmp_path_factory.mktemp("synced") / "home"
    home.mkdir()
    return sync_sandbox_into(home, sellers=30, days=120)


@pytest.fixture
def seller_ctx(synced_home: Path, tmp_path: Path, qapp: Any) -> Iterator[AppContext]:
    home = tmp_path / "home"
    shutil.copytree(synced_home, home)
    workspace = Workspace.open(home, "test")
    store = SettingsStore(home)
    taskman = TaskManager()
    yield AppContext(home, workspace, store, store.load(), taskman, ChangeBus())
    taskman.shutdown()
    workspace.close()


@pytest.fixture
def page(seller_ctx: AppContext, qtbot: Any) -> SellerPage:
    made = SellerPage(seller_ctx)
    qtbot.addWidget(made)
    made.resize(1400, 1000)
    made.show()
    qtbot.waitExposed(made)
    return made


def query(ctx: AppContext, sql: str, *args: Any) -> Any:
    with ctx.workspace.engine.connect() as conn:
        return conn.exec_driver_sql(sql, args).all()


def open_seller(page: SellerPage, qtbot: Any, seller_id: str) -> None:
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT,
                          check_params_cb=lambda sid: sid == seller_id):
        page.show_seller(seller_id)
    page.charts.canvas.draw()  # what draw_idle would do at the next paint


def lines(page: SellerPage, gid: str) -> list[Any]:
    return [line for ax in page.charts.axes() for line in ax.get_lines()
            if line.get_gid() == gid]


def chinese_seller(ctx: AppContext) -> tuple[str, str]:
    return next((sid, name) for sid, name in query(
        ctx, "SELECT seller_id, shop_name FROM sellers ORDER BY seller_id") if CJK.search(name))


def test_page_loads_in_the_background_and_shows_the_seller(
        page: SellerPage, seller_ctx: AppContext, qtbot: Any) -> None:
    seller_id, name = chinese_seller(seller_ctx)
    page.show_seller(seller_id)
    assert page.states.currentIndex() == LOADING
    assert seller_id in page.loading.text()
    qtbot.waitUntil(lambda: page.states.currentIndex() == CONTENT, timeout=TIMEOUT)
    page.charts.canvas.draw()
    assert page.shop_name.text() == name
    code = query(seller_ctx, "SELECT shop_code FROM sellers WHERE seller_id = ?", seller_id)
    assert code[0][0] in page.shop_code.text()
    assert page.status_badge.isVisible() and page.status_badge.text()
    assert "Nov 20, 2026" in page.as_of.text()
    # The Chinese name is drawn in the figure (a missing glyph would warn, and fail here).
    assert any(text.get_text() == name for text in page.charts.figure.texts)


def test_charts_hold_the_range_the_median_and_promotions(
        page: SellerPage, seller_ctx: AppContext, qtbot: Any) -> None:
    seller_id, _name = chinese_seller(seller_ctx)
    open_seller(page, qtbot, seller_id)
    for key, days in ((Qt.Key.Key_2, 30), (Qt.Key.Key_3, 90), (Qt.Key.Key_1, 7)):
        qtbot.keyClick(page, key)
        page.charts.canvas.draw()
        assert page.charts.days == days
        assert page.charts.range_buttons[days].isChecked()
        seller_lines = lines(page, "seller")
        assert len(seller_lines) == 6
        assert all(len(line.get_xdata()) == days for line in seller_lines)
        assert [len(line.get_xdata()) for line in lines(page, "median")] == [days] * 6
    page.charts.range_buttons[90].click()
    page.charts.canvas.draw()
    # The 90 days to 2026-11-20 hold 11.11 everywhere (and 9.9, 10.10 in South-East Asia).
    spans = [p for ax in page.charts.axes() for p in ax.patches if p.get_gid() == "promotion"]
    labels = [t.get_text() for ax in page.charts.axes() for t in ax.texts
              if t.get_gid() == "promotion-label"]
    assert len(spans) >= 6 and "11.11" in labels
    medians = lines(page, "median")
    assert any(line.get_ydata()[-1] == line.get_ydata()[-1] for line in medians)  # not NaN
    subtitle = next(t for t in page.charts.figure.texts if t.get_gid() == "subtitle")
    assert "7-day trailing ratios of sums" in subtitle.get_text()


def test_copy_buttons_put_the_contact_on_the_clipboard(
        page: SellerPage, seller_ctx: AppContext, qtbot: Any) -> None:
    open_seller(page, qtbot, "S000004")
    phone, email, handle = query(
        seller_ctx, "SELECT contact_phone, contact_email, contact_im_handle FROM sellers "
        "WHERE seller_id = 'S000004'")[0]
    clipboard = QGuiApplication.clipboard()
    for name, expected in (("copyPhone", phone), ("copyEmail", email), ("copyIm", handle)):
        qtbot.mouseClick(page.findChild(type(page.back_button), name),
                         Qt.MouseButton.LeftButton)
        assert clipboard.text() == expected
    clipboard.clear()
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert clipboard.text() == phone


def test_back_on_button_escape_and_alt_left(page: SellerPage, qtbot: Any) -> None:
    open_seller(page, qtbot, "S000001")
    with qtbot.waitSignal(page.back_requested, timeout=TIMEOUT):
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.back_requested, timeout=TIMEOUT):
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    with qtbot.waitSignal(page.back_requested, timeout=TIMEOUT):
        qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)


def test_not_enough_data_and_no_score_differ_from_zero(
        page: SellerPage, seller_ctx: AppContext, qtbot: Any) -> None:
    with seller_ctx.workspace.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sellers SET health_sps = NULL WHERE seller_id = 'S000006'")
        # Few deliveries (return rate: not enough data), no cancellations at all (0%).
        conn.exec_driver_sql("UPDATE daily_metrics SET delivered_orders = 1, "
                             "seller_cancelled_orders = 0 WHERE seller_id = 'S000006'")
    open_seller(page, qtbot, "S000006")
    health = page.health
    assert health.state("sps") == NO_SCORE and health.values["sps"].font().italic()
    assert health.state("return_rate") == NOT_ENOUGH
    assert health.values["return_rate"].font().italic()
    assert health.values["return_rate"].text() != health.values["sps"].text()
    assert health.state("cancellation_rate") == "value"
    assert health.values["cancellation_rate"].text() == "0.00%"
    assert not health.values["cancellation_rate"].font().italic()


def test_a_late_answer_for_a_previous_seller_is_dropped(page: SellerPage, qtbot: Any,
                                                         seller_ctx: AppContext) -> None:
    shown: list[str] = []
    page.loaded.connect(shown.append)
    page.show_seller("S000001")
    page.show_seller("S000002")
    qtbot.waitUntil(lambda: seller_ctx.taskman.pending == 0, timeout=TIMEOUT)
    assert shown == ["S000002"]
    assert page.detail is not None and page.detail.profile.seller_id == "S000002"


def test_unknown_seller_says_what_to_do(page: SellerPage, qtbot: Any) -> None:
    page.show_seller("S999999")
    qtbot.waitUntil(lambda: page.states.currentIndex() == ERROR, timeout=TIMEOUT)
    assert "S999999" in page.error.text() and "Sync" in page.error.text()


def test_a_sync_announcement_reloads_and_dark_palette_recolours(
        page: SellerPage, seller_ctx: AppContext, qtbot: Any) -> None:
    open_seller(page, qtbot, "S000001")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        seller_ctx.changes.announce(Changes(metrics=True, source="sync"))
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    page.setPalette(dark)
    page.charts.canvas.draw()
    face = page.charts.figure.get_facecolor()
    assert QColor.fromRgbF(*face[:3]).name() == "#202124"
    title = next(t for t in page.charts.figure.texts if t.get_gid() == "title")
    assert title.get_color() == "#e8eaed"
