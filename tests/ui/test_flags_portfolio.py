"""The portfolio's flag columns and filters agree with the flags in the same cache."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.flags.service import SEVERITY_ORDER
from tests.ui.flag_fixtures import TIMEOUT, flag_ctx, flagged_home, service
from ui.context import AppContext
from ui.portfolio.columns import INDEX, Level
from ui.portfolio.flag_filter import ANY_RISK, CRITICAL, FLAGS_KIND, OPPORTUNITIES
from ui.portfolio.view import PortfolioPage

__all__ = ["flag_ctx", "flagged_home"]
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


@pytest.fixture
def page(flag_ctx: AppContext, qtbot: Any) -> PortfolioPage:
    made = PortfolioPage(flag_ctx)
    qtbot.addWidget(made)
    made.resize(1400, 700)
    qtbot.waitUntil(lambda: made.model.loaded_count > 0, timeout=TIMEOUT)
    return made


def shown(page: PortfolioPage) -> set[str]:
    return {page.model.row_at(i).seller_id for i in range(page.model.rowCount())}


def pick(page: PortfolioPage, *values: str) -> None:
    button = page.filters.buttons[FLAGS_KIND]
    for value in values:
        action = button.action_for(value)
        assert action is not None, f"no filter entry {value}"
        action.setChecked(True)


def test_columns_count_the_open_flags(page: PortfolioPage, flag_ctx: AppContext) -> None:
    flags = service(flag_ctx).flags()
    risks = Counter(f.seller_id for f in flags if f.kind == "risk")
    chances = Counter(f.seller_id for f in flags if f.kind == "opportunity")
    assert risks, "the sandbox should raise some risks"
    for position in range(page.model.rowCount()):
        row = page.model.row_at(position)
        assert (row.open_risks, row.open_opportunities) == (risks[row.seller_id],
                                                            chances[row.seller_id])
        cell = page.model.index(position, INDEX["open_risks"])
        assert cell.data() == str(risks[row.seller_id])
        if row.top_risk_severity == "critical":
            assert cell.data(FOREGROUND) == page.model.colour(Level.CRITICAL)
    assert page.columns.actions_by_key["health_score"].isChecked()


def test_sorting_by_risks_puts_the_worst_first(page: PortfolioPage) -> None:
    page.model.sort_by_key("open_risks", descending=True)
    first = page.model.row_at(0)
    worst = min((SEVERITY_ORDER.index(page.model.row_at(i).top_risk_severity)
                 for i in range(page.model.rowCount())
                 if page.model.row_at(i).top_risk_severity), default=None)
    assert worst is not None
    assert SEVERITY_ORDER.index(first.top_risk_severity) == worst


def test_flag_filters_show_the_right_sellers(page: PortfolioPage, flag_ctx: AppContext) -> None:
    in_scope = shown(page)
    flags = service(flag_ctx).flags()
    pick(page, CRITICAL)
    assert shown(page) == {f.seller_id for f in flags
                           if f.kind == "risk" and f.severity == "critical"} & in_scope
    page.clear_query()
    pick(page, ANY_RISK)
    assert shown(page) == {f.seller_id for f in flags if f.kind == "risk"} & in_scope
    page.clear_query()
    pick(page, OPPORTUNITIES)
    assert shown(page) == {f.seller_id for f in flags if f.kind == "opportunity"} & in_scope
    page.clear_query()
    eligible = {f.rule_id for f in flags if f.rule_id.startswith("program_eligible:")}
    for rule_id in sorted(eligible):
        pick(page, rule_id)
        assert shown(page) == {f.seller_id for f in flags if f.rule_id == rule_id} & in_scope
        label = page.filters.buttons[FLAGS_KIND].action_for(rule_id).text()
        assert label.startswith("Eligible for ") and rule_id not in label, \
            "the program shows by its catalog name"
        page.clear_query()


def test_the_view_remembers_the_flag_filter(page: PortfolioPage) -> None:
    pick(page, ANY_RISK)
    view = page.capture_view("risky")
    assert view.filters[FLAGS_KIND] == [ANY_RISK]
    page.clear_query()
    page.apply_view(view)
    assert page.filters.buttons[FLAGS_KIND].picked() == [ANY_RISK]
