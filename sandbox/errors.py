"""The contract's error codes (section 3) and the exception that carries one to the wire."""

from __future__ import annotations

from typing import Any

OK = 0
INVALID_PARAMETER = 40001
BAD_SIGNATURE = 40101
TOKEN_EXPIRED = 40102
TOKEN_INVALID = 40103
TIMESTAMP_WINDOW = 40104
NOT_IN_PORTFOLIO = 40301
NOT_FOUND = 40401
VERSION_CONFLICT = 40901
VALIDATION_FAILED = 42201
IDEMPOTENCY_MISMATCH = 42202
RATE_LIMITED = 42901
INTERNAL_ERROR = 50001
UNAVAILABLE = 50301

# The HTTP status always follows from the code, so nothing can answer one without the other.
HTTP_STATUS: dict[int, int] = {
    INVALID_PARAMETER: 400,
    BAD_SIGNATURE: 401,
    TOKEN_EXPIRED: 401,
    TOKEN_INVALID: 401,
    TIMESTAMP_WINDOW: 401,
    NOT_IN_PORTFOLIO: 403,
    NOT_FOUND: 404,
    VERSION_CONFLICT: 409,
    VALIDATION_FAILED: 422,
    IDEMPOTENCY_MISMATCH: 422,
    RATE_LIMITED: 429,
    INTERNAL_ERROR: 500,
    UNAVAILABLE: 503,
}


def http_status(code: int) -> int:
    return HTTP_STATUS.get(code, 200)


class ApiError(Exception):
    """An answer with a non-zero code; `data` is what the envelope carries (often None)."""

    def __init__(
        self,
        code: int,
        message: str,
        data: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message
        self.data = data
        self.headers = headers or {}

    @property
    def status(self) -> int:
        return http_status(self.code)


def invalid(message: str) -> ApiError:
    return ApiError(INVALID_PARAMETER, message)


def validation_failed(errors: list[dict[str, str]]) -> ApiError:
    return ApiError(VALIDATION_FAILED, "validation failed", {"errors": errors})
