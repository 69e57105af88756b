"""Portfolio figures read from the per-seller summaries (never from the daily rows)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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


# The portfolio table in one statement: seller fields, the summary's 30-day sums, and two
# outreach facts. Last contact walks the (seller_id, occurred_at) index backwards and stops at
# the first entry not deleted (one probe a seller instead of a GROUP BY over all outreach);
# follow-ups come through the follow_up_on index, which holds few dates from today on. The
# planner would rather walk the seller index to skip the GROUP BY sort (a scan of every
# entry, 50 ms at 200,000); grouping on an expression steers it to the date range instead.
_RECORDS_SQL = """
SELECT s.seller_id, s.shop_name, s.shop_code, s.marketplace, s.region, s.category, s.tier,
    s.status, s.currency, s.assigned, s.contact_name, s.contact_phone, s.contact_email,
    s.contact_im_handle, s.health_sps, s.health_ahr,
    coalesce(m.gmv_30d, 0), coalesce(m.gmv_prev_30d, 0), coalesce(m.orders_30d, 0),
    coalesce(m.shipped_30d, 0), coalesce(m.late_dispatched_30d, 0),
    coalesce(m.seller_cancelled_30d, 0), coalesce(m.delivered_30d, 0),
    coalesce(m.returns_30d, 0), coalesce(m.negative_reviews_30d, 0),
    coalesce(m.active_violation_points, 0),
    (SELECT o.occurred_at FROM outreach o WHERE o.seller_id = s.seller_id AND NOT o.deleted
        ORDER BY o.occurred_at DESC LIMIT 1),
    f.next_follow_up,
    coalesce(fl.open_risks, 0), fl.worst_risk, coalesce(fl.open_opportunities, 0),
    h.score, h.previous_score, fl.rules
FROM sellers s
LEFT JOIN seller_summary m ON m.seller_id = s.seller_id
LEFT JOIN (SELECT seller_id, sum(kind = 'risk') AS open_risks,
        min(CASE WHEN kind = 'risk' THEN CASE severity WHEN 'critical' THEN 0
            WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END END)
            AS worst_risk,
        sum(kind = 'opportunity') AS open_opportunities,
        group_concat(rule_id, char(10)) AS rules
    FROM flags WHERE status IN ('new', 'acknowledged') GROUP BY seller_id) fl
    ON fl.seller_id = s.seller_id
LEFT JOIN health_scores h ON h.seller_id = s.seller_id
LEFT JOIN (SELECT seller_id, min(follow_up_on) AS next_follow_up FROM outreach
    WHERE follow_up_on >= ? AND NOT deleted GROUP BY seller_id || '') f
    ON f.seller_id = s.seller_id
"""

# Column order of a record, for the service's tuple unpacking.
RECORD_FIELDS = (
    "seller_id", "shop_name", "shop_code", "marketplace", "region", "category", "tier",
    "status", "currency", "assigned", "contact_name", "contact_phone", "contact_email",
    "contact_im_handle", "health_sps", "health_ahr", "gmv_30d", "gmv_prev_30d", "orders_30d",
    "shipped_30d", "late_dispatched_30d", "seller_cancelled_30d", "delivered_30d",
    "returns_30d", "negative_reviews_30d", "active_violation_points", "last_contact",
    "next_follow_up",
)

# The open flags and health score appended after RECORD_FIELDS: worst_risk is the rank of
# the worst open risk's severity (0 critical .. 4 info), rules the open rule ids joined by
# newlines. A record without them (tests building rows by hand) means "no flags".
FLAG_RECORD_FIELDS = (
    "open_risks", "worst_risk", "open_opportunities", "health_score", "health_previous",
    "flag_rules",
)

# The seller id first, `assigned` last, the searchable text between.
SEARCH_FIELDS = (
    "seller_id", "shop_name", "shop_code", "contact_name", "contact_phone", "contact_email",
    "contact_im_handle", "assigned",
)


def portfolio_records(
    engine: Engine,
    today: str,
    *,
    include_unassigned: bool = False,
    seller_ids: Sequence[str] | None = None,
) -> list[tuple[Any, ...]]:
    """One tuple per seller in RECORD_FIELDS order; `today` bounds the next follow-up."""
    sql = _RECORDS_SQL
    params: list[Any] = [today]
    where = [] if include_unassigned else ["s.assigned"]
    if seller_ids is not None:
        if not seller_ids:
            return []
        where.append(f"s.seller_id IN ({', '.join('?' * len(seller_ids))})")
        params.extend(seller_ids)
    if where:
        sql += " WHERE " + " AND ".join(where)
    with engine.connect() as conn:
        # The DB-API cursor hands back plain tuples: 10,000 rows without a Row object each.
        cursor = conn.exec_driver_sql(sql, tuple(params)).cursor
        return cursor.fetchall()


def search_candidates(engine: Engine) -> list[tuple[Any, ...]]:
    """Every seller's searchable text, in SEARCH_FIELDS order."""
    with engine.connect() as conn:
        return conn.exec_driver_sql(
            f"SELECT {', '.join(SEARCH_FIELDS)} FROM sellers"
        ).cursor.fetchall()


def distinct_values(engine: Engine) -> list[tuple[str, str, str, str, str]]:
    """Each combination of (marketplace, region, category, tier, status) present."""
    with engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT DISTINCT marketplace, region, category, tier, status FROM sellers"
        ).cursor.fetchall()


def data_as_of(engine: Engine) -> str | None:
    """The last metrics date the summaries were built on (None before the first sync)."""
    with engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT coalesce((SELECT max(as_of) FROM seller_summary), "
            "(SELECT value FROM cache_meta WHERE key = 'metrics_latest_date'))"
        ).scalar()
