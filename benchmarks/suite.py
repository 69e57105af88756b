"""`python -m benchmarks`: sync speed and memory against the local limit, then the desktop
app's speed against a bare PySide6 floor, in one run.

10,000 sellers x 730 days by default (`--scale 0.1` for 1,000 sellers). The sandbox is
generated once into benchmarks/.cache and reused; it serves from a process of its own.
The window's figures run on the cache the sync figures left (`--ui-only`: on one built
straight from the sandbox database by cache_builder), each in a child process of its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import keyring

from app.clock import now_rfc3339
from app.profiles import ProfileStore
from app.settings import SettingsStore
from app.signin import Credentials, sign_in
from benchmarks.cache_builder import build_cache
from benchmarks.figures import Figure, table, write_json, write_markdown
from benchmarks.sandbox_process import SandboxProcess, child_env
from db.cache import open_cache
from db.repositories import portfolio_daily, summaries, sync_state
from sandbox.demo import DEMO_APP_KEY, DEMO_APP_SECRET, DEMO_PASSWORD, DEMO_USERNAME
from tests.helpers.keyring_backends import FILE_ENV, FileKeyring

HERE = Path(__file__).resolve().parent
END_DATE = "2026-11-20"
SEED = 42
DAYS = 730
FULL_SYNC_GOAL = 0.7
INCREMENTAL_GOAL_S = 2.0
MEMORY_GOAL_MB = 500.0
START_GOAL_S = 1.5
START_FLOOR_FACTOR = 6.0
INTERACTION_GOAL_MS = 100.0
CHARTS_GOAL_MS = 200.0
STALL_GOAL_MS = 100.0
STALL_SYNC_S = 20.0
FLAGS_GOAL_S = 1.0
START_RUNS = 3  # cold starts of each, interleaved; the median counts


def _child(module: str, *args: str, env: dict[str, str], timeout: float | None = None) -> dict:
    try:
        output = subprocess.run([sys.executable, "-m", module, *args], env=env, check=True,
                                capture_output=True, text=True, timeout=timeout).stdout
    except subprocess.CalledProcessError as error:
        print(error.stderr, file=sys.stderr)
        raise
    return json.loads(output.strip().splitlines()[-1])


def _started_child(module: str, *args: str, env: dict[str, str]) -> dict:
    """A child told when it was started, so its clock includes its interpreter and imports."""
    return _child(module, repr(time.time()), *args, env=env, timeout=300)


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


def measure_outreach(work: Path) -> tuple[list[Figure], str]:
    """Lists on 200,000 entries, and 1,000 entries pushed to a small sandbox process."""
    from benchmarks import outreach

    figures = outreach.measure(work, work / "outreach-sandbox.sqlite3", 100, 30, SEED,
                               END_DATE)
    return figures, (f"Outreach: {outreach.ENTRIES:,} entries over {outreach.SELLERS:,} "
                     f"sellers; {outreach.PUSHED:,} pushed to a 100-seller sandbox process.")


def measure(scale: float, work: Path, *, sync: bool = True, ui: bool = True,
            flags: bool = True) -> tuple[list[Figure], str]:
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
    credentials = (DEMO_APP_KEY, DEMO_APP_SECRET, DEMO_USERNAME, DEMO_PASSWORD)
    figures: list[Figure] = []
    contexts = [f"{sellers:,} sellers x {DAYS} days on {os.cpu_count()} cores, Python "
                f"{sys.version.split()[0]}, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC. "
                f"Sandbox generated in {generated:.1f} s (0 = reused)."]
    with SandboxProcess(served, sellers, DAYS, SEED, END_DATE) as sandbox:
        if sync:
            limit = _child("benchmarks.limit", sandbox.base_url, *credentials,
                           str(work / "limit.sqlite3"), env=env)
            sign_in(home, "bench", Credentials(sandbox.base_url, *credentials))
            full = _child("benchmarks.sync_child", str(home), "bench", env=env)
            sandbox.advance(1)
            incremental = _child("benchmarks.sync_child", str(home), "bench", env=env)
            figures += _sync_figures(limit, full, incremental)
            phases = ", ".join(f"{name} {seconds:.2f} s"
                               for name, seconds in incremental["phases"].items())
            contexts.append(f"Metric rows: {limit['rows']:,}. Incremental sync: "
                            f"{incremental['items']:,} items ({incremental['items_by_feed']}); "
                            f"phases: {phases}; the flags phase's steps (seconds from its "
                            f"start at each step's end): {incremental.get('flags_marks')}.")
        elif ui or flags:
            built = _build_ui_cache(db, ProfileStore(home).cache_path("bench"))
            sign_in(home, "bench", Credentials(sandbox.base_url, *credentials))
            contexts.append(f"Cache built from the sandbox database in {built:.1f} s.")
        if flags:
            result = _child("benchmarks.flags_child",
                            str(ProfileStore(home).cache_path("bench")), env=env)
            figures += _flag_figures(result)
            contexts.append(f"Flags: {result['open_risks']:,} open risks and "
                            f"{result['open_opportunities']:,} opportunities on "
                            f"{result['sellers']:,} sellers; the first evaluation (every "
                            f"flag raised) took {result['first_seconds']:.2f} s.")
        if ui:
            sign_in(home, "stall", Credentials(sandbox.base_url, *credentials))
            ui_figures, ui_context = measure_ui(home, "bench", "stall", env)
            figures += ui_figures
            contexts.append(ui_context)
    return figures, " ".join(contexts)


def _sync_figures(limit: dict, full: dict, incremental: dict) -> list[Figure]:
    limit_rate = limit["rows"] / limit["seconds"]
    full_rate = full["items"] / full["seconds"]
    metrics_rate = full["items_by_feed"]["metrics"] / full["phases"].get("metrics", full["seconds"])
    # The product holds the sync (summaries included) and the rules after it to separate
    # goals; the child times each phase of the one run.
    flags = incremental["phases"].get("flags", 0.0)
    incremental_sync = incremental["seconds"] - flags
    return [
        Figure("limit: bare fetch+orjson+executemany", limit_rate, "r/s"),
        Figure("full sync, all feeds + summaries", full_rate, "r/s", limit_rate,
               full_rate / limit_rate, f">= {FULL_SYNC_GOAL} of limit",
               full_rate / limit_rate >= FULL_SYNC_GOAL),
        Figure("full sync, metrics phase", metrics_rate, "r/s", limit_rate,
               metrics_rate / limit_rate, "", None),
        Figure("full sync wall time", full["seconds"], "s", limit["seconds"],
               limit["seconds"] / full["seconds"], "", None),
        Figure("incremental sync (1 day + restated week)", incremental_sync, "s", None,
               None, f"< {INCREMENTAL_GOAL_S} s", incremental_sync < INCREMENTAL_GOAL_S),
        Figure("flags after the incremental sync", flags, "s", None, None,
               f"< {FLAGS_GOAL_S:.0f} s", flags < FLAGS_GOAL_S),
        Figure("peak memory, full sync process", full["peak_mb"], "MB", limit["peak_mb"],
               None, f"< {MEMORY_GOAL_MB:.0f} MB", full["peak_mb"] < MEMORY_GOAL_MB),
    ]


def _flag_figures(result: dict) -> list[Figure]:
    seconds, bare = result["seconds"], result["bare_seconds"]
    return [
        Figure("all rules, all sellers (after a sync)", seconds, "s", bare,
               bare / seconds, f"< {FLAGS_GOAL_S:.0f} s", seconds < FLAGS_GOAL_S),
        Figure("bare 30-day SUM GROUP BY (same run)", bare, "s"),
    ]


def _build_ui_cache(sandbox_db: Path, cache: Path) -> float:
    """A synced-looking cache without the sync: rows, then summaries and medians, as a
    sync's end leaves them."""
    started = time.perf_counter()
    build_cache(sandbox_db, cache)
    engine = open_cache(cache)
    with engine.begin() as conn:
        as_of = sync_state.get_meta(conn, sync_state.LATEST_METRICS_DATE) or END_DATE
        summaries.refresh_summaries(conn, as_of, now_rfc3339())
        portfolio_daily.refresh(conn, as_of)
        sync_state.set_meta(conn, sync_state.SUMMARIES_STALE, "0")
        sync_state.set_meta(conn, sync_state.LAST_SYNC_AT, now_rfc3339())
        summaries.analyze(conn)
    engine.dispose()
    return time.perf_counter() - started


def _ui_env(env: dict[str, str]) -> dict[str, str]:
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return {**env, "QT_QPA_PLATFORM": "offscreen"} if headless else dict(env)


def measure_ui(home: Path, profile: str, stall_profile: str, env: dict[str, str]
               ) -> tuple[list[Figure], str]:
    """Cold start against the floor, interactions, charts, and stalls during a sync."""
    store = SettingsStore(home)
    settings = store.load()
    settings.auto_sync_minutes = 0  # only start-up is measured: no sync starts by itself
    store.save(settings)
    env = _ui_env(env)
    cache = str(ProfileStore(home).cache_path(profile))
    _started_child("benchmarks.ui_floor", cache, env=env)  # warm-up: Qt's files read once
    floors: list[float] = []
    starts: list[float] = []
    for run in range(START_RUNS):
        floors.append(_started_child("benchmarks.ui_floor", cache, env=env)["seconds"])
        last = run == START_RUNS - 1
        app = _started_child("benchmarks.ui_child", str(home), profile,
                             *([] if last else ["--startup-only"]), env=env)
        starts.append(app["startup_seconds"])
    stall = _child("benchmarks.ui_stall", str(home), stall_profile, str(STALL_SYNC_S),
                   env=env, timeout=STALL_SYNC_S + 300)
    floor, start = sorted(floors)[len(floors) // 2], sorted(starts)[len(starts) // 2]
    ms = {key: app["max_ms"].get(key, math.inf) for key in (
        "sort", "filter", "search_zh", "search_zh_clear", "search_en", "search_en_clear")}

    def fast(name: str, value: float | None, goal_ms: float) -> Figure:
        value = math.inf if value is None else value  # a step that never ended misses
        return Figure(name, value, "ms", None, None, f"< {goal_ms:.0f} ms", value < goal_ms)

    figures = [
        Figure("floor: bare PySide6 + sqlite3 table", floor, "s"),
        Figure("cold start to interactive portfolio", start, "s", floor, floor / start,
               f"< {START_GOAL_S} s and within {START_FLOOR_FACTOR:.0f}x of floor",
               start < START_GOAL_S and start <= START_FLOOR_FACTOR * floor),
        fast("sort (max of 5)", ms["sort"], INTERACTION_GOAL_MS),
        fast("filter (max of 5)", ms["filter"], INTERACTION_GOAL_MS),
        fast("search zh, as typed (max of 5)",
             max(ms["search_zh"], ms["search_zh_clear"]), INTERACTION_GOAL_MS),
        fast("search en, as typed (max of 5)",
             max(ms["search_en"], ms["search_en_clear"]), INTERACTION_GOAL_MS),
        fast("seller charts, median", app["seller_median_ms"], CHARTS_GOAL_MS),
        fast("seller charts, max", app["seller_max_ms"], CHARTS_GOAL_MS),
        fast("longest event-loop stall during sync", stall["max_stall_ms"], STALL_GOAL_MS),
        Figure("cancel takes effect", math.nan if stall["cancel_seconds"] is None
               else stall["cancel_seconds"], "s"),
    ]
    worst = stall["worst"][0] if stall["worst"] else {}
    context = (
        f"Window ({env.get('QT_QPA_PLATFORM', 'native')} platform, {app['rows']:,} rows): "
        f"cold starts {', '.join(f'{s:.2f}' for s in starts)} s against floors "
        f"{', '.join(f'{f:.2f}' for f in floors)} s (medians count); marks of the last "
        f"start {_rounded(app['marks'])}; sellers opened "
        f"{[round(s['seconds'] * 1000) for s in app['sellers']]} ms; window peak memory "
        f"{app['peak_mb']:.0f} MB. Sync from the window: {stall['outcome']} after "
        f"{stall['sync_seconds'] or 0:.1f} s, {stall['items']:,} items; longest stall by "
        f"stage {_rounded(stall['max_ms'], 1)} ms (the worst {worst.get('ms', 0):.0f} ms at "
        f"{worst.get('at_s', 0):.1f} s, in {worst.get('sync_phase') or '-'}), over 100 ms "
        f"{stall['over_100ms']}. Steps timed out unpainted: {app['unpainted_steps']}."
    )
    return figures, context


def _rounded(values: dict[str, float], digits: int = 3) -> dict[str, float]:
    return {k: round(v, digits) for k, v in values.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0,
                        help="fraction of the 10,000-seller portfolio (default 1.0)")
    parser.add_argument("--json", type=Path, help="write the figures as JSON to this file")
    parser.add_argument("--report", type=Path, default=HERE / "reports" / "latest.md")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--skip-ui", action="store_true", help="only the sync figures")
    which.add_argument("--ui-only", action="store_true",
                       help="only the window's figures, on a cache built without a sync")
    which.add_argument("--flags-only", action="store_true",
                       help="only the rule engine's figures, on a cache built without a sync")
    which.add_argument("--outreach-only", action="store_true",
                       help="only the outreach figures (lists at 200,000 entries, push)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sellerdesk-bench-") as scratch:
        figures: list[Figure] = []
        contexts: list[str] = []
        if not args.outreach_only:
            only = args.ui_only or args.flags_only
            figures, context = measure(args.scale, Path(scratch), sync=not only,
                                       ui=not (args.skip_ui or args.flags_only),
                                       flags=not args.ui_only)
            contexts.append(context)
        if not (args.ui_only or args.skip_ui or args.flags_only):
            outreach_figures, outreach_context = measure_outreach(Path(scratch))
            figures += outreach_figures
            contexts.append(outreach_context)
        context = " ".join(contexts)
    print(context)
    print(table(figures))
    if args.json:
        write_json(figures, args.json)
    write_markdown(figures, args.report, context)
    return 0 if all(f.ok is not False for f in figures) else 1
