"""The server over a generated portfolio: every page passes the client's own payload types,
and the platform moves on by days with incremental changes and restatements."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from app.platform.payloads import ME_ADAPTER, PAGE_ADAPTERS, PROGRAMS_ADAPTER
from sandbox.faults import FaultConfig
from sandbox.runner import SandboxServer
from tests.sandbox.fixtures import Api, ok

generator = pytest.importorskip("sandbox.generator")
SPEC = generator.GeneratorSpec(seed=11, sellers=20, days=30, end_date=dt.date(2026, 11, 20))
FEEDS = ("sellers", "metrics", "violations", "enrollments", "outreach")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    path = tmp_path_factory.mktemp("generated") / "sandbox.sqlite3"
    with SandboxServer(SPEC, db_path=path, faults=FaultConfig(rate_limit=0)) as server:
        yield server


def read_feed(api: Api, feed: str, cursor: str | None, size: int) -> tuple[list[dict], str]:
    items: list[dict] = []
    while True:
        response = api.feed(feed, cursor, size)
        data = PAGE_ADAPTERS[feed].validate_json(response.content)["data"]
        items.extend(data["items"])
        cursor = data["next_cursor"]
        if not data["has_more"]:
            return items, cursor


def test_generated_pages_pass_the_client_payload_types(generated: SandboxServer) -> None:
    api = Api(generated.base_url, generated.app_key, generated.app_secret)
    api.login(generated.username, generated.password)
    ME_ADAPTER.validate_json(api.get("/api/v1/me").content)
    PROGRAMS_ADAPTER.validate_json(api.get("/api/v1/programs").content)
    cursors, counts = {}, {}
    for feed in FEEDS:
        items, cursors[feed] = read_feed(api, feed, None, 97)
        counts[feed] = len(items)
    state = generated.store.state()
    assert counts == {feed: state["counts"][feed] for feed in FEEDS}
    assert counts["sellers"] >= SPEC.sellers and counts["metrics"] > 0

    before = state["end_date"]
    advanced = ok(requests.post(f"{generated.base_url}/sandbox/v1/advance", json={"days": 1},
                                timeout=60))
    assert advanced["end_date"] == "2026-11-21" != before
    changes, _ = read_feed(api, "metrics", cursors["metrics"], 1000)
    dates = {item["date"] for item in changes}
    assert "2026-11-21" in dates
    assert any(item["revision"] > 1 for item in changes if item["date"] < "2026-11-21")


def test_a_matching_database_is_reused_and_another_regenerated(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite3"
    with SandboxServer(SPEC, db_path=path) as first:
        epoch = first.store.cursor_epoch
    with SandboxServer(SPEC, db_path=path) as second:
        assert second.store.cursor_epoch == epoch  # same file, so cursors stay valid
        second.store.advance_day()
    with SandboxServer(SPEC, db_path=path) as third:  # advanced: no longer what SPEC says
        assert third.store.state()["end_date"] == "2026-11-20"


def test_sandbox_serve_command_prints_credentials_and_stops_on_sigterm(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "sandbox", "serve", "--sellers", "3", "--days", "5",
               "--seed", "2", "--end-date", "2026-11-20", "--db", str(tmp_path / "s.db")]
    env = os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=env) as process:
        assert process.stdout is not None
        lines = dict(process.stdout.readline().strip().split(": ", 1) for _ in range(5))
        try:
            api = Api(lines["base_url"], lines["app_key"], lines["app_secret"])
            api.login(lines["username"], lines["password"])
            ok(api.get("/api/v1/me"))
        finally:
            process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
