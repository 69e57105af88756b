"""Outreach at scale: the lists on a cache of 200,000 entries, and a push of 1,000 queued
entries to the sandbox in its own process.

`python -m benchmarks.outreach` alone, or as part of `python -m benchmarks`. The lists are
timed through the services the window calls (OutreachService, FollowUpService,
PipelineService), each several times on varied sellers; the worst time counts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.outreach.followups import FollowUpService
from app.outreach.model import CHANNELS, OUTCOMES, OutreachDraft
from app.outreach.pipeline import PipelineService
from app.outreach.service import OutreachService
from benchmarks.figures import Figure, table
from db.cache import open_cache

ENTRIES = 200_000
SELLERS = 10_000
PUSHED = 1_000
LIST_GOAL_MS = 100.0
PUSH_GOAL_S = 30.0
TODAY = dt.date(2026, 11, 20)
ME = "M-bench"
PROGRAMS = ("flash_sale", "affiliate", "live", "free_shipping", "ads")


def _fill(cache: Path, rng: random.Random) -> None:
    """Sellers and 200,000 entries: a third mine, the rest teammates'; a tenth with an open
    follow-up around today; some about a program; 1,000 of mine waiting in the outbox."""
    open_cache(cache).dispose()
    conn = sqlite3.connect(cache, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO sellers (seller_id, shop_name, shop_code, marketplace, region, category, "
        "tier, status, currency, timezone, assigned, version, updated_at) VALUES "
        "(?, ?, ?, 'tiktok', 'US', 'Food', 'A', 'active', 'USD', 'UTC', 1, 1, '')",
        [(f"S{n:06d}", f"店铺 {n}", f"C-{n}") for n in range(SELLERS)])
    conn.executemany("INSERT INTO programs (program_id, position, marketplace, name, active) "
                     "VALUES (?, ?, 'tiktok', ?, 1)",
                     [(p, i, p.replace("_", " ").title()) for i, p in enumerate(PROGRAMS)])
    conn.execute("INSERT INTO cache_meta VALUES ('manager_id', ?)", (ME,))
    start = dt.datetime(2025, 11, 20, tzinfo=dt.UTC)
    rows = []
    for n in range(ENTRIES):
        mine = n % 3 == 0
        occurred = start + dt.timedelta(minutes=rng.randrange(365 * 24 * 60))
        follow_up = (TODAY + dt.timedelta(days=rng.randint(-20, 20))).isoformat() if (
            n % 10 == 0) else None
        queued = mine and n < PUSHED * 3
        rows.append((
            str(uuid.UUID(int=rng.getrandbits(128))), None if queued else f"A-{n}",
            f"S{rng.randrange(SELLERS):06d}", None if queued else (ME if mine else "M-mate"),
            CHANNELS[n % len(CHANNELS)], "outbound", occurred.strftime("%Y-%m-%dT%H:%M:%SZ"),
            OUTCOMES[n % len(OUTCOMES)], PROGRAMS[n % len(PROGRAMS)] if n % 4 == 0 else None,
            f"entry {n}", follow_up, None if queued else 1,
            "create" if queued else None, "pending" if queued else None,
            n if queued else None))
    conn.executemany(
        "INSERT INTO outreach (client_id, activity_id, seller_id, author_id, channel, "
        "direction, occurred_at, outcome, program_id, summary, follow_up_on, version, "
        "outbox_op, outbox_state, outbox_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)", rows)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def _worst_ms(call: Callable[[], Any], runs: int = 5) -> float:
    worst = 0.0
    for _ in range(runs):
        started = time.perf_counter()
        call()
        worst = max(worst, (time.perf_counter() - started) * 1000)
    return worst


def measure_lists(work: Path) -> list[Figure]:
    rng = random.Random(7)
    cache = work / "outreach.sqlite3"
    started = time.perf_counter()
    _fill(cache, rng)
    filled = time.perf_counter() - started
    engine = open_cache(cache)
    try:
        service = OutreachService(engine, today=TODAY)
        follow_ups = FollowUpService(engine, today=TODAY)
        pipeline = PipelineService(engine, today=TODAY)
        sellers = iter([f"S{rng.randrange(SELLERS):06d}" for _ in range(100)])
        timings = {
            "timeline of one seller": _worst_ms(lambda: service.timeline(next(sellers)), 20),
            "recent entries (200)": _worst_ms(service.recent),
            "outbox list (1,000 queued)": _worst_ms(service.outbox),
            "outbox counts": _worst_ms(service.outbox_counts),
            "follow-up lists (overdue, today, 7 days)": _worst_ms(follow_ups.lists),
            "follow-ups due count": _worst_ms(follow_ups.due_count),
            "funnel of one program": _worst_ms(lambda: pipeline.funnel("flash_sale")),
        }
    finally:
        engine.dispose()
    figures = [Figure(f"outreach: {name}, max", value, "ms", None, None,
                      f"< {LIST_GOAL_MS:.0f} ms", value < LIST_GOAL_MS)
               for name, value in timings.items()]
    figures.append(Figure("outreach: cache of 200,000 entries filled", filled, "s"))
    return figures


def measure_push(work: Path, sandbox_db: Path, sellers: int, days: int, seed: int,
                 end_date: str) -> list[Figure]:
    import keyring

    from app.signin import Credentials, sign_in
    from app.sync.engine import SyncEngine
    from app.sync.outbox import OutboxPusher
    from app.workspace import Workspace
    from benchmarks.sandbox_process import SandboxProcess
    from tests.helpers.keyring_backends import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    home = work / "push-home"
    with SandboxProcess(sandbox_db, sellers, days, seed, end_date) as sandbox:
        sign_in(home, "push", Credentials(sandbox.base_url, sandbox.app_key,
                                          sandbox.app_secret, sandbox.username,
                                          sandbox.password))
        workspace = Workspace.open(home, "push")
        client = workspace.client()
        try:
            SyncEngine(client, workspace.engine).run()
            with workspace.engine.connect() as conn:
                ids = [r[0] for r in conn.exec_driver_sql(
                    "SELECT seller_id FROM sellers WHERE assigned ORDER BY seller_id")]
            service = OutreachService(workspace.engine)
            when = dt.datetime(2026, 11, 19, 8, tzinfo=dt.UTC)
            started = time.perf_counter()
            for n in range(PUSHED):
                service.log(OutreachDraft(seller_id=ids[n % len(ids)],
                                          channel=CHANNELS[n % len(CHANNELS)],
                                          outcome=OUTCOMES[n % len(OUTCOMES)],
                                          occurred_at=when + dt.timedelta(minutes=n),
                                          summary=f"benchmark entry {n}"))
            logged = time.perf_counter() - started
            started = time.perf_counter()
            result = OutboxPusher(client, workspace.engine).push()
            pushed = time.perf_counter() - started
        finally:
            client.close()
            workspace.close()
    assert result.sent == PUSHED and result.remaining == 0, result
    return [
        Figure("outreach: log 1,000 entries locally", logged, "s"),
        Figure("outreach: push 1,000 queued entries", pushed, "s", None, None,
               f"< {PUSH_GOAL_S:.0f} s", pushed < PUSH_GOAL_S),
    ]


def measure(work: Path, sandbox_db: Path, sellers: int, days: int, seed: int,
            end_date: str) -> list[Figure]:
    return [*measure_lists(work),
            *measure_push(work, sandbox_db, sellers, days, seed, end_date)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.outreach", description=__doc__)
    parser.add_argument("--sellers", type=int, default=100,
                        help="sellers of the sandbox the push goes to (default 100)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sellerdesk-outreach-") as scratch:
        work = Path(scratch)
        figures = measure(work, work / "sandbox.sqlite3", args.sellers, 30, 42, "2026-11-20")
    print(table(figures))
    return 0 if all(f.ok is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
