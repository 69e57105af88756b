"""The sandbox data generator: deterministic, consistent row by row, realistic enough to show
every situation of the default rule pack, and able to move the platform on by a day."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from sandbox import schema
from sandbox.demo import DEMO_MANAGER_ID
from sandbox.generator import AdvanceResult, GeneratorSpec, advance_day, populate

END = dt.date(2026, 11, 20)
SPEC = GeneratorSpec(seed=7, sellers=300, days=400, end_date=END)
CLOCK = "2026-11-21T06:00:00Z"
COUNTS = schema.METRIC_COUNT_FIELDS
MONEY = schema.METRIC_MONEY_FIELDS
CJK = re.compile("[\u4e00-\u9fff]")
ZERO_DECIMAL = {"VND", "IDR"}
CURRENCY = {"US": "USD", "GB": "GBP", "TH": "THB", "PH": "PHP", "MY": "MYR", "SG": "SGD",
            "VN": "VND", "ID": "IDR"}
KEYS = {
    "sellers": {"seller_id", "shop_name", "shop_code", "marketplace", "region", "category",
                "tier", "status", "currency", "timezone", "onboarded_on", "contact", "health",
                "assigned", "version", "updated_at"},
    "violations": {"violation_id", "seller_id", "policy", "severity", "points", "status",
                   "listing_id", "description", "created_at", "expires_at", "version",
                   "updated_at"},
    "enrollments": {"seller_id", "program_id", "status", "version", "updated_at"},
    "outreach": {"client_id", "seller_id", "channel", "direction", "occurred_at",
                 "duration_seconds", "outcome", "program_id", "summary", "notes",
                 "follow_up_on", "activity_id", "author_id", "version", "created_at",
                 "updated_at", "deleted"},
}


def make(spec: GeneratorSpec, **kwargs: Any) -> sqlite3.Connection:
    conn = schema.connect(":memory:")
    populate(conn, spec, **kwargs)
    return conn


def dump(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    keys = {"meta": "key", "managers": "manager_id", "sellers": "seller_id",
            "metrics": "seller_id, date", "violations": "violation_id",
            "enrollments": "seller_id, program_id", "outreach": "activity_id",
            "programs": "program_id"}
    return {table: conn.execute(f"SELECT * FROM {table} ORDER BY {key}").fetchall()
            for table, key in keys.items()}


def bodies(conn: sqlite3.Connection, table: str) -> list[dict]:
    return [json.loads(b) for (b,) in conn.execute(f"SELECT body FROM {table} ORDER BY seq")]


def metric_columns(conn: sqlite3.Connection, where: str = "", args: tuple = ()) -> dict:
    names = ("seller_id", "date", "seq", "currency", *COUNTS, *MONEY, "revision", "updated_at")
    rows = conn.execute(f"SELECT {', '.join(names)} FROM metrics {where} "
                        "ORDER BY seller_id, date", args).fetchall()
    columns = dict(zip(names, zip(*rows, strict=True), strict=True))
    return {k: np.array(v) if k in COUNTS or k in ("seq", "revision") else list(v)
            for k, v in columns.items()}


@pytest.fixture(scope="module")
def db() -> Iterator[sqlite3.Connection]:
    conn = make(SPEC)
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def sellers(db: sqlite3.Connection) -> dict[str, dict]:
    return {b["seller_id"]: b for b in bodies(db, "sellers")}


@pytest.fixture(scope="module")
def metrics(db: sqlite3.Connection) -> dict:
    return metric_columns(db)


def test_the_same_spec_gives_the_same_database_row_for_row() -> None:
    spec = GeneratorSpec(seed=3, sellers=140, days=45, end_date=END)
    calls: list[tuple[int, int]] = []
    assert dump(make(spec, progress=lambda done, total: calls.append((done, total)))) == dump(
        make(spec))
    assert calls == [(64, 140), (128, 140), (140, 140)]
    assert dump(make(spec)) != dump(make(GeneratorSpec(seed=4, sellers=140, days=45,
                                                       end_date=END)))


def test_the_first_sellers_do_not_depend_on_the_portfolio_size() -> None:
    small = make(GeneratorSpec(seed=5, sellers=30, days=120, end_date=END))
    big = make(GeneratorSpec(seed=5, sellers=75, days=120, end_date=END))
    first = tuple(f"S{i:06d}" for i in range(1, 31))
    marks = ",".join("?" * len(first))
    for table in ("sellers", "violations", "enrollments", "outreach"):
        query = f"SELECT body FROM {table} WHERE seller_id IN ({marks}) ORDER BY 1"
        assert small.execute(query, first).fetchall() == big.execute(query, first).fetchall()
    # Metrics come first, seller by seller, so even their seqs agree.
    query = f"SELECT * FROM metrics WHERE seller_id IN ({marks}) ORDER BY seller_id, date"
    assert small.execute(query, first).fetchall() == big.execute(query, first).fetchall()


def test_a_worker_process_builds_the_same_database() -> None:
    spec = GeneratorSpec(seed=9, sellers=70, days=45, end_date=END)
    assert dump(make(spec, parallel=True)) == dump(make(spec, parallel=False))


def test_a_filled_database_is_refused(db: sqlite3.Connection) -> None:
    with pytest.raises(ValueError, match="not empty"):
        populate(db, SPEC)


def test_meta_seqs_and_clock(db: sqlite3.Connection, metrics: dict) -> None:
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert set(meta) == set(schema.META_KEYS)
    assert meta == meta | {"seed": "7", "sellers": "300", "days": "400",
                           "start_date": "2025-10-17", "end_date": "2026-11-20",
                           "clock": CLOCK}
    seqs = [s for table in ("metrics", "sellers", "violations", "enrollments", "outreach")
            for (s,) in db.execute(f"SELECT seq FROM {table}")]
    assert len(seqs) == len(set(seqs)) and int(meta["next_seq"]) == max(seqs) + 1 == len(seqs) + 1
    # Seller-major, dates ascending: the metrics seqs follow the primary key exactly.
    assert (np.diff(metrics["seq"]) == 1).all() and metrics["seq"][0] == 1
    stamps = [*metrics["updated_at"]]
    for table in ("sellers", "violations", "enrollments", "outreach"):
        for body in bodies(db, table):
            stamps += [body["updated_at"], body.get("created_at", body["updated_at"])]
    assert max(stamps) <= CLOCK
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", s) for s in set(stamps))
    managers = dict(db.execute("SELECT manager_id, username FROM managers").fetchall())
    assert managers[DEMO_MANAGER_ID] == "demo"


def test_rows_start_at_onboarding_and_run_to_the_end(sellers: dict, metrics: dict) -> None:
    first = SPEC.window.start
    rows = Counter(metrics["seller_id"])
    starts: dict[str, str] = {}
    for sid, date in zip(metrics["seller_id"], metrics["date"], strict=True):
        starts.setdefault(sid, date)
    joined_in_window = 0
    for sid, seller in sellers.items():
        onboarded = dt.date.fromisoformat(seller["onboarded_on"])
        begin = max(first, onboarded)
        assert starts[sid] == begin.isoformat()
        expected = (END - begin).days + 1
        if seller["status"] == "closed":
            assert 0 < rows[sid] < expected
        else:
            assert rows[sid] == expected
        joined_in_window += onboarded > first
    assert 10 <= joined_in_window <= 100


def assert_consistent(m: dict) -> None:
    assert all((m[f] >= 0).all() for f in COUNTS)
    assert (m["late_dispatched_orders"] <= m["shipped_orders"]).all()
    assert (m["shipped_orders"] <= m["orders"]).all()
    assert (m["seller_cancelled_orders"] <= m["orders"]).all()
    assert (m["on_time_deliveries"] <= m["delivered_orders"]).all()
    assert (m["seller_fault_returns"] <= m["delivered_orders"]).all()
    assert (m["negative_reviews"] <= m["reviews"]).all()
    assert (m["im_replied_12h"] <= m["im_conversations"]).all()
    assert (m["units"] >= m["orders"]).all() and (m["product_views"] >= m["visitors"]).all()
    cents = {f: np.array([int(v.replace(".", "")) for v in m[f]]) for f in MONEY}
    assert (cents["live_gmv"] + cents["video_gmv"] + cents["affiliate_gmv"]
            <= cents["gmv"]).all()
    assert (m["revision"] >= 1).all()


def test_every_row_is_consistent(metrics: dict) -> None:
    assert_consistent(metrics)


def test_money_is_decimal_text_in_the_seller_currency(sellers: dict, metrics: dict) -> None:
    two, zero = re.compile(r"(0|[1-9]\d*)\.\d\d"), re.compile(r"0|[1-9]\d*")
    for i, (sid, currency) in enumerate(zip(metrics["seller_id"], metrics["currency"],
                                            strict=True)):
        assert currency == sellers[sid]["currency"]
        pattern = zero if currency in ZERO_DECIMAL else two
        assert all(pattern.fullmatch(metrics[f][i]) for f in MONEY), metrics["gmv"][i]


def test_items_carry_every_contract_field(db: sqlite3.Connection, sellers: dict) -> None:
    for table, keys in KEYS.items():
        items = bodies(db, table)
        assert items and all(set(item) == keys for item in items), table
    for seller in sellers.values():
        assert CURRENCY[seller["region"]] == seller["currency"]
        assert set(seller["contact"]) == {"name", "phone", "email", "im_handle",
                                          "preferred_channel", "language"}
        assert set(seller["health"]) == {"sps", "ahr", "violation_points"}
        assert seller["health"]["sps"] is None or re.fullmatch(r"\d\.\d", seller["health"]["sps"])
    programs = [json.loads(b) for (b,) in db.execute("SELECT body FROM programs")]
    assert {"flash_sale", "affiliate", "live", "free_shipping", "ads_boost"} <= {
        p["program_id"] for p in programs if p["marketplace"] == "tiktok" and p["active"]}
    assert any(not p["active"] for p in programs)
    assert sum(p["marketplace"] == "shopee" for p in programs) >= 2
    for criterion in (c for p in programs for c in p["criteria"]):
        assert set(criterion) <= {"metric", "op", "value", "window_days"}
        assert criterion["op"] in {"<", "<=", ">", ">=", "==", "!="}
        assert re.fullmatch(r"-?\d+(\.\d+)?", criterion["value"])
    catalog = {p["program_id"] for p in programs}
    assert {e["program_id"] for e in bodies(db, "enrollments")} <= catalog
    activities = bodies(db, "outreach")
    assert {a["author_id"] for a in activities} >= {DEMO_MANAGER_ID, "M0002"}
    assert len({a["client_id"] for a in activities}) == len(activities)


def test_the_portfolio_is_bilingual_and_varied(sellers: dict) -> None:
    items = list(sellers.values())
    chinese = sum(bool(CJK.search(s["shop_name"])) for s in items)
    assert 0.35 < chinese / len(items) < 0.65
    names = [s["contact"]["name"] for s in items]
    assert any(CJK.search(n) for n in names) and any(n.isascii() for n in names)
    codes = [s["shop_code"] for s in items]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"[A-Z]{2}-[A-Z]{2}-\d{4,}", c) for c in codes)
    assert "CN" in {c[:2] for c in codes} and len({c[:2] for c in codes}) > 3
    counts = {key: Counter(s[key] for s in items) for key in
              ("marketplace", "region", "category", "tier", "status", "assigned")}
    assert counts["marketplace"].most_common(1)[0][0] == "tiktok"
    assert {"shopee", "amazon"} <= set(counts["marketplace"])
    assert set(counts["region"]) == set(CURRENCY) and len(counts["category"]) == 12
    assert set(counts["tier"]) == {"A", "B", "C"}
    assert counts["status"]["active"] > 0.9 * len(items)
    assert {"restricted", "suspended", "closed"} <= set(counts["status"])
    assert counts["assigned"][False] == 6  # 2 in every 100


def _per_seller_ratio(metrics: dict, sellers: dict, day: str, regions: set[str]) -> float:
    """Median over sellers of GMV on `day` over their mean GMV in the fortnight around it."""
    days = [(dt.date.fromisoformat(day) + dt.timedelta(days=k)).isoformat()
            for k in range(-7, 8) if k]
    gmv: dict[str, dict[str, float]] = {}
    for sid, date, value in zip(metrics["seller_id"], metrics["date"], metrics["gmv"],
                                strict=True):
        if sellers[sid]["region"] in regions and (date == day or date in days):
            gmv.setdefault(sid, {})[date] = float(value)
    ratios = [g[day] / np.mean([g[d] for d in days]) for g in gmv.values()
              if len(g) == 15 and np.mean([g[d] for d in days]) > 0]
    return float(np.median(ratios))


def test_promotion_days_and_the_weekly_cycle_show(metrics: dict, sellers: dict) -> None:
    sea = {"TH", "PH", "MY", "SG", "VN", "ID"}
    assert _per_seller_ratio(metrics, sellers, "2025-11-11", sea) > 2.0
    assert _per_seller_ratio(metrics, sellers, "2025-12-12", sea) > 1.6
    assert _per_seller_ratio(metrics, sellers, "2026-10-10", sea) > 1.4
    assert _per_seller_ratio(metrics, sellers, "2025-11-28", {"US", "GB"}) > 2.0  # Black Friday
    assert _per_seller_ratio(metrics, sellers, "2025-12-01", {"US", "GB"}) > 1.5  # Cyber Monday
    weekday = np.array([dt.date.fromisoformat(d).weekday() for d in metrics["date"]])
    assert metrics["orders"][weekday == 5].mean() > metrics["orders"][weekday == 1].mean()


def _window(db: sqlite3.Connection, first: dt.date, last: dt.date) -> dict[str, dict]:
    fields = ("orders", "shipped_orders", "late_dispatched_orders", "seller_cancelled_orders",
              "delivered_orders", "seller_fault_returns", "negative_reviews", "gmv")
    rows = db.execute(f"SELECT seller_id, {', '.join(f'sum({f})' for f in fields)} "
                      "FROM metrics WHERE date BETWEEN ? AND ? GROUP BY seller_id",
                      (first.isoformat(), last.isoformat())).fetchall()
    return {r[0]: dict(zip(fields, r[1:], strict=True)) for r in rows}


def _spikes(metrics: dict) -> set[str]:
    """Sellers with a day of orders > 4 robust z-scores over the previous 28 while visitors
    stayed within 2."""
    found = set()
    ids = np.array(metrics["seller_id"])
    for sid in set(metrics["seller_id"]):
        mask = ids == sid
        orders, visitors = metrics["orders"][mask][-56:], metrics["visitors"][mask][-56:]
        for k in range(28, len(orders)):
            z = []
            for series in (orders, visitors):
                base = series[k - 28:k]
                mad = 1.4826 * np.median(np.abs(base - np.median(base))) + 1.0
                z.append((series[k] - np.median(base)) / mad)
            if z[0] > 4 and z[1] < 2 and orders[k] >= 3 * np.median(orders[k - 28:k]) > 0:
                found.add(sid)
    return found


def test_every_situation_of_the_rule_pack_occurs(db: sqlite3.Connection, sellers: dict,
                                                 metrics: dict) -> None:
    now = _window(db, END - dt.timedelta(days=29), END)
    before = _window(db, END - dt.timedelta(days=59), END - dt.timedelta(days=30))
    found: Counter[str] = Counter()
    for sid, w in now.items():
        shipped, orders, delivered = w["shipped_orders"], w["orders"], w["delivered_orders"]
        late = w["late_dispatched_orders"] / shipped if shipped >= 30 else 0
        found["late_dispatch>4%"] += late > 0.04
        found["late_dispatch>=10%"] += late >= 0.10
        found["cancellation>2.5%"] += orders >= 30 and w["seller_cancelled_orders"] / orders > 0.025
        found["returns>1.5%"] += delivered >= 100 and w["seller_fault_returns"] / delivered > 0.015
        found["negative>0.5%"] += delivered >= 100 and w["negative_reviews"] / delivered > 0.005
        previous = before.get(sid, {}).get("gmv") or 0
        found["gmv_drop>25%"] += previous >= 1000 and w["gmv"] / previous < 0.75
    quiet = _window(db, END - dt.timedelta(days=13), END)
    for sid, seller in sellers.items():
        health, status = seller["health"], seller["status"]
        found["dormant"] += status == "active" and quiet[sid]["orders"] == 0
        found["sps<3.5"] += health["sps"] is not None and float(health["sps"]) < 3.5
        found["no_score"] += health["sps"] is None and health["ahr"] is None
        found["ahr<200"] += health["ahr"] is not None and health["ahr"] < 200
        found["ahr<100"] += health["ahr"] is not None and health["ahr"] < 100
        for points in (12, 24, 36, 48):
            found[f"points>={points}"] += (health["violation_points"] or 0) >= points
        found[status] += 1
    violations = bodies(db, "violations")
    active: Counter[str] = Counter()
    for v in violations:
        active[v["seller_id"]] += v["points"] if v["status"] == "active" else 0
        recent = v["created_at"] >= (END - dt.timedelta(days=59)).isoformat()
        found["counterfeit"] += v["policy"] == "counterfeit" and v["status"] == "active" and recent
        assert v["expires_at"] > v["created_at"]
        lapsed = v["expires_at"] <= CLOCK
        assert v["status"] in (("expired", "overturned") if lapsed else
                               ("active", "appealed", "overturned"))
    assert all(s["health"]["violation_points"] in (None, active[sid]) for sid, s in sellers.items())
    found["order_spike"] = len(_spikes(metrics))
    wanted = ["late_dispatch>4%", "late_dispatch>=10%", "cancellation>2.5%", "returns>1.5%",
              "negative>0.5%", "gmv_drop>25%", "dormant", "sps<3.5", "no_score", "ahr<200",
              "ahr<100", "points>=12", "points>=24", "points>=36", "points>=48", "counterfeit",
              "order_spike", "restricted", "suspended", "closed"]
    assert [w for w in wanted if not found[w]] == []


def _copy(conn: sqlite3.Connection) -> sqlite3.Connection:
    clone = schema.connect(":memory:")
    conn.backup(clone)
    return clone


def test_advance_day_adds_a_day_and_restates_the_last_week(db: sqlite3.Connection,
                                                          sellers: dict) -> None:
    one, two = _copy(db), _copy(db)
    next_seq = int(dict(one.execute("SELECT key, value FROM meta").fetchall())["next_seq"])
    before = {(r[0], r[1]): r[2:] for r in one.execute(
        "SELECT seller_id, date, revision, seq FROM metrics WHERE date >= '2026-11-14'")}
    result = advance_day(one)
    assert result == advance_day(two) and dump(one) == dump(two)
    meta = dict(one.execute("SELECT key, value FROM meta").fetchall())
    assert meta["end_date"] == "2026-11-21" and meta["clock"] == "2026-11-22T06:00:00Z"
    fresh = metric_columns(one, "WHERE date = '2026-11-21'")
    live = {sid for sid, s in sellers.items() if s["status"] != "closed"}
    assert live <= set(fresh["seller_id"]) and result.new_rows == len(fresh["seller_id"])
    restated = [(key, row) for key, row in before.items() if row[0] != one.execute(
        "SELECT revision FROM metrics WHERE seller_id = ? AND date = ?", key).fetchone()[0]]
    assert len(restated) == result.restated_rows > 0.15 * len(before)
    for key, (revision, _seq) in restated:
        new_revision, new_seq, stamp = one.execute(
            "SELECT revision, seq, updated_at FROM metrics WHERE seller_id = ? AND date = ?",
            key).fetchone()
        assert new_revision == revision + 1 and new_seq >= next_seq
        assert stamp == "2026-11-22T06:00:00Z"
    changed = metric_columns(one, "WHERE seq >= ?", (next_seq,))
    assert_consistent(changed)
    seqs = [s for t in ("metrics", "sellers", "violations", "enrollments", "outreach")
            for (s,) in one.execute(f"SELECT seq FROM {t} WHERE seq >= ?", (next_seq,))]
    assert sorted(seqs) == list(range(next_seq, int(meta["next_seq"])))


def test_the_portfolio_lives_on_over_days(db: sqlite3.Connection, sellers: dict) -> None:
    conn = _copy(db)
    totals: Counter[str] = Counter()
    for _ in range(10):
        result = advance_day(conn)
        assert isinstance(result, AdvanceResult)
        totals.update(dataclasses.asdict(result))
    assert totals["sellers_changed"] > 0 and totals["violations_changed"] > 0
    after = {b["seller_id"]: b for b in bodies(conn, "sellers")}
    joined = set(after) - set(sellers)
    left = [sid for sid in sellers if sellers[sid]["assigned"] and not after[sid]["assigned"]]
    assert joined and left
    for sid, seller in after.items():
        if sid in sellers and seller != sellers[sid]:
            assert seller["version"] > sellers[sid]["version"]
            assert seller["updated_at"] > sellers[sid]["updated_at"]
    for sid in joined:
        assert after[sid]["onboarded_on"] > "2026-11-20" and after[sid]["assigned"]
    assert conn.execute("SELECT max(date) FROM metrics").fetchone() == ("2026-11-30",)
    assert_consistent(metric_columns(conn, "WHERE date > '2026-11-13'"))
    dormant = [sid for sid, (orders,) in ((s, conn.execute(
        "SELECT sum(orders) FROM metrics WHERE seller_id = ? AND date > '2026-11-06'",
        (s,)).fetchone()) for s in sellers) if orders == 0]
    assert dormant  # dormant sellers stay dormant as days go by
