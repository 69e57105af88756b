"""Sandbox servers on 127.0.0.1 over the hand-made fixture, and signed clients for them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sandbox.faults import FaultConfig
from sandbox.runner import SandboxServer
from tests.sandbox.fixtures import Api, FakeClock, populate_fixture

QUIET = FaultConfig().settings() | {"rate_limit": 0}


@pytest.fixture(scope="module")
def shared_sandbox() -> Iterator[SandboxServer]:
    """One server per test module, for tests that only read."""
    with SandboxServer(setup=populate_fixture, faults=FaultConfig(**QUIET)) as server:
        yield server


@pytest.fixture
def reader(shared_sandbox: SandboxServer) -> Iterator[Api]:
    shared_sandbox.faults.update(**QUIET)
    api = Api(shared_sandbox.base_url, shared_sandbox.app_key, shared_sandbox.app_secret)
    api.login()
    yield api
    api.close()
    shared_sandbox.faults.update(**QUIET)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[SandboxServer]:
    """A fresh server of its own, for tests that write or change faults and tokens."""
    with SandboxServer(setup=populate_fixture, faults=FaultConfig(**QUIET),
                       clock=clock) as server:
        yield server


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[Api]:
    client = Api(sandbox.base_url, sandbox.app_key, sandbox.app_secret)
    client.login()
    yield client
    client.close()
