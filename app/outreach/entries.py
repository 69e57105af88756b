"""Checking what the user typed, and turning cache rows into OutreachEntry values."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.errors import UsageError
from app.outreach.model import EDITABLE_FIELDS, OUTCOMES, OutreachEntry
from app.outreach.queue import loads

DURATION_MAX = 86_400


def check_choice(name: str, value: Any, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise UsageError(f"Unknown {name} '{value}': use one of {', '.join(allowed)}.")


def check_duration(value: int | None) -> None:
    if value is not None and not 0 <= value <= DURATION_MAX:
        raise UsageError(f"Duration must be between 0 and {DURATION_MAX} seconds.")


def normalise_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """The editable fields in the cache's form (dates as text, empty text for no text)."""
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise UsageError(f"Cannot change {', '.join(unknown)}; an entry's editable fields "
                         f"are {', '.join(EDITABLE_FIELDS)}.")
    found: dict[str, Any] = {}
    for name, given in changes.items():
        value = given
        if name == "outcome":
            check_choice("outcome", value, OUTCOMES)
        elif name == "follow_up_on":
            value = date_text(given)
        elif name in ("summary", "notes"):
            value = given or ""
        elif name == "program_id":
            value = given or None
        found[name] = value
    return found


def date_text(value: dt.date | str | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"'{value}' is not a date; use YYYY-MM-DD.") from None


def to_entry(row: dict[str, Any]) -> OutreachEntry:
    return OutreachEntry(
        client_id=row["client_id"],
        activity_id=row["activity_id"],
        seller_id=row["seller_id"],
        shop_name=row["shop_name"],
        author_id=row["author_id"],
        mine=bool(row["mine"]),
        channel=row["channel"],
        direction=row["direction"],
        occurred_at=row["occurred_at"],
        duration_seconds=row["duration_seconds"],
        outcome=row["outcome"],
        program_id=row["program_id"],
        summary=row["summary"] or "",
        notes=row["notes"] or "",
        follow_up_on=row["follow_up_on"],
        follow_up_done=row["follow_up_done_at"] is not None,
        follow_up_snoozed_until=row["follow_up_snoozed_until"],
        deleted=bool(row["deleted"]),
        outbox_state=row["outbox_state"],
        outbox_error=row["outbox_error"],
        outbox_attempts=row["outbox_attempts"] or 0,
        flag_id=row["flag_id"],
        snapshot=loads(row["snapshot"]) or {},
    )


def editable(values: dict[str, Any]) -> dict[str, Any]:
    return {name: values.get(name) for name in EDITABLE_FIELDS}
