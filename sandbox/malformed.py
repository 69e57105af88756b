"""Malformed feed answers: what a proxy or a buggy platform release sends back.

Each kind breaks the envelope a different way; a client must store nothing from any of
them and keep its cursor where it was (contract section 3).
"""

from __future__ import annotations

from typing import Any

import orjson

_HTML = (
    "<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1>"
    "<p>The upstream server did not answer in time. Request {request_id}.</p>"
    "<hr><address>nginx</address></body></html>"
)


def malform(kind: str, envelope: bytes, request_id: str) -> tuple[int, bytes, str]:
    """(HTTP status, body, media type) replacing a good feed answer."""
    if kind == "truncated":
        return 200, envelope[: max(len(envelope) // 2, 1)], "application/json"
    if kind == "html_200":
        page = _HTML.format(title="Service Temporarily Busy", request_id=request_id)
        return 200, page.encode("utf-8"), "text/html"
    if kind == "html_502":
        page = _HTML.format(title="502 Bad Gateway", request_id=request_id)
        return 502, page.encode("utf-8"), "text/html"
    document: dict[str, Any] = orjson.loads(envelope)
    data: dict[str, Any] = document["data"]
    items: list[dict[str, Any]] = data["items"]
    if kind == "wrong_type":
        if items:
            # "orders": "412" for metrics, "version": "7" elsewhere: a number sent as text.
            name = "orders" if "orders" in items[0] else "version"
            items[0][name] = str(items[0].get(name))
        else:
            data["next_cursor"] = 412
    elif kind == "missing_field":
        if items:
            items[0].pop("updated_at", None)
        else:
            data.pop("next_cursor", None)
    elif kind == "no_data":
        document.pop("data")
    else:
        raise ValueError(f"unknown malformation {kind!r}")
    return 200, orjson.dumps(document), "application/json"
