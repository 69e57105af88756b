"""What a rule found for one seller, before the lifecycle merges it into the flags table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from app.flags.common import COMPARE
from app.flags.pack import Level


@dataclass(slots=True)
class Candidate:
    seller_id: str
    rule_id: str
    kind: str
    severity: str
    metric: str | None
    value: float | None
    threshold: float | None
    window_days: int | None
    pack_id: str
    evidence: dict[str, Any] = field(default_factory=dict)
    message_args: dict[str, Any] = field(default_factory=dict)
    value_at_stake: int | None = None  # money in ten-thousandths
    # The evidence already encoded (as lifecycle encodes `evidence`), by rules that build
    # it for many flags at once; `evidence` is then left empty.
    evidence_json: str | None = None


def grade(values: np.ndarray, levels: tuple[Level, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Per value: the index of the worst level whose condition holds (-1: none) and that
    level's threshold. `levels` come worst first; NaN (not enough data) never holds."""
    hit = np.full(values.shape, -1, dtype=np.int64)
    threshold = np.full(values.shape, np.nan)
    present = ~np.isnan(values)
    # Compared at 12 significant places: a line is a line (4.0% exactly is not above 4%)
    # even when binary fractions put a ratio a hair beside it.
    values = np.round(values, 12)
    for index in range(len(levels) - 1, -1, -1):  # mildest first, worse ones overwrite
        level = levels[index]
        holds = np.zeros(values.shape, dtype=bool)
        holds[present] = COMPARE[level.op](values[present], level.value)
        hit[holds] = index
        threshold[holds] = level.value
    return hit, threshold

