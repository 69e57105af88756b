"""The portfolio as rows of column values, read from the per-seller summaries in one query.

Rates are ratios of 30-day sums. Below a metric's minimum volume a rate is None ("not enough
data"), which the screen shows differently from 0; a null SPS or AHR is "no score".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Engine

from db.repositories import portfolio as repo

# Minimum 30-day volumes under which a rate says nothing (the default rule pack's).
MIN_SHIPPED = 30
MIN_ORDERS = 30
MIN_DELIVERED = 100

# The default pack's lowest risk lines, kept for the summary card's tooltip; "at risk" itself
# now means an open risk flag of severity high or critical (the rule engine's verdict).
RISK_STATUSES = frozenset({"restricted", "suspended"})
RISK_LATE_DISPATCH_RATE = 0.04
RISK_VIOLATION_POINTS = 12

SEARCH_LIMIT = 20


class PortfolioRow(NamedTuple):
    """One seller's portfolio line. A tuple: 10,000 of them build in a few milliseconds."""

    seller_id: str
    shop_name: str
    shop_code: str
    marketplace: str
    region: str
    category: str
    tier: str
    status: str
    currency: str
    assigned: bool
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    contact_im_handle: str | None
    gmv_30d: int  # money in ten-thousandths (db.base.MONEY_SCALE), in `currency`
    gmv_prev_30d: int
    gmv_growth: float | None  # None when the previous 30 days sold nothing
    orders_30d: int
    shipped_30d: int
    late_dispatched_30d: int
    seller_cancelled_30d: int
    delivered_30d: int
    returns_30d: int
    negative_reviews_30d: int
    late_dispatch_rate: float | None  # None: below the minimum volume
    cancellation_rate: float | None
    return_rate: float | None
    negative_review_rate: float | None
    violation_points: int
    sps: float | None  # None: no score yet
    ahr: int | None
    last_contact: str | None  # RFC 3339 instant of the latest outreach
    next_follow_up: str | None  # ISO date, today or later
    at_risk: bool
    search_text: str  # casefolded names, code and contact, for substring search
    open_risks: int  # open (new/acknowledged) risk flags
    top_risk_severity: str | None  # the worst open risk's severity
    open_opportunities: int
    health_score: float | None  # 0-100, None: not enough data
    health_trend: float | None  # score - the previous 30 days' score
    flag_rules: frozenset[str]  # rule ids of the seller's open flags


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    sellers: int
    gmv_30d: int
    gmv_prev_30d: int

    @property
    def growth(self) -> float | None:
        return growth(self.gmv_30d, self.gmv_prev_30d)


@dataclass(frozen=True)
class PortfolioTotals:
    sellers: int
    at_risk: int
    orders_30d: int
    # Money in different currencies never adds up: one total per currency, most sellers first.
    gmv: tuple[CurrencyTotal, ...]


@dataclass(frozen=True)
class FilterOptions:
    marketplaces: tuple[str, ...]
    regions: tuple[str, ...]
    categories: tuple[str, ...]
    tiers: tuple[str, ...]
    statuses: tuple[str, ...]


def growth(current: int, previous: int) -> float | None:
    return current / previous - 1.0 if previous else None


def _score(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


SEVERITY_BY_RANK = ("critical", "high", "medium", "low", "info")
_NO_FLAGS = (0, None, 0, None, None, None)
_BASE_LENGTH = len(repo.RECORD_FIELDS)
_EMPTY_RULES: frozenset[str] = frozenset()

_new_row = tuple.__new__  # skips NamedTuple's keyword-handling __new__: a third of the cost


def row_from_record(record: Sequence[Any]) -> PortfolioRow:
    """A record of repo.RECORD_FIELDS (+ FLAG_RECORD_FIELDS) as a row.

    Inlined because it runs 10,000 times a load.
    """
    if len(record) == _BASE_LENGTH:
        record = (*record, *_NO_FLAGS)
    (seller_id, name, code, marketplace, region, category, tier, status, currency, assigned,
     contact, phone, email, im_handle, sps, ahr, gmv, gmv_prev, orders, shipped, late,
     cancelled, delivered, returns, negative, points, last_contact, next_follow_up,
     open_risks, worst_risk, open_opportunities, health, health_previous, rules) = record
    late_rate = late / shipped if shipped >= MIN_SHIPPED else None
    enough_delivered = delivered >= MIN_DELIVERED
    return _new_row(PortfolioRow, (
        seller_id, name, code, marketplace, region, category, tier, status, currency,
        bool(assigned), contact, phone, email, im_handle, gmv, gmv_prev,
        gmv / gmv_prev - 1.0 if gmv_prev else None,
        orders, shipped, late, cancelled, delivered, returns, negative, late_rate,
        cancelled / orders if orders >= MIN_ORDERS else None,
        returns / delivered if enough_delivered else None,
        negative / delivered if enough_delivered else None,
        points, _score(sps), ahr, last_contact, next_follow_up,
        worst_risk is not None and worst_risk <= 1,
        f"{name}\n{code}\n{contact or ''}\n{phone or ''}\n{email or ''}\n{im_handle or ''}"
        .casefold(),
        open_risks, SEVERITY_BY_RANK[worst_risk] if worst_risk is not None else None,
        open_opportunities, health,
        health - health_previous if health is not None and health_previous is not None
        else None,
        frozenset(rules.split("\n")) if rules else _EMPTY_RULES,
    ))


def compute_totals(rows: Iterable[PortfolioRow]) -> PortfolioTotals:
    """Figures for the summary cards over whichever rows are on screen."""
    count = at_risk = orders = 0
    per_currency: dict[str, list[int]] = {}
    for row in rows:
        count += 1
        at_risk += row.at_risk
        orders += row.orders_30d
        sums = per_currency.get(row.currency)
        if sums is None:
            sums = per_currency[row.currency] = [0, 0, 0]
        sums[0] += 1
        sums[1] += row.gmv_30d
        sums[2] += row.gmv_prev_30d
    gmv = sorted((CurrencyTotal(cur, *sums) for cur, sums in per_currency.items()),
                 key=lambda t: (-t.sellers, t.currency))
    return PortfolioTotals(count, at_risk, orders, tuple(gmv))


class PortfolioService:
    """Reads for the portfolio screen and the Ctrl+K palette; safe to call off the GUI thread."""

    def __init__(self, engine: Engine, today: dt.date | None = None) -> None:
        self._engine = engine
        self._today = today  # fixed in tests; otherwise the local date at each call

    def today(self) -> str:
        return (self._today or dt.date.today()).isoformat()

    def rows(self, include_unassigned: bool = False) -> list[PortfolioRow]:
        records = repo.portfolio_records(self._engine, self.today(),
                                         include_unassigned=include_unassigned)
        return [row_from_record(r) for r in records]

    def totals(
        self, rows: Iterable[PortfolioRow] | None = None, include_unassigned: bool = False
    ) -> PortfolioTotals:
        """Totals of `rows` (the visible ones), or of the whole portfolio when None."""
        return compute_totals(self.rows(include_unassigned) if rows is None else rows)

    def filter_options(self) -> FilterOptions:
        columns: list[set[str]] = [set(), set(), set(), set(), set()]
        for combination in repo.distinct_values(self._engine):
            for values, value in zip(columns, combination, strict=True):
                values.add(value)
        return FilterOptions(*(tuple(sorted(v, key=str.casefold)) for v in columns))

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[PortfolioRow]:
        """Sellers whose name, shop code or contact contains `text`, best matches first.

        Assigned sellers before unassigned ones; a match at the start of a field before one
        inside it; then by name.
        """
        needle = text.strip().casefold()
        if not needle or limit <= 0:
            return []
        ranked: list[tuple[int, int, str, str]] = []
        for seller_id, name, *fields, assigned in repo.search_candidates(self._engine):
            # One casefold a seller; the per-field look only for the few that match.
            if needle not in "\n".join(f for f in (name, *fields) if f).casefold():
                continue
            starts = any(f.casefold().startswith(needle) for f in (name, *fields) if f)
            ranked.append((0 if assigned else 1, 0 if starts else 1, name.casefold(), seller_id))
        ranked.sort()
        ids = [entry[3] for entry in ranked[:limit]]
        records = repo.portfolio_records(self._engine, self.today(), include_unassigned=True,
                                         seller_ids=ids)
        by_id = {r[0]: row_from_record(r) for r in records}
        return [by_id[i] for i in ids if i in by_id]

    def data_as_of(self) -> str | None:
        return repo.data_as_of(self._engine)
