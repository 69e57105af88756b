"""`sellerdesk` with no command: the desktop window (`--demo`: on a local sandbox)."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    # Qt is imported only here: the headless commands never load it.
    from ui.app import run_window

    return run_window(args.home_path, args.profile_name, bool(args.demo))
