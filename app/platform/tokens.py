"""Access and refresh tokens: password sign-in once, then live on rotating refresh tokens.

The access token is kept in memory only. A new refresh token is written to the keyring
before the new access token is used: the platform keeps the old refresh token valid until
the new pair is first used, so a process killed in between can still recover.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from app.errors import KnownError, NeedsSignIn
from app.platform import errors
from app.platform.payloads import TOKEN_ADAPTER
from app.platform.transport import Transport
from app.redaction import register_secret
from app.secrets import Secret, SecretStore

OAUTH_ENDPOINT = "/api/v1/oauth/token"
# Refresh a little early so a long page request does not start with a dying token, but
# never so early that a short-lived token is refreshed before every call.
EXPIRY_MARGIN_SECONDS = 30.0
EXPIRY_MARGIN_SHARE = 0.1


class SignInRefused(KnownError):
    """The platform refused the username or password at sign-in."""


class TokenManager:
    def __init__(
        self,
        transport: Transport,
        secrets: SecretStore,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._transport = transport
        self._secrets = secrets
        self._clock = clock
        self._lock = threading.Lock()
        self._access_token: str | None = None
        self._access_expires_at = 0.0
        self._refresh_at = 0.0
        self.manager_id: str | None = None

    def sign_in(self, username: str, password: str) -> dict[str, Any]:
        body = {"grant_type": "password", "username": username, "password": password}
        try:
            grant = self._transport.request("POST", OAUTH_ENDPOINT, body=body,
                                            adapter=TOKEN_ADAPTER).data
        except errors.SessionEnded as error:
            raise SignInRefused(
                "Sign-in refused: the username or password is wrong"
                + (f" (request id {error.request_id})" if error.request_id else "")
            ) from error
        self._accept(grant)
        return grant

    def access_token(self) -> str:
        with self._lock:
            if self._access_token is None or self._clock() >= self._refresh_at:
                self._refresh_locked()
            assert self._access_token is not None
            return self._access_token

    def refresh(self, stale_token: str | None = None) -> None:
        """Refresh, unless another thread already replaced `stale_token` meanwhile."""
        with self._lock:
            if stale_token is not None and self._access_token not in (None, stale_token):
                return
            self._refresh_locked()

    def forget(self) -> None:
        with self._lock:
            self._access_token = None
            self._access_expires_at = self._refresh_at = 0.0

    def _refresh_locked(self) -> None:
        refresh_token = self._secrets.get(Secret.REFRESH_TOKEN)
        if not refresh_token:
            raise NeedsSignIn("Not signed in on this profile; run `sellerdesk login` first.")
        try:
            grant = self._grant(refresh_token)
        except errors.SessionEnded as error:
            # Another client of this profile (the window's push beside a command, say) may
            # have rotated the token between our read and our call: its successor is in the
            # keyring by now, and is worth one more try.
            latest = self._secrets.get(Secret.REFRESH_TOKEN)
            if not latest or latest == refresh_token:
                raise self._ended(error) from error
            try:
                grant = self._grant(latest)
            except errors.SessionEnded as again:
                raise self._ended(again) from again
        self._accept(grant)

    def _grant(self, refresh_token: str) -> dict[str, Any]:
        body = {"grant_type": "refresh_token", "refresh_token": refresh_token}
        return self._transport.request("POST", OAUTH_ENDPOINT, body=body,
                                       adapter=TOKEN_ADAPTER).data

    def _ended(self, error: errors.SessionEnded) -> errors.SessionEnded:
        self._access_token = None
        return errors.SessionEnded(
            "Your sign-in has ended (the refresh token was revoked or expired); "
            "run `sellerdesk login` again. Nothing saved locally is lost",
            request_id=error.request_id,
        )

    def _accept(self, grant: dict[str, Any]) -> None:
        register_secret(grant["refresh_token"])
        register_secret(grant["access_token"])
        self._secrets.set(Secret.REFRESH_TOKEN, grant["refresh_token"])
        self._access_token = grant["access_token"]
        self._access_expires_at = float(grant["access_token_expires_at"])
        lifetime = max(0.0, self._access_expires_at - self._clock())
        self._refresh_at = self._access_expires_at - min(EXPIRY_MARGIN_SECONDS,
                                                         lifetime * EXPIRY_MARGIN_SHARE)
        self.manager_id = grant["manager_id"]
