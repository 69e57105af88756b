"""`sellerdesk sync [--full]`."""

from __future__ import annotations

import argparse
import sys

from app.commands.progress_bar import TerminalProgress
from app.sync.engine import SyncEngine
from app.workspace import Workspace


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--full", action="store_true",
                        help="re-read every feed from the beginning")


def run(args: argparse.Namespace) -> int:
    workspace = Workspace.open(args.home_path, args.profile_name)
    client = workspace.client()
    progress = TerminalProgress()
    try:
        result = SyncEngine(client, workspace.engine, on_progress=progress).run(full=args.full)
    finally:
        progress.finish()
        client.close()
        workspace.close()
    changed = ", ".join(f"{feed} {count:,}" for feed, count in result.items_by_feed.items())
    print(f"Synced {result.items:,} items in {result.seconds:.1f} s ({changed}).",
          file=sys.stderr)
    return 0
