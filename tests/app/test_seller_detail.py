"""The seller detail service against hand-computed ratios from a synced sandbox's rows."""

from __future__ import annotations

import datetime as dt
import math
import re
import shutil
import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.promotions import BLACK_FRIDAY, CYBER_MONDAY, black_friday, promotion_days
from app.seller_detail import NOT_ENOUGH_DATA, SellerDetailService
from db.cache import open_cache
from db.units import MONEY_SCALE
from tests.helpers.fixtures import sync_sandbox_into

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def synced_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One sandbox synced once for the module; each test works on its own copy."""
    home = tmp_path_factory.mktemp("synced") / "home"
    home.mkdir()
    return sync_sandbox_into(home, sellers=30, days=120)


@pytest.fixture
def engine(synced_home: Path, tmp_path: Path) -> Iterator[Engine]:
    copy = tmp_path / "home"
    shutil.copytree(synced_home, copy)
    made = open_cache(copy / "profiles" / "test" / "cache.sqlite3")
    yield made
    made.dispose()


def latest(engine: Engine) -> dt.date:
    with engine.connect() as conn:
        value = conn.exec_driver_sql(
            "SELECT value FROM cache_meta WHERE key = 'metrics_latest_date'").scalar()
    return dt.date.fromisoformat(value)


def daily_rows(engine: Engine, seller_id: str | None = None) -> dict[tuple[str, str], dict]:
    where, args = ("WHERE seller_id = ?", (seller_id,)) if seller_id else ("", ())
    with engine.connect() as conn:
        result = conn.exec_driver_sql(f"SELECT * FROM daily_metrics {where}", args)
        names = list(result.keys())
        return {(r[0], r[1]): dict(zip(names, r, strict=True)) for r in result.all()}


def window_sum(rows: dict, seller_id: str, end: dt.date, days: int, column: str) -> int:
    return sum(rows.get((seller_id, (end - dt.timedelta(days=k)).isoformat()), {}).get(column, 0)
               for k in range(days))


def test_profile_and_null_scores(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sellers SET health_sps = NULL, health_ahr = NULL "
                             "WHERE seller_id = 'S000002'")
        names = dict(conn.exec_driver_sql("SELECT seller_id, shop_name FROM sellers").all())
    service = SellerDetailService(engine)
    chinese = next(sid for sid, name in sorted(names.items()) if CJK.search(name))
    profile = service.profile(chinese)
    assert profile is not None and profile.shop_name == names[chinese]
    assert profile.contact.phone and profile.contact.email and profile.currency
    unscored = service.profile("S000002")
    assert unscored is not None
    assert unscored.health.sps is None and unscored.health.ahr is None
    assert service.profile("nobody") is None
    assert service.load("nobody") is None


def test_health_numbers_are_ratios_of_sums(engine: Engine) -> None:
    end = latest(engine)
    rows = daily_rows(engine)
    service = SellerDetailService(engine)
    checks = {  # metric: (numerator, denominator, minimum)
        "late_dispatch_rate": ("late_dispatched_orders", "shipped_orders", 30),
        "cancellation_rate": ("seller_cancelled_orders", "orders", 30),
        "on_time_delivery_rate": ("on_time_deliveries", "delivered_orders", 30),
        "return_rate": ("seller_fault_returns", "delivered_orders", 100),
        "negative_review_rate": ("negative_reviews", "delivered_orders", 100),
        "im_response_rate": ("im_replied_12h", "im_conversations", 20),
        "conversion_rate": ("orders", "visitors", 1),
    }
    with engine.connect() as conn:
        sellers = [r[0] for r in conn.exec_driver_sql("SELECT seller_id FROM sellers")]
        violations = conn.exec_driver_sql(
            "SELECT seller_id, points, status FROM violations").all()
    seen = {"value": 0, "not enough": 0}
    for seller_id in sellers:
        health = service.health_numbers(seller_id)
        assert health.as_of == end.isoformat() and health.window_days == 30
        for metric, (numerator, denominator, minimum) in checks.items():
            num = window_sum(rows, seller_id, end, 30, numerator)
            den = window_sum(rows, seller_id, end, 30, denominator)
            got = health.ratios[metric]
            assert (got.numerator, got.denominator) == (num, den)
            if den < minimum:
                assert got.value is NOT_ENOUGH_DATA
                seen["not enough"] += 1
            else:
                assert got.value == pytest.approx(num / den, rel=1e-12)
                seen["value"] += 1
        content = sum(window_sum(rows, seller_id, end, 30, c) for c in ("live_gmv", "video_gmv"))
        gmv = window_sum(rows, seller_id, end, 30, "gmv")
        share = health.ratios["content_share"].value
        assert share is NOT_ENOUGH_DATA if gmv == 0 else share == pytest.approx(content / gmv)
        assert health.gmv == gmv
        assert health.violation_points == sum(
            p for s, p, status in violations if s == seller_id and status == "active")
    assert seen["value"] > 50


def test_minimum_volumes_at_the_boundary(engine: Engine) -> None:
    end = latest(engine)
    with engine.begin() as conn:
        zeroed = ("shipped_orders", "orders", "delivered_orders", "im_conversations", "visitors",
                  "gmv", "seller_cancelled_orders", "late_dispatched_orders", "im_replied_12h")
        conn.exec_driver_sql("UPDATE daily_metrics SET "
                             + ", ".join(f"{c} = 0" for c in zeroed) + " "
                             "WHERE seller_id = 'S000003'")
        conn.exec_driver_sql(
            "UPDATE daily_metrics SET shipped_orders = 29, late_dispatched_orders = 0, "
            "orders = 30, seller_cancelled_orders = 0, delivered_orders = 99, "
            "im_conversations = 20, im_replied_12h = 5 WHERE seller_id = 'S000003' AND date = ?",
            (end.isoformat(),))
    ratios = SellerDetailService(engine).health_numbers("S000003").ratios
    assert ratios["late_dispatch_rate"].value is NOT_ENOUGH_DATA  # 29 shipped < 30
    assert ratios["cancellation_rate"].value == 0.0  # 30 orders: zero, not "not enough"
    assert ratios["on_time_delivery_rate"].value is not NOT_ENOUGH_DATA  # 99 >= 30
    assert ratios["return_rate"].value is NOT_ENOUGH_DATA  # 99 delivered < 100
    assert ratios["negative_review_rate"].value is NOT_ENOUGH_DATA
    assert ratios["im_response_rate"].value == 0.25  # 20 conversations is enough
    assert ratios["conversion_rate"].value is NOT_ENOUGH_DATA  # no visitors
    assert ratios["content_share"].value is NOT_ENOUGH_DATA  # no GMV


def expected_rate(rows: dict, seller_id: str, day: dt.date, num: str, den: str) -> float:
    n = window_sum(rows, seller_id, day, 7, num)
    d = window_sum(rows, seller_id, day, 7, den)
    return n / d if d else math.nan


def test_series_counts_missing_days_as_zero_and_rates_trail_seven_days(engine: Engine) -> None:
    end = latest(engine)
    gap = (end - dt.timedelta(days=4)).isoformat()
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM daily_metrics WHERE seller_id = 'S000005' "
                             "AND date = ?", (gap,))
    rows = daily_rows(engine, "S000005")
    for days in (7, 30, 90):
        series = SellerDetailService(engine).series("S000005", days)
        assert len(series.dates) == days == len(series.gmv) == len(series.orders)
        assert series.dates[-1] == end and series.rate_window_days == 7
        for k, day in enumerate(series.dates):
            row = rows.get(("S000005", day.isoformat()), {})
            assert series.gmv[k] == row.get("gmv", 0) / MONEY_SCALE
            assert series.orders[k] == row.get("orders", 0)
            for name, num, den in (
                    ("late_dispatch_rate", "late_dispatched_orders", "shipped_orders"),
                    ("cancellation_rate", "seller_cancelled_orders", "orders"),
                    ("return_rate", "seller_fault_returns", "delivered_orders"),
                    ("negative_review_rate", "negative_reviews", "delivered_orders")):
                want = expected_rate(rows, "S000005", day, num, den)
                got = series.rates[name][k]
                assert (math.isnan(got) and math.isnan(want)) or got == pytest.approx(want)
    assert series.gmv[series.dates.index(dt.date.fromisoformat(gap))] == 0


def test_portfolio_median_from_the_sync_matches_the_rows(engine: Engine) -> None:
    end = latest(engine)
    rows = daily_rows(engine)
    with engine.connect() as conn:
        sellers = conn.exec_driver_sql(
            "SELECT seller_id, currency FROM sellers").all()
    median = SellerDetailService(engine).portfolio_median(30, "USD")
    assert median.dates[-1] == end and len(median.dates) == 30
    for k in (29, 20):
        day = median.dates[k]
        present = [(s, c) for s, c in sellers if (s, day.isoformat()) in rows]
        late = [expected_rate(rows, s, day, "late_dispatched_orders", "shipped_orders")
                for s, _c in present]
        late = [v for v in late if not math.isnan(v)]
        assert median.rates["late_dispatch_rate"][k] == pytest.approx(statistics.median(late))
        orders = [rows[(s, day.isoformat())]["orders"] for s, _c in present]
        assert median.orders[k] == statistics.median(orders)
        usd = [rows[(s, day.isoformat())]["gmv"] for s, c in present if c == "USD"]
        assert median.gmv[k] == round(statistics.median(usd)) / MONEY_SCALE


def test_violations_and_programs(engine: Engine) -> None:
    service = SellerDetailService(engine)
    with engine.connect() as conn:
        with_violations = conn.exec_driver_sql(
            "SELECT seller_id FROM violations GROUP BY seller_id "
            "ORDER BY count(DISTINCT status) DESC, count(*) DESC LIMIT 1").scalar()
        enrolled = conn.exec_driver_sql(
            "SELECT e.seller_id FROM enrollments e JOIN sellers s USING (seller_id) "
            "GROUP BY e.seller_id ORDER BY count(*) DESC LIMIT 1").scalar()
        marketplace = conn.exec_driver_sql(
            "SELECT marketplace FROM sellers WHERE seller_id = ?", (enrolled,)).scalar()
        statuses = dict(conn.exec_driver_sql(
            "SELECT program_id, status FROM enrollments WHERE seller_id = ?",
            (enrolled,)).all())
        catalog = conn.exec_driver_sql(
            "SELECT program_id FROM programs WHERE active AND marketplace = ? "
            "ORDER BY position", (marketplace,)).all()
    violations = service.violations(with_violations)
    active = [v["status"] == "active" for v in violations]
    assert violations and active == sorted(active, reverse=True)
    programs = service.programs(enrolled)
    assert {p.program_id: p.status for p in programs if p.status} == statuses
    others = [p.program_id for p in programs if p.status is None]
    assert others == [pid for (pid,) in catalog if pid not in statuses]
    assert [p.status is None for p in programs] == sorted(p.status is None for p in programs)
    assert all(p.criteria for p in programs if p.name)


def test_promotion_days() -> None:
    assert black_friday(2026) == dt.date(2026, 11, 27)
    assert black_friday(2025) == dt.date(2025, 11, 28)
    assert black_friday(2024) == dt.date(2024, 11, 29)  # November began on a Friday
    assert black_friday(2030) == dt.date(2030, 11, 29)
    us = promotion_days(dt.date(2026, 9, 1), dt.date(2026, 12, 31), "US")
    assert [(p.day.isoformat(), p.key) for p in us] == [
        ("2026-11-11", "11.11"), ("2026-11-27", BLACK_FRIDAY), ("2026-11-30", CYBER_MONDAY),
        ("2026-12-12", "12.12")]
    thai = promotion_days(dt.date(2026, 9, 9), dt.date(2026, 11, 11), "TH")
    assert [p.key for p in thai] == ["9.9", "10.10", "11.11"]
    spanning = promotion_days(dt.date(2025, 12, 1), dt.date(2026, 1, 31), "US")
    assert [p.day for p in spanning] == [dt.date(2025, 12, 1), dt.date(2025, 12, 12)]


def test_a_cache_without_metrics(tmp_path: Path) -> None:
    engine = open_cache(tmp_path / "empty.sqlite3")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sellers (seller_id, shop_name, shop_code, marketplace, region, "
            "category, tier, status, currency, timezone, assigned, version, updated_at) "
            "VALUES ('S1', '新店', 'C1', 'tiktok', 'US', 'Toys', 'A', 'active', 'USD', "
            "'UTC', 1, 1, 'x')")
    detail = SellerDetailService(engine).load("S1")
    engine.dispose()
    assert detail is not None and detail.as_of is None
    assert detail.series.dates == [] and detail.median.dates == []
    assert all(r.value is NOT_ENOUGH_DATA for r in detail.health.ratios.values())
