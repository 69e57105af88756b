"""The sandbox's truth, read straight from its database, and the comparison with an export."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from app.export import export_feed
from sandbox.schema import METRIC_ITEM_FIELDS, METRIC_MONEY_FIELDS

KEYS: dict[str, tuple[str, ...]] = {
    "sellers": ("seller_id",),
    "metrics": ("seller_id", "date"),
    "violations": ("violation_id",),
    "enrollments": ("seller_id", "program_id"),
    "outreach": ("client_id",),
    "programs": ("program_id",),
}
# Fields compared as numbers, not text: "125000" and "125000.00" are the same money.
DECIMAL_FIELDS = frozenset(METRIC_MONEY_FIELDS) | {"value"}


def _key(feed: str, item: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(item[k] for k in KEYS[feed])


def sandbox_truth(db_path: Path) -> dict[str, dict[tuple[Any, ...], dict[str, Any]]]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        truth: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
        for feed in ("sellers", "violations", "enrollments", "outreach"):
            items = [json.loads(body) for (body,) in conn.execute(f"SELECT body FROM {feed}")]
            truth[feed] = {_key(feed, item): item for item in items}
        rows = conn.execute(f"SELECT {', '.join(METRIC_ITEM_FIELDS)} FROM metrics")
        truth["metrics"] = {
            (row[0], row[1]): dict(zip(METRIC_ITEM_FIELDS, row, strict=True)) for row in rows
        }
        programs = [json.loads(body) for (body,) in
                    conn.execute("SELECT body FROM programs ORDER BY position")]
        truth["programs"] = {_key("programs", p): p for p in programs}
        return truth
    finally:
        conn.close()


def exported(engine: Engine, feed: str, tmp: Path) -> dict[tuple[Any, ...], dict[str, Any]]:
    tmp.mkdir(parents=True, exist_ok=True)
    out = tmp / f"{feed}.json"
    export_feed(engine, feed, "json", out)
    items = json.loads(out.read_text(encoding="utf-8"))
    return {_key(feed, item): item for item in items}


def _normalise(value: Any, field: str) -> Any:
    if isinstance(value, dict):
        return {k: _normalise(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v, field) for v in value]
    if field in DECIMAL_FIELDS and isinstance(value, str):
        return Decimal(value)
    return value


def differences(feed: str, truth: dict[tuple[Any, ...], dict[str, Any]],
                ours: dict[tuple[Any, ...], dict[str, Any]], limit: int = 5) -> list[str]:
    """Field-by-field differences, on the fields our export carries (the contract's)."""
    problems: list[str] = []
    missing = sorted(set(truth) - set(ours))
    extra = sorted(set(ours) - set(truth))
    if missing:
        problems.append(f"{feed}: {len(missing)} missing, e.g. {missing[:3]}")
    if extra:
        problems.append(f"{feed}: {len(extra)} extra, e.g. {extra[:3]}")
    for key in sorted(set(truth) & set(ours)):
        expected, actual = truth[key], ours[key]
        for field in actual:
            want = _normalise(expected.get(field), field)
            got = _normalise(actual[field], field)
            if want != got:
                problems.append(f"{feed} {key} {field}: sandbox {want!r} != cache {got!r}")
        if len(problems) >= limit:
            break
    return problems


def assert_cache_matches(engine: Engine, sandbox_db: Path, tmp: Path) -> None:
    truth = sandbox_truth(sandbox_db)
    problems: list[str] = []
    for feed in KEYS:
        problems += differences(feed, truth[feed], exported(engine, feed, tmp))
    assert problems == [], "\n".join(problems)
