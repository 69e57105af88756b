"""Program eligibility, near-eligibility and the growth opportunities on hand-made data."""

from __future__ import annotations

import pytest

from tests.app.flags.builders import Cache

FLASH = {"program_id": "flash_sale", "marketplace": "tiktok", "name": "Flash Sale",
         "description": None, "active": True,
         "criteria": [{"metric": "sps", "op": ">=", "value": "3.5"},
                      {"metric": "late_dispatch_rate", "op": "<=", "value": "0.04",
                       "window_days": 30},
                      {"metric": "violation_points", "op": "<", "value": "12"}]}
CLOSED = {**FLASH, "program_id": "old", "name": "Old", "active": False}
SHOPEE = {**FLASH, "program_id": "shopee_only", "marketplace": "shopee", "name": "Shopee"}


def _shipper(cache: Cache, seller: str, late: int, *, sps: str | None = "4.0",
             points: int = 0) -> None:
    """300 shipped orders in 30 days, `late` of them late."""
    cache.seller(seller, sps=sps)
    cache.days(seller, range(30), shipped_orders=10)
    cache.metric(seller, 0, revision=2, shipped_orders=10, late_dispatched_orders=late)
    if points:
        cache.violation(f"V-{seller}", seller, points=points)


def test_eligible_not_enrolled_nor_invited(cache: Cache) -> None:
    cache.programs(FLASH, CLOSED, SHOPEE)
    _shipper(cache, "OK", 12)  # 4.0% <= 4%: met exactly at the line
    _shipper(cache, "IN", 0)
    cache.enrollment("IN", "flash_sale", "enrolled")
    _shipper(cache, "INVITED", 0)
    cache.enrollment("INVITED", "flash_sale", "invited")
    _shipper(cache, "REJECTED", 0)
    cache.enrollment("REJECTED", "flash_sale", "rejected")  # may be pitched again
    flags = cache.open_flags()
    eligible = {k[0] for k in flags if k[1] == "program_eligible:flash_sale"}
    assert eligible == {"OK", "REJECTED"}
    flag = flags[("OK", "program_eligible:flash_sale")]
    assert (flag.kind, flag.severity) == ("opportunity", "info")
    assert flag.evidence == {"sps": 4.0, "late_dispatch_rate": 0.04, "violation_points": 0.0}
    assert flag.message("en") == ("Meets every criterion of Flash Sale and is neither "
                                  "enrolled nor invited.")
    assert not [k for k in flags if k[1] in ("program_eligible:old",
                                             "program_eligible:shopee_only")]


def test_nearly_eligible_names_what_is_missing(cache: Cache) -> None:
    cache.programs(FLASH)
    _shipper(cache, "NEAR", 13)  # 4.33%: within 10% of 4% (up to 4.4%)
    _shipper(cache, "FAR", 14)  # 4.67%: not near
    _shipper(cache, "TWO", 13, sps="3.0")  # two criteria unmet
    _shipper(cache, "NOSCORE", 0, sps=None)  # no SPS: that criterion is unmet, 3.5 away
    flags = cache.open_flags()
    near = flags[("NEAR", "program_near:flash_sale")]
    assert (near.metric, near.threshold) == ("late_dispatch_rate", 0.04)
    assert near.value == pytest.approx(13 / 300)
    assert near.message("en") == ("Meets all criteria of Flash Sale but one: "
                                  "late-dispatch rate is 4.33%, needs <= 4%.")
    assert not [k for k in flags if k[1].startswith("program_") and k[0] != "NEAR"]


def test_near_on_points_counts_ten_percent_of_the_value(cache: Cache) -> None:
    cache.programs(FLASH)
    _shipper(cache, "P12", 0, points=12)  # needs < 12: 12 is 0 away, within 1.2
    _shipper(cache, "P14", 0, points=14)  # 2 away: not near
    flags = cache.open_flags()
    assert ("P12", "program_near:flash_sale") in flags
    assert ("P14", "program_near:flash_sale") not in flags


def test_fast_grower_unless_already_affiliate_or_tiny(cache: Cache) -> None:
    for seller in ("GROW", "AFFILIATE", "SLOW"):
        cache.seller(seller)
        cache.days(seller, range(30, 60), gmv="100")  # 3,000 before
    cache.days("GROW", range(30), gmv="131")  # +31%
    cache.days("AFFILIATE", range(30), gmv="200")
    cache.enrollment("AFFILIATE", "affiliate", "enrolled")
    cache.days("SLOW", range(30), gmv="130")  # +30% is not above 30%
    cache.seller("TINY")
    cache.days("TINY", range(30, 60), gmv="30")  # 900 before: under the 1,000 USD floor
    cache.days("TINY", range(30), gmv="90")  # +200%
    flags = cache.open_flags()
    assert flags[("GROW", "fast_grower")].value == pytest.approx(0.31)
    assert ("AFFILIATE", "fast_grower") not in flags and ("SLOW", "fast_grower") not in flags
    assert ("TINY", "fast_grower") not in flags


def test_dormant_after_fourteen_days_without_orders(cache: Cache) -> None:
    for seller, last in (("SLEEP", 14), ("AWAKE", 13)):
        cache.seller(seller)
        cache.metric(seller, last, orders=5)
        cache.days(seller, range(last), visitors=10)  # rows, but no orders
    cache.seller("RESTRICTED", status="restricted")
    cache.metric("RESTRICTED", 20, orders=5)
    flags = cache.open_flags()
    assert flags[("SLEEP", "dormant")].value == 14
    assert flags[("SLEEP", "dormant")].evidence == {"last_order": "2026-11-06"}
    assert ("AWAKE", "dormant") not in flags and ("RESTRICTED", "dormant") not in flags


def test_relationship_gap_for_tier_a(cache: Cache) -> None:
    cache.seller("QUIET", tier="A")
    cache.outreach("c1", "QUIET", 31)
    cache.seller("RECENT", tier="A")
    cache.outreach("c2", "RECENT", 31)
    cache.outreach("c3", "RECENT", 30)
    cache.seller("NEVER", tier="A")
    cache.seller("TIER_B", tier="B")
    flags = cache.open_flags()
    assert flags[("QUIET", "relationship_gap")].value == 31
    assert flags[("NEVER", "relationship_gap")].value is None
    assert "30+ days" in flags[("NEVER", "relationship_gap")].message("en")
    assert ("RECENT", "relationship_gap") not in flags
    assert ("TIER_B", "relationship_gap") not in flags


def test_ads_candidate_against_its_category(cache: Cache) -> None:
    """Conversion (orders / visitors) 1%, 2%, 3%, 4%, 5% in one category: the top quartile
    line is 4%; the visitors' median is 2,000."""
    volumes = {"A": (1000, 10), "B": (2000, 40), "C": (3000, 90), "D": (4000, 160),
               "E": (1500, 75)}
    for seller, (visitors, orders) in volumes.items():
        cache.seller(seller, category="Toys")
        cache.metric(seller, 0, visitors=visitors, orders=orders)
    cache.seller("OTHER", category="Food")  # another category: its own quartiles
    cache.metric("OTHER", 0, visitors=1000, orders=10)
    flags = cache.open_flags()
    ads = {k[0]: f for k, f in flags.items() if k[1] == "ads_candidate"}
    # D converts 4% (at the line) but has the most visitors; E converts 5% with 1,500.
    assert set(ads) == {"E"}
    assert ads["E"].value == pytest.approx(0.05)
    assert ads["E"].threshold == pytest.approx(0.04)
    assert ads["E"].evidence["category_visitors_median"] == 2000.0


def test_content_gap_where_the_category_sells_on_content(cache: Cache) -> None:
    shares = {"A": "400", "B": "350", "C": "50", "D": "310"}  # of 1,000 GMV
    for seller, content in shares.items():
        cache.seller(seller, category="Beauty")
        cache.metric(seller, 0, gmv="1000", live_gmv=content)
    cache.seller("LOW", category="Tools")  # a category where content does not sell
    cache.metric("LOW", 0, gmv="1000", live_gmv="0")
    flags = cache.open_flags()
    gaps = {k[0]: f for k, f in flags.items() if k[1] == "content_gap"}
    assert set(gaps) == {"C"}
    assert gaps["C"].value == pytest.approx(0.05)
    assert gaps["C"].evidence["category_median"] == pytest.approx(0.33)
