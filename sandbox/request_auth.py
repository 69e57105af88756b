"""Checks every /api/v1 request makes before any handler runs (contract section 2).

Order matters and is part of the contract's behaviour: app_key known, timestamp inside the
window, signature valid; the access token is checked by the caller after these.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable
from urllib.parse import parse_qsl

from app.platform.signing import sign, signatures_match
from sandbox import errors

MAX_PAST_SECONDS = 300
MAX_FUTURE_SECONDS = 30


def decode_query(query: str) -> dict[str, str]:
    """Query parameters as decoded text, the form they are signed in."""
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=False,
                          errors="strict")
    except (UnicodeDecodeError, ValueError) as exc:
        raise errors.invalid("query string is not valid UTF-8") from exc
    params: dict[str, str] = {}
    for key, value in pairs:
        if key in params:
            # Two values for one key make the string to sign ambiguous.
            raise errors.invalid(f"duplicate query parameter {key}")
        params[key] = value
    return params


class RequestVerifier:
    def __init__(
        self, app_key: str, app_secret: str, clock: Callable[[], float] = time.time
    ) -> None:
        self.app_key = app_key
        self.app_secret = app_secret
        self._clock = clock

    def verify(self, path: str, params: dict[str, str], body: bytes) -> None:
        app_key = params.get("app_key")
        if not app_key:
            raise errors.invalid("missing query parameter app_key")
        if not hmac.compare_digest(app_key.encode("utf-8"), self.app_key.encode("utf-8")):
            raise errors.ApiError(errors.BAD_SIGNATURE, f"unknown app_key {app_key}")
        raw_ts = params.get("timestamp")
        if raw_ts is None:
            raise errors.invalid("missing query parameter timestamp")
        try:
            timestamp = int(raw_ts)
        except ValueError as exc:
            raise errors.invalid("timestamp must be Unix seconds (an integer)") from exc
        now = self._clock()
        if timestamp < now - MAX_PAST_SECONDS or timestamp > now + MAX_FUTURE_SECONDS:
            raise errors.ApiError(
                errors.TIMESTAMP_WINDOW,
                f"timestamp {timestamp} is outside the window (server time {int(now)}, "
                f"-{MAX_PAST_SECONDS} s / +{MAX_FUTURE_SECONDS} s): check the clock",
            )
        given = params.get("sign")
        if not given:
            raise errors.invalid("missing query parameter sign")
        if not signatures_match(sign(path, params, body, self.app_secret), given):
            raise errors.ApiError(errors.BAD_SIGNATURE, "bad signature")
