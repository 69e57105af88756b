"""Program eligibility from the platform's catalog criteria.

Each criterion compares a derived metric (over its own window) or a seller field with a
value. All met, and the seller neither enrolled nor invited: program_eligible:<id>. All but
one met, and that one within `tolerance` (10%) of its value: program_near:<id>, naming what
is missing. A criterion the data cannot answer (not enough data, no score) is not met.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import numpy as np

from app.flags.candidates import COMPARE, Candidate, number, percent
from app.flags.inputs import Inputs
from app.flags.rules import groups
from app.metrics.windows import RATIOS, growth

FIELDS = {"sps": "sps", "ahr": "ahr", "violation_points": "points"}


@dataclass(frozen=True)
class Criterion:
    metric: str
    op: str
    value: float
    window_days: int


def catalog(records: list[tuple]) -> dict[tuple[str, str, str], list[Criterion]]:
    """(program_id, marketplace, name) -> criteria; criteria that cannot be read are
    skipped (a program with none left is not offered)."""
    programs: dict[tuple[str, str, str], list[Criterion]] = defaultdict(list)
    for program_id, marketplace, name, metric, op, value, window in records:
        try:
            number_value = float(Decimal(value))
        except (InvalidOperation, TypeError):
            continue
        if op in COMPARE and (metric in RATIOS or metric in FIELDS or metric == "gmv_growth"):
            programs[(program_id, marketplace, name)].append(
                Criterion(metric, op, number_value, window or 30))
    return programs


def metric_values(inputs: Inputs, criterion: Criterion, min_volume: float,
                  scope: np.ndarray) -> np.ndarray:
    if criterion.metric in FIELDS:
        return getattr(inputs, FIELDS[criterion.metric]).astype(np.float64)
    window = inputs.window(criterion.window_days, scope)
    if criterion.metric == "gmv_growth":
        if criterion.window_days == 30:
            return growth(window["gmv"], inputs.gmv_prev)
        before = inputs.window(criterion.window_days * 2, scope)["gmv"] - window["gmv"]
        return growth(window["gmv"], before)
    return window.rate(criterion.metric, min_volume)


def _shown(metric: str, value: float) -> str:
    return percent(value, 2) if metric in RATIOS or metric == "gmv_growth" else number(value)


def program_flags(inputs: Inputs, records: list[tuple], min_volumes: dict[str, float]
                  ) -> list[Candidate]:
    out: list[Candidate] = []
    programs = catalog(records)
    eligible_rules = {p.pack_id: r for p, r, _ in groups(inputs, "program_eligible")}
    near_rules = {p.pack_id: r for p, r, _ in groups(inputs, "program_near")}
    gmv = inputs.window(30)["gmv"]
    for (program_id, marketplace, name), criteria in programs.items():
        scope = np.nonzero(inputs.marketplace == marketplace)[0]
        if not scope.size or not criteria:
            continue
        values = np.stack([metric_values(inputs, c, min_volumes.get(c.metric, 1), scope)[scope]
                           for c in criteria])
        met = np.zeros(values.shape, dtype=bool)
        present = ~np.isnan(values)
        for k, c in enumerate(criteria):
            met[k, present[k]] = COMPARE[c.op](values[k, present[k]], c.value)
        unmet = (~met).sum(axis=0)
        enrolled = np.array([(s, program_id) in inputs.enrolled
                             for s in inputs.seller_ids[scope].tolist()], dtype=bool)
        for i in np.nonzero((unmet <= 1) & ~enrolled)[0].tolist():
            pos = int(scope[i])
            pack_id = inputs.packs[int(inputs.pack_index[pos])].pack_id
            evidence = {c.metric: (None if np.isnan(values[k, i]) else float(values[k, i]))
                        for k, c in enumerate(criteria)}
            args = {"program": name, "program_id": program_id}
            if unmet[i] == 0:
                rule = eligible_rules.get(pack_id)
                if rule is None:
                    continue
                out.append(Candidate(str(inputs.seller_ids[pos]), f"{rule.rule_id}:{program_id}",
                                     rule.kind, rule.severity, None, None, None, None, pack_id,
                                     evidence, args, int(gmv[pos])))
                continue
            rule = near_rules.get(pack_id)
            k = int(np.nonzero(~met[:, i])[0][0])
            missing, actual = criteria[k], values[k, i]
            tolerance = float(rule.param("tolerance", 0.10)) if rule else 0.0
            if rule is None or np.isnan(actual) or not _within(actual, missing, tolerance):
                continue
            args |= {"missing": missing.metric, "actual": _shown(missing.metric, actual),
                     "op": missing.op, "needed": _shown(missing.metric, missing.value)}
            out.append(Candidate(str(inputs.seller_ids[pos]), f"{rule.rule_id}:{program_id}",
                                 rule.kind, rule.severity, missing.metric, float(actual),
                                 missing.value, missing.window_days, pack_id,
                                 evidence | {"missing": missing.metric}, args, int(gmv[pos])))
    return out


def _within(actual: float, criterion: Criterion, tolerance: float) -> bool:
    """Within `tolerance` of the criterion's value, relative to it (10% of 0.04 is 0.004)."""
    scale = abs(criterion.value) if criterion.value else 1.0
    return abs(actual - criterion.value) <= tolerance * scale
