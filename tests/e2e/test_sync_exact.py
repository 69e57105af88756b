"""A full sync, then an incremental one after the platform moves on, give exactly its data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.sync.engine import SyncEngine
from app.sync.progress import SyncProgress
from app.workspace import Workspace
from tests.helpers.fixtures import FAST_RETRIES
from tests.helpers.truth import assert_cache_matches


def _sync(workspace: Workspace, **kwargs: Any) -> Any:
    client = workspace.client(FAST_RETRIES)
    try:
        return SyncEngine(client, workspace.engine, **kwargs).run()
    finally:
        client.close()


def test_full_then_incremental_sync_reproduce_the_platform(
    workspace: Workspace, sandbox: Any, tmp_path: Path
) -> None:
    seen: list[SyncProgress] = []
    first = _sync(workspace, on_progress=seen.append, page_sizes={"metrics": 97})
    assert_cache_matches(workspace.engine, sandbox.db_path, tmp_path / "first")
    assert first.summaries_refreshed
    metric_pages = [p for p in seen if p.phase == "metrics"]
    assert len(metric_pages) > 5 and metric_pages[-1].feed_items == first.items_by_feed["metrics"]
    assert any(p.eta_seconds is not None for p in metric_pages)

    advanced = sandbox.store.advance_day()
    assert advanced is not None
    second = _sync(workspace)
    assert 0 < second.items_by_feed["metrics"] < first.items_by_feed["metrics"]
    assert_cache_matches(workspace.engine, sandbox.db_path, tmp_path / "second")

    third = _sync(workspace)
    assert third.items == 0, "a sync with nothing new stores nothing"


def test_summaries_match_the_daily_rows(workspace: Workspace) -> None:
    _sync(workspace)
    with workspace.engine.connect() as conn:
        as_of = conn.exec_driver_sql(
            "SELECT value FROM cache_meta WHERE key = 'metrics_latest_date'").scalar()
        expected = dict(conn.exec_driver_sql(
            "SELECT seller_id, sum(gmv) FROM daily_metrics "
            "WHERE date > date(?, '-30 days') AND date <= ? GROUP BY seller_id",
            (as_of, as_of)).all())
        summary = dict(conn.exec_driver_sql(
            "SELECT seller_id, gmv_30d FROM seller_summary WHERE gmv_30d > 0").all())
    assert summary == {k: v for k, v in expected.items() if v}
    assert len(summary) > 10


def test_unassigned_sellers_keep_their_history(workspace: Workspace, sandbox: Any) -> None:
    _sync(workspace)
    with workspace.engine.connect() as conn:
        seller = conn.exec_driver_sql(
            "SELECT s.seller_id FROM sellers s JOIN daily_metrics m USING (seller_id) "
            "WHERE s.assigned GROUP BY s.seller_id LIMIT 1").scalar()
    sandbox.store.set_assigned(seller, assigned=False)
    _sync(workspace)
    with workspace.engine.connect() as conn:
        assigned, rows = conn.exec_driver_sql(
            "SELECT s.assigned, count(m.date) FROM sellers s JOIN daily_metrics m "
            "USING (seller_id) WHERE s.seller_id = ?", (seller,)).one()
    assert assigned == 0 and rows > 0
