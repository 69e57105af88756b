"""Enrollment funnel per program: eligible, pitched, interested, applied, enrolled, declined.

Each seller reaches the furthest stage any signal shows:
- eligible: an open `program_eligible:<program>` flag;
- pitched: an outreach entry about the program, a nomination waiting in the outbox, or
  an enrollment `invited`;
- interested: an entry with outcome `interested`;
- applied: enrollment `applied`;
- enrolled: enrollment `enrolled` or an entry with outcome `enrolled`.
A seller is currently `declined` when the enrollment was `rejected`/`withdrawn`, or the
latest of its `not_interested` entries is newer than its latest positive one, unless it is
enrolled. A declined seller still counts as having reached the stages before it.

Counts are "reached at least this stage"; conversion is this stage's count over the
previous one's (declined: over pitched). With `period_days`, only entries and enrollment
changes of the last N days count; eligibility flags are always the current ones.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlalchemy import Engine

from app.clock import now_rfc3339, utc_now
from app.errors import UsageError
from app.outreach.model import STAGES, Funnel, FunnelStage
from app.outreach.queue import new_key
from db.engine import known_cache_errors
from db.repositories import outbox_queue, outreach_log, pipeline, seller_detail

_LEVEL = {stage: level for level, stage in enumerate(STAGES[:-1])}
_ENROLLMENT_LEVEL = {"invited": _LEVEL["pitched"], "applied": _LEVEL["applied"],
                     "enrolled": _LEVEL["enrolled"]}
_ENROLLMENT_DECLINED = frozenset({"rejected", "withdrawn"})


@dataclass
class _Seller:
    level: int = 0
    declined: bool = False
    enrolled: bool = False

    def reach(self, stage: str) -> None:
        self.level = max(self.level, _LEVEL[stage])
        self.enrolled = self.enrolled or stage == "enrolled"

    @property
    def stage(self) -> str:
        if self.enrolled:
            return "enrolled"
        return "declined" if self.declined else STAGES[self.level]


class PipelineService:
    def __init__(self, engine: Engine, *, today: datetime.date | None = None) -> None:
        self.engine = engine
        self._today = today

    def programs(self) -> list[tuple[str, str]]:
        with known_cache_errors(), self.engine.connect() as conn:
            return pipeline.programs(conn)

    def funnel(self, program_id: str, period_days: int | None = None) -> Funnel:
        since = None
        if period_days is not None:
            today = self._today or utc_now().date()
            since = (today - datetime.timedelta(days=period_days)).isoformat()
        sellers: dict[str, _Seller] = {}
        with known_cache_errors(), self.engine.connect() as conn:
            name = pipeline.program_name(conn, program_id) or program_id
            for seller_id in pipeline.eligible_sellers(conn, program_id):
                sellers.setdefault(seller_id, _Seller()).reach("eligible")
            for seller_id in pipeline.nominated_sellers(conn, program_id):
                sellers.setdefault(seller_id, _Seller()).reach("pitched")
            for seller_id, interested, enrolled, declined_at, positive_at in (
                    pipeline.outreach_signals(conn, program_id, since)):
                seller = sellers.setdefault(seller_id, _Seller())
                seller.reach("pitched")
                if interested:
                    seller.reach("interested")
                if enrolled:
                    seller.reach("enrolled")
                if declined_at is not None and (positive_at is None or declined_at > positive_at):
                    seller.declined = True
            for seller_id, status in pipeline.enrollment_statuses(conn, program_id, since):
                seller = sellers.setdefault(seller_id, _Seller())
                if status in _ENROLLMENT_DECLINED:
                    seller.reach("pitched")
                    seller.declined = True
                elif status in _ENROLLMENT_LEVEL:
                    seller.reach(STAGES[_ENROLLMENT_LEVEL[status]])
        return Funnel(program_id, name, period_days, _stages(sellers))

    def nominate(self, seller_id: str, program_id: str, note: str = "") -> None:
        """Queue POST /enrollments in the outbox; the feed later shows it as `invited`."""
        with known_cache_errors(), self.engine.begin() as conn:
            outreach_log.take_write_lock(conn)
            if seller_detail.seller(conn, seller_id) is None:
                raise UsageError(f"Unknown seller '{seller_id}': it is not in this cache.")
            if not outreach_log.program_known(conn, program_id):
                raise UsageError(f"Unknown program '{program_id}'.")
            if pipeline.pending_nomination(conn, seller_id, program_id):
                raise UsageError(f"{seller_id} is already nominated for {program_id}; the "
                                 "nomination is waiting in the outbox.")
            outbox_queue.insert_nomination(conn, {
                "seller_id": seller_id, "program_id": program_id, "note": note,
                "idempotency_key": new_key(), "outbox_state": "pending",
                "outbox_attempts": 0, "outbox_seq": outreach_log.next_outbox_seq(conn),
                "created_at": now_rfc3339()})


def _stages(sellers: dict[str, _Seller]) -> tuple[FunnelStage, ...]:
    stages: list[FunnelStage] = []
    previous: int | None = None
    for stage in STAGES[:-1]:
        reached = tuple(sorted(s for s, v in sellers.items() if v.level >= _LEVEL[stage]))
        stages.append(FunnelStage(stage, len(reached), _share(len(reached), previous),
                                  reached, _at(sellers, stage)))
        previous = len(reached)
    declined = _at(sellers, "declined")
    stages.append(FunnelStage("declined", len(declined),
                              _share(len(declined), stages[_LEVEL["pitched"]].count),
                              declined, declined))
    return tuple(stages)


def _at(sellers: dict[str, _Seller], stage: str) -> tuple[str, ...]:
    return tuple(sorted(s for s, v in sellers.items() if v.stage == stage))


def _share(count: int, previous: int | None) -> float | None:
    if previous is None or previous == 0:
        return None
    return count / previous
