"""Marketplace promotion days, so charts can explain their peaks.

The double-digit days (11.11, 12.12) and the US Black Friday weekend run on every
marketplace the app knows; 9.9 and 10.10 are South-East Asian campaigns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

SEA_REGIONS = frozenset({"TH", "PH", "MY", "SG", "VN", "ID"})

# Keys, not words: the screen turns them into text in the user's language.
DOUBLE_NINE = "9.9"
DOUBLE_TEN = "10.10"
SINGLES_DAY = "11.11"
DOUBLE_TWELVE = "12.12"
BLACK_FRIDAY = "black_friday"
CYBER_MONDAY = "cyber_monday"


@dataclass(frozen=True)
class Promotion:
    day: dt.date
    key: str


def black_friday(year: int) -> dt.date:
    """The day after US Thanksgiving (the fourth Thursday of November).

    Usually the fourth Friday too, but not when November starts on a Friday (2024: the
    fourth Friday is the 22nd, Black Friday the 29th).
    """
    first = dt.date(year, 11, 1)
    first_thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    return first_thursday + dt.timedelta(weeks=3, days=1)


def _year(year: int, region: str | None) -> list[Promotion]:
    friday = black_friday(year)
    days = [
        Promotion(dt.date(year, 11, 11), SINGLES_DAY),
        Promotion(friday, BLACK_FRIDAY),
        Promotion(friday + dt.timedelta(days=3), CYBER_MONDAY),
        Promotion(dt.date(year, 12, 12), DOUBLE_TWELVE),
    ]
    if region in SEA_REGIONS:
        days += [Promotion(dt.date(year, 9, 9), DOUBLE_NINE),
                 Promotion(dt.date(year, 10, 10), DOUBLE_TEN)]
    return days


def promotion_days(first: dt.date, last: dt.date, region: str | None = None) -> list[Promotion]:
    """Promotion days within first..last (inclusive), in date order."""
    found = [p for year in range(first.year, last.year + 1) for p in _year(year, region)
             if first <= p.day <= last]
    return sorted(found, key=lambda p: p.day)
