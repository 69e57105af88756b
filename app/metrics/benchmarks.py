"""Category benchmarks: quantiles of a metric per (category, marketplace) group."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Groups:
    """Sellers sorted by group once, so each group's values are one slice."""

    order: np.ndarray  # positions sorted by group
    bounds: np.ndarray  # group g is order[bounds[g]:bounds[g + 1]]
    inverse: np.ndarray  # seller -> group

    @classmethod
    def of(cls, keys: np.ndarray) -> Groups:
        _, inverse = np.unique(keys, return_inverse=True)
        inverse = inverse.reshape(-1)
        order = np.argsort(inverse, kind="stable")
        counts = np.bincount(inverse, minlength=int(inverse.max(initial=-1)) + 1)
        return cls(order, np.concatenate(([0], np.cumsum(counts))), inverse)


def group_quantiles(groups: Groups, values: np.ndarray, quantiles: tuple[float, ...]
                    ) -> np.ndarray:
    """For each seller, the quantiles of `values` within its group, NaN values left out.

    A (sellers, quantiles) array, NaN where the group has no values. One numpy call per
    group (a few dozen categories), never per seller.
    """
    per_group = np.full((len(groups.bounds) - 1, len(quantiles)), np.nan)
    ordered = values[groups.order]
    for g in range(len(groups.bounds) - 1):
        chunk = ordered[groups.bounds[g]:groups.bounds[g + 1]]
        chunk = chunk[~np.isnan(chunk)]
        if chunk.size:
            per_group[g] = np.quantile(chunk, quantiles)
    return per_group[groups.inverse] if len(values) else np.empty((0, len(quantiles)))


@dataclass(frozen=True)
class CategoryBenchmark:
    category: str
    marketplace: str
    sellers: int  # sellers with enough data for the metric
    q1: float
    median: float
    q3: float


def category_benchmarks(keys: tuple[np.ndarray, np.ndarray], values: np.ndarray
                        ) -> list[CategoryBenchmark]:
    """Quartiles of `values` (NaN: not enough data, left out) per (category, marketplace),
    `keys` being the sellers' categories and marketplaces, aligned with `values`."""
    categories, marketplaces = keys
    groups = Groups.of(np.char.add(np.char.add(categories, "\x1f"), marketplaces))
    out = []
    ordered = values[groups.order]
    first_member = groups.order[groups.bounds[:-1]] if len(values) else np.array([], int)
    for g, member in enumerate(first_member.tolist()):
        chunk = ordered[groups.bounds[g]:groups.bounds[g + 1]]
        chunk = chunk[~np.isnan(chunk)]
        if chunk.size:
            q1, median, q3 = np.quantile(chunk, (0.25, 0.5, 0.75)).tolist()
            out.append(CategoryBenchmark(str(categories[member]), str(marketplaces[member]),
                                         int(chunk.size), q1, median, q3))
    return out
