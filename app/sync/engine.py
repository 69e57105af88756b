"""Change-feed sync of the catalog and the five feeds into the cache.

Each page is stored with its feed's next cursor in one transaction, so a sync killed at
any moment resumes where the last committed page ended and converges on the same data.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine

from app.clock import now_rfc3339
from app.errors import Cancelled, KnownError
from app.flags.service import EvaluationSummary, FlagService, user_rules_beside
from app.platform import errors
from app.platform.client import PartnerClient
from app.sync.feeds import FEED_SPECS, FeedSpec, store_page
from app.sync.prefetch import PagePrefetcher
from app.sync.progress import ProgressCallback, ProgressMeter
from db.repositories import feed_upserts, portfolio_daily, summaries, sync_state

log = logging.getLogger(__name__)

# After this many rows in one run the planner's statistics are refreshed.
ANALYZE_AFTER_ROWS = 50_000
# cursor_expired restarts a feed from the beginning; past this many, something is wrong.
MAX_FEED_RESTARTS = 3


@dataclass
class SyncResult:
    items_by_feed: dict[str, int] = field(default_factory=dict)
    pages: int = 0
    seconds: float = 0.0
    summaries_refreshed: bool = False
    analyzed: bool = False
    restarts: dict[str, int] = field(default_factory=dict)
    # The rule engine's run after the summaries; None when it could not run (logged).
    flags: EvaluationSummary | None = None

    @property
    def items(self) -> int:
        return sum(self.items_by_feed.values())


def _import_rule_engine() -> None:
    """The rule engine's imports (pydantic and the rules: about 0.2 s in a fresh process),
    done while SQLite refreshes the summaries, so the flags phase after them starts at
    once. Imports only: the cache is not touched from this thread."""
    try:
        import app.flags.evaluate  # noqa: F401
    except Exception:  # the flags phase reports it, with the sync's own error handling
        log.debug("the rule engine could not be imported ahead", exc_info=True)


class SyncEngine:
    def __init__(
        self,
        client: PartnerClient,
        engine: Engine,
        *,
        on_progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        today: Callable[[], dt.date] = lambda: dt.datetime.now(dt.UTC).date(),
        page_sizes: dict[str, int] | None = None,
    ) -> None:
        self.client = client
        self.engine = engine
        self.cancel = cancel or threading.Event()
        self._meter = ProgressMeter(on_progress)
        self._today = today
        self._page_sizes = page_sizes or {}

    def run(self, *, full: bool = False) -> SyncResult:
        started = time.perf_counter()
        result = SyncResult()
        if full:
            with self.engine.begin() as conn:
                conn.exec_driver_sql("UPDATE sync_state SET cursor = NULL")
        self._run_step("programs", self._sync_programs)
        for spec in FEED_SPECS:
            result.items_by_feed[spec.name] = self._run_step(
                spec.name, lambda spec=spec: self._sync_feed(spec, result))
        result.pages = self._meter.pages
        self._meter.start_phase("summaries")
        if "app.flags.evaluate" not in sys.modules:
            # The summaries are SQLite's work, with the GIL released: the imports run beside.
            threading.Thread(target=_import_rule_engine, name="import-rules",
                             daemon=True).start()
        result.summaries_refreshed = self.refresh_summaries_if_stale()
        if result.items >= ANALYZE_AFTER_ROWS:
            with self.engine.begin() as conn:
                summaries.analyze(conn)
            result.analyzed = True
        self._meter.start_phase("flags")
        result.flags = self._evaluate_flags()
        with self.engine.begin() as conn:
            sync_state.set_meta(conn, sync_state.LAST_SYNC_AT, now_rfc3339())
        result.seconds = time.perf_counter() - started
        self._meter.start_phase("done")
        return result

    def _evaluate_flags(self) -> EvaluationSummary | None:
        """Flags follow the data they judge. A rule problem is the rules' business: it is
        logged and the sync still succeeds with everything it stored."""
        self._check_cancel()
        try:
            service = FlagService(self.engine, user_rules=user_rules_beside(self.engine),
                                  today=self._today())
            return service.evaluate()
        except Exception:
            log.exception("flags could not be evaluated after the sync")
            return None

    def _run_step(self, name: str, step: Callable[[], int]) -> int:
        self._check_cancel()
        self._meter.start_phase(name)
        try:
            count = step()
        except KnownError as error:
            with self.engine.begin() as conn:
                sync_state.record_error(conn, name, error.message, now_rfc3339())
            raise
        with self.engine.begin() as conn:
            sync_state.record_success(conn, name, now_rfc3339())
        return count

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled("Sync cancelled; everything received so far is kept.")

    def _sync_programs(self) -> int:
        programs = self.client.programs()
        with self.engine.begin() as conn:
            return feed_upserts.replace_programs(conn, programs)

    def _sync_feed(self, spec: FeedSpec, result: SyncResult) -> int:
        with self.engine.connect() as conn:
            cursor = sync_state.get_cursor(conn, spec.name)
        estimate = self._estimator(spec.name, fresh=cursor is None)
        stored = 0
        restarts = 0
        while True:
            try:
                stored += self._read_pages(spec, cursor, estimate)
                return stored
            except errors.CursorExpired:
                restarts += 1
                result.restarts[spec.name] = restarts
                if restarts > MAX_FEED_RESTARTS:
                    raise
                log.warning("%s cursor expired; re-reading the feed from the beginning",
                            spec.name)
                cursor = None

    def _read_pages(self, spec: FeedSpec, cursor: str | None,
                    estimate: Callable[[list[dict]], int | None]) -> int:
        stored = 0
        page_size = self._page_sizes.get(spec.name, spec.page_size)
        with PagePrefetcher(self.client, spec.name, cursor, page_size) as pages:
            for page in pages:
                with self.engine.begin() as conn:
                    store_page(conn, spec, page.items)
                    sync_state.save_cursor(conn, spec.name, page.next_cursor, len(page.items))
                stored += len(page.items)
                self._meter.page_stored(len(page.items), estimate(page.items))
                self._check_cancel()
        return stored

    def _estimator(self, feed: str, *, fresh: bool) -> Callable[[list[dict]], int | None]:
        """Expected size of the metrics feed: one row per seller per day of history."""
        if feed != "metrics":
            return lambda _items: None
        with self.engine.connect() as conn:
            sellers = conn.exec_driver_sql("SELECT count(*) FROM sellers").scalar() or 0
            latest = sync_state.get_meta(conn, sync_state.LATEST_METRICS_DATE)
        if not fresh:
            if latest is None:
                return lambda _items: None
            days = max(1, (self._today() - dt.date.fromisoformat(latest)).days)
            return lambda _items: sellers * days
        span: list[str] = []

        def from_dates(items: list[dict]) -> int | None:
            if items:
                dates = [item["date"] for item in items]
                span[:] = [min([*span[:1], *dates]), max([*span[1:], *dates])]
            if not span or not sellers:
                return None
            first, last = (dt.date.fromisoformat(d) for d in span)
            return sellers * ((last - first).days + 1)

        return from_dates

    def refresh_summaries_if_stale(self) -> bool:
        with self.engine.begin() as conn:
            if sync_state.get_meta(conn, sync_state.SUMMARIES_STALE) != "1":
                return False
            as_of = sync_state.get_meta(conn, sync_state.LATEST_METRICS_DATE)
            summaries.refresh_summaries(conn, as_of or self._today().isoformat(), now_rfc3339())
            portfolio_daily.refresh(conn, as_of or self._today().isoformat())
            sync_state.set_meta(conn, sync_state.SUMMARIES_STALE, "0")
        return True
