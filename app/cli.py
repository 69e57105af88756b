"""The `sellerdesk` command line. Exit codes: 0 done, 1 failed, 2 usage, 3 needs sign-in,
4 finished with some items rejected or conflicted."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from app.errors import EXIT_FAILED, EXIT_USAGE, Cancelled, KnownError
from app.logsetup import configure_logging
from app.paths import HOME_ENV, resolve_home

log = logging.getLogger("sellerdesk")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"sellerdesk: {message}\n")


def _commands() -> dict[str, tuple[str, Callable[[], ModuleType]]]:
    # Imported on use: `sellerdesk sync` should not pay for FastAPI or openpyxl.
    def load(name: str) -> Callable[[], ModuleType]:
        return lambda: __import__(f"app.commands.{name}", fromlist=["run"])

    return {
        "login": ("sign in to the platform and remember this profile", load("login")),
        "sync": ("bring the local cache up to date", load("sync")),
        "export": ("write a feed from the cache as CSV, JSON or Excel", load("export")),
        "flags": ("list the open risks and opportunities", load("flags")),
        "outreach": ("log outreach from the command line and push the outbox",
                     load("outreach")),
    }


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="sellerdesk", description="SellerDesk for account managers. "
                     "Without a command, opens the window on the current profile.")
    parser.add_argument("--home", help=f"folder for profiles, caches and logs (or {HOME_ENV})")
    parser.add_argument("--profile", help="profile to use (default: the last one signed in)")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a local sandbox with generated data")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (help_text, loader) in _commands().items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(load=loader)
        loader().add_arguments(command)
    sandbox = sub.add_parser("sandbox", help="the sandbox platform server")
    sandbox_sub = sandbox.add_subparsers(dest="sandbox_command", metavar="ACTION",
                                         parser_class=_Parser, required=True)
    serve = sandbox_sub.add_parser("serve", help="serve a generated portfolio on loopback")
    from sandbox import serve as sandbox_serve

    sandbox_serve.add_arguments(serve)
    serve.set_defaults(load=lambda: sandbox_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:
        return int(exit_request.code or 0)
    if args.demo and args.command is not None:
        parser.print_usage(sys.stderr)
        print("sellerdesk: --demo opens the window; it takes no command", file=sys.stderr)
        return EXIT_USAGE
    try:
        args.home_path = resolve_home(args.home)
        log_path = configure_logging(args.home_path,
                                     logging.DEBUG if args.verbose else logging.INFO)
    except OSError as error:
        print(f"sellerdesk: cannot use the home folder: {error}", file=sys.stderr)
        return EXIT_FAILED
    args.profile_name = args.profile
    if args.command is None:
        args.load = lambda: __import__("app.commands.window", fromlist=["run"])
    return _dispatch(args, log_path)


def _dispatch(args: argparse.Namespace, log_path: object) -> int:
    """Run the command; known failures become one line on stderr and their exit code."""
    try:
        return int(args.load().run(args) or 0)
    except KnownError as error:
        log.warning("%s failed: %s", args.command or "window", error.message)
        print(f"sellerdesk: {error.message}", file=sys.stderr)
        return error.exit_code
    except Cancelled as cancelled:
        print(f"sellerdesk: {cancelled}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("\nsellerdesk: interrupted; everything stored so far is kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`sellerdesk export ... | head`): not a failure of ours.
        # Later flushes of stdout would raise again at exit, so it points nowhere now.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("unexpected error in %s", args.command or "window")
        print(f"sellerdesk: unexpected error; details are in {log_path}. Please report it.",
              file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
