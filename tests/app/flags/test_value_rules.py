"""Points, scores, status, counterfeit strikes, spikes and GMV drops on hand-made data."""

from __future__ import annotations

import pytest

from tests.app.flags.builders import Cache


@pytest.mark.parametrize(("points", "expected"), [
    (11, None), (12, ("medium", 12.0)), (23, ("medium", 12.0)), (24, ("high", 24.0)),
    (36, ("critical", 36.0)), (40, ("critical", 36.0)),
])
def test_violation_points_count_active_violations_only(cache: Cache, points: int,
                                                       expected: tuple | None) -> None:
    cache.seller("S1")
    cache.violation("V1", "S1", points=points)
    cache.violation("V2", "S1", points=30, status="overturned")
    cache.violation("V3", "S1", points=30, status="expired")
    flag = cache.open_flags().get(("S1", "violation_points"))
    assert (None if flag is None else (flag.severity, flag.threshold)) == expected
    if flag is not None:
        assert flag.value == points


@pytest.mark.parametrize(("sps", "expected"), [
    (None, None), ("", None), ("3.5", None), ("3.4", ("medium", 3.5)), ("2.5", ("medium", 3.5)),
    ("2.4", ("high", 2.5)), ("0", ("high", 2.5)),
])
def test_sps_null_is_no_score_not_low(cache: Cache, sps: str | None,
                                      expected: tuple | None) -> None:
    cache.seller("S1", sps=sps)
    flag = cache.open_flags().get(("S1", "sps_low"))
    assert (None if flag is None else (flag.severity, flag.threshold)) == expected


@pytest.mark.parametrize(("ahr", "expected"), [
    (None, None), (200, None), (199, ("high", 200.0)), (100, ("high", 200.0)),
    (99, ("critical", 100.0)),
])
def test_ahr(cache: Cache, ahr: int | None, expected: tuple | None) -> None:
    cache.seller("S1", ahr=ahr)
    flag = cache.open_flags().get(("S1", "ahr_low"))
    assert (None if flag is None else (flag.severity, flag.threshold)) == expected


def test_ahr_distance_in_points(cache: Cache) -> None:
    cache.seller("S1", ahr=160)
    flag = cache.open_flags()[("S1", "ahr_low")]
    assert flag.distance("en") == "Low Account Health Rating 160: 40 below the 200 line"
    assert flag.message("en") == "Account Health Rating 160, below 200."


def test_sps_not_judged_where_the_pack_turns_it_off(cache: Cache) -> None:
    cache.seller("AMZ", marketplace="amazon", sps="1.0")
    assert ("AMZ", "sps_low") not in cache.open_flags()


@pytest.mark.parametrize(("status", "flagged"), [
    ("active", False), ("restricted", True), ("suspended", True)])
def test_account_status(cache: Cache, status: str, flagged: bool) -> None:
    cache.seller("S1", status=status)
    flag = cache.open_flags().get(("S1", "account_status"))
    assert (flag is not None) == flagged
    if flag:
        assert flag.severity == "critical" and flag.message("en") == f"The account is {status}."


def test_closed_and_unassigned_sellers_are_not_judged(cache: Cache) -> None:
    cache.seller("GONE", status="closed", sps="1.0")
    cache.seller("LEFT", assigned=False, sps="1.0")
    assert not [k for k in cache.evaluate() if k[0] in ("GONE", "LEFT")]


def test_counterfeit_or_ip_in_sixty_days(cache: Cache) -> None:
    for seller in ("FAKE", "OLD", "APPEALED", "OTHER"):
        cache.seller(seller)
    cache.violation("V1", "FAKE", policy="counterfeit", created_days_ago=10)
    cache.violation("V2", "FAKE", policy="ip_infringement", created_days_ago=60)
    cache.violation("V3", "OLD", policy="counterfeit", created_days_ago=61)
    cache.violation("V4", "APPEALED", policy="counterfeit", status="appealed")
    cache.violation("V5", "OTHER", policy="misleading_listing")
    flags = cache.open_flags()
    flag = flags[("FAKE", "counterfeit_ip")]
    assert (flag.severity, flag.value, flag.evidence) == ("high", 2.0,
                                                          {"violation_ids": ["V1", "V2"]})
    assert "V1, V2" in flag.message("en")
    assert not [k for k in flags if k[1] == "counterfeit_ip" and k[0] != "FAKE"]


def _steady(cache: Cache, seller: str, orders: int = 100, visitors: int = 5000) -> None:
    """28 baseline days alternating around `orders` (median = orders, MAD = 2)."""
    cache.seller(seller)
    for offset in range(1, 29):
        cache.metric(seller, offset, orders=orders + (2 if offset % 2 else -2),
                     visitors=visitors + (50 if offset % 2 else -50))


def test_order_spike_without_traffic(cache: Cache) -> None:
    _steady(cache, "SPIKE")
    cache.metric("SPIKE", 0, orders=112, visitors=5000)  # z = 12 / (1.4826 * 2) = 4.05
    _steady(cache, "BUSY")
    cache.metric("BUSY", 0, orders=200, visitors=9000)  # visitors jumped too: a real peak
    _steady(cache, "CALM")
    cache.metric("CALM", 0, orders=111, visitors=5000)  # z = 3.71
    flags = cache.open_flags()
    flag = flags[("SPIKE", "order_spike")]
    assert flag.value == pytest.approx(round(12 / (1.4826 * 2), 2))
    assert flag.evidence["days"] == ["2026-11-20"]
    assert flag.evidence["baseline_median_orders"] == 100.0
    assert ("BUSY", "order_spike") not in flags and ("CALM", "order_spike") not in flags


def test_gmv_drop_and_its_minimum(cache: Cache) -> None:
    cache.seller("DROP")
    cache.days("DROP", range(30, 60), gmv="100")  # 3,000 before
    cache.days("DROP", range(30), gmv="74")  # 2,220 now: -26%
    cache.seller("SMALL")
    cache.days("SMALL", range(30, 60), gmv="30")  # 900 before: under the 1,000 minimum
    cache.days("SMALL", range(30), gmv="1")
    cache.seller("EDGE")
    cache.days("EDGE", range(30, 60), gmv="100")
    cache.days("EDGE", range(30), gmv="75")  # exactly -25% is not a drop beyond 25%
    flags = cache.open_flags()
    flag = flags[("DROP", "gmv_drop")]
    assert flag.value == pytest.approx(2220 / 3000 - 1)
    assert flag.evidence == {"gmv": 2220 * 10_000, "gmv_prev": 3000 * 10_000}
    assert "USD 2,220.00" in flag.message("en") and "USD 3,000.00" in flag.message("en")
    assert ("SMALL", "gmv_drop") not in flags and ("EDGE", "gmv_drop") not in flags


def test_the_gmv_floor_is_in_each_sellers_own_currency(cache: Cache) -> None:
    # The floor is 1,000 USD: about 25,000,000 VND (resources/currencies.toml).
    for seller, before in (("VN_BIG", "1000000"), ("VN_SMALL", "600000")):
        cache.seller(seller, region="VN", currency="VND")
        cache.days(seller, range(30, 60), currency="VND", gmv=before)
        cache.days(seller, range(30), currency="VND", gmv=str(int(before) // 2))
    flags = cache.open_flags()
    drop = flags[("VN_BIG", "gmv_drop")]  # 30,000,000 VND before, about 1,200 USD
    assert drop.value == pytest.approx(-0.5)
    assert "VND 15,000,000 " in drop.message("en") and "VND 30,000,000)" in drop.message("en")
    # 18,000,000 VND (about 720 USD) is under the floor, though far above 1,000 VND.
    assert ("VN_SMALL", "gmv_drop") not in flags
