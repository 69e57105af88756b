"""The flags worklist: rule evaluation, the flags' lifecycle, health scores, rule settings.

The only module the UI imports for flags (see docs/flags.md). Plain Python, no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

if TYPE_CHECKING:
    from app.workspace import Workspace

SEVERITY_ORDER = ("critical", "high", "medium", "low", "info")  # info: opportunities
OPEN_STATUSES = ("new", "acknowledged")  # what the worklist shows by default


@dataclass(frozen=True)
class FlagItem:
    flag_id: int
    seller_id: str
    shop_name: str
    shop_code: str
    rule_id: str
    kind: str
    severity: str
    metric: str | None
    value: float | None
    threshold: float | None
    window_days: int | None
    status: str
    first_seen: str
    last_seen: str
    snoozed_until: str | None
    dismissed_reason: str | None
    value_at_stake: Decimal | None
    currency: str
    evidence: dict[str, Any]
    message_args: dict[str, Any] = field(default_factory=dict, compare=False)
    pack_id: str | None = None

    def message(self, language: str) -> str:
        raise NotImplementedError

    def distance(self, language: str) -> str | None:
        raise NotImplementedError

    def action(self, language: str) -> str | None:
        raise NotImplementedError


@dataclass(frozen=True)
class FlagEventItem:
    at: str
    event: str
    status: str
    severity: str | None
    value: float | None
    note: str | None


@dataclass(frozen=True)
class HealthView:
    score: float | None
    parts: dict[str, float | None]
    weights: dict[str, float]
    previous_score: float | None

    @property
    def trend(self) -> float | None:
        if self.score is None or self.previous_score is None:
            return None
        return self.score - self.previous_score


@dataclass(frozen=True)
class MetricSeries:
    metric: str
    window_days: int
    dates: list[str]
    values: list[float | None]
    thresholds: dict[str, float]
    higher_is_worse: bool


@dataclass(frozen=True)
class EvaluationSummary:
    sellers: int
    raised: int
    resolved: int
    reopened: int
    open_risks: int
    open_opportunities: int
    seconds: float


class FlagService:
    def __init__(self, engine: Engine, *, user_rules: Path | None = None,
                 today: dt.date | None = None) -> None:
        self._engine = engine
        self._user_rules = user_rules
        self._today = today

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> FlagService:
        raise NotImplementedError

    def evaluate(self) -> EvaluationSummary:
        raise NotImplementedError

    def flags(self, *, seller_id: str | None = None, kinds: Sequence[str] | None = None,
              statuses: Sequence[str] | None = OPEN_STATUSES) -> list[FlagItem]:
        raise NotImplementedError

    def open_counts(self) -> dict[str, int]:
        raise NotImplementedError

    def history(self, flag_id: int) -> list[FlagEventItem]:
        raise NotImplementedError

    def acknowledge(self, flag_ids: Sequence[int]) -> int:
        raise NotImplementedError

    def snooze(self, flag_ids: Sequence[int], until: dt.date) -> int:
        raise NotImplementedError

    def dismiss(self, flag_ids: Sequence[int], reason: str) -> int:
        raise NotImplementedError

    def reopen(self, flag_ids: Sequence[int]) -> int:
        raise NotImplementedError

    def health(self, seller_id: str) -> HealthView | None:
        raise NotImplementedError

    def metric_series(self, seller_id: str, metric: str, window_days: int,
                      days: int = 90) -> MetricSeries:
        raise NotImplementedError


@dataclass(frozen=True)
class RuleSetting:
    rule_id: str
    kind: str
    metric: str | None
    window_days: int | None
    levels: tuple[tuple[str, float], ...]
    default_levels: tuple[tuple[str, float], ...]
    min_volume: int | None
    enabled: bool
    overridden: bool
    pack_id: str
    marketplace: str
    region: str
    effective_from: str
    source: str
    titles: dict[str, str] = field(default_factory=dict, compare=False)

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles.get("en") or self.rule_id


class RuleSettings:
    """The rule editor's model: the packs in force and the user's overrides."""

    def __init__(self, user_rules: Path | None) -> None:
        self._user_rules = user_rules

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> RuleSettings:
        raise NotImplementedError

    def rules(self) -> list[RuleSetting]:
        raise NotImplementedError

    def set_rule(self, rule_id: str, *, enabled: bool | None = None,
                 thresholds: dict[str, float] | None = None,
                 pack_id: str | None = None) -> None:
        raise NotImplementedError

    def reset_rule(self, rule_id: str, pack_id: str | None = None) -> None:
        raise NotImplementedError

    def load_problems(self) -> list[str]:
        raise NotImplementedError
