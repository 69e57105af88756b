"""What the window says about the cache: when it last synced, how fresh the data is, how
many sellers it holds, and which feed last failed. Read from small tables only (never the
daily rows), so it is cheap enough to ask after every sync and at start-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from app.profiles import CACHE_FILE, ProfileStore
from db.repositories import portfolio, sync_state


@dataclass(frozen=True)
class CacheStatus:
    last_sync_at: dt.datetime | None  # the last sync that ran to the end
    data_as_of: dt.date | None        # the latest day of metrics in the cache
    active_sellers: int               # sellers assigned to this manager
    failed_feeds: tuple[tuple[str, str], ...] = ()  # (feed, message) of the last failures

    @property
    def has_data(self) -> bool:
        return self.last_sync_at is not None or self.active_sellers > 0


def _instant(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def read_status(engine: Engine) -> CacheStatus:
    with engine.connect() as conn:
        last_sync = sync_state.get_meta(conn, sync_state.LAST_SYNC_AT)
        as_of = sync_state.get_meta(conn, sync_state.LATEST_METRICS_DATE)
        failures = tuple((state.feed, state.last_error) for state in sync_state.feed_states(conn)
                         if state.last_error)
    totals = portfolio.totals(engine)
    return CacheStatus(_instant(last_sync), _day(as_of), totals.active_sellers, failures)


def cache_size(home: Path, profile_name: str) -> int:
    """Bytes a profile's cache takes on disk (with its write-ahead log), for the removal
    question; 0 when it has none."""
    directory = ProfileStore(home).directory(profile_name)
    return sum(path.stat().st_size for path in directory.glob(f"{CACHE_FILE}*")
               if path.is_file())
