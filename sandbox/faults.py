"""Fault injection for the sandbox: what a flaky real platform does to a client.

One FaultConfig is shared by the server and the test that drives it; a test flips faults
on and off while uvicorn serves, so every read and change happens under one lock. The
decisions draw from seeded generators, so a given seed and request order reproduce the
same faults (latency jitter has its own generator: turning latency on must not shift
the sequence of failures a test relies on).
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections import deque
from dataclasses import dataclass, field, fields
from typing import Any

from sandbox import errors

# Kinds of malformed feed bodies, served in this rotation so a short test sees them all.
MALFORMED_KINDS: tuple[str, ...] = (
    "truncated",
    "html_200",
    "html_502",
    "wrong_type",
    "missing_field",
    "no_data",
)

_RATES = ("fail_rate", "malformed_rate")
_COUNTS = ("storm_every", "storm_length", "retry_after", "token_ttl", "cursor_expiry_every",
           "rate_limit", "seed")


@dataclass(frozen=True)
class Injected:
    """A fault that answers the request instead of the handler."""

    code: int
    message: str
    retry_after: int | None = None


@dataclass(frozen=True)
class RateVerdict:
    limit: int
    remaining: int
    retry_after: int | None  # set when the request is over the limit

    def headers(self) -> dict[str, str]:
        return {"X-RateLimit-Limit": str(self.limit), "X-RateLimit-Remaining": str(self.remaining)}


@dataclass
class FaultConfig:
    latency_ms: float = 0.0
    fail_rate: float = 0.0
    storm_every: int = 0
    storm_length: int = 0
    retry_after: int = 1
    malformed_rate: float = 0.0
    token_ttl: int = 7200
    cursor_expiry_every: int = 0
    rate_limit: int = 50
    seed: int = 0

    _lock: threading.RLock = field(default_factory=threading.RLock, init=False, repr=False,
                                   compare=False)
    _rng: random.Random = field(init=False, repr=False, compare=False)
    _jitter: random.Random = field(init=False, repr=False, compare=False)
    _requests: int = field(default=0, init=False, repr=False, compare=False)
    _storm_left: int = field(default=0, init=False, repr=False, compare=False)
    _feed_pages: int = field(default=0, init=False, repr=False, compare=False)
    _malformed_turn: int = field(default=0, init=False, repr=False, compare=False)
    _windows: dict[str, deque[float]] = field(default_factory=dict, init=False, repr=False,
                                              compare=False)

    def __post_init__(self) -> None:
        self._check(self.settings())
        self._reseed()

    # -- configuration -------------------------------------------------------------

    @staticmethod
    def field_names() -> tuple[str, ...]:
        return tuple(f.name for f in fields(FaultConfig) if not f.name.startswith("_"))

    def settings(self) -> dict[str, Any]:
        with self._lock:
            return {name: getattr(self, name) for name in self.field_names()}

    def update(self, **changes: Any) -> None:
        """Change settings atomically; counters restart where their schedule changed."""
        unknown = sorted(set(changes) - set(self.field_names()))
        if unknown:
            raise ValueError(f"unknown fault setting(s): {', '.join(unknown)}")
        coerced = {name: _coerce(name, value) for name, value in changes.items()}
        with self._lock:
            self._check({**self.settings(), **coerced})
            for name, value in coerced.items():
                setattr(self, name, value)
            # A test that sets "every 3rd request" means counting from now, not from
            # whatever the server served before.
            if {"storm_every", "storm_length"} & coerced.keys():
                self._requests = 0
                self._storm_left = 0
            if "cursor_expiry_every" in coerced:
                self._feed_pages = 0
            if "rate_limit" in coerced:
                self._windows.clear()
            if "seed" in coerced:
                self._reseed()

    def _reseed(self) -> None:
        self._rng = random.Random(self.seed)
        self._jitter = random.Random(self.seed ^ 0x5EED)
        self._malformed_turn = 0

    @staticmethod
    def _check(values: dict[str, Any]) -> None:
        for name in _RATES:
            if not 0.0 <= values[name] <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        for name in (*_COUNTS, "latency_ms"):
            if name != "seed" and values[name] < 0:
                raise ValueError(f"{name} must not be negative")

    # -- decisions, one call per event ---------------------------------------------

    def latency_seconds(self) -> float:
        with self._lock:
            if self.latency_ms <= 0:
                return 0.0
            return self.latency_ms * self._jitter.uniform(0.75, 1.25) / 1000.0

    def inject(self) -> Injected | None:
        """Decide whether this /api/v1 request fails before any work is done."""
        with self._lock:
            self._requests += 1
            in_storm = False
            if self._storm_left > 0:
                self._storm_left -= 1
                in_storm = True
            elif self.storm_every > 0 and self.storm_length > 0 and (
                self._requests % self.storm_every == 0
            ):
                self._storm_left = self.storm_length - 1
                in_storm = True
            if self.fail_rate > 0 and self._rng.random() < self.fail_rate:
                if self._rng.random() < 0.5:
                    return Injected(errors.INTERNAL_ERROR, "internal error (injected)")
                return Injected(errors.UNAVAILABLE, "service unavailable (injected)")
            if in_storm:
                return Injected(errors.RATE_LIMITED, "rate limited (injected storm)",
                                self.retry_after)
            return None

    def take_rate(self, key: str, now: float | None = None) -> RateVerdict | None:
        """Count a request against `key`'s one-second window; None when limits are off."""
        now = time.monotonic() if now is None else now
        with self._lock:
            limit = self.rate_limit
            if limit <= 0:
                return None
            window = self._window(key, now)
            if len(window) >= limit:
                wait = math.ceil(window[0] + 1.0 - now)
                return RateVerdict(limit, 0, max(wait, 1))
            window.append(now)
            return RateVerdict(limit, limit - len(window), None)

    def peek_rate(self, key: str, now: float | None = None) -> RateVerdict | None:
        """The window's state without counting (for answers that never reached the limiter)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            limit = self.rate_limit
            if limit <= 0:
                return None
            return RateVerdict(limit, max(limit - len(self._window(key, now)), 0), None)

    def _window(self, key: str, now: float) -> deque[float]:
        if len(self._windows) > 4096:
            # Tokens come and go; forget the ones idle for a full window.
            for stale in [k for k, w in self._windows.items() if not w or w[-1] < now - 1.0]:
                del self._windows[stale]
        window = self._windows.setdefault(key, deque())
        while window and window[0] <= now - 1.0:
            window.popleft()
        return window

    def malformed_kind(self) -> str | None:
        """For a successful feed page: which malformation replaces its body, if any."""
        with self._lock:
            if self.malformed_rate <= 0 or self._rng.random() >= self.malformed_rate:
                return None
            kind = MALFORMED_KINDS[self._malformed_turn % len(MALFORMED_KINDS)]
            self._malformed_turn += 1
            return kind

    def feed_page_served(self) -> bool:
        """Count a served feed page; True when all outstanding cursors expire now."""
        with self._lock:
            if self.cursor_expiry_every <= 0:
                return False
            self._feed_pages += 1
            return self._feed_pages % self.cursor_expiry_every == 0


def _coerce(name: str, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{name} must be a number")
    try:
        if name in _RATES or name == "latency_ms":
            number = float(value)
            if not math.isfinite(number):
                raise ValueError(f"{name} must be finite")
            return number
        number = float(value)
    except ValueError as exc:
        raise ValueError(f"{name} must be a number") from exc
    if not math.isfinite(number) or number != int(number):
        raise ValueError(f"{name} must be a whole number")
    return int(number)
