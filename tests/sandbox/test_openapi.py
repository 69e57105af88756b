"""The OpenAPI document describes every /api/v1 route, its request and its answers."""

from __future__ import annotations

from typing import Any

import requests

from sandbox.runner import SandboxServer

ROUTES = {
    ("post", "/api/v1/oauth/token"), ("get", "/api/v1/me"), ("get", "/api/v1/programs"),
    *(("get", f"/api/v1/feeds/{feed}")
      for feed in ("sellers", "metrics", "violations", "enrollments", "outreach")),
    ("post", "/api/v1/outreach"), ("patch", "/api/v1/outreach/{activity_id}"),
    ("delete", "/api/v1/outreach/{activity_id}"), ("post", "/api/v1/enrollments"),
}


def refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(refs(value) for value in node))
    return set()


def test_every_route_is_described(shared_sandbox: SandboxServer) -> None:
    document = requests.get(f"{shared_sandbox.base_url}/openapi.json", timeout=5).json()
    described = {(method, path) for path, item in document["paths"].items() for method in item}
    assert described == ROUTES
    schemas = document["components"]["schemas"]
    for method, path in ROUTES:
        operation = document["paths"][path][method]
        names = {p["name"] for p in operation["parameters"]}
        assert {"app_key", "timestamp", "sign"} <= names
        assert ("x-access-token" in names) == (path != "/api/v1/oauth/token")
        if method in ("post", "patch"):
            body = operation["requestBody"]["content"]["application/json"]["schema"]
            assert body["$ref"].rsplit("/", 1)[-1] in schemas
        if method in ("post", "patch", "delete") and "oauth" not in path:
            assert "Idempotency-Key" in names
        success = operation["responses"]["201" if method == "post" and "oauth" not in path
                                         else "200"]
        assert "$ref" in success["content"]["application/json"]["schema"]
        assert {"400", "401", "429", "500", "503"} <= set(operation["responses"])
    for ref in refs(document):
        assert ref.rsplit("/", 1)[-1] in schemas, ref
    metrics = document["paths"]["/api/v1/feeds/metrics"]["get"]
    assert {"cursor", "page_size"} <= {p["name"] for p in metrics["parameters"]}
    page = schemas[metrics["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
                   .rsplit("/", 1)[-1]]
    assert set(page["properties"]) == {"code", "message", "request_id", "data"}
    assert {"OutreachCreate", "OutreachPatch", "EnrollmentCreate", "MetricDay"} <= set(schemas)
