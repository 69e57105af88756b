"""What can go wrong talking to the platform, each with words the user can act on."""

from __future__ import annotations

from typing import Any

from app.errors import KnownError, NeedsSignIn


class PlatformError(KnownError):
    """The platform answered with an error code, or could not be used."""

    def __init__(
        self,
        message: str,
        *,
        code: int | None = None,
        request_id: str | None = None,
        where: str | None = None,
        data: Any = None,
    ) -> None:
        details = ", ".join(
            part for part in (where, f"request id {request_id}" if request_id else None) if part
        )
        super().__init__(f"{message} ({details})" if details else message)
        self.code = code
        self.request_id = request_id
        self.where = where
        self.data = data


class ProtocolError(PlatformError):
    """The response was not the contract's envelope: nothing from it is stored."""


class Unreachable(PlatformError):
    """Connection refused, DNS failure, timeout: the cache stays usable offline."""


class InvalidParameter(PlatformError):
    pass


class CursorExpired(InvalidParameter):
    pass


class BadSignature(PlatformError):
    pass


class ClockSkew(PlatformError):
    pass


class AccessTokenExpired(PlatformError):
    pass


class SessionEnded(NeedsSignIn):
    """Refresh token revoked or expired, or credentials refused: sign in again."""

    def __init__(self, message: str, *, request_id: str | None = None) -> None:
        super().__init__(f"{message} (request id {request_id})" if request_id else message)
        self.request_id = request_id


class NotInPortfolio(PlatformError):
    pass


class NotFound(PlatformError):
    pass


class VersionConflict(PlatformError):
    """409: `data` holds the platform's current copy."""


class ValidationRejected(PlatformError):
    """422 with `data.errors`: a list of {field, message}."""

    @property
    def field_errors(self) -> list[dict[str, str]]:
        errors = (self.data or {}).get("errors") if isinstance(self.data, dict) else None
        return [e for e in errors or [] if isinstance(e, dict)]


class IdempotencyMisuse(PlatformError):
    """42202: a key reused with another body. A bug on our side; reported, never retried."""


class RateLimited(PlatformError):
    def __init__(self, message: str, *, retry_after: float, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerUnavailable(PlatformError):
    pass
