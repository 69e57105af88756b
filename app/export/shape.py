"""Cache rows back into the contract's item shapes (nested fields, money as decimal text)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from db.repositories.feed_upserts import MONEY_FIELDS
from db.units import MONEY_SCALE

_SCALE_DIGITS = len(str(MONEY_SCALE)) - 1


def money_text(units: int) -> str:
    """Fixed-point ten-thousandths to the shortest decimal with at least two places."""
    sign = "-" if units < 0 else ""
    whole, fraction = divmod(abs(units), MONEY_SCALE)
    digits = f"{fraction:0{_SCALE_DIGITS}d}".rstrip("0").ljust(2, "0")
    return f"{sign}{whole}.{digits}"


def money_decimal(units: int) -> Decimal:
    return Decimal(units).scaleb(-_SCALE_DIGITS)


def _seller(row: dict[str, Any]) -> dict[str, Any]:
    item = {k: v for k, v in row.items() if not k.startswith(("contact_", "health_"))}
    item["contact"] = {k.removeprefix("contact_"): v for k, v in row.items()
                       if k.startswith("contact_")}
    item["health"] = {k.removeprefix("health_"): v for k, v in row.items()
                      if k.startswith("health_")}
    item["assigned"] = bool(row["assigned"])
    ordered = {}
    for key in ("seller_id", "shop_name", "shop_code", "marketplace", "region", "category",
                "tier", "status", "currency", "timezone", "onboarded_on", "contact", "health",
                "assigned", "version", "updated_at"):
        ordered[key] = item[key]
    return ordered


def _metric(row: dict[str, Any]) -> dict[str, Any]:
    for field in MONEY_FIELDS:
        row[field] = money_text(row[field])
    return row


def _outreach(row: dict[str, Any]) -> dict[str, Any]:
    row["deleted"] = bool(row["deleted"])
    return row


SHAPERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "sellers": _seller,
    "metrics": _metric,
    "outreach": _outreach,
}


def shape(feed: str, row: dict[str, Any]) -> dict[str, Any]:
    shaper = SHAPERS.get(feed)
    return shaper(row) if shaper else row


def flatten(item: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become dotted columns (contact.name); lists stay whole, as JSON."""
    flat: dict[str, Any] = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat
