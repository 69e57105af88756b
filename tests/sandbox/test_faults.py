"""Fault injection: each kind on a running server, switched on and off at run time."""

from __future__ import annotations

import time

import orjson
import pytest
import requests

from sandbox.faults import MALFORMED_KINDS, FaultConfig
from sandbox.runner import SandboxServer
from tests.sandbox.fixtures import Api, envelope, error, ok


def test_latency_is_added_to_every_request(sandbox: SandboxServer, api: Api) -> None:
    sandbox.faults.update(latency_ms=120)
    started = time.perf_counter()
    ok(api.get("/api/v1/me"))
    assert time.perf_counter() - started >= 0.09  # 120 ms with +-25 % jitter


def test_fail_rate_answers_500_or_503_before_any_work(sandbox: SandboxServer, api: Api) -> None:
    sandbox.faults.update(fail_rate=1.0)
    codes = set()
    for _ in range(12):
        response = api.get("/api/v1/me", secret="wrong")  # even a bad signature: no work done
        codes.add(envelope(response)["code"])
        assert response.status_code == envelope(response)["code"] // 100
    assert codes == {50001, 50301}
    sandbox.faults.update(fail_rate=0.0)
    ok(api.get("/api/v1/me"))


def test_fault_sequences_repeat_for_a_seed() -> None:
    def sequence(seed: int) -> list[int | None]:
        faults = FaultConfig(fail_rate=0.5, seed=seed)
        return [getattr(faults.inject(), "code", None) for _ in range(40)]

    assert sequence(3) == sequence(3)
    assert sequence(3) != sequence(4)
    assert {None, 50001, 50301} == set(sequence(3))


def test_storms_of_429_with_retry_after(sandbox: SandboxServer, api: Api) -> None:
    sandbox.faults.update(storm_every=3, storm_length=2, retry_after=0)
    statuses, waits = [], []
    for _ in range(7):
        response = api.get("/api/v1/me")
        statuses.append(response.status_code)
        waits.append(response.headers.get("Retry-After"))
    assert statuses == [200, 200, 429, 429, 200, 429, 429]
    assert waits[2] == "0" and waits[0] is None
    assert envelope(api.get("/api/v1/me"))["code"] == 0
    error(api.get("/api/v1/me"), 42901)


def test_malformed_feed_bodies_rotate_through_every_kind(sandbox: SandboxServer,
                                                         api: Api) -> None:
    sandbox.faults.update(malformed_rate=1.0)
    seen = []
    for _ in MALFORMED_KINDS:
        response = api.feed("metrics", page_size=2)
        seen.append(classify(response))
    assert seen == ["truncated", "html_200", "html_502", "wrong_type", "missing_field",
                    "no_data"]
    ok(api.get("/api/v1/me"))  # only feed pages are malformed
    sandbox.faults.update(malformed_rate=0.0)
    ok(api.feed("metrics", page_size=2))


def test_malformed_empty_page_is_still_wrong(sandbox: SandboxServer, api: Api) -> None:
    _, cursor = api.read_all("violations")
    sandbox.faults.update(malformed_rate=1.0, seed=0)
    for _ in range(3):  # skip the kinds that do not look at the items
        api.feed("violations", cursor)
    wrong = orjson.loads(api.feed("violations", cursor).content)
    assert not isinstance(wrong["data"]["next_cursor"], str)
    missing = orjson.loads(api.feed("violations", cursor).content)
    assert "next_cursor" not in missing["data"]


def classify(response: requests.Response) -> str:
    if response.headers["Content-Type"].startswith("text/html"):
        return "html_200" if response.status_code == 200 else f"html_{response.status_code}"
    try:
        body = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        return "truncated"
    if "data" not in body:
        return "no_data"
    item = body["data"]["items"][0]
    if isinstance(item["orders"], str):
        return "wrong_type"
    return "missing_field" if "updated_at" not in item else "fine"


def test_faults_are_set_over_the_control_route(sandbox: SandboxServer) -> None:
    url = f"{sandbox.base_url}/sandbox/v1/faults"
    settings = ok(requests.put(url, json={"fail_rate": 0.25, "retry_after": 3}, timeout=5))
    assert settings["fail_rate"] == 0.25 and sandbox.faults.retry_after == 3
    assert "unknown" in error(requests.put(url, json={"fail": 1}, timeout=5), 40001)["message"]
    error(requests.put(url, json={"fail_rate": 2}, timeout=5), 40001)
    error(requests.put(url, data=b"[1]", timeout=5), 40001)


@pytest.mark.parametrize("changes", [{"fail_rate": -0.1}, {"storm_every": 1.5},
                                     {"token_ttl": "soon"}, {"latency_ms": True},
                                     {"nope": 1}])
def test_fault_config_rejects_bad_settings(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        FaultConfig().update(**changes)


def test_rate_limit_window_frees_up_after_a_second() -> None:
    faults = FaultConfig(rate_limit=2)
    assert faults.take_rate("t", now=10.0).retry_after is None  # type: ignore[union-attr]
    assert faults.take_rate("t", now=10.1).remaining == 0  # type: ignore[union-attr]
    assert faults.take_rate("t", now=10.2).retry_after == 1  # type: ignore[union-attr]
    assert faults.take_rate("t", now=11.05).retry_after is None  # type: ignore[union-attr]
    assert FaultConfig(rate_limit=0).take_rate("t") is None
