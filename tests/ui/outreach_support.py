"""Helpers of the outreach screen tests: a synced cache, entries made by hand, the
sandbox's own copy of what was pushed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import orjson

from app.outreach.model import OutreachDraft, OutreachEntry
from app.outreach.service import OutreachService
from app.sync.engine import SyncEngine
from app.sync.outbox import OutboxPusher, PushResult
from app.workspace import Workspace
from tests.helpers.fixtures import FAST_RETRIES

WHEN = dt.datetime(2026, 11, 19, 9, 30, tzinfo=dt.UTC)
TIMEOUT = 15_000


def sync_workspace(workspace: Workspace) -> None:
    client = workspace.client(FAST_RETRIES)
    try:
        SyncEngine(client, workspace.engine).run()
    finally:
        client.close()


def push(workspace: Workspace) -> PushResult:
    client = workspace.client(FAST_RETRIES)
    try:
        return OutboxPusher(client, workspace.engine).push()
    finally:
        client.close()


def seller_ids(workspace: Workspace) -> list[str]:
    with workspace.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            "SELECT seller_id FROM sellers WHERE assigned ORDER BY seller_id")]


def log_entry(workspace: Workspace, seller_id: str, **fields: Any) -> OutreachEntry:
    values: dict[str, Any] = {"channel": "call", "outcome": "connected", "occurred_at": WHEN}
    values.update(fields)
    return OutreachService(workspace.engine).log(OutreachDraft(seller_id=seller_id, **values))


def server_activities(server: Any) -> list[dict[str, Any]]:
    conn = sqlite3.connect(f"file:{Path(server.db_path)}?mode=ro", uri=True, timeout=10)
    try:
        return [orjson.loads(body) for (body,) in conn.execute("SELECT body FROM outreach")]
    finally:
        conn.close()
