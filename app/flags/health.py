"""Health score 0-100 per seller from four weighted parts, now and for the 30 days before.

Each part is the mean of its measures' scores; a measure scores 100 at its "good" value, 0
at its "bad" one, linearly between (clipped), and is left out below its minimum volume.
The score is the weighted mean of the parts present (weights from the rule pack, renormalised
over the parts present); None when no part is.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.flags.common import DEFAULT_WEIGHTS, HEALTH_PARTS
from app.flags.inputs import Inputs
from app.metrics.windows import WindowSums, growth

WINDOW_DAYS = 30
# part -> (metric, good, bad, minimum volume)
MEASURES: dict[str, tuple[tuple[str, float, float, float], ...]] = {
    "fulfilment": (("late_dispatch_rate", 0.0, 0.10, 30),
                   ("cancellation_rate", 0.0, 0.10, 30),
                   ("on_time_delivery_rate", 1.0, 0.85, 30)),
    "customer_experience": (("negative_review_rate", 0.0, 0.02, 100),
                            ("return_rate", 0.0, 0.05, 100),
                            ("im_response_rate", 1.0, 0.50, 20)),
}
POINTS_BAD = 48.0  # deactivation
GROWTH_GOOD, GROWTH_BAD = 0.30, -0.30


@dataclass(frozen=True)
class HealthScores:
    score: np.ndarray
    parts: dict[str, np.ndarray]
    previous: np.ndarray


def scale(values: np.ndarray, good: float, bad: float) -> np.ndarray:
    return np.clip((values - bad) / (good - bad), 0.0, 1.0) * 100.0


def _mean_present(columns: list[np.ndarray]) -> np.ndarray:
    stacked = np.stack(columns)
    present = ~np.isnan(stacked)
    count = present.sum(axis=0)
    total = np.where(present, stacked, 0.0).sum(axis=0)
    out = np.full(count.shape, np.nan)
    np.divide(total, count, out=out, where=count > 0)
    return out


def parts(window: WindowSums, gmv_before: np.ndarray, points: np.ndarray,
          status: np.ndarray) -> dict[str, np.ndarray]:
    out = {part: _mean_present([scale(window.rate(metric, minimum), good, bad)
                                for metric, good, bad, minimum in measures])
           for part, measures in MEASURES.items()}
    # Points, capped by the account's standing: a suspended shop complies with nothing.
    standing = np.select([status == "suspended", status == "restricted"], [0.0, 25.0], 100.0)
    out["compliance"] = np.minimum(scale(points.astype(np.float64), 0.0, POINTS_BAD),
                                   standing)
    out["growth"] = scale(growth(window["gmv"], gmv_before), GROWTH_GOOD, GROWTH_BAD)
    return out


def combine(part_values: dict[str, np.ndarray], weights: np.ndarray) -> np.ndarray:
    """Weighted mean of the parts present; `weights` is (sellers, parts). Without sales to
    judge (no fulfilment nor customer-experience part) there is no score."""
    stacked = np.stack([part_values[p] for p in HEALTH_PARTS], axis=1)
    present = ~np.isnan(stacked)
    used = np.where(present, weights, 0.0)
    total = used.sum(axis=1)
    out = np.full(len(stacked), np.nan)
    judged = ~np.isnan(part_values["fulfilment"]) | ~np.isnan(part_values["customer_experience"])
    np.divide((np.where(present, stacked, 0.0) * used).sum(axis=1), total, out=out,
              where=(total > 0) & judged)
    return out


def weight_matrix(inputs: Inputs) -> np.ndarray:
    per_pack = np.array([[(p.health_weights or DEFAULT_WEIGHTS).get(part, 0.0)
                          for part in HEALTH_PARTS] for p in inputs.packs] or
                        [[0.0] * len(HEALTH_PARTS)])
    return per_pack[inputs.pack_index]


PREVIOUS_COLUMNS = ("gmv", "orders", "shipped_orders", "late_dispatched_orders",
                    "seller_cancelled_orders", "delivered_orders", "on_time_deliveries",
                    "seller_fault_returns", "negative_reviews", "im_conversations",
                    "im_replied_12h")


def health_scores(inputs: Inputs, previous: np.ndarray) -> HealthScores:
    """Today's scores and parts, with the scores of 30 days before (aligned with the
    sellers: kept, or computed by app.flags.health_past)."""
    current = parts(inputs.window(WINDOW_DAYS), inputs.gmv_prev, inputs.points, inputs.status)
    weights = weight_matrix(inputs)
    return HealthScores(combine(current, weights), current, previous)
