"""`sellerdesk export FEED --format csv|json|xlsx [--out FILE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.export import EXPORTABLE_FEEDS, FORMATS, export_feed
from app.workspace import Workspace


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("feed", choices=EXPORTABLE_FEEDS)
    parser.add_argument("--format", dest="fmt", choices=FORMATS, default="csv")
    parser.add_argument("--out", type=Path, help="file to write (default: standard output)")


def run(args: argparse.Namespace) -> int:
    workspace = Workspace.open(args.home_path, args.profile_name)
    try:
        count = export_feed(workspace.engine, args.feed, args.fmt, args.out)
    finally:
        workspace.close()
    if args.out is not None:
        print(f"Wrote {count:,} {args.feed} to {args.out}.", file=sys.stderr)
    return 0
