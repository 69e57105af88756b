"""The seller page's risks & opportunities panel: the seller's flags, the metric chart with
a line per threshold, and the health score with its parts."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.flag_fixtures import TIMEOUT, flag_ctx, flagged_home, service
from ui import formatting
from ui.context import AppContext
from ui.seller.view import SellerPage

__all__ = ["flag_ctx", "flagged_home"]


@pytest.fixture
def page(flag_ctx: AppContext, qtbot: Any) -> SellerPage:
    made = SellerPage(flag_ctx)
    qtbot.addWidget(made)
    made.resize(1400, 1000)
    made.show()
    qtbot.waitExposed(made)
    return made


def open_seller(page: SellerPage, qtbot: Any, seller_id: str) -> None:
    with qtbot.waitSignal(page.flags.loaded, timeout=TIMEOUT):
        page.show_seller(seller_id)


def test_panel_lists_the_sellers_flags_and_charts_the_metric(
        page: SellerPage, flag_ctx: AppContext, qtbot: Any) -> None:
    flags = service(flag_ctx)
    charted = next((f for f in flags.flags(kinds=("risk",))
                    if (f.metric or "").endswith("_rate") and f.window_days is not None), None)
    assert charted is not None, "the sandbox should raise a risk on a daily rate"
    open_seller(page, qtbot, charted.seller_id)
    panel = page.flags
    open_ids = {f.flag_id for f in flags.flags(seller_id=charted.seller_id)}
    assert open_ids <= {item.flag_id for item in panel.items}
    row = next(i for i, item in enumerate(panel.items) if item.flag_id == charted.flag_id)
    assert panel.table.item(row, 2).text() == charted.message("en")
    panel.table.selectRow(row)
    qtbot.waitUntil(lambda: panel.drawn_flag_id == charted.flag_id, timeout=TIMEOUT)
    series = flags.metric_series(charted.seller_id, charted.metric, charted.window_days, 90)
    (ax,) = panel.chart.axes()
    lines = {line.get_gid(): line for line in ax.get_lines()}
    assert "metric" in lines
    assert len(lines["metric"].get_xdata()) == len(series.dates)
    for severity, threshold in series.thresholds.items():
        line = lines[f"threshold-{severity}"]
        assert list(line.get_ydata()) == [threshold, threshold]
    assert charted.threshold in series.thresholds.values()


def test_health_score_with_its_parts(page: SellerPage, flag_ctx: AppContext,
                                     qtbot: Any) -> None:
    flags = service(flag_ctx)
    seller_id = next(f.seller_id for f in flags.flags(statuses=None))
    open_seller(page, qtbot, seller_id)
    health = flags.health(seller_id)
    panel = page.health_score
    if health is None or health.score is None:
        assert panel.score.text() == "Not enough data"
        return
    assert panel.score.text() == formatting.integer(round(health.score))
    for part, value in health.parts.items():
        expected = formatting.NO_VALUE if value is None else formatting.integer(round(value))
        assert panel.parts[part].text() == expected


def test_a_flag_without_a_daily_series_says_so(page: SellerPage, flag_ctx: AppContext,
                                               qtbot: Any) -> None:
    flag = next((f for f in service(flag_ctx).flags(kinds=("risk",))
                 if f.metric in ("violation_points", "counterfeit_ip_violations", "ahr")), None)
    assert flag is not None, "the sandbox should raise a points or violations risk"
    open_seller(page, qtbot, flag.seller_id)
    panel = page.flags
    row = next(i for i, item in enumerate(panel.items) if item.flag_id == flag.flag_id)
    panel.table.selectRow(row)
    qtbot.waitUntil(lambda: "no daily series" in panel.chart.placeholder.text()
                    or "has no daily metric" in panel.chart.placeholder.text(), timeout=TIMEOUT)
    assert panel.drawn_flag_id is None
