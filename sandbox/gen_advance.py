"""Move the sandbox platform on by one business day.

Everything is derived from the database and (seed, new day): each live seller gets its next
row, past days are restated as deliveries, reviews and refunds land, violations age and
change, and the portfolio drifts. Changed items get fresh seqs above every existing one.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

import numpy as np
import orjson

from sandbox.gen_advance_metrics import RESTATED_COLUMNS, ROW_COLUMNS, new_day_rows, restate_rows
from sandbox.gen_advance_portfolio import change_sellers, change_violations, new_sellers
from sandbox.gen_common import STREAM_ADVANCE, clock_for, iso

CACHE_KIB = 128 * 1024
# Statements assembled from constant column lists, never from input.
INSERT_ROW = (f"INSERT INTO metrics ({', '.join(ROW_COLUMNS)}, seq, updated_at) "  # noqa: S608
              f"VALUES ({', '.join('?' * (len(ROW_COLUMNS) + 2))})")
RESTATE_ROW = (f"UPDATE metrics SET {', '.join(f'{c} = ?' for c in RESTATED_COLUMNS)}, "  # noqa: S608
               "seq = ?, updated_at = ? WHERE seller_id = ? AND date = ?")
UPSERT_SELLER = ("INSERT OR REPLACE INTO sellers (seller_id, seq, version, assigned, updated_at,"
                 " body) VALUES (?, ?, ?, ?, ?, ?)")
UPSERT_VIOLATION = ("INSERT OR REPLACE INTO violations (violation_id, seller_id, seq, version, "
                    "updated_at, body) VALUES (?, ?, ?, ?, ?, ?)")
INSERT_ENROLLMENT = ("INSERT INTO enrollments (seller_id, program_id, seq, version, updated_at,"
                     " body) VALUES (?, ?, ?, ?, ?, ?)")
INSERT_OUTREACH = ("INSERT INTO outreach (activity_id, client_id, seller_id, seq, version, "
                   "deleted, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


@dataclass(frozen=True)
class AdvanceResult:
    new_rows: int
    restated_rows: int
    sellers_changed: int
    violations_changed: int


def _dumps(body: dict[str, Any]) -> str:
    return orjson.dumps(body).decode()


def advance_day(conn: sqlite3.Connection, restate_days: int = 7,
                restate_fraction: float = 0.25) -> AdvanceResult:
    """Add the business day after meta.end_date, in one transaction, and report the counts."""
    # The day's reads and writes visit the same recent pages of every seller several times.
    (cache_kib,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    conn.execute("BEGIN IMMEDIATE")  # the state read below must be the state written on
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        seed = int(meta["seed"])
        end = dt.date.fromisoformat(meta["end_date"])
        day = end + dt.timedelta(days=1)
        clock = clock_for(day)
        stamp = iso(clock)

        def rng(step: int) -> np.random.Generator:
            return np.random.default_rng([seed, day.toordinal(), STREAM_ADVANCE, step])

        sellers = [(sid, version, orjson.loads(body)) for sid, version, body in conn.execute(
            "SELECT seller_id, version, body FROM sellers ORDER BY seller_id")]
        live = [body for _sid, _version, body in sellers if body["status"] != "closed"]
        rows, recent = new_day_rows(conn, live, day, rng(1))
        restated = restate_rows(conn, end, restate_days, restate_fraction, recent, rng(2))
        violations, points = change_violations(conn, live, recent, clock, rng(3))
        changed = change_sellers(sellers, points, day, stamp, rng(4))
        added = new_sellers(seed, int(meta["sellers"]), len(sellers), day, rng(5))
        rows += [row for seller in added for row in seller.rows]
        violations += [v for seller in added for v in seller.violations]
        bodies = sorted([*changed, *(seller.body for seller in added)],
                        key=lambda b: b["seller_id"])
        enrollments = [e for seller in added for e in seller.enrollments]
        outreach = [o for seller in added for o in seller.outreach]

        seq = int(meta["next_seq"])
        conn.executemany(INSERT_ROW, ((*row, seq + i, stamp) for i, row in enumerate(rows)))
        seq += len(rows)
        conn.executemany(RESTATE_ROW, ((*values, seq + i, stamp, sid, date)
                                       for i, (sid, date, *values) in enumerate(restated)))
        seq += len(restated)
        conn.executemany(UPSERT_SELLER, (
            (b["seller_id"], seq + i, b["version"], int(b["assigned"]), b["updated_at"],
             _dumps(b)) for i, b in enumerate(bodies)))
        seq += len(bodies)
        conn.executemany(UPSERT_VIOLATION, (
            (v["violation_id"], v["seller_id"], seq + i, v["version"], v["updated_at"],
             _dumps(v)) for i, v in enumerate(violations)))
        seq += len(violations)
        conn.executemany(INSERT_ENROLLMENT, (
            (e["seller_id"], e["program_id"], seq + i, e["version"], e["updated_at"],
             _dumps(e)) for i, e in enumerate(enrollments)))
        seq += len(enrollments)
        conn.executemany(INSERT_OUTREACH, (
            (o["activity_id"], o["client_id"], o["seller_id"], seq + i, o["version"], 0,
             o["updated_at"], _dumps(o)) for i, o in enumerate(outreach)))
        seq += len(outreach)
        updates = {"end_date": day.isoformat(), "clock": stamp, "next_seq": str(seq),
                   "sellers": str(int(meta["sellers"]) + len(added))}
        conn.executemany("UPDATE meta SET value = ? WHERE key = ?",
                         ((v, k) for k, v in updates.items()))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache_kib)}")
    return AdvanceResult(new_rows=len(rows), restated_rows=len(restated),
                         sellers_changed=len(bodies), violations_changed=len(violations))
