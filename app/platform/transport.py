"""Signed requests with retries, one keep-alive session, and envelope validation.

Transient failures (5xx, timeouts, refused connections, a garbled body) are retried with
full-jitter exponential backoff; 429 waits for Retry-After. Everything else becomes the
typed error of app.platform.errors, carrying the request id and the request it came from.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import orjson
import requests
from pydantic import TypeAdapter, ValidationError

from app.platform import errors
from app.platform.endpoint import is_loopback_host, normalise_base_url
from app.platform.payloads import ANY_ADAPTER, ERROR_ADAPTER
from app.platform.retry import RetryPolicy
from app.platform.signing import sign

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"


@dataclass(frozen=True)
class ApiResponse:
    data: Any
    request_id: str | None
    status: int


class _Transient(Exception):
    """Internal signal to retry; never escapes Transport.request."""

    def __init__(self, error: errors.PlatformError, wait: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.wait = wait
        self.refused = False


def _retry_after_seconds(value: str | None) -> float:
    if not value:
        return 1.0
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return 1.0


def describe_validation(error: ValidationError) -> str:
    first = error.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "body"
    more = error.error_count() - 1
    suffix = f" (and {more} more)" if more > 0 else ""
    return f"field {location}: {first['msg']}{suffix}"


class Transport:
    def __init__(
        self,
        base_url: str,
        app_key: str,
        app_secret: str,
        *,
        allow_insecure_http: bool = False,
        policy: RetryPolicy | None = None,
        session: requests.Session | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        compress: bool | None = None,
    ) -> None:
        self.base_url = normalise_base_url(base_url, allow_insecure_http=allow_insecure_http)
        if compress is None:
            # Over loopback, compressing costs both sides CPU and saves no time at all.
            compress = not is_loopback_host(urlsplit(self.base_url).hostname or "")
        self.app_key = app_key
        self._app_secret = app_secret
        self.policy = policy or RetryPolicy()
        self.session = session or requests.Session()
        self.session.headers["Accept-Encoding"] = "gzip" if compress else "identity"
        self.session.headers["User-Agent"] = "SellerDesk/0.1"
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._url_path_prefix = urlsplit(self.base_url).path

    def close(self) -> None:
        self.session.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: Any = None,
        access_token: str | None = None,
        headers: Mapping[str, str] | None = None,
        adapter: TypeAdapter[Any] = ANY_ADAPTER,
    ) -> ApiResponse:
        """Send one API call, retrying what is transient; `path` starts with /api/v1."""
        payload = orjson.dumps(body) if body is not None else b""
        where = f"{method} {path}"
        failures = 0
        rate_limited = 0
        while True:
            try:
                return self._attempt(method, path, params, payload, access_token, headers,
                                     adapter, where)
            except _Transient as transient:
                if transient.wait is not None:
                    rate_limited += 1
                    if rate_limited > self.policy.rate_limit_waits:
                        raise transient.error from None
                    delay = min(transient.wait, self.policy.max_retry_after)
                else:
                    failures += 1
                    limit = (self.policy.connection_attempts if transient.refused
                             else self.policy.attempts)
                    if failures >= limit:
                        raise transient.error from None
                    delay = self.policy.backoff(failures - 1, self._rng)
                log.warning("%s; retrying in %.2f s", transient.error, delay)
                self._sleep(delay)

    def _attempt(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None,
        payload: bytes,
        access_token: str | None,
        headers: Mapping[str, str] | None,
        adapter: TypeAdapter[Any],
        where: str,
    ) -> ApiResponse:
        signed_path = f"{self._url_path_prefix}{path}"
        query = dict(params or {})
        query["app_key"] = self.app_key
        query["timestamp"] = str(int(self._clock()))
        query["sign"] = sign(signed_path, query, payload, self._app_secret)
        request_headers = dict(headers or {})
        if payload:
            request_headers["Content-Type"] = "application/json"
        if access_token is not None:
            request_headers["x-access-token"] = access_token
        started = time.perf_counter()
        try:
            response = self.session.request(
                method,
                f"{self.base_url}{path}",
                params=query,
                data=payload or None,
                headers=request_headers,
                timeout=(self.policy.connect_timeout, self.policy.read_timeout),
            )
            content = response.content
        except requests.Timeout as error:
            raise _Transient(errors.Unreachable(
                f"The platform at {self.base_url} did not answer in time", where=where)) from error
        except requests.ConnectionError as error:
            transient = _Transient(errors.Unreachable(
                f"Cannot reach the platform at {self.base_url}: {_reason(error)}; "
                "the local cache stays usable offline", where=where))
            transient.refused = True
            raise transient from error
        request_id = response.headers.get("X-Request-Id")
        log.debug("%s -> %s in %.0f ms (request id %s)", where, response.status_code,
                  (time.perf_counter() - started) * 1000, request_id)
        if response.status_code == 429:
            wait = _retry_after_seconds(response.headers.get("Retry-After"))
            raise _Transient(errors.RateLimited(
                "The platform asked us to slow down", retry_after=wait, code=42901,
                request_id=request_id, where=where), wait=wait)
        if response.status_code < 300:
            try:
                envelope = adapter.validate_json(content)
            except ValidationError as error:
                code = _error_code(content)
                if code not in (None, 0):
                    return self._raise_for_code(code, content, response, where)
                raise _Transient(errors.ProtocolError(
                    f"The platform sent a malformed response: {describe_validation(error)}",
                    request_id=request_id or _body_request_id(content), where=where)) from error
            return ApiResponse(envelope["data"], envelope["request_id"], response.status_code)
        return self._raise_for_code(_error_code(content), content, response, where)

    def _raise_for_code(
        self, code: int | None, content: bytes, response: requests.Response, where: str
    ) -> ApiResponse:
        request_id = response.headers.get("X-Request-Id") or _body_request_id(content)
        if code is None:
            error = errors.ProtocolError(
                f"The platform answered HTTP {response.status_code} without the API envelope",
                request_id=request_id, where=where)
            if response.status_code >= 500:
                raise _Transient(error)
            raise error
        envelope = ERROR_ADAPTER.validate_json(content)
        raise_for_error_code(code, envelope.get("message", ""), envelope.get("data"),
                             request_id=envelope.get("request_id") or request_id, where=where,
                             retry_after=response.headers.get("Retry-After"))
        raise AssertionError("unreachable")  # pragma: no cover


# code -> (error type, words for the user); "{message}" is the platform's own message.
_ERRORS_BY_CODE: dict[int, tuple[type[errors.PlatformError], str]] = {
    40001: (errors.InvalidParameter, "The platform refused a parameter: {message}"),
    40101: (errors.BadSignature,
            "The platform refused the request signature: the app secret is probably wrong; "
            "check it and sign in again"),
    40102: (errors.AccessTokenExpired, "Access token expired"),
    40104: (errors.ClockSkew,
            "The platform says this computer's clock is wrong; set the date and time "
            "automatically and try again"),
    40301: (errors.NotInPortfolio, "That seller is not in your portfolio ({message})"),
    40401: (errors.NotFound, "Not found on the platform ({message})"),
    40901: (errors.VersionConflict, "Someone else changed this first"),
    42201: (errors.ValidationRejected, "The platform rejected the data: {message}"),
    42202: (errors.IdempotencyMisuse,
            "An idempotency key was reused with a different body (a SellerDesk bug)"),
}


def raise_for_error_code(
    code: int, message: str, data: Any, *, request_id: str | None, where: str,
    retry_after: str | None = None,
) -> None:
    ctx: dict[str, Any] = {"code": code, "request_id": request_id, "where": where, "data": data}
    if 50000 <= code < 60000:
        raise _Transient(errors.ServerUnavailable(
            f"The platform had a temporary failure ({code} {message})", **ctx))
    if code == 42901:
        wait = _retry_after_seconds(retry_after)
        raise _Transient(errors.RateLimited("The platform asked us to slow down",
                                            retry_after=wait, **ctx), wait=wait)
    if code == 40001 and message == "cursor_expired":
        raise errors.CursorExpired("The platform no longer honours our feed position", **ctx)
    if code == 40103:
        raise errors.SessionEnded(
            "Your sign-in is no longer valid (revoked or expired); sign in again",
            request_id=request_id)
    kind, words = _ERRORS_BY_CODE.get(
        code, (errors.PlatformError, f"The platform answered error {code}: {{message}}"))
    raise kind(words.format(message=message), **ctx)


def _error_code(content: bytes) -> int | None:
    try:
        parsed = orjson.loads(content)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("message"), str):
        return None
    code = parsed.get("code")
    return code if isinstance(code, int) and not isinstance(code, bool) else None


def _body_request_id(content: bytes) -> str | None:
    try:
        parsed = orjson.loads(content)
    except orjson.JSONDecodeError:
        return None
    value = parsed.get("request_id") if isinstance(parsed, dict) else None
    return value if isinstance(value, str) else None


def _reason(error: requests.ConnectionError) -> str:
    text = str(error)
    for marker, words in (("Connection refused", "connection refused"),
                          ("Name or service not known", "host name not found"),
                          ("nodename nor servname", "host name not found"),
                          ("timed out", "timed out"),
                          ("CERTIFICATE_VERIFY_FAILED", "its TLS certificate is not trusted")):
        if marker in text:
            return words
    return text.rsplit(":", maxsplit=1)[-1].strip(" )'\"") or "network error"
