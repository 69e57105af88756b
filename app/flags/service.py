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

import orjson
from sqlalchemy import Engine

from app.clock import now_rfc3339
from app.errors import UsageError
from app.flags import texts
from app.flags.common import DEFAULT_WEIGHTS, HEALTH_PARTS
from app.flags.settings import RuleSetting, RuleSettings
from db.repositories import flags as flag_repo
from db.units import MONEY_SCALE

if TYPE_CHECKING:
    from app.flags.packset import PackSet
    from app.workspace import Workspace

# The window imports this module at start-up: numpy (the rules, the series) and pydantic
# (the packs' validation) are imported by the methods that need them, never at import
# time (tests/app/flags/test_light_import.py holds that).

SEVERITY_ORDER = ("critical", "high", "medium", "low", "info")  # info: opportunities
PROGRAM_RULE_FAMILIES = ("program_eligible", "program_near")
OPEN_STATUSES = ("new", "acknowledged")  # what the worklist shows by default
USER_RULES_FILE = "rules.toml"
# The UI imports everything flags from here, the rule editor's model included.
__all__ = [
    "OPEN_STATUSES", "PROGRAM_RULE_FAMILIES", "SEVERITY_ORDER", "USER_RULES_FILE",
    "EvaluationSummary", "FlagEventItem", "FlagItem", "FlagService", "HealthView",
    "MetricSeries", "RuleSetting", "RuleSettings", "user_rules_beside", "user_rules_path",
]


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
        rule = texts.template_rule(self.pack_id, self.rule_id)
        return (texts.fill(rule.message, language, self.message_args) if rule else None) \
            or self.rule_id

    def distance(self, language: str) -> str | None:
        return texts.distance(texts.template_rule(self.pack_id, self.rule_id), self.severity,
                              self.value, self.threshold, self.message_args, language)

    def action(self, language: str) -> str | None:
        rule = texts.template_rule(self.pack_id, self.rule_id)
        return texts.fill(rule.action, language, self.message_args) if rule else None

    def title(self, language: str) -> str:
        rule = texts.template_rule(self.pack_id, self.rule_id)
        title = texts.fill(rule.title, language, self.message_args) if rule else None
        return title or self.rule_id

    @property
    def program_id(self) -> str | None:
        """The program an eligibility flag is about ("program_near:live" -> "live")."""
        family, _, program = self.rule_id.partition(":")
        return program if family in PROGRAM_RULE_FAMILIES and program else None


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
    # Seconds from the start at the end of each step (sellers, sums, rules, ..., committed).
    marks: dict[str, float] = field(default_factory=dict)


class FlagService:
    """Evaluation, the worklist and the lifecycle actions; safe off the GUI thread."""

    def __init__(self, engine: Engine, *, user_rules: Path | None = None,
                 today: dt.date | None = None) -> None:
        self._engine = engine
        self._user_rules = user_rules
        self._today = today  # fixed in tests; otherwise the local date at each call

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> FlagService:
        return cls(workspace.engine, user_rules=user_rules_path(workspace))

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def packs(self) -> PackSet:
        from app.flags.packset import PackSet

        return PackSet(self._user_rules)

    def evaluate(self) -> EvaluationSummary:
        from app.flags.evaluate import evaluate

        outcome = evaluate(self._engine, self.packs(), self.today())
        changes = outcome.changes
        return EvaluationSummary(outcome.sellers, changes.raised, changes.resolved,
                                 changes.reopened, outcome.open_risks,
                                 outcome.open_opportunities, round(outcome.seconds, 3),
                                 outcome.marks)

    def flags(self, *, seller_id: str | None = None, kinds: Sequence[str] | None = None,
              statuses: Sequence[str] | None = OPEN_STATUSES) -> list[FlagItem]:
        with self._engine.connect() as conn:
            records = flag_repo.items(conn, seller_id=seller_id, kinds=kinds,
                                      statuses=statuses)
        return [_item(r) for r in records]

    def flag(self, flag_id: int) -> FlagItem | None:
        with self._engine.connect() as conn:
            records = flag_repo.items(conn, seller_id=None, kinds=None, statuses=None,
                                      flag_ids=[flag_id])
        return _item(records[0]) if records else None

    def open_counts(self) -> dict[str, int]:
        with self._engine.connect() as conn:
            risks, opportunities, critical = flag_repo.open_counts(conn, OPEN_STATUSES)
        return {"risks": risks, "opportunities": opportunities, "critical": critical}

    def history(self, flag_id: int) -> list[FlagEventItem]:
        with self._engine.connect() as conn:
            return [FlagEventItem(*r) for r in flag_repo.events(conn, flag_id)]

    def acknowledge(self, flag_ids: Sequence[int]) -> int:
        return self._transition(flag_ids, "acknowledged", ("new", "snoozed"))

    def acknowledge_contacted(self, flag_ids: Sequence[int]) -> int:
        """Outreach was logged about these flags: new ones count as seen. A snoozed or
        dismissed flag keeps the status the user gave it."""
        return self._transition(flag_ids, "acknowledged", ("new",))

    def snooze(self, flag_ids: Sequence[int], until: dt.date) -> int:
        if until <= self.today():
            raise UsageError(f"Snooze until a later date than today ({self.today()}).")
        return self._transition(flag_ids, "snoozed", ("new", "acknowledged", "snoozed"),
                                until=until.isoformat())

    def dismiss(self, flag_ids: Sequence[int], reason: str) -> int:
        if not reason.strip():
            raise UsageError("Say why the flag is dismissed: the reason is kept with it.")
        return self._transition(flag_ids, "dismissed", ("new", "acknowledged", "snoozed"),
                                reason=reason.strip())

    def reopen(self, flag_ids: Sequence[int]) -> int:
        return self._transition(flag_ids, "new", ("acknowledged", "snoozed", "dismissed"))

    def _transition(self, flag_ids: Sequence[int], status: str, allowed: Sequence[str], *,
                    until: str | None = None, reason: str | None = None) -> int:
        """The user's change: one status update and one event per flag that allows it."""
        now = now_rfc3339()
        with self._engine.begin() as conn:
            rows, events = [], []
            for flag_id, current, severity, value, stored_before in flag_repo.lifecycle_rows(
                    conn, flag_ids):
                if current not in allowed:
                    continue
                before = None
                if status == "snoozed":  # remember the open status to come back to
                    before = stored_before if current == "snoozed" else current
                rows.append((status, until, reason, severity if status == "dismissed"
                             else None, before, now, flag_id))
                note = reason if status == "dismissed" else until
                events.append((flag_id, now, _EVENT_OF[status], status, severity, value, note))
            if rows:
                flag_repo.set_status(conn, rows)
                flag_repo.insert_events(conn, events)
        return len(rows)

    def health(self, seller_id: str) -> HealthView | None:
        with self._engine.connect() as conn:
            row = flag_repo.health(conn, seller_id)
        if row is None:
            return None
        score, fulfilment, experience, compliance, growth, previous, market, region = row
        pack = self.packs().select(market, region, self.today())
        weights = pack.health_weights or dict(DEFAULT_WEIGHTS)
        return HealthView(score, {"fulfilment": fulfilment, "customer_experience": experience,
                                  "compliance": compliance, "growth": growth},
                          {p: float(weights.get(p, 0.0)) for p in HEALTH_PARTS}, previous)

    def metric_series(self, seller_id: str, metric: str, window_days: int,
                      days: int = 90) -> MetricSeries:
        from app.flags.series import series_for

        return series_for(self._engine, self.packs(), seller_id, metric, window_days, days,
                          self.today())


_EVENT_OF = {"acknowledged": "acknowledged", "snoozed": "snoozed", "dismissed": "dismissed",
             "new": "reopened"}


def _item(record: Sequence[Any]) -> FlagItem:
    (flag_id, seller_id, name, code, rule_id, kind, severity, metric, value, threshold,
     window, status, first_seen, last_seen, snoozed_until, reason, stake, currency,
     evidence, args, pack_id) = record
    return FlagItem(
        flag_id, seller_id, name, code, rule_id, kind, severity, metric, value, threshold,
        window, status, first_seen, last_seen, snoozed_until, reason,
        None if stake is None else Decimal(stake) / MONEY_SCALE, currency,
        orjson.loads(evidence) if evidence else {}, orjson.loads(args) if args else {},
        pack_id)


def user_rules_path(workspace: Workspace) -> Path:
    """The user's rule settings live in the profile's folder, next to its cache."""
    return workspace.profiles.directory(workspace.profile.name) / USER_RULES_FILE


def user_rules_beside(engine: Engine) -> Path | None:
    """The rule settings next to the cache file the engine opens (None in memory)."""
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database).parent / USER_RULES_FILE
