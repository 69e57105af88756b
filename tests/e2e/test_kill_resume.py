"""A sync killed with SIGKILL at random moments, then restarted, ends identical to a clean
sync, and the cache passes PRAGMA integrity_check after every kill."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import keyring
import pytest

from app.signin import sign_in
from app.workspace import Workspace
from tests.helpers.fixtures import FAST_RETRIES, credentials_for, make_sandbox
from tests.helpers.keyring_backends import FILE_ENV, FileKeyring
from tests.helpers.truth import assert_cache_matches

ROOT = Path(__file__).resolve().parents[2]


def _items_stored(cache: Path) -> int:
    if not cache.exists():
        return 0
    conn = sqlite3.connect(f"file:{cache}?mode=ro", uri=True, timeout=5)
    try:
        return int(conn.execute("SELECT coalesce(sum(items_total), 0) FROM sync_state")
                   .fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def _integrity(cache: Path) -> str:
    conn = sqlite3.connect(cache)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_sigkill_at_random_moments_then_resume(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv(FILE_ENV, str(tmp_path / "keyring.json"))
    keyring.set_keyring(FileKeyring())
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_backends.FileKeyring",
           "PYTHONPATH": str(ROOT), FILE_ENV: str(tmp_path / "keyring.json")}
    rng = random.Random(20261122)
    with make_sandbox(sellers=160, days=200, seed=5, latency_ms=2) as server:
        sign_in(home, "default", credentials_for(server), policy=FAST_RETRIES)
        cache = home / "profiles" / "default" / "cache.sqlite3"
        # Feed items served so far are numbered by the sandbox's sequence: the work still
        # outstanding is what was numbered since the last sync that ran to the end.
        synced_through = 0
        kills = 0
        for _ in range(8):
            outstanding = server.store.state()["next_seq"] - synced_through
            target = _items_stored(cache) + rng.randint(1, max(1, outstanding))
            process = subprocess.Popen(
                [sys.executable, "-m", "app.cli", "--home", str(home), "sync"],
                env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            tick = threading.Event()
            deadline = time.monotonic() + 60
            while process.poll() is None and _items_stored(cache) < target:
                assert time.monotonic() < deadline, "sync made no progress"
                tick.wait(0.002)
            if process.poll() is None:
                process.kill()
                kills += 1
            process.wait()
            errors = process.stderr.read().decode()
            process.stderr.close()
            assert process.returncode in (0, -9), errors
            assert _integrity(cache) == "ok"
            if process.returncode == 0:
                # Finished: the platform moves on a day (new rows, restated past days).
                synced_through = server.store.state()["next_seq"]
                server.store.advance_day()
        assert kills >= 3, "most runs should have been killed mid-way"

        finished = subprocess.run(
            [sys.executable, "-m", "app.cli", "--home", str(home), "sync"],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
        assert finished.returncode == 0, finished.stderr
        assert _integrity(cache) == "ok"
        workspace = Workspace.open(home, "default")
        try:
            assert_cache_matches(workspace.engine, server.db_path, tmp_path)
            with workspace.engine.connect() as conn:
                stale = conn.exec_driver_sql(
                    "SELECT value FROM cache_meta WHERE key = 'summaries_stale'").scalar()
                summaries = conn.exec_driver_sql("SELECT count(*) FROM seller_summary").scalar()
            assert stale == "0" and summaries >= 160
        finally:
            workspace.close()
