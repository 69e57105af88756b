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
_MONEY_KEYS = frozenset({"gmv", "gmv_prev"})
_RATE_KEYS = frozenset({"category_q3"})
_DATE_KEYS = frozenset({"last_order", "last_contact"})


def is_rate(metric: str | None) -> bool:
    """A fraction shown as a percentage (rates, shares, growth)."""
    return bool(metric) and any(part in metric for part in ("rate", "share", "growth"))


def metric_value(metric: str | None, value: float | None) -> str:
    if value is None:
        return formatting.NO_VALUE
    if metric == "status":
        return ""  # a yes/no rule (restricted or suspended): its 1 says nothing
    if is_rate(metric):
        return formatting.percent(value, 2 if abs(value) < 0.01 else 1)
    if metric in _COUNT_METRICS or float(value).is_integer():
        return formatting.integer(round(value))
    return formatting.decimal(value, 2)


def evidence_text(evidence: Mapping[str, Any], words: FlagWords, currency: str = "") -> str:
    """"late dispatches 9 · shipped orders 210": the numbers behind the flag, in order."""
    parts = []
    for key, value in evidence.items():
        shown = _evidence_value(key, value, words, currency)
        if shown:
            parts.append(f"{words.evidence_key(key)} {shown}")
    return " · ".join(parts)


def _evidence_value(key: str, value: Any, words: FlagWords, currency: str) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        if key in _MONEY_KEYS:
            return formatting.money(int(value), currency, 0)  # ten-thousandths, as stored
        return metric_value("rate" if key in _RATE_KEYS else key, float(value))
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value[:5]) + ("…" if len(value) > 5 else "")
    return _evidence_word(key, value, words) if isinstance(value, str) else ""


def _evidence_word(key: str, value: str, words: FlagWords) -> str:
    if key in _DATE_KEYS:
        return formatting.date(value[:10])
    if key == "missing":
        return words.metric(value)
    return words.seller_status(value) if key == "status" else value
