"""Median and quartiles of a rate per category and marketplace, over the window's sums."""

from __future__ import annotations

import pytest

from app.errors import UsageError
from app.metrics.portfolio import metric_benchmarks
from tests.app.flags.builders import Cache


def test_quartiles_per_category_and_marketplace(cache: Cache) -> None:
    for seller, orders in (("A", 10), ("B", 20), ("C", 30), ("D", 40), ("E", 50)):
        cache.seller(seller, category="Toys")
        cache.metric(seller, 0, visitors=1000, orders=orders)  # 1% .. 5%
    cache.seller("F", category="Toys", marketplace="shopee")
    cache.metric("F", 0, visitors=1000, orders=70)
    cache.seller("G", category="Toys")
    cache.metric("G", 0, visitors=10, orders=10)  # below the minimum: left out
    cache.seller("H", category="Toys", status="closed")
    cache.metric("H", 0, visitors=1000, orders=900)  # not in the portfolio
    found = {(b.category, b.marketplace): b
             for b in metric_benchmarks(cache.engine, "conversion_rate", 30, 100)}
    toys = found[("Toys", "tiktok")]
    assert toys.sellers == 5
    assert (toys.q1, toys.median, toys.q3) == pytest.approx((0.02, 0.03, 0.04))
    shopee = found[("Toys", "shopee")]
    assert (shopee.sellers, shopee.median) == (1, pytest.approx(0.07))


def test_unknown_metric_and_empty_cache(cache: Cache) -> None:
    with pytest.raises(UsageError):
        metric_benchmarks(cache.engine, "happiness")
    assert metric_benchmarks(cache.engine, "return_rate") == []
