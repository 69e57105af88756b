"""The client against the real sandbox server over loopback: retries, Retry-After, protocol
errors, token refresh, gzip, keep-alive."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest

from app.errors import NeedsSignIn
from app.platform import errors
from app.platform.client import PartnerClient
from app.platform.tokens import TokenManager
from app.platform.transport import RetryPolicy, Transport
from app.secrets import Secret, SecretStore
from sandbox.faults import FaultConfig
from sandbox.runner import SandboxServer
from tests.sandbox.fixtures import populate_fixture


class Recorder:
    """Stands in for time.sleep: the client's waits are recorded, not slept."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer(setup=populate_fixture, faults=FaultConfig(rate_limit=0)) as running:
        yield running


def _client(server: SandboxServer, sleep: Recorder, compress: bool | None = None,
            **policy: Any) -> PartnerClient:
    transport = Transport(server.base_url, server.app_key, server.app_secret,
                          policy=RetryPolicy(**policy), sleep=sleep, rng=random.Random(3),
                          compress=compress)
    tokens = TokenManager(transport, SecretStore("test-transport"))
    tokens.sign_in(server.username, server.password)
    return PartnerClient(transport, tokens)


def test_429_waits_exactly_retry_after(server: SandboxServer) -> None:
    sleep = Recorder()
    client = _client(server, sleep)
    server.faults.update(storm_every=4, storm_length=2, retry_after=3)
    for _ in range(6):
        assert client.me()["manager_id"] == "M0001"
    assert len(sleep.waits) >= 2
    assert set(sleep.waits) == {3.0}


def test_5xx_is_retried_with_growing_jittered_backoff_then_reported(server: SandboxServer) -> None:
    sleep = Recorder()
    client = _client(server, sleep, attempts=5, base_delay=0.5, max_delay=100)
    server.faults.update(fail_rate=1.0)
    with pytest.raises(errors.ServerUnavailable, match="request id") as caught:
        client.programs()
    assert caught.value.code in (50001, 50301)
    assert len(sleep.waits) == 4
    for attempt, wait in enumerate(sleep.waits):
        assert 0 <= wait <= 0.5 * 2**attempt
    server.faults.update(fail_rate=0.0)
    assert len(client.programs()) == 2


def test_malformed_page_names_the_request_and_field_and_stores_nothing(
    server: SandboxServer,
) -> None:
    sleep = Recorder()
    client = _client(server, sleep, attempts=3)
    server.faults.update(malformed_rate=1.0)
    with pytest.raises(errors.ProtocolError) as caught:
        client.feed_page("metrics", None, 10)
    message = str(caught.value)
    assert "GET /api/v1/feeds/metrics" in message
    assert "malformed" in message or "envelope" in message
    assert len(sleep.waits) == 2


def test_wrong_type_in_one_item_is_named(server: SandboxServer) -> None:
    sleep = Recorder()
    client = _client(server, sleep, attempts=1)
    kinds = []
    server.faults.update(malformed_rate=1.0)
    for _ in range(6):
        with pytest.raises(errors.ProtocolError) as caught:
            client.feed_page("metrics", None, 10)
        kinds.append(str(caught.value))
    assert any("field data.items." in text and "request id" in text for text in kinds), kinds


def test_expired_access_token_is_refreshed_once_and_rotated(server: SandboxServer) -> None:
    sleep = Recorder()
    secrets = SecretStore("test-rotation")
    transport = Transport(server.base_url, server.app_key, server.app_secret, sleep=sleep)
    tokens = TokenManager(transport, secrets)
    tokens.sign_in(server.username, server.password)
    client = PartnerClient(transport, tokens)
    first_refresh = secrets.get(Secret.REFRESH_TOKEN)
    # The platform expires tokens behind the client's back: the client still believes in it.
    for pair in server.store.tokens._by_access.values():
        pair.access_expires_at = 0
    assert client.me()["manager_id"] == "M0001"
    second_refresh = secrets.get(Secret.REFRESH_TOKEN)
    assert second_refresh and second_refresh != first_refresh
    server.store.revoke_refresh_tokens()
    for pair in server.store.tokens._by_access.values():
        pair.access_expires_at = 0
    with pytest.raises(NeedsSignIn, match="sign"):
        client.me()


@pytest.mark.parametrize(("compress", "encoding"), [(True, "gzip"), (None, "")])
def test_pages_over_one_kept_alive_connection_gzipped_off_loopback(
    server: SandboxServer, compress: bool | None, encoding: str
) -> None:
    sleep = Recorder()
    client = _client(server, sleep, compress=compress)
    encodings: list[str] = []
    client.transport.session.hooks["response"].append(
        lambda response, **_: encodings.append(response.headers.get("Content-Encoding", "")))
    cursor = None
    for _ in range(3):
        page = client.feed_page("metrics", cursor, 50)
        cursor = page.next_cursor
    assert encodings == [encoding] * 3
    pool = client.transport.session.get_adapter(server.base_url).poolmanager
    assert sum(p.num_connections for p in pool.pools._container.values()) == 1


def test_http_to_a_remote_host_is_refused_before_any_request() -> None:
    from app.errors import UsageError

    with pytest.raises(UsageError):
        Transport("http://partner.example.com", "k", "s")
