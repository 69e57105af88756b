"""Names and small formatters the rule engine and the screens share.

Imports nothing heavy: `app.flags.service` (imported by the window at start-up) reaches it,
so numpy and pydantic stay out until rules actually run or packs are loaded.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from typing import Any

SEVERITY_RANK = {name: rank for rank, name in
                 enumerate(("critical", "high", "medium", "low", "info"))}
COMPARE: dict[str, Callable[[Any, Any], Any]] = {
    ">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le,
    "==": operator.eq, "!=": operator.ne,
}
# Metrics whose minimum volume is money: written in US dollars in the packs, scaled to each
# seller's currency when the rules run (app.flags.money_floors).
MONEY_FLOOR_METRICS = frozenset({"gmv_growth", "content_share"})
FLOOR_CURRENCY = "USD"
# Currencies written without minor units (ISO 4217 exponent 0, or 0 in everyday use).
WHOLE_UNIT_CURRENCIES = frozenset({"VND", "IDR", "JPY", "KRW", "CLP", "PYG", "UGX"})
HEALTH_PARTS = ("fulfilment", "customer_experience", "compliance", "growth")
DEFAULT_WEIGHTS = {"fulfilment": 0.35, "customer_experience": 0.25, "compliance": 0.25,
                   "growth": 0.15}


def percent(value: float | None, digits: int = 1) -> str:
    """0.0429 -> "4.29%" (trailing zeros dropped); "-" for no value."""
    if value is None or math.isnan(value):
        return "-"
    text = f"{float(value) * 100:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}%"


def number(value: float | None) -> str:
    """Thousands separated; decimals only when there are some; "-" for no value."""
    if value is None or math.isnan(value):
        return "-"
    value = float(value)
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
