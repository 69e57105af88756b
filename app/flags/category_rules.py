"""Opportunities judged against the seller's category (per category and marketplace)."""

from __future__ import annotations

import numpy as np

from app.flags import money_floors
from app.flags.candidates import Candidate
from app.flags.common import number, percent
from app.flags.inputs import Inputs
from app.flags.rules import groups, hits
from app.metrics.benchmarks import Groups, group_quantiles

_Key = tuple[str, float, float]


def _quantiles_once(cache: dict[_Key, np.ndarray], key: _Key, groups: Groups,
                    values: np.ndarray) -> np.ndarray:
    """Packs share their category benchmarks unless their parameters differ."""
    if key not in cache:
        cache[key] = group_quantiles(groups, values, (key[2],))[:, 0]
    return cache[key]


def category_groups(inputs: Inputs) -> Groups:
    """Sellers grouped by category and marketplace (a benchmark compares like with like)."""
    return Groups.of(np.char.add(np.char.add(inputs.category, "\x1f"), inputs.marketplace))


def ads_candidate(inputs: Inputs) -> list[Candidate]:
    """Conversion in the top quartile of its category, visitors in the bottom half."""
    out: list[Candidate] = []
    window = inputs.window(30)
    visitors = window["visitors"].astype(np.float64)
    keys = category_groups(inputs)
    benchmarks: dict[_Key, np.ndarray] = {}
    for pack, rule, members in groups(inputs, "ads_candidate"):
        minimum = rule.min_volume or 1
        conversion = window.rate("conversion_rate", minimum)
        # The level's value is the quantile of the category the conversion must reach.
        line = rule.levels[0].value
        quartiles = _quantiles_once(benchmarks, ("conversion", minimum, line), keys,
                                    conversion)
        below = float(rule.param("visitors_below_quantile", 0.5))
        present = np.where(np.isnan(conversion), np.nan, visitors)
        visitor_median = _quantiles_once(benchmarks, ("visitors", minimum, below), keys,
                                         present)
        qualifies = (conversion >= quartiles) & (visitors < visitor_median)
        values = np.where(qualifies, line, np.nan)[members]

        for pos, c in hits(inputs, pack, rule, members, values):
            c.metric, c.value, c.threshold = ("conversion_rate", float(conversion[pos]),
                                              float(quartiles[pos]))
            c.evidence = {"orders": int(window["orders"][pos]),
                          "visitors": int(window["visitors"][pos]),
                          "category_q3": float(quartiles[pos]),
                          "category_visitors_median": float(visitor_median[pos])}
            c.value_at_stake = int(window["gmv"][pos])
            c.message_args = {"value": percent(c.value, 2), "q3": percent(c.threshold, 2),
                              "visitors": number(int(visitors[pos])),
                              "visitors_median": number(float(visitor_median[pos]))}
            out.append(c)
    return out


def content_gap(inputs: Inputs) -> list[Candidate]:
    """Live and video share of GMV under the line where the category median is high."""
    out: list[Candidate] = []
    window = inputs.window(30)
    keys = category_groups(inputs)
    gmv = window["gmv"]
    benchmarks: dict[_Key, np.ndarray] = {}
    for pack, rule, members in groups(inputs, "content_gap"):
        share = window.rate("content_share", 1)
        share[gmv < money_floors.floors(inputs.currency, rule.min_volume)] = np.nan
        median = _quantiles_once(benchmarks, ("content", rule.min_volume, 0.5), keys, share)
        values = np.where(median > float(rule.param("category_median_above", 0.3)),
                          share, np.nan)[members]

        for pos, c in hits(inputs, pack, rule, members, values):
            c.evidence = {"content_gmv": int(window["content_gmv"][pos]),
                          "gmv": int(gmv[pos]), "category_median": float(median[pos])}
            c.value_at_stake = int(gmv[pos])
            c.message_args = {"value": percent(c.value),
                              "category_median": percent(float(median[pos]))}
            out.append(c)
    return out
