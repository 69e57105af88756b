"""The sandbox Partner API over HTTP: every /api/v1 route of the contract.

Each route runs the same pipeline (`_Api.run`): injected latency, injected 5xx and 429
storms (before any work), the signing checks, the access token, the rate limit, the
handler, then malformed-body injection on feed pages. Handlers return pre-rendered JSON
bytes where it matters for speed, and every answer, errors included, wears the envelope.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import orjson
from fastapi import FastAPI, Request, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from sandbox import control, errors, openapi_doc
from sandbox import openapi_models as m
from sandbox.demo import DEMO_APP_KEY, DEMO_APP_SECRET
from sandbox.faults import FaultConfig, RateVerdict
from sandbox.http_bits import (
    RequestStats,
    accepts_gzip,
    encode_body,
    envelope,
    envelope_head,
    gzip_join,
)
from sandbox.malformed import malform
from sandbox.page_render import FeedPages, RenderedPage
from sandbox.request_auth import RequestVerifier, decode_query
from sandbox.store import SandboxStore, WriteResult
from sandbox.store_feeds import FEEDS

log = logging.getLogger(__name__)
_JSON = "application/json"


@dataclass
class Reply:
    data: Any  # bytes: JSON already rendered; anything else goes through orjson
    status: int = 200
    code: int = errors.OK
    message: str = "success"


@dataclass
class Call:
    request: Request
    params: dict[str, str]
    body: bytes
    manager_id: str


Handler = Callable[[Call], Awaitable[Reply]]


class _Api:
    def __init__(self, store: SandboxStore, faults: FaultConfig, verifier: RequestVerifier,
                 stats: RequestStats) -> None:
        self.store = store
        self.faults = faults
        self.verifier = verifier
        self.stats = stats

    async def run(self, request: Request, handler: Handler, *, token: bool = True) -> Response:
        request_id = uuid.uuid4().hex
        headers = {"X-Request-Id": request_id}
        rate_key: str | None = None
        verdict: RateVerdict | None = None
        try:
            delay = self.faults.latency_seconds()
            if delay:
                await asyncio.sleep(delay)
            injected = self.faults.inject()
            if injected is not None:
                extra = {} if injected.retry_after is None else {
                    "Retry-After": str(injected.retry_after)}
                raise errors.ApiError(injected.code, injected.message, headers=extra)
            params = _query(request)
            body = await request.body()
            self.verifier.verify(request.url.path, params, body)
            access = request.headers.get("x-access-token") or params.get("access_token")
            rate_key = access if token and access else f"app:{params['app_key']}"
            manager_id = ""
            if token:
                if not access:
                    raise errors.ApiError(errors.TOKEN_INVALID, "missing x-access-token header")
                manager_id = self.store.authenticate(access)
            verdict = self.faults.take_rate(rate_key)
            if verdict is not None and verdict.retry_after is not None:
                raise errors.ApiError(errors.RATE_LIMITED,
                                      f"rate limit of {verdict.limit} requests per second",
                                      headers={"Retry-After": str(verdict.retry_after)})
            reply = await handler(Call(request, params, body, manager_id))
        except errors.ApiError as exc:
            headers.update(exc.headers)
            reply = Reply(exc.data, exc.status, exc.code, exc.message)
        except Exception:  # a bug in the sandbox: answer like a real platform would
            log.exception("sandbox request %s failed", request_id)
            reply = Reply(None, 500, errors.INTERNAL_ERROR, "internal error")
        if verdict is None and rate_key is not None:
            verdict = self.faults.peek_rate(rate_key)
        if verdict is not None:
            headers.update(verdict.headers())
        status, content, media = self._encode(reply, request_id, headers,
                                              request.headers.get("accept-encoding", ""))
        self.stats.count(status)
        return Response(content, status_code=status, headers=headers, media_type=media)

    def _encode(self, reply: Reply, request_id: str, headers: dict[str, str],
                accept_encoding: str) -> tuple[int, bytes, str]:
        page = reply.data
        if not isinstance(page, RenderedPage):
            content = envelope(reply.code, reply.message, request_id, reply.data)
            return reply.status, encode_body(content, accept_encoding, headers), _JSON
        head = envelope_head(reply.code, reply.message, request_id)
        kind = self.faults.malformed_kind()
        if kind is not None:
            status, content, media = malform(kind, head + page.tail, request_id)
            return status, encode_body(content, accept_encoding, headers), media
        if page.tail_deflated is None or not accepts_gzip(accept_encoding):
            # Read ahead for a client that did not take gzip: compress now if this one does.
            return reply.status, encode_body(head + page.tail, accept_encoding, headers), _JSON
        headers["Vary"] = "Accept-Encoding"
        headers["Content-Encoding"] = "gzip"
        return reply.status, gzip_join(head, page.tail, page.tail_deflated), _JSON


def _query(request: Request) -> dict[str, str]:
    try:
        query = request.scope.get("query_string", b"").decode("utf-8")
    except UnicodeDecodeError as exc:
        raise errors.invalid("query string is not valid UTF-8") from exc
    return decode_query(query)


def _json(body: bytes) -> Any:
    if not body.strip():
        raise errors.invalid("request body is required (JSON)")
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise errors.invalid(f"request body is not valid JSON: {exc}") from exc


def _idempotency_key(call: Call) -> str:
    key = call.request.headers.get("idempotency-key", "").strip()
    if not key or len(key) > 255:
        raise errors.invalid("missing Idempotency-Key header" if not key
                             else "Idempotency-Key longer than 255 characters")
    return key


def _if_match(call: Call) -> int:
    raw = call.request.headers.get("if-match")
    if raw is None:
        raise errors.invalid("missing If-Match header (the version the change is based on)")
    text = raw.strip().removeprefix("W/").strip('"')
    if not text.isdigit() or int(text) < 1:
        raise errors.invalid(f"If-Match must be a version number, got {raw!r}")
    return int(text)


def _written(result: WriteResult) -> Reply:
    return Reply(result.data, result.status, result.code, result.message)


def _handlers(store: SandboxStore) -> dict[str, Handler]:
    async def token(call: Call) -> Reply:
        body = _json(call.body)
        grant = body.get("grant_type") if isinstance(body, dict) else None
        fields = {"password": ("username", "password"), "refresh_token": ("refresh_token",)}
        if grant not in fields:
            raise errors.invalid("grant_type must be password or refresh_token")
        values = [body.get(name) for name in fields[grant]]
        for name, value in zip(fields[grant], values, strict=True):
            if not isinstance(value, str) or not value:
                raise errors.invalid(f"{name} is required for grant_type {grant}")
        if grant == "password":
            return Reply(store.password_grant(values[0], values[1]))
        return Reply(store.refresh_grant(values[0]))

    async def me(call: Call) -> Reply:
        return Reply(store.me(call.manager_id))

    async def programs(call: Call) -> Reply:
        return Reply(store.programs())

    async def outreach_create(call: Call) -> Reply:
        key = _idempotency_key(call)
        return _written(store.create_outreach(key, _json(call.body), call.manager_id))

    async def outreach_patch(call: Call) -> Reply:
        key, version = _idempotency_key(call), _if_match(call)
        activity_id = call.request.path_params["activity_id"]
        return _written(store.patch_outreach(key, activity_id, version, _json(call.body)))

    async def outreach_delete(call: Call) -> Reply:
        key, version = _idempotency_key(call), _if_match(call)
        activity_id = call.request.path_params["activity_id"]
        return _written(store.delete_outreach(key, activity_id, version))

    async def enrollment_create(call: Call) -> Reply:
        key = _idempotency_key(call)
        return _written(store.create_enrollment(key, _json(call.body)))

    async def not_found(call: Call) -> Reply:
        raise errors.ApiError(errors.NOT_FOUND,
                              f"no route {call.request.method} {call.request.url.path}")

    return {"token": token, "me": me, "programs": programs, "outreach_create": outreach_create,
            "outreach_patch": outreach_patch, "outreach_delete": outreach_delete,
            "enrollment_create": enrollment_create, "not_found": not_found}


_FEED_MODELS: dict[str, Any] = {"sellers": m.Seller, "metrics": m.MetricDay,
                                "violations": m.Violation, "enrollments": m.Enrollment,
                                "outreach": m.Activity}


def create_app(store: SandboxStore, faults: FaultConfig, app_key: str = DEMO_APP_KEY,
               app_secret: str = DEMO_APP_SECRET) -> FastAPI:
    stats = RequestStats()
    api = _Api(store, faults, RequestVerifier(app_key, app_secret), stats)
    app = FastAPI(title="SellerDesk sandbox Partner API", version="1",
                  description="The Marketplace Partner API v1 contract, served by the sandbox.",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.stats = stats
    handlers = _handlers(store)
    doc = openapi_doc.route_doc

    def route(path: str, method: str, name: str, documented: dict[str, Any], *,
              token: bool = True) -> None:
        handler = handlers[name]

        async def endpoint(request: Request) -> Response:
            return await api.run(request, handler, token=token)

        app.add_api_route(path, endpoint, methods=[method], name=name, **documented)

    route("/api/v1/oauth/token", "POST", "token", doc(
        m.TokenData, summary="Password or refresh-token grant", body_model=m.TokenRequest,
        token=False), token=False)
    route("/api/v1/me", "GET", "me", doc(m.Me, summary="The signed-in manager"))
    route("/api/v1/programs", "GET", "programs", doc(m.ProgramList, summary="Program catalog"))
    pages = FeedPages(store)
    app.state.feed_pages = pages
    for feed in FEEDS:
        _feed_route(app, api, pages, feed)
    activity = (openapi_doc.path_param("activity_id"),)
    write_errors = (403, 409, 422)
    route("/api/v1/outreach", "POST", "outreach_create", doc(
        m.Activity, summary="Log an outreach activity", status=201, body_model=m.OutreachCreate,
        idempotent=True, errors=(403, 422)))
    route("/api/v1/outreach/{activity_id}", "PATCH", "outreach_patch", doc(
        m.Activity, summary="Change an activity", body_model=m.OutreachPatch, params=activity,
        idempotent=True, if_match=True, errors=write_errors))
    route("/api/v1/outreach/{activity_id}", "DELETE", "outreach_delete", doc(
        m.Activity, summary="Delete an activity (tombstone)", params=activity, idempotent=True,
        if_match=True, errors=write_errors))
    route("/api/v1/enrollments", "POST", "enrollment_create", doc(
        m.Enrollment, summary="Nominate a seller for a program", status=201,
        body_model=m.EnrollmentCreate, idempotent=True, errors=(403, 422)))

    async def unknown(request: Request) -> Response:
        return await api.run(request, handlers["not_found"], token=False)

    app.add_api_route("/api/v1/{rest:path}", unknown, include_in_schema=False,
                      methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
    app.include_router(control.router(store, faults, stats))
    _install_error_handlers(app)
    openapi_doc.install(app)
    return app


def _feed_route(app: FastAPI, api: _Api, pages: FeedPages, feed: str) -> None:
    async def handler(call: Call) -> Reply:
        gzip = accepts_gzip(call.request.headers.get("accept-encoding", ""))
        return Reply(await pages.page(feed, call.params.get("cursor"),
                                      call.params.get("page_size"), gzip))

    async def endpoint(request: Request) -> Response:
        return await api.run(request, handler)

    documented = openapi_doc.route_doc(
        m.FeedPage[_FEED_MODELS[feed]], summary=f"Change feed of {feed}",
        params=openapi_doc.feed_params())
    app.add_api_route(f"/api/v1/feeds/{feed}", endpoint, methods=["GET"], name=f"feed_{feed}",
                      **documented)


def _install_error_handlers(app: FastAPI) -> None:
    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, StarletteHTTPException) else 500
        code = {404: errors.NOT_FOUND, 405: errors.NOT_FOUND}.get(status, errors.INTERNAL_ERROR)
        request_id = uuid.uuid4().hex
        body = envelope(code, f"no route {request.method} {request.url.path}"
                        if code == errors.NOT_FOUND else "internal error", request_id, None)
        return Response(body, status_code=errors.http_status(code),
                        headers={"X-Request-Id": request_id}, media_type="application/json")

    app.add_exception_handler(StarletteHTTPException, http_error)
