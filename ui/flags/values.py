"""How a flag's numbers read: rates as percentages, counts as integers, evidence in words.

The engine keeps rates as fractions (0.043 is 4.3%); which metrics are rates is decided by
name, the way the rule pack names them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ui import formatting
from ui.flags.words import FlagWords

_COUNT_METRICS = frozenset({"violation_points", "ahr", "orders", "visitors", "points"})


def is_rate(metric: str | None) -> bool:
    """A fraction shown as a percentage (rates, shares, growth)."""
    return bool(metric) and any(part in metric for part in ("rate", "share", "growth"))


def metric_value(metric: str | None, value: float | None) -> str:
    if value is None:
        return formatting.NO_VALUE
    if is_rate(metric):
        return formatting.percent(value, 2 if abs(value) < 0.01 else 1)
    if metric in _COUNT_METRICS or float(value).is_integer():
        return formatting.integer(round(value))
    return formatting.decimal(value, 2)


def evidence_text(evidence: Mapping[str, Any], words: FlagWords) -> str:
    """"late dispatches 9 · shipped orders 210": the counts behind the flag, in order."""
    parts = []
    for key, value in evidence.items():
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int):
            shown = formatting.integer(value)
        elif isinstance(value, float):
            shown = metric_value(key, value)
        elif isinstance(value, str):
            shown = value
        elif isinstance(value, list | tuple):
            shown = ", ".join(str(v) for v in value[:5]) + ("…" if len(value) > 5 else "")
        else:
            continue
        parts.append(f"{words.evidence_key(key)} {shown}")
    return " · ".join(parts)
