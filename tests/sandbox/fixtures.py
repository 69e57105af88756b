"""A hand-made sandbox database and a signed-request helper for the server tests.

The fixture is small and fully known: tests assert exact counts and values against it,
independently of the generator.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
import uuid
from collections.abc import Mapping
from typing import Any

import requests

from app.platform.signing import sign
from sandbox.demo import DEMO_MANAGER_ID, DEMO_PASSWORD, DEMO_USERNAME
from sandbox.schema import METRIC_COUNT_FIELDS, METRIC_ITEM_FIELDS, METRIC_MONEY_FIELDS

SELLERS = 6  # S0001..S0005 assigned, S0006 removed from the portfolio
DAYS = 40
STAMP = "2026-11-20T23:00:00Z"
OUTSIDER = "S0006"
PROGRAMS = ("flash_sale", "affiliate")


def _seller(n: int) -> dict[str, Any]:
    seller_id = f"S{n:04d}"
    return {
        "seller_id": seller_id, "shop_name": f"川味小厨 {n} 旗舰店", "shop_code": f"CN-CD-{n:04d}",
        "marketplace": "tiktok", "region": "US", "category": "Food & Beverages", "tier": "A",
        "status": "active", "currency": "USD", "timezone": "America/Los_Angeles",
        "onboarded_on": "2024-03-02",
        "contact": {"name": "Li", "phone": "+1 555 0100", "email": "li@example.com",
                    "im_handle": "li", "preferred_channel": "im", "language": "zh-CN"},
        "health": {"sps": "4.2", "ahr": 180, "violation_points": 6},
        "assigned": seller_id != OUTSIDER, "version": 1, "updated_at": STAMP,
    }


def populate_fixture(conn: sqlite3.Connection) -> None:
    """SELLERS sellers x DAYS days of metrics, a violation, an enrollment, an activity."""
    seq = 0

    def take() -> int:
        nonlocal seq
        seq += 1
        return seq

    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO managers VALUES (?, ?, ?, 'Demo Manager', 'demo@example.com', 'US', "
        "'America/Los_Angeles', 'en-US')", (DEMO_MANAGER_ID, DEMO_USERNAME, DEMO_PASSWORD))
    for position, program_id in enumerate(PROGRAMS):
        body = {"program_id": program_id, "marketplace": "tiktok", "name": program_id.title(),
                "description": "…", "active": True,
                "criteria": [{"metric": "sps", "op": ">=", "value": "3.5"}]}
        conn.execute("INSERT INTO programs VALUES (?, ?, ?)",
                     (program_id, position, json.dumps(body, ensure_ascii=False)))
    for n in range(1, SELLERS + 1):
        seller = _seller(n)
        conn.execute("INSERT INTO sellers VALUES (?, ?, 1, ?, ?, ?)",
                     (seller["seller_id"], take(), int(seller["assigned"]), STAMP,
                      json.dumps(seller, ensure_ascii=False)))
    columns = ", ".join(METRIC_ITEM_FIELDS) + ", seq"
    marks = ", ".join("?" for _ in range(len(METRIC_ITEM_FIELDS) + 1))
    for day in range(DAYS):
        date = (dt.date(2026, 10, 12) + dt.timedelta(days=day)).isoformat()
        for n in range(1, SELLERS + 1):
            values: dict[str, Any] = {"seller_id": f"S{n:04d}", "date": date, "currency": "USD",
                                      "revision": 1, "updated_at": STAMP}
            values |= {name: f"{100 * n + day}.50" for name in METRIC_MONEY_FIELDS}
            values |= {name: n + day for name in METRIC_COUNT_FIELDS}
            conn.execute(f"INSERT INTO metrics ({columns}) VALUES ({marks})",
                         [values[name] for name in METRIC_ITEM_FIELDS] + [take()])
    violation = {"violation_id": "V-1", "seller_id": "S0001", "policy": "counterfeit",
                 "severity": "high", "points": 12, "status": "active", "listing_id": "L-1",
                 "description": "fake", "created_at": STAMP, "expires_at": None, "version": 1,
                 "updated_at": STAMP}
    conn.execute("INSERT INTO violations VALUES ('V-1', 'S0001', ?, 1, ?, ?)",
                 (take(), STAMP, json.dumps(violation)))
    enrollment = {"seller_id": "S0002", "program_id": "flash_sale", "status": "enrolled",
                  "version": 1, "updated_at": STAMP}
    conn.execute("INSERT INTO enrollments VALUES ('S0002', 'flash_sale', ?, 1, ?, ?)",
                 (take(), STAMP, json.dumps(enrollment)))
    activity = {"activity_id": "A-1", "client_id": str(uuid.UUID(int=1)), "seller_id": "S0001",
                "author_id": "M0002", "channel": "call", "direction": "outbound",
                "occurred_at": STAMP, "duration_seconds": 60, "outcome": "connected",
                "program_id": None, "summary": "teammate call", "notes": None,
                "follow_up_on": None, "version": 1, "deleted": False, "created_at": STAMP,
                "updated_at": STAMP}
    conn.execute("INSERT INTO outreach VALUES ('A-1', ?, 'S0001', ?, 1, 0, ?, ?)",
                 (activity["client_id"], take(), STAMP, json.dumps(activity)))
    meta = {"seed": "0", "sellers": str(SELLERS), "days": str(DAYS), "start_date": "2026-10-12",
            "end_date": "2026-11-20", "next_seq": str(seq + 1), "clock": STAMP}
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    conn.execute("COMMIT")


class FakeClock:
    """Unix seconds that a test moves by hand (token expiry without sleeping)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Api:
    """Signs and sends requests exactly as the contract says; returns raw responses."""

    def __init__(self, base_url: str, app_key: str, app_secret: str) -> None:
        self.base_url = base_url
        self.app_key = app_key
        self.app_secret = app_secret
        self.session = requests.Session()
        self.token: str | None = None
        self.refresh_token: str | None = None

    def close(self) -> None:
        self.session.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: Any = None,
        raw_body: bytes | None = None,
        token: str | None = None,
        headers: Mapping[str, str] | None = None,
        timestamp: int | str | None = None,
        secret: str | None = None,
        app_key: str | None = None,
        omit: tuple[str, ...] = (),
    ) -> requests.Response:
        payload = raw_body if raw_body is not None else (
            b"" if body is None else json.dumps(body).encode("utf-8"))
        query = dict(params or {})
        query["app_key"] = app_key or self.app_key
        query["timestamp"] = str(int(time.time()) if timestamp is None else timestamp)
        query["sign"] = sign(path, query, payload, secret or self.app_secret)
        for name in omit:
            query.pop(name, None)
        sent = dict(headers or {})
        access = token if token is not None else self.token
        if access and not path.endswith("/oauth/token"):
            sent.setdefault("x-access-token", access)
        if payload:
            sent.setdefault("Content-Type", "application/json")
        return self.session.request(method, self.base_url + path, params=query,
                                    data=payload or None, headers=sent, timeout=10)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def login(self, username: str = DEMO_USERNAME, password: str = DEMO_PASSWORD) -> dict[str, Any]:
        response = self.request("POST", "/api/v1/oauth/token", body={
            "grant_type": "password", "username": username, "password": password})
        data = ok(response)
        self.token, self.refresh_token = data["access_token"], data["refresh_token"]
        return data

    def refresh(self, refresh_token: str | None = None) -> requests.Response:
        return self.request("POST", "/api/v1/oauth/token", body={
            "grant_type": "refresh_token", "refresh_token": refresh_token or self.refresh_token})

    def write(self, method: str, path: str, body: Any = None, *, key: str | None = None,
              if_match: int | None = None) -> requests.Response:
        headers = {"Idempotency-Key": key or str(uuid.uuid4())}
        if if_match is not None:
            headers["If-Match"] = str(if_match)
        return self.request(method, path, body=body, headers=headers)

    def feed(self, feed: str, cursor: str | None = None, page_size: int | None = None,
             ) -> requests.Response:
        params: dict[str, str] = {}
        if cursor is not None:
            params["cursor"] = cursor
        if page_size is not None:
            params["page_size"] = str(page_size)
        return self.get(f"/api/v1/feeds/{feed}", params=params)

    def read_all(self, feed: str, page_size: int | None = None) -> tuple[list[Any], str]:
        items: list[Any] = []
        cursor = None
        while True:
            data = ok(self.feed(feed, cursor, page_size))
            items.extend(data["items"])
            cursor = data["next_cursor"]
            if not data["has_more"]:
                return items, cursor


def envelope(response: requests.Response) -> dict[str, Any]:
    body = response.json()
    assert set(body) == {"code", "message", "request_id", "data"}, body
    assert body["request_id"] == response.headers["X-Request-Id"]
    return body


def ok(response: requests.Response) -> Any:
    body = envelope(response)
    assert body["code"] == 0, body
    assert response.status_code in (200, 201)
    return body["data"]


def error(response: requests.Response, code: int, status: int | None = None) -> dict[str, Any]:
    body = envelope(response)
    assert body["code"] == code, body
    assert response.status_code == (status or code // 100), (response.status_code, body)
    return body


def activity_body(seller_id: str = "S0001", **changes: Any) -> dict[str, Any]:
    body = {"client_id": str(uuid.uuid4()), "seller_id": seller_id, "channel": "call",
            "direction": "outbound", "occurred_at": "2026-11-21T07:40:00Z",
            "duration_seconds": 540, "outcome": "interested", "program_id": "flash_sale",
            "summary": "pitched flash sale", "notes": "call back Friday",
            "follow_up_on": "2026-11-28"}
    return body | changes
