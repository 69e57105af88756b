"""Build a profile cache straight from a sandbox database, for benchmarks of what happens
after a sync (start-up, summaries, the incremental sync, rules): a full sync of 7 million
rows takes minutes, this takes seconds. `tests/e2e` proves the sync itself gives the same
rows; this shortcut is never used by the product.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.cache import open_cache
from db.repositories.feed_upserts import METRIC_FIELDS, MONEY_FIELDS, SELLER_COLUMNS
from db.units import MONEY_SCALE

_SELLER_PATHS = {
    "contact_name": "$.contact.name", "contact_phone": "$.contact.phone",
    "contact_email": "$.contact.email", "contact_im_handle": "$.contact.im_handle",
    "contact_preferred_channel": "$.contact.preferred_channel",
    "contact_language": "$.contact.language", "health_sps": "$.health.sps",
    "health_ahr": "$.health.ahr", "health_violation_points": "$.health.violation_points",
}


def build_cache(sandbox_db: Path, cache: Path) -> None:
    open_cache(cache).dispose()
    conn = sqlite3.connect(cache, isolation_level=None)
    conn.execute("ATTACH DATABASE ? AS platform", (f"file:{sandbox_db}?mode=ro",))
    conn.execute("BEGIN")
    sellers = ", ".join(
        f"json_extract(body, '{_SELLER_PATHS.get(c, '$.' + c)}')" for c in SELLER_COLUMNS)
    conn.execute(f"INSERT INTO sellers ({', '.join(SELLER_COLUMNS)}) "
                 f"SELECT {sellers} FROM platform.sellers")
    metrics = ", ".join(f"CAST(ROUND({c} * {MONEY_SCALE}) AS INTEGER)" if c in MONEY_FIELDS
                        else c for c in METRIC_FIELDS)
    conn.execute(f"INSERT INTO daily_metrics ({', '.join(METRIC_FIELDS)}) "
                 f"SELECT {metrics} FROM platform.metrics ORDER BY seller_id, date")
    conn.execute(
        "INSERT INTO violations SELECT json_extract(body, '$.violation_id'), seller_id, "
        "json_extract(body, '$.policy'), json_extract(body, '$.severity'), "
        "json_extract(body, '$.points'), json_extract(body, '$.status'), "
        "json_extract(body, '$.listing_id'), json_extract(body, '$.description'), "
        "json_extract(body, '$.created_at'), json_extract(body, '$.expires_at'), version, "
        "updated_at FROM platform.violations")
    conn.execute("INSERT INTO enrollments SELECT seller_id, program_id, "
                 "json_extract(body, '$.status'), version, updated_at FROM platform.enrollments")
    conn.execute("INSERT INTO cache_meta VALUES ('metrics_latest_date', "
                 "(SELECT value FROM platform.meta WHERE key = 'end_date')), "
                 "('summaries_stale', '1')")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE platform")
    conn.close()
