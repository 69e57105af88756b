"""Portfolio medians on a hand-made cache: values, refresh bookkeeping, the migration."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from db.cache import open_cache
from db.engine import create_cache_engine
from db.migrate import alembic_config
from db.repositories import portfolio_daily
from db.repositories.portfolio_daily import ALL_CURRENCIES, AS_OF_KEY, DIRTY_FROM_KEY

AS_OF = "2026-03-10"
METRIC_COLUMNS = ("seller_id", "date", "currency", "gmv", "orders", "units", "visitors",
                  "product_views", "shipped_orders", "late_dispatched_orders",
                  "seller_cancelled_orders", "delivered_orders", "on_time_deliveries",
                  "seller_fault_returns", "reviews", "negative_reviews", "im_conversations",
                  "im_replied_12h", "live_gmv", "video_gmv", "affiliate_gmv", "ad_spend",
                  "revision", "updated_at")


def add_seller(engine: Engine, seller_id: str, currency: str, *, assigned: bool = True) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO sellers (seller_id, shop_name, shop_code, marketplace, region, "
            "category, tier, status, currency, timezone, assigned, version, updated_at) "
            "VALUES (?, ?, ?, 'tiktok', 'US', 'Toys', 'A', 'active', ?, 'UTC', ?, 1, 'x')",
            (seller_id, seller_id, seller_id, currency, assigned))


def add_day(engine: Engine, seller_id: str, date: str, *, gmv: int = 0, orders: int = 0,
            shipped: int = 0, late: int = 0, cancelled: int = 0, delivered: int = 0,
            returns: int = 0, negative: int = 0, revision: int = 1) -> None:
    row = dict.fromkeys(METRIC_COLUMNS, 0)
    row.update(seller_id=seller_id, date=date, currency="USD", gmv=gmv, orders=orders,
               shipped_orders=shipped, late_dispatched_orders=late,
               seller_cancelled_orders=cancelled, delivered_orders=delivered,
               seller_fault_returns=returns, negative_reviews=negative, revision=revision,
               updated_at="x")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            f"INSERT OR REPLACE INTO daily_metrics ({', '.join(METRIC_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(METRIC_COLUMNS))})", tuple(row.values()))


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = open_cache(tmp_path / "cache.sqlite3")
    add_seller(made, "A", "USD")
    add_seller(made, "B", "USD")
    add_seller(made, "C", "THB")
    add_seller(made, "D", "USD", assigned=False)  # left the portfolio, no rows in the window
    # 03-03 is seven days before 03-10: out of its trailing window, inside 03-09's.
    add_day(made, "A", "2026-03-03", orders=5, shipped=100, late=100, delivered=50)
    add_day(made, "A", "2026-03-09", gmv=1_000_000, orders=8, shipped=10, late=3,
            delivered=10, returns=1)
    add_day(made, "A", AS_OF, gmv=1_000_000, orders=10, shipped=10, late=1, cancelled=1,
            delivered=10)
    add_day(made, "B", AS_OF, gmv=3_000_000, orders=30, shipped=20, late=6, cancelled=0,
            delivered=0)
    add_day(made, "C", AS_OF, gmv=500_000, orders=5, shipped=0, cancelled=1, delivered=4,
            negative=1)
    yield made
    made.dispose()


def rows(engine: Engine) -> dict[tuple[str, str], tuple]:
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT date, currency, sellers, gmv, orders, late_dispatch_rate, "
            "cancellation_rate, return_rate, negative_review_rate FROM portfolio_daily"
        ).all()
    return {(r[0], r[1]): tuple(r[2:]) for r in found}


def refresh(engine: Engine, as_of: str = AS_OF) -> portfolio_daily.RefreshStats:
    with engine.begin() as conn:
        return portfolio_daily.refresh(conn, as_of)


def test_medians_by_hand(engine: Engine) -> None:
    stats = refresh(engine)
    assert stats.full and stats.first == "2025-03-11"
    got = rows(engine)
    # 03-10, everyone: orders (10, 30, 5); late-dispatch over the trailing 7 days
    # A (3+1)/(10+10) = 0.2, B 6/20 = 0.3, C shipped nothing (left out): median 0.25.
    # Cancellation A 1/(8+10), B 0/30, C 1/5. Returns A 1/20, C 0/4; B delivered none.
    # Negative reviews A 0/20, C 1/4.
    sellers, gmv, orders, late, cancel, returns, negative = got[(AS_OF, ALL_CURRENCIES)]
    assert (sellers, gmv, orders) == (3, None, 10.0)
    assert late == pytest.approx(0.25)
    assert cancel == pytest.approx(1 / 18)
    assert returns == pytest.approx((1 / 20 + 0) / 2)
    assert negative == pytest.approx((0 + 1 / 4) / 2)
    # GMV only among sellers of one currency: USD (100, 300) -> 200; THB 50.
    assert got[(AS_OF, "USD")][:2] == (2, 2_000_000)
    assert got[(AS_OF, "THB")][:2] == (1, 500_000)
    # 03-09: only A has a row; its trailing window reaches back to 03-03.
    assert got[("2026-03-09", ALL_CURRENCIES)][:3] == (1, None, 8.0)
    assert got[("2026-03-09", ALL_CURRENCIES)][3] == pytest.approx(103 / 110)
    # No row that day, no median, even if a trailing window would reach it.
    assert ("2026-03-05", ALL_CURRENCIES) not in got
    assert set(got) == {(d, c) for d in ("2026-03-03", "2026-03-09", AS_OF)
                        for c in (ALL_CURRENCIES, "USD")} | {(AS_OF, "THB")}


def test_incremental_refresh_equals_a_full_one(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO cache_meta (key, value) VALUES (?, '')", (DIRTY_FROM_KEY,))
    refresh(engine)
    # A restatement of 03-09 arrives, as a metrics page would record it.
    add_day(engine, "A", "2026-03-09", gmv=2_000_000, orders=8, shipped=10, late=9,
            delivered=10, revision=2)
    with engine.begin() as conn:
        portfolio_daily.mark_dirty(conn, "2026-03-09")
        portfolio_daily.mark_dirty(conn, AS_OF)  # a later page does not move it forward
    stats = refresh(engine)
    assert not stats.full and stats.first == "2026-03-09"
    incremental = rows(engine)
    assert incremental[(AS_OF, ALL_CURRENCIES)][3] == pytest.approx((10 / 20 + 0.3) / 2)
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM cache_meta WHERE key = ?", (AS_OF_KEY,))
    assert refresh(engine).full
    assert rows(engine) == incremental
    # Nothing changed since: nothing is recomputed.
    assert refresh(engine).first is None


def test_without_page_tracking_every_refresh_is_full(engine: Engine) -> None:
    refresh(engine)
    add_day(engine, "B", "2026-03-09", orders=50)
    assert refresh(engine).full
    assert rows(engine)[("2026-03-09", ALL_CURRENCIES)][:3] == (2, None, 29.0)


def test_a_seller_leaving_keeps_the_portfolio_history(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO cache_meta (key, value) VALUES (?, '')",
                             (DIRTY_FROM_KEY,))
    refresh(engine)
    before = rows(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sellers SET assigned = 0 WHERE seller_id = 'B'")
    stats = refresh(engine)
    assert not stats.full, "a reassignment must not recompute a whole year"
    assert rows(engine) == before
    assert before[(AS_OF, "USD")][:2] == (2, 2_000_000)


def test_window_moves_with_the_latest_date(engine: Engine) -> None:
    refresh(engine)
    add_day(engine, "A", "2027-03-05", orders=1)
    refresh(engine, "2027-03-05")
    # 2026-03-03 is 367 days before: out of the window, and removed.
    assert {d for d, _c in rows(engine)} == {"2026-03-09", AS_OF, "2027-03-05"}


def test_read_joins_the_currency_gmv(engine: Engine) -> None:
    refresh(engine)
    with engine.connect() as conn:
        thb = portfolio_daily.read(conn, "2026-03-09", AS_OF, "THB")
    assert [(r.date, r.sellers, r.gmv, r.orders) for r in thb] == [
        ("2026-03-09", 1, None, 8.0), (AS_OF, 3, 500_000, 10.0)]


def test_migration_from_0001_keeps_data_and_marks_summaries_stale(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.sqlite3"
    engine = create_cache_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001_initial")
        conn.exec_driver_sql("INSERT INTO cache_meta (key, value) VALUES ('k', 'v')")
    engine.dispose()
    engine = open_cache(path)  # upgrades to head
    add_seller(engine, "A", "USD")
    add_day(engine, "A", AS_OF, orders=3)
    with engine.connect() as conn:
        meta = dict(conn.exec_driver_sql("SELECT key, value FROM cache_meta").all())
    assert meta == {"k": "v", "summaries_stale": "1"}
    refresh(engine)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001_initial")
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "portfolio_daily" not in tables
        assert conn.execute("SELECT count(*) FROM daily_metrics").fetchone() == (1,)
        keys = {r[0] for r in conn.execute("SELECT key FROM cache_meta")}
        assert keys == {"k", "summaries_stale"}
    finally:
        conn.close()
