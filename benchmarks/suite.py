"""`python -m benchmarks`: sync speed and memory against the local limit, in one run.

10,000 sellers x 730 days by default (`--scale 0.1` for 1,000 sellers). The sandbox is
generated once into benchmarks/.cache and reused; it serves from a process of its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import keyring

from app.signin import Credentials, sign_in
from benchmarks.figures import Figure, table, write_json, write_markdown
from benchmarks.sandbox_process import SandboxProcess, child_env
from sandbox.demo import DEMO_APP_KEY, DEMO_APP_SECRET, DEMO_PASSWORD, DEMO_USERNAME
from tests.helpers.keyring_backends import FILE_ENV, FileKeyring

HERE = Path(__file__).resolve().parent
END_DATE = "2026-11-20"
SEED = 42
DAYS = 730
FULL_SYNC_GOAL = 0.7
INCREMENTAL_GOAL_S = 2.0
MEMORY_GOAL_MB = 500.0


def _child(module: str, *args: str, env: dict[str, str]) -> dict:
    output = subprocess.run([sys.executable, "-m", module, *args], env=env, check=True,
                            capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def _generate(db: Path, sellers: int) -> float:
    if db.exists():
        return 0.0
    from sandbox.generator import GeneratorSpec, populate
    from sandbox.schema import connect

    started = time.perf_counter()
    scratch = db.with_suffix(".partial")
    scratch.unlink(missing_ok=True)
    conn = connect(str(scratch))
    populate(conn, GeneratorSpec(seed=SEED, sellers=sellers, days=DAYS,
                                 end_date=dt.date.fromisoformat(END_DATE)))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    os.replace(scratch, db)
    return time.perf_counter() - started


def measure(scale: float, work: Path) -> tuple[list[Figure], str]:
    sellers = max(10, round(10_000 * scale))
    cache_dir = HERE / ".cache"
    cache_dir.mkdir(exist_ok=True)
    db = cache_dir / f"sandbox-{SEED}-{sellers}x{DAYS}-{END_DATE}.sqlite3"
    generated = _generate(db, sellers)
    # The sandbox advances the copy it serves; the generated original stays reusable.
    served = work / "sandbox.sqlite3"
    shutil.copyfile(db, served)
    keyring_file = work / "keyring.json"
    os.environ[FILE_ENV] = str(keyring_file)
    keyring.set_keyring(FileKeyring())
    env = child_env(keyring_file)
    home = work / "home"
    with SandboxProcess(served, sellers, DAYS, SEED, END_DATE) as sandbox:
        limit = _child("benchmarks.limit", sandbox.base_url, DEMO_APP_KEY, DEMO_APP_SECRET,
                       DEMO_USERNAME, DEMO_PASSWORD, str(work / "limit.sqlite3"), env=env)
        sign_in(home, "bench", Credentials(sandbox.base_url, DEMO_APP_KEY, DEMO_APP_SECRET,
                                           DEMO_USERNAME, DEMO_PASSWORD))
        full = _child("benchmarks.sync_child", str(home), "bench", env=env)
        sandbox.advance(1)
        incremental = _child("benchmarks.sync_child", str(home), "bench", env=env)

    limit_rate = limit["rows"] / limit["seconds"]
    full_rate = full["items"] / full["seconds"]
    metrics_rate = full["items_by_feed"]["metrics"] / full["phases"].get("metrics", full["seconds"])
    figures = [
        Figure("limit: bare fetch+orjson+executemany", limit_rate, "r/s"),
        Figure("full sync, all feeds + summaries", full_rate, "r/s", limit_rate,
               full_rate / limit_rate, f">= {FULL_SYNC_GOAL} of limit",
               full_rate / limit_rate >= FULL_SYNC_GOAL),
        Figure("full sync, metrics phase", metrics_rate, "r/s", limit_rate,
               metrics_rate / limit_rate, "", None),
        Figure("full sync wall time", full["seconds"], "s", limit["seconds"],
               limit["seconds"] / full["seconds"], "", None),
        Figure("incremental sync (1 day + restated week)", incremental["seconds"], "s", None,
               None, f"< {INCREMENTAL_GOAL_S} s", incremental["seconds"] < INCREMENTAL_GOAL_S),
        Figure("peak memory, full sync process", full["peak_mb"], "MB", limit["peak_mb"],
               None, f"< {MEMORY_GOAL_MB:.0f} MB", full["peak_mb"] < MEMORY_GOAL_MB),
    ]
    context = (
        f"{sellers:,} sellers x {DAYS} days ({limit['rows']:,} metric rows) on "
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC. Incremental sync: "
        f"{incremental['items']:,} items ({incremental['items_by_feed']}). "
        f"Sandbox generated in {generated:.1f} s (0 = reused)."
    )
    return figures, context


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0,
                        help="fraction of the 10,000-seller portfolio (default 1.0)")
    parser.add_argument("--json", type=Path, help="write the figures as JSON to this file")
    parser.add_argument("--report", type=Path, default=HERE / "reports" / "latest.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sellerdesk-bench-") as scratch:
        figures, context = measure(args.scale, Path(scratch))
    print(context)
    print(table(figures))
    if args.json:
        write_json(figures, args.json)
    write_markdown(figures, args.report, context)
    return 0 if all(f.ok is not False for f in figures) else 1
