"""Small helpers shared by the generator modules: the time window, instants, seeded RNGs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

T = TypeVar("T")

# One RNG stream per concern, so that changing how (say) outreach is drawn never shifts the
# metrics of the same seller.
STREAM_PROFILE = 0
STREAM_SERIES = 1
STREAM_VIOLATIONS = 2
STREAM_ENROLLMENTS = 3
STREAM_OUTREACH = 4
STREAM_DECK = 5
STREAM_ADVANCE = 6

CLOCK_HOUR = 6  # the platform's "now" is 06:00 UTC on the day after the last business day


@dataclass(frozen=True)
class Window:
    """The generated history: business days start..end inclusive, and the platform clock."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def clock(self) -> dt.datetime:
        return clock_for(self.end)


def clock_for(end: dt.date) -> dt.datetime:
    day = end + dt.timedelta(days=1)
    return dt.datetime(day.year, day.month, day.day, CLOCK_HOUR, tzinfo=dt.UTC)


def iso(instant: dt.datetime) -> str:
    """RFC 3339 UTC with a trailing Z, second precision, as the contract serves instants."""
    return instant.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


def at(day: dt.date, seconds: int) -> dt.datetime:
    """The instant `seconds` after midnight UTC of `day`."""
    midnight = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    return midnight + dt.timedelta(seconds=seconds)


def seller_id(index: int) -> str:
    return f"S{index + 1:06d}"


def seller_index(sid: str) -> int:
    return int(sid[1:]) - 1


def seller_rng(seed: int, index: int, stream: int) -> np.random.Generator:
    return np.random.default_rng([seed, index, stream])


# Scalar draws go through rng.random(): Generator.integers costs microseconds per scalar
# call, which adds up to seconds over the thousands of draws a large portfolio takes.
def pick(rng: np.random.Generator, items: Sequence[T]) -> T:
    return items[int(rng.random() * len(items))]


def pick_weighted(rng: np.random.Generator, items: Sequence[T], weights: Sequence[float]) -> T:
    target = rng.random() * sum(weights)
    for item, weight in zip(items, weights, strict=True):
        target -= weight
        if target < 0:
            return item
    return items[-1]


def uniform(rng: np.random.Generator, low: float, high: float) -> float:
    return low + (high - low) * rng.random()


def randint(rng: np.random.Generator, low: int, high: int) -> int:
    """An int in [low, high] inclusive."""
    return low + int(rng.random() * (high - low + 1))
