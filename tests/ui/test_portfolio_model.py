"""The portfolio table model over hand-made rows: Qt's model checks, sort, filter, search."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.portfolio import PortfolioRow, row_from_record
from db.repositories.portfolio import RECORD_FIELDS
from ui import formatting
from ui.portfolio.columns import INDEX, Level
from ui.portfolio.model import SELLER_ID_ROLE, SORT_KEY_ROLE, PortfolioModel

DESC = Qt.SortOrder.DescendingOrder
ASC = Qt.SortOrder.AscendingOrder


def make_row(seller_id: str, **values: Any) -> PortfolioRow:
    """A row through the service's own record conversion, with volumes big enough for rates."""
    record = {
        "seller_id": seller_id, "shop_name": f"Shop {seller_id}", "shop_code": f"US-LA-{seller_id}",
        "marketplace": "tiktok", "region": "US", "category": "Health", "tier": "B",
        "status": "active", "currency": "USD", "assigned": 1, "contact_name": None,
        "contact_phone": None, "contact_email": None, "contact_im_handle": None,
        "health_sps": "4.5", "health_ahr": 700, "gmv_30d": 1_000_000, "gmv_prev_30d": 900_000,
        "orders_30d": 200, "shipped_30d": 200, "late_dispatched_30d": 2,
        "seller_cancelled_30d": 1, "delivered_30d": 180, "returns_30d": 1,
        "negative_reviews_30d": 0, "active_violation_points": 0, "last_contact": None,
        "next_follow_up": None,
    }
    record.update(values)
    return row_from_record(tuple(record[f] for f in RECORD_FIELDS))


ROWS = [
    make_row("S1", shop_name="老街川味小厨严选", shop_code="CN-CD-5643", gmv_30d=50_000_000,
             contact_name="王静", marketplace="shopee", region="PH", currency="PHP",
             shipped_30d=12, late_dispatched_30d=3),
    make_row("S2", shop_name="Maple & Silk Health", shop_code="CN-XM-7076", gmv_30d=9_000_000,
             contact_email="Grace.Wu@example.com", shipped_30d=100, late_dispatched_30d=12,
             tier="A"),
    make_row("S3", shop_name="Little Maple Wellness", shop_code="CN-SH-5995", gmv_30d=7_000_000,
             shipped_30d=100, late_dispatched_30d=0, status="suspended", health_sps=None),
    make_row("S4", shop_name="Oak Jade Beauty", shop_code="US-CH-9238", gmv_30d=8_000_000,
             shipped_30d=29, late_dispatched_30d=0, contact_phone="+1 555 0142",
             gmv_prev_30d=0),
    make_row("S5", shop_name="Harbor Toys", shop_code="TH-BK-2400", gmv_30d=1_000,
             shipped_30d=300, late_dispatched_30d=15, marketplace="shopee", region="TH",
             currency="THB", assigned=0, contact_im_handle="wxid_harbor"),
    make_row("S6", shop_name="Ethan's Gear", shop_code="US-LA-8509", gmv_30d=3_000_000,
             shipped_30d=50, late_dispatched_30d=1, tier="A", marketplace="amazon"),
]


@pytest.fixture
def model(qapp: Any) -> PortfolioModel:
    formatting.set_language("en")
    built = PortfolioModel()
    built.set_rows(ROWS)
    return built


def ids(model: PortfolioModel) -> list[str]:
    return [model.row_at(i).seller_id for i in range(model.rowCount())]


def column_texts(model: PortfolioModel, key: str) -> list[str]:
    return [model.index(i, INDEX[key]).data() for i in range(model.rowCount())]


def test_model_passes_qt_checks_through_every_change(model: PortfolioModel,
                                                     qtmodeltester: Any) -> None:
    qtmodeltester.check(model)  # Qt's own tester stays attached and checks each change below
    model.sort(INDEX["late_dispatch_rate"], ASC)
    model.set_query({"marketplace": ["tiktok"]}, "maple", False)
    model.set_query({}, "", True)
    model.sort(INDEX["name"], DESC)
    model.set_rows(ROWS[:3])
    model.set_rows([])


def test_python_model_checks_too(model: PortfolioModel, qtmodeltester: Any) -> None:
    qtmodeltester.check(model, force_py=True)
    model.sort(INDEX["sps"], ASC)
    model.set_query({"tier": ["A"]}, "", True)


def test_unassigned_sellers_only_with_the_toggle(model: PortfolioModel) -> None:
    assert "S5" not in ids(model)
    model.set_query({}, "", True)
    assert "S5" in ids(model) and model.rowCount() == len(ROWS)
    assert model.in_scope_count() == len(ROWS)


def test_default_sort_is_gmv_descending_within_the_main_currency(model: PortfolioModel) -> None:
    # USD (most sellers) first, biggest first; PHP after: amounts in different currencies
    # are not compared.
    assert ids(model) == ["S2", "S4", "S3", "S6", "S1"]
    model.sort(INDEX["gmv_30d"], ASC)
    assert ids(model) == ["S1", "S6", "S3", "S4", "S2"]


def test_not_enough_data_sorts_after_real_values_both_ways(model: PortfolioModel) -> None:
    late = INDEX["late_dispatch_rate"]
    model.sort(late, ASC)
    # S4 and S1 shipped 29 and 12 orders (below 30): after the real rates, by name.
    assert ids(model) == ["S3", "S6", "S2", "S4", "S1"]
    model.sort(late, DESC)
    assert ids(model) == ["S2", "S6", "S3", "S4", "S1"]
    texts = dict(zip(ids(model), column_texts(model, "late_dispatch_rate"), strict=True))
    assert texts["S4"] == "not enough data" and texts["S3"] == "0.0%"
    assert texts["S2"] == "12.0%"
    assert model.index(4, late).data(SORT_KEY_ROLE) is None


def test_scores_missing_are_no_score_and_sort_last(model: PortfolioModel) -> None:
    model.sort(INDEX["sps"], ASC)
    assert ids(model)[-1] == "S3"
    assert column_texts(model, "sps")[-1] == "no score"
    assert column_texts(model, "sps")[0] == "4.5"


def test_colour_only_where_it_means_something(model: PortfolioModel) -> None:
    late = INDEX["late_dispatch_rate"]
    status = INDEX["status"]
    by_id = {model.row_at(i).seller_id: i for i in range(model.rowCount())}
    assert model.index(by_id["S2"], late).data(Qt.ItemDataRole.ForegroundRole) == \
        model.colour(Level.CRITICAL)  # 12% >= 10%
    assert model.index(by_id["S6"], late).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(by_id["S3"], status).data(Qt.ItemDataRole.ForegroundRole) == \
        model.colour(Level.CRITICAL)
    assert model.index(by_id["S3"], status).data() == "Suspended"
    muted = model.index(by_id["S4"], late).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(muted, QColor) and muted == model.colour(Level.MUTED)
    assert model.index(by_id["S4"], INDEX["gmv_growth"]).data() == formatting.NO_VALUE
    assert model.index(by_id["S2"], INDEX["gmv_30d"]).data() == "900\u00a0USD"
    alignment = model.index(0, INDEX["orders_30d"]).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.index(0, INDEX["name"]).data(SELLER_ID_ROLE) == ids(model)[0]


def test_filters_or_within_a_kind_and_across_kinds(model: PortfolioModel) -> None:
    model.set_query({"marketplace": ["shopee", "amazon"]}, "", True)
    assert set(ids(model)) == {"S1", "S5", "S6"}
    model.set_query({"marketplace": ["shopee", "amazon"], "tier": ["A"]}, "", True)
    assert ids(model) == ["S6"]
    model.set_query({"status": ["restricted"]}, "", True)
    assert ids(model) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("川味", {"S1"}), ("maple", {"S2", "S3"}), ("MAPLE", {"S2", "S3"}), ("cn-cd", {"S1"}),
    ("王静", {"S1"}), ("grace.wu", {"S2"}), ("555 0142", {"S4"}), ("WXID_HARBOR", {"S5"}),
    ("  oak jade ", {"S4"}), ("nothing like this", set()),
])
def test_search_names_codes_and_contacts(model: PortfolioModel, text: str,
                                         expected: set[str]) -> None:
    model.set_query({}, text, True)
    assert set(ids(model)) == expected


def test_sort_keeps_the_selected_seller(model: PortfolioModel) -> None:
    selection = QItemSelectionModel(model)
    position = ids(model).index("S6")
    selection.select(model.index(position, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
    kept = QPersistentModelIndex(model.index(position, 3))
    model.sort(INDEX["name"], ASC)
    assert ids(model) == ["S6", "S3", "S2", "S4", "S1"]  # 老 sorts after Latin
    assert kept.row() == 0 and kept.column() == 3
    assert [model.row_at(i.row()).seller_id for i in selection.selectedRows()] == ["S6"]


def test_ten_thousand_rows_sort_filter_search_quickly(qapp: Any) -> None:
    rows = [make_row(f"X{i:05d}", shop_name=f"Maple {i % 97} 川味 {i}",
                     gmv_30d=(i * 7919) % 100_000, shipped_30d=i % 60,
                     late_dispatched_30d=i % 5, tier="ABC"[i % 3]) for i in range(10_000)]
    model = PortfolioModel()
    model.set_rows(rows)
    timings = {}
    for label, action in (
        ("sort", lambda: model.sort(INDEX["late_dispatch_rate"], DESC)),
        ("filter", lambda: model.set_query({"tier": ["A", "B"]}, "", False)),
        ("search", lambda: model.set_query({}, "maple 4", False)),
    ):
        start = time.perf_counter()
        action()
        timings[label] = time.perf_counter() - start
    # Measured at 10-40 ms here; the bound only catches a slide back to per-row Qt calls.
    assert max(timings.values()) < 0.5, timings
    assert model.rowCount() > 0
