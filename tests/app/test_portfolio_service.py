"""The portfolio service over a synced sandbox: every figure agrees with the daily rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.portfolio import (
    MIN_DELIVERED,
    MIN_ORDERS,
    MIN_SHIPPED,
    PortfolioRow,
    PortfolioService,
    compute_totals,
    row_from_record,
)
from app.workspace import Workspace
from db.repositories.portfolio import FLAG_RECORD_FIELDS, RECORD_FIELDS
from tests.helpers.fixtures import (
    TEST_END_DATE,
    sync_sandbox_into,
)

UNASSIGNED = "S000005"


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """One sync for the whole module: a seller unassigned, one outreach entry deleted."""
    home: Path = tmp_path_factory.mktemp("portfolio-service")
    sync_sandbox_into(home, prepare=lambda server: server.store.set_assigned(
        UNASSIGNED, assigned=False))
    workspace = Workspace.open(home, "test")
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outreach SET deleted = 1 WHERE client_id = (SELECT client_id FROM outreach "
            "ORDER BY occurred_at DESC LIMIT 1)")
    yield workspace
    workspace.close()


@pytest.fixture(scope="module")
def service(synced: Workspace) -> PortfolioService:
    return PortfolioService(synced.engine, today=TEST_END_DATE)


def _expected(workspace: Workspace, seller_id: str) -> dict[str, Any]:
    """The columns of one seller, summed by hand from the daily rows and the outreach."""
    with workspace.engine.connect() as conn:
        as_of = conn.exec_driver_sql(
            "SELECT value FROM cache_meta WHERE key = 'metrics_latest_date'").scalar()
        end = dt.date.fromisoformat(as_of)
        start, prev_start = end - dt.timedelta(days=29), end - dt.timedelta(days=59)
        sums = conn.exec_driver_sql(
            "SELECT coalesce(sum(gmv), 0), coalesce(sum(orders), 0), "
            "coalesce(sum(shipped_orders), 0), coalesce(sum(late_dispatched_orders), 0), "
            "coalesce(sum(seller_cancelled_orders), 0), coalesce(sum(delivered_orders), 0), "
            "coalesce(sum(seller_fault_returns), 0), coalesce(sum(negative_reviews), 0) "
            "FROM daily_metrics WHERE seller_id = ? AND date BETWEEN ? AND ?",
            (seller_id, start.isoformat(), as_of)).one()
        previous = conn.exec_driver_sql(
            "SELECT coalesce(sum(gmv), 0) FROM daily_metrics WHERE seller_id = ? "
            "AND date BETWEEN ? AND ?",
            (seller_id, prev_start.isoformat(), (start - dt.timedelta(days=1)).isoformat()),
        ).scalar()
        last_contact = conn.exec_driver_sql(
            "SELECT max(occurred_at) FROM outreach WHERE seller_id = ? AND deleted = 0",
            (seller_id,)).scalar()
        follow_up = conn.exec_driver_sql(
            "SELECT min(follow_up_on) FROM outreach WHERE seller_id = ? AND deleted = 0 "
            "AND follow_up_on >= ?", (seller_id, TEST_END_DATE.isoformat())).scalar()
        points = conn.exec_driver_sql(
            "SELECT coalesce(sum(points), 0) FROM violations WHERE seller_id = ? "
            "AND status = 'active'", (seller_id,)).scalar()
    gmv, orders, shipped, late, cancelled, delivered, returns, negative = sums
    return {
        "gmv_30d": gmv, "gmv_prev_30d": previous,
        "gmv_growth": gmv / previous - 1 if previous else None, "orders_30d": orders,
        "late_dispatch_rate": late / shipped if shipped >= MIN_SHIPPED else None,
        "cancellation_rate": cancelled / orders if orders >= MIN_ORDERS else None,
        "return_rate": returns / delivered if delivered >= MIN_DELIVERED else None,
        "negative_review_rate": negative / delivered if delivered >= MIN_DELIVERED else None,
        "violation_points": points, "last_contact": last_contact, "next_follow_up": follow_up,
    }


def test_rows_agree_with_the_daily_rows(service: PortfolioService, synced: Workspace) -> None:
    rows = {r.seller_id: r for r in service.rows()}
    with synced.engine.connect() as conn:
        with_outreach = [r[0] for r in conn.exec_driver_sql(
            "SELECT seller_id FROM outreach WHERE follow_up_on IS NOT NULL "
            "GROUP BY seller_id ORDER BY seller_id LIMIT 2")]
    checked = sorted({"S000001", "S000010", "S000024", *with_outreach} & set(rows))
    assert len(checked) >= 4
    for seller_id in checked:
        row, expected = rows[seller_id], _expected(synced, seller_id)
        actual = {key: getattr(row, key) for key in expected}
        assert actual == pytest.approx(expected), seller_id
    assert any(rows[s].next_follow_up for s in checked), "the sample has a follow-up due"


def test_a_deleted_entry_is_not_the_last_contact(service: PortfolioService,
                                                synced: Workspace) -> None:
    with synced.engine.connect() as conn:
        seller_id, deleted_at = conn.exec_driver_sql(
            "SELECT seller_id, occurred_at FROM outreach WHERE deleted = 1").one()
    row = next(r for r in service.rows(include_unassigned=True) if r.seller_id == seller_id)
    assert row.last_contact != deleted_at
    assert row.last_contact == _expected(synced, seller_id)["last_contact"]


def test_unassigned_sellers_only_on_request(service: PortfolioService) -> None:
    assigned = service.rows()
    everyone = service.rows(include_unassigned=True)
    assert UNASSIGNED not in {r.seller_id for r in assigned}
    assert {r.seller_id for r in everyone} - {r.seller_id for r in assigned} == {UNASSIGNED}
    assert all(r.assigned for r in assigned)


def test_filter_options_and_data_as_of(service: PortfolioService, synced: Workspace) -> None:
    options = service.filter_options()
    rows = service.rows(include_unassigned=True)
    assert set(options.marketplaces) == {r.marketplace for r in rows}
    assert set(options.regions) == {r.region for r in rows}
    assert set(options.categories) == {r.category for r in rows}
    assert options.tiers == tuple(sorted({r.tier for r in rows}))
    assert set(options.statuses) == {r.status for r in rows}
    assert service.data_as_of() == TEST_END_DATE.isoformat()


def _matching(workspace: Workspace, text: str) -> set[str]:
    """Sellers whose name, code or contact holds `text`, worked out without the service."""
    with workspace.engine.connect() as conn:
        sellers = conn.exec_driver_sql(
            "SELECT seller_id, shop_name, shop_code, contact_name, contact_phone, "
            "contact_email, contact_im_handle FROM sellers").all()
    needle = text.strip().casefold()
    return {s[0] for s in sellers if any(needle in (f or "").casefold() for f in s[1:])}


@pytest.mark.parametrize("text", ["川味", "MAPLE", "maple", "cn-yw", "Example.ORG", "李"])
def test_search_finds_names_codes_and_contacts(service: PortfolioService, synced: Workspace,
                                               text: str) -> None:
    expected = _matching(synced, text)
    assert expected, f"the sandbox has no seller matching {text!r} any more"
    assert {r.seller_id for r in service.search(text, limit=100)} == expected
    assert len(service.search(text, limit=1)) == 1
    assert service.search("   ") == []


def test_search_puts_assigned_sellers_first(service: PortfolioService) -> None:
    found = service.search("example", limit=100)  # every e-mail address
    assert UNASSIGNED in {r.seller_id for r in found}
    assert found[-1].seller_id == UNASSIGNED


def test_totals_per_currency_and_at_risk(service: PortfolioService) -> None:
    rows = service.rows()
    totals = service.totals(rows)
    assert totals == compute_totals(rows) == service.totals()
    assert totals.sellers == len(rows)
    for currency_total in totals.gmv:
        mine = [r for r in rows if r.currency == currency_total.currency]
        assert currency_total.sellers == len(mine)
        assert currency_total.gmv_30d == sum(r.gmv_30d for r in mine)
    assert [t.sellers for t in totals.gmv] == sorted((t.sellers for t in totals.gmv),
                                                     reverse=True)
    assert totals.at_risk == sum(r.at_risk for r in rows) >= 1  # S000001 is suspended


def _record(**values: Any) -> PortfolioRow:
    base = dict.fromkeys(RECORD_FIELDS, 0) | {
        "seller_id": "X", "shop_name": "X", "shop_code": "X", "status": "active",
        "currency": "USD", "assigned": 1, "health_sps": None, "health_ahr": None,
        "contact_name": None, "contact_phone": None, "contact_email": None,
        "contact_im_handle": None, "last_contact": None, "next_follow_up": None}
    flags = dict.fromkeys(FLAG_RECORD_FIELDS, 0) | {
        "worst_risk": None, "health_score": None, "health_previous": None, "flag_rules": None}
    flags.update({k: v for k, v in values.items() if k in flags})
    base.update({k: v for k, v in values.items() if k not in flags})
    return row_from_record(tuple(base[f] for f in RECORD_FIELDS)
                           + tuple(flags[f] for f in FLAG_RECORD_FIELDS))


def test_minimum_volumes_growth_and_risk_rule() -> None:
    below = _record(shipped_30d=29, late_dispatched_30d=29, orders_30d=29, delivered_30d=99)
    assert below.late_dispatch_rate is None and below.cancellation_rate is None
    assert below.return_rate is None and below.negative_review_rate is None
    assert not below.at_risk
    at = _record(shipped_30d=30, late_dispatched_30d=0, delivered_30d=100)
    assert at.late_dispatch_rate == 0.0 and at.return_rate == 0.0  # zero, not "not enough"
    assert _record(gmv_30d=5, gmv_prev_30d=0).gmv_growth is None
    assert _record(gmv_30d=15, gmv_prev_30d=10).gmv_growth == pytest.approx(0.5)
    # At risk: an open risk flag of severity high (rank 1) or critical (rank 0).
    assert _record(open_risks=1, worst_risk=1).at_risk
    assert _record(open_risks=2, worst_risk=0).top_risk_severity == "critical"
    medium = _record(open_risks=1, worst_risk=2, open_opportunities=3,
                     flag_rules="returns\nfast_grower", health_score=71.5, health_previous=80.0)
    assert not medium.at_risk and medium.top_risk_severity == "medium"
    assert medium.open_opportunities == 3
    assert medium.flag_rules == frozenset({"returns", "fast_grower"})
    assert medium.health_trend == pytest.approx(-8.5)
    # Without the flag columns (a record built by hand): no flags, no score.
    bare_record = dict.fromkeys(RECORD_FIELDS, 0) | {"shop_name": "X", "shop_code": "X",
                                                     "health_sps": None}
    bare = row_from_record(tuple(bare_record.values()))
    assert (bare.open_risks, bare.top_risk_severity, bare.flag_rules) == (0, None, frozenset())
    assert bare.health_trend is None and not bare.at_risk
    assert _record(health_sps="3.7").sps == pytest.approx(3.7)
    assert _record(health_sps="").sps is None
