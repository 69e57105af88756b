"""Deterministic generator of the sandbox platform's data: a portfolio of sellers with their
daily metrics, violations, program enrollments and outreach history.

`populate` fills an empty sandbox database (sandbox.schema) from a GeneratorSpec;
`advance_day` moves the platform on by one business day. Both are deterministic: the same
spec (or the same database) gives the same rows, every column, every run.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from sandbox.demo import DEMO_MANAGER_ID, DEMO_PASSWORD, DEMO_USERNAME
from sandbox.gen_advance import AdvanceResult, advance_day
from sandbox.gen_catalog import PROGRAMS
from sandbox.gen_chunks import INSERT_METRICS, Chunk, build_chunk, metric_rows
from sandbox.gen_common import Window, at, iso
from sandbox.gen_worker import chunks_from_worker

__all__ = ["AdvanceResult", "GeneratorSpec", "advance_day", "populate"]

CHUNK_SELLERS = 64  # sellers per executemany: big enough to amortise, small enough for progress
PARALLEL_ROWS = 1_000_000  # below this a worker process costs more than it saves
CACHE_KIB = 256 * 1024  # page cache while populating, so a big transaction seldom spills
INSERT_SELLERS = ("INSERT INTO sellers (seller_id, seq, version, assigned, updated_at, body) "
                  "VALUES (?, ?, ?, ?, ?, ?)")
INSERT_VIOLATIONS = ("INSERT INTO violations (violation_id, seller_id, seq, version, updated_at,"
                     " body) VALUES (?, ?, ?, ?, ?, ?)")
INSERT_ENROLLMENTS = ("INSERT INTO enrollments (seller_id, program_id, seq, version, updated_at,"
                      " body) VALUES (?, ?, ?, ?, ?, ?)")
INSERT_OUTREACH = ("INSERT INTO outreach (activity_id, client_id, seller_id, seq, version, "
                   "deleted, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
MANAGERS = (
    (DEMO_MANAGER_ID, DEMO_USERNAME, DEMO_PASSWORD, "Demo Manager", "demo@example.com", "US",
     "America/Los_Angeles", "en-US"),
    ("M0002", "zhang.min", "zhang.min-pass-2026", "张敏", "zhang.min@example.com", "TH",
     "Asia/Bangkok", "zh-CN"),
    ("M0003", "rachel.tan", "rachel.tan-pass-2026", "Rachel Tan", "rachel.tan@example.com",
     "SG", "Asia/Singapore", "en-SG"),
    ("M0004", "li.na", "li.na-pass-2026", "李娜", "li.na@example.com", "US",
     "America/Los_Angeles", "zh-CN"),
)
TABLES = ("meta", "managers", "sellers", "metrics", "violations", "enrollments", "outreach",
          "programs")


def _yesterday_utc() -> dt.date:
    return dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)


@dataclass(frozen=True)
class GeneratorSpec:
    """What to generate: `days` business days of history ending on `end_date`."""

    seed: int = 7
    sellers: int = 300
    days: int = 400
    end_date: dt.date = field(default_factory=_yesterday_utc)

    def __post_init__(self) -> None:
        if self.sellers < 1 or self.days < 1:
            raise ValueError("a spec needs at least one seller and one day")

    @property
    def window(self) -> Window:
        return Window(self.end_date - dt.timedelta(days=self.days - 1), self.end_date)


def _dumps(body: dict[str, Any]) -> str:
    return orjson.dumps(body).decode()


def _write_small_feeds(conn: sqlite3.Connection, chunks: list[Chunk], seq: int) -> int:
    """Sellers, violations, enrollments and outreach, in that order, after all metrics."""
    counter = itertools.count(seq)
    conn.executemany(INSERT_SELLERS, (
        (b["seller_id"], next(counter), b["version"], int(b["assigned"]), b["updated_at"],
         _dumps(b)) for c in chunks for b in c.sellers))
    conn.executemany(INSERT_VIOLATIONS, (
        (b["violation_id"], b["seller_id"], next(counter), b["version"], b["updated_at"],
         _dumps(b)) for c in chunks for b in c.violations))
    conn.executemany(INSERT_ENROLLMENTS, (
        (b["seller_id"], b["program_id"], next(counter), b["version"], b["updated_at"],
         _dumps(b)) for c in chunks for b in c.enrollments))
    conn.executemany(INSERT_OUTREACH, (
        (b["activity_id"], b["client_id"], b["seller_id"], next(counter), b["version"],
         int(b["deleted"]), b["updated_at"], _dumps(b)) for c in chunks for b in c.outreach))
    return next(counter)


def _chunks(spec: GeneratorSpec, parallel: bool) -> Iterator[Chunk]:
    ranges = [(start, min(spec.sellers, start + CHUNK_SELLERS))
              for start in range(0, spec.sellers, CHUNK_SELLERS)]
    if parallel:
        return chunks_from_worker(spec.seed, spec.window, ranges)
    return (build_chunk(spec.seed, spec.window, first, stop) for first, stop in ranges)


def _auto_parallel(spec: GeneratorSpec) -> bool:
    # A frozen app has no `python -m` to run the worker with; its demo portfolio is small.
    return (spec.sellers * spec.days >= PARALLEL_ROWS and (os.cpu_count() or 1) >= 2
            and bool(sys.executable) and not getattr(sys, "frozen", False))


def populate(conn: sqlite3.Connection, spec: GeneratorSpec,
             progress: Callable[[int, int], None] | None = None, *,
             parallel: bool | None = None) -> None:
    """Fill an empty sandbox database from `spec`, in one transaction.

    `progress(done, total)` is called with the number of sellers written so far.
    `parallel` None decides by size whether a worker process generates while this one
    inserts; the data are the same either way. Raises ValueError if the database holds data.
    """
    for table in TABLES:
        if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():  # noqa: S608 - constants
            raise ValueError(f"the sandbox database is not empty (table {table} has rows)")
    window = spec.window
    dates = [(window.start + dt.timedelta(days=i)).isoformat() for i in range(window.days)]
    # A row's updated_at is 04:00Z on the day of its last revision, before the clock.
    stamps = [iso(at(window.start + dt.timedelta(days=i), 4 * 3600))
              for i in range(window.days + 1)]
    (cache_kib,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    done: list[Chunk] = []
    seq = 1
    conn.execute("BEGIN")
    try:
        conn.executemany("INSERT INTO managers VALUES (?, ?, ?, ?, ?, ?, ?, ?)", MANAGERS)
        conn.executemany("INSERT INTO programs (program_id, position, body) VALUES (?, ?, ?)",
                         ((p["program_id"], i, _dumps(p)) for i, p in enumerate(PROGRAMS)))
        written = 0
        for chunk in _chunks(spec, _auto_parallel(spec) if parallel is None else parallel):
            rows = []
            for columns in chunk.columns:
                rows.append(metric_rows(columns, seq, dates, stamps))
                seq += columns.rows
            conn.executemany(INSERT_METRICS, itertools.chain.from_iterable(rows))
            chunk.columns.clear()  # the metrics are written: keep only the small feeds
            done.append(chunk)
            written += len(chunk.sellers)
            if progress is not None:
                progress(written, spec.sellers)
        seq = _write_small_feeds(conn, done, seq)
        meta = {"seed": spec.seed, "sellers": spec.sellers, "days": spec.days,
                "start_date": window.start.isoformat(), "end_date": window.end.isoformat(),
                "next_seq": seq, "clock": iso(window.clock)}
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                         ((k, str(v)) for k, v in meta.items()))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache_kib)}")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        # The commit has copied the transaction into the database; without this the WAL
        # file would keep its full size (a gigabyte for the benchmark portfolio).
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
