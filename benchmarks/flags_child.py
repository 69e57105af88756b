"""All rules for the whole portfolio, in a process of its own:
`python -m benchmarks.flags_child CACHE`.

Prints one JSON object: the bare SQL aggregate over the 30-day window (the floor: one SUM
per seller, nothing else), the first evaluation (every flag raised), and the median of
three evaluations after it (the state after each day's sync: flags kept, some changed).
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import Engine

from app.flags.service import FlagService
from db.cache import open_cache
from db.repositories import feed_upserts, sync_state
from sandbox.gen_catalog import PROGRAMS

RUNS = 3


def bare_aggregate(engine: Engine, latest: dt.date) -> float:
    start = (latest - dt.timedelta(days=30)).isoformat()
    started = time.perf_counter()
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT seller_id, sum(late_dispatched_orders), sum(shipped_orders) "
            "FROM daily_metrics WHERE date > ? AND date <= ? GROUP BY seller_id",
            (start, latest.isoformat())).cursor.fetchall()
    assert rows
    return time.perf_counter() - started


def run(cache: str) -> dict:
    engine = open_cache(Path(cache))
    with engine.begin() as conn:
        # A synced cache holds the platform's program catalog; one built without a sync
        # gets the sandbox's, so the eligibility rules have their real work to do.
        if not conn.exec_driver_sql("SELECT count(*) FROM programs").scalar():
            feed_upserts.replace_programs(conn, PROGRAMS)
    with engine.connect() as conn:
        latest = dt.date.fromisoformat(sync_state.get_meta(conn, sync_state.LATEST_METRICS_DATE))
    service = FlagService(engine, today=latest + dt.timedelta(days=1))
    bare_aggregate(engine, latest)  # warm the page cache like the evaluations will be
    first = service.evaluate()
    bare, steady = [], []
    for _ in range(RUNS):  # interleaved: both see the same machine load
        bare.append(bare_aggregate(engine, latest))
        steady.append(service.evaluate().seconds)
    last = service.evaluate()
    engine.dispose()
    return {"sellers": first.sellers, "first_seconds": first.seconds,
            "seconds": statistics.median(steady), "bare_seconds": statistics.median(bare),
            "open_risks": last.open_risks, "open_opportunities": last.open_opportunities,
            "raised_first": first.raised}


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1])))
