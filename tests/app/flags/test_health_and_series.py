"""The health score's parts and trend, a seller's metric series, and the portfolio rows'
flag columns, against values worked out by hand."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from app.portfolio import PortfolioService
from db.repositories import sync_state
from tests.app.flags.builders import LATEST, TODAY, Cache


def _seller(cache: Cache) -> None:
    """60 days of 10 orders shipped and delivered, 100 of GMV a day. Now (days 0-29): 15 late
    dispatches (5%), 285 of 300 on time (95%), 3 negative reviews (1%). Before (30-59): no
    late dispatch, 285 on time, no negative review. 12 active points all along."""
    cache.seller("S1")
    for offset in range(60):
        cache.metric(seller_id="S1", offset=offset, shipped_orders=10, orders=10,
                     delivered_orders=10, on_time_deliveries=9 if offset % 2 else 10,
                     late_dispatched_orders=1 if offset < 15 else 0,
                     negative_reviews=1 if offset < 3 else 0, gmv="100")
    cache.violation("V1", "S1", points=12)


def test_health_parts_score_and_trend(cache: Cache) -> None:
    _seller(cache)
    cache.evaluate()
    health = cache.service().health("S1")
    assert health is not None
    on_time = (0.95 - 0.85) / 0.15 * 100  # 66.7
    fulfilment = (50 + 100 + on_time) / 3  # late 5% of 10%, no cancellation
    experience = (50 + 100) / 2  # 1% of 2% negative, no returns; no chats: left out
    compliance = (48 - 12) / 48 * 100
    growth = 50.0  # flat GMV: halfway between -30% and +30%
    assert health.parts == pytest.approx({
        "fulfilment": round(fulfilment, 1), "customer_experience": experience,
        "compliance": compliance, "growth": growth})
    assert health.weights == {"fulfilment": 0.35, "customer_experience": 0.25,
                              "compliance": 0.25, "growth": 0.15}
    score = 0.35 * fulfilment + 0.25 * experience + 0.25 * compliance + 0.15 * growth
    assert health.score == pytest.approx(round(score, 1))
    # The 30 days before: no late dispatch, no negative review, and no GMV before them to
    # grow from, so growth is left out and the other weights share its place.
    before = (0.35 * (100 + 100 + on_time) / 3 + 0.25 * 100 + 0.25 * compliance) / 0.85
    assert health.previous_score == pytest.approx(round(before, 1))
    assert health.trend == pytest.approx(round(score, 1) - round(before, 1))


def test_no_data_no_score(cache: Cache) -> None:
    cache.seller("EMPTY")
    cache.evaluate()
    health = cache.service().health("EMPTY")
    assert health is not None
    # Points are a fact even without sales (compliance 100), but a score needs sales to
    # judge: none without fulfilment or customer experience.
    assert health.parts == {"fulfilment": None, "customer_experience": None,
                            "compliance": 100.0, "growth": None}
    assert health.score is None and cache.service().health("NOBODY") is None


def test_metric_series_is_a_trailing_ratio_of_sums(cache: Cache) -> None:
    cache.seller("S1")
    cache.metric("S1", 0, shipped_orders=10, late_dispatched_orders=1)
    cache.metric("S1", 1, shipped_orders=20, late_dispatched_orders=0)
    cache.metric("S1", 3, shipped_orders=30, late_dispatched_orders=3)
    series = cache.service().metric_series("S1", "late_dispatch_rate", 2, days=4)
    assert series.dates == ["2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"]
    # Two-day windows ending each day; the minimum of 30 shipped orders applies.
    assert series.values == [3 / 30, 3 / 30, None, 1 / 30]
    assert series.thresholds == {"critical": 0.10, "high": 0.04}
    assert series.higher_is_worse and series.window_days == 2
    on_time = cache.service().metric_series("S1", "on_time_delivery_rate", 30, days=1)
    assert not on_time.higher_is_worse and on_time.values == [None]


def test_portfolio_rows_carry_the_flags(cache: Cache) -> None:
    cache.seller("BAD", status="suspended", sps="3.0")
    cache.seller("OK", tier="A")
    cache.outreach("c1", "OK", 1)
    cache.seller("MEDIUM", sps="3.0")
    cache.evaluate()
    rows = {r.seller_id: r for r in PortfolioService(cache.engine, TODAY).rows()}
    bad = rows["BAD"]
    assert (bad.open_risks, bad.top_risk_severity, bad.at_risk) == (2, "critical", True)
    assert bad.flag_rules == frozenset({"account_status", "sps_low"})
    assert (rows["OK"].open_risks, rows["OK"].flag_rules) == (0, frozenset())
    assert (rows["MEDIUM"].top_risk_severity, rows["MEDIUM"].at_risk) == ("medium", False)
    assert bad.health_score is None and bad.health_trend is None
    assert cache.service().health("BAD").parts["compliance"] == 0.0  # suspended
    flag = cache.service().flags(seller_id="BAD")[0]
    cache.service().acknowledge([flag.flag_id])
    assert PortfolioService(cache.engine, TODAY).rows()[0].open_risks == 2  # still open
    cache.service().dismiss([flag.flag_id], "on it")
    bad = {r.seller_id: r for r in PortfolioService(cache.engine, TODAY).rows()}["BAD"]
    assert bad.open_risks == 1 and bad.top_risk_severity == "medium"


def test_the_trend_keeps_the_score_of_thirty_days_before(cache: Cache) -> None:
    """The first evaluation computes the earlier score from the daily rows and keeps it as
    the score of its date, with the 29 dates after it for the next daily evaluations;
    later evaluations compare with the kept score (what the seller scored then), so the
    trend needs no second pass over the rows."""
    _seller(cache)
    cache.evaluate()
    before = cache.service().health("S1")
    assert before is not None and before.previous_score is not None
    with cache.engine.connect() as conn:
        kept = conn.exec_driver_sql(
            "SELECT as_of, score FROM health_history WHERE seller_id = 'S1' ORDER BY as_of"
        ).all()
    dates = [(LATEST - dt.timedelta(days=30 - j)).isoformat() for j in range(30)]
    assert [k[0] for k in kept] == [*dates, LATEST.isoformat()]
    assert kept[0][1] == before.previous_score and kept[-1][1] == before.score
    cache.metric("S1", 40, revision=2, shipped_orders=10, late_dispatched_orders=10)
    cache.evaluate()
    assert cache.service().health("S1").previous_score == before.previous_score


def _varied_history(cache: Cache, days: range) -> None:
    """Sellers whose every measure moves from day to day (a fixed pseudo-random walk: the
    same counts for a seller and day whatever the range)."""
    for seller in ("A", "B", "C", "D"):
        cache.seller(seller)
        for offset in days:
            generator = random.Random(f"{seller}{offset}")
            shipped = generator.randint(0, 20)
            delivered = generator.randint(0, 20)
            chats = generator.randint(0, 5)
            cache.metric(seller, offset, orders=shipped + generator.randint(0, 3),
                         shipped_orders=shipped, late_dispatched_orders=generator.randint(
                             0, shipped // 4), seller_cancelled_orders=generator.randint(0, 2),
                         delivered_orders=delivered,
                         on_time_deliveries=delivered - generator.randint(0, delivered // 5),
                         seller_fault_returns=generator.randint(0, 1),
                         negative_reviews=generator.randint(0, 1), im_conversations=chats,
                         im_replied_12h=chats - generator.randint(0, chats),
                         gmv=str(generator.randint(0, 500)))


def test_the_kept_scores_of_the_month_ahead_equal_scores_computed_from_the_rows(
        tmp_path: Path) -> None:
    """Day 1 keeps the scores of the dates the next evaluations compare with; after a new
    day, the trend's earlier score is that kept one, and it is what a cache with no history
    computes from the same rows."""
    first = Cache(tmp_path / "first")
    _varied_history(first, range(100))
    first.evaluate()
    _varied_history(first, range(-1, 0))  # the next day arrives
    tomorrow = LATEST + dt.timedelta(days=1)
    with first.engine.begin() as conn:
        sync_state.raise_latest_metrics_date(conn, tomorrow.isoformat())
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM health_history WHERE as_of = ?",
            ((tomorrow - dt.timedelta(days=30)).isoformat(),)).scalar() == 4
    first.evaluate(TODAY + dt.timedelta(days=1))

    fresh = Cache(tmp_path / "fresh")
    _varied_history(fresh, range(-1, 100))
    with fresh.engine.begin() as conn:
        sync_state.raise_latest_metrics_date(conn, tomorrow.isoformat())
    fresh.evaluate(TODAY + dt.timedelta(days=1))
    for seller in ("A", "B", "C", "D"):
        kept = first.service().health(seller)
        computed = fresh.service().health(seller)
        assert kept is not None and computed is not None
        assert kept.previous_score is not None
        assert kept.previous_score == computed.previous_score, seller
        assert kept.score == computed.score, seller


def test_a_seller_assigned_later_gets_its_own_past_score_only(tmp_path: Path) -> None:
    """While the month's scores are kept, a newcomer's score of 30 days before is read
    alone from two window sums, and equals the one the month-ahead path computes."""
    cache = Cache(tmp_path / "later")
    _varied_history(cache, range(100))
    with cache.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE sellers SET assigned = 0 WHERE seller_id = 'D'")
    cache.evaluate()
    with cache.engine.begin() as conn:
        # A kept score, told apart from a recomputed one: it must survive.
        conn.exec_driver_sql("UPDATE health_history SET score = 1.5 WHERE seller_id = 'A'")
        conn.exec_driver_sql("UPDATE sellers SET assigned = 1 WHERE seller_id = 'D'")
    cache.evaluate()
    with cache.engine.connect() as conn:
        counts = dict(conn.exec_driver_sql(
            "SELECT seller_id, count(*) FROM health_history GROUP BY seller_id").all())
        a_scores = {r[0] for r in conn.exec_driver_sql(
            "SELECT score FROM health_history WHERE seller_id = 'A' AND as_of < ?",
            (LATEST.isoformat(),))}
    assert counts["D"] == 2  # 30 days before, computed now, and today's score
    assert a_scores == {1.5}
    assert cache.service().health("A").previous_score == 1.5

    from_start = Cache(tmp_path / "from-start")
    _varied_history(from_start, range(100))
    from_start.evaluate()
    expected = from_start.service().health("D")
    assert expected is not None and expected.previous_score is not None
    assert cache.service().health("D").previous_score == expected.previous_score
