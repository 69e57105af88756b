"""Access and refresh tokens of the sandbox (contract section 2), kept in memory.

Rotation: a refresh answers a new pair and retires the refresh token it was given, but
only once the new pair is first used. A client killed between receiving the pair and
saving it can still recover with the old token; the moment the new pair proves it was
received, the old token stops working.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sandbox import errors

REFRESH_TOKEN_TTL = 30 * 86400


@dataclass
class _Pair:
    manager_id: str
    access_token: str
    access_expires_at: float
    refresh_token: str
    refresh_expires_at: float
    parent: _Pair | None  # the pair whose refresh token bought this one
    used: bool = False
    # Spent: a child pair has been used, or refresh tokens were revoked.
    superseded: bool = False


class TokenStore:
    """Issues and checks tokens; thread-safe; `clock` is Unix seconds (tests may fake it)."""

    def __init__(
        self,
        access_ttl: Callable[[], int],
        clock: Callable[[], float] = time.time,
        refresh_ttl: int = REFRESH_TOKEN_TTL,
    ) -> None:
        self._access_ttl = access_ttl
        self._clock = clock
        self._refresh_ttl = refresh_ttl
        self._lock = threading.Lock()
        self._by_access: dict[str, _Pair] = {}
        self._by_refresh: dict[str, _Pair] = {}

    def issue(self, manager_id: str) -> dict[str, Any]:
        """A fresh pair after a password grant."""
        with self._lock:
            return self._issue(manager_id, parent=None)

    def refresh(self, refresh_token: str) -> dict[str, Any]:
        with self._lock:
            pair = self._by_refresh.get(refresh_token)
            now = self._clock()
            if pair is None or pair.superseded or now >= pair.refresh_expires_at:
                raise errors.ApiError(errors.TOKEN_INVALID, "invalid_grant")
            self._mark_used(pair)
            return self._issue(pair.manager_id, parent=pair)

    def check_access(self, access_token: str) -> str:
        """The manager_id behind a usable access token, else 40102 / 40103."""
        with self._lock:
            pair = self._by_access.get(access_token)
            if pair is None:
                raise errors.ApiError(errors.TOKEN_INVALID, "access token invalid or revoked")
            if self._clock() >= pair.access_expires_at:
                raise errors.ApiError(errors.TOKEN_EXPIRED, "access token expired")
            self._mark_used(pair)
            return pair.manager_id

    def revoke_refresh_tokens(self) -> int:
        """Revoke every refresh token (access tokens live on until they expire)."""
        with self._lock:
            count = 0
            for pair in self._by_refresh.values():
                if not pair.superseded:
                    count += 1
                pair.superseded = True
            return count

    def _issue(self, manager_id: str, parent: _Pair | None) -> dict[str, Any]:
        now = self._clock()
        self._prune(now)
        pair = _Pair(
            manager_id=manager_id,
            access_token=secrets.token_urlsafe(32),
            access_expires_at=int(now) + max(int(self._access_ttl()), 0),
            refresh_token=secrets.token_urlsafe(48),
            refresh_expires_at=int(now) + self._refresh_ttl,
            parent=parent,
        )
        self._by_access[pair.access_token] = pair
        self._by_refresh[pair.refresh_token] = pair
        return {
            "access_token": pair.access_token,
            "access_token_expires_at": int(pair.access_expires_at),
            "refresh_token": pair.refresh_token,
            "refresh_token_expires_at": int(pair.refresh_expires_at),
            "manager_id": manager_id,
        }

    @staticmethod
    def _mark_used(pair: _Pair) -> None:
        if pair.used:
            return
        pair.used = True
        if pair.parent is not None:
            pair.parent.superseded = True
            # The parent only had to survive until this pair arrived; let it be collected.
            pair.parent = None

    def _prune(self, now: float) -> None:
        if len(self._by_refresh) < 20_000:
            return
        for token, pair in list(self._by_refresh.items()):
            if now >= pair.refresh_expires_at or pair.superseded:
                del self._by_refresh[token]
                if now >= pair.access_expires_at + 86400:
                    self._by_access.pop(pair.access_token, None)
