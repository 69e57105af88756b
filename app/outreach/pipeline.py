"""Enrollment funnel per program: eligible, pitched, interested, applied, enrolled, declined."""

from __future__ import annotations

import datetime

from sqlalchemy import Engine

from app.outreach.model import Funnel


class PipelineService:
    def __init__(self, engine: Engine, *, today: datetime.date | None = None) -> None:
        self.engine = engine
        self._today = today

    def programs(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def funnel(self, program_id: str, period_days: int | None = None) -> Funnel:
        raise NotImplementedError

    def nominate(self, seller_id: str, program_id: str, note: str = "") -> None:
        raise NotImplementedError
