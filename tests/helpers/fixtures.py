"""Shared fixtures: a fresh home folder, a sandbox on loopback, a signed-in workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from app.platform.transport import RetryPolicy
from app.signin import Credentials, sign_in
from app.sync.engine import SyncEngine
from app.workspace import Workspace
from tests.helpers.keyring_backends import MemoryKeyring

# Fixed so generated data, and every expectation drawn from it, are the same on every run.
TEST_END_DATE = dt.date(2026, 11, 20)
FAST_RETRIES = RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.05, read_timeout=10.0)


def make_sandbox(sellers: int = 24, days: int = 60, seed: int = 11, **faults: Any) -> Any:
    from sandbox.faults import FaultConfig
    from sandbox.generator import GeneratorSpec
    from sandbox.runner import SandboxServer

    spec = GeneratorSpec(seed=seed, sellers=sellers, days=days, end_date=TEST_END_DATE)
    return SandboxServer(spec, faults=FaultConfig(rate_limit=0, **faults))


def credentials_for(server: Any) -> Credentials:
    return Credentials(server.base_url, server.app_key, server.app_secret, server.username,
                       server.password)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def sandbox() -> Iterator[Any]:
    with make_sandbox() as server:
        yield server


@pytest.fixture
def workspace(home: Path, sandbox: Any) -> Iterator[Workspace]:
    sign_in(home, "test", credentials_for(sandbox), policy=FAST_RETRIES)
    opened = Workspace.open(home, "test")
    yield opened
    opened.close()


def sync_sandbox_into(home: Path, *, sellers: int = 24, days: int = 60,
                      prepare: Callable[[Any], None] | None = None) -> Path:
    """Sign `home` in to a fresh sandbox and sync it once, for module-scoped fixtures.

    Runs outside the per-test keyring fixture, so it brings its own in-memory keyring;
    `prepare(server)` may change the platform's data before the sync.
    """
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with make_sandbox(sellers=sellers, days=days) as server:
            if prepare is not None:
                prepare(server)
            sign_in(home, "test", credentials_for(server), policy=FAST_RETRIES)
            workspace = Workspace.open(home, "test")
            client = workspace.client(FAST_RETRIES)
            try:
                SyncEngine(client, workspace.engine).run()
            finally:
                client.close()
                workspace.close()
    finally:
        keyring.set_keyring(previous)
    return home
