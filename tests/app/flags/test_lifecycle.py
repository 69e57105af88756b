"""Every transition of a flag's life, with its events."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import UsageError
from app.flags.service import FlagItem
from tests.app.flags.builders import TODAY, Cache


def _points(cache: Cache, points: int, version: int = 1) -> None:
    cache.violation("V1", "S1", points=points, version=version)


def _flag(cache: Cache, today: dt.date = TODAY) -> FlagItem:
    return cache.evaluate(today)[("S1", "violation_points")]


def _events(cache: Cache, flag: FlagItem) -> list[tuple[str, str]]:
    return [(e.event, e.status) for e in cache.service().history(flag.flag_id)]


@pytest.fixture
def raised(cache: Cache) -> FlagItem:
    cache.seller("S1")
    _points(cache, 12)
    flag = _flag(cache)
    assert (flag.status, flag.severity, flag.first_seen) == ("new", "medium", "2026-11-21")
    return flag


def test_raised_then_kept_without_new_events(cache: Cache, raised: FlagItem) -> None:
    again = _flag(cache, TODAY + dt.timedelta(days=1))
    assert (again.flag_id, again.status, again.first_seen, again.last_seen) == (
        raised.flag_id, "new", "2026-11-21", "2026-11-22")
    assert _events(cache, again) == [("raised", "new")]


def test_new_numbers_under_the_same_verdict_keep_status_and_history(
        cache: Cache, raised: FlagItem) -> None:
    service = cache.service()
    service.acknowledge([raised.flag_id])
    _points(cache, 20, version=2)  # still medium (12 to 23), a new value and evidence
    flag = _flag(cache, TODAY + dt.timedelta(days=1))
    assert (flag.flag_id, flag.status, flag.severity, flag.value) == (
        raised.flag_id, "acknowledged", "medium", 20.0)
    assert flag.last_seen == "2026-11-22" and "20" in flag.message("en")
    assert _events(cache, flag) == [("raised", "new"), ("acknowledged", "acknowledged")]
    # The status index still finds it: the acknowledged list holds the flag.
    assert [f.flag_id for f in service.flags(statuses=("acknowledged",))] == [raised.flag_id]


def test_acknowledge_then_resolved_by_data_then_reopened(cache: Cache,
                                                         raised: FlagItem) -> None:
    service = cache.service()
    assert service.acknowledge([raised.flag_id]) == 1
    assert service.acknowledge([raised.flag_id]) == 0  # already acknowledged
    assert _flag(cache).status == "acknowledged"
    _points(cache, 4, version=2)
    assert _flag(cache).status == "resolved"
    assert service.flags() == []  # the worklist shows open flags only
    _points(cache, 13, version=3)
    back = _flag(cache)
    assert (back.status, back.flag_id, back.value) == ("new", raised.flag_id, 13.0)
    assert _events(cache, back) == [("raised", "new"), ("acknowledged", "acknowledged"),
                                    ("resolved", "resolved"), ("reopened", "new")]


def test_severity_changes_are_recorded(cache: Cache, raised: FlagItem) -> None:
    _points(cache, 24, version=2)
    flag = _flag(cache)
    assert (flag.status, flag.severity) == ("new", "high")
    history = cache.service().history(flag.flag_id)
    assert (history[-1].event, history[-1].note) == ("worsened", "medium to high")


def test_snoozed_until_a_date_then_back_to_its_open_status(cache: Cache,
                                                           raised: FlagItem) -> None:
    service = cache.service()
    service.acknowledge([raised.flag_id])
    until = TODAY + dt.timedelta(days=3)
    assert service.snooze([raised.flag_id], until) == 1
    assert _flag(cache).snoozed_until == "2026-11-24"
    assert _flag(cache, TODAY + dt.timedelta(days=2)).status == "snoozed"
    woke = _flag(cache, until)
    assert (woke.status, woke.snoozed_until) == ("acknowledged", None)
    assert _events(cache, woke)[-2:] == [("snoozed", "snoozed"),
                                        ("unsnoozed", "acknowledged")]


def test_snooze_needs_a_later_date(cache: Cache, raised: FlagItem) -> None:
    with pytest.raises(UsageError):
        cache.service().snooze([raised.flag_id], TODAY)


def test_dismissed_stays_dismissed_unless_worse_by_a_level(cache: Cache,
                                                           raised: FlagItem) -> None:
    service = cache.service()
    with pytest.raises(UsageError):
        service.dismiss([raised.flag_id], "   ")
    assert service.dismiss([raised.flag_id], "appeal filed") == 1
    _points(cache, 20, version=2)  # still medium
    kept = _flag(cache)
    assert (kept.status, kept.dismissed_reason, kept.value) == ("dismissed", "appeal filed",
                                                                20.0)
    _points(cache, 24, version=3)  # high: worse by a level
    back = _flag(cache)
    assert (back.status, back.severity, back.dismissed_reason) == ("new", "high", None)
    history = service.history(back.flag_id)
    assert (history[-1].event, history[-1].note) == ("reopened", "worsened from medium to high")
    assert [e.note for e in history if e.event == "dismissed"] == ["appeal filed"]


def test_dismissed_and_cleared_stays_dismissed(cache: Cache, raised: FlagItem) -> None:
    cache.service().dismiss([raised.flag_id], "known")
    _points(cache, 0, version=2)
    assert _flag(cache).status == "dismissed"
    _points(cache, 12, version=3)  # back at the same severity: still dismissed
    assert _flag(cache).status == "dismissed"


def test_reopen_by_hand(cache: Cache, raised: FlagItem) -> None:
    service = cache.service()
    service.dismiss([raised.flag_id], "later")
    assert service.reopen([raised.flag_id]) == 1
    flag = _flag(cache)
    assert (flag.status, flag.dismissed_reason) == ("new", None)
    assert service.reopen([raised.flag_id]) == 0  # already open


def test_a_seller_leaving_the_portfolio_resolves_its_flags(cache: Cache,
                                                           raised: FlagItem) -> None:
    cache.seller("S1", assigned=False, version=2)
    assert _flag(cache).status == "resolved"


def test_open_counts_and_order(cache: Cache) -> None:
    cache.seller("A", status="suspended")
    cache.seller("B", sps="3.0")
    cache.seller("C", tier="A")
    service = cache.service()
    service.evaluate()
    assert service.open_counts() == {"risks": 2, "opportunities": 1, "critical": 1}
    assert [f.rule_id for f in service.flags()] == ["account_status", "sps_low",
                                                    "relationship_gap"]
    assert [f.rule_id for f in service.flags(kinds=["opportunity"])] == ["relationship_gap"]
    assert [f.seller_id for f in service.flags(seller_id="B")] == ["B"]
