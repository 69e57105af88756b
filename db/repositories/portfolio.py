"""Portfolio figures read from the per-seller summaries (never from the daily rows)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine


@dataclass(frozen=True)
class PortfolioTotals:
    active_sellers: int
    unassigned_sellers: int
    gmv_30d: int
    gmv_prev_30d: int
    orders_30d: int
    as_of: str | None


@dataclass(frozen=True)
class SellerLine:
    seller_id: str
    shop_name: str
    status: str
    currency: str
    gmv_30d: int
    gmv_prev_30d: int
    orders_30d: int
    late_dispatched_30d: int
    shipped_30d: int


def totals(engine: Engine) -> PortfolioTotals:
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT count(CASE WHEN s.assigned THEN 1 END), count(CASE WHEN NOT s.assigned "
            "THEN 1 END), coalesce(sum(CASE WHEN s.assigned THEN m.gmv_30d END), 0), "
            "coalesce(sum(CASE WHEN s.assigned THEN m.gmv_prev_30d END), 0), "
            "coalesce(sum(CASE WHEN s.assigned THEN m.orders_30d END), 0), max(m.as_of) "
            "FROM sellers s LEFT JOIN seller_summary m ON m.seller_id = s.seller_id"
        ).one()
    return PortfolioTotals(*row)


def top_sellers(engine: Engine, limit: int = 10) -> list[SellerLine]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT s.seller_id, s.shop_name, s.status, s.currency, m.gmv_30d, m.gmv_prev_30d, "
            "m.orders_30d, m.late_dispatched_30d, m.shipped_30d FROM sellers s "
            "JOIN seller_summary m ON m.seller_id = s.seller_id WHERE s.assigned "
            "ORDER BY m.gmv_30d DESC LIMIT ?",
            (limit,),
        ).all()
    return [SellerLine(*row) for row in rows]
