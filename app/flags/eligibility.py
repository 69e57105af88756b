"""Program eligibility from the platform's catalog criteria.

Each criterion compares a derived metric (over its own window) or a seller field with a
value. All met, and the seller neither enrolled nor invited: program_eligible:<id>. All but
one met, and that one within `tolerance` (10%) of its value: program_near:<id>, naming what
is missing. A criterion the data cannot answer (not enough data, no score) is not met.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import numpy as np
import orjson

from app.flags.candidates import Candidate
from app.flags.common import COMPARE, number, percent
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


def evidence_texts(metrics: list[str], columns: np.ndarray) -> list[str]:
    """Per column of `columns` (criteria x sellers): the evidence {metric: value} encoded as
    the lifecycle encodes a dict (sorted keys, NaN as null), built a metric at a time rather
    than a dict and an encoding per flag (26,000 eligibility flags a run)."""
    if not columns.shape[1]:
        return []
    last = {metric: k for k, metric in enumerate(metrics)}  # a metric twice: the last wins
    keys = sorted(last)
    template = "{" + ",".join(orjson.dumps(m).decode().replace("%", "%%") + ":%s"
                              for m in keys) + "}"
    # A list of floats encodes each value as it would be in the dict (NaN as null).
    texts = [orjson.dumps(columns[last[m]].tolist()).decode()[1:-1].split(",") for m in keys]
    return [template % values for values in zip(*texts, strict=True)]


def program_flags(inputs: Inputs, records: list[tuple], min_volumes: dict[str, float]
                  ) -> list[Candidate]:
    out: list[Candidate] = []
    eligible_rules = {p.pack_id: r for p, r, _ in groups(inputs, "program_eligible")}
    near_rules = {p.pack_id: r for p, r, _ in groups(inputs, "program_near")}
    pack_ids = [inputs.packs[k].pack_id for k in inputs.pack_index.tolist()]
    ids = inputs.seller_ids.tolist()
    gmv = inputs.window(30)["gmv"].tolist()
    enrolled_in: dict[str, list[str]] = defaultdict(list)  # program -> sellers already in
    for seller_id, enrolled_program in inputs.enrolled:
        enrolled_in[enrolled_program].append(seller_id)
    for (program_id, marketplace, name), criteria in catalog(records).items():
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
        # The one criterion missing (when one is), and whether it is within the tolerance.
        missing = np.argmin(met, axis=0)
        actual = values[missing, np.arange(values.shape[1])]
        needed = np.array([c.value for c in criteria])[missing]
        gap = np.abs(actual - needed) / np.where(needed != 0, np.abs(needed), 1.0)
        enrolled = np.isin(inputs.seller_ids[scope], enrolled_in.get(program_id, []))
        chosen = np.nonzero((unmet <= 1) & ~enrolled)[0]
        # Plain lists from here: numpy scalars cost more than the work, 30,000 flags a run.
        metrics = [c.metric for c in criteria]
        eligible_id, near_id = f"program_eligible:{program_id}", f"program_near:{program_id}"
        program_args = {"program": name, "program_id": program_id}
        encoded = evidence_texts(metrics, values[:, chosen])
        for pos, row, unmet_count, gap_to, missing_index, value, evidence_json in zip(
                scope[chosen].tolist(), values[:, chosen].T.tolist(), unmet[chosen].tolist(),
                gap[chosen].tolist(), missing[chosen].tolist(), actual[chosen].tolist(),
                encoded, strict=True):
            pack_id = pack_ids[pos]
            if unmet_count == 0:
                rule = eligible_rules.get(pack_id)
                if rule is not None:  # one shared (read-only) args dict per program
                    out.append(Candidate(ids[pos], eligible_id, rule.kind, rule.severity,
                                         None, None, None, None, pack_id, {},
                                         program_args, gmv[pos], evidence_json))
                continue
            evidence = {m: (None if math.isnan(v) else v)  # NaN: not enough data
                        for m, v in zip(metrics, row, strict=True)}
            args = dict(program_args)
            rule = near_rules.get(pack_id)
            if rule is None or not gap_to <= float(rule.param("tolerance", 0.10)):
                continue  # NaN (no data) is never near
            criterion = criteria[missing_index]
            args |= {"missing": criterion.metric, "actual": _shown(criterion.metric, value),
                     "op": criterion.op, "needed": _shown(criterion.metric, criterion.value)}
            out.append(Candidate(ids[pos], near_id, rule.kind, rule.severity,
                                 criterion.metric, value, criterion.value,
                                 criterion.window_days, pack_id,
                                 evidence | {"missing": criterion.metric}, args, gmv[pos]))
    return out
