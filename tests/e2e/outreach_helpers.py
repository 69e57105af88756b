"""Shared pieces of the outreach tests against the real sandbox."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path
from typing import Any

import orjson

from app.platform.client import PartnerClient
from app.platform.retry import RetryPolicy
from app.platform.tokens import TokenManager
from app.platform.transport import Transport
from app.sync.engine import SyncEngine
from app.workspace import Workspace

# Patient enough that 30% failures and 429 bursts almost never exhaust one request's
# retries; a push that still gives up is simply run again, as the app would.
PATIENT = RetryPolicy(attempts=12, base_delay=0.001, max_delay=0.01, read_timeout=10.0)


def sync(workspace: Workspace) -> None:
    client = workspace.client(PATIENT)
    try:
        SyncEngine(client, workspace.engine).run()
    finally:
        client.close()


def closed_port_client(workspace: Workspace, server: Any) -> PartnerClient:
    """A client of this profile aimed at a port nobody listens on: the platform is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    transport = Transport(f"http://127.0.0.1:{port}", server.app_key, server.app_secret,
                          policy=RetryPolicy(connection_attempts=2, base_delay=0.001))
    return PartnerClient(transport, TokenManager(transport, workspace.profile.secrets()))


def server_rows(server: Any, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{Path(server.db_path)}?mode=ro", uri=True, timeout=10)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def server_activity(server: Any, activity_id: str) -> dict[str, Any]:
    rows = server_rows(server, "SELECT body FROM outreach WHERE activity_id = ?",
                       (activity_id,))
    return orjson.loads(rows[0][0])


def seller_ids(workspace: Workspace) -> list[str]:
    with workspace.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            "SELECT seller_id FROM sellers WHERE assigned ORDER BY seller_id")]
