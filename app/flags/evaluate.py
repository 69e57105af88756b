"""One evaluation: every rule for every active seller, merged into the flags in one
transaction (executemany writes, an event for every transition), health scores stored."""

from __future__ import annotations

import datetime as dt
import gc
import math
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np
from sqlalchemy import Connection, Engine

from app.clock import now_rfc3339
from app.flags import anomalies, category_rules, eligibility, health_past, rules
from app.flags import health as health_module
from app.flags.candidates import Candidate
from app.flags.health import HealthScores
from app.flags.inputs import Inputs, extra_windows, load_sellers, load_sums
from app.flags.lifecycle import Changes, merge
from app.flags.packset import PackSet
from app.metrics.windows import WindowSums, load_window
from db.repositories import flag_inputs, sync_state
from db.repositories import flags as flag_repo

OPEN = ("new", "acknowledged")
EVALUATED_AT = "flags_evaluated_at"  # cache_meta key
# Days of scores kept: the trend needs the one 30 days back, with room for missed days.
HISTORY_DAYS = 40
T = TypeVar("T")


@dataclass(frozen=True)
class Outcome:
    sellers: int
    changes: Changes
    open_risks: int
    open_opportunities: int
    seconds: float
    # Seconds from the start at each step's end: where an evaluation's time went.
    marks: dict[str, float] = field(default_factory=dict)


def candidates(conn: Connection, inputs: Inputs, criteria: list[tuple[Any, ...]],
               series_plan: anomalies.SeriesPlan | None,
               series: Future[dict[str, np.ndarray]] | None) -> list[Candidate]:
    """Every rule's findings; the daily series (read meanwhile on another connection) is
    waited for last."""
    found: list[Candidate] = []
    for rule_id in rules.RATIO_RULES:
        found += rules.ratio_rule(inputs, rule_id)
    for rule_id in rules.VALUE_RULES:
        found += rules.value_rule(inputs, rule_id)
    found += rules.account_status(inputs)
    window = max((r.window_days or 60 for _, r, _ in rules.groups(inputs, "counterfeit_ip")),
                 default=60)
    since = (inputs.latest - dt.timedelta(days=window)).isoformat()
    violations = {seller: ids.split(",") for seller, ids in
                  flag_inputs.recent_violations(conn, rules.COUNTERFEIT_POLICIES, since)}
    found += rules.counterfeit_ip(inputs, violations)
    found += rules.gmv_rule(inputs, "gmv_drop")
    found += rules.gmv_rule(inputs, "fast_grower")
    found += rules.dormant(inputs)
    tiers = sorted({t for _, r, _ in rules.groups(inputs, "relationship_gap")
                    for t in r.param("tiers", ("A",))})
    contacts = dict(flag_inputs.last_contacts(conn, tiers)) if tiers else {}
    found += rules.relationship_gap(inputs, contacts)
    found += category_rules.ads_candidate(inputs)
    found += category_rules.content_gap(inputs)
    found += eligibility.program_flags(inputs, criteria, _min_volumes(inputs))
    found += anomalies.order_spikes(inputs, series_plan,
                                    series.result() if series is not None else None)
    return found


def _min_volumes(inputs: Inputs) -> dict[str, float]:
    """Each metric's minimum volume, from the fallback pack's rule on it."""
    volumes: dict[str, float] = {}
    for pack in inputs.packs:
        for rule in pack.rules.values():
            if rule.metric and rule.min_volume and pack.fallback:
                volumes.setdefault(rule.metric, rule.min_volume)
    return volumes


def evaluate(engine: Engine, packset: PackSet, today: dt.date) -> Outcome:
    """Every rule for every active seller, merged into the flags. The cyclic garbage
    collector is paused meanwhile: the run makes some 100,000 short-lived containers (the
    flags, their evidence, the stored states) and none of them in cycles, and its passes
    over them cost a tenth of the run."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _evaluate(engine, packset, today)
    finally:
        if collecting:
            gc.enable()


def _evaluate(engine: Engine, packset: PackSet, today: dt.date) -> Outcome:
    """Reads first (the longest on worker connections, started as soon as the sellers are
    known, while the rest is read and the rules run: SQLite releases the GIL while it
    steps), then one write transaction."""
    started = time.perf_counter()
    marks: dict[str, float] = {}

    def mark(step: str) -> None:
        marks[step] = round(time.perf_counter() - started, 3)

    now = now_rfc3339()
    with engine.connect() as conn:
        latest_text = flag_inputs.latest_metrics_date(conn)
        latest = dt.date.fromisoformat(latest_text) if latest_text else today
        inputs = load_sellers(conn, packset, latest, today)
        found: list[Candidate] = []
        health = None
        past: health_past.PastScores | None = None
        previous_as_of = (latest - dt.timedelta(days=health_module.WINDOW_DAYS)).isoformat()
        series_plan = anomalies.plan(inputs)
        criteria = flag_inputs.program_criteria(conn)
        with ThreadPoolExecutor(max_workers=3, thread_name_prefix="flags") as pool:
            # The worker reads start as soon as the sellers are known, while the sums and
            # the rest are read here: the longest first, then the windows the rules ask for
            # early (ratio rules of other lengths), and the previous windows (the health
            # trend, needed last) behind them.
            series = pool.submit(_on_own_connection, engine, anomalies.read_series,
                                 inputs, series_plan) if series_plan else None
            for days, members in extra_windows(inputs, criteria) if len(inputs) else ():
                inputs.pending[(days, members.tobytes())] = pool.submit(
                    _on_own_connection, engine, _read_window, inputs, days, members)
            previous, missing = health_past.align_kept(
                inputs.seller_ids, flag_repo.history_scores(conn, previous_as_of))
            # The month ahead's dates too when nothing of that month is kept (the first
            # evaluation, or back after a month away); a day missed in between needs one.
            month_ahead = not flag_repo.history_kept_between(
                conn, previous_as_of, (latest - dt.timedelta(days=1)).isoformat())
            reading = None if not len(missing) else pool.submit(
                _on_own_connection, engine, health_past.read_past, inputs.seller_ids,
                latest, missing, month_ahead)
            mark("sellers")
            load_sums(conn, inputs)
            mark("sums")
            if len(inputs):
                found = candidates(conn, inputs, criteria, series_plan, series)
                mark("rules")
                if reading is not None:
                    past = health_past.past_scores(inputs, reading.result(),
                                                   health_module.weight_matrix(inputs))
                    reading = None  # its window sums (30 MB at first) go before the write
                    mark("past health")
                    previous[past.positions] = past.scores[:, 0]
                health = health_module.health_scores(inputs, previous)
                mark("health")
        conn.rollback()
    with engine.begin() as conn:
        changes = merge(flag_repo.states(conn), found, today=today.isoformat(), now=now,
                        next_id=flag_repo.next_flag_id(conn))
        mark("merge")
        _store(conn, changes, _health_rows(inputs, health, latest.isoformat()), latest)
        # Computed from the rows: the trend's score (and the month ahead's), kept from now on.
        if past is not None:
            for as_of, rows in health_past.rows_by_date(inputs.seller_ids, past):
                flag_repo.keep_computed_scores(conn, as_of, rows)
        risks, opportunities, _ = flag_repo.open_counts(conn, OPEN)
        sync_state.set_meta(conn, EVALUATED_AT, now)
        mark("written")
    mark("committed")
    return Outcome(len(inputs), changes, risks, opportunities, time.perf_counter() - started,
                   marks)


def _store(conn: Connection, changes: Changes, health_rows: list[tuple[object, ...]],
           latest: dt.date) -> None:
    flag_repo.insert_flags(conn, changes.inserts)
    flag_repo.record_verdicts(conn, changes.verdicts)
    flag_repo.record_refreshes(conn, changes.refreshes)
    flag_repo.record_clears(conn, changes.clears)
    flag_repo.insert_events(conn, changes.events)
    changed = flag_repo.replace_health(conn, health_rows)
    keep_from = (latest - dt.timedelta(days=HISTORY_DAYS)).isoformat()
    # The current scores are the history of their date: a changed score changes both.
    flag_repo.keep_history(conn, latest.isoformat(), [(r[0], r[1]) for r in changed],
                           keep_from)


def _read_window(conn: Connection, inputs: Inputs, days: int, members: np.ndarray
                 ) -> WindowSums:
    return load_window(conn, inputs.seller_ids, inputs.latest, days,
                       subset=inputs.seller_ids[members].tolist())


def _on_own_connection(engine: Engine, read: Callable[..., T], *args: Any) -> T:
    with engine.connect() as conn:
        try:
            return read(conn, *args)
        finally:
            conn.rollback()


def _column(values: np.ndarray) -> list[float | None]:
    return [None if math.isnan(v) else v for v in np.round(values, 1).tolist()]


def _health_rows(inputs: Inputs, health: HealthScores | None, as_of: str
                 ) -> list[tuple[object, ...]]:
    if health is None:
        return []
    parts = health.parts
    return list(zip(inputs.seller_ids.tolist(), _column(health.score),
                    _column(parts["fulfilment"]), _column(parts["customer_experience"]),
                    _column(parts["compliance"]), _column(parts["growth"]),
                    _column(health.previous), [as_of] * len(inputs), strict=True))
