"""The health score of 30 days before, which the trend compares with.

Each evaluation keeps the day's scores in `health_history` under its metrics date, so the
score of 30 days before is usually kept already. Sellers without one (every seller at the
first evaluation, a newly assigned one later) get it from their daily rows, and with it the
scores of the 29 dates after it: the next month of daily evaluations then finds theirs kept
instead of reading two more windows of rows each day. One read of 89 days of rows gives all
30 dates (a window sum is a difference of running totals).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Connection

from app.flags.health import PREVIOUS_COLUMNS, WINDOW_DAYS, combine, parts
from app.flags.inputs import Inputs
from app.metrics.windows import WindowSums, day_matrix, load_window

PAST_DATES = 30  # latest - 30 (the trend's) up to latest - 1
# Rows from latest - 89 to latest - 1: the earliest date's 30-day window and the 30 days of
# GMV before it (growth), up to the last date's window.
MATRIX_DAYS = PAST_DATES - 1 + 2 * WINDOW_DAYS
# Sellers read at a time: bounds the memory of the packed text and the matrices (about
# 12 MB a chunk) whatever the portfolio's size.
CHUNK_SELLERS = 1_000


@dataclass(frozen=True)
class PastWindows:
    """Window sums of the sellers at `positions` on each of `dates` (oldest first)."""

    dates: list[dt.date]
    positions: np.ndarray  # into the evaluation's seller_ids
    sums: dict[str, np.ndarray]  # column -> (sellers, dates)
    gmv_before: np.ndarray  # (sellers, dates): GMV of the 30 days before each window


def past_dates(latest: dt.date) -> list[dt.date]:
    return [latest - dt.timedelta(days=PAST_DATES - j) for j in range(PAST_DATES)]


def align_kept(seller_ids: np.ndarray, kept: list[tuple[str, float | None]]
               ) -> tuple[np.ndarray, np.ndarray]:
    """(scores aligned with the sellers, NaN where none; positions of the sellers with no
    kept row). A kept None is "no score then", not missing."""
    scores = np.full(len(seller_ids), np.nan)
    found = np.zeros(len(seller_ids), dtype=bool)
    if kept:
        ids = np.array([k[0] for k in kept])
        values = np.array([np.nan if k[1] is None else k[1] for k in kept], dtype=np.float64)
        positions = np.searchsorted(seller_ids, ids)
        inside = positions < len(seller_ids)
        inside[inside] = seller_ids[positions[inside]] == ids[inside]
        scores[positions[inside]] = values[inside]
        found[positions[inside]] = True
    return scores, np.nonzero(~found)[0]


def read_past(conn: Connection, seller_ids: np.ndarray, latest: dt.date,
              positions: np.ndarray, month_ahead: bool) -> PastWindows:
    """The windows of the sellers at `positions` (sorted) 30 days before `latest`, and
    with `month_ahead` on each of the 29 dates after it too. Without it (a day no
    evaluation kept, while other days are kept) two window sums are enough."""
    if not month_ahead:
        return _read_one_date(conn, seller_ids, latest - dt.timedelta(days=WINDOW_DAYS),
                              positions)
    dates = past_dates(latest)
    start = latest - dt.timedelta(days=MATRIX_DAYS + 1)  # exclusive
    # Day index i is start + 1 + i; date j of `dates` ends at index MATRIX_DAYS - 30 + j.
    ends = np.arange(PAST_DATES) + (MATRIX_DAYS - PAST_DATES)
    sums = {c: np.zeros((len(positions), PAST_DATES), dtype=np.int64) for c in PREVIOUS_COLUMNS}
    gmv_before = np.zeros((len(positions), PAST_DATES), dtype=np.int64)
    for first in range(0, len(positions), CHUNK_SELLERS):
        chunk = positions[first:first + CHUNK_SELLERS]
        ids = seller_ids[chunk]
        matrix = day_matrix(conn, ids, start, MATRIX_DAYS, PREVIOUS_COLUMNS, ids.tolist())
        rows = slice(first, first + len(chunk))
        for column, values in matrix.items():
            running = np.zeros((len(chunk), MATRIX_DAYS + 1), dtype=np.int64)
            np.cumsum(values, axis=1, out=running[:, 1:])
            # Sum over indices (e - 30, e] is running[e + 1] - running[e - 29].
            sums[column][rows] = running[:, ends + 1] - running[:, ends - WINDOW_DAYS + 1]
            if column == "gmv":
                gmv_before[rows] = (running[:, ends - WINDOW_DAYS + 1]
                                    - running[:, ends - 2 * WINDOW_DAYS + 1])
    return PastWindows(dates, positions, sums, gmv_before)


def _read_one_date(conn: Connection, seller_ids: np.ndarray, day: dt.date,
                   positions: np.ndarray) -> PastWindows:
    ids = seller_ids[positions]
    subset = None if len(positions) == len(seller_ids) else ids.tolist()
    window = load_window(conn, ids, day, WINDOW_DAYS, PREVIOUS_COLUMNS, subset)
    before = load_window(conn, ids, day - dt.timedelta(days=WINDOW_DAYS), WINDOW_DAYS,
                         ("gmv",), subset)
    return PastWindows([day], positions, {c: v[:, None] for c, v in window.sums.items()},
                       before["gmv"][:, None])


def past_scores(inputs: Inputs, past: PastWindows, weights: np.ndarray) -> PastScores:
    """The scores on each past date. Points and standing are today's, as for the scores
    computed at the time."""
    at = past.positions
    ids, points, status = inputs.seller_ids[at], inputs.points[at], inputs.status[at]
    out = np.full((len(at), len(past.dates)), np.nan)
    for j, day in enumerate(past.dates):
        window = WindowSums(day, WINDOW_DAYS, ids,
                            {c: values[:, j] for c, values in past.sums.items()})
        out[:, j] = combine(parts(window, past.gmv_before[:, j], points, status),
                            weights[at])
    return PastScores(past.dates, past.positions, out)


@dataclass(frozen=True)
class PastScores:
    """Scores of the sellers at `positions` on each of `dates` (the window sums dropped:
    they are 30 MB on a first evaluation, and the write that follows is its peak)."""

    dates: list[dt.date]
    positions: np.ndarray
    scores: np.ndarray  # (sellers, dates), NaN for no score


def rows_by_date(seller_ids: np.ndarray, past: PastScores
                 ) -> Iterator[tuple[str, list[tuple[str, float | None]]]]:
    """(as_of, [(seller_id, score)]) of every computed score, a date at a time: the rows of
    one date exist at once, not the 300,000 of a first evaluation."""
    ids = seller_ids[past.positions].tolist()
    rounded = np.round(past.scores, 1)
    for j, day in enumerate(past.dates):
        yield day.isoformat(), [(seller, None if math.isnan(score) else score)
                                for seller, score in zip(ids, rounded[:, j].tolist(),
                                                         strict=True)]
