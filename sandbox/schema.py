"""The sandbox platform's own database: the platform's truth that the feeds serve.

Every feed row carries `seq`, drawn from one counter (`meta.next_seq`) shared by all
feeds. A change to a row gives it a fresh, higher `seq`, so "changes since cursor" is
`WHERE seq > :after ORDER BY seq`. The generator writes this schema; the store reads and
writes it while serving.

Money is stored as the decimal string served on the wire ("1234.50").
Small feeds keep the whole served item as JSON in `body`; metrics, the large feed, keep
columns so that pages can be rendered by SQLite's json functions without Python per row.
"""

from __future__ import annotations

import sqlite3

# Field order of a metrics item, as the contract lists it (section 4).
METRIC_MONEY_FIELDS: tuple[str, ...] = ("gmv", "live_gmv", "video_gmv", "affiliate_gmv", "ad_spend")
METRIC_COUNT_FIELDS: tuple[str, ...] = (
    "orders",
    "units",
    "visitors",
    "product_views",
    "shipped_orders",
    "late_dispatched_orders",
    "seller_cancelled_orders",
    "delivered_orders",
    "on_time_deliveries",
    "seller_fault_returns",
    "reviews",
    "negative_reviews",
    "im_conversations",
    "im_replied_12h",
)
METRIC_ITEM_FIELDS: tuple[str, ...] = (
    "seller_id",
    "date",
    "currency",
    "gmv",
    *METRIC_COUNT_FIELDS,
    "live_gmv",
    "video_gmv",
    "affiliate_gmv",
    "ad_spend",
    "revision",
    "updated_at",
)

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS managers (
    manager_id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password TEXT NOT NULL,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL,
    region TEXT NOT NULL,
    timezone TEXT NOT NULL,
    locale TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sellers (
    seller_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    assigned INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS metrics (
    seller_id TEXT NOT NULL,
    date TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    currency TEXT NOT NULL,
    gmv TEXT NOT NULL,
    orders INTEGER NOT NULL,
    units INTEGER NOT NULL,
    visitors INTEGER NOT NULL,
    product_views INTEGER NOT NULL,
    shipped_orders INTEGER NOT NULL,
    late_dispatched_orders INTEGER NOT NULL,
    seller_cancelled_orders INTEGER NOT NULL,
    delivered_orders INTEGER NOT NULL,
    on_time_deliveries INTEGER NOT NULL,
    seller_fault_returns INTEGER NOT NULL,
    reviews INTEGER NOT NULL,
    negative_reviews INTEGER NOT NULL,
    im_conversations INTEGER NOT NULL,
    im_replied_12h INTEGER NOT NULL,
    live_gmv TEXT NOT NULL,
    video_gmv TEXT NOT NULL,
    affiliate_gmv TEXT NOT NULL,
    ad_spend TEXT NOT NULL,
    revision INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (seller_id, date)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS violations (
    violation_id TEXT PRIMARY KEY,
    seller_id TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS enrollments (
    seller_id TEXT NOT NULL,
    program_id TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (seller_id, program_id)
);
CREATE TABLE IF NOT EXISTS outreach (
    activity_id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL UNIQUE,
    seller_id TEXT NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS programs (
    program_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    body_canonical TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""

# meta keys the generator sets and the store relies on.
META_KEYS = (
    "seed",            # generator seed
    "sellers",         # number of sellers generated
    "days",            # days of history generated
    "start_date",      # first business day with metrics (YYYY-MM-DD)
    "end_date",        # current last business day with metrics (advances)
    "next_seq",        # next free feed sequence number
    "clock",           # RFC 3339 UTC instant of the platform's "now" for updated_at stamps
)


def connect(path: str) -> sqlite3.Connection:
    """Open (and create if needed) a sandbox database; ':memory:' works for tests."""
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL" if path != ":memory:" else "PRAGMA journal_mode=MEMORY")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(DDL)
    return conn
