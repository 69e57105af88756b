"""`sellerdesk --demo`: a sandbox platform on loopback with generated data, signed in and synced.

The sandbox keeps serving until Ctrl+C, so the other commands can be tried against it
(`sellerdesk --profile demo export sellers --format csv`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import threading
import unicodedata
from pathlib import Path

from app.commands.progress_bar import TerminalProgress
from app.export.shape import money_decimal
from app.profiles import ProfileStore
from app.signin import Credentials, sign_in
from app.sync.engine import SyncEngine
from app.workspace import Workspace
from db.repositories.portfolio import top_sellers, totals

DEMO_PROFILE = "demo"
DEMO_SELLERS = 300
DEMO_DAYS = 400
DEMO_SEED = 7


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(text: str, width: int) -> str:
    while _width(text) > width:
        text = text[:-1]
    return text + " " * (width - _width(text))


def print_overview(workspace: Workspace) -> None:
    summary = totals(workspace.engine)
    growth = (summary.gmv_30d / summary.gmv_prev_30d - 1) if summary.gmv_prev_30d else None
    growth_text = f"{growth:+.1%}" if growth is not None else "n/a"
    print(f"\nPortfolio as of {summary.as_of}: {summary.active_sellers} active sellers, "
          f"GMV 30 days {money_decimal(summary.gmv_30d):,.2f} ({growth_text}), "
          f"{summary.orders_30d:,} orders.")
    print(f"{'seller':<9} {_cell('shop', 28)} {'status':<10} {'GMV 30d':>16} {'late disp.':>10}")
    for line in top_sellers(workspace.engine, 10):
        late = (f"{line.late_dispatched_30d / line.shipped_30d:.1%}" if line.shipped_30d >= 30
                else "not enough")
        gmv = f"{money_decimal(line.gmv_30d):,.2f} {line.currency}"
        print(f"{line.seller_id:<9} {_cell(line.shop_name, 28)} {line.status:<10} {gmv:>16} "
              f"{late:>10}")


def run(args: argparse.Namespace) -> int:
    from sandbox.generator import GeneratorSpec
    from sandbox.runner import SandboxServer

    home: Path = args.home_path
    profile_name = args.profile_name or DEMO_PROFILE
    end_date = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
    spec = GeneratorSpec(seed=DEMO_SEED, sellers=DEMO_SELLERS, days=DEMO_DAYS, end_date=end_date)
    sandbox_dir = home / "sandbox"
    sandbox_dir.mkdir(parents=True, exist_ok=True)
    db_path = sandbox_dir / f"demo-{DEMO_SEED}-{DEMO_SELLERS}x{DEMO_DAYS}-{end_date}.sqlite3"
    print("Starting the sandbox platform with a generated portfolio...", file=sys.stderr)
    with SandboxServer(spec=spec, db_path=db_path) as server:
        print(f"Sandbox at {server.base_url}  app key {server.app_key}  app secret "
              f"{server.app_secret}  login {server.username} / {server.password}",
              file=sys.stderr)
        # The sandbox listens on a new port each run: the demo profile is signed in afresh.
        ProfileStore(home).remove(profile_name)
        credentials = Credentials(server.base_url, server.app_key, server.app_secret,
                                  server.username, server.password)
        sign_in(home, profile_name, credentials)
        workspace = Workspace.open(home, profile_name)
        client = workspace.client()
        progress = TerminalProgress()
        try:
            result = SyncEngine(client, workspace.engine, on_progress=progress).run()
        finally:
            progress.finish()
            client.close()
        print(f"Synced {result.items:,} items in {result.seconds:.1f} s.", file=sys.stderr)
        print_overview(workspace)
        workspace.close()
        print(f"\nThe sandbox keeps serving; try: sellerdesk --profile {profile_name} export "
              "sellers --format csv\nPress Ctrl+C to stop.", file=sys.stderr)
        threading.Event().wait()
    return 0
