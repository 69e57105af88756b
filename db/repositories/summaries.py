"""Per-seller window sums, refreshed after a sync; the portfolio reads only these."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection

SUMMARY_WINDOW_DAYS = 30

# Sums over [as_of - 29, as_of] and the 30 days before, per seller. The join walks each
# seller's own key range of the clustered daily table (seller_id, date): 60 rows a seller,
# never a scan of the whole history.
_REFRESH_SQL = """
INSERT OR REPLACE INTO seller_summary (
    seller_id, as_of, first_date, last_date, last_order_date, days_30d,
    gmv_30d, gmv_prev_30d, orders_30d, orders_prev_30d, units_30d, visitors_30d,
    shipped_30d, late_dispatched_30d, seller_cancelled_30d, delivered_30d, on_time_30d,
    returns_30d, reviews_30d, negative_reviews_30d, im_conversations_30d, im_replied_30d,
    content_gmv_30d, affiliate_gmv_30d, ad_spend_30d, active_violation_points, refreshed_at)
SELECT
    s.seller_id, :as_of,
    (SELECT min(date) FROM daily_metrics f WHERE f.seller_id = s.seller_id),
    (SELECT max(date) FROM daily_metrics l WHERE l.seller_id = s.seller_id AND l.date <= :as_of),
    (SELECT max(date) FROM daily_metrics o
        WHERE o.seller_id = s.seller_id AND o.date <= :as_of AND o.orders > 0),
    count(CASE WHEN m.date >= :start THEN 1 END),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.gmv END), 0),
    coalesce(sum(CASE WHEN m.date < :start THEN m.gmv END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.orders END), 0),
    coalesce(sum(CASE WHEN m.date < :start THEN m.orders END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.units END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.visitors END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.shipped_orders END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.late_dispatched_orders END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.seller_cancelled_orders END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.delivered_orders END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.on_time_deliveries END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.seller_fault_returns END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.reviews END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.negative_reviews END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.im_conversations END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.im_replied_12h END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.live_gmv + m.video_gmv END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.affiliate_gmv END), 0),
    coalesce(sum(CASE WHEN m.date >= :start THEN m.ad_spend END), 0),
    (SELECT coalesce(sum(points), 0) FROM violations v
        WHERE v.seller_id = s.seller_id AND v.status = 'active'),
    :refreshed_at
FROM sellers s
LEFT JOIN daily_metrics m
    ON m.seller_id = s.seller_id AND m.date >= :prev_start AND m.date <= :as_of
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
