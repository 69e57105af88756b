"""Route documentation: what each /api/v1 route takes and answers, for /openapi.json.

The handlers read the raw request themselves (signature checks need the raw body), so
FastAPI cannot infer parameters or bodies; each route gets them from `route_doc`.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

from sandbox.openapi_models import REQUEST_MODELS, Envelope, ErrorEnvelope

_ERRORS: dict[int, str] = {
    400: "40001 invalid parameter (`message` says which)",
    401: "40101 bad signature, 40102 access token expired, 40103 token invalid or revoked, "
         "40104 timestamp outside the window",
    403: "40301 seller not in your portfolio",
    404: "40401 not found",
    409: "40901 version conflict; `data` holds the current resource",
    422: "42201 validation failed (`data.errors`), 42202 idempotency key reused with another body",
    429: "42901 rate limited; see `Retry-After`",
    500: "50001 internal error",
    503: "50301 unavailable",
}
_BASE_ERRORS = (400, 401, 404, 429, 500, 503)
_RATE_HEADERS = {
    "X-Request-Id": {"schema": {"type": "string"}, "description": "same as `request_id`"},
    "X-RateLimit-Limit": {"schema": {"type": "integer"}, "description": "requests per second"},
    "X-RateLimit-Remaining": {"schema": {"type": "integer"}},
}


def _param(name: str, where: str, description: str, required: bool = True,
           schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required, "description": description,
            "schema": schema or {"type": "string"}}


def _signing_params(token: bool) -> list[dict[str, Any]]:
    params = [
        _param("app_key", "query", "the installation's app key"),
        _param("timestamp", "query", "Unix seconds; -300 s .. +30 s of the server's clock",
               schema={"type": "integer"}),
        _param("sign", "query", "lowercase hex HMAC-SHA256 (contract section 2)"),
    ]
    if token:
        params.append(_param("x-access-token", "header", "access token from oauth/token"))
    return params


def route_doc(
    data_model: Any,
    *,
    summary: str,
    status: int = 200,
    body_model: type[BaseModel] | None = None,
    token: bool = True,
    params: tuple[dict[str, Any], ...] = (),
    idempotent: bool = False,
    if_match: bool = False,
    errors: tuple[int, ...] = (),
) -> dict[str, Any]:
    """Keyword arguments for `add_api_route`: responses, openapi_extra, status_code."""
    parameters = [*_signing_params(token), *params]
    if idempotent:
        parameters.append(_param("Idempotency-Key", "header",
                                 "uuid4, generated once per local change, reused on retries"))
    if if_match:
        parameters.append(_param("If-Match", "header", "the version the change was based on",
                                 schema={"type": "integer"}))
    extra: dict[str, Any] = {"parameters": parameters}
    if body_model is not None:
        ref = {"$ref": f"#/components/schemas/{body_model.__name__}"}
        extra["requestBody"] = {"required": True, "content": {"application/json": {"schema": ref}}}
    envelope = Envelope[data_model]  # type: ignore[valid-type]
    responses: dict[int | str, dict[str, Any]] = {
        status: {"model": envelope, "description": "success", "headers": _RATE_HEADERS},
    }
    if idempotent and status == 201:
        responses[200] = {"model": envelope, "description": "replay of an Idempotency-Key",
                          "headers": _RATE_HEADERS}
    for code in sorted({*_BASE_ERRORS, *errors}):
        responses[code] = {"model": ErrorEnvelope, "description": _ERRORS[code]}
    responses[429]["headers"] = {"Retry-After": {"schema": {"type": "integer"},
                                                 "description": "seconds to wait"}}
    return {"responses": responses, "openapi_extra": extra, "status_code": status,
            "summary": summary}


def feed_params() -> tuple[dict[str, Any], ...]:
    return (
        _param("cursor", "query", "opaque next_cursor of the previous page; absent: from the "
               "beginning. Sign its decoded value.", required=False),
        _param("page_size", "query", "1..1000; default 500 (metrics) or 100 (others); never "
               "clamped", required=False, schema={"type": "integer", "minimum": 1,
                                                  "maximum": 1000}),
    )


def path_param(name: str) -> dict[str, Any]:
    return _param(name, "path", name)


def install(app: FastAPI) -> None:
    """Serve a document that also holds the request-body schemas the routes refer to."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version,
                                   description=app.description, routes=app.routes)
            schemas = document.setdefault("components", {}).setdefault("schemas", {})
            for model in REQUEST_MODELS:
                schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
                schemas.update(schema.pop("$defs", {}))
                schemas[model.__name__] = schema
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
