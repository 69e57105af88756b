"""The enrollment funnel on hand-made flags, outreach and enrollments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.errors import UsageError
from app.outreach.pipeline import PipelineService
from db.repositories.feed_upserts import upsert_enrollments, upsert_sellers
from tests.app.outreach_cache import STAMP, _seller, activity, feed_outreach, small_cache

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = small_cache(tmp_path)
    with made.begin() as conn:
        upsert_sellers(conn, [_seller(f"P{n}", f"Shop {n}") for n in range(1, 9)])
        # Eligible by the flags engine: P1 (open), P2 (acknowledged); P8's flag dismissed.
        for seller_id, status in (("P1", "new"), ("P2", "acknowledged"), ("P8", "dismissed")):
            conn.exec_driver_sql(
                "INSERT INTO flags (seller_id, rule_id, kind, severity, status, active, "
                "first_seen, last_seen, updated_at) VALUES (?, 'program_eligible:flash_sale', "
                "'opportunity', 'info', ?, 1, ?, ?, ?)", (seller_id, status, STAMP, STAMP, STAMP))
        upsert_enrollments(conn, [
            {"seller_id": "P5", "program_id": "flash_sale", "status": "applied", "version": 1,
             "updated_at": "2026-11-15T00:00:00Z"},
            {"seller_id": "P6", "program_id": "flash_sale", "status": "enrolled", "version": 1,
             "updated_at": "2026-09-01T00:00:00Z"},
            {"seller_id": "P7", "program_id": "flash_sale", "status": "rejected", "version": 1,
             "updated_at": "2026-11-18T00:00:00Z"},
            {"seller_id": "P1", "program_id": "affiliate", "status": "enrolled", "version": 1,
             "updated_at": "2026-11-18T00:00:00Z"},
        ])
    feed_outreach(made, [
        activity("a2", "P2", program_id="flash_sale", outcome="connected"),
        activity("a3", "P3", program_id="flash_sale", outcome="interested",
                 occurred_at="2026-11-10T10:00:00Z"),
        # P4 was interested, then said no: declined.
        activity("a4", "P4", program_id="flash_sale", outcome="interested",
                 occurred_at="2026-11-02T10:00:00Z"),
        activity("a4b", "P4", program_id="flash_sale", outcome="not_interested",
                 occurred_at="2026-11-12T10:00:00Z"),
        activity("a5", "P5", program_id="flash_sale", outcome="interested",
                 occurred_at="2026-10-01T10:00:00Z"),
        activity("gone", "P8", program_id="flash_sale", outcome="enrolled", deleted=True),
    ])
    yield made
    made.dispose()


def _by_stage(funnel) -> dict[str, tuple[int, float | None, tuple[str, ...], tuple[str, ...]]]:
    return {s.stage: (s.count, s.conversion, s.seller_ids, s.at_stage) for s in funnel.stages}


def test_stages_and_conversion_per_program(engine: Engine) -> None:
    funnel = PipelineService(engine, today=TODAY).funnel("flash_sale")
    assert (funnel.program_name, funnel.period_days) == ("Flash Sale", None)
    stages = _by_stage(funnel)
    assert list(stages) == ["eligible", "pitched", "interested", "applied", "enrolled",
                            "declined"]
    everyone = ("P1", "P2", "P3", "P4", "P5", "P6", "P7")
    assert stages["eligible"] == (7, None, everyone, ("P1",))
    assert stages["pitched"] == (6, 6 / 7, everyone[1:], ("P2",))
    assert stages["interested"] == (4, 4 / 6, ("P3", "P4", "P5", "P6"), ("P3",))
    assert stages["applied"] == (2, 2 / 4, ("P5", "P6"), ("P5",))
    assert stages["enrolled"] == (1, 1 / 2, ("P6",), ("P6",))
    assert stages["declined"] == (2, 2 / 6, ("P4", "P7"), ("P4", "P7"))


def test_a_period_keeps_only_recent_signals(engine: Engine) -> None:
    stages = _by_stage(PipelineService(engine, today=TODAY).funnel("flash_sale", 30))
    # P5's interest (Oct 1) and P6's enrollment (Sep 1) are older than 30 days; P5 still
    # reached interested by applying on Nov 15.
    assert stages["interested"][2:] == (("P3", "P4", "P5"), ("P3",))
    assert "P6" not in stages["pitched"][2]
    assert stages["applied"][2] == ("P5",) and stages["enrolled"][0] == 0
    assert stages["eligible"][3] == ("P1",)


def test_a_program_without_signals_or_flags_is_an_empty_funnel(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM flags")
    funnel = PipelineService(engine).funnel("affiliate")
    assert [(s.stage, s.count) for s in funnel.stages] == [
        ("eligible", 1), ("pitched", 1), ("interested", 1), ("applied", 1), ("enrolled", 1),
        ("declined", 0)]
    assert PipelineService(engine).programs() == [("flash_sale", "Flash Sale"),
                                                  ("affiliate", "Affiliate")]


def test_nominate_queues_once_and_counts_as_pitched(engine: Engine) -> None:
    service = PipelineService(engine, today=TODAY)
    service.nominate("P1", "flash_sale", "strong Q4 seller")
    with pytest.raises(UsageError, match="already nominated"):
        service.nominate("P1", "flash_sale")
    with pytest.raises(UsageError, match="Unknown seller"):
        service.nominate("ZZ", "flash_sale")
    assert "P1" in _by_stage(service.funnel("flash_sale"))["pitched"][3]
    with engine.connect() as conn:
        queued = conn.exec_driver_sql(
            "SELECT seller_id, program_id, note, outbox_state FROM queued_nominations").all()
    assert queued == [("P1", "flash_sale", "strong Q4 seller", "pending")]
