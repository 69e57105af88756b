"""The Partner API, one method per call of the contract."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from app.platform import errors
from app.platform.payloads import (
    ANY_ADAPTER,
    ME_ADAPTER,
    OUTREACH_ADAPTER,
    PAGE_ADAPTERS,
    PROGRAMS_ADAPTER,
)
from app.platform.tokens import TokenManager
from app.platform.transport import ApiResponse, Transport

DEFAULT_PAGE_SIZES = {"metrics": 500}
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True)
class FeedPage:
    feed: str
    items: list[dict[str, Any]]
    next_cursor: str
    has_more: bool
    request_id: str | None


class PartnerClient:
    def __init__(self, transport: Transport, tokens: TokenManager) -> None:
        self.transport = transport
        self.tokens = tokens

    def close(self) -> None:
        self.transport.close()

    def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        adapter: TypeAdapter[Any] = ANY_ADAPTER,
    ) -> ApiResponse:
        token = self.tokens.access_token()
        try:
            return self.transport.request(method, path, params=params, body=body,
                                          access_token=token, headers=headers, adapter=adapter)
        except errors.AccessTokenExpired:
            # Once, transparently; a second expiry right after a refresh is a real failure.
            self.tokens.refresh(stale_token=token)
            return self.transport.request(method, path, params=params, body=body,
                                          access_token=self.tokens.access_token(),
                                          headers=headers, adapter=adapter)

    def me(self) -> dict[str, Any]:
        return self._call("GET", "/api/v1/me", adapter=ME_ADAPTER).data

    def programs(self) -> list[dict[str, Any]]:
        return self._call("GET", "/api/v1/programs", adapter=PROGRAMS_ADAPTER).data["items"]

    def feed_page(self, feed: str, cursor: str | None, page_size: int | None = None) -> FeedPage:
        params = {"page_size": str(page_size or DEFAULT_PAGE_SIZES.get(feed, 100))}
        if cursor is not None:
            params["cursor"] = cursor
        response = self._call("GET", f"/api/v1/feeds/{feed}", params=params,
                              adapter=PAGE_ADAPTERS[feed])
        data = response.data
        return FeedPage(feed, data["items"], data["next_cursor"], data["has_more"],
                        response.request_id)

    def create_outreach(self, activity: Mapping[str, Any], idempotency_key: str) -> dict[str, Any]:
        return self._call("POST", "/api/v1/outreach", body=dict(activity),
                          headers={"Idempotency-Key": idempotency_key},
                          adapter=OUTREACH_ADAPTER).data

    def update_outreach(
        self, activity_id: str, version: int, changes: Mapping[str, Any], idempotency_key: str
    ) -> dict[str, Any]:
        return self._call("PATCH", f"/api/v1/outreach/{activity_id}", body=dict(changes),
                          headers={"Idempotency-Key": idempotency_key, "If-Match": str(version)},
                          adapter=OUTREACH_ADAPTER).data

    def delete_outreach(self, activity_id: str, version: int, idempotency_key: str) -> Any:
        return self._call("DELETE", f"/api/v1/outreach/{activity_id}",
                          headers={"Idempotency-Key": idempotency_key,
                                   "If-Match": str(version)}).data

    def nominate(
        self, seller_id: str, program_id: str, note: str, idempotency_key: str
    ) -> Any:
        body = {"seller_id": seller_id, "program_id": program_id, "note": note}
        return self._call("POST", "/api/v1/enrollments", body=body,
                          headers={"Idempotency-Key": idempotency_key}).data
