"""After sign-in, sync and export, no secret is anywhere under --home, logs included."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from tests.helpers.keyring_backends import MemoryKeyring


def test_no_secret_or_token_in_any_file(
    home: Path, sandbox: Any, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("SELLERDESK_APP_SECRET", sandbox.app_secret)
    monkeypatch.setenv("SELLERDESK_PASSWORD", sandbox.password)
    base = ["--home", str(home), "--verbose"]
    assert main([*base, "login", "--api-url", sandbox.base_url, "--app-key", sandbox.app_key,
                 "--username", sandbox.username]) == 0
    # Expire access tokens quickly so the sync rotates refresh tokens several times.
    sandbox.faults.update(token_ttl=1)
    assert main([*base, "sync"]) == 0
    assert main([*base, "export", "outreach", "--format", "json",
                 "--out", str(home / "outreach.json")]) == 0
    logging.getLogger("sellerdesk.test").debug("log flushed")

    secrets = {value for value in memory_keyring.entries.values()}
    assert {sandbox.app_secret, sandbox.password} <= secrets
    # Every access and refresh token the platform issued in this test, spent ones included.
    issued = set(sandbox.store.tokens._by_access) | set(sandbox.store.tokens._by_refresh)
    assert len(issued) >= 4
    needles = {s.encode() for s in secrets | issued if s}
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files) and any(p.suffix == ".sqlite3" for p in files)
    found = {(str(p.relative_to(home)), n.decode()[:6] + "...")
             for p in files for n in needles if n in p.read_bytes()}
    assert found == set()
