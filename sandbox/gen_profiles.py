"""Who each generated seller is: identity, market, size, habits and the incidents they live.

A profile depends only on (seed, seller index, window), so the first N sellers of any
portfolio are the same whatever its size. Compliance situations are dealt from a shuffled
deck per block of 100 sellers: every block of 100 holds each situation the rule pack must
see, in fixed numbers, instead of leaving coverage to chance.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from sandbox import gen_names
from sandbox.gen_common import (
    STREAM_DECK,
    STREAM_PROFILE,
    Window,
    at,
    iso,
    pick,
    pick_weighted,
    randint,
    seller_id,
    seller_rng,
    uniform,
)


@dataclass(frozen=True)
class Region:
    currency: str
    exponent: int  # minor digits of the currency (ISO 4217)
    fx: float  # local units per USD
    price_level: float  # typical basket price relative to the US
    timezones: tuple[str, ...]
    group: str  # "west" or "sea": which promotion calendar applies


REGIONS: dict[str, Region] = {
    "US": Region("USD", 2, 1.0, 1.0,
                 ("America/Los_Angeles", "America/New_York", "America/Chicago"), "west"),
    "GB": Region("GBP", 2, 0.79, 0.95, ("Europe/London",), "west"),
    "TH": Region("THB", 2, 35.5, 0.5, ("Asia/Bangkok",), "sea"),
    "PH": Region("PHP", 2, 57.0, 0.45, ("Asia/Manila",), "sea"),
    "MY": Region("MYR", 2, 4.6, 0.55, ("Asia/Kuala_Lumpur",), "sea"),
    "SG": Region("SGD", 2, 1.34, 0.85, ("Asia/Singapore",), "sea"),
    "VN": Region("VND", 0, 25000.0, 0.4, ("Asia/Ho_Chi_Minh",), "sea"),
    "ID": Region("IDR", 0, 16000.0, 0.4, ("Asia/Jakarta",), "sea"),
}
MARKET_REGIONS: dict[str, tuple[tuple[str, ...], tuple[float, ...]]] = {
    "tiktok": (("US", "GB", "TH", "PH", "MY", "SG", "VN", "ID"), (30, 12, 12, 10, 10, 6, 10, 10)),
    "shopee": (("TH", "PH", "MY", "SG", "VN", "ID"), (18, 18, 18, 10, 18, 18)),
    "amazon": (("US", "GB", "SG"), (60, 30, 10)),
}


@dataclass(frozen=True)
class Category:
    weight: float
    aov_usd: float
    conversion: float
    units_per_order: float
    return_rate: float
    content_bias: float  # how much of the category sells through LIVE and video
    review_rate: float


CATEGORIES: dict[str, Category] = {
    "Food & Beverages": Category(12, 18, 0.045, 1.8, 0.004, 0.8, 0.22),
    "Beauty & Personal Care": Category(12, 22, 0.035, 1.5, 0.006, 1.0, 0.20),
    "Womenswear": Category(11, 28, 0.022, 1.3, 0.011, 1.0, 0.18),
    "Phones & Electronics": Category(8, 45, 0.015, 1.2, 0.008, 0.5, 0.15),
    "Home Supplies": Category(9, 25, 0.028, 1.6, 0.006, 0.6, 0.18),
    "Sports & Outdoor": Category(7, 35, 0.020, 1.3, 0.007, 0.6, 0.16),
    "Toys & Hobbies": Category(7, 20, 0.030, 1.4, 0.005, 0.7, 0.17),
    "Kitchenware": Category(7, 24, 0.026, 1.4, 0.006, 0.6, 0.18),
    "Pet Supplies": Category(7, 21, 0.038, 1.7, 0.004, 0.7, 0.20),
    "Health": Category(7, 30, 0.032, 1.5, 0.004, 0.6, 0.16),
    "Menswear": Category(7, 32, 0.020, 1.3, 0.010, 0.8, 0.15),
    "Jewelry Accessories": Category(6, 15, 0.025, 1.5, 0.007, 1.0, 0.17),
}
CATEGORY_NAMES = tuple(CATEGORIES)

# Per block of 100 sellers; the rest of the block is "normal".
DECK: tuple[tuple[str, int], ...] = (
    ("late_current_hi", 1), ("late_current", 2), ("late_past", 2), ("cancel_high", 1),
    ("cancel_critical", 1), ("refund_creep", 2), ("negative_reviews", 2), ("counterfeit", 2),
    ("points_24", 1), ("points_36", 1), ("points_48", 1), ("fake_orders", 2), ("gmv_drop", 2),
    ("dormant", 1), ("restricted", 1), ("suspended", 1), ("closed", 1), ("sps_low", 2),
    ("sps_very_low", 1), ("ahr_low", 1), ("ahr_critical", 1), ("brand_new", 1),
    ("new_in_window", 4), ("fast_grower", 2), ("im_slow", 1), ("ontime_low", 1),
)
BLOCK = 100
UNASSIGNED_PER_BLOCK = 2
# Situations measured as rates need enough daily volume to clear the minimum volumes.
NEEDS_VOLUME = frozenset({"late_current_hi", "late_current", "cancel_high", "cancel_critical",
                          "refund_creep", "negative_reviews", "fake_orders", "gmv_drop",
                          "im_slow", "ontime_low", "fast_grower"})
TROUBLED = frozenset({"points_24", "points_36", "points_48", "counterfeit", "late_current_hi",
                      "restricted", "suspended"})


@functools.lru_cache(maxsize=256)
def _block_deck(seed: int, block: int) -> tuple[tuple[str, ...], frozenset[int]]:
    rng = seller_rng(seed, block, STREAM_DECK)
    slots = [name for name, count in DECK for _ in range(count)]
    slots += ["normal"] * (BLOCK - len(slots))
    order = rng.permutation(BLOCK)
    unassigned = frozenset(int(x) for x in rng.permutation(BLOCK)[:UNASSIGNED_PER_BLOCK])
    return tuple(slots[int(i)] for i in order), unassigned


def deck_slot(seed: int, index: int) -> tuple[str, bool]:
    """(scenario, assigned) of the seller at `index`."""
    block, offset = divmod(index, BLOCK)
    scenarios, unassigned = _block_deck(seed, block)
    return scenarios[offset], offset not in unassigned


Spell = tuple[int, int, float]  # [t0, t1) in day offsets from the window start, and a level


@dataclass
class SellerProfile:
    index: int
    seller_id: str
    scenario: str
    body: dict[str, Any]  # the sellers feed item
    region: str
    marketplace: str
    category: str
    tier: str
    status: str
    currency: str
    exponent: int
    first_t: int  # first day offset with a metrics row
    last_t: int  # last day offset with a metrics row (inclusive)
    base_orders: float
    conversion: float
    aov: float  # local currency units
    growth: float
    season_amp: float
    weekly_amp: float
    promo_sens: float
    noise_sd: float
    shares: tuple[float, float, float]  # live, video, affiliate share of GMV
    ad_ratio: float
    rates: dict[str, float]
    late_spells: list[Spell] = field(default_factory=list)
    rate_spells: dict[str, Spell] = field(default_factory=dict)  # cancel, returns, ...
    traffic: list[tuple[str, int, int, float]] = field(default_factory=list)
    spikes: list[tuple[int, float]] = field(default_factory=list)


def _onboarding(rng: np.random.Generator, scenario: str, window: Window) -> dt.date:
    days = window.days
    if scenario == "brand_new":
        return window.end - dt.timedelta(days=randint(rng, min(2, days - 1), min(20, days - 1)))
    if scenario == "new_in_window" or (scenario == "normal" and rng.random() < 0.08):
        low, high = min(30, days // 3), max(min(30, days // 3), days - 45)
        return window.start + dt.timedelta(days=randint(rng, low, high))
    return window.start - dt.timedelta(days=randint(rng, 20, 1500))


def _health(rng: np.random.Generator, scenario: str) -> tuple[str | None, int | None]:
    if scenario == "brand_new":
        return None, None
    sps = float(np.clip(rng.normal(4.35, 0.3), 3.6, 5.0))
    ahr = int(np.clip(rng.normal(700, 130), 260, 1000))
    if scenario in TROUBLED:
        sps, ahr = uniform(rng, 3.0, 3.9), randint(rng, 150, 400)
    sps = {"sps_low": uniform(rng, 2.6, 3.4), "sps_very_low": uniform(rng, 1.6, 2.4)}.get(
        scenario, sps)
    ahr = {"ahr_low": randint(rng, 110, 195), "ahr_critical": randint(rng, 15, 95)}.get(
        scenario, ahr)
    return f"{sps:.1f}", ahr


def _incidents(rng: np.random.Generator, p: SellerProfile, end_t: int) -> None:
    def back(low: int, high: int) -> int:
        return max(p.first_t, end_t - randint(rng, low, high))

    s = p.scenario
    ongoing = end_t + 1
    if s == "late_current_hi":
        p.late_spells.append((back(32, 60), ongoing, uniform(rng, 0.13, 0.17)))
    elif s == "late_current":
        p.late_spells.append((back(21, 50), ongoing, uniform(rng, 0.08, 0.12)))
    if s == "late_past" or (s == "normal" and rng.random() < 0.10):
        t0 = back(120, 300)
        p.late_spells.append((t0, t0 + randint(rng, 14, 42), uniform(rng, 0.08, 0.15)))
    spells = {
        "cancel_high": ("cancel", 35, 80, 0.035, 0.07),
        "cancel_critical": ("cancel", 35, 60, 0.12, 0.18),
        "refund_creep": ("returns", 90, 240, 0.025, 0.05),
        "negative_reviews": ("negative", 40, 120, 0.008, 0.02),
        "im_slow": ("reply", 40, 200, 0.45, 0.68),
        "ontime_low": ("ontime", 35, 90, 0.84, 0.92),
    }
    if s in spells:
        name, low, high, r0, r1 = spells[s]
        p.rate_spells[name] = (back(low, high), ongoing, uniform(rng, r0, r1))
    if s == "fake_orders":
        p.spikes += [(back(3, 24), uniform(rng, 3.0, 6.0)) for _ in range(randint(rng, 2, 3))]
    if s == "fake_orders" or rng.random() < 0.03:
        p.spikes += [(back(40, 600), uniform(rng, 3.0, 6.0)) for _ in range(randint(rng, 0, 2))]
    traffic = {
        "gmv_drop": ("drop", 18, 28, 0.2, 0.45),
        "restricted": ("drop", 10, 40, 0.5, 0.8),
        "fast_grower": ("ramp", 35, 50, 1.7, 2.4),
        "dormant": ("dormant", 15, 45, 0.1, 0.2),
        "suspended": ("stop", 3, 20, 0.05, 0.1),
        "points_48": ("stop", 3, 20, 0.05, 0.1),
    }
    if s in traffic:
        kind, low, high, f0, f1 = traffic[s]
        p.traffic.append((kind, back(low, high), ongoing, uniform(rng, f0, f1)))
    if s == "normal" and rng.random() < 0.03:
        t0 = back(60, 500)
        p.traffic.append(("drop", t0, t0 + randint(rng, 14, 30), uniform(rng, 0.3, 0.6)))


def make_profile(seed: int, index: int, window: Window, *,
                 brand_new: bool = False) -> SellerProfile:
    """The seller at `index`; `brand_new` forces a seller onboarded on the window's end."""
    rng = seller_rng(seed, index, STREAM_PROFILE)
    scenario, assigned = deck_slot(seed, index)
    if brand_new:
        scenario, assigned = "brand_new", True
    clock = window.clock
    marketplace = pick_weighted(rng, ("tiktok", "shopee", "amazon"), (75, 15, 10))
    region = pick_weighted(rng, *MARKET_REGIONS[marketplace])
    reg = REGIONS[region]
    category = pick_weighted(rng, CATEGORY_NAMES, [c.weight for c in CATEGORIES.values()])
    cat = CATEGORIES[category]
    tier = pick_weighted(rng, ("A", "B", "C"), (15, 35, 50))
    chinese_name = rng.random() < 0.5
    origin_cn = chinese_name or rng.random() < 0.45
    country, city = gen_names.origin_code(rng, origin_cn, region)
    number = gen_names.shop_code_number(index, seed)
    name = gen_names.shop_name(rng, category, chinese_name, gen_names.city_name_zh(city))
    person = gen_names.contact(rng, region, country, origin_cn, number)
    onboarded = window.end if brand_new else _onboarding(rng, scenario, window)
    first_t = max(0, (onboarded - window.start).days)
    end_t = window.days - 1
    last_t = end_t
    if scenario == "closed":
        last_t = min(end_t, max(first_t + 5, end_t - randint(rng, 10, 90)))
    status = {"restricted": "restricted", "suspended": "suspended", "points_48": "suspended",
              "closed": "closed"}.get(scenario, "active")
    sps, ahr = _health(rng, scenario)
    size = {"A": (350.0, 0.5), "B": (70.0, 0.5), "C": (14.0, 0.7)}[tier]
    base_orders = float(np.exp(rng.normal(np.log(size[0]), size[1])))
    if scenario in NEEDS_VOLUME:
        base_orders = max(base_orders, uniform(rng, 25, 70))
    bias = cat.content_bias * (0.2 if marketplace == "amazon" else 1.0)
    shares = (uniform(rng, 0, 0.3) * bias, uniform(rng, 0.03, 0.3) * bias, uniform(rng, 0, 0.25))
    if rng.random() < 0.1:
        shares = (0.0, uniform(rng, 0, 0.03), uniform(rng, 0, 0.05))
    version = 1 if brand_new else randint(rng, 1, 12)
    touched = max(at(onboarded, 3600 * randint(rng, 1, 20)),
                  clock - dt.timedelta(seconds=randint(rng, 3600, 60 * 86400)))
    body: dict[str, Any] = {
        "seller_id": seller_id(index), "shop_name": name, "shop_code": f"{country}-{city}-{number}",
        "marketplace": marketplace, "region": region, "category": category, "tier": tier,
        "status": status, "currency": reg.currency, "timezone": pick(rng, reg.timezones),
        "onboarded_on": onboarded.isoformat(), "contact": person,
        "health": {"sps": sps, "ahr": ahr, "violation_points": None},
        "assigned": assigned, "version": version, "updated_at": iso(min(touched, clock)),
    }
    profile = SellerProfile(
        index=index, seller_id=seller_id(index), scenario=scenario, body=body, region=region,
        marketplace=marketplace, category=category, tier=tier, status=status,
        currency=reg.currency, exponent=reg.exponent, first_t=first_t, last_t=last_t,
        base_orders=base_orders,
        conversion=float(np.clip(cat.conversion * np.exp(rng.normal(0, 0.25)), 0.004, 0.15)),
        aov=cat.aov_usd * reg.price_level * reg.fx * float(np.exp(rng.normal(0, 0.3))),
        growth=float(rng.normal(0.12, 0.35)), season_amp=uniform(rng, 0.5, 1.5),
        weekly_amp=uniform(rng, 0.3, 1.8), promo_sens=uniform(rng, 0.5, 1.2),
        noise_sd=uniform(rng, 0.06, 0.14), shares=shares,
        ad_ratio=uniform(rng, 0.02, 0.12) if rng.random() < 0.7 else 0.0,
        rates={
            "cancel": uniform(rng, 0.002, 0.012), "ship": uniform(rng, 0.985, 0.999),
            "late": uniform(rng, 0.004, 0.025), "deliver": uniform(rng, 0.93, 0.985),
            "ontime": uniform(rng, 0.965, 0.995),
            "returns": min(0.012, cat.return_rate * uniform(rng, 0.5, 1.5)),
            "review": cat.review_rate * uniform(rng, 0.7, 1.3),
            "negative": uniform(rng, 0.0005, 0.0035), "im": uniform(rng, 0.003, 0.012),
            "reply": uniform(rng, 0.8, 0.98),
            "upo": max(1.0, cat.units_per_order * uniform(rng, 0.85, 1.15)),
            "vpv": uniform(rng, 1.6, 3.2),
        },
    )
    _incidents(rng, profile, end_t)
    return profile
