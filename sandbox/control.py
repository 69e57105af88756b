"""Control routes for tests, benchmarks and demos: outside /api/v1, loopback only.

They change the platform's world (advance days, expire cursors, revoke tokens, set faults),
which no real client may do, so a sandbox started with --allow-remote still refuses them
to anything but the local machine.
"""

from __future__ import annotations

import ipaddress
import uuid
from typing import Any

import orjson
from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from sandbox import errors
from sandbox.faults import FaultConfig
from sandbox.http_bits import RequestStats, envelope
from sandbox.store import SandboxStore


def _answer(data: Any, code: int = errors.OK, message: str = "success") -> Response:
    request_id = uuid.uuid4().hex
    return Response(envelope(code, message, request_id, data),
                    status_code=errors.http_status(code),
                    headers={"X-Request-Id": request_id}, media_type="application/json")


def _refusal(request: Request) -> Response | None:
    host = request.client.host if request.client else ""
    try:
        local = ipaddress.ip_address(host).is_loopback
    except ValueError:
        local = host == "localhost"
    if local:
        return None
    return _answer(None, errors.NOT_IN_PORTFOLIO, "sandbox control is only open to loopback")


async def _json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise errors.invalid(f"body is not valid JSON: {exc}") from exc
    if not isinstance(body, dict):
        raise errors.invalid("body must be a JSON object")
    return body


def router(store: SandboxStore, faults: FaultConfig, stats: RequestStats) -> APIRouter:
    routes = APIRouter(prefix="/sandbox/v1", include_in_schema=False)

    @routes.post("/advance")
    async def advance(request: Request) -> Response:
        if (refused := _refusal(request)) is not None:
            return refused
        try:
            days = (await _json_object(request)).get("days", 1)
            if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 3650:
                raise errors.invalid("days must be an integer from 1 to 3650")
        except errors.ApiError as exc:
            return _answer(None, exc.code, exc.message)
        return _answer(await run_in_threadpool(store.advance_day, days))

    @routes.put("/faults")
    async def set_faults(request: Request) -> Response:
        if (refused := _refusal(request)) is not None:
            return refused
        try:
            faults.update(**(await _json_object(request)))
        except errors.ApiError as exc:
            return _answer(None, exc.code, exc.message)
        except ValueError as exc:
            return _answer(None, errors.INVALID_PARAMETER, str(exc))
        return _answer(faults.settings())

    @routes.post("/expire-cursors")
    async def expire_cursors(request: Request) -> Response:
        if (refused := _refusal(request)) is not None:
            return refused
        store.expire_cursors()
        return _answer({"cursor_epoch": store.cursor_epoch})

    @routes.post("/revoke-refresh-tokens")
    async def revoke(request: Request) -> Response:
        if (refused := _refusal(request)) is not None:
            return refused
        return _answer({"revoked": store.revoke_refresh_tokens()})

    @routes.get("/state")
    async def state(request: Request) -> Response:
        if (refused := _refusal(request)) is not None:
            return refused
        snapshot = await run_in_threadpool(store.state)
        return _answer(snapshot | {"requests": stats.snapshot(), "faults": faults.settings()})

    return routes
