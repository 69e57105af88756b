"""The threshold rules of the packs, evaluated for every active seller with numpy.

Each function takes the inputs and one rule per pack group and returns candidates only for
the sellers whose condition holds; the arrays are sliced by pack, never walked per seller.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from app.flags import money_floors
from app.flags.candidates import Candidate, grade
from app.flags.common import WHOLE_UNIT_CURRENCIES, number, percent
from app.flags.inputs import Inputs
from app.flags.pack import Pack, Rule
from app.metrics.windows import (
    LOWER_IS_WORSE,
    NUMERATOR_IN_DENOMINATOR,
    RATIOS,
    growth,
)
from db.units import MONEY_SCALE

RATIO_RULES = ("late_dispatch", "cancellation", "on_time_delivery", "negative_reviews",
               "returns", "im_response")
VALUE_RULES = {"violation_points": "points", "sps_low": "sps", "ahr_low": "ahr"}
COUNTERFEIT_POLICIES = ("counterfeit", "ip_infringement")


def money(amount: int | float, currency: str) -> str:
    places = 0 if currency in WHOLE_UNIT_CURRENCIES else 2
    return f"{currency} {int(amount) / MONEY_SCALE:,.{places}f}"


def groups(inputs: Inputs, rule_id: str) -> Iterator[tuple[Pack, Rule, np.ndarray]]:
    """(pack, its rule, seller positions) for each pack in force where the rule is on."""
    for k, pack in enumerate(inputs.packs):
        rule = pack.rules.get(rule_id)
        if rule is None or not rule.enabled:
            continue
        members = inputs.members(k)
        if members.size:
            yield pack, rule, members


def hits(inputs: Inputs, pack: Pack, rule: Rule, members: np.ndarray, values: np.ndarray
         ) -> Iterator[tuple[int, Candidate]]:
    """(seller position, candidate) where the rule's condition holds; the caller adds the
    evidence and message values."""
    hit, threshold = grade(values, rule.levels)
    for i in np.nonzero(hit >= 0)[0].tolist():
        pos = int(members[i])
        yield pos, Candidate(
            str(inputs.seller_ids[pos]), rule.rule_id, rule.kind,
            rule.levels[int(hit[i])].severity, rule.metric, float(values[i]),
            float(threshold[i]), rule.window_days, pack.pack_id)


def ratio_rule(inputs: Inputs, rule_id: str) -> list[Candidate]:
    out: list[Candidate] = []
    for pack, rule, members in groups(inputs, rule_id):
        metric = rule.metric or ""
        numerator, denominator = RATIOS[metric]
        window = inputs.window(rule.window_days or 30, members)
        values = window.rate(metric, rule.min_volume or 1)[members]
        levels = [[lv.severity, lv.op, lv.value] for lv in rule.levels]  # shared, read-only
        for pos, c in hits(inputs, pack, rule, members, values):
            num, den = numerator, denominator
            n, d = int(window[num][pos]), int(window[den][pos])
            c.evidence = {num: n, den: d}
            c.value_at_stake = int(window["gmv"][pos])
            c.message_args = {
                "value": percent(c.value, 2), "threshold": percent(c.threshold, 2),
                "window_days": c.window_days, num: number(n), den: number(d),
                "distance": {"type": "ratio", "num": n, "den": d,
                             "in_den": metric in NUMERATOR_IN_DENOMINATOR,
                             "lower_worse": metric in LOWER_IS_WORSE,
                             # The lines in force (the user's, when changed), worst first.
                             "levels": levels}}
            out.append(c)
    return out


def value_rule(inputs: Inputs, rule_id: str) -> list[Candidate]:
    """Seller-level numbers: active violation points, SPS, AHR (NaN: no score, no flag)."""
    column = getattr(inputs, VALUE_RULES[rule_id]).astype(np.float64)
    gmv = inputs.window(30)["gmv"]
    out: list[Candidate] = []
    for pack, rule, members in groups(inputs, rule_id):
        for pos, c in hits(inputs, pack, rule, members, column[members]):
            c.evidence = {rule.metric or rule_id: c.value}
            c.value_at_stake = int(gmv[pos])
            c.message_args = {"value": number(c.value), "threshold": number(c.threshold),
                              "distance": {"type": "value"}}
            out.append(c)
    return out


def account_status(inputs: Inputs) -> list[Candidate]:
    out: list[Candidate] = []
    gmv = inputs.window(30)["gmv"]
    for pack, rule, members in groups(inputs, "account_status"):
        bad = rule.param("statuses", ("restricted", "suspended"))
        values = np.isin(inputs.status[members], bad).astype(np.float64)

        for pos, c in hits(inputs, pack, rule, members, values):
            status = str(inputs.status[pos])
            c.evidence = {"status": status}
            c.value_at_stake = int(gmv[pos])
            c.message_args = {"status": status}
            out.append(c)
    return out


def counterfeit_ip(inputs: Inputs, violations: dict[str, list[str]]) -> list[Candidate]:
    """`violations`: seller -> ids of active counterfeit/IP violations in the window."""
    out: list[Candidate] = []
    gmv = inputs.window(30)["gmv"]
    for pack, rule, members in groups(inputs, "counterfeit_ip"):
        ids = inputs.seller_ids[members].tolist()
        values = np.array([len(violations.get(i, ())) for i in ids], dtype=np.float64)

        for pos, c in hits(inputs, pack, rule, members, values):
            found = violations[c.seller_id]
            c.evidence = {"violation_ids": found}
            c.value_at_stake = int(gmv[pos])
            c.message_args = {"value": len(found), "window_days": c.window_days,
                              "violation_ids": ", ".join(found)}
            out.append(c)
    return out


def gmv_rule(inputs: Inputs, rule_id: str) -> list[Candidate]:
    """gmv_drop and fast_grower: growth of the 30-day GMV against the 30 days before."""
    out: list[Candidate] = []
    gmv = inputs.window(30)["gmv"]
    for pack, rule, members in groups(inputs, rule_id):
        values = growth(gmv, inputs.gmv_prev)
        values[inputs.gmv_prev < money_floors.floors(inputs.currency, rule.min_volume)] = np.nan
        program = rule.param("program")
        if program:  # not for sellers already in the program
            already = np.array([(s, program) in inputs.enrolled
                                for s in inputs.seller_ids[members].tolist()], dtype=bool)
            values[members[already]] = np.nan

        for pos, c in hits(inputs, pack, rule, members, values[members]):
            currency = str(inputs.currency[pos])
            c.evidence = {"gmv": int(gmv[pos]), "gmv_prev": int(inputs.gmv_prev[pos])}
            c.value_at_stake = int(max(gmv[pos], inputs.gmv_prev[pos]))
            c.message_args = {"value": percent(c.value), "window_days": c.window_days,
                              "gmv": money(gmv[pos], currency),
                              "gmv_prev": money(inputs.gmv_prev[pos], currency),
                              "program": program or ""}
            out.append(c)
    return out


def dormant(inputs: Inputs) -> list[Candidate]:
    out: list[Candidate] = []
    latest = np.datetime64(inputs.latest.isoformat(), "D")
    sold = inputs.last_order != ""
    days = np.full(len(inputs), np.nan)
    days[sold] = (latest - inputs.last_order[sold].astype("datetime64[D]")).astype(np.float64)
    days[inputs.status != "active"] = np.nan
    for pack, rule, members in groups(inputs, "dormant"):
        for pos, c in hits(inputs, pack, rule, members, days[members]):
            c.evidence = {"last_order": str(inputs.last_order[pos])}
            c.value_at_stake = int(inputs.gmv_prev[pos])
            c.message_args = {"value": number(c.value), "last_order": c.evidence["last_order"]}
            out.append(c)
    return out


def relationship_gap(inputs: Inputs, last_contact: dict[str, str | None]) -> list[Candidate]:
    """Tier sellers with no outreach for longer than the threshold (days)."""
    out: list[Candidate] = []
    latest = np.datetime64(inputs.latest.isoformat(), "D")
    gmv = inputs.window(30)["gmv"]
    for pack, rule, pack_members in groups(inputs, "relationship_gap"):
        tiers = rule.param("tiers", ("A",))
        members = pack_members[np.isin(inputs.tier[pack_members], tiers)]
        contacts = [last_contact.get(s) for s in inputs.seller_ids[members].tolist()]
        days = np.array([(latest - np.datetime64(c[:10], "D")).astype(np.float64) if c
                         else np.inf for c in contacts], dtype=np.float64)

        for pos, c in hits(inputs, pack, rule, members, days):
            last = last_contact.get(c.seller_id)
            c.value = None if last is None else c.value
            c.evidence = {"last_contact": last}
            c.value_at_stake = int(gmv[pos])
            c.message_args = {"tier": str(inputs.tier[pos]), "window_days": c.window_days,
                              "days": number(c.value) if last else f"{c.window_days}+",
                              "last_contact": last[:10] if last else "-"}
            out.append(c)
    return out
