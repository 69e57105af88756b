"""`sellerdesk outreach push` killed with SIGKILL at random moments, then run again: every
entry reaches the platform exactly once, under the idempotency key it was logged with."""

from __future__ import annotations

import datetime as dt
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

from app.outreach.model import CHANNELS, OutreachDraft
from app.outreach.service import OutreachService
from app.signin import sign_in
from app.workspace import Workspace
from tests.e2e.outreach_helpers import seller_ids, server_rows, sync
from tests.helpers.fixtures import FAST_RETRIES, credentials_for, make_sandbox
from tests.helpers.keyring_backends import FILE_ENV, FileKeyring

ROOT = Path(__file__).resolve().parents[2]
ENTRIES = 240


def _local(cache: Path, sql: str) -> int:
    conn = sqlite3.connect(f"file:{cache}?mode=ro", uri=True, timeout=5)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_push_killed_mid_way_then_rerun_duplicates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv(FILE_ENV, str(tmp_path / "keyring.json"))
    keyring.set_keyring(FileKeyring())
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_backends.FileKeyring",
           "PYTHONPATH": str(ROOT), FILE_ENV: str(tmp_path / "keyring.json")}
    rng = random.Random(20261123)
    with make_sandbox(sellers=24, days=60, latency_ms=12) as server:
        sign_in(home, "default", credentials_for(server), policy=FAST_RETRIES)
        workspace = Workspace.open(home, "default")
        try:
            sync(workspace)
            sellers = seller_ids(workspace)
            service = OutreachService(workspace.engine)
            when = dt.datetime(2026, 11, 19, 8, tzinfo=dt.UTC)
            for i in range(ENTRIES):
                service.log(OutreachDraft(seller_id=sellers[i % len(sellers)],
                                          channel=CHANNELS[i % len(CHANNELS)],
                                          outcome="connected", summary=f"kill test {i}",
                                          occurred_at=when + dt.timedelta(minutes=i)))
            with workspace.engine.connect() as conn:
                keys = dict(conn.exec_driver_sql(
                    "SELECT client_id, idempotency_key FROM outreach "
                    "WHERE outbox_op = 'create'").all())
        finally:
            workspace.close()
        cache = home / "profiles" / "default" / "cache.sqlite3"
        pending = "SELECT count(*) FROM outreach WHERE outbox_op IS NOT NULL"
        # A claimed change whose answer was never stored: the kill hit it mid-request.
        in_flight = ("SELECT count(*) FROM outreach WHERE outbox_op IS NOT NULL "
                     "AND outbox_attempts > 0")
        kills = mid_request = 0
        for _ in range(6):
            left = _local(cache, pending)
            target = left - rng.randint(1, max(1, left // 4))
            process = subprocess.Popen(
                [sys.executable, "-m", "app.cli", "--home", str(home), "outreach", "push"],
                env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            tick = threading.Event()
            deadline = time.monotonic() + 60
            while process.poll() is None and _local(cache, pending) > target:
                assert time.monotonic() < deadline, "push made no progress"
                tick.wait(0.002)
            if process.poll() is None:
                process.kill()
                kills += 1
            process.wait()
            errors = process.stderr.read().decode()
            process.stderr.close()
            assert process.returncode in (0, -9), errors
            mid_request += _local(cache, in_flight) > 0
            if process.returncode == 0:
                break
        assert kills >= 3 and mid_request >= 1

        finished = subprocess.run(
            [sys.executable, "-m", "app.cli", "--home", str(home), "outreach", "push"],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
        assert finished.returncode == 0, finished.stderr
        assert _local(cache, pending) == 0
        check = sqlite3.connect(cache)
        try:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            check.close()
        on_server = dict(server_rows(server, "SELECT client_id, count(*) FROM outreach "
                                             "GROUP BY client_id"))
        assert all(on_server.get(client_id) == 1 for client_id in keys)
        recorded = {r[0] for r in server_rows(
            server, "SELECT key FROM idempotency WHERE path = '/api/v1/outreach'")}
        assert recorded == set(keys.values())
        assert _local(cache, "SELECT count(*) FROM outreach WHERE summary LIKE 'kill test %' "
                             "AND activity_id IS NOT NULL AND version = 1") == ENTRIES
