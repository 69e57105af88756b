"""Every query behind the outreach lists reads an index range, never the whole table: the
lists must stay fast with 200,000 entries (timed in benchmarks/outreach.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app.outreach.followups import FollowUpService
from app.outreach.model import OutreachDraft
from app.outreach.pipeline import PipelineService
from app.outreach.service import OutreachService
from db.repositories import outbox_queue
from tests.app.outreach_cache import activity, feed_outreach, small_cache

# A walk of an index in its order (the recent list: newest first, LIMIT) stops early and is
# fine; a scan of the table itself is not.
FULL_SCAN = re.compile(r"\bSCAN (outreach|o)\b(?! USING (COVERING )?INDEX)")


@pytest.mark.parametrize("name", ["timeline", "recent", "outbox", "outbox_counts",
                                  "follow_up_lists", "due_count", "funnel", "next_pending"])
def test_outreach_lists_use_an_index(tmp_path: Path, name: str) -> None:
    engine = small_cache(tmp_path)
    feed_outreach(engine, [activity(f"c{n}", "S1", follow_up_on="2026-11-20",
                                    program_id="flash_sale") for n in range(50)])
    OutreachService(engine).log(OutreachDraft(seller_id="S2", channel="call",
                                              outcome="connected"))
    today = dt.date(2026, 11, 20)
    calls: dict[str, Callable[[], Any]] = {
        "timeline": lambda: OutreachService(engine).timeline("S1"),
        "recent": lambda: OutreachService(engine).recent(),
        "outbox": lambda: OutreachService(engine).outbox(),
        "outbox_counts": lambda: OutreachService(engine).outbox_counts(),
        "follow_up_lists": lambda: FollowUpService(engine, today=today).lists(),
        "due_count": lambda: FollowUpService(engine, today=today).due_count(),
        "funnel": lambda: PipelineService(engine, today=today).funnel("flash_sale", 30),
        "next_pending": lambda: _next_pending(engine),
    }
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, _context: Any,
               _many: bool) -> None:
        if "outreach" in sql and sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(engine, "before_cursor_execute", record)
    calls[name]()
    event.remove(engine, "before_cursor_execute", record)
    assert statements
    with engine.connect() as conn:
        for sql, params in statements:
            plan = " | ".join(row[3] for row in conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {sql}", params))
            assert not FULL_SCAN.search(plan), f"{name}: {plan}\n{sql}"
    engine.dispose()


def _next_pending(engine: Any) -> None:
    with engine.connect() as conn:
        outbox_queue.next_pending(conn)
