"""How hard the client tries before it reports a failure (no network imports: the window
reads this at start, long before anything is sent)."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 6
    # A refused connection usually means offline: say so quickly instead of backing off long.
    connection_attempts: int = 3
    base_delay: float = 0.2
    max_delay: float = 8.0
    rate_limit_waits: int = 30
    max_retry_after: float = 120.0
    connect_timeout: float = 5.0
    read_timeout: float = 30.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        return rng.uniform(0, min(self.max_delay, self.base_delay * (2**attempt)))
