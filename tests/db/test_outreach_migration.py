"""0004 on a cache that already holds outreach, some of it unsent: nothing is lost going up,
and going down and up again gives the same schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from db.engine import create_cache_engine
from db.migrate import alembic_config
from db.repositories import outbox_queue
from tests.db.test_migrations import _schema

PENDING = (
    "INSERT INTO outreach (client_id, seller_id, channel, direction, occurred_at, outcome, "
    "summary, outbox_op, outbox_state, idempotency_key, outbox_attempts) VALUES "
    "('c-1', 'S1', 'call', 'outbound', '2026-11-20T08:00:00Z', 'connected', 'unsent call', "
    "'create', 'pending', 'k-1', 0)"
)


def test_upgrade_keeps_unsent_outreach_and_downgrade_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    engine = create_cache_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0003_flags")
        conn.exec_driver_sql(PENDING)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT summary, outbox_state, idempotency_key, snapshot, outbox_seq, "
            "follow_up_done_at FROM outreach").one()
    # Still queued, in its place: the pusher stores its request before sending it.
    assert tuple(row) == ("unsent call", "pending", "k-1", None, 1, None)
    with engine.connect() as conn:
        assert outbox_queue.next_pending(conn) == ("outreach", "c-1")
    head = _schema(path)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003_flags")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT summary FROM outreach").scalar() == "unsent call"
        tables = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "queued_nominations" not in tables
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    assert _schema(path) == head
