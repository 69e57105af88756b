"""With every fault of the sandbox switched on, the sync still ends with exactly its data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.sync.engine import SyncEngine
from app.sync.progress import SyncProgress
from app.workspace import Workspace
from tests.helpers.fixtures import FAST_RETRIES
from tests.helpers.truth import assert_cache_matches


def test_sync_with_every_fault_on_ends_identical(
    workspace: Workspace, sandbox: Any, tmp_path: Path
) -> None:
    sandbox.faults.update(
        fail_rate=0.2,           # one request in five answers 500 or 503
        storm_every=25,          # now and then a burst of 429s...
        storm_length=2,
        retry_after=1,           # ...each asking for a one-second pause
        malformed_rate=0.05,     # truncated JSON, HTML pages, wrong types, missing fields
        token_ttl=2,             # access tokens die every 2 s
        latency_ms=40,
    )
    expired: list[int] = []

    def expire_once_mid_feed(progress: SyncProgress) -> None:
        # One cursor expiry, in the middle of the big feed: the client must re-read it.
        if progress.phase == "metrics" and progress.feed_items >= 300 and not expired:
            sandbox.store.expire_cursors()
            expired.append(progress.feed_items)

    client = workspace.client(FAST_RETRIES)
    try:
        result = SyncEngine(client, workspace.engine, on_progress=expire_once_mid_feed,
                            page_sizes={"metrics": 60, "sellers": 7}).run()
    finally:
        client.close()
    assert expired, "the cursor expiry was never triggered"
    assert result.restarts.get("metrics") == 1
    issued_refresh_tokens = len(sandbox.store.tokens._by_refresh)
    assert issued_refresh_tokens >= 2, "access tokens must have been renewed during the sync"
    assert_cache_matches(workspace.engine, sandbox.db_path, tmp_path)
