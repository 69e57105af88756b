"""Per-seller window sums, refreshed after a sync; the portfolio reads only these."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection

SUMMARY_WINDOW_DAYS = 30

_WINDOW_COUNTS = (
    ("gmv_30d", "gmv"), ("orders_30d", "orders"), ("units_30d", "units"),
    ("visitors_30d", "visitors"), ("shipped_30d", "shipped_orders"),
    ("late_dispatched_30d", "late_dispatched_orders"),
    ("seller_cancelled_30d", "seller_cancelled_orders"), ("delivered_30d", "delivered_orders"),
    ("on_time_30d", "on_time_deliveries"), ("returns_30d", "seller_fault_returns"),
    ("reviews_30d", "reviews"), ("negative_reviews_30d", "negative_reviews"),
    ("im_conversations_30d", "im_conversations"), ("im_replied_30d", "im_replied_12h"),
    ("content_gmv_30d", "live_gmv + m.video_gmv"), ("affiliate_gmv_30d", "affiliate_gmv"),
    ("ad_spend_30d", "ad_spend"),
)

# Sums over [as_of - 29, as_of], per seller. The join walks each seller's own key range of
# the clustered daily table (seller_id, date), never a scan of the whole history; plain
# sums over the window (not CASE per column over two windows) halve the work, and the
# previous window needs only GMV and orders. Measured on 10,000 sellers x 730 days:
# about 0.6 s, against 1.0-1.5 s for a single two-window pass.
_REFRESH_SQL = f"""
WITH previous AS (
    SELECT seller_id, sum(gmv) AS gmv, sum(orders) AS orders FROM daily_metrics
    WHERE seller_id IN (SELECT seller_id FROM sellers) AND date >= :prev_start AND date < :start
    GROUP BY seller_id
)
INSERT OR REPLACE INTO seller_summary (
    seller_id, as_of, first_date, last_date, last_order_date, days_30d,
    {", ".join(target for target, _ in _WINDOW_COUNTS)},
    gmv_prev_30d, orders_prev_30d, active_violation_points, refreshed_at)
SELECT
    s.seller_id, :as_of,
    (SELECT min(date) FROM daily_metrics f WHERE f.seller_id = s.seller_id),
    -- From the window when it has them; coalesce only seeks further back when it must.
    coalesce(max(m.date), (SELECT max(date) FROM daily_metrics l
        WHERE l.seller_id = s.seller_id AND l.date <= :as_of)),
    coalesce(max(CASE WHEN m.orders > 0 THEN m.date END), (SELECT max(date) FROM daily_metrics o
        WHERE o.seller_id = s.seller_id AND o.date <= :as_of AND o.orders > 0)),
    count(m.date),
    {", ".join(f"coalesce(sum(m.{source}), 0)" for _, source in _WINDOW_COUNTS)},
    coalesce(p.gmv, 0), coalesce(p.orders, 0),
    (SELECT coalesce(sum(points), 0) FROM violations v
        WHERE v.seller_id = s.seller_id AND v.status = 'active'),
    :refreshed_at
FROM sellers s
LEFT JOIN daily_metrics m ON m.seller_id = s.seller_id AND m.date >= :start AND m.date <= :as_of
LEFT JOIN previous p ON p.seller_id = s.seller_id
GROUP BY s.seller_id
"""


def refresh_summaries(conn: Connection, as_of: str, refreshed_at: str) -> int:
    end = dt.date.fromisoformat(as_of)
    start = end - dt.timedelta(days=SUMMARY_WINDOW_DAYS - 1)
    prev_start = start - dt.timedelta(days=SUMMARY_WINDOW_DAYS)
    params = {"as_of": as_of, "start": start.isoformat(), "prev_start": prev_start.isoformat(),
              "refreshed_at": refreshed_at}
    result = conn.exec_driver_sql(_REFRESH_SQL, params)
    conn.exec_driver_sql(
        "DELETE FROM seller_summary WHERE seller_id NOT IN (SELECT seller_id FROM sellers)"
    )
    return result.rowcount


def analyze(conn: Connection) -> None:
    # A sampled ANALYZE: enough statistics for the planner at a fraction of a full pass.
    conn.exec_driver_sql("PRAGMA analysis_limit=2000")
    conn.exec_driver_sql("ANALYZE")
