"""Field checks of the write bodies (contract section 5), collected, never first-error-only.

Every problem becomes one `{field, message}` entry so the client can show the user all of
them at once (42201 `data.errors`). Checks that need the database (does the seller or the
program exist) are the caller's, through the `known_*` sets passed in.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Container
from typing import Any

CHANNELS = frozenset({"call", "email", "chat", "im", "meeting", "sms"})
DIRECTIONS = frozenset({"outbound", "inbound"})
OUTCOMES = frozenset({
    "connected", "no_answer", "voicemail", "interested", "not_interested", "enrolled",
    "follow_up", "escalated",
})
SUMMARY_MAX = 500
NOTES_MAX = 10_000
ENROLLMENT_NOTE_MAX = 1_000
DURATION_MAX = 86_400

OUTREACH_FIELDS = (
    "client_id", "seller_id", "channel", "direction", "occurred_at", "duration_seconds",
    "outcome", "program_id", "summary", "notes", "follow_up_on",
)
OUTREACH_REQUIRED = frozenset({"client_id", "seller_id", "channel", "direction", "occurred_at",
                               "outcome"})
PATCHABLE = ("summary", "notes", "outcome", "follow_up_on", "program_id")
ENROLLMENT_FIELDS = ("seller_id", "program_id", "note")

_RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$"
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Errors = list[dict[str, str]]


def _error(errors: Errors, name: str, message: str) -> None:
    errors.append({"field": name, "message": message})


def is_rfc3339(text: str) -> bool:
    if not _RFC3339.match(text):
        return False
    try:
        dt.datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def is_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _text(limit: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "must be a string"
        if len(value) > limit:
            return f"must be at most {limit} characters (got {len(value)})"
        return None
    return check


def _enum(allowed: frozenset[str]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value not in allowed:
            return f"must be one of: {', '.join(sorted(allowed))}"
        return None
    return check


def _uuid(value: Any) -> str | None:
    if not isinstance(value, str):
        return "must be a UUID string"
    try:
        uuid.UUID(value)
    except ValueError:
        return "must be a UUID"
    return None


def _instant(value: Any) -> str | None:
    if not isinstance(value, str) or not is_rfc3339(value):
        return "must be an RFC 3339 instant such as 2026-11-21T07:40:00Z"
    return None


def _date(value: Any) -> str | None:
    if not isinstance(value, str) or not is_date(value):
        return "must be a date YYYY-MM-DD"
    return None


def _duration(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return "must be an integer number of seconds"
    if not 0 <= value <= DURATION_MAX:
        return f"must be between 0 and {DURATION_MAX}"
    return None


def _seller_id(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return "must be a non-empty string"
    return None


_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "client_id": _uuid,
    "seller_id": _seller_id,
    "channel": _enum(CHANNELS),
    "direction": _enum(DIRECTIONS),
    "occurred_at": _instant,
    "duration_seconds": _duration,
    "outcome": _enum(OUTCOMES),
    "program_id": _seller_id,
    "summary": _text(SUMMARY_MAX),
    "notes": _text(NOTES_MAX),
    "follow_up_on": _date,
    "note": _text(ENROLLMENT_NOTE_MAX),
}


def _check_fields(
    body: dict[str, Any],
    allowed: tuple[str, ...],
    required: frozenset[str],
    errors: Errors,
) -> None:
    for name in body:
        if name not in allowed:
            _error(errors, name, "unknown field" if name else "empty field name")
    for name in allowed:
        value = body.get(name)
        if value is None:
            if name in required:
                _error(errors, name, "is required")
            continue
        problem = _CHECKS[name](value)
        if problem:
            _error(errors, name, problem)


def _check_refs(
    body: dict[str, Any], known_sellers: Container[str] | None, known_programs: Container[str],
    errors: Errors,
) -> None:
    seller = body.get("seller_id")
    if known_sellers is not None and isinstance(seller, str) and seller and (
        seller not in known_sellers
    ):
        _error(errors, "seller_id", f"unknown seller {seller}")
    program = body.get("program_id")
    if isinstance(program, str) and program and program not in known_programs:
        _error(errors, "program_id", f"unknown program {program}")


def outreach_create(
    body: dict[str, Any], known_sellers: Container[str], known_programs: Container[str]
) -> Errors:
    errors: Errors = []
    _check_fields(body, OUTREACH_FIELDS, OUTREACH_REQUIRED, errors)
    _check_refs(body, known_sellers, known_programs, errors)
    return errors


def outreach_patch(body: dict[str, Any], known_programs: Container[str]) -> Errors:
    errors: Errors = []
    for name in body:
        if name not in PATCHABLE:
            _error(errors, name, f"cannot be changed; patchable fields: {', '.join(PATCHABLE)}")
    if not body:
        _error(errors, "", f"nothing to update; patchable fields: {', '.join(PATCHABLE)}")
    # outcome may not be cleared: every activity has one.
    _check_fields({k: v for k, v in body.items() if k in PATCHABLE}, PATCHABLE,
                  frozenset({"outcome"} & body.keys()), errors)
    _check_refs({"program_id": body.get("program_id")}, None, known_programs, errors)
    return errors


def enrollment_create(
    body: dict[str, Any], known_sellers: Container[str], known_programs: Container[str]
) -> Errors:
    errors: Errors = []
    _check_fields(body, ENROLLMENT_FIELDS, frozenset({"seller_id", "program_id"}), errors)
    _check_refs(body, known_sellers, known_programs, errors)
    return errors
