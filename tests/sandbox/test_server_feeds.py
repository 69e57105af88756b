"""Reads: me, programs and the five change feeds with their cursors (contract section 4)."""

from __future__ import annotations

import base64
import gzip
import json
import time

import pytest
import requests

from app.platform.signing import sign
from sandbox.runner import SandboxServer
from sandbox.schema import METRIC_ITEM_FIELDS
from tests.sandbox.fixtures import DAYS, OUTSIDER, SELLERS, Api, activity_body, error, ok

METRIC_ROWS = SELLERS * DAYS


def test_programs_are_listed_in_catalog_order(reader: Api) -> None:
    items = ok(reader.get("/api/v1/programs"))["items"]
    assert [item["program_id"] for item in items] == ["flash_sale", "affiliate"]
    assert items[0]["criteria"] == [{"metric": "sps", "op": ">=", "value": "3.5"}]


def test_small_feeds_serve_their_items(reader: Api) -> None:
    sellers, _ = reader.read_all("sellers")
    assert [s["seller_id"] for s in sellers] == [f"S{n:04d}" for n in range(1, SELLERS + 1)]
    assert {s["seller_id"] for s in sellers if not s["assigned"]} == {OUTSIDER}
    assert sellers[0]["shop_name"].startswith("川味小厨")
    violations, _ = reader.read_all("violations")
    assert [(v["violation_id"], v["points"]) for v in violations] == [("V-1", 12)]
    enrollments, _ = reader.read_all("enrollments")
    assert enrollments[0]["status"] == "enrolled"
    outreach, _ = reader.read_all("outreach")
    assert outreach[0]["activity_id"] == "A-1" and outreach[0]["deleted"] is False


def test_metrics_items_keep_the_contract_field_order_and_types(reader: Api) -> None:
    response = reader.feed("metrics", page_size=2)
    item = response.json()["data"]["items"][0]
    assert list(item) == list(METRIC_ITEM_FIELDS)
    assert item["gmv"] == "100.50" and item["orders"] == 1 and item["revision"] == 1
    assert all(isinstance(item[name], str) for name in ("gmv", "live_gmv", "ad_spend"))


@pytest.mark.parametrize(("size", "count", "more"), [
    (None, METRIC_ROWS, False), (1, 1, True), (1000, METRIC_ROWS, False),
])
def test_page_sizes_in_range(reader: Api, size: int | None, count: int, more: bool) -> None:
    data = ok(reader.feed("metrics", page_size=size))
    assert len(data["items"]) == count and data["has_more"] is more


@pytest.mark.parametrize("size", ["0", "1001", "-1", "ten", "2.5", ""])
def test_page_sizes_out_of_range_are_refused_never_clamped(reader: Api, size: str) -> None:
    response = reader.get("/api/v1/feeds/sellers", params={"page_size": size})
    assert "page_size" in error(response, 40001)["message"]


def test_default_page_size_of_small_feeds_is_100(sandbox: SandboxServer, api: Api) -> None:
    for _ in range(100):
        ok(api.write("POST", "/api/v1/outreach", activity_body()))
    first = ok(api.feed("outreach"))
    assert len(first["items"]) == 100 and first["has_more"]
    assert len(ok(api.feed("outreach", first["next_cursor"]))["items"]) == 1


def test_paging_reads_every_row_once_in_seq_order(reader: Api) -> None:
    items, last_cursor = reader.read_all("metrics", page_size=7)
    keys = [(item["seller_id"], item["date"]) for item in items]
    assert len(keys) == METRIC_ROWS == len(set(keys))
    # Nothing new since: the last cursor answers an empty page and can be kept.
    again = ok(reader.feed("metrics", last_cursor))
    assert again == {"items": [], "next_cursor": last_cursor, "has_more": False}


def test_changes_since_a_kept_cursor(sandbox: SandboxServer, api: Api) -> None:
    _, cursor = api.read_all("outreach")
    changed = sandbox.store.teammate_edit("A-1", {"summary": "changed by a teammate"})
    data = ok(api.feed("outreach", cursor))
    assert data["items"] == [changed]
    assert changed["version"] == 2 and data["has_more"] is False
    assert data["next_cursor"] != cursor


def test_pages_read_ahead_are_not_served_stale(sandbox: SandboxServer, api: Api) -> None:
    for _ in range(3):
        ok(api.write("POST", "/api/v1/outreach", activity_body()))
    first = ok(api.feed("outreach", page_size=1))  # pages 2 and 3 are now read ahead
    second_id = ok(api.feed("outreach", first["next_cursor"], 1))["items"][0]["activity_id"]
    sandbox.store.teammate_edit(second_id, {"notes": "edited"})
    rest: list[dict[str, object]] = []
    data = ok(api.feed("outreach", first["next_cursor"], 1))
    while True:
        rest.extend(data["items"])
        if not data["has_more"]:
            break
        data = ok(api.feed("outreach", data["next_cursor"], 1))
    assert [item["activity_id"] for item in rest][-1] == second_id
    assert rest[-1]["notes"] == "edited" and rest[-1]["version"] == 2
    assert len(rest) == 3


def test_cursors_of_another_feed_or_garbage_are_refused(reader: Api) -> None:
    cursor = ok(reader.feed("sellers", page_size=1))["next_cursor"]
    message = error(reader.feed("metrics", cursor), 40001)["message"]
    assert "sellers" in message and "metrics" in message
    for garbage in ("abc", "%%%", base64.b64encode(b"\xfb\xffmetrics|x|1").decode(), "=="):
        assert "cursor" in error(reader.feed("metrics", garbage), 40001)["message"]


def test_expired_cursors_answer_cursor_expired(sandbox: SandboxServer, api: Api) -> None:
    cursor = ok(api.feed("metrics", page_size=10))["next_cursor"]
    expired = requests.post(f"{sandbox.base_url}/sandbox/v1/expire-cursors", timeout=5)
    ok(expired)
    assert error(api.feed("metrics", cursor, 10), 40001)["message"] == "cursor_expired"
    fresh = ok(api.feed("metrics", page_size=10))["next_cursor"]
    ok(api.feed("metrics", fresh, 10))


def test_cursor_expiry_fault_expires_cursors_every_nth_page(sandbox: SandboxServer,
                                                           api: Api) -> None:
    sandbox.faults.update(cursor_expiry_every=2)
    first = ok(api.feed("metrics", page_size=10))["next_cursor"]
    second = ok(api.feed("metrics", first, 10))["next_cursor"]
    for cursor in (first, second):
        assert error(api.feed("metrics", cursor, 10), 40001)["message"] == "cursor_expired"
    restart = ok(api.feed("metrics", page_size=10))["next_cursor"]
    ok(api.feed("metrics", restart, 10))  # page 2 of the new epoch: expires after it


def test_large_pages_are_gzipped_when_the_client_allows(reader: Api) -> None:
    params = {"page_size": "1000"}
    zipped = reader.get("/api/v1/feeds/metrics", params=params,
                        headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped.headers["Vary"]
    plain = reader.get("/api/v1/feeds/metrics", params=params,
                       headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers
    assert zipped.json()["data"] == plain.json()["data"]
    refused = reader.get("/api/v1/feeds/metrics", params=params,
                         headers={"Accept-Encoding": "gzip;q=0, deflate"})
    assert "Content-Encoding" not in refused.headers
    small = reader.get("/api/v1/me", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in small.headers


def test_gzip_body_is_one_standard_member(reader: Api) -> None:
    response = reader.session.get(
        f"{reader.base_url}/api/v1/feeds/metrics", stream=True,
        params=signed(reader, "/api/v1/feeds/metrics", {"page_size": "1000"}),
        headers={"x-access-token": reader.token or "", "Accept-Encoding": "gzip"})
    raw = response.raw.read(decode_content=False)
    assert raw[:3] == b"\x1f\x8b\x08"
    document = json.loads(gzip.decompress(raw))
    assert document["request_id"] == response.headers["X-Request-Id"]
    assert len(document["data"]["items"]) == METRIC_ROWS


def signed(api: Api, path: str, params: dict[str, str]) -> dict[str, str]:
    query = params | {"app_key": api.app_key, "timestamp": str(int(time.time()))}
    return query | {"sign": sign(path, query, b"", api.app_secret)}


def test_state_reports_counts_and_requests(reader: Api, shared_sandbox: SandboxServer) -> None:
    state = ok(requests.get(f"{shared_sandbox.base_url}/sandbox/v1/state", timeout=5))
    assert state["end_date"] == "2026-11-20"
    assert state["counts"]["metrics"] == METRIC_ROWS
    assert state["counts"]["assigned_sellers"] == SELLERS - 1
    assert state["requests"]["by_status"]["200"] >= 1
    assert state["faults"]["rate_limit"] == 0
