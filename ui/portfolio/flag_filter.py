"""The portfolio's flag filter: critical risks, any risk, opportunities, and one entry per
program the seller is eligible for ("Eligible for Flash Sale").

Values are codes kept in saved views; picked values widen each other (OR), as in every other
filter. The test for a row reads only fields of the row (no query per seller).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

from app.portfolio import PortfolioRow
from app.seller_detail import SellerDetailService

FLAGS_KIND = "flags"
CRITICAL = "critical_risks"
ANY_RISK = "any_risk"
OPPORTUNITIES = "opportunities"
FIXED_VALUES = (CRITICAL, ANY_RISK, OPPORTUNITIES)
ELIGIBLE_PREFIX = "program_eligible:"


def eligible_value(program_id: str) -> str:
    return f"{ELIGIBLE_PREFIX}{program_id}"


def program_of(value: str) -> str | None:
    return value[len(ELIGIBLE_PREFIX):] if value.startswith(ELIGIBLE_PREFIX) else None


def eligible_programs(rows: Iterable[PortfolioRow]) -> list[str]:
    """Program ids some seller is eligible for, in name order of their ids."""
    found: set[str] = set()
    for row in rows:
        for rule in row.flag_rules:
            if rule.startswith(ELIGIBLE_PREFIX):
                found.add(rule[len(ELIGIBLE_PREFIX):])
    return sorted(found)


def values_for(programs: Iterable[str]) -> list[str]:
    return [*FIXED_VALUES, *(eligible_value(p) for p in programs)]


def row_test(values: Collection[str]) -> Callable[[PortfolioRow], bool]:
    """Whether a row passes any of the picked flag values."""
    critical = CRITICAL in values
    any_risk = ANY_RISK in values
    opportunities = OPPORTUNITIES in values
    rules = frozenset(v for v in values if v.startswith(ELIGIBLE_PREFIX))

    def passes(row: PortfolioRow) -> bool:
        return ((critical and row.top_risk_severity == "critical")
                or (any_risk and row.open_risks > 0)
                or (opportunities and row.open_opportunities > 0)
                or bool(rules and not rules.isdisjoint(row.flag_rules)))

    return passes


def program_names(service: SellerDetailService, rows: Sequence[PortfolioRow]) -> dict[str, str]:
    """Catalog names of the programs sellers are eligible for, read off the GUI thread.

    One seller's program list per program (the catalog is per marketplace): a handful of
    small reads, never one per seller.
    """
    wanted = set(eligible_programs(rows))
    names: dict[str, str] = {}
    for row in rows:
        if not wanted:
            break
        mine = {r[len(ELIGIBLE_PREFIX):] for r in row.flag_rules
                if r.startswith(ELIGIBLE_PREFIX)} & wanted
        if not mine:
            continue
        for program in service.programs(row.seller_id):
            if program.program_id in wanted and program.name:
                names[program.program_id] = program.name
                wanted.discard(program.program_id)
        wanted -= mine  # a program gone from the catalog keeps its id as its name
    return names
