"""Stream cached rows of a feed for export, in the order of the feed's natural key."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine

from db.repositories.feed_upserts import (
    ENROLLMENT_COLUMNS,
    METRIC_FIELDS,
    OUTREACH_FIELDS,
    SELLER_COLUMNS,
    VIOLATION_COLUMNS,
)

EXPORT_QUERIES: dict[str, tuple[tuple[str, ...], str]] = {
    "sellers": (SELLER_COLUMNS, "FROM sellers ORDER BY seller_id"),
    "metrics": (METRIC_FIELDS, "FROM daily_metrics ORDER BY seller_id, date"),
    "violations": (VIOLATION_COLUMNS, "FROM violations ORDER BY violation_id"),
    "enrollments": (ENROLLMENT_COLUMNS, "FROM enrollments ORDER BY seller_id, program_id"),
    # Local columns last: entries still in the outbox are exported too, with their state.
    "outreach": ((*OUTREACH_FIELDS, "outbox_state", "outbox_error"),
                 "FROM outreach ORDER BY occurred_at, client_id"),
}

BATCH = 5000


def stream_rows(engine: Engine, feed: str) -> Iterator[dict[str, Any]]:
    columns, tail = EXPORT_QUERIES[feed]
    sql = f"SELECT {', '.join(columns)} {tail}"
    with engine.connect() as conn:
        result = conn.exec_driver_sql(sql)
        while batch := result.fetchmany(BATCH):
            for row in batch:
                yield dict(zip(columns, row, strict=True))


def count_rows(engine: Engine, feed: str) -> int:
    table = EXPORT_QUERIES[feed][1].split()[1]
    with engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)


def programs_with_criteria(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        programs = conn.exec_driver_sql(
            "SELECT program_id, marketplace, name, description, active FROM programs "
            "ORDER BY position"
        ).all()
        criteria = conn.exec_driver_sql(
            "SELECT program_id, metric, op, value, window_days FROM program_criteria "
            "ORDER BY program_id, position"
        ).all()
    by_program: dict[str, list[dict[str, Any]]] = {}
    for program_id, metric, op, value, window_days in criteria:
        criterion: dict[str, Any] = {"metric": metric, "op": op, "value": value}
        if window_days is not None:
            criterion["window_days"] = window_days
        by_program.setdefault(program_id, []).append(criterion)
    return [
        {"program_id": p[0], "marketplace": p[1], "name": p[2], "description": p[3],
         "active": bool(p[4]), "criteria": by_program.get(p[0], [])}
        for p in programs
    ]
