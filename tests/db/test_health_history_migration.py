"""0005 rebuilds health_history keyed by date: the kept scores survive, one date's read and
the pruning of old dates walk a key range, and down and up again gives the same schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from db.engine import create_cache_engine
from db.migrate import alembic_config
from db.repositories import flags as flag_repo
from tests.db.test_migrations import _schema

ROWS = [("S2", "2026-10-01", 71.5), ("S1", "2026-10-01", None), ("S1", "2026-11-01", 64.0)]


def test_upgrade_keeps_the_scores_and_reads_one_date_by_its_key(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    engine = create_cache_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004_outreach_local")
        conn.exec_driver_sql(
            "INSERT INTO health_history (seller_id, as_of, score) VALUES (?, ?, ?)", ROWS)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        assert flag_repo.history_scores(conn, "2026-10-01") == [("S1", None), ("S2", 71.5)]
        plan = " ".join(str(r[3]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT seller_id, score FROM health_history "
            "WHERE as_of = ? ORDER BY seller_id", ("2026-10-01",)))
        assert "SEARCH health_history USING PRIMARY KEY (as_of=?)" in plan, plan
        assert "TEMP B-TREE" not in plan  # already in seller order
    with engine.begin() as conn:
        flag_repo.keep_history(conn, "2026-11-02", [("S2", 70.0)], keep_from="2026-10-15")
    with engine.connect() as conn:
        kept = conn.exec_driver_sql(
            "SELECT as_of, seller_id, score FROM health_history").cursor.fetchall()
    assert kept == [("2026-11-01", "S1", 64.0), ("2026-11-02", "S2", 70.0)]
    head = _schema(path)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0004_outreach_local")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    assert _schema(path) == head
