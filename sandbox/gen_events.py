"""Violations, program enrollments and outreach history of a generated seller."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

import numpy as np

from sandbox.demo import DEMO_MANAGER_ID
from sandbox.gen_catalog import PROGRAMS, programs_for
from sandbox.gen_common import (
    STREAM_ENROLLMENTS,
    STREAM_OUTREACH,
    STREAM_VIOLATIONS,
    Window,
    at,
    iso,
    pick,
    pick_weighted,
    randint,
    seller_rng,
    uniform,
)
from sandbox.gen_profiles import SellerProfile

EXPIRY = dt.timedelta(days=90)
TEAMMATES = ("M0002", "M0003", "M0004")
# policy: (possible points, severity, description; None where no single listing is at fault)
POLICIES: dict[str, tuple[tuple[int, ...], str, str | None]] = {
    "counterfeit": ((12,), "high", "Listing {l} reported as counterfeit by the brand owner."),
    "ip_infringement": ((12,), "high", "Listing {l} uses a trademark without licence."),
    "prohibited_product": ((6,), "high", "Listing {l} offers a prohibited product."),
    "restricted_product": ((4,), "medium", "Listing {l} needs a category qualification."),
    "misleading_listing": ((2, 3), "medium", "Listing {l}: title or images do not match the item."),
    "fake_orders": ((6,), "high", None),
    "late_dispatch": ((2, 3, 4), "medium", None),
    "cancellation": ((2, 3, 4), "medium", None),
    "other": ((1, 2), "low", None),
}
SHOP_LEVEL_TEXT = {
    "fake_orders": "Abnormal order pattern: orders without matching traffic.",
    "late_dispatch": "Late dispatch rate above the platform standard.",
    "cancellation": "Seller-cancelled orders above the platform standard.",
    "other": "Shop information incomplete after a policy reminder.",
}
BACKGROUND = (("late_dispatch", 30), ("cancellation", 15), ("misleading_listing", 20),
              ("restricted_product", 10), ("other", 20), ("prohibited_product", 5))
POINT_TARGETS = {"points_24": 24, "points_36": 36, "points_48": 48}
OUTCOMES = ("connected", "no_answer", "voicemail", "interested", "not_interested", "enrolled",
            "follow_up", "escalated")
TOPICS = (("the Q4 campaign plan", "Q4大促计划"), ("the late dispatch rate", "发货超时率"),
          ("the return rate", "退货率"), ("the ads budget", "广告预算"),
          ("the LIVE schedule", "直播排期"), ("stock for 11.11", "双11备货"),
          ("new listings", "新品上架"), ("account health", "店铺健康分"))
SUMMARY_EN = {
    "connected": "Call about {topic}: seller is aware.", "no_answer": "No answer; will retry.",
    "voicemail": "Left a voicemail about {topic}.", "interested": "Seller interested in {program}.",
    "not_interested": "Seller declined {program} for now.",
    "enrolled": "Seller enrolled in {program}.",
    "follow_up": "Discussed {topic}; follow up next week.",
    "escalated": "Escalated {topic} to the policy team.",
}
SUMMARY_ZH = {
    "connected": "沟通{topic}，商家已知悉。", "no_answer": "未接通，稍后再联系。",
    "voicemail": "已留言：{topic}。", "interested": "商家对{program}感兴趣。",
    "not_interested": "商家暂不参加{program}。", "enrolled": "商家已报名{program}。",
    "follow_up": "讨论了{topic}，下周跟进。", "escalated": "已将{topic}升级至政策团队。",
}
NOTES_EN = ("Prefers calls after 3pm.", "Ships from a Yiwu warehouse within 48h.",
            "Owner travels often; IM works best.", "Asked for the campaign deck by e-mail.")
NOTES_ZH = ("下午三点后方便接电话。", "义乌仓发货，48小时内。", "老板常出差，优先微信联系。",
            "需要邮件发送活动资料。")


@dataclass
class SellerEvents:
    violations: list[dict[str, Any]]
    enrollments: list[dict[str, Any]]
    outreach: list[dict[str, Any]]


def violation_id(index: int, k: int) -> str:
    return f"V-{(index + 1) * 1000 + k}"


def violation_body(index: int, sid: str, k: int, policy: str, points: int, severity: str,
                   created: dt.datetime, listing: int) -> dict[str, Any]:
    """A new, active violation as the feed serves it."""
    template = POLICIES[policy][2]
    listing_id = f"L-{listing}" if template else None
    text = template.format(l=listing_id) if template else SHOP_LEVEL_TEXT[policy]
    return {"violation_id": violation_id(index, k), "seller_id": sid, "policy": policy,
            "severity": severity, "points": points, "status": "active",
            "listing_id": listing_id, "description": text, "created_at": iso(created),
            "expires_at": iso(created + EXPIRY), "version": 1, "updated_at": iso(created)}


def _target_set(rng: np.random.Generator, target: int) -> list[tuple[str, int, str]]:
    """Violations summing to target .. target + 5 points: below the next 12-point band."""
    chosen: list[tuple[str, int, str]] = []
    total = 0
    while total < target:
        if target - total >= 12 and rng.random() < 0.7:
            policy = pick(rng, ("counterfeit", "ip_infringement", "prohibited_product"))
            item = (policy, 12, "critical" if policy == "prohibited_product" else "high")
        else:
            item = pick(rng, (("fake_orders", 6, "high"), ("prohibited_product", 6, "high"),
                              ("restricted_product", 4, "medium")))
        chosen.append(item)
        total += item[1]
    return chosen


def _violation_plan(rng: np.random.Generator, p: SellerProfile, end_t: int,
                    ) -> list[tuple[int, str, int, str, bool]]:
    """(day offset, policy, points, severity, forced active) of each violation."""
    plan: list[tuple[int, str, int, str, bool]] = []
    s = p.scenario
    span = p.last_t - p.first_t + 1
    quiet_until = end_t - 91 if s in POINT_TARGETS or s == "brand_new" else p.last_t
    for _ in range(int(rng.poisson(0.8 * span / 365))):
        t = randint(rng, p.first_t, p.last_t)
        if t <= quiet_until:
            policy = pick_weighted(rng, *zip(*BACKGROUND, strict=True))
            points = pick(rng, POLICIES[policy][0])
            plan.append((t, policy, points, "low" if points <= 2 else POLICIES[policy][1], False))
    for t0, _t1, _rate in p.late_spells:
        t = t0 + randint(rng, 10, 20)
        if t <= p.last_t and (s not in POINT_TARGETS or t <= quiet_until):
            plan.append((t, "late_dispatch", randint(rng, 3, 4), "medium", False))

    def recent(low: int, high: int) -> int:
        return max(p.first_t, p.last_t - randint(rng, low, high))

    if s == "counterfeit":
        plan.append((recent(10, 55), "counterfeit", 12, "high", True))
    if s in POINT_TARGETS:
        plan += [(recent(5, 80), pol, pts, sev, True)
                 for pol, pts, sev in _target_set(rng, POINT_TARGETS[s])]
    if s == "suspended":
        plan += [(recent(5, 40), "counterfeit", 12, "high", True),
                 (recent(5, 40), "ip_infringement", 12, "high", True)]
    if s == "restricted":
        plan += [(recent(5, 60), "prohibited_product", 6, "high", True),
                 (recent(5, 60), "restricted_product", 4, "medium", True)]
    if s in ("cancel_high", "cancel_critical"):
        plan.append((recent(3, 25), "cancellation", randint(rng, 3, 4), "medium", False))
    if s == "fake_orders" and rng.random() < 0.5:
        plan.append((recent(1, 20), "fake_orders", 6, "high", True))
    return sorted(plan, key=lambda item: item[0])


def _violations(seed: int, p: SellerProfile, window: Window) -> list[dict[str, Any]]:
    rng = seller_rng(seed, p.index, STREAM_VIOLATIONS)
    clock = window.clock
    bodies = []
    for k, (t, policy, points, severity, forced) in enumerate(
            _violation_plan(rng, p, window.days - 1), start=1):
        created = at(window.start + dt.timedelta(days=t), randint(rng, 0, 86399))
        body = violation_body(p.index, p.seller_id, k, policy, points, severity, created,
                              randint(rng, 1000, 99999))
        roll = rng.random()
        if created + EXPIRY <= clock:
            if roll < 0.12:
                changed = created + dt.timedelta(days=uniform(rng, 5, 30))
                body.update(status="overturned", version=3, updated_at=iso(changed))
            else:
                body.update(status="expired", version=2, updated_at=body["expires_at"])
        elif not forced and roll < 0.25:
            status, version = ("appealed", 2) if roll < 0.15 else ("overturned", 3)
            changed = min(clock, created + dt.timedelta(days=uniform(rng, 1, 20)))
            body.update(status=status, version=version, updated_at=iso(changed))
        bodies.append(body)
    return bodies


def _enrollments(seed: int, p: SellerProfile, window: Window,
                 onboarded: dt.datetime) -> list[dict[str, Any]]:
    rng = seller_rng(seed, p.index, STREAM_ENROLLMENTS)
    clock = window.clock
    bodies = []
    chance = {"A": 0.45, "B": 0.3, "C": 0.2}[p.tier]
    for program in PROGRAMS:
        if program["marketplace"] != p.marketplace:
            continue
        active = bool(program["active"])
        if rng.random() >= (chance if active else 0.15):
            continue
        if p.scenario == "brand_new":
            status = "invited"
        elif active:
            status = pick_weighted(rng, ("enrolled", "invited", "applied", "rejected", "withdrawn"),
                                   (40, 20, 15, 12, 13))
        else:
            status = pick(rng, ("withdrawn", "rejected"))
        version = {"invited": 1, "applied": 2, "enrolled": 3, "rejected": 3, "withdrawn": 4}[status]
        touched = max(onboarded, clock - dt.timedelta(seconds=randint(rng, 3600, 300 * 86400)))
        bodies.append({"seller_id": p.seller_id, "program_id": program["program_id"],
                       "status": status, "version": version, "updated_at": iso(touched)})
    return bodies


def _outreach(seed: int, p: SellerProfile, window: Window,
              onboarded: dt.datetime) -> list[dict[str, Any]]:
    rng = seller_rng(seed, p.index, STREAM_OUTREACH)
    clock = window.clock
    contact: dict[str, str] = p.body["contact"]
    zh = contact["language"].startswith("zh")
    programs = programs_for(p.marketplace)
    names = {prog["program_id"]: prog["name"] for prog in PROGRAMS}
    count = min(int(rng.poisson({"A": 2.5, "B": 1.5, "C": 0.8}[p.tier])), 6)
    moments = sorted(clock - dt.timedelta(seconds=randint(rng, 7200, 120 * 86400))
                     for _ in range(count))
    bodies = []
    for k, occurred in enumerate((m for m in moments if m >= onboarded), start=1):
        channel = contact["preferred_channel"] if rng.random() < 0.6 else pick(
            rng, ("call", "email", "chat", "im", "meeting", "sms"))
        outcome = pick_weighted(rng, OUTCOMES, (20, 12, 6, 15, 8, 8, 20, 5))
        if channel not in ("call", "meeting") and outcome in ("no_answer", "voicemail"):
            outcome = "follow_up"
        duration = {"call": randint(rng, 60, 1500),
                    "meeting": randint(rng, 900, 3600)}.get(channel)
        if outcome in ("no_answer", "voicemail"):
            duration = randint(rng, 10, 60)
        wants_program = outcome in ("interested", "not_interested", "enrolled")
        program = None
        if programs and (wants_program or rng.random() < 0.3):
            program = pick(rng, programs)
        if wants_program and program is None:
            outcome = "connected"
        topic_en, topic_zh = pick(rng, TOPICS)
        template = (SUMMARY_ZH if zh else SUMMARY_EN)[outcome]
        summary = template.format(topic=topic_zh if zh else topic_en,
                                  program=names.get(program or "", ""))
        follow_up = None
        if outcome in ("follow_up", "interested", "escalated"):
            follow_up = (occurred.date() + dt.timedelta(days=randint(rng, 2, 14))).isoformat()
        created = min(clock, occurred + dt.timedelta(minutes=randint(rng, 1, 120)))
        edited = rng.random() < 0.15
        updated = (min(clock, created + dt.timedelta(hours=uniform(rng, 1, 72))) if edited
                   else created)
        bodies.append({
            "client_id": str(uuid.UUID(bytes=rng.bytes(16), version=4)),
            "seller_id": p.seller_id, "channel": channel,
            "direction": "inbound" if rng.random() < 0.2 else "outbound",
            "occurred_at": iso(occurred), "duration_seconds": duration, "outcome": outcome,
            "program_id": program, "summary": summary,
            "notes": pick(rng, NOTES_ZH if zh else NOTES_EN) if rng.random() < 0.4 else None,
            "follow_up_on": follow_up,
            "activity_id": f"A-{p.index + 1:06d}-{k:02d}",
            "author_id": DEMO_MANAGER_ID if rng.random() < 0.6 else pick(rng, TEAMMATES),
            "version": 2 if edited else 1, "created_at": iso(created), "updated_at": iso(updated),
            "deleted": False,
        })
    return bodies


def make_events(seed: int, p: SellerProfile, window: Window) -> SellerEvents:
    """All events of the seller; also fills its health.violation_points (active points)."""
    onboarded = at(dt.date.fromisoformat(str(p.body["onboarded_on"])), 8 * 3600)
    violations = _violations(seed, p, window)
    health: dict[str, Any] = p.body["health"]
    if health["sps"] is not None or violations:
        health["violation_points"] = sum(
            int(v["points"]) for v in violations if v["status"] == "active")
    return SellerEvents(violations, _enrollments(seed, p, window, onboarded),
                        _outreach(seed, p, window, onboarded))
