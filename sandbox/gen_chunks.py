"""Generation of consecutive sellers as one picklable chunk, and its metrics as insert rows.

A chunk is built the same way inline or in a worker process: the worker lets a large
portfolio's generation run on the second core while the main process only inserts.
Payloads stay compact numpy arrays until the last moment: the main process turns them into
Python objects right before they are bound.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from sandbox.gen_common import STREAM_SERIES, Window, seller_rng
from sandbox.gen_events import make_events
from sandbox.gen_profiles import make_profile
from sandbox.gen_series import MONEY_FIELDS, Calendar, build_calendar, money_text, simulate
from sandbox.schema import METRIC_COUNT_FIELDS

METRIC_COLUMNS: tuple[str, ...] = (
    "seller_id", "date", "seq", "currency", "gmv", *METRIC_COUNT_FIELDS,
    "live_gmv", "video_gmv", "affiliate_gmv", "ad_spend", "revision", "updated_at",
)
INSERT_METRICS = (f"INSERT INTO metrics ({', '.join(METRIC_COLUMNS)}) "  # noqa: S608 - constants
                  f"VALUES ({', '.join('?' * len(METRIC_COLUMNS))})")


@dataclass
class SellerColumns:
    """One seller's metrics rows, column-wise."""

    seller_id: str
    currency: str
    first_t: int  # day offset of the first row in the window
    counts: np.ndarray  # (15, n): METRIC_COUNT_FIELDS, then revision
    money: list[bytes]  # per MONEY_FIELDS: the n decimal strings, newline-separated
    updated_day: np.ndarray  # (n,) day offset of each row's updated_at

    @property
    def rows(self) -> int:
        return int(self.counts.shape[1])


@dataclass
class Chunk:
    columns: list[SellerColumns] = field(default_factory=list)
    sellers: list[dict[str, Any]] = field(default_factory=list)
    violations: list[dict[str, Any]] = field(default_factory=list)
    enrollments: list[dict[str, Any]] = field(default_factory=list)
    outreach: list[dict[str, Any]] = field(default_factory=list)


@functools.lru_cache(maxsize=4)
def _calendar(start: dt.date, days: int) -> Calendar:
    return build_calendar(start, days)


def build_chunk(seed: int, window: Window, first: int, stop: int) -> Chunk:
    """Sellers first..stop-1: their feed items and metrics columns."""
    cal = _calendar(window.start, window.days)
    chunk = Chunk()
    for index in range(first, stop):
        profile = make_profile(seed, index, window)
        events = make_events(seed, profile, window)
        series = simulate(profile, cal, seller_rng(seed, index, STREAM_SERIES))
        counts = np.stack([series[f] for f in (*METRIC_COUNT_FIELDS, "revision")])
        # Joined text is the cheapest form to ship and to split back into str objects.
        money = [b"\n".join(money_text(series[f], profile.exponent).tolist())
                 for f in MONEY_FIELDS]
        chunk.columns.append(SellerColumns(profile.seller_id, profile.currency,
                                           profile.first_t, counts, money,
                                           series["updated_day"]))
        chunk.sellers.append(profile.body)
        chunk.violations += events.violations
        chunk.enrollments += events.enrollments
        chunk.outreach += events.outreach
    return chunk


def metric_rows(c: SellerColumns, seq: int, dates: list[str],
                stamps: list[str]) -> Iterator[tuple[Any, ...]]:
    """Insert tuples in METRIC_COLUMNS order; dates and stamps are shared string objects."""
    n = c.rows
    counts = c.counts.tolist()
    money = [text.decode("ascii").split("\n") if n else [] for text in c.money]
    return zip(
        itertools.repeat(c.seller_id, n), dates[c.first_t:c.first_t + n], range(seq, seq + n),
        itertools.repeat(c.currency, n), money[0], *counts[:-1], *money[1:], counts[-1],
        map(stamps.__getitem__, c.updated_day.tolist()),
        strict=True,
    )
