"""Flags as export rows: the columns `sellerdesk export flags` and `sellerdesk flags --format
json` write, with the messages in the chosen language."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from app.flags.service import FlagItem

FLAG_COLUMNS = [
    "seller_id", "shop_name", "shop_code", "rule_id", "kind", "severity", "metric", "value",
    "threshold", "window_days", "message", "distance", "action", "first_seen", "last_seen",
    "status", "snoozed_until", "dismissed_reason", "value_at_stake", "currency", "evidence",
    "flag_id",
]


def flag_row(item: FlagItem, language: str = "en") -> dict[str, Any]:
    return {
        "seller_id": item.seller_id, "shop_name": item.shop_name, "shop_code": item.shop_code,
        "rule_id": item.rule_id, "kind": item.kind, "severity": item.severity,
        "metric": item.metric, "value": item.value, "threshold": item.threshold,
        "window_days": item.window_days, "message": item.message(language),
        "distance": item.distance(language), "action": item.action(language),
        "first_seen": item.first_seen, "last_seen": item.last_seen, "status": item.status,
        "snoozed_until": item.snoozed_until, "dismissed_reason": item.dismissed_reason,
        # Decimal as text: exact, and every writer takes it.
        "value_at_stake": None if item.value_at_stake is None else str(item.value_at_stake),
        "currency": item.currency, "evidence": item.evidence, "flag_id": item.flag_id,
    }


def flag_rows(items: Sequence[FlagItem], language: str = "en") -> Iterator[dict[str, Any]]:
    return (flag_row(item, language) for item in items)
