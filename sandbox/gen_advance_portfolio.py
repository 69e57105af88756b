"""advance_day's portfolio changes: violations age and arrive, sellers drift, leave, join."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

import numpy as np
import orjson

from sandbox.gen_advance_metrics import Recent, row_tuples
from sandbox.gen_common import (
    STREAM_SERIES,
    Window,
    at,
    iso,
    parse_iso,
    pick,
    pick_weighted,
    seller_index,
    seller_rng,
)
from sandbox.gen_events import BACKGROUND, POLICIES, make_events, violation_body
from sandbox.gen_profiles import make_profile
from sandbox.gen_series import build_calendar, simulate

NEW_VIOLATIONS_PER_SELLER = 0.0015  # a day
DRIFT_PER_SELLER = 0.003  # a day: SPS, AHR or status moves
LEAVES_PER_SELLER = 1 / 200  # a day: reassigned to another manager
SCORED_AFTER = dt.timedelta(days=21)  # a new seller's first SPS and AHR


@dataclass
class NewSeller:
    body: dict[str, Any]
    rows: list[tuple[Any, ...]]  # metrics rows, ROW_COLUMNS order
    violations: list[dict[str, Any]]
    enrollments: list[dict[str, Any]]
    outreach: list[dict[str, Any]]


def change_violations(conn: sqlite3.Connection, live: list[dict[str, Any]], recent: Recent,
                      clock: dt.datetime, rng: np.random.Generator,
                      ) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Expiries, appeals and new violations; returns them and the affected sellers' points."""
    stamp = iso(clock)
    open_bodies = [orjson.loads(b) for (b,) in conn.execute(
        "SELECT body FROM violations WHERE json_extract(body, '$.status') IN "
        "('active', 'appealed') ORDER BY violation_id")]
    counts = dict(conn.execute("SELECT seller_id, count(*) FROM violations GROUP BY seller_id"))
    changed = []
    for body, roll in zip(open_bodies, rng.random(len(open_bodies)), strict=True):
        status = body["status"]
        new = None
        if parse_iso(body["expires_at"]) <= clock:
            new = "expired"
        elif status == "active" and roll < 0.01:
            new = "appealed"
        elif status == "appealed" and roll < 0.12:
            new = "overturned" if roll < 0.08 else "active"  # appeal upheld, or rejected
        if new:
            body.update(status=new, version=body["version"] + 1, updated_at=stamp)
            changed.append(body)
    n = len(live)
    late = recent.rates["late"] if n else np.zeros(0)
    struck = np.flatnonzero((rng.random(n) < NEW_VIOLATIONS_PER_SELLER)
                            | ((late > 0.06) & (rng.random(n) < 0.03)))
    day = clock.date() - dt.timedelta(days=1)
    policies = ("counterfeit", *(p for p, _ in BACKGROUND))
    weights = (5, *(w for _, w in BACKGROUND))
    for i in struck.tolist():
        sid = live[i]["seller_id"]
        policy = "late_dispatch" if late[i] > 0.06 else pick_weighted(rng, policies, weights)
        points = pick(rng, POLICIES[policy][0])
        counts[sid] = counts.get(sid, 0) + 1
        created = at(day, int(rng.random() * 86400))
        changed.append(violation_body(seller_index(sid), sid, counts[sid], policy, points,
                                      "low" if points <= 2 else POLICIES[policy][1], created,
                                      1000 + int(rng.random() * 99000)))
    affected = {v["seller_id"] for v in changed}
    points_by_seller = dict.fromkeys(affected, 0)
    for v in [*open_bodies, *(v for v in changed if v["version"] == 1)]:
        if v["seller_id"] in affected and v["status"] == "active":
            points_by_seller[v["seller_id"]] += int(v["points"])
    return changed, points_by_seller


def change_sellers(sellers: list[tuple[str, int, dict[str, Any]]], points: dict[str, int],
                   day: dt.date, stamp: str, rng: np.random.Generator) -> list[dict[str, Any]]:
    """Health follows violations; scores arrive for new sellers; a few drift or leave."""
    n = len(sellers)
    drift, kind, sign = rng.random(n) < DRIFT_PER_SELLER, rng.random(n), rng.choice([-1, 1], n)
    sps_step, ahr_step = rng.uniform(0.1, 0.3, n), rng.integers(10, 61, n)
    first_sps, first_ahr = np.clip(rng.normal(4.2, 0.4, n), 3.0, 5.0), rng.integers(250, 900, n)
    leaves = rng.random(n) < LEAVES_PER_SELLER
    changed = []
    for i, (sid, version, body) in enumerate(sellers):
        health = body["health"]
        before = orjson.dumps(body)
        if sid in points:
            health["violation_points"] = points[sid]
        waited = day - dt.date.fromisoformat(body["onboarded_on"])
        if health["sps"] is None and waited >= SCORED_AFTER:
            health.update(sps=f"{first_sps[i]:.1f}", ahr=int(first_ahr[i]))
            health["violation_points"] = health["violation_points"] or 0
        if drift[i] and body["status"] != "closed":
            if kind[i] < 0.6 and health["sps"] is not None:
                sps = float(health["sps"]) + sign[i] * sps_step[i]
                health["sps"] = f"{min(max(sps, 1.0), 5.0):.1f}"
            elif kind[i] < 0.9 and health["ahr"] is not None:
                health["ahr"] = int(min(max(health["ahr"] + sign[i] * ahr_step[i], 0), 1000))
            elif body["status"] in ("active", "restricted"):
                body["status"] = "restricted" if body["status"] == "active" else "active"
        if leaves[i] and body["assigned"]:
            body["assigned"] = False
        if orjson.dumps(body) != before:
            body.update(version=version + 1, updated_at=stamp)
            changed.append(body)
    return changed


def new_sellers(seed: int, first_index: int, portfolio: int, day: dt.date,
                rng: np.random.Generator) -> list[NewSeller]:
    """Now and then a seller joins the portfolio on its first day on the platform."""
    window = Window(day, day)
    added = []
    for index in range(first_index, first_index + int(rng.poisson(max(0.35, portfolio / 2000)))):
        profile = make_profile(seed, index, window, brand_new=True)
        events = make_events(seed, profile, window)
        series = simulate(profile, build_calendar(day, 1), seller_rng(seed, index, STREAM_SERIES))
        rows = row_tuples([profile.seller_id], [day.isoformat()], [profile.currency], series)
        added.append(NewSeller(profile.body, rows, events.violations, events.enrollments,
                               events.outreach))
    return added
