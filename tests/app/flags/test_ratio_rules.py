"""The default pack's rate rules on hand-made days, with the values worked out by hand."""

from __future__ import annotations

import pytest

from tests.app.flags.builders import Cache


def _late(cache: Cache, seller: str, shipped_per_day: int, late_total: int,
          region: str = "US") -> None:
    """30 days with `shipped_per_day` shipped orders; the late ones on the first days."""
    cache.seller(seller, region=region)
    for offset in range(30):
        cache.metric(seller, offset, shipped_orders=shipped_per_day,
                     late_dispatched_orders=1 if offset < late_total else 0)


def test_late_dispatch_high_with_evidence_and_distance(cache: Cache) -> None:
    _late(cache, "S1", 7, 9)  # 9 / 210 = 4.29% > 4%
    flag = cache.open_flags()[("S1", "late_dispatch")]
    assert (flag.kind, flag.severity, flag.metric) == ("risk", "high", "late_dispatch_rate")
    assert flag.value == pytest.approx(9 / 210)
    assert flag.threshold == 0.04 and flag.window_days == 30
    assert flag.evidence == {"late_dispatched_orders": 9, "shipped_orders": 210}
    assert flag.message("en") == ("Late dispatch rate 4.29% over the last 30 days (9 of 210 "
                                  "shipped orders), above 4%.")
    assert "9" in flag.message("zh_CN") and "延迟发货率" in flag.message("zh_CN")
    # (9 - 1) / (210 - 1) = 3.83%: one fewer late dispatch clears it; (9 + k) / (210 + k)
    # reaches 10% at k = 14 (23 / 224 = 10.27%; 22 / 223 = 9.87%).
    assert flag.distance("en") == ("1 fewer late dispatches in this window would bring it "
                                   "back within 4%; 14 more late dispatches in this window "
                                   "crosses 10%")
    assert flag.action("en")


def test_exactly_four_percent_is_not_above(cache: Cache) -> None:
    _late(cache, "S1", 10, 12)  # 12 / 300 = 4.0% exactly
    assert ("S1", "late_dispatch") not in cache.open_flags()


def test_ten_percent_exactly_is_critical(cache: Cache) -> None:
    _late(cache, "S1", 10, 30)  # 30 / 300 = 10% and the critical line is >= 10%
    flag = cache.open_flags()[("S1", "late_dispatch")]
    assert (flag.severity, flag.threshold) == ("critical", 0.10)


def test_minimum_volume_and_zero_denominators(cache: Cache) -> None:
    cache.seller("SMALL")
    cache.metric("SMALL", 0, shipped_orders=29, late_dispatched_orders=29, orders=29,
                 seller_cancelled_orders=29)
    cache.seller("ENOUGH")
    cache.metric("ENOUGH", 0, shipped_orders=30, late_dispatched_orders=2)  # 6.7%
    cache.seller("ZERO")
    cache.metric("ZERO", 0)  # nothing shipped, delivered, ordered: no rate at all
    flags = cache.open_flags()
    assert not [k for k in flags if k[0] in ("SMALL", "ZERO")]
    assert flags[("ENOUGH", "late_dispatch")].value == pytest.approx(2 / 30)


def test_days_without_rows_count_as_zero_and_the_window_is_thirty_days(cache: Cache) -> None:
    cache.seller("S1")
    cache.metric("S1", 0, shipped_orders=20, late_dispatched_orders=1)
    cache.metric("S1", 29, shipped_orders=20, late_dispatched_orders=1)  # still inside
    cache.metric("S1", 30, shipped_orders=1000, late_dispatched_orders=0)  # one day too old
    flag = cache.open_flags()[("S1", "late_dispatch")]
    assert flag.evidence == {"late_dispatched_orders": 2, "shipped_orders": 40}  # 5%


def test_a_restated_day_changes_the_verdict(cache: Cache) -> None:
    _late(cache, "S1", 10, 12)  # 4.0%: no flag
    assert ("S1", "late_dispatch") not in cache.open_flags()
    cache.metric("S1", 3, revision=2, shipped_orders=10, late_dispatched_orders=2)  # 13/300
    flag = cache.open_flags()[("S1", "late_dispatch")]
    assert flag.evidence["late_dispatched_orders"] == 13 and flag.status == "new"
    cache.metric("S1", 3, revision=1, shipped_orders=10, late_dispatched_orders=0)  # older
    assert cache.open_flags()[("S1", "late_dispatch")].evidence["late_dispatched_orders"] == 13
    cache.metric("S1", 3, revision=3, shipped_orders=10, late_dispatched_orders=0)  # 11/300
    assert cache.evaluate()[("S1", "late_dispatch")].status == "resolved"


def test_region_specific_thresholds(cache: Cache) -> None:
    _late(cache, "US1", 10, 14)  # 14 / 300 = 4.67%
    _late(cache, "TH1", 10, 14, region="TH")  # under Thailand's 5% line
    _late(cache, "TH2", 10, 16, region="TH")  # 5.33% > 5%
    flags = cache.open_flags()
    assert flags[("US1", "late_dispatch")].threshold == 0.04
    assert ("TH1", "late_dispatch") not in flags
    th = flags[("TH2", "late_dispatch")]
    assert (th.severity, th.threshold, th.pack_id) == ("high", 0.05, "tiktok-TH")
    assert th.message("en").endswith("above 5%.")


def test_a_pack_with_its_own_window(cache: Cache) -> None:
    """Amazon's cancellation rule counts 7 days, with a minimum of 10 orders."""
    cache.seller("AMZ", marketplace="amazon")
    cache.days("AMZ", range(7), orders=10)
    cache.metric("AMZ", 0, revision=2, orders=10, seller_cancelled_orders=2)  # 2/70 = 2.86%
    cache.days("AMZ", range(7, 30), orders=100)  # outside the 7 days: would dilute it
    flag = cache.open_flags()[("AMZ", "cancellation")]
    assert (flag.window_days, flag.evidence) == (7, {"seller_cancelled_orders": 2,
                                                     "orders": 70})
    assert flag.pack_id == "amazon-US"


@pytest.mark.parametrize(("rule", "counts", "expected"), [
    ("cancellation", {"orders": 40, "seller_cancelled_orders": 1}, None),  # 2.5% is not above
    ("cancellation", {"orders": 39, "seller_cancelled_orders": 1}, ("high", 0.025)),
    ("on_time_delivery", {"delivered_orders": 40, "on_time_deliveries": 38}, None),  # 95%
    ("on_time_delivery", {"delivered_orders": 40, "on_time_deliveries": 37},
     ("medium", 0.95)),
    ("negative_reviews", {"delivered_orders": 200, "negative_reviews": 1}, None),  # 0.5%
    ("negative_reviews", {"delivered_orders": 199, "negative_reviews": 1},
     ("medium", 0.005)),
    ("negative_reviews", {"delivered_orders": 99, "negative_reviews": 50}, None),  # < 100
    ("returns", {"delivered_orders": 200, "seller_fault_returns": 3}, None),  # 1.5%
    ("returns", {"delivered_orders": 200, "seller_fault_returns": 4}, ("medium", 0.015)),
    ("im_response", {"im_conversations": 20, "im_replied_12h": 15}, None),  # 75%
    ("im_response", {"im_conversations": 20, "im_replied_12h": 14}, ("low", 0.75)),
    ("im_response", {"im_conversations": 19, "im_replied_12h": 0}, None),  # < 20 chats
])
def test_every_rate_rule_at_its_line(cache: Cache, rule: str, counts: dict[str, int],
                                     expected: tuple[str, float] | None) -> None:
    cache.seller("S1")
    cache.metric("S1", 0, **counts)
    flag = cache.open_flags().get(("S1", rule))
    assert (None if flag is None else (flag.severity, flag.threshold)) == expected


def test_on_time_distance_counts_late_deliveries(cache: Cache) -> None:
    cache.seller("S1")
    cache.metric("S1", 0, delivered_orders=100, on_time_deliveries=90)  # 90% < 95%
    flag = cache.open_flags()[("S1", "on_time_delivery")]
    assert flag.distance("en") == ("5 fewer late deliveries in this window would bring it "
                                   "back within 95%")


def test_the_thirty_day_summary_gives_the_same_flags(cache: Cache) -> None:
    _late(cache, "S1", 7, 9)
    _late(cache, "S2", 10, 30)
    from_rows = {k: (f.severity, f.value, f.evidence) for k, f in cache.open_flags().items()}
    cache.refresh_summaries()
    from_summary = {k: (f.severity, f.value, f.evidence)
                    for k, f in cache.open_flags().items()}
    assert from_rows == from_summary and len(from_rows) >= 2


def test_a_stale_summary_is_not_used(cache: Cache) -> None:
    """Rows stored after the summary's refresh (a sync cut short) count at once."""
    from db.repositories import sync_state

    _late(cache, "S1", 10, 12)  # 4.0%
    cache.refresh_summaries()
    cache.metric("S1", 3, revision=2, shipped_orders=10, late_dispatched_orders=2)
    assert ("S1", "late_dispatch") not in cache.open_flags()  # the summary says 12
    with cache.engine.begin() as conn:
        sync_state.set_meta(conn, sync_state.SUMMARIES_STALE, "1")
    assert cache.open_flags()[("S1", "late_dispatch")].evidence["late_dispatched_orders"] == 13
