"""`sellerdesk export FEED --format csv|json|xlsx [--out FILE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.export import EXPORTABLE_FEEDS, FORMATS, export_feed
from app.flags.texts import LANGUAGES
from app.workspace import Workspace


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("feed", choices=EXPORTABLE_FEEDS)
    parser.add_argument("--format", dest="fmt", choices=FORMATS, default="csv")
    parser.add_argument("--out", type=Path, help="file to write (default: standard output)")
    parser.add_argument("--language", choices=LANGUAGES, default="en",
                        help="language of the flags' messages (flags only; default en)")


def run(args: argparse.Namespace) -> int:
    workspace = Workspace.open(args.home_path, args.profile_name)
    try:
        count = export_feed(workspace.engine, args.feed, args.fmt, args.out, args.language)
    finally:
        workspace.close()
    if args.out is not None:
        print(f"Wrote {count:,} {args.feed} to {args.out}.", file=sys.stderr)
    return 0
